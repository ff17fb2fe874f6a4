"""How many of a person's listed claims a draft finds: the scoring issue 12 defines.

A listed claim is found when an extracted claim's quote overlaps its quote in the essay,
one extracted claim per listed claim: a maximum one-to-one matching (augmenting paths), so
a whole sentence bundling three facts finds one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]


def quote_span(text: str, quote: str) -> Span | None:
    """Where `quote` is in `text`, any run of whitespace matching any other."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return match.span() if match else None


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matched(
    listed: Sequence[Span | None], extracted: Sequence[Span], half: bool = False
) -> set[int]:
    """Indices of the listed spans paired with an extracted one. `half`: the overlap must
    cover at least half of the shorter of the two quotes."""

    def fits(h: Span, e: Span) -> bool:
        shared = _overlap(h, e)
        return 2 * shared >= min(h[1] - h[0], e[1] - e[0]) if half else shared > 0

    options = [[j for j, e in enumerate(extracted) if h and fits(h, e)] for h in listed]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(listed)):
        augment(i, set())
    return set(owner.values())
