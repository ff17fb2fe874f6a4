"""How a run orders its work: searches three at a time, claims checked as pages arrive."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence

from factcheck.engine import Engine
from factcheck.errors import SourceError
from factcheck.models import (
    Claim,
    ClaimsFile,
    Label,
    Page,
    PageLookup,
    ProgressCallback,
    SourceInfo,
    Verdict,
)
from factcheck.runner import SEARCHES_IN_FLIGHT, run_claims
from tests.fakes import FakeSource

PACT = "The Warsaw Pact was signed on 14 May 1955 in Warsaw."


class SlowSearch(FakeSource):
    """Each search takes 50 ms; counts how many run at once; 'Nowhere' fails."""

    def __init__(self) -> None:
        super().__init__({"Warsaw Pact": PACT})
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0

    def search(self, query: str, limit: int = 3) -> list[str]:
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.05)
            if "Nowhere" in query:
                raise SourceError("search failed: HTTP 503")
            return ["Warsaw Pact"] if "Warsaw" in query else []
        finally:
            with self.lock:
                self.running -= 1


def test_searches_run_three_at_a_time_and_keep_the_claims_order() -> None:
    texts = [f"The Warsaw Pact was signed in {1950 + n}." for n in range(8)]
    texts.append("Nowhere Land was founded in 1900.")
    claims = ClaimsFile("c.toml", tuple(Claim(f"c{n}", t) for n, t in enumerate(texts)))
    source = SlowSearch()
    report = run_claims(claims, source, SourceInfo(api="fake://wiki"))
    assert source.most == SEARCHES_IN_FLIGHT
    assert [r.claim.id for r in report.results] == [f"c{n}" for n in range(9)]
    labels = [r.verdict.label for r in report.results]
    assert labels[5] is Label.SUPPORTED  # 1955
    assert labels[0] is Label.CONTRADICTED
    assert labels[8] is Label.ERROR
    assert report.results[8].verdict.reason == (
        "evidence could not be fetched (search failed: HTTP 503)"
    )
    assert all(lk.via_search for r in report.results[:8] for lk in r.lookups)


class Trickle(FakeSource):
    """Hands pages over one at a time (an IncrementalSource), noting each in `log`."""

    def __init__(self, pages: dict[str, str], log: list[str]) -> None:
        super().__init__(pages)
        self.log = log

    def fetch_each(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> Iterator[PageLookup]:
        for title, lookup in self.fetch(titles).items():
            self.log.append(f"arrived {title}")
            yield lookup


class LoggingEngine(Engine):
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def check(self, claim: Claim | str, pages: Sequence[Page]) -> Verdict:
        self.log.append(f"checked {claim.id if isinstance(claim, Claim) else claim}")
        return super().check(claim, pages)


def test_a_claim_is_checked_as_soon_as_its_last_page_arrives() -> None:
    log: list[str] = []
    pages = {"Warsaw Pact": PACT, "NATO": "NATO was founded on 4 April 1949 in Washington."}
    claims = ClaimsFile(
        "c.toml",
        (
            Claim("both", "The Warsaw Pact was signed in 1955.", pages=("Warsaw Pact", "NATO")),
            Claim("pact", "The Warsaw Pact was signed in 1955.", pages=("Warsaw Pact",)),
            Claim("nato", "NATO was founded in 1949.", pages=("NATO",)),
        ),
    )
    report = run_claims(claims, Trickle(pages, log), SourceInfo(api="x"), engine=LoggingEngine(log))
    assert log == [
        "arrived Warsaw Pact",
        "checked pact",
        "arrived NATO",
        "checked both",
        "checked nato",
    ]
    assert [r.claim.id for r in report.results] == ["both", "pact", "nato"]
