"""Write drafted claims as a claims file, or add them to an existing one.

A new file gets a header comment, `[essay]` (when the essay states its title or date) and
one `[[claim]]` table per candidate, a `# review:` comment above those an editor should
look at. `merge` never touches what a file holds: it appends the candidates whose quote is
not already there (the same words, or overlapping a quote of the file in the essay), with
ids that do not clash, after the file's last byte.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.errors import ExtractError
from factcheck.extract.draft import Candidate, Draft
from factcheck.extract.pages import PageChoice
from factcheck.extract.segment import one_line
from factcheck.extract.slugs import unique_slugs
from factcheck.models import ClaimsFile


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def toml_string(text: str) -> str:
    """`text` as a TOML basic string."""
    out = ['"']
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _claim_block(candidate: Candidate, claim_id: str, choice: PageChoice) -> str:
    lines = []
    if candidate.review:
        lines.append(f"# review: {one_line(candidate.review)}")
    lines += [
        "[[claim]]",
        f"id = {toml_string(claim_id)}",
        f"text = {toml_string(candidate.text)}",
        f"quote = {toml_string(candidate.quote)}",
        f'kind = "{candidate.kind.value}"',
    ]
    if choice.unresolved:
        lines.append(f"pages = []  # {one_line(choice.unresolved)}")
    else:
        titles = choice.pages.get(candidate.id, ())
        shown = ", ".join(toml_string(t) for t in titles)
        lines.append(f"pages = [{shown}]" + ("" if titles else "  # no article found"))
    return "\n".join(lines) + "\n"


def render_claims(draft: Draft, choice: PageChoice, source: str = "") -> str:
    """The whole claims file for a draft. `source`: the essay's path as the claims file
    should name it (relative to where the file is written), for `run --format html`."""
    essay = draft.essay
    counts = f"{_count(draft.sentences, 'sentence')} read, {_count(len(draft.candidates), 'claim')}"
    head = [
        f"# Claims drafted by `factcheck extract` from {one_line(essay.path)}",
        f"# ({counts}).",
        "# A draft: check each text against its quote, then fix or delete it.",
        "",
    ]
    if essay.title or essay.published or source:
        head.append("[essay]")
        if essay.title:
            head.append(f"title = {toml_string(essay.title)}")
        if essay.published:
            head.append(f"published = {essay.published.isoformat()}")
        if source:
            head.append(f"source = {toml_string(source)}")
        head.append("")
    blocks = [_claim_block(c, c.id, choice) for c in draft.candidates]
    return "\n".join(head) + "\n" + "\n".join(blocks)


@dataclass(frozen=True)
class Merge:
    text: str  # the file as it would be after the merge
    added: int
    kept: int  # candidates left out because their quote was there already


def _quote_spans(essay_text: str, quotes: Sequence[str]) -> list[tuple[int, int]]:
    spans = []
    for quote in quotes:
        words = quote.split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        match = re.search(pattern, essay_text)
        if match:
            spans.append((match.start(), match.end()))
    return spans


def merge_claims(
    existing_text: str, existing: ClaimsFile, draft: Draft, choice: PageChoice
) -> Merge:
    """`existing_text` with the draft's new candidates appended; nothing else changes."""
    quotes = [c.quote for c in existing.claims if c.quote]
    known = {one_line(q) for q in quotes}
    spans = _quote_spans(draft.essay.text, quotes)
    new = [
        c
        for c in draft.candidates
        if c.quote not in known and not any(s < c.end and c.start < e for s, e in spans)
    ]
    if not new:
        return Merge(existing_text, 0, len(draft.candidates))
    ids = unique_slugs([c.text for c in new], taken=[c.id for c in existing.claims])
    blocks = [_claim_block(c, ids[n], choice) for n, c in enumerate(new)]
    sep = "" if existing_text.endswith("\n") or not existing_text else "\n"
    added = (
        f"\n# Added by `factcheck extract --merge` from {one_line(draft.essay.path)}: "
        f"{_count(len(new), 'claim')}.\n\n" + "\n".join(blocks)
    )
    merged = existing_text + sep + added
    try:
        tomllib.loads(merged)
    except tomllib.TOMLDecodeError as exc:  # the existing file ends inside a string
        raise ExtractError(f"cannot append to {existing.path}: {exc}") from None
    return Merge(merged, len(new), len(draft.candidates) - len(new))


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=path,
            tofile=f"{path} (merged)",
        )
    )
