"""Cut one sentence into the clauses that each state one thing.

Cuts are made (and only where both sides have a verb of their own):

* at a semicolon;
* before "and", "but", "while", "whereas", "yet" or ", so" that opens a new clause: a verb comes
  next ("... in Ossetia, and mobilized its troops"; the subject is then shared and
  carried over) or a subject and then a verb ("..., and the Federation Council approved");
* after a fronted subordinate clause that ends at a comma ("When Germany invaded in 1941,
  ..."; "Although France objected, ...").

Lists of names ("Poland, Hungary, and the Czech Republic were invited") are not cut: the
left side has no verb. Nor is a quotation inside the clause ('to land a man on the Moon
"before this decade is out"'): the speaker's words stay whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.words import (
    CLOSING_QUOTES,
    COORDINATORS,
    DETERMINERS,
    DISCOURSE,
    IRREGULAR_PAST,
    LINK_ADVERBS,
    NUMBER_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SUBORDINATORS,
    Word,
    is_ing,
    is_verb,
    words,
)

# How far after a coordinator a clause's verb may come ("and the Federation Council
# rubber stamped it": five words).
SUBJECT_WINDOW = 7
# An -ing clause after a comma must have more words than this to be a claim of its own.
PARTICIPLE_WORDS = 3


# In mid-sentence, these open a clause with its own subject and verb: "... regions where
# troops massed", "... collapsed in 1889 after thousands of workers died".
_ADVERBIAL_RELATIVES = frozenset(
    "where when after before because until although though whereas".split()
)

# Words that open an apposition after a comma: "The needle, a steel rod ...".
_APPOSED = frozenset("a an the its his her their".split())
# "at a time when the disease still struck ...": "when" after one of these opens a clause
# that says which time, part of the phrase; it is not cut off ("ten years after ..." is).
_TIME_NOUNS = frozenset("time times day days year years moment period era age".split())


@dataclass(frozen=True)
class Clause:
    start: int  # offsets in the sentence, leading conjunctions and trailing commas trimmed
    end: int
    # The subject carried over from the clause before, for "..., and mobilized its troops".
    shared_subject: str = ""
    fronted: bool = False  # a subordinate clause before the main one ("When ..., ")
    subordinate: bool = False  # opened by "where", "after", "because"... in mid-sentence
    participle: bool = False  # ", becoming the first ...": an -ing clause after a comma
    # ", almost certainly caused by ...": a participle the writer hedges, after a comma
    hedged: bool = False


def _has_verb(ws: list[Word], lo: int, hi: int) -> bool:
    return any(is_verb(ws, i) or is_ing(ws[i]) for i in range(lo, hi))


def _first_verb(ws: list[Word], lo: int, hi: int) -> int | None:
    return next((i for i in range(lo, hi) if is_verb(ws, i)), None)


# Adverbs that may come before a set-off subordinator: "..., shortly after X had ...".
_DEGREE = ("soon", "just", "long", "even", "only", "right")


def _set_off(ws: list[Word], lo: int, hi: int) -> tuple[int, int] | None:
    """A subordinate clause opening the clause lo..hi or set off by a comma in it, before
    a main clause with a verb: (its first word, adverb included, its closing comma)."""
    for k in range(lo, hi):
        if ws[k].low not in SUBORDINATORS and ws[k].low not in _ADVERBIAL_RELATIVES:
            continue
        first = k
        if k > lo and (ws[k - 1].low in _DEGREE or ws[k - 1].low.endswith("ly")):
            first = k - 1
        if first > lo and ws[first - 1].text != ",":
            continue
        close = next((j for j in range(k + 1, hi) if ws[j].text == ","), None)
        if close is not None and _first_verb(ws, close + 1, hi) is not None:
            return first, close
    return None


def main_verb(ws: list[Word], lo: int, hi: int) -> int | None:
    """The first verb of the clause lo..hi outside a subordinate clause set off before it:
    in "On 25 May 1961, shortly after X had become ..., Y stood" it is "stood", and Y,
    not X, is the subject."""
    verb = _first_verb(ws, lo, hi)
    skipped = _set_off(ws, lo, hi)
    if verb is not None and skipped is not None and skipped[0] <= verb < skipped[1]:
        return _first_verb(ws, skipped[1] + 1, hi)
    return verb


def _opens_clause(ws: list[Word], i: int, end: int) -> tuple[bool, bool]:
    """After the coordinator at i: (a clause starts here, its subject is shared)."""
    j = i + 1
    while j < end and ws[j].low in LINK_ADVERBS:
        j += 1
    if j >= end:
        return False, False
    if is_verb(ws, j) and not ws[j].capitalised:
        return True, True
    # "Georgia and Ukraine's membership", "Donetsk and Luhansk regions": one subject.
    if i > 0 and ws[i - 1].capitalised and ws[j].capitalised:
        return False, False
    # A new subject opens with a determiner, a pronoun or a name ("and the Council
    # approved"), or is a bare noun right before its verb ("and trains carried the"); not
    # "but acceptable coexistence based on".
    # "and twelve men walked on it": a count opens a subject too.
    counted = ws[j].low in NUMBER_WORDS or ws[j].text[:1].isdigit()
    if not (ws[j].capitalised or ws[j].low in DETERMINERS or ws[j].low in PRONOUNS or counted):
        bare_subject = (
            j + 2 < end
            and is_verb(ws, j + 1)
            and not ws[j + 2].is_punct
            and ws[j + 2].low not in PREPOSITIONS
        )
        return bare_subject, False
    for k in range(j + 1, min(end, j + SUBJECT_WINDOW)):
        if ws[k].low in COORDINATORS or (ws[k].is_punct and ws[k].text not in ("’", "'", "-")):
            return False, False
        if is_verb(ws, k):
            return True, False
    return False, False


_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades centuries".split())


def _measured_from(ws: list[Word], values: Sequence[tuple[int, int]], i: int, previous: int) -> int:
    """Where a clause opened at word i starts: before a span of time that measures it
    ("..., five months after the chip failed" starts at "five")."""
    k = i
    if k > previous and ws[k - 1].low in _TIME_UNITS:
        k -= 1  # the grammar reads "five" of "five months"
    while k > previous and _inside(values, ws[k - 1].start):
        k -= 1
    if k < i - 1 and k > previous and ws[k - 1].text == ",":
        return k
    return i


def _finite_verb_follows(ws: list[Word], i: int, end: int) -> bool:
    """Whether a verb (not an -ing form) comes after word i before a mark or conjunction."""
    for k in range(i + 1, min(end, i + SUBJECT_WINDOW + 1)):
        if ws[k].low in COORDINATORS or (ws[k].is_punct and ws[k].text not in ("’", "'", "-")):
            return False
        if is_verb(ws, k) and not ws[k].capitalised:
            return True
    return False


# Words that may come before a hedge: "almost certainly", "very probably".
_HEDGE_DEGREE = frozenset("almost most very quite".split())
_HEDGES = frozenset("certainly probably possibly presumably apparently likely".split())


def _hedged_participle(ws: list[Word], i: int) -> bool:
    """', almost certainly caused by the radiation': after the comma at i, a hedge and a
    past participle; the hedge is the participle's, not the clause's before it."""
    k = i + 1
    if k < len(ws) and ws[k].low in _HEDGE_DEGREE:
        k += 1
    if k + 1 >= len(ws) or ws[k].low not in _HEDGES:
        return False
    after = ws[k + 1].low
    return not ws[k + 1].capitalised and (after in IRREGULAR_PAST or after.endswith("ed"))


def _comma_so(ws: list[Word], i: int) -> bool:
    """', so she moved to Paris': "so" after a comma joins a clause, as "and" does (not
    "so that", which says what for)."""
    return (
        ws[i].low == "so"
        and i > 0
        and ws[i - 1].text == ","
        and (i + 1 >= len(ws) or ws[i + 1].low not in ("that", "far", "much", "many"))
    )


def _trim(sentence: str, ws: list[Word], lo: int, hi: int) -> tuple[int, int] | None:
    """Character bounds of words lo..hi, without leading conjunctions and trailing marks."""
    while lo < hi and (
        ws[lo].low in COORDINATORS
        or _comma_so(ws, lo)
        or ws[lo].text in ",;:—–-"
        or ws[lo].text in CLOSING_QUOTES
    ):
        lo += 1
    while hi > lo and ws[hi - 1].text in ",;:—–-(":
        hi -= 1
    if lo >= hi:
        return None
    return ws[lo].start, ws[hi - 1].end


def _subject(sentence: str, ws: list[Word], lo: int, hi: int) -> str:
    """The words of a clause before its first verb, for a clause that shares them."""
    while lo < hi and (
        ws[lo].low in DISCOURSE or ws[lo].low in SUBORDINATORS or ws[lo].text == ","
    ):
        lo += 1
    verb = main_verb(ws, lo, hi)
    if verb is None or verb == lo:
        return ""
    end = verb
    # "The needle, a steel rod designed by X, held ...": the subject without its apposition
    # (a list of names, "Poland, Hungary and ...", keeps its commas).
    if not any(ws[k].low in COORDINATORS or ws[k].low == "or" for k in range(lo, verb)):
        end = next(
            (k for k in range(lo + 1, verb - 1) if ws[k].text == "," and ws[k + 1].low in _APPOSED),
            end,
        )
    while end > lo and (ws[end - 1].low in RELATIVES or ws[end - 1].text in ",;"):
        end -= 1
    if end <= lo:
        return ""
    skipped = _set_off(ws, lo, hi)
    if skipped is not None and skipped[1] < end:
        # "On 25 May 1961, shortly after X had ..., Y stood": "On 25 May 1961, Y".
        first, close = skipped
        head = sentence[ws[lo].start : ws[first - 1].end] + " " if first > lo else ""
        return head + sentence[ws[close + 1].start : ws[end - 1].end]
    return sentence[ws[lo].start : ws[end - 1].end]


def _inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    return any(lo <= at < hi for lo, hi in spans)


_OPENING_QUOTES = frozenset('“«"')


def _quoted(ws: list[Word]) -> list[tuple[int, int]]:
    """Word index ranges inside quotation marks opened after the sentence's first word:
    what a speaker said, quoted inside the writer's clause ('asked the nation to land a man
    on the Moon "before this decade is out" and return him'), is not cut. A sentence that
    opens with its quotation is cut as usual: the quotation is all of it."""
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    for i, word in enumerate(ws):
        if opened is None and word.text in _OPENING_QUOTES:
            opened = i
        elif opened is not None and word.text in CLOSING_QUOTES and word.text not in "’'":
            if opened > 0:
                ranges.append((opened + 1, i))
            opened = None
    if opened:
        ranges.append((opened + 1, len(ws)))
    return ranges


def split_clauses(sentence: str, values: Sequence[tuple[int, int]] = ()) -> list[Clause]:
    """The clauses of `sentence`, in order; the whole sentence when it has no cut.

    `values`: spans of the sentence's dates and figures, whose commas ("September 11,
    2001") and conjunctions ("between 1987 and 1989") cut nothing.
    """
    ws = [
        w
        for w in words(sentence)
        if not (w.is_punct or w.low == "and") or not _inside(values, w.start)
    ]
    n = len(ws)
    # Cut points: (word index where the next clause starts, shares subject, fronted before).
    cuts: list[tuple[int, bool, bool]] = []
    lead = 0
    while lead < n and (ws[lead].low in DISCOURSE or ws[lead].text == ","):
        lead += 1
    if lead < n and ws[lead].low in SUBORDINATORS:
        comma = next((i for i in range(lead + 1, n) if ws[i].text == ","), None)
        if comma is not None and _has_verb(ws, lead + 1, comma) and _has_verb(ws, comma, n):
            # A quotation closed after the comma belongs to the fronted clause: ',”'.
            after = comma + 1
            while after < n and ws[after].text in CLOSING_QUOTES:
                after += 1
            cuts.append((after, False, True))
    fronted_end = cuts[0][0] if cuts else 0
    for i, word in enumerate(ws):
        # Coordination is looked for inside the fronted clause and inside the main one.
        previous = max([0, *(c[0] for c in cuts if c[0] <= i)])
        limit = fronted_end if i < fronted_end else n
        if word.text == ";" and _has_verb(ws, previous, i) and _has_verb(ws, i + 1, n):
            cuts.append((i + 1, False, False))
        elif (
            word.low in _ADVERBIAL_RELATIVES
            and i > previous + 1
            and not (word.low == "when" and ws[i - 1].low in _TIME_NOUNS)
            and _has_verb(ws, previous, i)
        ):
            # "... regions where Russian troops began to mobilize": a fact of its own.
            if _finite_verb_follows(ws, i, limit):
                cuts.append((_measured_from(ws, values, i, previous), False, False))
        elif word.text == "," and i > previous + 2 and _hedged_participle(ws, i):
            cuts.append((i + 1, False, False))
        elif (
            word.text == ","
            and i > previous + 2
            and i + 1 < limit
            and is_ing(ws[i + 1])
            and limit - i > PARTICIPLE_WORDS
            and _has_verb(ws, previous, i)
        ):
            # "..., becoming the first object to reach interstellar space.": what the
            # subject did next, a claim of its own.
            cuts.append((i + 1, True, False))
        elif (word.low in COORDINATORS or _comma_so(ws, i)) and i > previous:
            opens, shares = _opens_clause(ws, i, limit)
            if opens and _has_verb(ws, previous, i):
                cuts.append((i, shares, False))
        cuts.sort()
    quoted = _quoted(ws)
    cuts = [c for c in cuts if not any(lo <= c[0] <= hi for lo, hi in quoted)]
    clauses: list[Clause] = []
    bounds = [0, *(c[0] for c in cuts), n]
    for k in range(len(bounds) - 1):
        lo, hi = bounds[k], bounds[k + 1]
        trimmed = _trim(sentence, ws, lo, hi)
        if trimmed is None:
            continue
        shared = ""
        if k > 0 and cuts[k - 1][1]:
            back = k - 1
            # A chain of shared subjects goes back to the clause that names it.
            while back > 0 and cuts[back - 1][1]:
                back -= 1
            shared = _subject(sentence, ws, bounds[back], bounds[back + 1])
        fronted = k < len(cuts) and any(c[2] for c in cuts) and bounds[k] < fronted_end
        opener = ws[lo].low if lo < n else ""
        subordinate = k > 0 and opener in _ADVERBIAL_RELATIVES
        participle = k > 0 and bool(shared) and is_ing(ws[lo])
        hedged = k > 0 and ws[lo - 1].text == "," and _hedged_participle(ws, lo - 1)
        clauses.append(
            Clause(trimmed[0], trimmed[1], shared, fronted, subordinate, participle, hedged)
        )
    return clauses
