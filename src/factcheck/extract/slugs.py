"""Ids for drafted claims: slugs of their words, unique in a file, the same on every run.

An id depends only on the claim's text and on the texts before it that would give the same
slug (they take -2, -3, ... in text order), so running extract again on the same essay
gives the same ids, and an id never depends on a network answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

MAX_WORDS = 6
MAX_CHARS = 60
# Words that tell nothing in an id.
_SKIP = frozenset(
    """a an the was were is are be been being has have had of in on at to by for from with
    and or but that which who this these those it its he she they his her their as into
    than then also not only did does do very more most some""".split()
)


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text[:400]).encode("ascii", "ignore").decode()
    found = re.findall(r"[a-z0-9]+", folded.lower())
    meaningful = [w for w in found if w not in _SKIP] or found or ["claim"]
    slug = ""
    for word in meaningful[:MAX_WORDS]:
        longer = f"{slug}-{word}" if slug else word[:MAX_CHARS]
        if len(longer) > MAX_CHARS:
            break
        slug = longer
    return slug


def unique_slugs(texts: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """A slug per text, in order; a slug already used (or in `taken`) gets -2, -3, ..."""
    used = set(taken)
    ids: list[str] = []
    for text in texts:
        base = slugify(text)
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        ids.append(slug)
    return ids
