"""What every output format shares: the options, the interface, and the words for verdicts."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum

from factcheck.errors import UsageError
from factcheck.mediawiki import revision_url
from factcheck.models import Evidence, Label, Origin, Report, Verdict, VerdictChange


class OutputFormat(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    JUNIT = "junit"
    HTML = "html"


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    width: int = 100
    verbose: bool = False
    quiet: bool = False

    def __post_init__(self) -> None:
        if self.verbose and self.quiet:
            raise UsageError("--verbose and --quiet cannot be used together")
        if self.width < 1:
            raise UsageError(f"the output width must be positive, not {self.width}")


class Formatter(ABC):
    """One output format. Subclasses turn a whole report into one string."""

    def __init__(self, options: RenderOptions) -> None:
        self.options = options

    @abstractmethod
    def format(self, report: Report) -> str:
        """The complete document, ending with a newline."""


# A symbol and a word for each verdict, so the verdict reads the same without colour.
SYMBOLS: dict[Label, str] = {
    Label.SUPPORTED: "✔",
    Label.CONTRADICTED: "✘",
    Label.NOT_ENOUGH_EVIDENCE: "?",
    Label.ERROR: "!",
}
WORDS: dict[Label, str] = {
    Label.SUPPORTED: "supported",
    Label.CONTRADICTED: "contradicted",
    Label.NOT_ENOUGH_EVIDENCE: "not enough evidence",
    Label.ERROR: "error",
}


def verdict_tag(label: Label) -> str:
    """The verdict as symbol and word, e.g. "✘ contradicted"."""
    return f"{SYMBOLS[label]} {WORDS[label]}"


def _count(n: int, word: str) -> str:
    if word == "error" and n != 1:
        word = "errors"
    return f"{n} {word}"


def summary_line(report: Report) -> str:
    """One line of counts, e.g. "57 claims: 40 supported, 6 contradicted, 9 not enough
    evidence, 2 errors"."""
    noun = "claim" if report.total == 1 else "claims"
    counts = ", ".join(_count(report.summary[label], WORDS[label]) for label in Label)
    return f"{report.total} {noun}: {counts}"


def evidence_link(evidence: Evidence) -> str:
    """A permanent link to the revision the sentence was read from ("" if unknown).

    revision_url replaces any oldid already in the URL, so a link that is already
    permanent is not given a second one.
    """
    if not evidence.url:
        return ""
    if evidence.revid is None:
        return evidence.url
    return revision_url(evidence.url, evidence.revid)


def then_and_now(change: VerdictChange, day: str) -> str:
    """ "supported as of 2022-01-21 (rev 78), contradicted now (rev 79)"."""

    def said(verdict: Verdict, when: str) -> str:
        best = verdict.evidence[0] if verdict.evidence else None
        rev = f" (rev {best.revid})" if best is not None and best.revid is not None else ""
        return f"{WORDS[verdict.label]} {when}{rev}"

    return f"{said(change.then, f'as of {day}')}, {said(change.now, 'now')}"


def evidence_source(evidence: Evidence, dated: bool = False) -> str:
    """Where the sentence was read, e.g. "Warsaw Pact, revision 1187654321", or
    "Kyiv (infobox), revision 9" for a sentence written from an infobox or a table; with
    `dated` (runs as of a date), the revision's day too: "revision 9 of 2021-06-01"."""
    title = evidence.title or "unknown article"
    if evidence.origin is not Origin.TEXT:
        title += f" ({evidence.origin.value})"
    if evidence.revid is None:
        return title
    day = f" of {evidence.timestamp[:10]}" if dated and evidence.timestamp else ""
    return f"{title}, revision {evidence.revid}{day}"


def percent(confidence: float) -> str:
    return f"{round(confidence * 100)}%"
