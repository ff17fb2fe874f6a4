"""The report a person reads in a terminal, with or without colour.

All text is built piecewise as Styled pieces and handed to rich as plain strings with
markup off: nothing from a claims file or a Wikipedia page is ever parsed as rich markup,
and control characters are made visible first (see sanitize.py).
"""

from __future__ import annotations

from io import StringIO

from factcheck.formats.base import (
    SYMBOLS,
    WORDS,
    Formatter,
    evidence_link,
    evidence_source,
    percent,
    then_and_now,
    verdict_tag,
)
from factcheck.formats.marks import ASSERTED, claim_marks, evidence_marks, find_spans
from factcheck.formats.sanitize import visible
from factcheck.formats.styled import Styled
from factcheck.models import (
    ClaimResult,
    Evidence,
    Label,
    LookupStatus,
    PageLookup,
    Report,
    ValueCheck,
    ValueStatus,
)

INDENT = 2
LABEL_WIDTH = 10  # "evidence" and two spaces
BODY_COLUMN = INDENT + LABEL_WIDTH
MIN_BODY_WIDTH = 20  # below this, lines run past the width rather than wrap letter by letter
OPEN_MARK, CLOSE_MARK = "«", "»"  # how a marked value shows without colour

VERDICT_STYLES: dict[Label, str] = {
    Label.SUPPORTED: "bold green",
    Label.CONTRADICTED: "bold red",
    Label.NOT_ENOUGH_EVIDENCE: "bold yellow",
    Label.ERROR: "bold magenta",
}
MARK_STYLES: dict[str, str] = {
    ValueStatus.CONFIRMED.value: "bold underline green",
    ValueStatus.CONTRADICTED.value: "bold underline red",
    ValueStatus.NOT_FOUND.value: "bold underline yellow",
    ASSERTED: "bold underline",
}
VALUE_SYMBOLS: dict[ValueStatus, str] = {
    ValueStatus.CONFIRMED: SYMBOLS[Label.SUPPORTED],
    ValueStatus.CONTRADICTED: SYMBOLS[Label.CONTRADICTED],
    ValueStatus.NOT_FOUND: SYMBOLS[Label.NOT_ENOUGH_EVIDENCE],
}
LABEL_STYLE = "dim"
NOTE_STYLE = "yellow"


