"""Whether a clause reports a fact or gives the writer's view: advice, prediction, hedging.

A clause is opinion when its own verb (the words before its first "that", "which", "who"
or "because") is a modal ("should", "would", "will", "cannot") or "needs to", when it
hedges ("undoubtedly", "seems"), when the writer speaks ("I", "we"), when it asks, and when
it commands or supposes ("Please ...", "If ..."). A reporting verb before any of these
makes it a fact about the speaker: "he said he would ..." and "..., saying America would
..." report what was said.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.words import (
    COMPLEMENTISERS,
    CONDITIONAL,
    DISCOURSE,
    IMPERATIVE,
    NEEDS,
    RELATIVES,
    REPORTING,
    REPORTING_ING,
    STANCE,
    Word,
    is_first_person,
    is_modal,
)


def lead_index(ws: Sequence[Word]) -> int:
    """Index of the first word after the discourse words opening a clause ("However,")."""
    i = 0
    while i < len(ws) and (ws[i].low in DISCOURSE or ws[i].text == ","):
        i += 1
    return i


def main_part(ws: Sequence[Word]) -> Sequence[Word]:
    """The clause up to its first "that", "which", "who" or "because": where its verb is."""
    for i, word in enumerate(ws):
        if i and (word.low in COMPLEMENTISERS or word.low in RELATIVES or word.low == "because"):
            return ws[:i]
    return ws


def is_imperative(ws: Sequence[Word]) -> bool:
    first = lead_index(ws)
    return first < len(ws) and ws[first].low in IMPERATIVE


def is_opinion(ws: Sequence[Word]) -> bool:
    if not ws:
        return False
    if ws[-1].text == "?":
        return True
    first = lead_index(ws)
    if first < len(ws) and (ws[first].low in IMPERATIVE or ws[first].low in CONDITIONAL):
        return True
    main = list(main_part(ws))
    for i, word in enumerate(main):
        low = word.low
        if (low in REPORTING or low in REPORTING_ING) and not word.capitalised:
            # Not "the United States"; "..., saying he would ..." reports too.
            return False  # what follows is what someone said
        if is_modal(main, i) or low in STANCE or is_first_person(main, i):
            return True
        if low in NEEDS and i + 1 < len(ws) and ws[i + 1].low == "to":
            return True
    return False


def writer_complement(ws: Sequence[Word]) -> int | None:
    """Where the clause the writer frames begins: "I do hope that the X Government
    understands this view" frames "the X Government understands this view", which may
    state a fact of its own. The index of the word after "that", or None: the writer ("I",
    "we") must speak before "that", and what follows must not be opinion itself."""
    first = lead_index(ws)
    writer = next((i for i in range(first, len(ws)) if is_first_person(ws, i)), None)
    if writer is None:
        return None
    that = next(
        (i for i in range(writer + 1, min(len(ws), writer + 5)) if ws[i].low == "that"), None
    )
    if that is None or that + 2 >= len(ws) or any(w.is_punct for w in ws[writer:that]):
        return None
    rest = ws[that + 1 :]
    if is_opinion(rest) or any(is_first_person(rest, i) for i in range(len(rest))):
        return None
    return that + 1
