"""A claim's value against one sentence: confirmed, contradicted, or not there.

A value in the sentence counts only through what anchors it (see `structure`):
- tie 2: the sentence's value is governed by, or identifies, a word of the claim's value
  (its verb, its event noun: "released" / "released", "died" / "death");
- tie 1: a word of the claim's predicate stands in the value's clause;
- tie 0: nothing in its clause speaks of the claim's event;
- a value that is part of a name ("the War of 1812") or identifies another thing ("the
  2004 Constitution" against an ousting), or that dates the start or end of another event
  ("the war, which began in 1904" against relations that began earlier), is left out.
An agreeing value with a tie confirms; a disagreeing one is a conflict only with tie 2 and
no tied agreeing value in the sentence (a film released on two dates in two countries).

A claim that a state held at a date ("was President in August 2008", "headed the
government in January 2022") is confirmed by a period that contains the date ("from 20
January 2008 to 17 November 2013", "since 2021") and contradicted only by closed periods
that all leave it out.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.engine.facts import ClaimFacts, ValueFacts, predicate_words
from factcheck.engine.kinds import COPULAS, demonym
from factcheck.engine.lexical import (
    can_be_noun,
    can_be_verb,
    close_keys,
    inflected_verb,
    names_a_person,
    plural_noun,
    token_keys,
)
from factcheck.engine.ranks import restriction, same_words
from factcheck.engine.sentence_values import SentenceValue, sentence_values, split_range
from factcheck.engine.structure import EVENT_NOUNS, verb_like
from factcheck.lexicon import concepts
from factcheck.matching import YEARLESS, Unit, Value, instance_key, title_tokens
from factcheck.models import ValueCheck, ValueKind, ValueStatus
from factcheck.names import MET, match_name, name_run_before
from factcheck.textnorm import POSSESSIVE_PRONOUNS, STOPWORDS, Token, fold, stem
from factcheck.values import (
    Agreement,
    DateValue,
    NumberValue,
    Precision,
    compare_dates,
    compare_numbers,
)
from factcheck.values.compare import normal_unit, units_comparable
from factcheck.values.lexicon import (
    HUNDRED,
    MONTH_NAMES,
    MONTH_WORDS,
    RECURRING_EVENTS,
    SCALES,
    TENS,
    UNITS,
    event_noun,
)
from factcheck.values.model import Day, Qualifier

# Support from a value the evidence states more coarsely than the claim ("1991" for "July
# 1991") is worth this share of support from an exact one.
COARSER_FACTOR = 0.85

_STARTS = frozenset({"begin", "start", "commence", "open", "launch", "found", "establish", "born"})
_ENDS = frozenset(
    {"end", "finish", "conclude", "close", "die", "dissolve", "complete", "cease", "terminate"}
)
# Verbs of a state that lasts: a date inside its period confirms it.
_STATE_VERBS = frozenset(
    {
        "serve",
        "head",
        "lead",
        "rule",
        "govern",
        "reign",
        "chair",
        "hold",
        "remain",
        "be",
        "president",
        "minister",
        "premier",
        "chancellor",
        "leader",
        "governor",
        "member",
        "mayor",
        "king",
        "queen",
        "emperor",
        "secretary",
        "ambassador",
    }
)
_PERIOD_ROLES = frozenset({"since", "from", "until", "till", "between"})


@dataclass(frozen=True)
class ValueReading:
    check: ValueCheck
    tie: int  # of the deciding value; -1 when none was compared
    factor: float  # support factor (1 exact, COARSER_FACTOR coarser)
    against: SentenceValue | None = None  # the conflicting value
    # NOT_FOUND, but the sentence gives the claim's deed another value it set aside as
    # another instance's ("the early presidential election of 25 May 2014"): this sentence
    # must not be completed into support by others.
    set_aside: bool = False
    agreeing: SentenceValue | None = None  # the value that bears it out, when CONFIRMED


# A range says when something began and ended without the words.
RANGE_KEYS = frozenset({"begin", "start", "end", "finish", "commence", "conclude", "close"})


def _tie(
    cv: ValueFacts,
    sv: SentenceValue,
    facts: ClaimFacts,
    unit_text: str = "",
    unit_tokens: Sequence[Token] = (),
) -> int:
    claim_value, value = cv.value, sv.value
    if type(claim_value) is type(value) and said_alike(
        claim_value, facts.claim.tokens, value, unit_tokens, unit_text
    ):
        return 2  # "The track was used in January 2020, and Musk ..." / "... January 2017, and"
    if (
        isinstance(claim_value, NumberValue)
        and isinstance(value, NumberValue)
        and same_measure(facts.text, claim_value, unit_text, value)
    ):
        return 2  # "The population ... was 5,000" and "a population of 4,500"
    if sv.role is not None:
        return 2 if concepts(stem(sv.role)) & cv.keys else -1
    fronted = _fronted_verb(sv, unit_text, unit_tokens)
    if fronted is not None and isinstance(value, DateValue):
        # "... created the party and in 2002 became chairman": the date is the next verb's.
        return 2 if token_keys(fronted) & cv.keys else -1
    if _same_rank(facts.text, claim_value, unit_text, value):
        return 2  # "Faulkner's sixth novel" and "Faulkner's fifth novel" rank one thing
    if (
        isinstance(claim_value, NumberValue)
        and isinstance(value, NumberValue)
        and not claim_value.ordinal
        and _counted(facts.text, claim_value, cv.anchor.identity) is not None
        and _same_count(
            claim_value,
            value,
            facts.text,
            unit_text,
            cv.anchor.identity,
            sv.anchor.identity,
            facts.claim.tokens,
            unit_tokens,
        )
        # A size ("a nine-member band") is its noun's, whatever verbs govern it.
        and (not _other_deed(cv, sv) or same_unit(claim_value, value))
    ):
        return 2  # "650,000 people" and "220,000 people" count the same thing
    if (
        isinstance(value, DateValue)
        and value.is_range
        and cv.keys & RANGE_KEYS
        and _subject_span(sv, facts)
    ):
        # "Filming ... finished in August 1895" and "the film was shot from September 1894
        # to August 1896": a range of the claim's own event says when it began and ended.
        return 2
    where = sv.anchor
    if any(_decides_to(tok, unit_tokens) for tok in where.governors[:2]) and not any(
        t.stem in _PLAN_VERBS for t in facts.claim.tokens
    ):
        return -1  # "voted to hold a poll on May 25": the date of a plan
    for tok in where.identity:
        if token_keys(tok) & cv.keys and not _other_deed(cv, sv):
            # "a 1996 film" against "was filmed in 1995": the year it came out, through
            # the verb's own noun.
            return -1 if _work_year(cv, sv, tok) else 2
    claim_stage = _stage_of(cv.anchor.governors)
    if claim_stage != "elect" and any(_stage(t.norm) == "elect" for t in where.governors[:2]):
        return -1  # "elected president in 2008" does not date the term, begun in 2009
    for n, tok in enumerate(where.governors):
        if _clause_closed_before(tok, value, unit_text):
            break  # "merged with Lisk FC, founded in 1895, in 1950": 1950 is the merger's
        if _within(tok, unit_tokens, value, facts.claim.tokens):
            continue  # "In the 1970s, during his marriage to ...": a time within it
        if _begins_another_deed(tok, unit_tokens, facts):
            continue  # "began offering music downloads": the start of that, not a launch
        if token_keys(tok) & cv.keys and _relative_of_another(tok, unit_tokens, facts):
            return -1  # "replaced a ferry that opened in 1850": the ferry's opening
        if (
            token_keys(tok) & cv.keys
            and _state_left(tok, unit_tokens)
            and not any(_state_left(t, facts.claim.tokens) for t in facts.claim.tokens)
        ):
            return -1  # "came out of retirement in 1994" does not date the retiring
        if token_keys(tok) & cv.keys:
            if _title_of_another(tok, unit_tokens, facts):
                continue  # "met US President Ronald Reagan in November 1985"
            if n == 0 and _purpose_of_another_deed(tok, unit_tokens, where.governors[1:], cv):
                return -1
            if _work_year(cv, sv, tok) or _planned(tok, unit_tokens, facts):
                return -1
            if _claim_planned(cv, facts, tok, unit_tokens):
                return -1
            if _other_event_bounded(tok, unit_tokens, facts) or _shifted(tok, unit_tokens, cv):
                return -1
            stage = _stage(tok.norm)
            if claim_stage and stage and stage != claim_stage:
                return -1  # signed on one day, ratified on another
            return 2
        # The nearest verb governs the value; an event noun between them ("dissolved at a
        # meeting in Prague on 1 July 1991") is where it happened, not what.
        noun = tok.norm in EVENT_NOUNS or tok.stem in EVENT_NOUNS
        if not (where.light_subject or (noun and n == 0)):
            break
    if where.identity:
        return -1  # it identifies another thing: "the 2004 Constitution"
    for tok in where.governors[1:]:
        if token_keys(tok) & cv.keys:
            return -1 if _planned(tok, unit_tokens, facts) else 1
    if any(token_keys(t) & facts.predicate for t in where.clause):
        return 1
    return 0


_BEGIN_VERBS = frozenset("began begin begins beginning begun started start starts starting".split())


def _same_name_dated(cv: ValueFacts, sv: SentenceValue) -> bool:
    """The claim dates a name as the sentence does, by the same word ("Heaven's Gate
    (1980)", "his 1st-century Balanced Discourse" in both): that name is the claim's too,
    not another's whose date the sentence gives by the way."""
    mine, theirs = cv.anchor, sv.anchor
    return (
        mine.in_name
        and theirs.in_name
        and bool(mine.identity)
        and [t.norm for t in mine.identity] == [t.norm for t in theirs.identity]
    )


def _begins_another_deed(verb: Token, toks: Sequence[Token], facts: ClaimFacts) -> bool:
    """ "began offering", "started selling": the verb begins another deed, named by the
    gerund after it, which the claim does not name."""
    if verb.norm not in _BEGIN_VERBS:
        return False
    at = next((i for i, t in enumerate(toks) if t is verb), None)
    if at is None or at + 1 >= len(toks):
        return False
    nxt = toks[at + 1]
    stems = {t.stem for t in facts.claim.tokens}
    return nxt.norm.endswith("ing") and can_be_verb(nxt.norm) and nxt.stem not in stems


def _during_word(toks: Sequence[Token], at: int) -> Token | None:
    """The "during" (or "throughout", "amid") up to three words before the word at `at`."""
    return next((t for t in reversed(toks[max(0, at - 3) : at]) if t.norm in _DURING_WORDS), None)


def _within(noun: Token, toks: Sequence[Token], value: Value, claim: Sequence[Token]) -> bool:
    """The value stands before a "during" phrase of the event word ("In the 1970s, during
    his marriage"): it dates what happened within that event, not the event itself ("during
    the protests of 2013-2014" dates the protests), unless the claim too puts that word in
    such a phrase."""
    at = next((i for i, t in enumerate(toks) if t is noun), None)
    lead = _during_word(toks, at) if at is not None else None
    if lead is None or value.span[1] > lead.start:
        return False
    mine = next((k for k, t in enumerate(claim) if t.stem == noun.stem), None)
    return mine is None or _during_word(claim, mine) is None


_DURING_WORDS = frozenset({"during", "throughout", "amid"})


_ONE_OF = re.compile(
    r"\b(?:one|two|three|some|many|each|any|none|all|most|several)\s+of\s+(?:the\s+)?$", re.I
)


def _group_counted(text: str, start: int) -> bool:
    """The figure at `start` counts a group the subject is one of ("one of five children",
    "one of the 30 clubs"), not something the subject has or did."""
    return _ONE_OF.search(text[:start]) is not None


_RELATIVES = frozenset({"that", "which", "who", "whom"})
_AUXILIARIES_BEFORE = frozenset(
    "was were is are had has have been be first later also had once itself".split()
)


_PURPOSE = frozenset({"for", "toward", "towards"})


def _purpose_of_another_deed(
    noun: Token, toks: Sequence[Token], later: Sequence[Token], cv: ValueFacts
) -> bool:
    """The event noun right before the value is what another verb was for ("passed the
    number of delegates needed for the nomination on March 12"): the date may be that
    verb's, so it does not date the claim's event ("nominated on July 15")."""
    at = next((i for i, t in enumerate(toks) if t is noun), None)
    if at is None or not later:
        return False
    lead = [t.norm for t in toks[max(0, at - 3) : at]]
    while lead and lead[-1] in ("the", "a", "an", "his", "her", "its", "their"):
        lead.pop()
    if not lead or lead[-1] not in _PURPOSE:
        return False
    return not any(token_keys(t) & cv.keys for t in later)


def _relative_of_another(verb: Token, toks: Sequence[Token], facts: ClaimFacts) -> bool:
    """The verb opens a relative clause on a common noun the claim does not give ("a ferry
    that opened in 1850"): the deed is that thing's."""
    at = next((i for i, t in enumerate(toks) if t is verb), None)
    if at is None:
        return False
    i = at - 1
    while i >= 0 and toks[i].norm in _AUXILIARIES_BEFORE and at - i <= 3:
        i -= 1
    if i < 1 or toks[i].norm not in _RELATIVES:
        return False
    antecedent = toks[i - 1]
    if antecedent.capitalised or antecedent.norm in STOPWORDS:
        return False
    # Only a short phrase of its own ("a ferry that", "a new ferry that"): after a longer one
    # the clause may hang on an earlier noun ("the march from Jiangxi province which").
    lead = [t.norm for t in toks[max(0, i - 3) : i - 1]]
    if not ({"a", "an"} & set(lead)):
        return False
    claimed = {t.stem for t in facts.claim.tokens}
    return antecedent.stem not in claimed


def _clause_closed_before(verb: Token, value: Value, text: str) -> bool:
    """The verb opens a clause set off by commas (", founded in 1895,") that closes before
    the value: the value is the sentence's main verb's, not this one's."""
    if not text or verb.start >= value.span[0]:
        return False
    gap = text[verb.end : value.span[0]]
    # The clause has its own value before its closing comma ("founded in 1895,"), not a
    # place written with commas ("signed in Washington, D.C., on 4 April 1949").
    return (
        text[: verb.start].rstrip().endswith(",")
        and "," in gap
        and re.search(r"\d", gap[: gap.rfind(",")]) is not None
    )


# Verbs that give their subject's span ("the war lasted from 1915 to 1919", "filming took
# place from September 1994 to August 1995").
_DURATION_VERBS = frozenset({"last", "lasted", "span", "spanned", "run", "ran", "place"})


def _subject_span(sv: SentenceValue, facts: ClaimFacts) -> bool:
    """The range is the span of the claim's subject's event: a word of the claim, or a verb
    of duration, governs it, and a word of the claim's subject stands before that verb in
    its clause ("Nora Hale fought in the war from 1915 to 1919" is her span, not the
    war's)."""
    governors = sv.anchor.governors
    if not governors:
        return False
    head = governors[0]
    if not token_keys(head) & facts.concepts:
        if not ({head.norm, head.stem} & _DURATION_VERBS):
            return False
        if head.norm == "place" and not any(
            t.stem == "take" or t.norm in ("took", "taken") for t in sv.anchor.clause
        ):
            return False
    subject = frozenset().union(*(w.keys for w in facts.claim.words if w.subject))
    return any(
        token_keys(t) & subject for t in _clause_subject(sv, head.start) if t.norm not in STOPWORDS
    )


_BE = frozenset({"is", "was", "are", "were", "has", "had", "have"})


def _clause_subject(sv: SentenceValue, until: int) -> list[Token]:
    """The words of the value's clause before its first finite verb (and before `until`)."""
    before: list[Token] = []
    for tok in sv.anchor.clause:
        finite = inflected_verb(tok.norm) and not tok.norm.endswith("ing")
        if tok.end > until or finite or tok.norm in _BE:
            break
        before.append(tok)
    return before


def _span_of_another(sv: SentenceValue, facts: ClaimFacts) -> bool:
    """The clause that gives the range is about someone the claim does not name ("Nora Hale
    fought in the war from 1915 to 1919"): the range is their span, not the event's."""
    words = {w.token.norm for w in facts.claim.words}
    return any(
        t.capitalised and t.norm not in STOPWORDS and t.norm not in words
        for t in _clause_subject(sv, sv.anchor.clause[-1].end if sv.anchor.clause else 0)
    )


def _title_of_another(tok: Token, toks: Sequence[Token], facts: ClaimFacts) -> bool:
    """A capitalised title right before a name the claim does not have ("President Ronald
    Reagan"): it names that person, it is no deed of the claim's subject."""
    if not tok.capitalised:
        return False
    k = next((i for i, t in enumerate(toks) if t is tok), None)
    if k is None or k + 1 >= len(toks):
        return False
    name = toks[k + 1]
    return name.capitalised and name.norm not in facts.words


# Verbs of a wish, an attempt or a plan: what follows them as "to <verb>" may not have
# happened ("wanted to study law", "tried to visit Tarnow", "was set to open in 1990").
AIM_VERBS = frozenset(
    stem(w)
    for w in """want wanted wish wished hope hoped try tried attempt attempted seek sought
    aim aimed plan planned schedule scheduled intend intended expect expected threaten
    threatened offer offered propose proposed promise promised pledge pledged vow vowed
    set""".split()
)
# ... and of a decision: what follows them had not happened yet when it was taken.
_PLAN_VERBS = AIM_VERBS | frozenset(
    stem(w) for w in "vote voted decide decided agree agreed".split()
)


def _infinitive_after(toks: Sequence[Token], at: int, verbs: frozenset[str]) -> bool:
    """toks[at] is an infinitive, passive or not, after one of `verbs` (stems): "wanted
    to study", "scheduled to be released"."""
    j = at - 1
    if j >= 0 and toks[j].norm == "be":
        j -= 1
    return j >= 1 and toks[j].norm == "to" and toks[j - 1].stem in verbs


def aimed_at(toks: Sequence[Token], at: int) -> bool:
    """toks[at] is an infinitive after a verb of a wish, an attempt or a plan ("wanted to
    study", "was set to be released")."""
    return _infinitive_after(toks, at, AIM_VERBS)


def _decides_to(verb: Token, toks: Sequence[Token]) -> bool:
    """A verb of decision followed by "to" ("voted to", "agreed to")."""
    if verb.stem not in _PLAN_VERBS:
        return False
    k = next((i for i, t in enumerate(toks) if t is verb), None)
    return k is not None and k + 1 < len(toks) and toks[k + 1].norm == "to"


def _plan_infinitive(verb: Token, toks: Sequence[Token]) -> bool:
    """The verb is an infinitive after a plan ("scheduled to be released", "planned to
    open")."""
    k = next((i for i, t in enumerate(toks) if t is verb), None)
    return k is not None and _infinitive_after(toks, k, _PLAN_VERBS)


def _claim_planned(cv: ValueFacts, facts: ClaimFacts, tok: Token, toks: Sequence[Token]) -> bool:
    """The claim dates a plan ("was originally scheduled to be released on May 4, 2018") and
    the sentence the deed itself ("was released on April 27"): plans change."""
    claim = list(facts.claim.tokens)
    return any(_plan_infinitive(g, claim) for g in cv.anchor.governors[:1]) and not (
        _plan_infinitive(tok, toks)
    )


def _planned(verb: Token, toks: Sequence[Token], facts: ClaimFacts) -> bool:
    """The verb is an infinitive after a decision ("voted to hold a poll on May 25", "was
    scheduled to open in 1990"): the date is the plan's, and plans change. Unless the
    claim too speaks of a plan ("agreed to meet in 1990")."""
    k = next((i for i, t in enumerate(toks) if t is verb), None)
    if k is None or k < 2 or toks[k - 1].norm != "to" or toks[k - 2].stem not in _PLAN_VERBS:
        return False
    return not any(t.stem in _PLAN_VERBS for t in facts.claim.tokens)


def _open_bound(value: Value) -> bool:
    """A figure bounded on one side only ("more than 100 million", "under 50")."""
    return isinstance(value, NumberValue) and value.qualifier in (
        Qualifier.MORE_THAN,
        Qualifier.AT_LEAST,
        Qualifier.LESS_THAN,
        Qualifier.AT_MOST,
    )


def _names_the_name(sv: SentenceValue, unit: Unit, facts: ClaimFacts) -> bool:
    """The claim names the name a value belongs to ("Prism (2013)", "the 2008 Bucharest
    Summit"): by a name of its own, or by the name's head with another of its words ("the
    summit in Bucharest"). A common word alone ("declared war") does not name "the
    Russo-Japanese War of 1904–1905"."""
    named = {w.norm for n in facts.names for w in n.words}
    toks = list(unit.tokens)
    for head in sv.anchor.identity:
        if head.norm in named:
            return True
        if head.norm not in facts.words:
            continue
        at = next((i for i, t in enumerate(toks) if t is head), None)
        if at is None:
            continue
        run: list[Token] = []
        for step in (-1, 1):
            i = at + step
            while 0 <= i < len(toks) and toks[i].capitalised and toks[i].norm not in STOPWORDS:
                run.append(toks[i])
                i += step
        if any(t.norm in facts.words for t in run):
            return True
    return False


def _another_verbs(sv: SentenceValue, cv: ValueFacts) -> bool:
    """The value's nearest governor is an inflected verb that does not say the claim's deed."""
    first = sv.anchor.governors[:1]
    return bool(first) and inflected_verb(first[0].norm) and not (token_keys(first[0]) & cv.keys)


def _same_verb(cv: ValueFacts, sv: SentenceValue) -> bool:
    """The sentence's value is governed by the claim's own verb or its closest synonym
    ("founded" / "founded"), not by a word of the same broad group ("fought" for "war")."""
    mine = [t for t in cv.anchor.governors[:1] if verb_like(t)]
    theirs = [t for t in sv.anchor.governors[:1] if verb_like(t)]
    return any(
        close_keys(a.norm, a.stem) & close_keys(b.norm, b.stem) for a in mine for b in theirs
    )


def same_unit(mine: DateValue | NumberValue, theirs: DateValue | NumberValue) -> bool:
    """Two counts joined to one noun ("nine-member", "seven-member"): the size of the
    subject itself, not a sum of money or a measure that may be of a part."""
    return (
        isinstance(mine, NumberValue)
        and isinstance(theirs, NumberValue)
        and mine.unit is not None
        and mine.unit.isalpha()
        and mine.unit.islower()
        and mine.unit == theirs.unit
        and "-" in mine.text
        and "-" in theirs.text
    )


def _other_deed(cv: ValueFacts, sv: SentenceValue) -> bool:
    """Both figures are governed by verbs of substance, and not the same: "died at the age
    of 65" and "retired in 2001 at the age of 41" count ages at different events."""
    mine = [t for t in cv.anchor.governors if verb_like(t)]
    theirs = [t for t in sv.anchor.governors[:1] if verb_like(t)]
    return bool(mine and theirs) and not any(token_keys(t) & cv.keys for t in theirs)


# Deeds a work's year stands for: "a 1995 film" came out in 1995.
_WORK_YEAR_DEEDS = frozenset(
    stem(w)
    for w in """release released premiere premiered publish published issue issued air aired
    debut debuted appear appeared""".split()
)


_WORKS = frozenset(
    stem(w)
    for w in """film movie album single song book novel novella series game play opera
    musical episode documentary""".split()
)


def _work_year(cv: ValueFacts, sv: SentenceValue, noun: Token) -> bool:
    """The sentence's year stands before the work noun it classifies ("a 1995 British drama
    film"): the year the work came out. It dates no other deed of the claim ("was filmed in
    1994", "was written in 1989"), only its coming out, or the same noun in the claim."""
    if noun.start < sv.value.span[1] or noun.capitalised or noun.stem not in _WORKS:
        return False
    deeds = [g for g in cv.anchor.governors[:2] if inflected_verb(g.norm)]
    if not deeds:
        return False  # "Blue Harbour is a 1994 film": the same noun, compared
    return not any(g.stem in _WORK_YEAR_DEEDS for g in deeds)


def _stage(word: str) -> str | None:
    """The stage of a treaty, a law, an office or a book a word names: signing, ratifying or
    coming into force, being elected or holding the office, writing or publishing, are
    different events on different days, whatever a thesaurus groups together."""
    if word.startswith("ratif"):
        return "ratify"
    if word in ("sign", "signs", "signed", "signing", "signature"):
        return "sign"
    if word in ("force", "effect"):
        return "force"
    if word.startswith(("elect", "re-elect", "reelect")) and word != "electric":
        return "elect"  # an election comes before the term it wins
    # A book is written, then published, often years apart (WordNet lists "write" among
    # the senses of "publish").
    if word in ("write", "writes", "wrote", "written", "writing"):
        return "write"
    if word.startswith("publish"):
        return "publish"
    return None


# Words before a state's noun that say it was left: "came out of retirement", "returned
# from exile", "was released from prison", "ended his retirement", "the end of his exile".
_LEFT_FROM = frozenset(
    "return returned returning returns released release emerged emerge came come back".split()
)
_ENDED = frozenset({"ended", "ending", "end", "ends"})
# What may stand between a verb and the state it left ("ended his retirement").
_STATE_OWNERS = POSSESSIVE_PRONOUNS | {"the", "a"}


def _state_left(noun: Token, toks: Sequence[Token]) -> bool:
    """The sentence tells of leaving the state the noun names, not of entering it: its date
    is the end of the state ("came out of retirement in 1994")."""
    at = next((k for k, t in enumerate(toks) if t is noun), None)
    if at is None or not can_be_noun(noun.norm) or inflected_verb(noun.norm):
        return False
    before = [t.norm for t in toks[max(0, at - 4) : at] if t.norm not in _STATE_OWNERS]
    if before[-1:] and before[-1] in _ENDED:
        return True  # "ended his retirement"
    if before[-2:] in (["out", "of"], ["end", "of"]):
        return True  # "came out of retirement", "the end of his exile"
    return before[-1:] == ["from"] and len(before) >= 2 and before[-2] in _LEFT_FROM


def _stage_of(words: Sequence[Token]) -> str | None:
    return next((stage for t in words if (stage := _stage(t.norm))), None)


_JOINS = frozenset({"and", "but", "then", "later"})


def _fronted_verb(sv: SentenceValue, text: str, toks: Sequence[Token]) -> Token | None:
    """The verb a date put before it belongs to, when a new clause opens with the date
    ("and in 2002 became chairman", ", and on 6 September recognised ..."): the token right
    after the date, a verb, with "in"/"on" and "and" or a comma before the date."""
    start, end = sv.value.span
    before = [t for t in toks if t.end <= start][-2:]
    after = [t for t in toks if t.start >= end][:1]
    if len(before) < 2 or not after or before[-1].norm not in ("in", "on", "by"):
        return None
    opener = before[0].norm in _JOINS or text[before[0].end : before[1].start].strip() == ","
    verb = after[0]
    if not opener or verb.capitalised or text[end : verb.start].strip():
        return None
    return verb if can_be_verb(verb.norm) else None


# Words skipped between a verb and its subject: "the war, which began", "talks that ended".
_SUBJECT_GAP = frozenset({"which", "that", "who", "it", "they", "then", "finally", "formally"})


def _other_event_bounded(verb: Token, toks: Sequence[Token], facts: ClaimFacts) -> bool:
    """ "Began", "ended": verbs that say nothing of what began. When the word before them is
    an event the claim does not speak of ("the Russo-Japanese War, which began with an
    attack on 8 February 1904"), the date bounds that event, not the claim's ("relations
    date back to the 17th century")."""
    if not (token_keys(verb) & (_STARTS | _ENDS)):
        return False
    before = [t for t in toks if t.end <= verb.start]
    for tok in reversed(before):
        if tok.norm in _SUBJECT_GAP or tok.norm in STOPWORDS:
            continue
        event = tok.norm in EVENT_NOUNS or tok.stem in EVENT_NOUNS
        return event and not (token_keys(tok) & facts.concepts)
    return False


# Verbs whose object is a deed that has not happened, or not wholly, at their date: "began
# writing it in 1947", "announced her retirement in 2009", "planned the invasion in 1940".
_SHIFTERS = frozenset(
    """began begun begins start started starts commenced announced announces planned plans
    proposed scheduled postponed delayed considered prepared celebrated commemorated
    marked""".split()
)
_POSSESSIVE_GAP = frozenset({"the", "a", "an", "his", "her", "its", "their", "to"})


def _shifted(deed: Token, toks: Sequence[Token], cv: ValueFacts) -> bool:
    """The sentence's word for the claim's deed is the object of a verb that dates
    something else ("began writing Blue Harbour in 1947", "announced her retirement in
    2009"), and the claim does not say that verb ("began writing it in 1945" does)."""
    before = [t for t in toks if t.end <= deed.start]
    for tok in reversed(before):
        if tok.norm in _POSSESSIVE_GAP:
            continue
        return tok.norm in _SHIFTERS and not (token_keys(tok) & cv.keys)
    return False


def _end_point(cv: ValueFacts) -> str | None:
    if cv.keys & _STARTS or "becom" in _deed_words(cv.anchor.governors):
        return "start"
    if cv.keys & _ENDS:
        return "end"
    return None


def _state(cv: ValueFacts, facts: ClaimFacts) -> bool:
    """The claim says a state held at the value's time ("was President in 2008")."""
    # "became mayor in 2005", "was elected mayor in 2005" date the state's start, not a time
    # it held.
    if _end_point(cv) is not None or _accession_or_leaving(cv) is not None:
        return False
    if any(t.norm.endswith("ed") and t.stem == "premier" for t in cv.anchor.governors):
        return False  # "premiered in 2016" is a deed, not the office of a premier
    if cv.anchor.role != "at":
        return False
    norms = [t.norm for t in facts.claim.tokens]
    held = any(pair in _STATE_PHRASES for pair in itertools.pairwise(norms))
    return (
        held
        or bool(cv.keys & _STATE_VERBS or facts.predicate & _STATE_VERBS)
        or _role_held(cv, facts)
    )


_COPULAS = COPULAS | {"been", "be"}


def _role_held(cv: ValueFacts, facts: ClaimFacts) -> bool:
    """The claim says its subject was a person of some role at the value's time ("was the
    coach of Vane FC in 1990"): a role held for a while, like an office."""
    toks = list(facts.claim.tokens)
    for tok in cv.anchor.governors:
        at = next((k for k, t in enumerate(toks) if t is tok), None)
        if at is None or not names_a_person(tok.norm):
            continue
        before = [t.norm for t in toks[max(0, at - 3) : at] if t.norm not in ("the", "a", "an")]
        if before[-1:] and before[-1] in _COPULAS:
            return True
    return False


# Phrases of a state that lasts ("was at war in July 1904", "in office in 2010").
_STATE_PHRASES = frozenset(
    {("at", "war"), ("at", "peace"), ("in", "office"), ("in", "power"), ("in", "exile")}
)


# Deeds that begin or end a state: their date is when it began or ended, not the one time
# it held ("became mayor in 2003", "resigned as mayor in 2008").
_ACCESSIONS = _STARTS | frozenset(
    {"elect", "re-elect", "reelect", "appoint", "inaugur", "sworn", "swear", "crown", "becom"}
    | {"declar"}  # "declared war", "declared independence": the state begins
)
_LEAVINGS = frozenset(
    {"resign", "retir", "leav", "left", "step", "oust", "remov", "abdic", "depos", "dismiss"}
    | {"sack", "quit"}
    | {"die", "end", "finish", "conclud", "ceas", "dissolv", "termin", "defeat", "lost"}
)


def _deed_words(governors: Sequence[Token]) -> frozenset[str]:
    """Stems and forms of a value's own governors up to its nearest verb ("mayor",
    "resigned"), not a verb further out ("premiered ... beginning in 2013"). Their own
    words, not their paraphrase groups: "held" is no crowning."""
    words: set[str] = set()
    for tok in governors:
        words |= {tok.stem, tok.norm}
        if inflected_verb(tok.norm):
            break
    return frozenset(words)


def _state_bound(sv: SentenceValue) -> str | None:
    """ "start" or "end" when the value dates the beginning or the end of a state, by the
    words of its clause ("took office", "was elected", "stepped down"); None otherwise or
    when the clause says both."""
    keys = _deed_words(sv.anchor.governors)
    start = bool(keys & _ACCESSIONS) or _took_office(sv.anchor.clause)
    end = bool(keys & _LEAVINGS)
    if start == end:
        return None
    return "start" if start else "end"


def _deed_verb(governors: Sequence[Token]) -> str | None:
    """The stem of the nearest verb among a value's governors."""
    return next((t.stem for t in governors if inflected_verb(t.norm)), None)


def _took_office(clause: Sequence[Token]) -> bool:
    norms = [t.norm for t in clause]
    return any(
        a in ("took", "take", "takes", "assumed", "assumes") and b == "office"
        for a, b in itertools.pairwise(norms)
    )


def _accession_or_leaving(cv: ValueFacts) -> str | None:
    words = _deed_words(cv.anchor.governors)
    if words & _ACCESSIONS or _took_office(cv.anchor.clause):
        return "start"
    if words & _LEAVINGS:
        return "end"
    return None


def _lasted_to(claim: DateValue, evidence: DateValue, bound: str | None) -> bool:
    if bound == "start":
        return claim.end >= evidence.start
    if bound == "end":
        return claim.start <= evidence.end
    return False


# A sum restated in another year's money: "$250,000 ($3,600,000 in 2019)", "(equivalent to
# $3.6 million in 2019)".
_PRICE_IN = re.compile(
    r"\(\s*(?:equivalent\s+to\s+|about\s+|around\s+|approximately\s+)?(?:US)?[$€£¥]\s?\d[\d.,]*"
    r"(?:\s+(?:thousand|million|billion|trillion))?\s+in\s+$",
    re.IGNORECASE,
)


def _price_base_year(text: str, value: Value) -> bool:
    """The value is the year whose prices a sum is given in, not a date of what the text
    tells."""
    return (
        isinstance(value, DateValue)
        and not value.is_range
        and _PRICE_IN.search(text[max(0, value.span[0] - 40) : value.span[0]]) is not None
    )


# "until her death in 1999", "till its closure on 2 May 1990": the date ends what the
# clause tells, through an event of its own.
_UNTIL_EVENT = re.compile(r"\b(?:until|till)\s+(?:[\w'-]+\s+){1,4}(?:in|on)\s+(?:the\s+)?$", re.I)


def _held_within(cv: ValueFacts, sv: SentenceValue, claim_value: Value, unit: Unit) -> bool:
    """The sentence bounds a span on one side and the claim's date lies on its inner side: no
    conflict. "has coached the club since 2015" holds in 2018; "lived there until her death
    in 1999" held in the 1960s (unless the claim dates the death itself)."""
    value = sv.value
    if not (isinstance(claim_value, DateValue) and isinstance(value, DateValue)):
        return False
    if cv.anchor.role != "at" or claim_value.is_range or value.is_range:
        return False
    if _accession_or_leaving(cv) is not None:
        return False  # "joined in 2018", "resigned in 2018" date an end of the span
    governed = frozenset().union(*(token_keys(t) for t in sv.anchor.governors))
    if not governed & cv.keys:
        return False  # "won the title in 2018" / "has held it since 2015": another deed
    if sv.anchor.role in ("since", "from"):
        return claim_value.start >= value.start
    until = _UNTIL_EVENT.search(unit.text[: sv.value.span[0]])
    if until is None:
        return False
    event = [t for t in unit.tokens if until.start() <= t.start < sv.value.span[0]]
    own = frozenset().union(*(token_keys(t) for t in event))
    return claim_value.end <= value.start and not (own & cv.keys)


def _period_of(sv: SentenceValue) -> tuple[Day, Day | None] | None:
    """The period an evidence value gives a state: a range, "since X" (open), "until X"."""
    value = sv.value
    if not isinstance(value, DateValue):
        return None
    if value.is_range:
        return value.start, value.end
    if sv.anchor.role in ("since", "from"):
        return value.start, None
    return None


def _is_range(value: Value) -> bool:
    return isinstance(value, DateValue) and value.is_range


def _compare_ranges(claim: Value, evidence: Value) -> Agreement | None:
    """Two ranges agree when their ends do: "from 2005 to 2017" is not borne out by "from
    2002 to 2017", though it lies inside it. None unless both are ranges with two ends."""
    if isinstance(claim, NumberValue) and isinstance(evidence, NumberValue):
        if not (_number_range(claim) and _number_range(evidence)):
            return None
        if not units_comparable(claim, evidence):
            return None
        # "usually 2–10 nanometres" does not bear out "2–21 nanometres", though it lies
        # inside it: the same two ends, or a conflict.
        same = _near(claim.low, evidence.low) and _near(claim.high, evidence.high)
        return Agreement.SAME if same else Agreement.DISJOINT
    if not (
        isinstance(claim, DateValue)
        and isinstance(evidence, DateValue)
        and claim.is_range
        and evidence.is_range
    ):
        return None
    ends, other = split_range(claim), split_range(evidence)
    if len(ends) != 2 or len(other) != 2:
        return None
    found = [compare_dates(a, b) for a, b in zip(ends, other, strict=True)]
    if any(a.conflict for a in found):
        return Agreement.DISJOINT
    for kind in (Agreement.OVERLAP, Agreement.COARSER, Agreement.WITHIN):
        if kind in found:
            return kind
    return Agreement.SAME


_LOWER = (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
_UPPER = (Qualifier.LESS_THAN, Qualifier.AT_MOST)
# Words before a bound that put the figure far beyond it ("well over 200"): no cap.
_FAR_BEYOND = frozenset({"well", "far", "way", "much", "considerably", "significantly"})
# Below this a bound's next round figure is too near to read anything from.
_BOUND_LEAST = 10


def _round_step(figure: float) -> float:
    """The place of a figure's leading digit: 100 for 273 or 900, 10 for 40."""
    return float(10 ** math.floor(math.log10(figure)))


def _compare_bounds(claim: Value, evidence: Value) -> Agreement | None:
    """A bound said of the same figure in the same words lies near it: who writes "over
    273" of what is over 547 writes "over 500", so "over 547" is not what "over 273" tells,
    though no logic excludes it; nor "under 3,000" what "under 7,000" tells. DISJOINT when
    the claim's bound, on the same side, lies beyond the sentence's by more than the place
    of its leading digit; None otherwise. An exact figure beyond a bound is not read so
    ("sold 250 million" / "more than 100 million"), nor a milestone bound ("over 1,000",
    "over 100 million": said however far beyond), nor "well over 200"."""
    if not (isinstance(claim, NumberValue) and isinstance(evidence, NumberValue)):
        return None
    if claim.ordinal or evidence.ordinal or not units_comparable(claim, evidence):
        return None
    if evidence.value < _BOUND_LEAST or evidence.text.split()[0].lower() in _FAR_BEYOND:
        return None
    step = _round_step(evidence.value)
    if evidence.value == step:
        return None  # a milestone
    if claim.qualifier in _LOWER and evidence.qualifier in _LOWER:
        return Agreement.DISJOINT if claim.low > evidence.value + step else None
    if claim.qualifier in _UPPER and evidence.qualifier in _UPPER:
        return Agreement.DISJOINT if claim.high < evidence.value - step else None
    return None


def _number_range(value: Value) -> bool:
    """A figure written as a range ("2–10", "between 46,000 and 51,000")."""
    return isinstance(value, NumberValue) and value.qualifier == "between"


def _near(one: float, other: float) -> bool:
    return abs(one - other) <= 0.005 * max(abs(one), abs(other))


def _compare(claim: Value, evidence: Value) -> Agreement | None:
    if isinstance(claim, DateValue) and isinstance(evidence, DateValue):
        return compare_dates(claim, evidence)
    if isinstance(claim, NumberValue) and isinstance(evidence, NumberValue):
        return compare_numbers(claim, evidence)
    return None


def _roles_fit(claim: str, evidence: str, count: bool = False) -> bool:
    bounds = ("before", "after", "by", "until", "till")
    if claim in bounds or evidence in bounds:
        return claim == evidence
    # A date "for" something ("the budget for 2025") is not when it happened; a count is
    # the same with "for" or without ("lasted for nine seasons", "lasted nine seasons").
    return count or (claim == "for") == (evidence == "for")


def _bound_agreement(
    cv: ValueFacts, claim_value: Value, sv: SentenceValue, evidence_value: Value
) -> bool | None:
    """A claim dated "before 1200" or "after 1200" against a sentence dating the same deed
    at a point ("in 1150"): True when the point lies beyond the bound on the claim's side,
    False when it does not, None when the two cannot be set side by side so."""
    bound = cv.anchor.role
    if bound not in ("before", "after") or sv.anchor.role != "at":
        return None
    if not (isinstance(claim_value, DateValue) and isinstance(evidence_value, DateValue)):
        return None
    if evidence_value.is_range or claim_value.is_range:
        return None
    return _beyond(bound, claim_value, evidence_value)


def _beyond(bound: str, claim_value: DateValue, point: DateValue) -> bool:
    """The point lies beyond the claim's "before" or "after" bound, on the claim's side."""
    if bound == "before":
        return point.end < claim_value.start
    return point.start > claim_value.end


def _completed_by(claim: str, evidence: str) -> bool:
    """ "the dissolution of the Soviet Union by 26 December 1991" can confirm "dissolved in
    December 1991" (done by a day of that month); it never contradicts a date."""
    return claim == "at" and evidence == "by"


def _word_after(text: str, span: tuple[int, int]) -> str:
    """The stem of the word after a value; past a count, marked as counted ("the first four
    seasons" and "the first 4 seasons" are "#season", not the "season" of "the second
    season", which lies among them)."""
    rest = [fold(w.strip(",.;:()\"'")) for w in text[span[1] :].split()[:2]]
    if len(rest) == 2 and (rest[0].isdigit() or rest[0] in _COUNT_WORDS):
        return "#" + stem(rest[1])
    return stem(rest[0]) if rest else ""


_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen hundred".split()
)


def _word_before(text: str, span: tuple[int, int]) -> str:
    before = text[: span[0]].split()
    return fold(before[-1].strip(",.;:()\"'")) if before else ""


_SHARED_RANK = re.compile(r"-\s+(?:or|to|and)\s+[a-z]+(?=-)")


def _ranked(text: str, span: tuple[int, int]) -> list[str]:
    """The words an ordinal ranks by: a superlative, if any, and the common noun after it
    ("largest country" of "second-largest country", "novel" of "sixth novel"); empty when a
    name or a small word follows."""
    rest = text[span[1] :]
    shared = _SHARED_RANK.match(rest)
    if shared:
        rest = rest[shared.end() :]  # "third- or fourth-largest city": ranked as the next
    words = rest.lstrip("-").split()[:2]
    out: list[str] = []
    for raw in words:
        word = raw.strip(",.;:()\"'")
        if not word.isalpha() or not word.islower() or word in STOPWORDS:
            break
        out.append(word)
        if not word.endswith("est") or raw != word:
            break  # the noun, or a superlative whose noun is not said
    return out


# What stands before a rank's determiner when the rank is said of a clause's subject: a
# copula or "as" ("was the 19th president", "served as its third chairman"), an appositive's
# comma, or nothing (a fronted appositive: "Faulkner's fifth novel, it ...").
_PREDICATED = re.compile(
    r"(?:(?:^|,)\s*|\b(?:is|was|are|were|be|been|being|became|becomes|become|remains|"
    r"remained|as)\s+(?:(?:not\s+)?(?:only|also|just|then)\s+)?)"
    r"(?:(?:the|its|his|her|their|(?:(?-i:[A-Z])[\w.]*\s+){0,3}[\w.]+['’]s)\s+)?$",
    re.IGNORECASE,
)
_DETERMINED = re.compile(r"\b(?:the|its|his|her|their|[\w.]+['’]s)\s+$", re.IGNORECASE)
# ... and a copula whose subject is something of another's ("Pike's son was", "his son was").
_POSSESSED_SUBJECT = re.compile(
    r"(?:['’]s|\b(?:his|her|its|their))\s+[a-z]+\s+(?:is|was|are|were|became|remained)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _rank_role(text: str, span: tuple[int, int]) -> str:
    """How a rank is said: of the clause's subject ("X was the 19th president"), of the
    subject's possession ("X's son was the 19th president"), or as anything else
    ("appointed the 19th president", "served under the 19th president")."""
    before = text[: span[0]]
    if not _DETERMINED.search(before):
        return "adverb"  # "first published": no rank of a thing, whoever did it
    if _POSSESSED_SUBJECT.search(before):
        return "possessed"
    return "subject" if _PREDICATED.search(before) else "other"


def _same_rank(claim_text: str, cv: Value, unit_text: str, ev: Value) -> bool:
    """Two ordinals rank the same thing: the same common noun follows both ("sixth novel",
    "fifth novel"), and the claim's owner of the ranking, when it names one ("Faulkner's",
    "the world's"), owns the sentence's too."""
    if not (
        isinstance(cv, NumberValue)
        and isinstance(ev, NumberValue)
        and cv.ordinal
        and ev.ordinal
        and unit_text
    ):
        return False
    claimed, said = _ranked(claim_text, cv.span), _ranked(unit_text, ev.span)
    if not claimed or not same_words(claimed, said):
        return False  # a name follows ("the second Yatsenyuk government"): an instance
    roles = {_rank_role(claim_text, cv.span), _rank_role(unit_text, ev.span)}
    if len(roles) > 1 and "adverb" not in roles:
        return False  # "X was the 12th governor" is not set against "X appointed the 13th"
    owner = _word_before(claim_text, cv.span).replace("’", "'")
    if not owner.endswith("'s") or owner == _word_before(unit_text, ev.span).replace("’", "'"):
        return True
    return _owned_after(unit_text, ev.span, owner[:-2])


_OWNED_AFTER = re.compile(r"\A\W*[a-z]+(?:\s+[a-z]+)?\s+(?:by|of)\s+((?:[A-Z][\w.'’-]*\s*){1,4})")


def _owned_after(text: str, span: tuple[int, int], owner: str) -> bool:
    """The sentence gives the ranking's owner after the noun ("the fifth novel by Nora
    Hale" for "Nora Hale's sixth novel")."""
    found = _OWNED_AFTER.search(text[span[1] :])
    return found is not None and owner in {fold(w.strip(".,;:'’")) for w in found.group(1).split()}


def _counted(text: str, value: NumberValue, identity: tuple[Token, ...] = ()) -> str | None:
    """What a figure counts: its unit, else the noun it belongs to ("the age of 37"), else a
    noun among the few words after it ("400 propaganda and training films" counts films)."""
    if value.unit is not None:
        return normal_unit(value.unit)
    if identity:
        return identity[0].stem
    words = text[value.span[1] :].split()[:4]
    for raw in words:
        word = fold(raw.strip(",.;:()\"'"))
        if plural_noun(word):
            return normal_unit(stem(word))
        if not word.isalpha():
            break
    # "a population of 48,732", "a crowd of 40,000": the noun the figure is "of".
    before = _OF_NOUN.search(text[: value.span[0]])
    if before is not None and fold(before.group(1)) not in STOPWORDS:
        return stem(fold(before.group(1)))
    return None


_OF_NOUN = re.compile(r"\b([A-Za-z]{4,})\s+of\s+$")


def _same_count(
    cv: Value,
    ev: Value,
    claim_text: str = "",
    unit_text: str = "",
    claim_identity: tuple[Token, ...] = (),
    identity: tuple[Token, ...] = (),
    claim_tokens: Sequence[Token] = (),
    unit_tokens: Sequence[Token] = (),
) -> bool:
    """Two figures count the same thing: they count the same noun; two ordinals rank the
    same thing ("the third person" is not "first published"). The tokens are those of the
    two texts, for figures told in the same words around them."""
    if not isinstance(cv, NumberValue) or not isinstance(ev, NumberValue):
        return True
    if cv.ordinal or ev.ordinal:
        return (
            cv.ordinal == ev.ordinal
            and restriction(claim_text, cv.span[1]) == restriction(unit_text, ev.span[1])
            and (
                _word_after(claim_text, cv.span) == _word_after(unit_text, ev.span)
                or _same_rank(claim_text, cv, unit_text, ev)
            )
        )
    if _added(claim_text, cv) != _added(unit_text, ev):
        return False  # "two more films" are not all of them
    a, b = _counted(claim_text, cv, claim_identity), _counted(unit_text, ev, identity)
    if a is not None and (a == b or (b is not None and (a in b or b in a))):
        return True
    if a is not None and b is None and a == _bare_measure(unit_text, ev):
        return True  # "has a population of 5,000" / "Its population is 4,000"
    if a is None and not (_year_like(cv) or _year_like(ev)):
        # The claim's figure counts no noun after it: the noun it measures ("the
        # casualties ... were 57,225", "a population of 4,500"), else, when neither counts
        # one, the same word leading up to both ("trophies, with 13") says they answer the
        # same question.
        measured = subject_measure(claim_text, cv)
        if measured is not None:
            return measured == measured_noun(unit_text, ev)
    if a is None and b is None and not (_year_like(cv) or _year_like(ev)):
        head = _word_leading_to(claim_text, cv)
        if head in _POSITION_WORDS:
            # "number 43 on the Billboard 200" / "number 8 on the Billboard Hot 100": a place
            # on one of many lists, the same only when the words after it name the same one
            # ("debuted at No. 3" names none: perhaps another chart's, so only the same
            # place bears it out).
            if head != _word_leading_to(unit_text, ev):
                return False
            mine = _words_after(claim_text, cv)
            return mine == _words_after(unit_text, ev) or (not mine and cv.value == ev.value)
        if said_alike(cv, claim_tokens, ev, unit_tokens):
            return True  # "has declined to 121 in 2017" / "has declined to 60 in 2017"
        return head is not None and head == _word_leading_to(unit_text, ev)
    return _counted_by_synonyms(cv, ev, claim_text, unit_text)


# How many of the claim's words before a value (and after it) must stand the same around
# the sentence's value.
_ALIKE_BEFORE, _ALIKE_AFTER, _ALIKE_LEAST = 6, 4, 3


def said_alike(
    mine: Value,
    claim: Sequence[Token],
    theirs: Value,
    sentence: Sequence[Token],
    sentence_text: str = "",
) -> bool:
    """The sentence says the claim's words around its value in the claim's order: up to six
    words before it (all of them when the value comes early) and up to four after, at least
    three in all and two of them content words ("The landings on June 6, 1947, were
    costly" / "The landings on June 6, 1944, were costly but successful"). The value then
    stands where the claim's does, whatever verb a parse would find; "The bridge opened in"
    is not "a ferry that opened in". A bracket in the sentence (`sentence_text` given) is
    passed over: "The Suez Canal Company (Compagnie universelle ...) came into being on"."""
    if not sentence:
        return False
    if sentence_text:
        sentence = _outside_brackets(sentence, sentence_text, theirs.span)
    masked = _figures_masked([t.norm for t in claim if t.end <= mine.span[0]])
    before = list(reversed(_words_counted(list(reversed(masked)), _ALIKE_BEFORE)))
    after = _words_counted(
        _figures_masked([t.norm for t in claim if t.start >= mine.span[1]]), _ALIKE_AFTER
    )
    their_before = _figures_masked([t.norm for t in sentence if t.end <= theirs.span[0]])
    their_after = _figures_masked([t.norm for t in sentence if t.start >= theirs.span[1]])
    their_after = their_after[: len(after)]
    if len(before) + len(after) < _ALIKE_LEAST or their_after != after:
        return False
    if before and their_before[-len(before) :] != before:
        return False
    return sum(w not in STOPWORDS and w.isalpha() for w in before + after) >= 2


def _in_the_claims_slot(cv: ValueFacts, sv: SentenceValue, facts: ClaimFacts, unit: Unit) -> bool:
    """The sentence value stands between the words the claim's value stands between."""
    return said_alike(cv.value, facts.claim.tokens, sv.value, unit.tokens, unit.text)


def _anothers_slot(cv: ValueFacts, sv: SentenceValue, facts: ClaimFacts, unit: Unit) -> bool:
    """The sentence value stands where another value of the claim, written alike, does
    (the claim says "20" twice; this is the first's 20)."""
    return not _in_the_claims_slot(cv, sv, facts, unit) and any(
        other is not cv
        and other.value.text == cv.value.text
        and _in_the_claims_slot(other, sv, facts, unit)
        for other in facts.values
    )


def _words_counted(words: list[str], most: int) -> list[str]:
    """The first words of `words` up to `most` that are no figure, with the figures among
    them: a masked figure ("in # until his death in #") does not use up the window."""
    out: list[str] = []
    taken = 0
    for word in words:
        if word != "#":
            if taken == most:
                break
            taken += 1
        out.append(word)
    return out


# Words that open a figure: "more than 300 million", "about 40".
_FIGURE_OPENERS = frozenset(
    "more than over about around nearly almost approximately some least fewer less under".split()
)


def _figures_masked(words: list[str]) -> list[str]:
    """The words with each figure as "#" and the words that open it left out: "user base
    in 2017 was more than 300 million" and "... was 328 million" say the year alike; the
    figure is compared on its own."""
    out: list[str] = []
    for word in words:
        if _figure_word(word):
            if out and out[-1] == "#":
                continue  # one figure in many words: "328,000,000", "328 million"
            while out and out[-1] in _FIGURE_OPENERS:
                out.pop()
            word = "#"
        elif out and out[-1] == "#" and word in _FIGURE_SCALES:
            continue
        out.append(word)
    return out


# Words that write a figure, or scale the one before it ("two", "twenty-three"; "328
# million" is "328,000,000").
_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS)
_FIGURE_SCALES = frozenset(SCALES) | {HUNDRED}


def _figure_word(word: str) -> bool:
    """A word of a figure or a date: the month too ("September 6, 1561" and "6 September
    1561" are one date in either order)."""
    return (
        any(c.isdigit() for c in word)
        or word in MONTH_WORDS
        or all(part in _NUMBER_WORDS for part in word.split("-"))
    )


_BRACKET = re.compile(r"\([^()]*\)")


def _outside_brackets(toks: Sequence[Token], text: str, keep: tuple[int, int]) -> Sequence[Token]:
    """The tokens not inside a bracket, unless the bracket holds the span `keep`."""
    spans = [
        (m.start(), m.end()) for m in _BRACKET.finditer(text) if not m.start() <= keep[0] < m.end()
    ]
    if not spans:
        return toks
    return [t for t in toks if not any(a <= t.start < b for a, b in spans)]


def _year_like(value: NumberValue) -> bool:
    """A bare four-digit figure a year could be ("Press, 2017"), which its rounding would
    let agree with the years around it."""
    return value.text.isdigit() and len(value.text) == 4 and 1000 <= value.value <= 2100


_MEASURE_LINKS = frozenset({"of", "at"})
# Hedges between a measure and its figure, "an" of "an estimated 5,000" among them.
_APPROXIMATELY = frozenset(
    {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "estimated", "an"}
)
# Where a subject's head noun ends: "the population of Springfield", "the casualties for
# both sides", "the budget in 2010".
_HEAD_ENDS = frozenset(
    {"of", "for", "in", "during", "at", "on", "by", "from", "with", "among", "between", "to"}
)


def same_measure(claim_text: str, mine: NumberValue, unit_text: str, theirs: NumberValue) -> bool:
    """The claim gives its figure to the measure its subject names ("The population ... was
    5,000") and the sentence gives its own to the same measure ("a population of 4,500")."""
    noun = subject_measure(claim_text, mine)
    return noun is not None and noun == measured_noun(unit_text, theirs)


def subject_measure(text: str, value: NumberValue) -> str | None:
    """The noun a figure measures when a copula gives the figure to the subject that names it
    ("The casualties ... were 57,225"): a claim whose figure is all its predicate. A figure
    "of" a noun after a verb ("died at the age of 65") is that deed's, not this."""
    measure = _measure(text, value)
    return measure[0] if measure is not None and measure[1] in COPULAS else None


# What may own a bare measure: "Its population", "The population", "Lisk's population".
_MEASURE_OWNERS = POSSESSIVE_PRONOUNS | {"the"}


def _bare_measure(text: str, value: NumberValue) -> str | None:
    """The stem of the noun a copula gives a figure to when that noun stands alone, owned
    by no more than "its", "the" or a name ("Its population is 4,000"); None when words
    narrow it ("Its urban population", "The population of the county")."""
    words = [w.strip(",'’") for w in _words_before(text, value, ';:(",')]
    while words and fold(words[-1]) in _APPROXIMATELY:
        words.pop()
    if len(words) not in (2, 3) or fold(words[-1]) not in COPULAS:
        return None
    owner, noun = (words[0], words[1]) if len(words) == 3 else ("", words[0])
    if owner and fold(owner) not in _MEASURE_OWNERS and not owner.endswith("'s"):
        return None
    noun = fold(noun)
    if not noun.isalpha() or noun in STOPWORDS:
        return None
    return stem(noun)


def measured_noun(text: str, value: NumberValue) -> str | None:
    """The stem of the noun a figure measures when no counted noun follows it: the noun it
    is "of" or "at" ("a budget of $30 million", "population at 7,482,500"), or the head of
    the subject a copula gives it to ("The film's budget was $50 million", "The casualties
    for both sides ... were 57,225"). None otherwise."""
    measure = _measure(text, value)
    return measure[0] if measure is not None else None


def _words_before(text: str, value: NumberValue, breaks: str) -> list[str]:
    """The words between the last of `breaks` before a figure and the figure."""
    head = text[: value.span[0]]
    return head[max(head.rfind(c) for c in breaks) + 1 :].split()


def _measure(text: str, value: NumberValue) -> tuple[str, str] | None:
    """(the stem of the noun a figure measures, the word linking them: "of", "at" or a
    copula), as `measured_noun` reads it."""
    if value.ordinal:
        return None
    raw_words = _words_before(text, value, ';:("')
    words = [fold(w.strip(",'’")) for w in raw_words]
    while words and words[-1] in _APPROXIMATELY:
        words.pop()
    if not words:
        return None
    link = words.pop()
    if link in _MEASURE_LINKS:
        noun = words[-1] if words else ""
    elif link in COPULAS:
        noun = ""
        # The head of the subject: its last content word before a preposition, in the
        # part of the clause after its last comma.
        clause = " ".join(raw_words).split(",")[-1].split()[:-1]
        for raw in clause:
            word = fold(raw.strip(",'’"))
            if word in _HEAD_ENDS or word in COPULAS:
                break
            word = word[:-2] if word.endswith("'s") else word
            if word.isalpha() and word not in STOPWORDS and not raw[:1].isupper():
                noun = word
    else:
        return None
    noun = noun[:-2] if noun.endswith("'s") else noun
    if len(noun) < 3 or not noun.isalpha() or noun in STOPWORDS:
        return None
    return stem(noun), link


# How many small words may stand between a figure and the noun leading to it.
_LEAD_GAP = 1


def _word_leading_to(text: str, value: NumberValue) -> str | None:
    """The stem of the common noun a figure follows, straight or after one small word and
    a comma at most ("number 33", "trophies, with 13"); not a name ("the Dane until he was
    74"), not across a clause break."""
    for gap, raw in enumerate(reversed(_words_before(text, value, ';:()"'))):
        word = fold(raw.strip(",.'’$£€"))
        if word.endswith("'s"):
            word = word[:-2]
        if gap == 0 and raw.rstrip(".") == "No":
            return "number"  # "No. 9" is "number 9"
        if word in STOPWORDS and gap < _LEAD_GAP:
            continue
        if raw[:1].isupper() or not word.isalpha() or len(word) < 3 or not can_be_noun(word):
            return None
        return stem(word)
    return None


_POSITION_WORDS = frozenset({"number", "rank", "position", "place", "spot", "peak"})


def _words_after(text: str, value: NumberValue) -> list[str]:
    """The four words after a figure, folded, up to the end of its clause or a time told
    after it ("number 16 in 1997" is "number 16")."""
    rest = re.split(r"[,;:()]", text[value.span[1] :], maxsplit=1)[0]
    rest = _TIME_AFTER.split(rest, maxsplit=1)[0]
    words = [fold(w.strip(".\"'")) for w in rest.split()[:4]]
    return [w for w in words if w]


_TIME_AFTER = re.compile(
    r"\b(?:in|on|during|by|since|until)\s+(?:\d|(?:" + "|".join(MONTH_NAMES[1:]) + r")\b)"
)


_ADDED = frozenset({"more", "other", "further", "additional", "another"})


def _added(text: str, value: NumberValue) -> bool:
    """The figure counts some more of a thing ("two more films", "three other sons")."""
    words = _counted_words(text, value)
    return words is not None and bool(_ADDED & set(words[0]))


def _counted_by_synonyms(cv: NumberValue, ev: NumberValue, claim_text: str, unit_text: str) -> bool:
    """One thing counted under two names of it ("85 movies", "80 films"): WordNet synonyms
    of the nouns' most common sense."""
    nouns = _plural_after(claim_text, cv), _plural_after(unit_text, ev)
    if nouns[0] is None or nouns[1] is None or nouns[0] == nouns[1]:
        return False
    return bool(
        close_keys(nouns[0], stem(nouns[0]), "n") & close_keys(nouns[1], stem(nouns[1]), "n")
    )


def _plural_after(text: str, value: NumberValue) -> str | None:
    """The plural noun among the few words after a figure ("85 feature films": films)."""
    for raw in text[value.span[1] :].split()[:4]:
        word = fold(raw.strip(",.;:()\"'"))
        if plural_noun(word):
            return word
        if not word.isalpha():
            break
    return None


def _counted_words(text: str, value: NumberValue) -> tuple[list[str], list[str]] | None:
    """The words between a figure and the noun it counts, and the two words after that
    noun: (["subsequent", "scoreless"], [...]) of "16 subsequent scoreless innings"; None
    when no counted noun follows within four words."""
    words = [fold(w.strip(",.;:()\"'")) for w in text[value.span[1] :].split()[:7]]
    for i, word in enumerate(words[:5]):
        if not word.replace("-", "").isalpha():
            return None  # a compound of words ("half-hour episodes") qualifies, a figure ends
        if (value.unit is not None and _is_unit(word, value.unit)) or (
            value.unit is None and plural_noun(word)
        ):
            return words[:i], words[i + 1 : i + 3]
    return None


# Words before a figure that take some of a series: "the first three seasons".
_SERIES_PART = frozenset(
    {"first", "last", "final", "initial", "opening", "next", "previous", "past"}
)


def _first_few(text: str, value: NumberValue) -> str | None:
    """The word that makes a figure the first or last few of a series, if any."""
    before = text[: value.span[0]].split()[-1:]
    word = fold(before[0].strip(",'’")) if before else ""
    return word if word in _SERIES_PART else None


def _is_unit(word: str, unit: str) -> bool:
    """The word names the figure's unit ("episodes" of the unit "episode")."""
    return normal_unit(stem(word)) == unit or stem(word) == stem(unit)


def _compound_head(text: str, value: NumberValue) -> str | None:
    """The noun a figure joined to its unit qualifies: "package" of "the thirteen-point
    package"."""
    if "-" not in value.text or not value.text[-1].isalpha():
        return None
    after = text[value.span[1] :].split()[:1]
    word = fold(after[0].strip(",.;:()\"'")) if after else ""
    return word if word.isalpha() and word not in STOPWORDS else None


def _other_count(claim_text: str, cv: Value, unit_text: str, ev: Value) -> bool:
    """Two figures of one noun that still count different things: one side qualifies the
    noun and the other does not ("16 scoreless innings", "17 innings"), or the sentence
    counts it with others ("130,000 soldiers and civilians")."""
    if not isinstance(cv, NumberValue) or not isinstance(ev, NumberValue) or cv.ordinal:
        return False
    if _first_few(claim_text, cv) != _first_few(unit_text, ev):
        return True  # "the first three seasons" are some of "six seasons"
    heads = _compound_head(claim_text, cv), _compound_head(unit_text, ev)
    if heads[0] and heads[1]:
        # "the thirteen-point package" / "the twelve-point protocol": two documents.
        keys = [close_keys(h, stem(h)) for h in heads]
        return not keys[0] & keys[1]
    claimed, said = _counted_words(claim_text, cv), _counted_words(unit_text, ev)
    if claimed is None or said is None:
        return False

    def qualifiers(words: list[str]) -> set[str]:
        return {stem(w) for w in words if w not in STOPWORDS}

    if qualifiers(claimed[0]) != qualifiers(said[0]):
        # Either side counts a part ("17 innings", "16 scoreless innings"), unless the
        # claim's part is more than the sentence's whole: "three league titles" against all
        # her "two titles" is a conflict.
        return bool(qualifiers(said[0])) or cv.low <= ev.high
    after = said[1]
    return (
        len(after) > 1
        and after[0] in ("and", "or")
        and after[1].isalpha()
        and not inflected_verb(after[1])  # "lasted two days and ended": a new clause
        and claimed[1][:2] != after[:2]
    )


# Events that recur, so that a date or a year names one of them (values.lexicon).
_RECURRING = RECURRING_EVENTS


def _instance(span: tuple[int, int], toks: Sequence[Token]) -> bool:
    """The value at `span` names which of a recurring event is meant ("ran in the 2004
    presidential election", "the election of 5 January 2008"), not when something
    happened: a like event in another year is another instance, no conflict. An event
    named otherwise as well ("the 2008 Bucharest Summit") is one of a kind."""
    start, end = span
    inside = [t for t in toks if t.start >= start and t.end <= end]
    if any(_ordinal(t.norm) for t in inside):
        return False  # an ordinal ("the third term"): _ordinal_instances
    if not any(_YEAR_WORD.fullmatch(t.norm) or t.norm in MONTH_WORDS for t in inside):
        return False  # a count ("lasted nine seasons", "won three elections") names none
    last = end
    for tok in [t for t in toks if t.start >= end][:4]:
        if tok.start - last > 1:
            break  # a comma or a bracket between ("from 2005 to 2013, lasting nine seasons")
        last = tok.end
        if tok.norm in _RECURRING:
            return True
        if tok.norm in STOPWORDS or (tok.capitalised and not demonym(tok)):
            break
    before = [t for t in toks if t.end <= start][-3:]
    return (
        len(before) >= 2
        and before[-1].norm == "of"
        and before[-2].norm in _RECURRING
        and not (len(before) == 3 and before[0].capitalised and not demonym(before[0]))
    )


_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split()
)


