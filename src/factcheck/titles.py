"""What can never be a MediaWiki page title, checked before any request is made."""

from __future__ import annotations

import unicodedata

# MediaWiki's $wgLegalTitleChars excludes these; "|" would also split one title into two
# at the API, and "#" starts a section fragment rather than a title.
FORBIDDEN_CHARACTERS = "#<>[]|{}"
# Titles are limited to 255 bytes of UTF-8 by the database schema.
MAX_TITLE_BYTES = 255


def title_problem(title: str) -> str | None:
    """Why `title` can never name an article, or None if it might."""
    if not title.strip():
        return "the title is empty"
    bad = sorted({ch for ch in title if ch in FORBIDDEN_CHARACTERS})
    if bad:
        shown = " ".join(repr(ch) for ch in bad)
        return f"the title contains {shown}, which MediaWiki titles cannot contain"
    if any(unicodedata.category(ch) == "Cc" for ch in title):
        return "the title contains a control character"
    size = len(title.encode("utf-8"))
    if size > MAX_TITLE_BYTES:
        return f"the title is {size} bytes long; MediaWiki titles are at most {MAX_TITLE_BYTES}"
    return None
