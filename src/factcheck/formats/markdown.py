"""A report for a pull-request comment or a CI job summary (GitHub-flavoured Markdown).

Every piece of claim or page text goes through `cell`, which escapes what could end a table
cell, start a code span, a link or emphasis, or inject HTML.
"""

from __future__ import annotations

import re

from factcheck.formats.base import Formatter, evidence_link, percent, then_and_now, verdict_tag
from factcheck.formats.sanitize import visible
from factcheck.models import ClaimResult, Label, Origin, Report

# Markdown punctuation that could start or end a construct inside a table cell. A backslash
# before any ASCII punctuation is a literal in CommonMark, so escaping too much is harmless.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~#!])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SAFE_ID = re.compile(r"[A-Za-z0-9._:-]+")
# Characters that would end a Markdown link destination or a table cell.
_URL_ESCAPES = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "|": "%7C"}
_TABLE_HEAD = "| Claim | Statement | Evidence | Reason |\n|---|---|---|---|"
_ALL_HEAD = "| Claim | Verdict | Statement | Evidence | Reason |\n|---|---|---|---|---|"


def cell(text: str) -> str:
    """`text` as inert Markdown on one line: safe in a table cell or a heading."""
    text = visible(text)
    text = "".join(_HTML.get(ch, ch) for ch in text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def claim_id(identifier: str) -> str:
    # Ordinary ids read best as code; anything odd is shown escaped instead.
    if _SAFE_ID.fullmatch(identifier):
        return f"`{identifier}`"
    return cell(identifier)


def link(text: str, url: str) -> str:
    """A Markdown link, or just the text when the URL is not a web address."""
    if not url.startswith(("https://", "http://")):
        return cell(text)
    target = "".join(_URL_ESCAPES.get(ch, ch) for ch in visible(url))
    return f"[{cell(text)}]({target})"


def evidence_cell(result: ClaimResult) -> str:
    if not result.verdict.evidence:
        return "none found"
    best = result.verdict.evidence[0]
    title = best.title or "source"
    if best.origin is not Origin.TEXT:
        title += f", {best.origin.value}"
    name = f"{title} (rev {best.revid})" if best.revid is not None else title
    return f"“{cell(best.sentence)}” — {link(name, evidence_link(best))}"


class MarkdownFormatter(Formatter):
    def format(self, report: Report) -> str:
        parts = [self._heading(report), self._summary(report)]
        if report.source.note:
            parts.append(f"> **Note:** {cell(report.source.note)}")
        parts += [f"> **Note:** {cell(note)}" for note in report.notes]
        parts.append(self._contradicted(report))
        if report.changes is not None:
            parts.append(self._changes(report))
        if report.results and not self.options.quiet:
            parts.append(self._all(report))
        return "\n\n".join(parts) + "\n"

    def _changes(self, report: Report) -> str:
        assert report.changes is not None
        day = report.source.as_of
        if not report.changes:
            return f"### Changed since {day}\n\nNo verdict changed."
        lines = [f"### Changed since {day}", ""]
        for change in report.changes:
            lines.append(f"- {cell(change.claim_id)}: {cell(then_and_now(change, day))}")
        return "\n".join(lines)

    def _heading(self, report: Report) -> str:
        heading = "## factcheck report"
        if report.essay_title:
            heading += f": {cell(report.essay_title)}"
        source = cell(report.source.api)
        if report.source.snapshot:
            source += f", snapshot {cell(report.source.snapshot)}"
        about = (
            f"Claims from {cell(report.claims_file)}; evidence from {source}; "
            f"factcheck {cell(report.tool_version)}, {cell(report.generated_at)}."
        )
        return f"{heading}\n\n{about}"

    def _summary(self, report: Report) -> str:
        rows = ["| Verdict | Claims |", "|---|---:|"]
        rows += [f"| {verdict_tag(label)} | {report.summary[label]} |" for label in Label]
        rows.append(f"| **total** | **{report.total}** |")
        return "\n".join(rows)

    def _contradicted(self, report: Report) -> str:
        bad = [r for r in report.results if r.verdict.label is Label.CONTRADICTED]
        if not bad:
            return "### Contradicted claims\n\nNo claim is contradicted by its evidence."
        rows = [
            f"| {claim_id(r.claim.id)} | {cell(r.claim.text)} | {evidence_cell(r)} "
            f"| {cell(r.verdict.reason)} |"
            for r in bad
        ]
        return f"### Contradicted claims ({len(bad)})\n\n{_TABLE_HEAD}\n" + "\n".join(rows)

    def _all(self, report: Report) -> str:
        rows = [
            f"| {claim_id(r.claim.id)} | {verdict_tag(r.verdict.label)} "
            f"({percent(r.verdict.confidence)}) | {cell(r.claim.text)} | {evidence_cell(r)} "
            f"| {cell(r.verdict.reason)} |"
            for r in report.results
        ]
        # The blank lines around the table let GitHub render Markdown inside <details>.
        return (
            f"<details>\n<summary>All claims ({report.total})</summary>\n\n"
            f"{_ALL_HEAD}\n" + "\n".join(rows) + "\n\n</details>"
        )