def _ordinal(word: str) -> bool:
    """ "third", "twenty-second", "14th"."""
    return word.split("-")[-1] in _ORDINALS or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", word))


def ordinal_instances(toks: Sequence[Token]) -> set[str]:
    """Ordinals that say which of a recurring event is meant: "the fourteenth meeting",
    "the second Yatsenyuk government" (names may stand between)."""
    out: set[str] = set()
    for i, tok in enumerate(toks):
        if not _ordinal(tok.norm):
            continue
        for nxt in toks[i + 1 : i + 4]:
            if nxt.norm in _RECURRING:
                out.add(tok.norm)
                break
            if not nxt.capitalised:
                break
    return out


def _says_all(unit: Unit, facts: ClaimFacts) -> bool:
    """The sentence says every word of the claim's predicate (through its keys)."""
    here = unit.common | unit.concepts
    words = predicate_words(facts)
    # Exact stems and synonyms: a group of loosely related words ("win", "run", "vote")
    # would make "ran in the 2004 election" say "won".
    return bool(words) and all(
        ({k for k in w.keys if not k.startswith("#")} | w.narrow) & here for w in words
    )


def _elsewhere(
    unit: Unit, facts: ClaimFacts, vocabulary: frozenset[str] = frozenset(), count: bool = False
) -> bool:
    """The sentence names an instance of a recurring event ("The 2024 budget, signed on 27
    November 2023, ...") that the claim does not name as its own: its values date that
    instance, and none conflicts with the claim. For a `count`, any date of the claim's
    may name the instance."""
    named = [cv.value for cv in facts.values if _instance(cv.value.span, facts.claim.tokens)]
    if (
        named
        and _says_all(unit, facts)
        and _tells_a_deed(facts)
        and not _instance_named(named, facts, vocabulary)
    ):
        # "Yanukovych won the presidential election of 2013" against "... won the
        # presidential election of 2010": the same deed, of the same kind of event, the
        # article's instance against the claim's. A sentence of another deed ("ran in the
        # 2004 election", "The 2024 budget, signed ...") stays another instance; so does
        # the same deed when the article names the claim's instance too: a deed that recurs
        # ("won the election of 4 January 2004" / "won the election of 5 January 2008").
        return False
    ordinals = ordinal_instances(unit.tokens)
    if ordinals and not ordinals <= ordinal_instances(facts.claim.tokens):
        return True  # "The fourteenth meeting, held in Sochi from 16 to 19 October 2017"
    if _counted_instance(unit.tokens, facts):
        return True  # "hosted its first joint exercise in 2001"
    if count:
        # "The population was 5,000 in 2010" / "4,500 at the 2010 census": the claim's own
        # date says which census its figure is of.
        named += [cv.value for cv in facts.values if isinstance(cv.value, DateValue)]
    return any(
        _instance(sv.value.span, unit.tokens)
        and not any(
            _compare(value, sv.value) in (Agreement.SAME, Agreement.WITHIN, Agreement.COARSER)
            for value in named
        )
        for sv in sentence_values(unit)
    )


