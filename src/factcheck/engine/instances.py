"""Which instance of a deed a sentence tells of. A sentence may date or count the claim's
deed done again ("moved back to", "signed a new contract"), in another role ("three terms
as a senator" against "two terms as mayor"), to a part of the claim's object ("joined the
club's youth academy") or for another degree ("graduated with a master's degree"): its date
or figure is that instance's, and does not conflict with the claim's.

Each check is a named unit; each looks only at the governing verb's own phrase in the
sentence, so a word elsewhere in a long sentence does not make its deed another one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from factcheck.engine.another_time import LATER_ORDINALS
from factcheck.engine.facts import ValueFacts
from factcheck.engine.lexical import degree_word, made_or_body, token_keys
from factcheck.engine.sentence_values import SentenceValue
from factcheck.textnorm import POSSESSIVE_PRONOUNS, STOPWORDS, Token, possessive, stem
from factcheck.values import NumberValue
from factcheck.values.lexicon import ordinal_word_value

# Words right after a verb that tell of its deed done once more: "moved back to", "signed a
# new contract", "took another post".
_AGAIN_AFTER = frozenset({"back", "new", "another", "fresh"})
# How many words after the verb its own phrase is read for.
_PHRASE = 3


def _index(toks: Sequence[Token], word: Token) -> int | None:
    return next((i for i, t in enumerate(toks) if t.start == word.start), None)


def _after(toks: Sequence[Token], word: Token, count: int) -> list[Token]:
    """The words after `word` in `toks`, up to `count`."""
    at = _index(toks, word)
    return [] if at is None else list(toks[at + 1 : at + 1 + count])


def _before(toks: Sequence[Token], word: Token, count: int) -> list[Token]:
    at = _index(toks, word)
    return [] if at is None else list(toks[max(0, at - count) : at])


def _verb(against: SentenceValue) -> Token | None:
    governors = against.anchor.governors
    return governors[0] if governors else None


def done_again(against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token]) -> bool:
    """The sentence's verb is followed by a word of repetition or a later rank the claim
    does not have ("moved back to Tarn in 2001", "in 1993 signed a new contract with
    Tarn", "released her second album in 1993"): a later round of the deed, not the one
    the claim dates."""
    governor = _verb(against)
    if governor is None:
        return False
    claimed = {t.norm for t in claim}
    # After a verb ("moved back"); before a noun the claim also has, its deed's object
    # ("released her second album" / "her debut album"), not one the sentence says its
    # subject is ("X is the fourth studio album by Y, released on ...").
    near = _after(sentence, governor, _PHRASE)
    if governor.stem in {t.stem for t in claim}:
        near += _before(sentence, governor, 2)
    lo, hi = against.value.span
    return any(
        (t.norm in _AGAIN_AFTER or t.norm in LATER_ORDINALS)
        and not t.capitalised
        and t.norm not in claimed
        and not lo <= t.start < hi  # a rank compared is the value itself
        for t in near
    )


def _role(toks: Sequence[Token]) -> Token | None:
    """The head noun of an "as" phrase: the last of the common words after it ("as mayor",
    "as a senator for ...", "as the first concrete step"); not "such as", "as well as", "as
    of", "as long as"."""
    for i, tok in enumerate(toks[:-1]):
        if tok.norm != "as" or (i > 0 and toks[i - 1].norm in {"such", "well", "so", "just"}):
            continue
        head: Token | None = None
        for nxt in toks[i + 1 : i + 5]:
            if nxt.norm in {"a", "an", "the"} and head is None:
                continue
            if nxt.norm in STOPWORDS or nxt.capitalised or not nxt.norm.isalpha():
                break
            head = nxt
        if head is not None:
            return head
    return None


def in_another_role(
    against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token]
) -> bool:
    """The claim's deed is done "as" one thing, the sentence's "as" another, and the
    sentence nowhere says the claim's ("served three terms as a senator" / "served two
    terms as mayor")."""
    mine = _role(claim)
    theirs = _role(against.anchor.clause)
    if mine is None or theirs is None or token_keys(mine) & token_keys(theirs):
        return False
    return not any(token_keys(mine) & token_keys(t) for t in sentence)