class _Writer:
    """Collects lines, with hanging indents done by hand so that the output has no
    trailing spaces and wraps the same way at every width."""

    def __init__(self, width: int, color: bool) -> None:
        self.width = width
        self.color = color
        self.lines: list[Styled] = []

    def line(self, text: Styled) -> None:
        self.lines.append(text)

    def blank(self) -> None:
        self.lines.append(Styled())

    def output(self) -> str:
        if not self.color:
            return "".join(line.plain + "\n" for line in self.lines)
        # rich only turns styles into escape codes, once for the whole report.
        from rich.console import Console
        from rich.text import Text as RichText

        buffer = StringIO()
        console = Console(
            file=buffer,
            width=self.width,
            color_system="standard",
            force_terminal=True,
            no_color=False,
            highlight=False,
            markup=False,
            emoji=False,
            legacy_windows=False,
        )
        pieces: list[tuple[str, str]] = []
        for line in self.lines:
            for text, style in [*line.pieces, ("\n", "")]:
                if pieces and pieces[-1][1] == style:  # as rich joins equal neighbours
                    pieces[-1] = (pieces[-1][0] + text, style)
                else:
                    pieces.append((text, style))
        console.print(RichText.assemble(*pieces), soft_wrap=True, end="")
        return buffer.getvalue()

    def wrapped(self, text: Styled, indent: int = 0, first: Styled | None = None) -> None:
        """`text` wrapped to the width; `first` (if given) precedes its first line and
        every later line is indented by `indent` spaces."""
        body_width = max(self.width - indent, MIN_BODY_WIDTH)
        head = first if first is not None else Styled()
        for piece in text.wrap(body_width):
            self.line((head + piece).rstrip())  # also drops the padding of an empty field
            head = Styled(" " * indent)

    def parts(self, parts: list[Styled], indent: int = 0) -> None:
        """Short pieces on one line, two spaces apart; a piece that does not fit starts
        the next line, so no piece is split unless it is longer than a line by itself."""
        line = Styled()
        for part in parts:
            if line and line.cell_len + 2 + part.cell_len > self.width:
                self._flush(line, indent)
                line = Styled(" " * indent)
            elif line:
                line.append("  ")
            line.append_text(part)
        self._flush(line, indent)

    def _flush(self, line: Styled, indent: int) -> None:
        if line.cell_len <= self.width:
            self.line(line)
        else:
            self.wrapped(line, indent)

    def field(self, label: str, body: Styled, prefix: str = "") -> None:
        """A labelled line: "  claim     text...", continuation lines under the text."""
        head = Styled(" " * INDENT)
        head.append(label, style=LABEL_STYLE)
        head.append(" " * (LABEL_WIDTH - len(label)) + prefix)
        self.wrapped(body, indent=BODY_COLUMN + len(prefix), first=head)

    def link(self, url: str, prefix: str = "") -> None:
        # Never folded: a URL broken over two lines cannot be clicked or pasted.
        self.line(Styled(" " * (BODY_COLUMN + len(prefix)) + visible(url)))

    def marked(self, text: str, marks: list[tuple[str, str]]) -> Styled:
        """`text` (made visible) with each mark shown in colour, or «between brackets»."""
        shown = visible(text)
        out = Styled()
        position = 0
        for span in find_spans(shown, marks):
            out.append(shown[position : span.start])
            value = shown[span.start : span.end]
            if self.color:
                out.append(value, style=MARK_STYLES[span.status])
            else:
                out.append(OPEN_MARK + value + CLOSE_MARK)
            position = span.end
        out.append(shown[position:])
        return out

    def mark(self, value: str, status: str) -> Styled:
        if self.color:
            return Styled(visible(value), style=MARK_STYLES[status])
        return Styled(OPEN_MARK + visible(value) + CLOSE_MARK)