# Words by which a claim counts its thing without an ordinal ("her debut album").
_COUNTING = frozenset("debut maiden inaugural last final latest only".split())


def _counted_instance(toks: Sequence[Token], facts: ClaimFacts) -> bool:
    """The sentence counts which of the claim's things it speaks of ("its first joint
    exercise", for "a joint exercise was held in 2016"), and the claim says no such count
    anywhere: the sentence dates one of several, not the claim's."""
    claim_norms = {t.norm for t in facts.claim.tokens}
    if claim_norms & _COUNTING or any(_ordinal(n) for n in claim_norms):
        return False
    stems = {w.token.stem for w in facts.claim.words if not w.token.capitalised}
    for i, tok in enumerate(toks):
        if not _ordinal(tok.norm):
            continue
        for nxt in toks[i + 1 : i + 4]:
            if nxt.capitalised or nxt.norm in STOPWORDS or verb_like(nxt):
                # "was first elected in 2008" dates the earliest deed: an earlier claimed
                # election still conflicts.
                break
            if nxt.stem in stems:
                return True
    return False


def _tells_a_deed(facts: ClaimFacts) -> bool:
    """The claim has a verb of its own ("won", "delivered"), not only the event's name
    ("After the parliamentary election of 26 October 2014")."""
    return any(
        not w.subject and inflected_verb(w.token.norm) and can_be_verb(w.token.norm)
        for w in facts.claim.words
    )


