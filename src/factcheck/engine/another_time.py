"""A date or figure told of another time, another instance or a part of the claim's
deed, which therefore does not conflict with the claim's: an earlier state ("originally
held 30,000"), a past state set at a time against a present claim, a later time the deed
was done ("for the second time"), the first or last of many, a narrower or another thing
("her last international game", "debut single"), a part ("some scenes were shot in ..."),
a denial at a date, and round figures the claim may have rounded to.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.engine.facts import ClaimFacts, ValueFacts
from factcheck.engine.lexical import inflected_verb
from factcheck.engine.negation import negation_word
from factcheck.engine.sentence_values import SentenceValue, sentence_values
from factcheck.models import INFOBOX_SECTION
from factcheck.textnorm import STOPWORDS, Token, stem
from factcheck.values import DateValue, NumberValue

if TYPE_CHECKING:
    from factcheck.engine.context import SentenceContext

# Past forms without "-ed" that tell a deed as past ("wrote", "built").
PAST_IRREGULAR = frozenset({"wrote", "built", "sang", "drew", "made", "founded", "led"})


# Words that put a value in another time than the claim's present: "originally held
# 30,000", "at first had two members", "formerly employed 900 people".
_OTHER_TIME = frozenset({"originally", "initially", "formerly", "previously", "once", "first"})


_PRESENT = frozenset({"is", "are", "has", "have", "remains", "stands", "does", "do"})
_PAST = frozenset({"was", "were", "had", "held", "grew", "fell", "rose", "stood", "did"})


# Words that tell of a part of a deed or work ("some scenes were shot in Morocco").
_PARTIAL = frozenset(
    """some part parts partly partially several additional certain few portions portion
    segments sequences scenes exteriors interiors""".split()
)


def told_of_a_part(ctx: SentenceContext, place: str) -> bool:
    """The sentence places a part of the claim's deed or work, which the claim does not
    speak of ("Some scenes of the film were shot in Morocco")."""
    first = place.split()[0].lower()
    before: list[Token] = []
    for tok in ctx.own:
        if tok.norm == first:
            break
        before.append(tok)
    return any(t.norm in _PARTIAL and t.norm not in ctx.facts.words for t in before)


def _tense(clause: Sequence[Token]) -> str | None:
    """ "present" or "past" by the first finite verb of a clause, or None."""
    for tok in clause:
        if tok.norm in _PRESENT:
            return "present"
        if tok.norm in _PAST or tok.norm in PAST_IRREGULAR:
            return "past"
        if inflected_verb(tok.norm) and not tok.norm.endswith("ing"):
            if tok.norm.endswith("ed"):
                return "past"
            if tok.norm.endswith("s") and not tok.norm.endswith("ss"):
                return "present"
    return None


LATER_ORDINALS = frozenset(
    """second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th 6th 7th
    8th 9th 10th""".split()
)


def an_nth_time(ctx: SentenceContext, against: SentenceValue) -> bool:
    """The sentence dates a later time the deed was done ("won it for the second time in
    1995"): the claim, which does not say which time, may be of another."""
    if "time" in ctx.facts.words or "times" in ctx.facts.words:
        return False
    dates = [sv for sv in sentence_values(ctx.unit) if isinstance(sv.value, DateValue)]
    if len(dates) > 1:
        # Of several dates, the one nearest "for the second time" is the repeated one.
        clause = against.anchor.clause
        lo = clause[0].start if clause else against.value.span[0]
        hi = against.value.span[1] + 30
        own = [t for t in ctx.unit.tokens if lo <= t.start <= hi]
    else:
        own = list(ctx.unit.tokens)
    return any(a.norm in LATER_ORDINALS and b.norm == "time" for a, b in itertools.pairwise(own))


# Words that narrow nothing: a first album is its first studio album, a first film its
# first feature film.
_DEFAULT_QUALIFIERS = frozenset({"studio", "full-length", "original", "official", "feature"})


def _a_word_of_its_own(tok: Token, facts: ClaimFacts) -> bool:
    """A common word of the sentence that the claim does not have."""
    return not tok.capitalised and tok.norm not in STOPWORDS and tok.norm not in facts.words


def _has_digit(tok: Token) -> bool:
    return any(c.isdigit() for c in tok.norm)


_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred thousand million billion dozen""".split()
)


def narrowed_noun(ctx: SentenceContext) -> bool:
    """The sentence puts a describing word of its own inside two adjacent words of the
    claim ("her last international game" for "her last game"): it tells of a narrower
    thing, whose date or figure is not the claim's."""
    claim = [t for t in ctx.facts.claim.tokens if t.norm not in STOPWORDS]
    own = list(ctx.unit.tokens)
    for a, b in itertools.pairwise(claim):
        if a.capitalised or b.capitalised or _has_digit(a) or _has_digit(b):
            continue
        for k in range(len(own) - 2):
            if own[k].norm != a.norm or own[k + 2].norm != b.norm:
                continue
            extra = own[k + 1]
            if (
                _a_word_of_its_own(extra, ctx.facts)
                and extra.norm not in _DEFAULT_QUALIFIERS
                and not _has_digit(extra)
                and extra.norm not in _NUMBER_WORDS
            ):
                return True
    return False


def round_year_near(claimed: object, said: object) -> bool:
    """An approximate round year ("around 500 BC", "c. 1900") and a year within a quarter
    of its roundness ("c. 480 BC"): the writer gave the nearest round figure."""
    if not (isinstance(claimed, DateValue) and isinstance(said, DateValue)):
        return False
    if not (claimed.approximate or said.approximate) or claimed.is_range or said.is_range:
        return False
    year = claimed.start.year
    shown = year if year > 0 else 1 - year  # 500 BC is year -499
    roundness = next((r for r in (100, 50) if shown % r == 0), 0)
    if not roundness:
        return False
    return abs(said.start.year - year) <= roundness / 4


def rounded_to(claimed: object, said: object) -> bool:
    """A claim's round figure of one significant digit ("sold 2 million copies", "a
    million") and a sentence's figure that rounds to it ("2.4 million"): the claim may have
    rounded; no conflict (nor support: the bounds of the figure stay as they are)."""
    if not (isinstance(claimed, NumberValue) and isinstance(said, NumberValue)):
        return False
    if claimed.qualifier is not None or said.qualifier is not None or claimed.ordinal:
        return False
    value = abs(claimed.value)
    if value < 1000 or said.value is None:
        return False
    place = 10.0 ** math.floor(math.log10(value))
    if abs(value / place - round(value / place)) > 1e-9:
        return False  # more than one significant digit ("2.5 million")
    return abs(said.value - claimed.value) < 0.5 * place


def then_not_now(ctx: SentenceContext) -> bool:
    """The claim says how things are (present tense), the sentence how they were at a time
    it names (past tense, a date)."""
    return (
        _tense(list(ctx.facts.claim.tokens)) == "present"
        and _tense(list(ctx.own)) == "past"
        and _told_at_a_time(ctx)
    )


# Words that set a past state at a time: "before the war", "when it opened", "at the time".
_THEN_WORDS = frozenset({"before", "after", "during", "until", "when", "once", "formerly", "time"})


def _told_at_a_time(ctx: SentenceContext) -> bool:
    if any(t.norm in _THEN_WORDS and t.norm not in ctx.facts.words for t in ctx.own):
        return True
    return any(isinstance(sv.value, DateValue) for sv in sentence_values(ctx.unit))


def then_and_now(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """A figure the claim gives as it is now, undated ("The stadium holds 40,000"), against
    one the sentence gives as it was at a time it names ("held 25,000 when it opened in
    1950"), or as a count that changes ("had a population of 38,732"): the figure may have
    changed since."""
    if any(isinstance(v.value, DateValue) for v in ctx.facts.values):
        return False
    claim_clause = list(cv.anchor.clause) or list(ctx.facts.claim.tokens)
    if _tense(claim_clause) != "present":
        return False
    if _tense(list(against.anchor.clause)) != "past":
        return False
    # A count of a body that grows and shrinks ("had a population of 38,732") was so at
    # some time, named or not; "had three children" is no such count.
    return _told_at_a_time(ctx) or bool({t.stem for t in against.anchor.clause} & _CHANGING_COUNTS)


# Counts of bodies that change from year to year.
_CHANGING_COUNTS = frozenset(
    stem(w)
    for w in (
        "population",
        "inhabitants",
        "residents",
        "members",
        "membership",
        "employees",
        "staff",
        "students",
        "pupils",
        "visitors",
        "speakers",
        "users",
        "subscribers",
        "capacity",
    )
)


def denied_at(ctx: SentenceContext, against: SentenceValue) -> bool:
    """The sentence denies the deed at its date ("did not sign the treaty in 1985",
    "received no indemnity in 1985"): it says nothing of when the deed was done, unless
    the date bounds the denial ("did not sign it until 1990")."""
    clause = against.anchor.clause
    if not clause or against.anchor.role in ("until", "till", "before"):
        return False
    own = list(ctx.unit.tokens)
    start, end = clause[0].start, against.value.span[0]
    span = [k for k, t in enumerate(own) if start <= t.start < end]
    if any(own[k].norm in ("until", "till") for k in span):
        return False
    return any(negation_word(own, k) for k in span)


def replaced_head(ctx: SentenceContext) -> bool:
    """A noun of the claim the sentence does not say stands, in the sentence, replaced by
    another after the same describing word ("its debut album" / "the band's debut single"):
    the sentence tells of another thing."""
    claim = list(ctx.facts.claim.tokens)
    own = list(ctx.unit.tokens)
    for word in ctx.unsaid:
        k = next((n for n, t in enumerate(claim) if t is word.token), None)
        if k is None or k == 0:
            continue
        lead = claim[k - 1]
        if lead.norm in STOPWORDS or lead.capitalised or lead.norm.isdigit():
            continue
        for j, tok in enumerate(own[:-1]):
            if tok.norm != lead.norm:
                continue
            other = own[j + 1]
            if _a_word_of_its_own(other, ctx.facts) and not inflected_verb(other.norm):
                return True
    return False


def of_another_time(
    facts: ClaimFacts, against: SentenceValue, tokens: Sequence[Token] = ()
) -> bool:
    """The sentence's figure or date is told of an earlier state ("The stadium originally held
    30,000 people", "At first the band had two members") that the claim, which says no such
    word, does not speak of."""
    if any(t.norm in _OTHER_TIME for t in facts.claim.tokens):
        return False
    start = against.value.span[0]
    clause = against.anchor.clause
    # The sentence's own words from the clause's start: "first" may be read as a value.
    lo = clause[0].start if clause else start
    words = [t for t in tokens if lo <= t.start and t.end <= start] or [
        t for t in clause if t.end <= start
    ]
    before = words[-6:]
    for k, tok in enumerate(before):
        if tok.norm == "first":
            if k > 0 and before[k - 1].norm == "at":
                return True  # "at first", not "first elected"
        elif tok.norm in _OTHER_TIME:
            return True
    return False


_FIRST_OR_LAST = re.compile(r"\b(first|last)\s+$", re.IGNORECASE)


def one_of_many(text: str, facts: ClaimFacts, cv: ValueFacts, against: SentenceValue) -> bool:
    """The sentence dates the first (or last) of a deed done more than once ("first elected
    in 2008"): a claim that does not say which time ("elected in 2010") may be another, and
    conflicts only when it is before the first (or after the last)."""
    if not (isinstance(cv.value, DateValue) and isinstance(against.value, DateValue)):
        return False
    claim_words = {t.norm for t in facts.claim.tokens}
    for verb in against.anchor.governors[:1]:
        m = _FIRST_OR_LAST.search(text[: verb.start])
        if m is None or m.group(1).lower() in claim_words:
            continue
        if m.group(1).lower() == "first":
            return not cv.value.end < against.value.start
        return not against.value.end < cv.value.start
    return False


# Words that put an end to a past state: "was the capital until 1900", "formerly a city".
_ENDED = frozenset({"until", "till", "formerly", "former", "previously"})


def state_ended(ctx: SentenceContext) -> bool:
    """The claim says how things are (present tense), the sentence how they were until an
    end it names ("Tarn was the capital of Lisk until 1900"), or how they were at a time
    it dates ("Nora Hale was mayor of Lisk from 2021 to 2024", "lived in Lisk in the
    1970s"): it says they are no longer, or not that they still are."""
    own = ctx.own
    if _tense(list(ctx.facts.claim.tokens)) != "present" or _tense(list(own)) != "past":
        return False
    for k, tok in enumerate(own):
        if tok.norm not in _ENDED or tok.norm in ctx.facts.words:
            continue
        after = [t.norm for t in own[k + 1 : k + 3]]
        if "death" in after or "died" in after:
            continue  # "until her death": a life's work, told in the past as lives are
        return True
    return _state_dated_in_the_past(ctx)


# Verbs that tell a state that lasts (not its start: "became", "was elected").
_STATE_PAST = frozenset(
    "was were served lived resided held led ruled governed reigned remained worked".split()
)
# Words of a claim about a state that may have ended: an office, a home, an activity.
_STATE_WORDS = frozenset(
    """still currently now president minister premier chancellor leader governor member
    mayor king queen emperor secretary ambassador chairman chair head lives live resides
    active serves leads rules governs reigns holds remains works""".split()
)


def _state_dated_in_the_past(ctx: SentenceContext) -> bool:
    """A present-tense claim of a state ("is Prime Minister", "still lives in Lisk") and a
    sentence that tells the state in the past at a time it dates: its first finite verb
    is a state's ("was", "served", "lived"), and it holds a date. A claim with dates of its
    own is left to them."""
    if ctx.facts.values or not ({t.norm for t in ctx.facts.claim.tokens} & _STATE_WORDS):
        return False
    verb = next(
        (t.norm for t in ctx.own if t.norm in _PRESENT | _PAST or inflected_verb(t.norm)), None
    )
    if verb not in _STATE_PAST:
        return False
    return any(isinstance(sv.value, DateValue) for sv in sentence_values(ctx.unit))


# Deeds a subject does on many occasions ("visited", "met", "performed").
_OCCASIONS = frozenset(
    stem(w)
    for w in """visit meet perform tour travel attend appear play speak lecture stay return
    sing preach""".split()
)
_FIRST_WORDS = frozenset({"first", "earliest", "debut"})
_LAST_WORDS = frozenset({"last", "final", "latest"})


def _which_occasion(toks: Sequence[Token], verb: Token) -> str | None:
    """ "first" or "last" said of the deed near its verb ("first visited", "visited ... for
    the first time", "her last performance"), else None."""
    at = next((k for k, t in enumerate(toks) if t.start == verb.start), None)
    if at is None:
        return None
    near = {t.norm for t in toks[max(0, at - 3) : at + 7]}
    if near & _FIRST_WORDS:
        return "first"
    if near & _LAST_WORDS:
        return "last"
    return None


def _shared_verb(cv: ValueFacts, against: SentenceValue) -> tuple[Token, Token] | None:
    """The verb that governs both dates, as (the sentence's, the claim's): "elected" after
    "parliament" in "elected to parliament in 1986"."""
    for g in against.anchor.governors[:3]:
        for m in cv.anchor.governors[:3]:
            if g.stem == m.stem and inflected_verb(g.norm):
                return g, m
    return None


def another_occasion(
    cv: ValueFacts, against: SentenceValue, claim: Sequence[Token], unit: Sequence[Token]
) -> bool:
    """The claim dates the first time of a deed done on many occasions ("first visited
    Japan in 1970") and the sentence a time of it that it does not call the first, after the
    claim's ("visited Japan in 1975"): a later visit, no conflict. An earlier one still
    contradicts the claim's first; and so for the last, with an earlier time. Two dates of a
    deed neither calls first nor last are compared as one deed's: an article that tells of
    a visit in 1989 settles a claim of one in 1992."""
    if not isinstance(cv.value, DateValue) or not isinstance(against.value, DateValue):
        return False
    shared = _shared_verb(cv, against)
    if shared is None or shared[0].stem not in _OCCASIONS:
        return False
    theirs, mine = shared
    told = _which_occasion(claim, mine)
    if told is None or _which_occasion(unit, theirs) is not None:
        return False
    if told == "first":
        return against.value.first_ordinal > cv.value.last_ordinal
    return against.value.last_ordinal < cv.value.first_ordinal


def after_the_first(
    cv: ValueFacts, against: SentenceValue, claim: Sequence[Token], unit: Sequence[Token]
) -> bool:
    """The sentence dates the first time of a deed ("was first elected to parliament in
    1986"), the claim a time of it after that without calling it the first ("was elected to
    parliament in 1990"): a later time, no conflict. Before the first, it still conflicts."""
    if not isinstance(cv.value, DateValue) or not isinstance(against.value, DateValue):
        return False
    shared = _shared_verb(cv, against)
    if shared is None:
        return False
    verb, mine = shared
    at = next((k for k, t in enumerate(unit) if t.start == verb.start), None)
    if at is None or not _first_of(unit, at):
        return False
    own = next((k for k, t in enumerate(claim) if t.start == mine.start), None)
    if own is None or _first_of(claim, own) or {t.norm for t in claim} & _FIRST_WORDS:
        return False
    return cv.value.first_ordinal > against.value.last_ordinal


def _first_of(toks: Sequence[Token], at: int) -> bool:
    """ "first" right before the verb at `at` ("was first elected"), or "for the first time"
    after it."""
    if at > 0 and toks[at - 1].norm in ("first", "initially", "originally"):
        return True
    after = [t.norm for t in toks[at + 1 : at + 9]]
    return any(after[k : k + 3] == ["the", "first", "time"] for k in range(len(after)))


def count_of_another_time(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """A count that changes ("800 employees", "a population of 8,000") dated by one side
    and not by the other, or dated by both at different times ("had 500 employees in 2010"
    / "had 800 employees in 2015"): two counts at two times, not a conflict."""
    if not isinstance(cv.value, NumberValue) or cv.value.ordinal:
        return False
    stems = {t.stem for t in against.anchor.clause} | {t.stem for t in cv.anchor.clause}
    if not stems & _CHANGING_COUNTS:
        return False
    mine = [v.value for v in ctx.facts.values if isinstance(v.value, DateValue)]
    clause = {id(t) for t in against.anchor.clause}
    dated = [
        (sv.value, sv.anchor.clause)
        for sv in sentence_values(ctx.unit)
        if isinstance(sv.value, DateValue)
    ]
    # The count's own clause dates it; a line cut by a colon ("population in 2022:
    # 1,421,125") leaves the date in the clause before, which still dates the count.
    theirs: list[DateValue] = [
        d for d, where in dated if not clause or any(id(t) in clause for t in where)
    ] or [d for d, _ in dated]
    if not mine and not theirs:
        return False
    if not mine and _current_figure(ctx):
        return False
    if not mine or not theirs:
        return True
    return not any(
        a.first_ordinal <= b.last_ordinal and b.first_ordinal <= a.last_ordinal
        for a in mine
        for b in theirs
    )


def _current_figure(ctx: SentenceContext) -> bool:
    """The sentence is an infobox line (structured.py lists them under the template's name,
    "Infobox settlement"): the page's present figure, which an undated claim speaks of.
    Prose "as of 2010" is left out: nothing measured asks for it, and it may be old."""
    return ctx.unit.section.lower().startswith(INFOBOX_SECTION.lower())


# Deeds whose count adds up over a career ("wrote 20 novels", "scored 300 goals").
_CUMULATIVE = frozenset(
    stem(w)
    for w in """write score publish sell record direct produce compose paint release make
    play appear star win receive earn collect""".split()
)


def count_in_a_period(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """An undated count of a deed that adds up ("wrote 20 novels") against one the sentence
    dates by the same verb ("wrote 12 novels in the 1990s", "In 1991 she scored 25 goals"):
    a part of the whole, not a conflict."""
    if not isinstance(cv.value, NumberValue) or cv.value.ordinal:
        return False
    if any(isinstance(v.value, DateValue) for v in ctx.facts.values):
        return False
    verbs = {
        g.stem
        for g in against.anchor.governors[:2]
        if g.stem in _CUMULATIVE and inflected_verb(g.norm)
    }
    if not verbs or not verbs & {g.stem for g in cv.anchor.governors[:2]}:
        return False
    return any(
        isinstance(sv.value, DateValue) and {g.stem for g in sv.anchor.governors[:2]} & verbs
        for sv in sentence_values(ctx.unit)
    )
