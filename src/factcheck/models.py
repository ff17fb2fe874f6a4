"""Frozen values that cross the layers: claims in, pages fetched, verdicts out.

Nothing here does I/O. Every layer (loader, source, engine, formats, CLI) speaks in these
types, so each can be tested with values built by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class ClaimKind(StrEnum):
    DATE = "date"
    SUMMIT = "summit"
    FIGURE = "figure"
    PERSON = "person"
    EVENT = "event"
    OTHER = "other"


@dataclass(frozen=True)
class Claim:
    """One atomic, self-contained factual claim."""

    id: str
    text: str
    quote: str = ""
    kind: ClaimKind = ClaimKind.OTHER
    pages: tuple[str, ...] = ()
    # Line of the claim's table in its file, so messages can point at it.
    line: int | None = None


@dataclass(frozen=True)
class ClaimsFile:
    path: str
    claims: tuple[Claim, ...]
    title: str = ""
    published: dt.date | None = None
    source: str = ""  # the essay's file as [essay] source names it ("" if it does not)


@dataclass(frozen=True)
class Page:
    """The text of one article at one revision, as the source served it."""

    title: str  # canonical title, after normalisation and redirects
    pageid: int
    revid: int
    timestamp: str  # ISO 8601 UTC time of that revision
    url: str  # a link a person can open
    text: str  # plain text; section headings kept as "== Heading ==" lines
    api: str = ""  # endpoint or snapshot it came from
    # The same revision's wikitext, where the source has it: infoboxes and tables, which
    # the plain text leaves out, are read from it (structured.py). None: not available.
    wikitext: str | None = None
    # Sentences made from that wikitext's infoboxes and tables, once read (structured.py);
    # `text` then ends with them, under their own headings.
    facts: tuple[Fact, ...] = ()


class Origin(StrEnum):
    """Where in an article an evidence sentence was read."""

    TEXT = "text"  # the article's prose (the plain-text extract)
    INFOBOX = "infobox"  # a parameter of an infobox, written out as a sentence
    TABLE = "table"  # a row of a table, written out as a sentence


# The heading infobox lines are listed under begins with this ("Infobox settlement"): the
# engine reads such a line as the page's present figure (engine/another_time.py).
INFOBOX_SECTION = "Infobox"


@dataclass(frozen=True)
class Fact:
    """An infobox parameter or a table row written out as a sentence the engine can cite:
    "Kyiv — population in 2022: 2,952,301 people"."""

    sentence: str
    origin: Origin
    section: str  # the heading it is listed under in the evidence text ("Infobox settlement")


class LookupStatus(StrEnum):
    FOUND = "found"
    MISSING = "missing"  # the wiki has no page of that title
    INVALID = "invalid"  # the title cannot exist (bad characters, empty)
    ERROR = "error"  # the page could not be fetched (network, server, API error)


@dataclass(frozen=True)
class PageLookup:
    """What became of one requested title."""

    requested: str
    status: LookupStatus
    page: Page | None = None
    reason: str = ""  # for anything but FOUND: why, in words a user can act on
    via_search: bool = False  # the title came from a search, not from the claims file

    @property
    def redirected(self) -> bool:
        return self.page is not None and self.page.title != self.requested


class Label(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"
    ERROR = "error"


class ValueKind(StrEnum):
    DATE = "date"
    NUMBER = "number"
    NAME = "name"


class ValueStatus(StrEnum):
    CONFIRMED = "confirmed"
    CONTRADICTED = "contradicted"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Evidence:
    """A sentence that speaks to a claim, and where a person can read it."""

    sentence: str
    score: float  # match with the claim, 0-100
    title: str = ""
    url: str = ""
    revid: int | None = None
    timestamp: str = ""
    section: str = ""
    origin: Origin = Origin.TEXT


@dataclass(frozen=True)
class ValueCheck:
    """One value the claim asserts, and what the evidence says about it."""

    kind: ValueKind
    asserted: str  # as written in the claim
    status: ValueStatus
    found: str = ""  # as written in the evidence, when confirmed or contradicted
    evidence_index: int | None = None  # index into Verdict.evidence
    note: str = ""


@dataclass(frozen=True)
class Verdict:
    label: Label
    confidence: float  # 0-1
    reason: str  # one line a person can read
    evidence: tuple[Evidence, ...] = ()  # best first
    values: tuple[ValueCheck, ...] = ()
    # The engine rule that decided it ("FC101" date-conflict, "S102" values confirmed...;
    # see engine/rules.py), so reports, benchmarks and bug reports name the same thing.
    rule: str = ""


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    verdict: Verdict
    lookups: tuple[PageLookup, ...] = ()


@dataclass(frozen=True)
class VerdictChange:
    """A claim whose verdict on the pages as of a day differs from its verdict on today's."""

    claim_id: str
    then: Verdict
    now: Verdict


@dataclass(frozen=True)
class SourceInfo:
    """Where the evidence of a report came from."""

    api: str
    offline: bool = False
    snapshot: str | None = None  # path of the snapshot used, if any
    note: str = ""  # e.g. why the run fell back to the snapshot
    as_of: str = ""  # "2022-01-21": every page was read as it stood at the end of that day


@dataclass(frozen=True)
class Report:
    claims_file: str
    source: SourceInfo
    results: tuple[ClaimResult, ...]
    generated_at: str
    tool_version: str
    essay_title: str = ""
    essay_published: dt.date | None = None
    lexicon: str = ""  # what the engine knew of words (factcheck.wordnet.lexicon_name)
    # The essay the claims quote, for a report that shows it marked (`--format html`).
    essay_path: str = ""
    essay_text: str = ""
    # Parts of pages that could not be read as they should (structured.py), one line each.
    notes: tuple[str, ...] = ()
    # With --compare-now: the claims whose verdict today differs from the one as of the
    # report's day (None: not compared).
    changes: tuple[VerdictChange, ...] | None = None
    summary: dict[Label, int] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        counts = dict.fromkeys(Label, 0)
        for result in self.results:
            counts[result.verdict.label] += 1
        # Derived once; object.__setattr__ because the dataclass is frozen.
        object.__setattr__(self, "summary", counts)

    @property
    def total(self) -> int:
        return len(self.results)


def utc_now() -> str:
    """This second in UTC, ISO 8601 with a Z: how reports and snapshots are stamped."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# done, total, what is being worked on (a page title); called from worker threads.
ProgressCallback = Callable[[int, int, str], None]