def _instance_named(values: Sequence[Value], facts: ClaimFacts, vocabulary: frozenset[str]) -> bool:
    """The evidence names the claim's instance of its recurring event ("the presidential
    election of 4 January 2004", "the 2004 election"): see matching.instance_keys."""
    nouns = {event_noun(t.norm) for t in facts.claim.tokens if t.norm in _RECURRING}
    return any(
        instance_key(year, noun) in vocabulary
        for v in values
        for year in _YEAR_WORD.findall(v.text)
        for noun in nouns
    )


_YEAR_WORD = re.compile(r"\b\d{4}\b")


def _another_claims(value: Value, cv: ValueFacts, facts: ClaimFacts) -> bool:
    """Another of the claim's values agrees with this one: the sentence speaks of that
    ("spending in 2025" beside a budget "for 2025–2027" approved "on 21 November 2024"), so
    it is no other date for this one."""
    for other in facts.values:
        if other is cv or type(other.value) is not type(value):
            continue
        agreement = _compare(other.value, value)
        if agreement is Agreement.WITHIN and _as_fine_as(cv.value, value):
            # "On 17 May 2014, ... for the 2011 earthquake" against "On 17 May 2011": a day
            # is the counterpart of the claim's day, not of its year.
            continue
        if agreement in (Agreement.SAME, Agreement.WITHIN, Agreement.COARSER):
            return True
    return False