def of_a_part(against: SentenceValue, claim: Sequence[Token], text: str) -> bool:
    """The sentence's verb takes the claim's object as the owner of something the claim
    does not name ("joined Tarn FC's youth academy in 1985" / "joined Tarn FC in 1990")."""
    verb = _verb(against)
    if verb is None:
        return False
    claimed = {t.stem for t in claim}
    after = _after(against.anchor.clause, verb, _PHRASE + 2)
    for i, tok in enumerate(after[:-1]):
        if (
            tok.capitalised
            and possessive(tok, text)
            and tok.stem in claimed
            and after[i + 1].stem not in claimed
        ):
            return True
    return False


def another_degree(against: SentenceValue, claim: Sequence[Token]) -> bool:
    """The sentence's clause names a kind of degree the claim does not ("graduated with a
    master's degree in 1978" / "graduated in 1975"): one graduation of several."""
    clause = against.anchor.clause
    claimed = {t.stem for t in claim}
    for i, tok in enumerate(clause):
        nxt = clause[i + 1].norm if i + 1 < len(clause) else None
        # A degree's short name is written in capitals ("PhD", "BA"); in lower case a
        # short word is mostly something else ("ab", "ma").
        written = len(tok.norm) >= 4 or sum(c.isupper() for c in tok.text) >= 2
        if written and degree_word(tok.norm, nxt) and tok.stem not in claimed:
            return True
    return False


# Words for a stage or a piece of a whole: "the first phase of the dam was completed in
# 1985" dates that piece, not the dam.
_STAGES = frozenset(
    "phase phases stage stages section sections part parts portion segment segments leg "
    "wing half branch extension scenes sequences exteriors interiors".split()
)


def of_a_stage(against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token]) -> bool:
    """Before the sentence's value, a stage or piece of something is named, "... of", which
    the claim does not name ("The first phase of the Tarn Dam was completed in 1985",
    "Some scenes of the film were shot in 1988", "The Lisk branch of the line opened")."""
    claimed = {t.stem for t in claim}
    before = [t for t in sentence if t.end <= against.value.span[0]]
    return any(
        a.norm in _STAGES and b.norm == "of" and a.stem not in claimed
        for a, b in itertools.pairwise(before)
    )


# Verbs whose "to" clause tells of a deed meant, not done: "applied to become a citizen in
# 1985", "planned to open the bridge in 1985" date the application and the plan.
_INTENT = frozenset(
    stem(w)
    for w in """apply applied plan planned try tried attempt seek sought hope want intend
    aim propose offer ask agree decide expect prepare threaten vow wish""".split()
)


def only_meant(against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token]) -> bool:
    """The sentence's date belongs to a verb of intent whose "to" clause holds the claim's
    verb, or to that verb in such a clause: the deed meant at that date, not done."""
    verb = _verb(against)
    if verb is None:
        return False
    stems = {t.stem for t in claim if not t.capitalised and t.norm not in STOPWORDS}
    if verb.stem in _INTENT:
        after = _after(sentence, verb, 3)
        return bool(after) and after[0].norm == "to" and any(t.stem in stems for t in after[1:])
    before = _before(sentence, verb, 2)
    return len(before) == 2 and before[1].norm == "to" and before[0].stem in _INTENT


# Words that make a thing of the claim's name another one: "the original Tarn Bridge was
# built in 1850" is not the bridge of today. ("first" is left out: "became the first
# president" is the claim's office.)
_EDITIONS = frozenset("original old former previous earlier present current new modern".split())


def another_edition(
    against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token]
) -> bool:
    """Before the sentence's value, a word of _EDITIONS the claim does not have stands
    right before a word of the claim's ("The original Tarn Bridge")."""
    norms = {t.norm for t in claim}
    stems = {t.stem for t in claim if t.norm not in STOPWORDS}
    before = [t for t in sentence if t.end <= against.value.span[0]]
    return any(
        a.norm in _EDITIONS and a.norm not in norms and b.stem in stems
        for a, b in itertools.pairwise(before)
    )


