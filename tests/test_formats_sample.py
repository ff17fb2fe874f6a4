"""A hand-built report used by the format tests: every verdict, value checks, a redirect,
a missing page, and evidence whose text tries to be markup, HTML and terminal escapes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from factcheck.models import (
    Claim,
    ClaimKind,
    ClaimResult,
    Evidence,
    Label,
    LookupStatus,
    Page,
    PageLookup,
    Report,
    SourceInfo,
    ValueCheck,
    ValueKind,
    ValueStatus,
    Verdict,
)

API = "https://en.wikipedia.org/w/api.php"
PAGE_URL = "https://en.wikipedia.org/w/index.php?title=Warsaw_Pact"
REVID = 1187654321
PERMALINK = f"{PAGE_URL}&oldid={REVID}"
HOSTILE = "Styled [bold red]x[/] and \x1b[31mred\x1b[0m | `tick` <b>bold</b>\nnext line."


def warsaw_page() -> Page:
    return Page(
        title="Warsaw Pact",
        pageid=32863,
        revid=REVID,
        timestamp="2024-03-01T10:00:00Z",
        url=PAGE_URL,
        text="The alliance was set up in 1955.",
        api=API,
    )


def _found(requested: str, page: Page) -> PageLookup:
    return PageLookup(requested, LookupStatus.FOUND, page=page)


def supported() -> ClaimResult:
    claim = Claim(
        id="warsaw-pact-founded",
        text="The Warsaw Pact was founded in 1955.",
        quote="the Warsaw Pact, founded in 1955",
        kind=ClaimKind.DATE,
        pages=("Warsaw Pact",),
    )
    evidence = Evidence(
        sentence="The treaty that set up the pact was signed in Warsaw on 14 May 1955.",
        score=88.04,
        title="Warsaw Pact",
        url=PAGE_URL,
        revid=REVID,
        timestamp="2024-03-01T10:00:00Z",
        section="History",
    )
    value = ValueCheck(ValueKind.DATE, "1955", ValueStatus.CONFIRMED, "14 May 1955", 0)
    verdict = Verdict(
        Label.SUPPORTED, 0.9, "the year 1955 matches the article", (evidence,), (value,)
    )
    return ClaimResult(claim, verdict, (_found("Warsaw Pact", warsaw_page()),))


def contradicted() -> ClaimResult:
    claim = Claim(
        id="warsaw-pact-dissolved",
        text="The Warsaw Pact was dissolved in 1990.",
        kind=ClaimKind.DATE,
        pages=("Warsaw pact",),
    )
    best = Evidence(
        sentence="Its members formally dissolved the pact in Prague on 1 July 1991.",
        score=91.46,
        title="Warsaw Pact",
        url=PERMALINK,  # already a permanent link: must not get a second oldid
        revid=REVID,
        section="Dissolution",
    )
    other = Evidence(
        sentence="By 1990 the alliance had ceased to function in practice.",
        score=70.0,
        title="Warsaw Pact",
        url=PAGE_URL,
        revid=REVID,
    )
    value = ValueCheck(ValueKind.DATE, "1990", ValueStatus.CONTRADICTED, "1 July 1991", 0)
    verdict = Verdict(
        Label.CONTRADICTED,
        0.92,
        "the claim says 1990; the article says 1 July 1991",
        (best, other),
        (value,),
    )
    redirected = _found("Warsaw pact", warsaw_page())
    return ClaimResult(claim, verdict, (redirected,))


def not_enough() -> ClaimResult:
    claim = Claim(
        id="nato-founding-members",
        text="NATO had 12 founding members in 1949.",
        kind=ClaimKind.FIGURE,
        pages=("NATO",),
    )
    evidence = Evidence(
        sentence=HOSTILE,
        score=41.0,
        title="NATO <script>",
        url="https://en.wikipedia.org/w/index.php?title=NATO",
        revid=42,
    )
    values = (
        ValueCheck(ValueKind.NUMBER, "12", ValueStatus.NOT_FOUND),
        ValueCheck(ValueKind.DATE, "1949", ValueStatus.NOT_FOUND, note="no date in the evidence"),
    )
    verdict = Verdict(
        Label.NOT_ENOUGH_EVIDENCE,
        0.3,
        "no sentence states the number of founding members",
        (evidence,),
        values,
    )
    page = replace(warsaw_page(), title="NATO", pageid=21133, revid=42, url=evidence.url)
    lookup = PageLookup("NATO", LookupStatus.FOUND, page=page, via_search=True)
    return ClaimResult(claim, verdict, (lookup,))


def error() -> ClaimResult:
    claim = Claim(
        id="budapest-memorandum",
        text="The Budapest Memorandum was signed in 1994.",
        kind=ClaimKind.EVENT,
        pages=("Budapest Memorandum on Security Assurances",),
    )
    lookup = PageLookup(
        "Budapest Memorandum on Security Assurances",
        LookupStatus.MISSING,
        reason="the wiki has no page of that title",
    )
    verdict = Verdict(Label.ERROR, 0.0, "no page could be read for this claim")
    return ClaimResult(claim, verdict, (lookup,))


def sample_report(note: str = "") -> Report:
    return Report(
        claims_file="claims/essay_claims.toml",
        source=SourceInfo(api=API, note=note),
        results=(supported(), contradicted(), not_enough(), error()),
        generated_at="2024-05-01T12:00:00Z",
        tool_version="0.1.0",
        essay_title="Why Japan should take a stand in NATO tensions with Russia",
        essay_published=dt.date(2022, 1, 24),
    )


def test_sample_covers_every_verdict() -> None:
    report = sample_report()
    assert report.summary == dict.fromkeys(Label, 1)
    assert all(r.verdict.label is label for r, label in zip(report.results, Label, strict=True))