def _census_of(cv: ValueFacts, sv: SentenceValue, facts: ClaimFacts) -> bool:
    """The claim dates one of its figures ("The population was 4,500 in 2010") and the
    sentence names the count of that year ("4,500 at the 2010 census"): the instance's
    date is the claim's."""
    return (
        isinstance(cv.value, DateValue)
        and isinstance(sv.value, DateValue)
        and any(
            isinstance(other.value, NumberValue) and not other.value.ordinal
            for other in facts.values
            if other is not cv
        )
        and _compare(cv.value, sv.value) in (Agreement.SAME, Agreement.COARSER)
    )


def _as_fine_as(mine: Value, theirs: Value) -> bool:
    """Two dates told to the same precision (both a day, both a month; both a span of
    days, "on 25–29 June 2004" / "on 28–29 June 2004")."""
    return (
        isinstance(mine, DateValue)
        and isinstance(theirs, DateValue)
        and mine.is_range == theirs.is_range
        and mine.precision == theirs.precision
    )


# What may stand in a parenthesis before the value it gives of the name before it: "(born
# 16 April 1964)", "(born in 1964)", "(b. 1964)", "(1938–1941)", "(March 22, 1963 – August
# 5, 2011)".
_OWN_PARENTHESIS = re.compile(
    r"\s*(?:(?:born|b\.|died|d\.|c\.|circa|née|nee)\s*(?:(?:in|on)\s+)?)?"
    r"(?:[\w ,.]{0,20}\d{3,4}\s*[–—-]\s*)?",
    re.I,
)


