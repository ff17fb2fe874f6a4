"""`factcheck extract`: draft an essay's claims file, deterministically and without a model.

read_essay (reader) -> draft_claims (segment, clauses, draft) -> resolve_pages (pages) ->
render_claims / merge_claims (writer). Nothing here imports Click or prints.
"""

from __future__ import annotations

from factcheck.extract.draft import Candidate, Draft, ExtractOptions, draft_claims
from factcheck.extract.pages import PageChoice, resolve_pages
from factcheck.extract.reader import Essay, EssayFormat, read_essay
from factcheck.extract.writer import Merge, merge_claims, render_claims, unified_diff

__all__ = [
    "Candidate",
    "Draft",
    "Essay",
    "EssayFormat",
    "ExtractOptions",
    "Merge",
    "PageChoice",
    "draft_claims",
    "merge_claims",
    "read_essay",
    "render_claims",
    "resolve_pages",
    "unified_diff",
]
