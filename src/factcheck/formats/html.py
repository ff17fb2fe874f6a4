"""A report as one self-contained web page: the essay with every quote marked by verdict.

Nothing is loaded from anywhere: the style is inline, there is no script and no font, and
a Content-Security-Policy forbids the page any request. Every piece of claim, essay or
Wikipedia text is escaped (`text`), so hostile text stays text.

When the report carries its essay (the claims file's `[essay] source`), the essay is shown
first, each claim's quote marked with its verdict's colour, line style and symbol (so it
reads in greyscale too); the symbol is a link to the claim's card (claim, verdict,
evidence with its values marked, article, revision, link), which the page then highlights.
Marks nest when quotes nest; where two quotes cross, the later one is marked from where the
earlier ends. A checkbox at the top hides all but the contradicted claims, without script.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.formats.base import (
    SYMBOLS,
    WORDS,
    Formatter,
    evidence_link,
    evidence_source,
    percent,
    summary_line,
)
from factcheck.formats.marks import claim_marks, evidence_marks, find_spans
from factcheck.formats.sanitize import visible
from factcheck.models import ClaimResult, Label, Report

_CLASS = {
    Label.SUPPORTED: "supported",
    Label.CONTRADICTED: "contradicted",
    Label.NOT_ENOUGH_EVIDENCE: "unknown",
    Label.ERROR: "error",
}
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")

# Light backgrounds and four line styles: the verdicts differ in colour, in line and in
# symbol. Widths in rem and a max-width keep it legible from 390 px phones to desktops.
_STYLE = """
:root { color-scheme: light; --ok: #d7f2dc; --bad: #ffd9d6; --unk: #fff1bf; --err: #e4e4e4; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 1rem/1.6 system-ui, sans-serif;
  color: #1b1b1b; background: #fff; overflow-wrap: anywhere; }
h1 { font-size: 1.4rem; line-height: 1.3; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.about, .note { color: #444; font-size: .9rem; }
.note { border-left: 4px solid #999; padding-left: .5rem; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
.summary li { padding: .2rem .6rem; border-radius: .3rem; }
.filter { margin: .5rem .3rem 0 0; }
.essay { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ddd;
  padding: 1rem; border-radius: .4rem; }
mark { color: inherit; }
.q { padding: 0 .1rem; }
.ref { font-weight: bold; text-decoration: none; color: #1b1b1b; padding: 0 .15rem; }
.ref:focus { outline: 3px solid #1a4fd6; outline-offset: 1px; }
.v-supported { background: var(--ok); }
.v-contradicted { background: var(--bad); }
.v-unknown { background: var(--unk); }
.v-error { background: var(--err); }
.q.v-supported { border-bottom: 2px solid #2d7a3a; }
.q.v-contradicted { border-bottom: 4px double #b3261e; }
.q.v-unknown { border-bottom: 2px dotted #8a6d00; }
.q.v-error { border-bottom: 2px dashed #555; }
.card { border: 1px solid #ccc; border-left-width: 6px; border-radius: .4rem; padding: .6rem .8rem;
  margin: .8rem 0; background: #fff; overflow-wrap: anywhere; }
.card.v-supported { border-left-color: #2d7a3a; }
.card.v-contradicted { border-left: 8px double #b3261e; }
.card.v-unknown { border-left-color: #8a6d00; border-left-style: dotted; }
.card.v-error { border-left-color: #555; border-left-style: dashed; }
.card:target { outline: 3px solid #1a4fd6; }
.card h3 { font-size: 1rem; margin: 0 0 .3rem; }
.card p, .card blockquote { margin: .3rem 0; }
.card blockquote { border-left: 3px solid #bbb; padding-left: .6rem; color: #222; }
.tag { padding: 0 .4rem; border-radius: .3rem; }
.label { color: #555; font-size: .85rem; }
.val { font-weight: bold; text-decoration: underline; }
.val.s-contradicted { text-decoration-style: wavy; }
#only-contradicted:checked ~ main .card:not(.v-contradicted) { display: none; }
#only-contradicted:checked ~ main .q:not(.v-contradicted) { background: none; border-bottom: 0; }
@media (max-width: 30rem) { body { padding: .5rem; } .essay { padding: .6rem; } }
"""


def text(value: str) -> str:
    """`value` as inert HTML text (also safe inside a quoted attribute)."""
    return html.escape(visible(value, keep_newlines=True), quote=True)


def _slug(identifier: str) -> str:
    """A claim id as an HTML id: unsafe characters replaced (the loader allows slugs only,
    but a report can be built from anything)."""
    return _ID_UNSAFE.sub("_", identifier) or "_"


def _link(label: str, url: str) -> str:
    if not url.startswith(("https://", "http://")):
        return text(label)
    return f'<a href="{text(url)}" rel="noreferrer">{text(label)}</a>'


def _marked(sentence: str, marks: Sequence[tuple[str, str]]) -> str:
    """`sentence` with the given values marked (see formats.marks)."""
    shown = visible(sentence)
    out: list[str] = []
    at = 0
    for span in find_spans(shown, marks):
        out.append(text(shown[at : span.start]))
        out.append(f'<mark class="val s-{span.status}">{text(shown[span.start : span.end])}</mark>')
        at = span.end
    out.append(text(shown[at:]))
    return "".join(out)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    result: ClaimResult


def quote_span(essay: str, quote: str) -> tuple[int, int] | None:
    """Where the essay says `quote`, any run of whitespace matching any other."""
    parts = quote.split()
    if not parts:
        return None
    found = re.search(r"\s+".join(re.escape(p) for p in parts), essay)
    return found.span() if found else None


def _nested(marks: list[_Mark]) -> list[_Mark]:
    """The marks made to nest: one that crosses an earlier one starts where it ends."""
    marks = sorted(marks, key=lambda m: (m.start, -m.end))
    placed: list[_Mark] = []
    open_: list[_Mark] = []
    for mark in marks:
        start = mark.start
        while True:
            while open_ and open_[-1].end <= start:
                open_.pop()
            if open_ and mark.end > open_[-1].end:
                start = open_[-1].end  # crossing: begin after the earlier quote
                continue
            break
        fitted = _Mark(start, max(start, mark.end), mark.result)
        placed.append(fitted)
        open_.append(fitted)
    return sorted(placed, key=lambda m: (m.start, -m.end))


class HtmlFormatter(Formatter):
    def format(self, report: Report) -> str:
        title = "factcheck report" + (f": {report.essay_title}" if report.essay_title else "")
        body = [
            '<input type="checkbox" id="only-contradicted" class="filter">'
            '<label for="only-contradicted">Show contradicted claims only</label>',
            self._header(report, title),
            "<main>",
        ]
        located: dict[str, tuple[int, int]] = {}
        if report.essay_text:
            essay, located = self._essay(report)
            body.append(essay)
        body.append(self._cards(report, located))
        body.append("</main>")
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'\">\n"
            f"<title>{text(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(body)
            + "\n</body>\n</html>\n"
        )

    def _header(self, report: Report, title: str) -> str:
        source = report.source.api + (
            f", snapshot {report.source.snapshot}" if report.source.snapshot else ""
        )
        parts = [
            "<header>",
            f"<h1>{text(title)}</h1>",
            f'<p class="about">Claims from {text(report.claims_file)}; evidence from '
            f"{text(source)}; factcheck {text(report.tool_version)}, "
            f"{text(report.generated_at)}.</p>",
        ]
        if report.source.note:
            parts.append(f'<p class="note">Note: {text(report.source.note)}</p>')
        items = "".join(
            f'<li class="v-{_CLASS[label]}">{SYMBOLS[label]} {WORDS[label]}: '
            f"<b>{report.summary[label]}</b></li>"
            for label in Label
        )
        parts.append(f'<ul class="summary" aria-label="{text(summary_line(report))}">{items}</ul>')
        parts.append("</header>")
        return "\n".join(parts)

    def _essay(self, report: Report) -> tuple[str, dict[str, tuple[int, int]]]:
        essay = report.essay_text
        marks: list[_Mark] = []
        located: dict[str, tuple[int, int]] = {}
        for result in report.results:
            span = quote_span(essay, result.claim.quote) if result.claim.quote else None
            if span is not None and result.claim.id not in located:
                located[result.claim.id] = span
                marks.append(_Mark(span[0], span[1], result))
        out: list[str] = []
        stack: list[_Mark] = []
        at = 0

        def close() -> None:
            nonlocal at
            mark = stack.pop()
            out.append(text(essay[at : mark.end]))
            at = mark.end
            label = mark.result.verdict.label
            cid = _slug(mark.result.claim.id)
            out.append(
                f'<a class="ref" href="#c-{cid}" aria-label="claim {text(mark.result.claim.id)}:'
                f' {WORDS[label]}">{SYMBOLS[label]}</a></mark>'
            )

        for mark in _nested(marks):
            while stack and stack[-1].end <= mark.start:
                close()
            out.append(text(essay[at : mark.start]))
            at = mark.start
            result = mark.result
            label = result.verdict.label
            out.append(
                f'<mark class="q v-{_CLASS[label]}" id="q-{_slug(result.claim.id)}" '
                f'data-claim="{text(result.claim.id)}" '
                f'title="{text(WORDS[label] + ": " + result.claim.text)}">'
            )
            stack.append(mark)
        while stack:
            close()
        out.append(text(essay[at:]))
        heading = "<h2>The essay</h2>"
        where = f'<p class="label">{text(report.essay_path)}</p>' if report.essay_path else ""
        return f'{heading}\n{where}\n<div class="essay">{"".join(out)}</div>', located

    def _cards(self, report: Report, located: dict[str, tuple[int, int]]) -> str:
        results = report.results
        if self.options.quiet:
            results = tuple(r for r in results if r.verdict.label is Label.CONTRADICTED)
        cards = [self._card(r, bool(report.essay_text), r.claim.id in located) for r in results]
        return f"<h2>Claims ({len(results)})</h2>\n" + "\n".join(cards)

    def _card(self, result: ClaimResult, with_essay: bool, located: bool) -> str:
        claim, verdict = result.claim, result.verdict
        label = verdict.label
        cid = _slug(claim.id)
        parts = [
            f'<article class="card v-{_CLASS[label]}" id="c-{cid}">',
            f'<h3><span class="tag v-{_CLASS[label]}">{SYMBOLS[label]} {WORDS[label]}</span> '
            f"<code>{text(claim.id)}</code> "
            f'<span class="label">confidence {percent(verdict.confidence)}</span></h3>',
            '<p><span class="label">claim</span> '
            f"{_marked(claim.text, claim_marks(verdict.values))}</p>",
        ]
        if claim.quote:
            parts.append(f'<p><span class="label">quote</span> “{text(claim.quote)}”</p>')
        shown = verdict.evidence if self.options.verbose else verdict.evidence[:1]
        for index, evidence in enumerate(shown):
            sentence = _marked(evidence.sentence, evidence_marks(verdict.values, index))
            source = _link(evidence_source(evidence), evidence_link(evidence))
            parts.append(f"<blockquote>{sentence}</blockquote>")
            parts.append(f'<p><span class="label">source</span> {source}</p>')
        if verdict.reason:
            parts.append(f'<p><span class="label">reason</span> {text(verdict.reason)}</p>')
        if with_essay and located:
            parts.append(f'<p><a href="#q-{cid}">Back to the quote in the essay</a></p>')
        elif with_essay and claim.quote:
            parts.append('<p class="label">The quote was not found in the essay.</p>')
        parts.append("</article>")
        return "\n".join(parts)