def owner_run(text: str, toks: Sequence[Token], start: int) -> list[Token]:
    """The name a value in parentheses belongs to ("Sean Quinn (born February 7, 1973)"):
    the capitalised words right before the parenthesis; empty when the value stands
    otherwise."""
    opening = text.rfind("(", 0, start)
    if opening < 0 or not _OWN_PARENTHESIS.fullmatch(text[opening + 1 : start]):
        return []
    run: list[Token] = []
    for tok in reversed([t for t in toks if t.end <= opening]):
        if not tok.capitalised or tok.end < (run[0].start if run else opening) - 1:
            break
        run.insert(0, tok)
    return run


# ", signed on" right before a date: the date of the name before the comma ("the Charter
# of Paris for a New Europe, signed on 21 November 1990, turned ...").
_APPOSITIVE = re.compile(r"[A-Za-z)],\s+[a-z]+ed\s+(?:on|in)\s+$")
_NAME_CONNECTORS = frozenset({"of", "for", "a", "an", "the", "and", "de", "on"})


def dated_appositive(text: str, toks: Sequence[Token], start: int) -> list[Token]:
    """The name an appositive date belongs to ("the Charter of Paris for a New Europe,
    signed on 21 November 1990"): the capitalised run, with its small words, before the
    comma, after "the"; empty when the date stands otherwise."""
    m = _APPOSITIVE.search(text[:start])
    if m is None:
        return []
    run: list[Token] = []
    before = [t for t in toks if t.end <= m.start() + 1]
    for tok in reversed(before):
        if run and any(c in text[tok.end : run[0].start] for c in ",;:()"):
            break
        if tok.capitalised or (run and tok.norm in _NAME_CONNECTORS):
            run.insert(0, tok)
        else:
            break
    # A document's or body's name, after "the" ("the Charter of Paris ..."); a place after
    # "from" ("a band from Franklin, Tennessee, disbanded in 2004") is no owner of the date.
    if not run or run[0].norm != "the":
        return []
    run.pop(0)
    while run and not run[0].capitalised:
        run.pop(0)
    return run if len(run) >= 2 else []


