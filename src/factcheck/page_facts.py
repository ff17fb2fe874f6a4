"""A page's infobox and table facts once read: kept, handed to the engine, cited.

Reading them (structured.py) means parsing the wikitext with mwparserfromhell, which costs
more than a warm run may spend (its import alone is about 80 ms): so what was read is kept in
the cache under a hash of the wikitext and of the package's code, and everything a run does
with facts it already has lives here, without the parser.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from factcheck.models import Fact, Origin, Page, Verdict


@dataclass(frozen=True)
class PageFacts:
    facts: tuple[Fact, ...]
    notes: tuple[str, ...] = ()


@runtime_checkable
class FactStore(Protocol):
    """Where facts read from a page's wikitext are kept between runs (the page cache)."""

    def get_facts(self, key: str) -> PageFacts | None: ...

    def put_facts(self, key: str, facts: PageFacts) -> None: ...


def facts_key(title: str, wikitext: str) -> str:
    """What the facts of a page depend on: its title (the subject of every sentence), its
    wikitext and the code that reads it (any change to the package reads it again)."""
    from factcheck.verdicts import engine_fingerprint

    digest = hashlib.blake2b(digest_size=20)
    for part in (engine_fingerprint(), title, wikitext):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def facts_to_json(found: PageFacts) -> dict[str, Any]:
    return {
        "facts": [[f.sentence, f.origin.value, f.section] for f in found.facts],
        "notes": list(found.notes),
    }


def facts_from_json(value: object) -> PageFacts | None:
    """The stored facts, or None when the entry is not such (damaged, another format)."""
    if not isinstance(value, dict):
        return None
    rows, notes = value.get("facts"), value.get("notes")
    if not isinstance(rows, list) or not isinstance(notes, list):
        return None
    facts = []
    for row in rows:
        if not (isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row)):
            return None
        try:
            facts.append(Fact(row[0], Origin(row[1]), row[2]))
        except ValueError:
            return None
    if not all(isinstance(n, str) for n in notes):
        return None
    return PageFacts(tuple(facts), tuple(notes))


def with_facts(page: Page, facts: Sequence[Fact]) -> Page:
    """The page as the engine reads it: its text, then each fact on its own line under its
    section's heading (a line is a paragraph: no fact reads another as its context)."""
    if not facts:
        return page
    lines = [page.text.rstrip()]
    section = None
    for fact in facts:
        if fact.section != section:
            section = fact.section
            lines.append(f"\n== {section} ==")
        lines.append(fact.sentence)
    return dataclasses.replace(page, text="\n".join(lines), facts=tuple(facts))


def mark_origins(verdict: Verdict, pages: Sequence[Page]) -> Verdict:
    """The verdict with each evidence sentence that came from an infobox or a table
    saying so."""
    origins = {
        (page.title, fact.section, fact.sentence): fact.origin
        for page in pages
        for fact in page.facts
    }
    if not origins:
        return verdict
    evidence = tuple(
        dataclasses.replace(e, origin=origins.get((e.title, e.section, e.sentence), e.origin))
        for e in verdict.evidence
    )
    return dataclasses.replace(verdict, evidence=evidence)
