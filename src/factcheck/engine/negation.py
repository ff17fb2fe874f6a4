"""Negation: which words a "not", "never", "failed to" or "has yet to" governs."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.lexicon import DEMONYMS
from factcheck.textnorm import NEGATIONS, STOPWORDS, Token

_NEGATION_SKIP = STOPWORDS | frozenset(
    {"to", "be", "been", "being", "have", "has", "had", "longer", "ever", "yet", "even"}
)
_NEGATION_ENDS = frozenset({"but", "and", "while", "although", "whereas", "yet", "though"})


# Verbs that negate what follows only as verbs: "failed to win", not "the failed coup".
_VERB_NEGATIONS = frozenset({"failed", "refused", "declined", "lacked", "lacks"})
# A denial of these asserts what they deny: "did not refuse to help" helped.
_REFUSALS = frozenset(
    """refuse refuses refused refusing decline declines declined declining fail fails failed
    failing""".split()
)
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_TURN = frozenset({"turn", "turns", "turned", "turning"})
_NOT_ONLY = frozenset({"only", "just", "merely", "simply"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "of"})
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "any", "all", "both"})
# Words that open a quantity: "declined to about 60" falls, it refuses nothing.
_AMOUNT_WORDS = frozenset(
    {"about", "around", "roughly", "approximately", "nearly", "almost", "some", "under", "below"}
)


def _amount_after(toks: Sequence[Token], i: int) -> bool:
    """Whether the word at `i` opens a quantity: a figure or a word that leads one."""
    if i >= len(toks):
        return False
    return any(c.isdigit() for c in toks[i].norm) or toks[i].norm in _AMOUNT_WORDS


def _in_title(toks: Sequence[Token], i: int) -> bool:
    """A capitalised "Never", "No" or "Not" before another capitalised word is part of a
    name ("their Never Gone Tour", "No Country for Old Men was ..."), not a negation; at the
    sentence's start only before a word that is no nationality or acronym ("No American
    president", "No NATO member" stay negations)."""
    if not toks[i].capitalised or i + 1 >= len(toks) or not toks[i + 1].capitalised:
        return False
    if i > 0:
        return True
    following = toks[i + 1]
    return not following.text.isupper() and following.norm not in DEMONYMS


def negation_word(toks: Sequence[Token], i: int) -> bool:
    """ "not", "never", "didn't", and "yet to" ("has yet to appear"); "failed" only before
    "to", and no such verb after "the" ("the failed coup of August 1991")."""
    norm = toks[i].norm
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    if _in_title(toks, i):
        return False
    if norm == "no" and toks[i].capitalised and nxt[:1].isdigit():
        return False  # "debuted at No. 9": the number, not a denial
    if norm in _VERB_NEGATIONS:
        if i > 0 and toks[i - 1].norm in _DETERMINERS:
            return False
        if nxt == "to" and _amount_after(toks, i + 2):
            return False
        if norm == "declined" and nxt != "to":
            # "declined the offer" refuses; "declined markedly after 2019" falls.
            return nxt in _DETERMINERS or nxt in _OBJECT_PRONOUNS
        return nxt == "to" or norm != "failed"
    if norm in _TURN and nxt == "down":
        # "turned down an offer to work under Tarn Records", as "refused" does; not "the
        # lights were turned down" (the passive, or nothing after it).
        return i + 2 < len(toks) and not (i > 0 and toks[i - 1].norm in _DETERMINERS | _BE)
    if norm in NEGATIONS or norm.endswith("n't"):
        # "not only the 18th president, but also a lawyer" asserts both.
        return not (norm == "not" and nxt in _NOT_ONLY)

    return norm == "yet" and nxt == "to"


def negated_words(toks: Sequence[Token], text: str = "") -> list[Token]:
    """The words a negation governs, up to the end of its clause: "has never appeared on
    the cover" -> appeared, cover; "refused the MAP but declared" -> MAP."""
    return [tok for group in negation_groups(toks, text) for tok in group]


def negation_groups(toks: Sequence[Token], text: str = "") -> list[list[Token]]:
    """The words each negation governs, one list a negation: "was not attracted to it,
    and not to her looks" -> [attracted], [looks]."""
    groups: list[list[Token]] = []
    cancelled: set[int] = set()
    for i, tok in enumerate(toks):
        if i in cancelled or not negation_word(toks, i):
            continue
        first = next(
            (j for j in range(i + 1, min(len(toks), i + 4)) if toks[j].norm not in _NEGATION_SKIP),
            None,
        )
        if first is not None and toks[first].norm in _REFUSALS and tok.norm not in _REFUSALS:
            # "did not refuse to support it", "never failed to win": two denials, one deed
            # asserted.
            cancelled.add(first)
            continue
        out: list[Token] = []
        groups.append(out)
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
    return groups