def _appositive_of_another(sv: SentenceValue, unit: Unit, facts: ClaimFacts) -> bool:
    run = dated_appositive(unit.text, unit.tokens, sv.value.span[0])
    if run:
        return not any(match_name(n, run, facts.words).status in MET for n in facts.names)
    owner = {t.norm for t in clause_owner(unit.text, unit.tokens, sv.value.span[0])}
    # The owner is one of the claim's names when one holds the other ("Hale" for "Nora
    # Hale"); "Lisk FC" is not "Tarn FC", though they share a word.
    return bool(owner) and not any(
        owner <= (words := {w.norm for w in n.words}) or words <= owner for n in facts.names
    )


# A clause hung on a name by a comma, the value inside it: "Paul Dunn, who was born in",
# "Lisk FC, founded in".
# A relative clause whose subject is the name ("who was born"), not one whose subject is
# another ("which Ukrainian forces retook on 13 June": the retaking's date).
_HUNG_CLAUSE = re.compile(
    r"[A-Za-z)],\s+(?:(?:who|which)\s+(?!(?:the|a|an|its|his|her|their)\s)[a-z]\w*\s+"
    r"(?:\w+\s+){0,3}?|[a-z]+ed\s+)(?:on|in)\s+$"
)
# Before a place, not an owner: "a band from Franklin, Tennessee, formed in 2004".
_PLACE_LEADS = frozenset({"in", "at", "from", "near", "to"})


def clause_owner(text: str, toks: Sequence[Token], start: int) -> list[Token]:
    """The name a clause hung on it by a comma dates ("married Paul Dunn, who was born in
    1948"; "merged with Lisk FC, founded in 1895"): the capitalised run before the comma,
    not the sentence's first words and not a place after "in" or "from". Empty otherwise."""
    m = _HUNG_CLAUSE.search(text[:start])
    if m is None:
        return []
    before = [t for t in toks if t.end <= m.start() + 1]
    run: list[Token] = []
    for tok in reversed(before):
        if run and any(c in text[tok.end : run[0].start] for c in ",;:()"):
            return []  # "Franklin, Tennessee": a place and its region
        if tok.capitalised:
            run.insert(0, tok)
        else:
            break
    if not run or run[0] is toks[0]:
        return []
    k = next(i for i, t in enumerate(toks) if t is run[0])
    if toks[k - 1].norm in _PLACE_LEADS or toks[k - 1].norm == "the":
        return []  # a place, or a document's name (dated_appositive's)
    if any(t.norm == "by" for t in toks[max(0, k - 3) : k]):
        return []  # "a novel by American author Nathaniel Hawthorne, published in 1850"
    return run


def _owned_otherwise(cv: ValueFacts, sv: SentenceValue, unit: Unit, facts: ClaimFacts) -> bool:
    """The claim's value belongs to a name other than its subject ("daughter Antonia Quinn
    (born July 23, 1993)"), and the sentence's value to no such name or to another one
    ("Francesco Quinn (March 22, 1963 – ...)"): two people's dates."""
    mine = owner_run(facts.text, facts.claim.tokens, cv.value.span[0])
    # The subject's own mention ("Anthony Quinn (born 1915) was ..."), not a later name
    # that shares a word of it ("daughter Antonia Quinn (born 1993)").
    if not mine or any(n.start <= mine[-1].start < n.end for n in facts.subject_names):
        return False
    theirs = owner_run(unit.text, unit.tokens, sv.value.span[0])
    return [t.norm for t in mine] != [t.norm for t in theirs]


def of_another_name(sv: SentenceValue, unit: Unit, facts: ClaimFacts) -> bool:
    """The value is given in parentheses after a name that is not the claim's subject
    ("Sean Quinn (born February 7, 1973)" in the article on Anthony Quinn): it is that
    one's date or figure, whatever else the sentence is about."""
    run = owner_run(unit.text, unit.tokens, sv.value.span[0])
    if not run:
        return False
    owners = facts.subject_names
    if owners:
        if run[0] is unit.tokens[0] and any(
            match_name(n, list(unit.tokens), facts.words).status in MET for n in owners
        ):
            # "Johanna Mansfield Sullivan Macy (June 14, 1866 – ...), better known as Anne
            # Sullivan": an article's first words name its subject in full.
            return False
        return not any(match_name(n, run, facts.words).status in MET for n in owners)
    # A claim that names no subject ("He held office from 1198") is about the article's:
    # a name before the parenthesis that lacks a word of the title is someone else
    # ("Innocent II (1130–1143)" in "Pope Innocent III"), unless it opens the sentence.
    title = {t.norm for t in title_tokens(unit.title) if t.norm not in STOPWORDS}
    return bool(title) and run[0] is not unit.tokens[0] and not title <= {t.norm for t in run}


_RELATIVE = re.compile(r",\s+(?:whom|who)\s")


def relative_of_another_person(sv: SentenceValue, unit: Unit, facts: ClaimFacts) -> bool:
    """The value stands in a relative clause about a person the claim does not name
    ("... costume designer Jolanda Addolori, whom he married in 1966", for a claim of his
    first marriage to Katherine DeMille): it is that person's deed's date."""
    start = sv.value.span[0]
    opened = None
    for m in _RELATIVE.finditer(unit.text, 0, start):
        opened = m
    if opened is None or any(c in unit.text[opened.end() : start] for c in ",;:()"):
        return False
    if _RELATIVE.search(facts.text):
        return False  # the claim tells the same relative clause
    toks = list(unit.tokens)
    head = unit.text[: opened.start()].rstrip()
    if head.endswith(")") and "(" in head:
        head = head[: head.rfind("(")].rstrip()  # "Makachinga (Black Dog), whom ..."
    before = [k for k, t in enumerate(toks) if t.end <= len(head)]
    if not before:
        return False
    run, _k = name_run_before(toks, unit.text, before[-1])
    if len(run) < 2:
        return False  # a full name, not a sentence's first word
    return not any(match_name(n, run, facts.words).status in MET for n in facts.names)


def listed_for_another(sv: SentenceValue, unit: Unit, facts: ClaimFacts) -> bool:
    """The value is one item of a list of names and their dates ("joined by Greece and
    Turkey in 1952, West Germany in 1955 and Spain in 1982"), after a name the claim does
    not give, in a sentence that gives the claim's: it is that name's."""
    toks = list(unit.tokens)
    at = next((k for k, t in enumerate(toks) if t.start >= sv.value.span[0]), None)
    if at is None or at < 2 or toks[at - 1].norm not in ("in", "on"):
        return False
    run, k = name_run_before(toks, unit.text, at - 2)
    if not run or k < 0:
        return False
    if any(match_name(n, run, facts.words).status in MET for n in facts.names):
        return False
    if toks[k].norm == "the" and k > 0:
        k -= 1  # "and the European Union in 2004"
    gap = unit.text[toks[k].end : run[0].start]
    if "," not in gap and toks[k].norm != "and":
        # The list's first item ("joined NATO in 1999 and the European Union in 2004"):
        # that name's, when the claim's name comes later with a date of its own.
        return _claim_name_dated_after(unit.text[sv.value.span[1] :], facts)
    return any(match_name(n, toks, facts.words).status in MET for n in facts.names)


def _claim_name_dated_after(rest: str, facts: ClaimFacts) -> bool:
    subject = {id(n) for n in facts.subject_names}
    for name in facts.names:
        if id(name) in subject:
            continue
        pattern = r"(?:,|\band)\s+(?:the\s+)?" + re.escape(name.text) + r"\s+(?:in|on)\s+[\w]"
        if re.search(pattern, rest, re.IGNORECASE):
            return True
    return False


def refines(value: Value, coarse: Value, claim_value: Value) -> bool:
    """A date given as finely as the claim's that lies inside the coarser one that agrees
    with the claim ("December 7, 1941" inside "1941", for "December 10, 1941"): the finer
    tells the claim's date otherwise. Not a vaguer one ("the 1930s"), nor one outside
    ("November 1935" beside "1934", for "early October 1934"): another event's."""
    return (
        isinstance(value, DateValue)
        and isinstance(claim_value, DateValue)
        and value.precision <= claim_value.precision
        and _compare(value, coarse) is Agreement.COARSER
    )


def _not_found(kind: ValueKind, claim_value: Value, set_aside: bool = False) -> ValueReading:
    return ValueReading(
        ValueCheck(kind, claim_value.text, ValueStatus.NOT_FOUND), -1, 0.0, set_aside=set_aside
    )


def _contradicted(kind: ValueKind, claim_value: Value, sv: SentenceValue, tie: int) -> ValueReading:
    return ValueReading(
        ValueCheck(kind, claim_value.text, ValueStatus.CONTRADICTED, found=sv.value.text),
        tie,
        0.0,
        sv,
    )