def narrower_count(
    cv: ValueFacts, against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token]
) -> bool:
    """The sentence counts the claim's noun with a describing word of its own between the
    figure and the noun ("won 2 league titles" / "won 3 titles"): a count of some of them.
    (The other way round, "3 league titles" against "2 titles", still conflicts.)"""
    if not isinstance(cv.value, NumberValue) or cv.value.ordinal:
        return False
    end = cv.value.span[1]
    noun = next((t for t in claim if t.start >= end and t.norm not in STOPWORDS), None)
    if noun is None or noun.capitalised:
        return False
    norms = {t.norm for t in claim}
    after = [t for t in sentence if t.start >= against.value.span[1]][:3]
    for k, tok in enumerate(after):
        if tok.stem == noun.stem:
            extra = after[:k]
            return bool(extra) and all(
                t.norm not in STOPWORDS
                and t.norm not in norms
                and not t.capitalised
                and t.norm.isalpha()
                for t in extra
            )
    return False


# How many words after a value a name's part is looked for ("12 goals in 40 games for the
# Tarn FC reserve team").
_NAMED_PART_REACH = 12


def of_a_named_part(
    against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token], text: str = ""
) -> bool:
    """After the sentence's value, a name the claim gives is followed by a noun of the
    sentence's own ("12 goals in 40 games for the Tarn FC reserve team" / "30 goals for
    Tarn FC"): a part of what the claim names. Only in the value's own clause: after a ";"
    the sentence goes on to something else ("in 1914; that season, Evers led ...")."""
    names = {t.norm for t in claim if t.capitalised}
    stems = {t.stem for t in claim}
    end = text.find(";", against.value.span[1]) if text else -1
    own = [t for t in sentence if t.start >= against.value.span[1] and (end < 0 or t.start < end)][
        :_NAMED_PART_REACH
    ]
    for k, (a, b) in enumerate(itertools.pairwise(own)):
        if not a.capitalised or a.norm not in names:
            continue
        # The common words after the name, up to the head noun ("reserve team").
        run: list[Token] = []
        for tok in own[k + 1 : k + 4]:
            if tok.capitalised or tok.norm in STOPWORDS or not tok.norm.isalpha():
                break
            run.append(tok)
        if (
            run
            and run[0] is b
            and all(t.stem not in stems for t in run)
            and made_or_body(run[-1].norm)
        ):
            return True
    return False


# Verbs of leaving something: what one left is said after "from" or "as".
_LEAVING = frozenset(stem(w) for w in "retire resign withdraw quit".split())


def left_a_part(against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token]) -> bool:
    """The sentence's deed of leaving is from something the claim does not say, or only a
    part of it ("retired from international football in 1985" / "retired in 1990", "retired
    from football"): one may leave one thing years before another."""
    verb = _verb(against)
    if verb is None or verb.stem not in _LEAVING:
        return False
    after = _after(sentence, verb, _PHRASE + 1)
    if not after or after[0].norm not in {"from", "as"}:
        return False
    stems = {t.stem for t in claim}
    words = [t for t in after[1:] if t.norm not in STOPWORDS and t.norm.isalpha()]
    return any(t.stem not in stems for t in words)


# Spans a count may be taken over: "in its first week", "per year".
_PERIODS = frozenset(stem(w) for w in "day week weekend month year season quarter decade".split())
# How many words after a figure its period is looked for.
_PERIOD_REACH = 6


def _period_after(toks: Sequence[Token], end: int) -> set[str]:
    # The word right after the figure is its unit ("8 years"), not a span it is counted over.
    after = [t for t in toks if t.start >= end][1:_PERIOD_REACH]
    return {t.stem for t in after if t.stem in _PERIODS}


