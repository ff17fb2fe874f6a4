"""Negation: which words a "not", "never", "failed to" or "has yet to" governs."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.textnorm import NEGATIONS, STOPWORDS, Token

_NEGATION_SKIP = STOPWORDS | frozenset(
    {"to", "be", "been", "being", "have", "has", "had", "longer", "ever", "yet", "even"}
)
_NEGATION_ENDS = frozenset({"but", "and", "while", "although", "whereas", "yet", "though"})


def negation_word(toks: Sequence[Token], i: int) -> bool:
    """ "not", "never", "didn't", and "yet to" ("has yet to appear")."""
    norm = toks[i].norm
    if norm in NEGATIONS or norm.endswith("n't"):
        return True
    return norm == "yet" and i + 1 < len(toks) and toks[i + 1].norm == "to"


def negated_words(toks: Sequence[Token], text: str = "") -> list[Token]:
    """The words a negation governs, up to the end of its clause: "has never appeared on
    the cover" -> appeared, cover; "refused the MAP but declared" -> MAP."""
    out: list[Token] = []
    for i, tok in enumerate(toks):
        if not negation_word(toks, i):
            continue
        taken = 0
        previous = tok
        for nxt in toks[i + 1 : i + 9]:
            gap = text[previous.end : nxt.start] if text else ""
            if (
                nxt.norm in _NEGATION_ENDS
                or nxt.norm in NEGATIONS
                or any(c in gap for c in ",;:()")
            ):
                break
            previous = nxt
            if nxt.norm in _NEGATION_SKIP:
                continue
            out.append(nxt)
            taken += 1
            if taken == 4:
                break
    return out