def read_value(
    cv: ValueFacts, unit: Unit, facts: ClaimFacts, vocabulary: frozenset[str] = frozenset()
) -> ValueReading:
    claim_value = cv.value
    kind = ValueKind.DATE if isinstance(claim_value, DateValue) else ValueKind.NUMBER
    state = isinstance(claim_value, DateValue) and _state(cv, facts)
    claim_end_point = _end_point(cv)
    agreeing: list[tuple[SentenceValue, int, float]] = []
    disagreeing: list[tuple[SentenceValue, int]] = []
    periods_out: list[SentenceValue] = []
    set_aside = False
    # A sentence on another instance of a recurring event ("The 2024 budget, signed on 27
    # November 2023, ...") dates that instance: none of its values conflicts with a claim
    # that does not name it.
    elsewhere = _elsewhere(unit, facts, vocabulary, count=kind is ValueKind.NUMBER)
    claims_instance = _instance(cv.value.span, facts.claim.tokens)
    price_year = _price_base_year(facts.text, claim_value)
    for sv in sentence_values(unit):
        if _price_base_year(unit.text, sv.value) != price_year:
            continue  # "$250,000 ($3.6 million in 2019)": a year of prices, not of the deed
        if price_year:
            if _compare(claim_value, sv.value) is Agreement.SAME:
                agreeing.append((sv, 2, 1.0))
            continue  # another year's prices are no conflict
        if not _same_name_dated(cv, sv) and (
            of_another_name(sv, unit, facts) or listed_for_another(sv, unit, facts)
        ):
            continue
        if relative_of_another_person(sv, unit, facts):
            continue
        if _owned_otherwise(cv, sv, unit, facts) or _appositive_of_another(sv, unit, facts):
            continue
        if not claims_instance and _instance(sv.value.span, unit.tokens):
            if _census_of(cv, sv, facts):
                agreeing.append((sv, 2, 1.0))
            elif _compare(claim_value, sv.value) is Agreement.SAME:
                # "ranked in 2017" / "a 2017 study ranked": the instance's year is the
                # claim's, less surely the deed's own.
                agreeing.append((sv, 1, COARSER_FACTOR))
            continue  # "the 2024 budget" says which budget, not when it was signed
        if _group_counted(unit.text, sv.value.span[0]) and not _group_counted(
            facts.text, cv.value.span[0]
        ):
            continue  # "one of five children" counts her siblings, not her children
        if cv.anchor.in_name:
            # "the Meiji Restoration of 1868" compares only with the same name's value.
            if not (
                sv.anchor.in_name
                and {t.norm for t in sv.anchor.identity} & {t.norm for t in cv.anchor.identity}
            ):
                continue
            tie = 2
        elif sv.anchor.in_name and sv.role is None:
            # "Prism (2013)" dates Prism: it counts when the claim names Prism (as a name:
            # "declared war" does not name "the Russo-Japanese War of 1904–1905").
            if not _names_the_name(sv, unit, facts):
                continue
            tie = 2
        else:
            tie = _tie(cv, sv, facts, unit.text, unit.tokens)
        if tie < 0:
            continue
        evidence_value = sv.value
        if (
            isinstance(claim_value, DateValue)
            and claim_value.start.year == YEARLESS
            and (
                not isinstance(evidence_value, DateValue)
                or evidence_value.is_range
                or evidence_value.precision > Precision.MONTH
            )
        ):
            continue  # "in July" says nothing of which years "from 2002 to 2017" holds
        if state and isinstance(claim_value, DateValue) and claim_value.start.year == YEARLESS:
            continue  # "was at war in July": of which year, the claim does not say
        # A claim's own range ("from 2005 to 2017") states its ends, compared as such below;
        # a point in time ("President in 2008") is borne out by any period holding it.
        claim_range = isinstance(claim_value, DateValue) and claim_value.is_range
        if (
            state
            and not claim_range
            and isinstance(claim_value, DateValue)
            and isinstance(evidence_value, DateValue)
            and not evidence_value.is_range
            and _lasted_to(claim_value, evidence_value, _state_bound(sv))
        ):
            # "was mayor in 2005" / "became mayor in 2003", "resigned as mayor in 2008": the
            # state may well have held then.
            continue
        period = _period_of(sv) if state and not claim_range else None
        if period is not None and isinstance(claim_value, DateValue):
            start, end = period
            inside = start <= claim_value.end and (end is None or claim_value.start <= end)
            if inside:
                agreeing.append((sv, tie, 1.0))
            elif end is not None and not elsewhere:
                periods_out.append(sv)
            continue
        bounded = _bound_agreement(cv, claim_value, sv, evidence_value)
        if bounded is not None:
            if bounded:
                agreeing.append((sv, tie, 1.0))
            elif not elsewhere:
                disagreeing.append((sv, tie))
            continue
        ranged = isinstance(evidence_value, DateValue) and evidence_value.is_range
        end_point = claim_end_point
        # "was elected mayor in 2005", "resigned in 2005" against "mayor from 2001 to 2009":
        # the period's start (end) can bear the deed out; another date may be a re-election.
        soft = end_point is None and ranged and _accession_or_leaving(cv) is not None
        if soft:
            end_point = _accession_or_leaving(cv)
        if cv.anchor.role in ("until", "till") and ranged and end_point is None:
            # "served as mayor until 1998" dates the end of "from 1990 to 1998".
            end_point = "end"
        by_bound = _completed_by(cv.anchor.role, sv.anchor.role)
        if (
            not _roles_fit(cv.anchor.role, sv.anchor.role, isinstance(claim_value, NumberValue))
            and not (end_point and ranged)
            and not by_bound
        ):
            continue
        compared: Value = evidence_value
        if cv.anchor.role in ("since", "from") and ranged:
            # "ruled from the early 17th century" dates the start of "from 1603 to 1868".
            end_point = "start"
        if (
            end_point
            and ranged
            and not soft
            and not (sv.anchor.in_name or sv.anchor.identity)
            and _deed_verb(sv.anchor.governors) != _deed_verb(cv.anchor.governors)
            and _span_of_another(sv, facts)
        ):
            # "Nora Hale fought in the war from 1915 to 1919" is her span within the war,
            # not when the war began or ended.
            continue
        if end_point and ranged:
            assert isinstance(evidence_value, DateValue)
            ends = split_range(evidence_value)
            compared = ends[0] if end_point == "start" else ends[1]
            bound = cv.anchor.role
            if bound in ("before", "after") and isinstance(claim_value, DateValue):
                # "ended before 1810" against "from 1801 to 1805": the end against the bound.
                assert isinstance(compared, DateValue)
                if _beyond(bound, claim_value, compared):
                    agreeing.append((sv, tie, 1.0))
                elif not elsewhere:
                    disagreeing.append((sv, tie))
                continue
        value_for_claim: Value = claim_value
        if isinstance(claim_value, DateValue) and claim_value.start.year == YEARLESS:
            # "born in May": the month in the evidence's own year.
            if not isinstance(compared, DateValue) or compared.precision > Precision.MONTH:
                continue
            year = compared.start.year
            month = claim_value.start.month
            if claim_value.precision == Precision.DAY:
                # "on 21 February": the day in the evidence's own year.
                when = Day(year, month, claim_value.start.day)
                value_for_claim = dataclasses.replace(claim_value, start=when, end=when)
            else:
                value_for_claim = dataclasses.replace(
                    claim_value,
                    start=Day(year, month, 1),
                    end=Day.last_of_month(year, month),
                    precision=Precision.MONTH,
                )
        if not _same_count(
            value_for_claim,
            compared,
            facts.text,
            unit.text,
            cv.anchor.identity,
            sv.anchor.identity,
            facts.claim.tokens,
            unit.tokens,
        ):
            continue
        if (
            isinstance(value_for_claim, NumberValue)
            and isinstance(compared, NumberValue)
            and not compared.ordinal
            and _counted_by_synonyms(value_for_claim, compared, facts.text, unit.text)
        ):
            compared = dataclasses.replace(compared, unit=value_for_claim.unit)
        agreement = (
            _compare_ranges(value_for_claim, compared)
            or _compare_bounds(value_for_claim, compared)
            or _compare(value_for_claim, compared)
        )
        if claim_range and _is_range(evidence_value):
            # Two ranges: by their two ends, whatever end a role points at.
            agreement = _compare_ranges(value_for_claim, evidence_value) or agreement
        if agreement is None or agreement is Agreement.INCOMPARABLE:
            continue
        if soft and agreement.conflict:
            continue
        if agreement.conflict and end_point is None and _held_within(cv, sv, value_for_claim, unit):
            continue
        if claim_range and agreement is Agreement.WITHIN and not _is_range(evidence_value):
            # "lasted from 1920 to 1921" is not borne out by the "1921" of "from 1917 to
            # 1921", nor by any one date inside it: a range is settled by its two ends. (A
            # vaguer span that holds it, "the second half of the 1980s", still agrees.)
            continue
        if agreement is Agreement.COARSER and _open_bound(compared):
            continue  # "more than 100 million" bounds 250 million, it does not say it
        if agreement in (Agreement.SAME, Agreement.WITHIN, Agreement.COARSER):
            factor = 1.0 if agreement is not Agreement.COARSER else COARSER_FACTOR
            if not by_bound or agreement is not Agreement.COARSER:
                agreeing.append((sv, tie, factor))
        elif (
            agreement.conflict
            and not by_bound
            and not _another_claims(evidence_value, cv, facts)
            and not _other_count(facts.text, value_for_claim, unit.text, compared)
        ):
            if not elsewhere:
                disagreeing.append((sv, tie))
            elif tie >= 2:
                set_aside = True
    if len(sentence_values(unit)) > 1:
        # With several values in the sentence, one that nothing ties to the claim's event
        # may be another event's ("Governor ... from May 2015, and President ... from 2004").
        agreeing = [a for a in agreeing if a[1] >= 1]
    best_agree = max(agreeing, key=lambda a: (a[1], a[2]), default=None)
    # Of values as closely tied, the one its own verb governs is the claim's ("founded in
    # March 1990 and opened in June of that year", for "opened in July").
    best_disagree = max(disagreeing, key=lambda d: (d[1], _same_verb(cv, d[0])), default=None)
    if (
        best_agree is not None
        and best_disagree is not None
        and best_disagree[1] >= 2
        and best_agree[1] < 2
        and len(agreeing) == 1
        and _same_verb(cv, best_disagree[0])
    ):
        # "founded in 1988 ..., took its present name in 1990": the value tied to the
        # claim's own deed differs; the one that agrees is only near it. Neither settles it,
        # unless the agreeing one is plainly another verb's ("became independent in 1905
        # and joined the European Union in 1995", for "joined ... in 1905").
        if _another_verbs(best_agree[0], cv):
            return _contradicted(kind, claim_value, *best_disagree)
        return _not_found(kind, claim_value)
    if (
        best_agree is not None
        and best_disagree is not None
        and best_agree[2] < 1.0
        and best_disagree[1] >= max(2, best_agree[1])
        and refines(best_disagree[0].value, best_agree[0].value, claim_value)
    ):
        # "on December 10, 1941" against "an embargo in 1941, ... attacked on December 7,
        # 1941": the date at the claim's own precision differs; the year that agrees says
        # less. Neither settles it.
        return _not_found(kind, claim_value)
    if (
        best_agree is not None
        and best_disagree is not None
        and best_agree[1] >= 2
        and best_disagree[1] >= 2
        and _in_the_claims_slot(cv, best_disagree[0], facts, unit)
        and _anothers_slot(cv, best_agree[0], facts, unit)
    ):
        # "one published in 1833, of 20 stanzas, the other in 1842, of 20 stanzas" against
        # "..., of 19 stanzas": the claim's second 20 stands where the 19 does; the 20 that
        # agrees is the first's.
        return _contradicted(kind, claim_value, *best_disagree)
    if best_agree is not None and (
        best_agree[1] >= 1 or best_disagree is None or best_disagree[1] < 2
    ):
        sv, tie, factor = best_agree
        return ValueReading(
            ValueCheck(kind, claim_value.text, ValueStatus.CONFIRMED, found=sv.value.text),
            tie,
            factor,
            agreeing=sv,
        )
    if best_disagree is not None:
        return _contradicted(kind, claim_value, *best_disagree)
    if periods_out:
        sv = periods_out[0]
        return _contradicted(kind, claim_value, sv, _tie(cv, sv, facts, unit.text, unit.tokens))
    return _not_found(kind, claim_value, set_aside)