def counted_over_another_span(
    cv: ValueFacts, against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token]
) -> bool:
    """The sentence's figure counts over a span the claim's does not ("200,000 copies in its
    first month" / "a million copies in its first year"), or up to a year other than the one
    the claim names ("By 2005 she had written eight novels" / "ten novels before her death in
    2010")."""
    if not isinstance(cv.value, NumberValue) or cv.value.ordinal:
        return False
    theirs = _period_after(sentence, against.value.span[1])
    if theirs and theirs != _period_after(claim, cv.value.span[1]):
        return True
    # Each clause names its span, and they differ ("During its opening day, it made $18.5
    # million" / "On its five-day opening weekend, it earned $260.4 million").
    mine_span = {t.stem for t in cv.anchor.clause if t.stem in _PERIODS}
    their_span = {t.stem for t in against.anchor.clause if t.stem in _PERIODS}
    if mine_span and their_span and not mine_span & their_span:
        return True
    # Only against a claim that dates its own count: an undated one ("650,000 people hold
    # both passports") is met by the latest count there is ("By 2021 some 220,000 ...").
    years = {t.norm for t in claim if _year(t)}
    return bool(years) and any(
        a.norm == "by" and _year(b) and b.norm not in years for a, b in itertools.pairwise(sentence)
    )


_EDGES = frozenset({"first", "last", "initial", "final", "opening", "past", "next"})


def first_of_them(cv: ValueFacts, claim: Sequence[Token]) -> bool:
    """The claim counts the first or last few of them ("a coach on the first three seasons"):
    a part, which a count of all ("a coach on six seasons") does not gainsay."""
    if not isinstance(cv.value, NumberValue) or cv.value.ordinal:
        return False
    before = [t for t in claim if t.end <= cv.value.span[0]][-1:]
    return bool(before) and before[0].norm in _EDGES


def _year(tok: Token) -> bool:
    """A year written out ("2005"); not a group of a figure's digits ("650,000")."""
    return len(tok.norm) == 4 and tok.norm.isdigit() and tok.norm[0] in "12"


# Words that say which of someone's works or deeds is meant, by its place in their order.
_FIRST_OF = frozenset({"first", "debut", "maiden", "inaugural"})


def _rank_of(word: str) -> int | None:
    if word in _FIRST_OF:
        return 1
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return int(word[:-2])
    return ordinal_word_value(word)


def another_ordinal(
    against: SentenceValue, claim: Sequence[Token], sentence: Sequence[Token], text: str
) -> bool:
    """The claim says which of a series it means by its rank ("her debut novel", "his first
    album") and the sentence dates one of another rank ("Her second novel, ..., was published
    in 1962"; "Her second, The Long Road, ..."): another work, no conflict."""
    ranks = {
        (rank, claim[k + 1].stem)
        for k in range(len(claim) - 1)
        if (rank := _rank_of(claim[k].norm)) is not None
        and not claim[k + 1].capitalised
        and claim[k + 1].norm not in STOPWORDS
    }
    if not ranks:
        return False
    nouns = {noun for _rank, noun in ranks}
    mine = {rank for rank, _noun in ranks}
    before = [t for t in sentence if t.end <= against.value.span[0]]
    if any(_rank_of(t.norm) in mine for t in before):
        return False  # "the second and third volumes": the claim's among them
    for k, tok in enumerate(before):
        rank = _rank_of(tok.norm)
        if rank is None:
            continue
        nxt = before[k + 1] if k + 1 < len(before) else None
        if nxt is not None and nxt.stem in nouns:
            return True  # "her second novel"
        if (
            k > 0
            and before[k - 1].norm in POSSESSIVE_PRONOUNS
            and text[tok.end : tok.end + 1] == ","
        ):
            return True  # "Her second, The Long Road, ..."
    return False


def another_instance(
    cv: ValueFacts,
    against: SentenceValue,
    claim: Sequence[Token],
    sentence: Sequence[Token],
    text: str,
) -> bool:
    return (
        narrower_count(cv, against, claim, sentence)
        or first_of_them(cv, claim)
        or counted_over_another_span(cv, against, claim, sentence)
        or of_a_named_part(against, claim, sentence, text)
        or done_again(against, claim, sentence)
        or in_another_role(against, claim, sentence)
        or of_a_part(against, claim, text)
        or another_degree(against, claim)
        or of_a_stage(against, claim, sentence)
        or only_meant(against, claim, sentence)
        or another_edition(against, claim, sentence)
        or left_a_part(against, claim, sentence)
        or another_ordinal(against, claim, sentence, text)
    )