class TerminalFormatter(Formatter):
    _dated = False  # runs as of a date show each revision's day

    def format(self, report: Report) -> str:
        self._dated = bool(report.source.as_of)
        out = _Writer(self.options.width, self.options.color)
        self._summary(out, report)
        shown = [
            r
            for r in report.results
            if not self.options.quiet or r.verdict.label is Label.CONTRADICTED
        ]
        for result in shown:
            out.blank()
            self._claim(out, result)
        if report.changes is not None:
            self._changes(out, report)
        return out.output()

    def _changes(self, out: _Writer, report: Report) -> None:
        """Then and now: each claim whose verdict changed since the report's day."""
        assert report.changes is not None
        out.blank()
        day = report.source.as_of
        count = len(report.changes)
        noun = "claim" if count == 1 else "claims"
        out.wrapped(Styled(f"Changed since {day}: {count} {noun}"), indent=INDENT)
        for change in report.changes:
            out.blank()
            text = Styled(visible(change.claim_id), style="bold")
            text.append(f"  {then_and_now(change, day)}")
            out.wrapped(text, indent=INDENT)
            for name, verdict in (("then", change.then), ("now", change.now)):
                sentence = verdict.evidence[0].sentence if verdict.evidence else "none found"
                out.field(name, Styled(visible(sentence)))

    def _summary(self, out: _Writer, report: Report) -> None:
        noun = "claim" if report.total == 1 else "claims"
        text = Styled(f"{report.total} {noun}: ", style="bold" if out.color else "")
        for number, label in enumerate(Label):
            count = report.summary[label]
            word = WORDS[label] if label is not Label.ERROR or count == 1 else "errors"
            style = VERDICT_STYLES[label] if out.color and count else ""
            text.append(f"{count} {word}", style=style)
            if number < len(Label) - 1:
                text.append(", ")
        out.wrapped(text, indent=INDENT)
        if report.source.note:
            note = Styled("note: " + visible(report.source.note), style=NOTE_STYLE)
            out.wrapped(note, indent=INDENT)
        if report.source.as_of:
            line = f"as of {report.source.as_of}: each page as it stood at the end of that day"
            out.wrapped(Styled("note: " + line, style=NOTE_STYLE), indent=INDENT)
        for line in report.notes:
            out.wrapped(Styled("note: " + visible(line), style=NOTE_STYLE), indent=INDENT)

    def _claim(self, out: _Writer, result: ClaimResult) -> None:
        claim, verdict = result.claim, result.verdict
        out.parts(
            [
                Styled(verdict_tag(verdict.label), style=VERDICT_STYLES[verdict.label]),
                Styled(visible(claim.id), style="bold"),
                Styled(f"confidence {percent(verdict.confidence)}"),
            ],
            indent=INDENT,
        )
        out.field("claim", out.marked(claim.text, claim_marks(verdict.values)))
        if self.options.verbose and claim.quote:
            out.field("quote", Styled(visible(claim.quote)))
        if not verdict.evidence:
            out.field("evidence", Styled("none found"))
        elif self.options.verbose:
            for index, evidence in enumerate(verdict.evidence):
                self._evidence_item(out, result, index, evidence)
        else:
            best = verdict.evidence[0]
            out.field("evidence", out.marked(best.sentence, evidence_marks(verdict.values, 0)))
            out.field("source", Styled(visible(evidence_source(best, self._dated))))
            link = evidence_link(best)
            if link:
                out.link(link)
        if self.options.verbose:
            for number, check in enumerate(verdict.values):
                out.field("values" if number == 0 else "", self._value(out, check))
            for number, lookup in enumerate(result.lookups):
                out.field("pages" if number == 0 else "", self._lookup(lookup))
        out.field("reason", Styled(visible(verdict.reason)))

    def _evidence_item(
        self, out: _Writer, result: ClaimResult, index: int, evidence: Evidence
    ) -> None:
        prefix = f"[{index + 1}] "
        body = out.marked(evidence.sentence, evidence_marks(result.verdict.values, index))
        details = f"score {evidence.score:.0f}"
        if evidence.section:
            details += f", section {visible(evidence.section)}"
        body.append(f" ({details})")
        out.field("evidence" if index == 0 else "", body, prefix=prefix)
        indent = " " * len(prefix)
        out.field("", Styled(visible(evidence_source(evidence, self._dated))), prefix=indent)
        link = evidence_link(evidence)
        if link:
            out.link(link, prefix=indent)

    def _value(self, out: _Writer, check: ValueCheck) -> Styled:
        text = Styled(f"{VALUE_SYMBOLS[check.status]} {check.kind.value} ")
        text.append_text(out.mark(check.asserted, check.status.value))
        where = f"evidence {check.evidence_index + 1}" if check.evidence_index is not None else ""
        if check.status is ValueStatus.CONFIRMED:
            text.append(" confirmed" + (f" by {where}" if where else ""))
        elif check.status is ValueStatus.CONTRADICTED:
            text.append(" contradicted: " + (f"{where} says " if where else "found "))
            text.append_text(out.mark(check.found, check.status.value))
        else:
            text.append(" not found")
        if check.note:
            text.append(f" ({visible(check.note)})")
        return text

    def _lookup(self, lookup: PageLookup) -> Styled:
        text = visible(lookup.requested)
        page = lookup.page
        if lookup.status is LookupStatus.FOUND and page is not None:
            if lookup.redirected:
                text += f" → {visible(page.title)}"
            text += f": found, revision {page.revid}"
        else:
            text += f": {lookup.status.value}"
            if lookup.reason:
                text += f" ({visible(lookup.reason)})"
        if lookup.via_search:
            text += " (via search)"
        return Styled(text)
