"""The ways a sentence can contradict a claim, each a small named rule.

A contradiction needs a *positive* conflict: a sentence about the claim's subject and event
that states something the claim cannot be true beside. What a sentence leaves unsaid is
never a conflict. Each rule has a stable code, which verdicts, reports and the benchmark's
false-alarm table use:

| code | name | fires when the sentence ... |
|---|---|---|
| FC101 | date-conflict | dates the claim's own event (same verb or event noun) otherwise |
| FC102 | figure-conflict | counts the same thing for the same event otherwise |
| FC103 | period-conflict | puts the claim's state (an office) in periods that leave its date out |
| FC104 | before-birth | dates the claim's person's deed on or before the birth the sentence gives |
| FC201 | misspelt-name | spells a name of the claim otherwise, next to the rest of the name |
| FC202 | other-agent | names another maker for the claim's work ("directed by ...") |
| FC301 | other-organisation | ties the claim's event ("a NATO summit") to another body |
| FC302 | other-direction | puts the claim's place in another direction |
| FC303 | other-place | puts the claim's subject or event in another place, not within it |
| FC304 | other-holder | says all the claim says, of another name in its subject's place |
| FC305 | other-object | the claim's deed, on its date, done to another body or person |
| FC306 | other-name | says the claim word for word, with another name where the claim's stands |
| FC307 | other-channel | airs the claim's show on another network ("aired on CBS" / "on ABC") |
| FC401 | negation | negates what the claim asserts, or asserts what it denies |
| FC402 | opposite | uses the opposite of a claim word where the claim has it |
| FC403 | other-kind | says the claim's subject is another, exclusive kind of thing |
| FC404 | other-rank | ranks the claim's subject otherwise ("the largest" / "the second-largest") |

Every rule also demands that the sentence be about the claim's subject (`context.about`)
and cover enough of the claim; thresholds are named constants here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

from factcheck import wordnet
from factcheck.engine.another_time import (
    PAST_IRREGULAR,
    after_the_first,
    an_nth_time,
    another_occasion,
    count_in_a_period,
    count_of_another_time,
    denied_at,
    narrowed_noun,
    of_another_time,
    one_of_many,
    replaced_head,
    round_year_near,
    rounded_to,
    state_ended,
    then_and_now,
    then_not_now,
    told_of_a_part,
)
from factcheck.engine.context import (
    ABOUT_ALONE,
    ABOUT_REFERRED,
    ABOUT_TITLE,
    SentenceContext,
    soft_name,
    subject_starts,
)
from factcheck.engine.facts import ClaimFacts, ValueFacts, common_word, predicate_words
from factcheck.engine.instances import another_instance
from factcheck.engine.kinds import claim_predicate, demonym, kind_conflict, predicate_list
from factcheck.engine.kinds import kind_of as kind_of_word
from factcheck.engine.lexical import (
    broader_words,
    can_be_noun,
    can_be_verb,
    close_keys,
    common_spelling,
    inflected_verb,
    noun_of_verb,
    opposite_stems,
    phrasal_keys,
    plain_word,
    plainly_narrower,
    plural_noun,
    same_verb,
    stem_keys,
    token_keys,
    word_keys,
)
from factcheck.engine.narrowed import MEDIA as _MEDIA_WORDS
from factcheck.engine.narrowed import narrowed_deed
from factcheck.engine.negation import negated_words, negation_groups, negation_word
from factcheck.engine.places import known_place, place_conflict
from factcheck.engine.ranks import restriction, superlative, superlative_conflict
from factcheck.engine.sentence_values import SentenceValue, sentence_values
from factcheck.engine.structure import Anchor, verb_like
from factcheck.engine.values_check import (
    RANGE_KEYS,
    of_another_name,
    ordinal_instances,
    said_alike,
    same_measure,
    same_unit,
)
from factcheck.matching import YEARLESS, ClaimWord, title_tokens
from factcheck.models import ValueStatus
from factcheck.names import (
    MET,
    TITLES,
    Name,
    NameMatch,
    NameStatus,
    attribution,
    extract_names,
    initials,
    is_acronym,
    match_name,
    name_run_after,
    name_run_before,
)
from factcheck.textnorm import (
    POSSESSIVE_PRONOUNS,
    STOPWORDS,
    Token,
    fold,
    owned_after,
    possessive,
    stem,
    tokens,
)
from factcheck.values import Agreement, DateValue, NumberValue, Precision, compare_dates
from factcheck.values.compare import STRONG_UNITS
from factcheck.values.lexicon import MONTH_WORDS, ordinal_word_value

_THING_PRONOUNS = frozenset({"it", "its", "this", "these", "them"})
# A value conflicts only in a sentence that covers this much of the claim's predicate, and
# in a clause that covers this much of it by itself.
CONTRADICT_PREDICATE = 0.6
CONTRADICT_CLAUSE = 0.5
# ... or, for a claim of several clauses, a clause of the sentence that says this much of
# the value's own clause in the claim.
CONTRADICT_LOCAL = 0.75
# In an article, a date or figure contradicts only from one of the sentences ranked this
# high for the claim.
VALUE_CONFLICT_RANK = 8
# A misspelt name counts in a sentence that covers this much of the claim; its strength.
MISSPELLING_COVERAGE = 0.3
MISSPELLING_STRENGTH = 0.9
# An organisation tied to the claim's event that differs from the claim's.
CONTRADICT_ATTRIBUTION = 0.4
# A direction against another for the same place.
CONTRADICT_COMPASS = 0.3
# The place and subject being the claim's, the direction alone decides: strength from this.
COMPASS_STRENGTH = 0.4
# Negation in one and not the other needs a near-paraphrase.
CONTRADICT_NEGATION = 0.75
# A word's opposite in its place needs a sentence this close to the claim.
CONTRADICT_OPPOSITE = 0.6
# Another place for the claim's subject or event, in a sentence this close to the claim.
CONTRADICT_PLACE = 0.4
# ... and, for a place or another name in a subject that names no one, in a sentence this
# close that says all else of the claim.
CONTRADICT_PLACE_ALONE = 0.85
# Another network for the claim's show, in a sentence that says this much of the rest.
CONTRADICT_CHANNEL = 0.6
# Another maker for the claim's work, in a sentence this close to the claim.
CONTRADICT_AGENT = 0.2
# The least strength of a conflict in the claim's structure (see _structural).
STRUCTURAL_BASE = 0.4


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    strength: float  # 0-1, before calibration
    why: str  # "claim says X; evidence says Y"
    around: str = ""  # the evidence's words to centre the quote on
    # The claim's own words stand around it in its clause: whatever the clause names, it
    # says the claim's statement.
    own_clause: bool = False


Rule = Callable[[SentenceContext], "Finding | None"]


def clause_cover(
    ctx: SentenceContext,
    clause: Sequence[Token],
    role: str | None = None,
    implied: frozenset[str] = frozenset(),
    words: Sequence[ClaimWord] | None = None,
) -> float:
    """Share of the claim's predicate words (by weight, names aside) said in one clause; a
    life span's "(1875 – 1947)" says "born" and "died" without the words."""
    here: set[str] = set()
    for tok in clause:
        here |= token_keys(tok)
    if role is not None:
        here |= stem_keys(stem(role))
    if _object_pronoun(clause):
        # "Putin signed it on 30 November": "it" is what the sentences before named (a
        # "he" stands for a person, not for what the claim says he did).
        here |= ctx.unit.previous_concepts
    for key in implied:
        here |= stem_keys(key)
    total = got = 0.0
    for word in ctx.facts.claim.words if words is None else words:
        # Names are checked on their own (context.names), in the sentence or its title.
        if word.subject or word.weight < 1.0 or not common_word(word):
            continue
        total += word.weight
        if word.keys & here or (word.loose & here and _mutual_synonym(word, clause)):
            got += word.weight
    # A predicate of light words only ("took place in 2001") says nothing a clause could
    # be checked against.
    return got / total if total else 0.0


def _mutual_synonym(word: ClaimWord, clause: Sequence[Token]) -> bool:
    """Two inflected verbs, each the other's synonym in a common sense ("published" /
    "released"): the same deed, where the claim word's looser relations alone ("fought" /
    "campaign") are not."""
    if not inflected_verb(word.token.norm):
        return False
    return any(
        inflected_verb(tok.norm) and word.token.stem in word_keys(tok.norm, tok.stem, pos="v")
        for tok in clause
        if not tok.capitalised and token_keys(tok) & word.loose
    )


_PREPOSITIONS = frozenset("for of on against to with by about into from".split())


def _object_pronoun(clause: Sequence[Token]) -> bool:
    """A pronoun for a thing that is what the clause acts on ("Putin signed it", "voted for
    it"), not its subject ("on 1 March 2014 it authorised ..."): only then does it bring the
    sentences before into the clause."""
    return any(
        tok.norm in _THING_PRONOUNS
        and i > 0
        and tok.start - clause[i - 1].end <= 1  # right after it, no value between
        and (verb_like(clause[i - 1]) or clause[i - 1].norm in _PREPOSITIONS)
        for i, tok in enumerate(clause)
    )


def _opposed_in(ctx: SentenceContext, clause: Sequence[Token]) -> bool:
    """The clause uses the opposite of one of the claim's words ("the last Medal of Honor"
    against "the first"): it is about another instance."""
    # An opposite the claim itself says ("took", "given") is no other instance; nor is one
    # counted by a figure of its own ("lost 170 servicemen ... and 228 civilians"): another
    # item of a list of counts.
    claimed = {t.stem for t in ctx.facts.claim.tokens}
    toks = list(ctx.unit.tokens)
    at = {t.start: i for i, t in enumerate(toks)}
    stems = {
        t.stem
        for t in clause
        if t.stem not in claimed and not _counted_item(toks, at.get(t.start, 0))
    }
    return any(opposite_stems(w.token.norm, w.token.stem) & stems for w in ctx.facts.claim.words)


def _counted_item(toks: Sequence[Token], k: int) -> bool:
    """The word at `k` is the noun of a figure right before it ("228 civilians", "14 police
    officers")."""
    return any(t.norm.replace(",", "").isdigit() for t in toks[max(0, k - 2) : k])


# Words that tell a deed as done again: it was done at least twice, so another date for it
# is no conflict ("resumed dating in mid 2019" / "resumed dating in mid 2016").
_REPEATED = frozenset(
    "again anew resumed resume resumes resuming reelected re-elected rejoined reunited "
    "reappeared remarried".split()
)
# Saying is done again and again: "he said in May 2002 that relations were a matter for
# the two partners" and "Ryabkov said in January 2022 that it was mandatory ..." tell of
# two statements. The same words said at another date are the same statement.
_SPOKEN = frozenset(
    "said says stated told remarked noted argued warned commented announced announces".split()
)


def _spoken(where: Anchor) -> bool:
    return any(verb.norm in _SPOKEN for verb in where.governors[:2])


def _told_as_repeated(where: Anchor, span: tuple[int, int]) -> bool:
    """A verb that governs the date says it ("resumed dating in", "re-elected in"), or
    "again" stands between that verb and the date ("married him again in 2004";
    "separated again in 1849", not "attached to Galicia in 1789 and separated again")."""
    for verb in where.governors[:2]:
        if verb.norm in _REPEATED:
            return True
        between = [t for t in where.clause if verb.end <= t.start and t.end <= span[0]]
        if any(t.norm in _REPEATED for t in between):
            return True
    return False


def _deed_unsaid(cv: ValueFacts, clause: Sequence[Token], claim: Sequence[Token]) -> bool:
    """A figure's verb in the claim ("Britain received 4,119 square miles") is not said in
    the clause of the sentence's figure ("cost the United States 900 square miles"): the
    same noun counted for another deed. A phrasal verb is said by its one-word synonyms
    ("passed away" by "died")."""
    verbs = [
        g
        for g in cv.anchor.governors[:1]
        if inflected_verb(g.norm) and g.norm not in _AUXILIARIES and not g.capitalised
    ]
    if not verbs:
        return False
    keys = set().union(*(token_keys(t) for t in clause)) if clause else set()
    for verb in verbs:
        said = _close_keys_of(verb)
        after = [claim[i + 1] for i, t in enumerate(claim[:-1]) if t is verb]
        if after:
            said |= phrasal_keys(verb.norm, after[0].norm)
        if said & keys:
            return False
    return True


def _close_keys_of(tok: Token) -> frozenset[str]:
    return close_keys(tok.norm, tok.stem) | token_keys(tok)


def _local_words(ctx: SentenceContext, cv: ValueFacts) -> list[ClaimWord]:
    """The claim's common words in the clause of one of its values: what that value is about
    ("a nine-member South Korean boy band" of a claim that goes on about music sales)."""
    inside = {id(t) for t in cv.anchor.clause}
    return [
        w
        for w in ctx.facts.claim.words
        if id(w.token) in inside and not w.subject and w.weight >= 1.0 and common_word(w)
    ]


def _participle_after(toks: Sequence[Token], at: int) -> int:
    """Where the first "-ing" or "-ed" word after offset `at` starts (the end of a noun
    phrase it follows), else past the end."""
    for tok in toks:
        if (
            tok.start >= at
            and not tok.capitalised
            and len(tok.norm) > 4
            and tok.norm.endswith(("ing", "ed"))
            and verb_like(tok)
        ):
            return tok.start
    return toks[-1].end + 1 if toks else at


def _local_names_ok(ctx: SentenceContext, cv: ValueFacts) -> bool:
    """The claim's names in the value's clause (and its subject) are the sentence's."""
    clause = cv.anchor.clause
    if not clause:
        return ctx.names_ok
    lo, hi = clause[0].start, clause[-1].end
    subject = {id(n) for n in ctx.facts.subject_names}
    others = tuple(
        n.text for n in ctx.facts.names if id(n) not in subject and not (lo <= n.start < hi)
    )
    return ctx.names_ok_except(others)


def _another_actor(ctx: SentenceContext, against: SentenceValue, here: list[Token]) -> bool:
    """The sentence's value is what another name did: a name not the claim's stands just
    before the verb that governs it ("Ukraine declared independence on 24 August" against
    "Lithuania declared ... on 11 March 1990"), and the claim's subject is not in its
    clause."""
    names = ctx.facts.subject_names
    if not names or not against.anchor.governors:
        return False
    if any(match_name(n, here, ctx.facts.words).status in MET for n in names):
        return False
    own = {w.norm for n in names for w in n.words}
    toks = list(ctx.unit.tokens)
    index = {id(t): i for i, t in enumerate(toks)}
    for verb in against.anchor.governors:
        at = index.get(id(verb), 0)
        if at == 0 or verb.capitalised or not can_be_verb(verb.norm):
            continue
        before = toks[at - 1]
        if (
            before.capitalised
            and before.start > 0
            and before.norm not in own
            and before.norm not in ctx.facts.words
            and before.norm not in STOPWORDS
            and ctx.unit.text[before.end : verb.start].strip() == ""
        ):
            return True
    return False


def _clause_names_said(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """The names in the claim value's clause ("two games in the 1926 World Series") are in
    the clause of the sentence's value, or its title: a figure or date of a clause that
    names none of them ("won 20 games ... for the Cardinals, and won three World Series")
    is of something else."""
    clause = cv.anchor.clause
    if not clause:
        return True
    lo, hi = clause[0].start, clause[-1].end
    subject = {id(n) for n in ctx.facts.subject_names}
    here = list(against.anchor.clause) + list(title_tokens(ctx.unit.title))
    if _another_actor(ctx, against, here):
        return False
    return all(
        match_name(n, here, ctx.facts.words).status in MET and not _regional(n, here, ctx)
        for n in ctx.facts.names
        if id(n) not in subject
        and lo <= n.start < hi
        and not soft_name(n, ctx.facts.text)
        and not ctx.possessor_told(n)
    )


def _nationality_of_a_place(tok: Token) -> bool:
    """ "Irish", "American": a nationality WordNet ties to a nation (not "National")."""
    net = wordnet.load()
    return tok.capitalised and net is not None and bool(net.nationality_places(tok.norm))


def _regional(name: Name, here: Sequence[Token], ctx: SentenceContext) -> bool:
    """The sentence says the claim's name only inside a longer one that a nationality
    opens ("the Irish American Baseball Hall of Fame" for "the Baseball Hall of Fame"):
    another body of the same kind, unless the claim says that nationality too."""
    first = name.words[0].norm if name.words else ""
    claimed = {t.norm for t in ctx.facts.claim.tokens}
    for k, tok in enumerate(here):
        if tok.norm != first or not tok.capitalised:
            continue
        before = list(
            itertools.takewhile(lambda t: t.capitalised, reversed(here[max(0, k - 3) : k]))
        )
        # A nationality only: a city before a team's name is the same team ("the Boston
        # Red Sox" / "the Red Sox").
        if any(t.norm not in claimed and _nationality_of_a_place(t) for t in before):
            return True
    return False


def _counts(word: ClaimWord, value: NumberValue, text: str) -> bool:
    """The word is the noun the claim's figure counts ("children" of "five children")."""
    after = text[value.span[1] :].split()[:3]
    return any(stem(fold(w.strip(",.;:"))) == word.token.stem for w in after)


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _subject_in(ctx: SentenceContext, clause: Sequence[Token]) -> bool:
    """The claim's subject is named in this clause ("Pitt has six children")."""
    names = ctx.facts.subject_names
    here = {t.norm for t in clause}
    if ctx.about >= ABOUT_REFERRED and _pronoun_subject(ctx.unit.text, clause):
        return True  # "She has two children": the pronoun is the sentence's, the subject's
    if clause and ctx.about >= ABOUT_REFERRED and _opens_before_pronoun(ctx, clause):
        return True  # "Faulkner's fifth novel, it is ...": the opening phrase is its
    if names:
        return all(any(w.norm in here for w in n.words) for n in names)
    # A subject the claim does not read as a name ("Theogony has ..."): its own words.
    words = [w for w in ctx.facts.claim.words if w.subject and w.weight >= 1.0]
    stems = {t.stem for t in clause}
    return bool(words) and all(w.token.norm in here or w.token.stem in stems for w in words)


def _pronoun_subject(text: str, clause: Sequence[Token]) -> bool:
    """The clause's subject is a pronoun, first or after an opening time ("As of 2024 it
    had 18 members", "In May 1990 she ..."; the clause's tokens leave its dates out)."""
    for k, tok in enumerate(clause[:4]):
        if tok.norm in _SUBJECT_PRONOUNS:
            # Not "When it opened, the bridge ...": before the pronoun, only a time.
            return k == 0 or bool(re.search(r"\d", text[clause[0].start : tok.start]))
        if tok.norm not in STOPWORDS and tok.norm not in MONTH_WORDS:
            return False
    return False


def _opens_before_pronoun(ctx: SentenceContext, clause: Sequence[Token]) -> bool:
    """The clause opens the sentence with a phrase whose comma leads to a subject pronoun,
    which the phrase describes ("Faulkner's fifth novel, it is ranked ...")."""
    toks = ctx.unit.tokens
    starts = subject_starts(ctx.unit)
    if not toks or clause[0] is not toks[0] or len(starts) < 2:
        return False
    after = toks[starts[1]]
    gap = ctx.unit.text[toks[starts[1] - 1].end : after.start]
    return after.norm in _SUBJECT_PRONOUNS and gap.strip() == ","


# Nouns of what a place or a body counts at a time: a figure of one is a state, measured again
# and again, not an event.
_STOCKS = frozenset(
    stem(w)
    for w in "population inhabitants residents people members citizens employees speakers "
    "users students troops soldiers personnel staff".split()
)


def _dates_a_figure(cv: ValueFacts, facts: ClaimFacts) -> bool:
    """The claim's date says when one of its counts of a state held ("1.4 million
    inhabitants in 2021"): such a count in the date's clause."""
    if not facts.predicate & _STOCKS:
        return False
    clause = {id(t) for t in cv.anchor.clause}
    return any(
        isinstance(other.value, NumberValue)
        and not other.value.ordinal  # "the first member": a rank, no count
        and (not clause or any(id(t) in clause for t in other.anchor.clause))
        for other in facts.values
        if other is not cv
    )


_BECOMING = frozenset({"is", "was", "are", "were", "be", "been", "become", "became", "becomes"})


def _own_nth(facts: ClaimFacts, cv: ValueFacts) -> bool:
    """The claim's ordinal counts its subject's own deeds ("Pitt received his first Golden
    Globe nomination"), not the subject's rank ("Hayes was the 19th president"): another
    ordinal of that noun is another of those deeds, no conflict."""
    claim = list(facts.claim.tokens)
    before = [t for t in claim if t.end <= cv.value.span[0]]
    if not before or not (
        before[-1].norm in POSSESSIVE_PRONOUNS or possessive(before[-1], facts.text)
    ):
        return False
    return not any(t.norm in _BECOMING for t in before)


def _counts_of_two_times(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """The claim's date is the span of a count in its clause ("appeared in seven films in
    2009") and the sentence's date that of another figure of that noun ("his first of three
    film appearances in 1996"): two counts of two years, not two dates of one deed. A count
    of the same figure is the same count, dated otherwise."""
    clause = {id(t) for t in cv.anchor.clause}
    counts = [
        other.value
        for other in ctx.facts.values
        if other is not cv
        and isinstance(other.value, NumberValue)
        and not other.value.ordinal
        and other.value.unit is not None
        and other.value.unit not in STRONG_UNITS
        and "measure" not in broader_words(other.value.unit)  # feet, tonnes, years
        and any(id(t) in clause for t in other.anchor.clause)
    ]
    if not counts:
        return False
    theirs = {id(t) for t in against.anchor.clause}
    nouns = {c.unit for c in counts}
    said = list(against.anchor.clause)
    for k, tok in enumerate(said[1:], start=1):
        # "in one game": a count the values leave out, of the claim's noun.
        if (
            said[k - 1].norm == "one"
            and (tok.stem in nouns or tok.norm in nouns)
            and all(not c.low <= 1 <= c.high for c in counts)
        ):
            return True
    other = False
    for sv in sentence_values(ctx.unit):
        value = sv.value
        if not isinstance(value, NumberValue) or value.ordinal or sv is against:
            continue
        if not any(id(t) in theirs for t in sv.anchor.clause):
            continue
        if any(not (value.high < c.low or value.low > c.high) for c in counts):
            return False  # the claim's own count is there: the same count, dated otherwise
        other = True
    return other


_HEAD_ENDS = frozenset("of in between for on at from with by to among during".split())


def _subject_head(facts: ClaimFacts) -> ClaimWord | None:
    """The noun a name-less subject is about: its last common word before a preposition
    ("clash" of "The first clash between Russia and the West"; "Filming" of "Filming of
    the series")."""
    words = [
        w
        for w in facts.claim.words
        if w.subject
        and w.weight >= 1.0
        and (common_word(w) or (w.token is facts.claim.tokens[0] and plain_word(w.token.norm)))
    ]
    if not words:
        return None
    first = words[0].token.start
    end = next(
        (t.start for t in facts.claim.tokens if t.start > first and t.norm in _HEAD_ENDS), None
    )
    before = [w for w in words if end is None or w.token.start < end]
    return (before or words)[-1]


_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _generic_subject_said(ctx: SentenceContext) -> bool:
    """A claim whose subject names no one ("Two French translations of the novel") is
    about what its subject's head noun says: a sentence that never says it ("The novel
    first appeared in French ...") dates or counts something else."""
    facts = ctx.facts
    # "Their accession protocols" is about protocols, whoever "their" stands for.
    opening = facts.claim.tokens[:1]
    possessive = bool(opening) and opening[0].norm in _POSSESSIVES
    if facts.subject_names or (facts.subject_pronoun and not possessive):
        return True
    head = _subject_head(facts)
    if head is None or ctx.pronoun_for_subject:
        return True
    # Not a word of a name the claim does not say: "accession protocols" are not "the
    # Founding Act", though both are documents.
    toks = ctx.unit.tokens
    here = frozenset().union(
        *(
            token_keys(t)
            for i, t in enumerate(toks)
            if i == 0 or not t.capitalised or t.norm in facts.words
        )
    )
    return bool((head.keys | head.narrow) & here)


def _qualified_otherwise(ctx: SentenceContext, against: SentenceValue) -> bool:
    """The sentence's figure is of a part the claim does not name: a place or body the claim
    never mentions follows it, after "in" or "of" ("74.9% of residents of Donetsk Oblast"
    against a share of the whole population; "2 million copies in the United States"), or a
    partner it does not name, after "with" or "by" ("three children with her first
    husband")."""
    words = ctx.facts.words
    title = {t.norm for t in title_tokens(ctx.unit.title)}
    toks = [t for t in ctx.unit.tokens if t.start >= against.value.span[1]][:8]
    for i, tok in enumerate(toks):
        if i > 0 and (tok.norm in _RELATIVES or _participle_after_noun(toks, i)):
            toks = toks[:i]  # "a seven-member band formed in Lisk": the band's, not the figure's
            break
    for i, tok in enumerate(toks):
        if (
            not tok.capitalised
            or tok.norm in STOPWORDS
            or tok.norm in words
            or tok.norm in title
            or tok.norm in MONTH_WORDS
            or demonym(tok)
        ):
            continue
        lead = [t.norm for t in toks[max(0, i - 2) : i]]
        if lead and (lead[-1] in _PART_OF or lead[-2:] in ([w, "the"] for w in _PART_OF)):
            return True
        if lead and lead[-1] in _OWN_PART:
            return True  # "300 people at its Lisk plant": one of the subject's own
    return _counted_with_another(toks, words) or _part_named_before(ctx, against)


def _part_named_before(ctx: SentenceContext, against: SentenceValue) -> bool:
    """A place the claim does not name stands before the figure, after "in" or "such as"
    ("where in oblasts such as Lviv ... more than 95% of the population", "In Lisk, 95% of
    ..."): the figure is that part's."""
    words = ctx.facts.words
    text = ctx.unit.text
    before = [t for t in ctx.unit.tokens if t.end <= against.value.span[0]][-12:]
    for k, tok in enumerate(before):
        if k == 0 or not tok.capitalised or tok.norm in words or tok.norm in STOPWORDS:
            continue
        if demonym(tok) or tok.norm in MONTH_WORDS:
            continue
        lead = before[k - 1].norm
        if lead == "in" or (lead == "as" and k > 1 and before[k - 2].norm == "such"):
            between = text[tok.end : against.value.span[0]]
            if not _CLAUSE_BREAK.search(between):
                return True
    return False


_CLAUSE_BREAK = re.compile(r";|\b(?:but|while|whereas|although)\b")


_RELATIVES = frozenset({"who", "which", "that", "whose", "whom"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})


def _participle_after_noun(toks: Sequence[Token], i: int) -> bool:
    """A past participle that opens a phrase on the noun before it ("a band formed in
    Lisk"), not a verb after an auxiliary ("copies were sold in ...")."""
    tok = toks[i]
    if tok.capitalised or not tok.norm.endswith("ed") or toks[i - 1].norm in _BE_FORMS:
        return False
    return inflected_verb(tok.norm) and not toks[i - 1].capitalised


# "three children with her first husband", "two sons by his second wife": a count of the
# part a partner, marriage or maker accounts for.
_WITH = frozenset({"with", "by", "from"})
_OWNERS = frozenset({"her", "his", "their", "its", "a", "an", "the"})


def _counted_with_another(toks: Sequence[Token], words: frozenset[str]) -> bool:
    for i, tok in enumerate(toks[:5]):
        if tok.norm not in _WITH or i + 2 >= len(toks) or toks[i + 1].norm not in _OWNERS:
            continue
        said = [t for t in toks[i + 2 : i + 4] if t.norm not in STOPWORDS]
        if said and not any(t.norm in words for t in said):
            return True
    return False


_PART_OF = frozenset({"in", "of", "among", "across", "throughout", "within", "for"})
# A name after these is of one of the subject's own parts ("its Lisk plant").
_OWN_PART = frozenset({"its", "their"})


def _every_kind_differs(ctx: SentenceContext) -> bool:
    """The sentence gives another date *and* another figure than the claim ("lifting its
    key rate to 21 per cent in October 2024" against "raised its key rate to 20 per cent on
    28 February 2022"): it tells of another time the like happened, not of the claim's."""
    kinds = {
        type(cv.value)
        for cv, reading in zip(ctx.facts.values, ctx.readings, strict=True)
        if reading.check.status is ValueStatus.CONTRADICTED and reading.tie >= 2
    }
    agreed = any(r.check.status is ValueStatus.CONFIRMED for r in ctx.readings)
    return not agreed and {DateValue, NumberValue} <= kinds


_OTHER_INSTANCE = frozenset({"earlier", "previous", "prior", "subsequent", "later"})


def _other_instances_claimed(facts: ClaimFacts, toks: Sequence[Token]) -> bool:
    """The claim speaks of instances other than some other one ("Crimea had held earlier
    votes in 1991"), and the sentence does not: a date or figure of the one the article is
    about ("the 2014 referendum was organised on March 16, 2014") is not theirs."""
    claim = list(facts.claim.tokens)
    words = {
        t.norm
        for k, t in enumerate(claim[:-1])
        if t.norm in _OTHER_INSTANCE
        and not claim[k + 1].capitalised
        and claim[k + 1].norm.endswith("s")  # a plural noun: "earlier votes"
        and claim[k + 1].norm not in STOPWORDS
    }
    return bool(words) and not words & {t.norm for t in toks}


_CONVERTED = re.compile(r"\d[\d,.]*[\s-]*(?:[a-z]+\s*){0,2}\(\s*$", re.IGNORECASE)


def _a_conversion(text: str, span: tuple[int, int]) -> bool:
    """The figure stands in brackets right after another figure and its unit ("4,119 square
    miles (10,670 km2)"): the same amount in other units, whose clause is the one before."""
    return _CONVERTED.search(text[: span[0]]) is not None


def _names_an_instance(text: str, cv: ValueFacts) -> bool:
    """The date says which of an event's instances the claim means ("the ceasefire of
    September 2014", "the presidential election of 4 January 2004"): its own clause says
    only that; what the claim says of it is elsewhere."""
    governors = cv.anchor.governors
    return bool(governors) and _of_date(text, governors[0], cv.value)


def _of_date(text: str, noun: Token, value: DateValue | NumberValue) -> bool:
    """The date follows its noun by "of" alone ("the ceasefire of September 2014")."""
    return (
        isinstance(value, DateValue)
        and noun.end <= value.span[0]
        and re.fullmatch(r"\s+of\s+", text[noun.end : value.span[0]]) is not None
    )


def _same_instance_phrase(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    governors = against.anchor.governors
    if not governors or not _of_date(ctx.unit.text, governors[0], against.value):
        return False
    noun = governors[0]
    if noun.stem != cv.anchor.governors[0].stem:
        return False
    # Words before the noun that the claim does not have make it another instance ("the
    # snap presidential election of ..." for "the presidential election of ...").
    toks = list(ctx.unit.tokens)
    at = next((i for i, t in enumerate(toks) if t is noun), None)
    if at is None:
        return False
    for tok in reversed(toks[max(0, at - 3) : at]):
        if tok.norm in STOPWORDS:
            break
        if tok.norm not in ctx.facts.words:
            return False
    return True


def _another_instance_phrase(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """The sentence's date names an instance of the claim's event noun by "of" too, told
    with words the claim does not have ("the snap presidential election of ...")."""
    governors = against.anchor.governors
    return (
        bool(governors)
        and _of_date(ctx.unit.text, governors[0], against.value)
        and governors[0].stem == cv.anchor.governors[0].stem
    )


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})


def _object_unknown(
    facts: ClaimFacts, cv: ValueFacts, toks: Sequence[Token], against: SentenceValue
) -> bool:
    """The claim's deed is done to a pronoun ("Croatia joined them in 2001"): what it was
    done to is not said, and the sentence's deed of that verb ("joined on 1 April 2009")
    may be done to something else, unless the sentence says the same pronoun."""
    claim = list(facts.claim.tokens)
    for verb in cv.anchor.governors[:1]:
        k = next((i for i, t in enumerate(claim) if t is verb), None)
        if k is None or k + 1 >= len(claim) or claim[k + 1].norm not in _OBJECT_PRONOUNS:
            continue
        pronoun = claim[k + 1].norm
        for theirs in against.anchor.governors[:1]:
            j = next((i for i, t in enumerate(toks) if t is theirs), None)
            if j is not None and j + 1 < len(toks) and toks[j + 1].norm == pronoun:
                return False
        return True
    return False


def _object_name(toks: Sequence[Token], text: str, at: int) -> list[Token]:
    """The name a verb at `at` is done to, past a few lower-case words ("began A Christmas
    Carol", "began publishing his novel Martin Chuzzlewit"); none when a clause or phrase
    ends first."""
    k = at + 1
    while k < len(toks) and k <= at + 4 and not toks[k].capitalised:
        if any(c in text[toks[k - 1].end : toks[k].start] for c in ",;:(") or toks[k].norm in (
            "in",
            "on",
            "at",
            "by",
            "and",
            "from",
            "to",
            "for",
            "with",
        ):
            return []
        k += 1
    run: list[Token] = []
    while k < len(toks) and (toks[k].capitalised or (run and toks[k].norm in ("of", "the"))):
        if run and text[run[-1].end : toks[k].start].strip():
            break
        run.append(toks[k])
        k += 1
    while run and not run[-1].capitalised:
        run.pop()
    return run


def _object_before_whom(toks: Sequence[Token], text: str, at: int) -> list[Token]:
    """The name a relative "whom" stands for, when the verb at `at` is that clause's
    ("Jolanda Addolori, whom he married in 1966")."""
    if at < 3 or toks[at - 2].norm not in ("whom", "which"):
        return []
    return name_run_before(toks, text, at - 3)[0]


def _another_object(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """The claim's deed is done to one named thing and the sentence's to another, which the
    claim does not name, while the sentence never names the claim's ("He began A Christmas
    Carol in October 1843" / "he began publishing his novel Martin Chuzzlewit on 31
    December"): another deed of the same verb."""
    facts = ctx.facts
    claim = list(facts.claim.tokens)
    toks = list(ctx.unit.tokens)
    for verb in cv.anchor.governors[:1]:
        k = next((i for i, t in enumerate(claim) if t is verb), None)
        if k is None:
            return False
        mine = _object_name(claim, facts.text, k) or _object_before_whom(claim, facts.text, k)
        if not mine:
            return False
        own = {t.norm for t in toks}
        if any(t.norm in own for t in mine if t.norm not in STOPWORDS):
            return False  # the sentence names the claim's object
        return _done_to_another_name(ctx, against)
    return False


def _done_to_another_name(ctx: SentenceContext, against: SentenceValue) -> bool:
    """The sentence's verb governing the value is done to a name the claim does not say."""
    toks = list(ctx.unit.tokens)
    for theirs in against.anchor.governors[:1]:
        j = next((i for i, t in enumerate(toks) if t is theirs), None)
        if j is None:
            continue
        found = _object_name(toks, ctx.unit.text, j)
        if found and not any(t.norm in ctx.facts.words for t in found):
            return True
    return False


# Words that may follow a verb done to nothing named ("they wed in 1937").
_AFTER_BARE_VERB = frozenset({"in", "on", "at", "by", "during", "around", "after", "before"})


def _partner_elsewhere(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """The claim's deed names no one it is done to ("Quinn's first wife was Katherine
    DeMille; they wed in 1937"), its partner is a name elsewhere in the claim that the
    sentence does not say, and the sentence's deed is done to a name the claim does not
    say ("He then married Benvin in December 1997"): another deed of the same verb."""
    facts = ctx.facts
    claim = list(facts.claim.tokens)
    if cv.anchor.governors:
        k = next((i for i, t in enumerate(claim) if t is cv.anchor.governors[0]), None)
    else:
        # No verb read ("they wed in 1937"): the word before the value's preposition.
        before = [i for i, t in enumerate(claim) if t.end <= cv.value.span[0]]
        k = before[-2] if len(before) >= 2 and claim[before[-1]].norm in _AFTER_BARE_VERB else None
    if k is None or k + 1 >= len(claim) or claim[k].capitalised:
        return False
    if claim[k + 1].norm not in _AFTER_BARE_VERB and claim[k + 1].start < cv.value.span[0]:
        return False  # "married the actress in 1937" names whom
    subject = {id(n) for n in facts.subject_names}
    if not any(
        id(n) not in subject and ctx.names[i].status not in MET for i, n in enumerate(facts.names)
    ):
        return False
    return _done_to_another_name(ctx, against)


def _said_of_another_name(ctx: SentenceContext, against: SentenceValue) -> bool:
    """The sentence's subject is another name, and it names the claim's subject only in an
    aside set off by commas or after the value: the value is that other one's. The aside
    follows the opening name ("Nora Hale, who killed Tom Lisk, died in 1850"; "Paul Lisk,
    son of Tom Lisk, was elected in 1850"; "The Lisk Bridge, which replaced the Tarn
    Bridge, was completed in 1850") or comes first ("Like his father Tom Lisk, Paul Lisk
    was elected in 1850"; "After Tom Lisk was killed, his son fled in 1850")."""
    subject = {w.norm for n in ctx.facts.subject_names for w in n.words}
    if not subject:
        return False
    toks = ctx.unit.tokens
    text = ctx.unit.text
    names = extract_names(text)

    def another(name: Name) -> bool:
        # A name with a word the subject's lacks ("Paul Lisk" for Tom Lisk; not "Lisk",
        # which stands for him).
        return not {w.norm for w in name.words} <= subject

    def names_subject(a: int, b: int) -> bool:
        return bool(subject & {t.norm for t in toks if a <= t.start < b})

    at = against.value.span[0]
    opening = next((n for n in names if text[: n.start].strip().lower() in ("", "the")), None)
    net = wordnet.load()
    # One capitalised word opening the sentence may be any word ("Approximately").
    if (
        opening is not None
        and len(opening.words) == 1
        and net is not None
        and net.is_common_word(opening.words[0].norm)
    ):
        opening = None
    if opening is not None and another(opening):
        end = against.value.span[1]
        if not names_subject(0, end) and names_subject(end, len(text)):
            return True  # "Paul Dunn won it in 1992, two years after Nora Hale"
        # An aside right after the opening name.
        if text[opening.end :].lstrip().startswith(","):
            opened = text.index(",", opening.end)
            closed = text.find(",", opened + 1)
            if closed > 0 and names_subject(opened, closed):
                return at > closed
    # An opening phrase naming the subject, not opening on it ("Like his father Tom Lisk,"),
    # then another subject and its verb.
    first = text.find(",")
    lead = [t for t in toks if t.norm != "the"][:1]
    if first < 0 or not names_subject(0, first) or not lead or lead[0].norm in subject:
        return False
    after = [t for t in toks if t.start > first]
    then = next((n for n in names if n.start > first), None)
    named = (
        then is not None
        and not text[first + 1 : then.start].strip()
        and another(then)
        and _verb_at(toks, then.end)
    )
    owned = (
        len(after) > 2
        and after[0].norm in POSSESSIVE_PRONOUNS
        and not after[1].capitalised
        and _verb_at(toks, after[1].end)
    )
    return (named or owned) and at > first


def _verb_at(toks: Sequence[Token], end: int) -> bool:
    """The word right after offset `end` is a verb in an inflected form or an auxiliary."""
    nxt = next((t for t in toks if t.start >= end), None)
    return nxt is not None and (nxt.norm in _AUXILIARIES or inflected_verb(nxt.norm))


def value_conflict(ctx: SentenceContext) -> Finding | None:
    """A date or figure the sentence ties to the claim's own event (tie 2: the same verb or
    event word governs it), in a clause that says most of what the claim's value is about,
    in a sentence about the claim's subject."""
    facts = ctx.facts
    # In an article, the sentence must be about the claim's subject by name, by a word
    # that stands for it, or as the article's own topic; and among those that share the
    # most with the claim: articles hold many dates and figures of other things.
    if ctx.about < (ABOUT_ALONE if not ctx.unit.title else ABOUT_TITLE):
        return None
    if ctx.rank is not None and ctx.rank >= VALUE_CONFLICT_RANK:
        return None
    if not _generic_subject_said(ctx):
        return None
    if _thing_of_subject(ctx):
        return None
    if _every_kind_differs(ctx) or _other_instances_claimed(facts, ctx.unit.tokens):
        return None
    best: Finding | None = None
    # A figure precise enough to be one count's (three significant digits: "56.9 percent",
    # not "1.4 million"), found as the claim gives it.
    same_figure = any(
        isinstance(cv.value, NumberValue)
        and len(re.sub(r"\D", "", cv.value.text).strip("0")) >= 3
        and r.check.status is ValueStatus.CONFIRMED
        for cv, r in zip(facts.values, ctx.readings, strict=True)
    )
    for cv, reading in zip(facts.values, ctx.readings, strict=True):
        if reading.check.status is not ValueStatus.CONTRADICTED or reading.tie < 2:
            continue
        if _a_conversion(facts.text, cv.value.span):
            continue  # "(10,670 km2)": the figure before it is the one to compare
        against = reading.against
        if (
            against is None
            or not _local_names_ok(ctx, cv)
            or not _clause_names_said(ctx, cv, against)
        ):
            continue
        if _object_unknown(facts, cv, ctx.unit.tokens, against):
            continue
        if _another_object(ctx, cv, against):
            continue  # "began A Christmas Carol" / "began publishing ... Martin Chuzzlewit"
        if _partner_elsewhere(ctx, cv, against):
            continue  # "... Katherine DeMille; they wed in 1937" / "then married Benvin"
        if _said_of_another_name(ctx, against):
            continue  # "Booth, who killed Lincoln, was shot dead in 1866" / "Lincoln was ..."
        if of_another_time(facts, against, ctx.unit.tokens) or one_of_many(
            ctx.unit.text, facts, cv, against
        ):
            continue
        if narrowed_deed(ctx.unit.text, ctx.unit.tokens, facts.words, against) is not None:
            continue
        if replaced_head(ctx):
            continue
        if not facts.negated and denied_at(ctx, against):
            continue
        if isinstance(cv.value, NumberValue) and then_and_now(ctx, cv, against):
            continue
        if count_of_another_time(ctx, cv, against) or count_in_a_period(ctx, cv, against):
            continue
        if rounded_to(cv.value, against.value) or round_year_near(cv.value, against.value):
            continue
        if an_nth_time(ctx, against) or narrowed_noun(ctx):
            continue
        if another_occasion(cv, against, facts.claim.tokens, ctx.unit.tokens):
            continue
        if after_the_first(cv, against, facts.claim.tokens, ctx.unit.tokens):
            continue
        if another_instance(cv, against, facts.claim.tokens, ctx.unit.tokens, ctx.unit.text):
            continue  # "moved back to", "as a senator", "the club's youth academy"
        if isinstance(cv.value, NumberValue) and cv.value.ordinal and _own_nth(facts, cv):
            continue  # "received his first Golden Globe nomination" / "a fourth Golden Globe"
        if (
            isinstance(cv.value, NumberValue)
            and cv.value.ordinal
            and _rank_narrowed(ctx, against.value.text)
        ):
            continue  # "the second woman to climb it without oxygen"
        if isinstance(cv.value, NumberValue) and (
            _qualified_otherwise(ctx, against)
            # A rank is of its noun ("the first imperial dynasty"), not of a verb's deed;
            # so is a size ("a nine-member band").
            or (
                not cv.value.ordinal
                and not same_unit(cv.value, against.value)
                and _deed_unsaid(cv, against.anchor.clause, facts.claim.tokens)
            )
        ):
            continue
        if isinstance(cv.value, DateValue) and _counts_of_two_times(ctx, cv, against):
            continue  # "appeared in seven films in 2009" / "three film appearances in 1996"
        if isinstance(cv.value, DateValue) and _dates_a_figure(cv, facts) and not same_figure:
            # "1.4 million inhabitants in 2021" against "population in 2022: 1,421,125": a
            # figure's date that differs is another count, not a conflict; but the very same
            # figure ("56.9 percent" in the 2001 census, not the 2004 one) is the same count.
            continue
        clause = against.anchor.clause
        value = against.value
        ranged = isinstance(value, DateValue) and (
            value.is_range or against.anchor.role in ("since", "from", "until", "till")
        )
        implied = RANGE_KEYS if ranged else frozenset()
        local = _local_words(ctx, cv)
        in_slot = False
        if isinstance(cv.value, NumberValue) and (
            cv.value.ordinal or same_unit(cv.value, against.value)
        ):
            # A rank's or a size's words are its noun phrase's: "the first imperial dynasty
            # of China", "a nine-member boy band", not the participle phrase after it
            # ("spanning over four centuries", "cited as ...").
            end = _participle_after(facts.claim.tokens, cv.value.span[1])
            local = [w for w in local if w.token.start < end]
        if isinstance(cv.value, NumberValue):
            # A figure's noun ("five children") ties it; the clause must say something
            # else of the claim besides it ("married"), or, when the claim says nothing
            # else ("X has five children"), name the claim's subject itself.
            local = [
                w
                for w in local
                if not _counts(w, cv.value, facts.text)
                and w.token.stem not in {t.stem for t in cv.anchor.identity}
            ]
            if local and clause_cover(ctx, clause, None, frozenset(), local) == 0.0:
                continue
            # Or, the claim's words around the figure said in order around the sentence's
            # ("with 27" / "with 13" after the same words): the same slot.
            in_slot = not local and said_alike(
                cv.value, facts.claim.tokens, against.value, ctx.unit.tokens, ctx.unit.text
            )
            if not local and not (
                _subject_in(ctx, clause) or _same_measure(ctx, cv, against) or in_slot
            ):
                continue
        local_cover = clause_cover(ctx, clause, against.role, implied, local)
        whole_cover = clause_cover(ctx, clause, against.role, implied)
        # The whole claim said, or at least the value's own clause said well; a rank of
        # the subject named in the clause ("Hayes was the 19th president of the United
        # States") is its own clause, whatever else a long claim goes on to say; so is a
        # count of the subject's own by one noun ("a nine-member band" / "a seven-member
        # band").
        ranked = (
            isinstance(cv.value, NumberValue)
            and (
                cv.value.ordinal
                or same_unit(cv.value, against.value)
                or _size_said_of_subject(ctx, cv.value, against.value)
            )
            and not local
            and _subject_in(ctx, clause)
        ) or (not local and _same_measure(ctx, cv, against))
        instance = _names_an_instance(facts.text, cv)
        # Both name the instance by the same noun ("the Prague summit of ..."): the very
        # phrase, compared as such.
        same_phrase = instance and _same_instance_phrase(ctx, cv, against)
        if instance and not same_phrase and _another_instance_phrase(ctx, cv, against):
            continue  # "the snap presidential election of 5 January 2008": another one
        if not (
            (ctx.scored.predicate >= CONTRADICT_PREDICATE and whole_cover >= CONTRADICT_CLAUSE)
            or (local and local_cover >= CONTRADICT_LOCAL and (same_phrase or not instance))
            or ranked
            or in_slot
            or _clause_said_alike(ctx, cv, against)
        ):
            continue
        if ranked:
            local_cover = max(local_cover, CONTRADICT_LOCAL)
        if _opposed_in(ctx, clause):
            continue
        if isinstance(cv.value, DateValue) and (
            _told_as_repeated(cv.anchor, cv.value.span)
            or _told_as_repeated(against.anchor, against.value.span)
            or (ctx.unsaid and (_spoken(cv.anchor) or _spoken(against.anchor)))
        ):
            continue
        code, name = (
            ("FC101", "date-conflict")
            if isinstance(cv.value, DateValue)
            else ("FC102", "figure-conflict")
        )
        if ranged and cv.anchor.role == "at" and isinstance(cv.value, DateValue):
            code, name = "FC103", "period-conflict"
        strength = max(ctx.scored.focused, local_cover) * ctx.about
        finding = Finding(
            code,
            name,
            strength,
            f"claim says {reading.check.asserted}; evidence says {reading.check.found}",
            reading.check.found,
        )
        if best is None or finding.strength > best.strength:
            best = finding
    return best


def _clause_said_alike(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """The sentence says the claim's clause in the claim's own words, light ones too ("The
    landings on June 6, 1947, were costly" / "The landings on June 6, 1944, were costly but
    successful"), with the value between the same words: a predicate too light for the
    cover ("were costly", "was used") is still the very one."""
    if not said_alike(
        cv.value, ctx.facts.claim.tokens, against.value, ctx.unit.tokens, ctx.unit.text
    ):
        return False
    theirs = {t.norm for t in against.anchor.clause}
    mine = [t for t in cv.anchor.clause if t.norm.isalpha() or "-" in t.norm]
    return len(mine) >= _ALIKE_LEAST_WORDS and all(t.norm in theirs for t in mine)


_ALIKE_LEAST_WORDS = 3


def _same_measure(ctx: SentenceContext, cv: ValueFacts, against: SentenceValue) -> bool:
    """The claim gives a figure to a measure its subject names and says nothing else ("The
    population of Springfield was 5,000"), and the sentence, about the claim's subject,
    gives its figure to the same measure ("The population was 4,500", "a population of
    4,500")."""
    if not isinstance(cv.value, NumberValue) or not isinstance(against.value, NumberValue):
        return False
    if ctx.about < ABOUT_REFERRED:
        return False
    return same_measure(ctx.facts.text, cv.value, ctx.unit.text, against.value)


def _size_said_of_subject(
    ctx: SentenceContext, mine: DateValue | NumberValue, theirs: DateValue | NumberValue
) -> bool:
    """The claim counts its subject's own ("BTS has eight members") and the sentence says
    what the subject is by a size of that noun ("BTS is a seven-member boy band")."""
    if not (
        isinstance(mine, NumberValue)
        and isinstance(theirs, NumberValue)
        and mine.unit is not None
        and mine.unit == theirs.unit
        and "-" in theirs.text
        and "-" not in mine.text
    ):
        return False
    claim = list(ctx.facts.claim.tokens)
    before = [t.norm for t in claim if t.end <= mine.span[0]][-1:]
    if before not in (["has"], ["had"], ["have"]):
        return False
    own = list(ctx.unit.tokens)
    lead = [t.norm for t in own if t.end <= theirs.span[0]][-2:]
    return len(lead) == 2 and lead[0] in _COPULAS and lead[1] in ("a", "an")


def misspelt_name(ctx: SentenceContext) -> Finding | None:
    if ctx.scored.coverage < MISSPELLING_COVERAGE:
        return None
    for i, name in enumerate(ctx.facts.names):
        match = ctx.names[i]
        strength = max(
            MISSPELLING_STRENGTH * min(1.0, ctx.scored.coverage + 0.4), ctx.scored.focused
        )
        finding = misspelling(name, match, strength, ctx.facts.text)
        if finding is not None:
            return finding
    return None


def misspelling(
    name: Name, match: NameMatch, strength: float, claim_text: str = ""
) -> Finding | None:
    """FC201 for a name the evidence spells otherwise, unless either spelling is a word of
    the language: "Secod World War" is a slip in an ordinary word, and "Disney Parks" is
    another name than "Disneyland Paris", not a misspelling of it. Nor a name the claim
    gives in another language ("(Portuguese: Tratado de Tordesilhas)")."""
    if match.status is not NameStatus.MISSPELT:
        return None
    if claim_text and _in_a_language_gloss(claim_text, name.start):
        return None
    if claim_text and _SIC.match(claim_text[name.end :]):
        return None  # "Thoroughly Modern Mille (sic)": quoted as it was misspelt
    claimed = word_of(name.words, match.found)
    if all(common_spelling(w) for w in match.found.split(" / ")) or common_spelling(claimed):
        return None
    if _given_name_variant(name, claimed, match.found):
        return None
    return Finding(
        "FC201",
        "misspelt-name",
        strength,
        f"claim spells {claimed!r}; evidence has {match.found!r}",
        match.found,
    )


_SIC = re.compile(r"\s*[\[(]\s*sic\s*[\])]", re.IGNORECASE)
_GLOSS = re.compile(r"\(\s*([A-Z][a-z]+)\s*:\s*(?:[^\s:;()]+\s+){0,4}$")


def _in_a_language_gloss(text: str, start: int) -> bool:
    """The name at `start` follows "(<language>:" within a few words: its form in that
    language ("(Portuguese: Tratado de Tordesilhas"), spelt as that language spells it."""
    found = _GLOSS.search(text[:start])
    if found is None:
        return False
    word = found.group(1)
    return word == "Latin" or demonym(tokens(word)[0])


def _given_name_variant(name: Name, claimed: str, found: str) -> bool:
    """The first of several names spelt otherwise beside the same family name: "Mikhail
    Saakashvili" / "Mikheil", "Alexandre Dumas" / "Alexander". Given names have forms in
    every language and transliteration; a family name spelt otherwise (Talbot / Talbott)
    is still a misspelling."""
    first = name.words[0]
    return (
        len(name.words) >= 2
        and claimed == first.text
        and not common_spelling(name.words[-1].text)  # a family name, not "Boys"
        and not is_acronym(first.text)
        and found[:1].lower() == claimed[:1].lower()
    )


def word_of(words: Sequence[Token], found: str) -> str:
    """The claim's word that the evidence spells `found`."""
    target = fold(found.split(" / ")[0])
    return max(words, key=lambda w: fuzz.ratio(w.norm, target)).text


def _alias(acronym: str, ctx: SentenceContext) -> bool:
    target = fold(acronym).replace(".", "")
    return any(len(n.words) > 1 and initials(n.words) == target for n in ctx.facts.names)


def other_organisation(ctx: SentenceContext) -> Finding | None:
    """ "a NATO summit" against "the CSCE summit": the same event, held by another body."""
    if ctx.scored.focused < CONTRADICT_ATTRIBUTION:
        return None
    values_here = all(r.check.status is ValueStatus.CONFIRMED for r in ctx.readings)
    if not values_here:
        return None
    claim_toks = list(ctx.facts.claim.tokens)
    for att in attribution(claim_toks, ctx.own, ctx.unit.text):
        if not att.found or fold(att.found) == fold(att.claimed) or _alias(att.found, ctx):
            continue
        others_here = all(
            ctx.names[i].status in MET
            or fold(n.text) == fold(att.claimed)
            or soft_name(n, ctx.facts.text)
            for i, n in enumerate(ctx.facts.names)
        )
        if others_here:
            return Finding(
                "FC301",
                "other-organisation",
                max(ctx.scored.focused, 0.8),
                f"claim says {att.claimed} {att.event}; evidence says {att.found} {att.event}",
                att.found,
            )
    return None


_COMPASS = {
    "northern": "n",
    "north": "n",
    "southern": "s",
    "south": "s",
    "eastern": "e",
    "east": "e",
    "western": "w",
    "west": "w",
    "central": "c",
    "centre": "c",
    "center": "c",
    "middle": "c",
}
_AREA_NOUNS = frozenset({"part", "region", "side", "area", "portion", "half", "corner"})


def _directions(word: str) -> frozenset[str] | None:
    """ "north-central" -> {n, c}; None for a word that names no direction."""
    parts = word.replace("–", "-").split("-")
    if len(parts) == 1 and word[:5] in ("north", "south") and word[5:] in _COMPASS:
        parts = [word[:5], word[5:]]  # "northeastern"
    found = [_COMPASS.get(p) for p in parts]
    if not found or any(f is None for f in found):
        return None
    return frozenset(f for f in found if f)


def other_direction(ctx: SentenceContext) -> Finding | None:
    """ "the eastern part of Ukraine" against "the north of central Ukraine": directions that
    share no component, for the same place, in a sentence about the claim's subject."""
    if ctx.scored.focused < CONTRADICT_COMPASS or ctx.about < ABOUT_REFERRED or not ctx.names_ok:
        return None
    claim = list(ctx.facts.claim.tokens)
    subject = {id(w.token) for w in ctx.facts.claim.words if w.subject}
    evidence = ctx.own
    # Every direction the claim names: one it says itself ("in the west and ... eastern
    # Ukraine") is no other direction than the claim's.
    named = frozenset().union(*(_directions(t.norm) or frozenset() for t in claim))
    for i, tok in enumerate(claim):
        mine = _directions(tok.norm)
        if mine is None or id(tok) in subject or i + 1 >= len(claim):
            continue
        heads = {claim[i + 1].stem}
        if claim[i + 1].norm == "of" and i + 2 < len(claim):
            heads = {claim[i + 2].stem}  # "north of Lisk": of Lisk, not of anything
        elif claim[i + 1].norm in _AREA_NOUNS and i + 3 < len(claim) and claim[i + 2].norm == "of":
            heads.add(claim[i + 3].stem)  # "part of Ukraine": the place itself
        if not heads & ({t.stem for t in evidence} | _AREA_NOUNS):
            continue
        for k, ev in enumerate(evidence[:-1]):
            theirs = _directions(ev.norm)
            if theirs is None or ev.capitalised or theirs & named:
                continue
            nxt = evidence[k + 1]
            after = evidence[k + 2] if k + 2 < len(evidence) else None
            # "the north of central Ukraine": the direction's place follows "of".
            place = nxt.stem in heads or (
                nxt.norm == "of"
                and after is not None
                and (after.stem in heads or after.norm in _COMPASS)
            )
            area = nxt.norm in _AREA_NOUNS and claim[i + 1].norm in _AREA_NOUNS
            if (place or area) and not mine & theirs:
                return Finding(
                    "FC302",
                    "other-direction",
                    COMPASS_STRENGTH + (1 - COMPASS_STRENGTH) * ctx.scored.focused,
                    f"claim says {tok.text!r}; evidence says {ev.text!r}",
                    ev.text,
                )
    return None


def _predicate_words(ctx: SentenceContext) -> list[ClaimWord]:
    """The claim's predicate words that assert something; for a predicate of light words and
    names only ("was involved in the Tarn Massacre", "took part in the Tarn Massacre"),
    all of its words: a sentence that denies them denies the claim."""
    words = predicate_words(ctx.facts)
    return words or _denial_words(ctx.facts, names=True)


# Negations that deny a claim's predicate outright; "nothing", "without", "failed" do too,
# but in too many turns of phrase ("has nothing to do with") to read a conflict from them.
_PLAIN_NEGATIONS = frozenset(
    {"not", "never", "no", "cannot", "yet", "refused", "declined", "turned", "turns", "turn"}
)
# A sentence that negates a claim word conflicts with the claim only when it says nearly
# all of it.
NEGATION_PREDICATE = 0.85


def _close(word: ClaimWord) -> frozenset[str]:
    """A claim word's stem and those of its WordNet synonyms: not its narrower words, not
    the hand lexicon's broad groups (a negation must deny the very thing)."""
    return close_keys(word.token.norm, word.token.stem)


def sentence_negates_claim(ctx: SentenceContext, broadly: bool = False) -> bool:
    """The sentence negates one of the claim's predicate words, directly ("did not offer"
    against "offered"), not one of the same broad group; `broadly`, also one that only
    paraphrases it ("had no role" against "participated"), which is enough to withhold
    support but not to contradict."""
    words = _predicate_words(ctx)
    denied = negated_words(ctx.unit.tokens, ctx.unit.text)
    for tok in denied:
        keys = token_keys(tok)
        if any((w.keys | w.narrow | w.loose if broadly else _close(w)) & keys for w in words):
            return True
    if not broadly:
        return False
    # Withholding support asks less: a denied light word, name or figure of the claim's
    # predicate will do ("is not about Giacomo Rappaccini", "It is not 1935"); not in a
    # bracketed aside ("Winesburg, Ohio (not to be confused with the actual Winesburg)").
    plain = _outside_asides(denied, ctx.unit.text)
    if _names_denied(ctx, plain):
        return True
    more = [w for w in _denial_words(ctx.facts) if w not in words]
    return any((w.keys | w.narrow | w.loose) & token_keys(t) for t in plain for w in more)


def _denial_words(facts: ClaimFacts, names: bool = False) -> list[ClaimWord]:
    """The words of the claim's predicate but the stopwords, and but its names unless
    `names` (see _names_denied)."""
    return [
        w
        for w in facts.claim.words
        if not w.subject and (names or not w.is_name) and w.token.norm not in STOPWORDS
    ]


def _outside_asides(toks: Sequence[Token], text: str) -> list[Token]:
    """The tokens not in a bracketed aside of `text`."""
    asides = [m.span() for m in BRACKETED.finditer(text)]
    return [t for t in toks if not any(a <= t.start < b for a, b in asides)]


def _names_denied(ctx: SentenceContext, denied: Sequence[Token], but: Sequence[Token] = ()) -> bool:
    """A name of the claim's predicate that the sentence denies whole: "not the Lisk Prize"
    denies no "Tarn Prize". Not one the claim denies itself (`but`)."""
    said = {t.norm for t in denied}
    own = {t.norm for t in but}
    subject = {id(n) for n in ctx.facts.subject_names}
    claimed = {t.norm for t in ctx.facts.claim.tokens}
    for name in ctx.facts.names:
        words = {w.norm for w in name.words if w.norm not in STOPWORDS}
        if id(name) in subject or not words or words <= own or not words <= said:
            continue
        # What the denial governs first is the name, or words of the claim: "was not
        # exclusive to the Colosseum" denies "exclusive", not the Colosseum.
        first = next(k for k, t in enumerate(denied) if t.norm in words)
        if all(t.norm in STOPWORDS or t.norm in claimed for t in denied[:first]):
            return True
    return False


def asserted_word_denied(ctx: SentenceContext) -> bool:
    """The sentence denies a word the claim asserts, outside the claim's own negations:
    "George was not deeply devout, but his piety was not shared" does not bear out "George
    was deeply devout, but his piety was not shared"."""
    claim_denied = negated_words(ctx.facts.claim.tokens, ctx.facts.text)
    mine = {id(t) for t in claim_denied}
    asserted = [w for w in _denial_words(ctx.facts) if id(w.token) not in mine]
    denied_keys = [token_keys(t) for t in claim_denied]
    # A denial of the sentence whose first word one of the claim's denies is that denial,
    # whatever else it governs ("declined to offer Ukraine a Membership Action Plan" / "did
    # not offer a Membership Action Plan to Ukraine"); only the others deny more ("did not
    # threaten to prosecute Rube" beside "did not recognize the divorce granted Rube").
    others = [
        t
        for group in negation_groups(ctx.unit.tokens, ctx.unit.text)
        if group and not any(token_keys(group[0]) & k for k in denied_keys)
        for t in group
    ]
    theirs = _outside_asides(others, ctx.unit.text)
    if _names_denied(ctx, theirs, but=claim_denied):
        return True
    return any(_close(w) & token_keys(t) for t in theirs for w in asserted)


def _negates_the_verb(ctx: SentenceContext) -> bool:
    """When the claim says what its subject did ("He earned a law degree in 2000"), the
    sentence's negation must govern that deed, not another that shares a word with it
    ("..., but never practised law"). A claim of what its subject is ("X is a musician")
    has no such verb: any of its predicate words will do."""
    verbs = [
        w for w in _predicate_words(ctx) if verb_like(w.token) and inflected_verb(w.token.norm)
    ]
    if not verbs:
        return True
    own = ctx.own
    # "received no indemnity", "generating no awareness": a verb whose object is "no ..."
    # is denied with it.
    denied = negated_words(ctx.unit.tokens, ctx.unit.text) + [
        t for k, t in enumerate(own[:-1]) if own[k + 1].norm == "no" and not t.capitalised
    ]
    close = _close(verbs[0])
    if not any(close & token_keys(t) for t in denied):
        return False
    # "did not sign the protocol, but signed the treaty": the deed is also said unnegated.
    outside = [t for i, t in enumerate(own) if t not in denied and not negation_word(own, i)]
    return not any(close & token_keys(t) for t in outside)


def _plainly_negated(toks: Sequence[Token]) -> bool:
    return any(
        t.norm in _PLAIN_NEGATIONS or t.norm.endswith("n't")
        for i, t in enumerate(toks)
        if negation_word(toks, i)
    )


def _denies_more(ctx: SentenceContext) -> bool:
    """What the sentence denies says more than the claim asserts, in a phrase of its own
    ("did not support the treaty at first", "has no children with her second husband",
    "was not a success in the United States"): denying a narrower thing leaves the claim's
    broader one open."""
    claim = ctx.facts.claim
    keys: set[str] = set()
    for w in claim.words:
        keys |= w.keys | w.narrow | w.loose
    stems = {t.stem for t in claim.tokens} | {t.norm for t in claim.tokens}
    toks = list(ctx.unit.tokens)
    following = {t.start: toks[k + 1] for k, t in enumerate(toks[:-1])}
    for tok in negated_words(ctx.unit.tokens, ctx.unit.text):
        if tok.norm in STOPWORDS or tok.stem in stems or tok.norm in stems:
            continue
        nxt = following.get(tok.start)
        if not tok.capitalised and nxt is not None and nxt.stem in stems:
            if _described_otherwise(claim.tokens, nxt):
                return True  # "not the actual town" / "set in the fictional town"
            # A word describing the claim's own noun ("not a commercial success"): the
            # same thing denied, described; another phrase ("at first", "with her second
            # husband", "in the United States") narrows the denial.
            continue
        if token_keys(tok) & keys:
            continue
        # A date is when it was denied ("refused in 2001"); a verb says the deed in other
        # words ("never appeared on the cover" / "was on a cover"); "an offer to work"
        # refused is the work refused.
        if any(c.isdigit() for c in tok.norm) or tok.norm in _DENIED_AS:
            continue
        if not tok.capitalised and inflected_verb(tok.norm) and not can_be_noun(tok.norm):
            continue
        return True
    return False


def _described_otherwise(claim: Sequence[Token], noun: Token) -> bool:
    """The claim gives the noun a describing word of its own ("the fictional town"), so a
    denial of it described another way ("not the actual town") is of another thing."""
    if noun.norm in STOPWORDS or not can_be_noun(noun.norm):
        return False
    for k, tok in enumerate(claim[1:], 1):
        if tok.stem == noun.stem:
            before = claim[k - 1]
            return not (
                before.capitalised or before.norm in STOPWORDS or inflected_verb(before.norm)
            )
    return False


# Nouns a refusal is told with: "turned down an offer to work under Tarn Records".
_DENIED_AS = frozenset({"offer", "offers", "invitation", "chance", "opportunity", "request"})


def _name_displaced(ctx: SentenceContext) -> bool:
    """A name of the claim's predicate stands in the sentence only as the owner of another
    thing ("Lisk's embassy") or after "to"/"for" behind a noun of the sentence's own ("the
    foreword to Tarn Hollow", "the music for Tarn Hollow"): the sentence speaks of that
    other thing. ("of" is left out: "under the sway of X" is under X.)"""
    claim_words = {t.norm for t in ctx.facts.claim.tokens}
    subject = {w.token.norm for w in ctx.facts.claim.words if w.subject}
    names = {
        t.norm
        for t in ctx.facts.claim.tokens
        if t.capitalised and t.norm not in subject and t.norm not in STOPWORDS
    }
    own = ctx.own
    text = ctx.unit.text
    displaced: set[str] = set()
    plain: set[str] = set()
    for k, tok in enumerate(own):
        name = tok.norm.removesuffix("'s")
        if name not in names:
            continue
        if possessive(tok, text):
            nxt = own[k + 1] if k + 1 < len(own) else None
            if nxt is not None and nxt.norm not in claim_words and not nxt.capitalised:
                displaced.add(name)
                continue
        j = k - 1
        while j >= 0 and own[j].norm == "the":
            j -= 1
        if j >= 1 and own[j].norm in {"to", "for"}:
            head = own[j - 1]
            if (
                not head.capitalised
                and head.norm not in claim_words
                and head.norm not in STOPWORDS
                and can_be_noun(head.norm)
                and not inflected_verb(head.norm)
            ):
                displaced.add(name)
                continue
        plain.add(name)
    # Named plainly elsewhere in the sentence ("a play by Edward Albee, ..., Albee's third
    # Pulitzer"), it is not displaced.
    return bool(displaced - plain)


def negation(ctx: SentenceContext) -> Finding | None:
    """ "X is not a Y" against "X is a Y", or the reverse: a sentence that says all of the
    claim's predicate, negated one way and not the other."""
    facts = ctx.facts
    if not ctx.refers or not ctx.names_ok or _subject_owns_another(ctx):
        return None
    scored = ctx.scored
    if ctx.focus < CONTRADICT_NEGATION or scored.predicate < NEGATION_PREDICATE:
        return None
    if ctx.unsaid or any(r.check.status is not ValueStatus.CONFIRMED for r in ctx.readings):
        return None
    if facts.negated:
        if not _plainly_negated(facts.claim.tokens):
            return None
        targets = negated_words(facts.claim.tokens, facts.claim.text)[:1]
        if not targets or negated_words(ctx.unit.tokens, ctx.unit.text):
            return None
        if state_ended(ctx) or _name_displaced(ctx):
            # "is not a member" / "was a member until 1990"; "never visited Lisk" /
            # "visited Lisk's embassy"; "did not write it" / "wrote the foreword to it".
            return None
        target = targets[0]
        # The very word the claim denies, or a kind of it that means nothing else
        # ("playwright" for "writer"; WordNet's synonyms are of any sense: "musician" has
        # "player", and "a football player" is no musician). A claim that denies what its
        # subject is ("X is not a writer") is met only by what the sentence says its
        # subject is, not by a word of another phrase ("a lawyer who worked with a writer",
        # "married a writer").
        predicate = claim_predicate(ctx)
        kind = (
            predicate is not None
            and predicate[1].norm not in STOPWORDS
            and target in (*predicate[0], predicate[1])
        )
        said = predicate_list(ctx) if kind else list(ctx.own)
        plain = [t for t in said if not t.capitalised]
        if (
            target.stem not in {t.stem for t in said}
            and not any(
                same_verb(target.norm, t.norm) or plainly_narrower(target.norm, t.norm)
                for t in plain
            )
            # "has yet to appear on the internet" / "makes Internet appearances": the deed
            # named by a noun, with the rest of the claim's predicate in its phrase.
            and not any(
                noun_of_verb(target.norm, t.norm) and _predicate_beside(ctx, target, t)
                for t in plain
            )
        ):
            return None
        return Finding(
            "FC401",
            "negation",
            ctx.focus * ctx.about,
            f"the claim denies {target.text!r}; the evidence asserts it",
            target.text,
        )
    if (
        _plainly_negated(ctx.unit.tokens)
        and sentence_negates_claim(ctx)
        and _negates_the_verb(ctx)
        and not _denies_more(ctx)
    ):
        return Finding(
            "FC401",
            "negation",
            ctx.focus * ctx.about,
            "the evidence negates what the claim asserts",
        )
    return None


# How near a noun the rest of a predicate must stand to be of the noun's phrase.
_PHRASE_REACH = 4


def _predicate_beside(ctx: SentenceContext, target: Token, noun: Token) -> bool:
    """Every other content word of the claim's predicate is in the sentence within a few
    words of `noun` ("Internet appearances", "appearances on the Internet"), not in another
    clause ("radio appearances, ... but he avoids the Internet")."""
    own = ctx.own
    at = next((i for i, t in enumerate(own) if t is noun), None)
    if at is None:
        return False
    near = own[max(0, at - _PHRASE_REACH) : at + _PHRASE_REACH + 1]
    keys = set().union(*(token_keys(t) for t in near)) if near else set()
    rest = [
        w
        for w in ctx.facts.claim.words
        if not w.subject and w.weight >= 1.0 and w.token is not target
    ]
    return all(w.keys & keys or w.token.stem in {t.stem for t in near} for w in rest)


def _stems_of(tok: Token) -> frozenset[str]:
    """A word's stem and, for an irregular verb form, its verb's ("lost" -> "lose")."""
    net = wordnet.load()
    bases = net.verb_bases(tok.norm) if net is not None and not tok.capitalised else frozenset()
    return frozenset({tok.stem}) | bases


def _opposite_in_place(
    claim: list[Token], word: Token, evidence: list[Token], stems: frozenset[str]
) -> str | None:
    """The evidence's opposite of `word`, if it stands where the claim's word stands: next
    to the same word ("western Ukraine" / "eastern Ukraine", "The Cretaceous began" / "The
    Cretaceous ended"), not just anywhere ("the eastern branch of the Slavic languages")."""
    i = next(k for k, t in enumerate(claim) if t is word)
    neighbours = {
        t.stem for t in claim[max(0, i - 1) : i] + claim[i + 1 : i + 2] if t.norm not in STOPWORDS
    }
    for k, tok in enumerate(evidence):
        if _stems_of(tok) & stems:
            around = {t.stem for t in evidence[max(0, k - 1) : k] + evidence[k + 1 : k + 2]}
            if k + 2 < len(evidence) and "-" in evidence[k + 1].text:
                around.add(evidence[k + 2].stem)  # "an artificial sea-level waterway"
            if around & neighbours:
                return tok.text
    return None


def _opposite_at_value(
    ctx: SentenceContext, word: ClaimWord, against: frozenset[str]
) -> str | None:
    """ "formed in 2004" against "disbanded in 2004": the claim's word and its opposite
    each govern a date, and the dates agree."""
    for cv in ctx.facts.values:
        if word.token not in cv.anchor.governors:
            continue
        for sv in sentence_values(ctx.unit):
            if not any(g.stem in against for g in sv.anchor.governors[:1]):
                continue
            if (
                isinstance(cv.value, DateValue)
                and isinstance(sv.value, DateValue)
                and compare_dates(cv.value, sv.value).compatible
            ):
                return sv.anchor.governors[0].text
    return None


def _cover_words(ctx: SentenceContext, words: Sequence[ClaimWord]) -> float:
    """Share of these claim words (by weight) the sentence itself says."""
    here = ctx.unit.concepts
    total = sum(w.weight for w in words)
    got = sum(w.weight for w in words if w.keys & here or w.narrow & here or w.loose & here)
    return got / total if total else 0.0


_RANK_ENDS = frozenset({"last", "final", "latest"})


def _restricted_apart(ctx: SentenceContext, word: Token, placed: str) -> bool:
    """A rank opposed to a rank that only some things share: "the last film in the series"
    is not set against "the first film in the series to be shot in 3D"."""
    if word.norm not in _RANK_ENDS and ordinal_word_value(word.norm) is None:
        return False
    said = next((t for t in ctx.own if t.text == placed), None)
    if said is None:
        return False
    claim_text = ctx.facts.claim.text
    return restriction(claim_text, word.end) != restriction(ctx.unit.text, said.end)


def _subject_owns_another(ctx: SentenceContext) -> bool:
    """The sentence's subject is a thing of the claim's subject ("Blue Harbour's second
    single was a failure" for "Blue Harbour was a success"): what it says is that thing's."""
    claim = ctx.facts.claim
    if any(t.norm.endswith(("'s", "’s")) for t in claim.tokens):
        return False
    subject = {w.token.norm for w in claim.words if w.subject}
    toks = ctx.unit.tokens
    for i, tok in enumerate(toks[:8]):
        if tok.norm in _COPULAS or inflected_verb(tok.norm):
            return False
        owner = tok.norm.removesuffix("'s").removesuffix("’s")
        if owner != tok.norm and owner in subject and i + 1 < len(toks):
            return not toks[i + 1].capitalised
    return False


_ADVERB_RANKS = frozenset({"first", "last", "initially", "finally"})


def _adverbial_rank(toks: Sequence[Token], i: int) -> bool:
    """ "first" or "last" as an adverb of the verb after it ("was first published as a
    serial", "was last seen in Lisk"): when it happened, not a rank among things, so "his last
    published novel" does not oppose it. After a determiner it is the noun's rank ("his first
    published novel")."""
    if toks[i].norm not in _ADVERB_RANKS or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.capitalised or nxt.norm.endswith("s") or not inflected_verb(nxt.norm):
        return False
    return i == 0 or toks[i - 1].norm in _BE_FORMS


def _thing_of_subject(ctx: SentenceContext) -> bool:
    """The sentence's subject is another thing of the claim's subject, by a noun the claim
    does not say ("The predecessor of Tarn Motors was founded in 1985", "Tarn Motors'
    predecessor ..."): its dates and figures are that thing's. An event noun that says the
    claim's deed ("Gwynn's death in 2014" for "died") is the claim's own."""
    claim = ctx.facts.claim
    subject = {w.token.norm for w in claim.words if w.subject}
    if not subject or any(t.norm.endswith(("'s", "’s", "'", "’")) for t in claim.tokens):
        return False
    keys: set[str] = set().union(*(w.keys for w in claim.words))
    toks = ctx.unit.tokens
    for i, tok in enumerate(toks[:10]):
        if tok.norm in _COPULAS or (inflected_verb(tok.norm) and not tok.capitalised):
            return False
        noun: Token | None = None
        owner = tok.norm.removesuffix("'s").removesuffix("’s")
        # "Motors' predecessor": the tokens drop a plural's bare apostrophe.
        bare = ctx.unit.text[tok.end : tok.end + 1] in ("'", "’") and tok.norm.endswith("s")
        if (owner != tok.norm or bare) and owner in subject and i + 1 < len(toks):
            noun = toks[i + 1]  # "Tarn Motors' predecessor"
        elif (
            tok.norm == "of"
            and i >= 1
            and i + 1 < len(toks)
            and toks[i + 1].norm.rstrip("'’") in subject | {"the"}
            and (toks[i + 1].norm in subject or (i + 2 < len(toks) and toks[i + 2].norm in subject))
            and (i < 2 or toks[i - 2].norm in ("the", "a", "an"))
        ):
            noun = toks[i - 1]  # "The predecessor of Tarn Motors"
        if noun is not None:
            return (
                not noun.capitalised
                and noun.norm not in _NAMING_KINDS
                and noun.norm not in claim_words(ctx)
                and not token_keys(noun) & keys
            )
    return False


# "The city of Tarn" is Tarn itself.
_NAMING_KINDS = frozenset(
    """city town village state county province region republic kingdom island islands port
    district borough municipality country nation empire principality duchy""".split()
)


def claim_words(ctx: SentenceContext) -> set[str]:
    return {t.norm for t in ctx.facts.claim.tokens}


def opposite(ctx: SentenceContext) -> Finding | None:
    """A claim word's opposite, in its place: "began" / "ended", "best-selling" /
    "worst-selling", "founded in 1998" / "dissolved in 1998". The rest of the claim must be
    said (or, for a claim of that one word and a date, the two words must date the same)."""
    if ctx.about < ABOUT_REFERRED or not ctx.names_ok or _subject_owns_another(ctx):
        return None
    claim_toks = list(ctx.facts.claim.tokens)
    claim_stems = frozenset(t.stem for t in claim_toks)
    unit_stems = set().union(*(_stems_of(t) for t in ctx.own))
    predicate = predicate_words(ctx.facts)
    # "the second Yatsenyuk government" names which government, not its rank among rivals:
    # "the first Yatsenyuk government" is another one, no opposite.
    instances = ordinal_instances(claim_toks)
    # Absent from the sentence, or met only through a hand-lexicon group by another claim
    # word's own ("won" by "election" in "lost the election").
    absent = list(ctx.scored.absent)
    absent += [w for w in ctx.unsaid if all(w is not a for a in absent)]
    # A dated claim's deed is opposed only at the same date ("won in 1990", "lost in 1994").
    unmet = any(
        isinstance(cv.value, DateValue) and r.check.status is not ValueStatus.CONFIRMED
        for cv, r in zip(ctx.facts.values, ctx.readings, strict=True)
    )
    denied = {t.text for t in negated_words(ctx.unit.tokens, ctx.unit.text)}
    for word in absent:
        if word.is_name or word.subject or word.token.norm in instances:
            continue
        at = next((k for k, t in enumerate(claim_toks) if t is word.token), None)
        if at is not None and _adverbial_rank(claim_toks, at):
            continue
        against = (opposite_stems(word.token.norm, word.token.stem) & unit_stems) - claim_stems
        if not against:
            continue
        rest = [w for w in predicate if w is not word]
        placed = _opposite_in_place(claim_toks, word.token, ctx.own, frozenset(against))
        if placed is not None and _restricted_apart(ctx, word.token, placed):
            continue
        if _other_object(ctx, word.token, frozenset(against)):
            # "joined the club" and "left the army" in one year: two deeds, no conflict.
            continue
        if placed is not None and _opposed_in_part(ctx, placed):
            continue
        if (
            placed is not None
            and ordinal_word_value(placed.lower())
            and _rank_narrowed(ctx, placed)
        ):
            continue  # "the second woman to climb it without oxygen" / "the first woman"
        if (
            placed is not None
            and not unmet
            and (_cover_words(ctx, rest) if rest else 0.0) >= CONTRADICT_OPPOSITE
        ):
            other: str | None = placed
        else:
            other = _opposite_at_value(ctx, word, frozenset(against))
        if other is not None and other in denied:
            continue  # "is not set in the real town": the opposite denied agrees
        if other is not None:
            return Finding(
                "FC402",
                "opposite",
                _structural(ctx),
                f"claim says {word.token.text!r}; evidence says {other!r}",
                other,
            )
    return None


_NP_SKIP = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})
# Words that make the sentence's opposite hold of a part: "negative reviews from some
# critics" leaves room for positive ones.
_SOME = frozenset({"some", "several", "few", "certain", "partly", "partially", "mixed"})
# How many words after the opposite are read for what narrows it.
_OPPOSITE_REACH = 6


def _opposed_in_part(ctx: SentenceContext, placed: str) -> bool:
    """The sentence's opposite holds of a part or another instance of what the claim
    speaks of: a word of _SOME near it ("received negative reviews from some critics"), or
    its object narrowed by an "of" phrase the claim does not say ("lost the final of the
    1995 cup" / "won the final")."""
    own = ctx.own
    at = next((k for k, t in enumerate(own) if t.text == placed), None)
    if at is None:
        return False
    norms = {t.norm for t in ctx.facts.claim.tokens}
    stems = {t.stem for t in ctx.facts.claim.tokens}
    near = own[max(0, at - 2) : at + 1 + _OPPOSITE_REACH]
    if any(t.norm in _SOME and t.norm not in norms for t in near):
        return True
    after = own[at + 1 : at + 1 + _OPPOSITE_REACH]
    for k, tok in enumerate(after[:-1]):
        if tok.norm == "of" and k > 0 and after[k - 1].stem in stems:
            rest = [t for t in after[k + 1 :] if t.norm not in STOPWORDS]
            return bool(rest) and not any(t.stem in stems for t in rest[:2])
    return False


def _object_head(toks: Sequence[Token], text: str, at: int) -> Token | None:
    """The last word of the noun phrase right after token `at` ("opposed the first draft of
    the treaty" -> draft), or None when none follows."""
    head: Token | None = None
    for k in range(at + 1, min(len(toks), at + 6)):
        tok = toks[k]
        if any(c in text[toks[k - 1].end : tok.start] for c in ",.;:()"):
            break
        if tok.norm in _NP_SKIP and head is None:
            continue
        if tok.norm in STOPWORDS or tok.capitalised:
            break
        head = tok
    return head


def _other_object(ctx: SentenceContext, word: Token, against: frozenset[str]) -> bool:
    """The claim's verb and the sentence's opposite verb act on different things: "supported
    the treaty" and "opposed the first draft of the treaty"."""
    if not inflected_verb(word.norm):
        return False  # "highly residential" / "barely residential": no object to compare
    claim = list(ctx.facts.claim.tokens)
    mine = _object_head(claim, ctx.facts.text, claim.index(word))
    if mine is None:
        return False
    at = claim.index(word)
    mine_words = {t.norm for t in claim[at + 1 : claim.index(mine)]}
    own = ctx.own
    for k, tok in enumerate(own):
        if tok.stem in against:
            theirs = _object_head(own, ctx.unit.text, k)
            if theirs is None:
                return False
            if not (token_keys(theirs) & token_keys(mine)):
                return True
            # "rejected an earlier offer" is not the offer "accepted the offer" means.
            between = {t.norm for t in own[k + 1 : own.index(theirs)]}
            return bool((between - mine_words) & _ANOTHER_INSTANCE)
    return False


_ANOTHER_INSTANCE = frozenset(
    {
        "earlier",
        "previous",
        "prior",
        "another",
        "other",
        "former",
        "later",
        "next",
        "subsequent",
        "first",
        "second",
        "third",
        "further",
    }
)


# Verbs of making something, whose agent ("directed by Mike Flanagan") is who made it; and
# of a deed done to a person once, whose agent is who did it ("assassinated by ...").
AGENT_VERBS = frozenset(
    """write direct produce compose design create found co-found paint sing perform develop
    publish build invent discover host narrate edit illustrate record sculpt engineer
    co-write co-produce assassinate murder""".split()
)
AGENT_STEMS = frozenset(stem(w) for w in AGENT_VERBS)


_AGENT_STOP = frozenset({"who", "which", "that", "whose", "whom", "person", "people", "someone"})


def agents_after(toks: Sequence[Token], text: str, at: int) -> list[str]:
    """The names after "<verb> by" (or "<verb> and <verb> by") at token `at`: "directed by
    comedian Jeong Hyeong-don and rapper Defconn" -> [jeong hyeong-don, defconn]. A role
    word or two may stand before each name ("by the blues guitarist Buddy Guy")."""
    i = at + 1
    while i < len(toks) and i < at + 4 and (toks[i].norm == "and" or toks[i].stem in AGENT_STEMS):
        i += 1
    if i >= len(toks) or toks[i].norm != "by":
        return []
    names: list[str] = []
    current: list[str] = []
    lowercase_run = 0
    for k in range(i + 1, min(len(toks), i + 16)):
        tok = toks[k]
        gap = text[toks[k - 1].end : tok.start]
        if any(c in gap for c in ".;:()"):
            break
        if (
            tok.capitalised
            and tok.norm not in STOPWORDS
            and tok.norm not in MONTH_WORDS
            and not (not current and demonym(tok))  # "by the English rock band Pink Floyd"
        ):
            if "," in gap and current:
                names.append(" ".join(current))
                current = []
            current.append(tok.norm)
            lowercase_run = 0
            continue
        if current:
            names.append(" ".join(current))
            current = []
        if tok.norm in _AGENT_STOP or tok.norm.isdigit():
            break
        if tok.norm in ("and", "both", "a", "an", "the", "his", "her", "their") or demonym(tok):
            continue
        lowercase_run += 1
        if lowercase_run > 3:
            break  # "by a group of people who ..."
    if current:
        names.append(" ".join(current))
    return names


def _maker(tok: Token) -> bool:
    """A verb of making ("directed") or a work's noun ("an album by")."""
    if tok.capitalised:
        return False
    kind = kind_of_word(tok)
    return tok.stem in AGENT_STEMS or (kind is not None and kind[0] == "work")


def other_agent(ctx: SentenceContext) -> Finding | None:
    """ "written by Trevor Macy" against "directed and written by Mike Flanagan", "an album
    by Danny Devito" against "an album by the English rock band Pink Floyd": the work the
    claim names, made by someone else, who is named where the claim's maker is not."""
    facts = ctx.facts
    claim = list(facts.claim.tokens)
    claimed: tuple[str, Token] | None = None
    work_named = ctx.about >= ABOUT_REFERRED
    for i, tok in enumerate(claim):
        if not _maker(tok):
            continue
        after = agents_after(claim, facts.text, i)
        if after:
            claimed = (after[0], tok)  # passive: "was written by X", "an album by X"
            break
        before = _maker_before(claim, facts, i)
        if before is not None:
            claimed = (before, tok)  # attributive: "a Paul Dunn song"
            break
        # Active: "<Name> directed <work>", the verb right after the subject's name; the
        # sentence must then name the work (the claim's other names).
        past = tok.norm.endswith("ed") or tok.norm in PAST_IRREGULAR
        subject = [n for n in facts.subject_names if n.end < tok.start]
        right_after = bool(subject) and facts.text[subject[-1].end : tok.start].strip() == ""
        if past and right_after and not facts.subject_pronoun and i > 0:
            claimed = (" ".join(w.norm for w in subject[-1].words), tok)
            others = [n for n in facts.names if n not in facts.subject_names]
            # The work is the verb's object, named right after it ("Y directed Jaws"), not a
            # name further on ("Y wrote in his review that Benton's memories ...").
            work_named = (
                bool(others)
                and _object_named(facts.text, tok, others)
                and all(ctx.names[facts.names.index(n)].status in MET for n in others)
            )
            break
    if claimed is None or not work_named:
        return None
    agent, verb = claimed
    words = set(agent.split())
    if words & ctx.vocabulary or words & {t.norm for t in ctx.own}:
        return None
    readings = itertools.chain(
        _said_after(ctx, verb, agents_after, works=True),
        _said_after(ctx, verb, _active_agents(ctx)),
    )
    for tok, theirs in readings:
        # The maker's own words, and the work's noun said as another of its kind ("a
        # single" for "a song"), are what the sentence fills otherwise: not unsaid.
        left_out = words | ({verb.norm} if tok.stem != verb.stem else set())
        if max(ctx.scored.focused, _focus_without(ctx, left_out)) < CONTRADICT_AGENT:
            continue
        if theirs and not _of_another_work(ctx, tok):
            return Finding(
                "FC202",
                "other-agent",
                _structural(ctx),
                f"claim says {verb.text} by {agent.title()}; evidence says {theirs[0].title()}",
                theirs[0].split()[0].title(),
            )
    return None


def _active_agents(ctx: SentenceContext) -> Callable[[Sequence[Token], str, int], list[str]]:
    """A reader of the maker named right before a verb of making whose object is the claim's
    work ("George Tillman directed Soul Food", "Sculptor Gutzon Borglum created ...")."""
    claimed = {tuple(w.norm for w in n.words) for n in ctx.facts.names}
    work = {norm for name in claimed for norm in name}

    def read(toks: Sequence[Token], text: str, at: int) -> list[str]:
        verb = toks[at]
        if at == 0 or verb.capitalised or verb.stem not in _AUTHORSHIP:
            return []
        if not (verb.norm.endswith("ed") or verb.norm in PAST_IRREGULAR):
            return []
        run, _k = name_run_before(toks, text, at - 1)
        if not run or text[run[-1].end : verb.start].strip():
            return []
        start = at + 2 if at + 1 < len(toks) and toks[at + 1].norm == "the" else at + 1
        if start >= len(toks) or text[toks[start - 1].end : toks[start].start].strip(' "“'):
            return []
        thing, after = name_run_after(toks, text, start)
        if tuple(t.norm for t in thing) not in claimed or possessive(thing[-1], text):
            return []  # the object is the claim's work itself, named right after the verb
        if after < len(toks) and (toks[after].norm.isdigit() or toks[after].norm in _SHARED):
            return []  # "directed Jaws 2" is another work; "founded it with ..." a shared deed
        names = [t.norm for t in run if t.norm not in TITLES and not plain_word(t.norm)]
        if not names or set(names) & work:
            return []
        return [" ".join(names)]

    return read


# Deeds done to a work once, by its maker: another who sings, records, performs, publishes
# or produces it may well do so beside the claim's ("Dolly Parton recorded ..." does not
# deny that Whitney Houston did).
_AUTHORSHIP = frozenset(
    stem(w)
    for w in "write direct compose design create found paint invent sculpt assassinate".split()
)
# Words after a deed's object that give it more doers ("founded the club with her husband").
_SHARED = frozenset({"with", "together", "alongside", "along", "and", "jointly"})


_COPULAS = frozenset({"is", "was", "are", "were", "became", "becomes", "remains", "remained"})


_GOVERNING_PREPOSITIONS = frozenset(
    {"into", "as", "for", "from", "with", "of", "in", "on", "to", "about", "inspired"}
)


def _of_another_work(ctx: SentenceContext, participle: Token) -> bool:
    """The sentence's "written by" follows a noun the claim does not speak of ("adapted into
    a film written by Paul Dunn"): the participle says who made that, not the claim's work."""
    own = ctx.own
    at = next((k for k, t in enumerate(own) if t is participle), 0)
    if at == 0 or not (participle.norm.endswith(("ed", "en")) or participle.norm in PAST_IRREGULAR):
        return False
    before = own[at - 1]
    gap = ctx.unit.text[before.end : participle.start].strip()
    if not (
        not gap
        and not before.capitalised
        and before.norm not in STOPWORDS
        and before.norm not in _AUXILIARIES
        and not before.norm.endswith("ly")
        and before.norm not in ctx.facts.words
        and can_be_noun(before.norm)
    ):
        return False
    # "Blue Harbour is a 1950 novel written by ...": the noun is what the subject is; in
    # "adapted into a film written by ..." it is what a preposition or verb governs.
    for k in range(at - 2, max(-1, at - 10), -1):
        tok = own[k]
        if tok.norm in _COPULAS:
            return False
        if tok.norm in _GOVERNING_PREPOSITIONS or (
            not tok.capitalised and tok.norm.endswith("ed") and can_be_verb(tok.norm)
        ):
            return True
    return False


def _object_named(text: str, verb: Token, names: Sequence[Name]) -> bool:
    after = [n for n in names if n.start >= verb.end]
    if not after:
        return False
    gap = text[verb.end : after[0].start].strip().lower()
    return gap in ("", "the", "a", "an", '"', "“")


T = TypeVar("T")


def _said_after(
    ctx: SentenceContext,
    verb: Token,
    read: Callable[[Sequence[Token], str, int], list[T]],
    works: bool = False,
) -> Iterator[tuple[Token, list[T]]]:
    """Each of the sentence's words of the claim's verb, with what `read` finds after it
    (its agent after "by", its object); with `works`, a work's noun stands for another
    ("a single by" for "a song by": the same kind of work)."""
    own = ctx.own
    work = kind_of_word(verb) if works and _work_noun(verb) else None
    for k, tok in enumerate(own):
        if tok.stem == verb.stem or (work and _work_noun(tok) and kind_of_word(tok) == work):
            yield tok, read(own, ctx.unit.text, k)


def _focus_without(ctx: SentenceContext, left_out: set[str]) -> float:
    """The share of the claim's predicate weight the sentence says, leaving out the given
    words (a slot the sentence fills otherwise)."""
    words = [w for w in ctx.facts.claim.words if not w.subject and w.token.norm not in left_out]
    total = sum(w.weight for w in words)
    missing = {id(w.token) for w in ctx.scored.missing}
    got = sum(w.weight for w in words if id(w.token) not in missing)
    return got / total if total else 1.0


def _work_noun(tok: Token) -> bool:
    if tok.capitalised:
        return False
    kind = kind_of_word(tok)
    return kind is not None and kind[0] == "work"


_RECORDS = frozenset({"song", "album"})


def _maker_before(claim: Sequence[Token], facts: ClaimFacts, at: int) -> str | None:
    """The maker named before a record's noun ("a Paul Dunn song", "the 2013 Nora Hale
    album"), when it is not the claim's subject. Only records: before a film's or a book's
    noun a name is as often its franchise, studio or source ("a Star Wars film", "a Marvel
    Comics film")."""
    kind = kind_of_word(claim[at]) if _work_noun(claim[at]) else None
    if kind is None or kind[1] not in _RECORDS:
        return None
    run, k = name_run_before(claim, facts.text, at - 1)
    opener = claim[k].norm if k >= 0 else ""
    if len(run) < 2 or not (opener in ("a", "an", "the") or opener.isdigit()):
        return None
    subject = {w.norm for n in facts.subject_names for w in n.words}
    if any(t.norm in subject for t in run):
        return None
    return " ".join(t.norm for t in run)


def other_kind(ctx: SentenceContext) -> Finding | None:
    if ctx.about < ABOUT_REFERRED:
        return None
    found = kind_conflict(ctx)
    if found is None:
        return None
    claimed, said = found
    named = tuple(n.text for n in ctx.facts.names if claimed in n.text.split())
    if not ctx.names_ok_except((claimed, *named)):
        return None
    if _person_pronoun_of_a_thing(ctx, said):
        return None  # "He is the protagonist" is not about "The Good Earth is a novel"
    if _ranked_kind(ctx.facts.claim.tokens, claimed) or _ranked_kind(ctx.unit.tokens, said):
        return None  # "the world's largest importer" ranks a role, not what it is
    return Finding(
        "FC403",
        "other-kind",
        _structural(ctx),
        f"claim says {claimed!r}; evidence says {said!r}",
        said,
    )


def _ranked_kind(toks: Sequence[Token], kind: str) -> bool:
    """The kind word, one that names a doer ("importer", "producer"), stands right after a
    superlative ("the largest importer"): a rank among the things that do something, which
    a country can hold as well as a firm. A ranked kind of thing is still that kind ("the
    largest town in the borough" is a town)."""
    words = kind.lower().split()
    if not words or not _doer_noun(words[-1]):
        return False
    for k, tok in enumerate(toks[1:], start=1):
        if tok.norm == words[0] and superlative(toks[k - 1].norm.split("-")[-1]):
            return True
    return False


def _doer_noun(word: str) -> bool:
    """A noun of one who does a verb: "importer", "producer", "distributor"."""
    if not word.endswith(("er", "or")):
        return False
    return any(can_be_verb(base) for base in (word[:-2], word[:-1]))


def _person_pronoun_of_a_thing(ctx: SentenceContext, said: str) -> bool:
    """The claim's subject is "he" or "she" and the sentence says its subject is a thing,
    not a person: the pronoun stands for someone the article speaks of, not its topic."""
    claim = list(ctx.facts.claim.tokens)
    if not ctx.facts.subject_pronoun or not claim or claim[0].norm not in ("he", "she"):
        return False
    kind = kind_of_word(tokens(said)[0]) if said.strip() else None
    return kind is not None and kind[0] != "person"


def other_rank(ctx: SentenceContext) -> Finding | None:
    """The claim ranks its subject first by a superlative and the sentence places it
    otherwise by an ordinal, or the other way round ("the largest city in France" / "the
    second-largest city in France"): all else the claim says must be said."""
    if ctx.about < ABOUT_REFERRED or not ctx.names_ok or ctx.unsaid:
        return None
    found = superlative_conflict(ctx.facts.text, ctx.unit.text)
    if found is None:
        return None
    claimed, said = found
    if _rank_narrowed(ctx, said):
        return None
    return Finding(
        "FC404",
        "other-rank",
        _structural(ctx),
        f"claim says {claimed!r}; evidence says {said!r}",
        said,
    )


# Words after a rank that narrow what it ranks among: "the second woman to climb it
# without oxygen", "the second-longest river entirely within Lisk".
_NARROWING = frozenset({"without", "entirely", "wholly", "excluding", "except", "outside"})
# How many words after a rank are read for what narrows it.
_RANK_REACH = 8


def _rank_narrowed(ctx: SentenceContext, said: str) -> bool:
    """The sentence's rank is among fewer things than the claim's: a word of _NARROWING the
    claim does not have follows it, or a place the claim does not name ("the second
    best-selling album of 1990 in the United States" / "the best-selling album of 1990")."""
    text = ctx.unit.text
    at = text.find(said)
    if at < 0:
        return False
    after = tokens(text[at + len(said) :])[:_RANK_REACH]
    claimed = {t.norm for t in ctx.facts.claim.tokens}
    if any(t.norm in _NARROWING and t.norm not in claimed for t in after):
        return True
    for k, tok in enumerate(after[:-1]):
        if tok.norm != "in":
            continue
        run = [t for t in after[k + 1 :] if t.norm != "the"]
        name: list[str] = []
        for t in run:
            if not t.capitalised:
                break
            name.append(t.text)
        if not name or {w.lower() for w in name} & claimed:
            continue
        if known_place(" ".join(name)) is not None:
            return True
    return False


def _structural(ctx: SentenceContext) -> float:
    """Strength of a conflict found in a slot of the claim's own structure (its kind, its
    place, its maker): the slot itself says the sentence is about the same thing, so the
    words the sentence does not share count for less."""
    return STRUCTURAL_BASE + (1 - STRUCTURAL_BASE) * ctx.scored.focused * ctx.about


def other_place(ctx: SentenceContext) -> Finding | None:
    if ctx.about < ABOUT_ALONE:
        return None
    found = place_conflict(ctx)
    if found is None:
        return None
    claimed, said = found
    if ctx.about < ABOUT_REFERRED and not _all_but_the_name(ctx, claimed):
        return None
    if _of_many_places(ctx, claimed):
        return None
    if ctx.scored.focused < CONTRADICT_PLACE and not _only_the_place_unsaid(ctx, claimed):
        return None
    if not ctx.names_ok_except((claimed,)):
        return None
    if then_not_now(ctx):
        return None  # "lives in Paris" / "lived in Berlin from 1990 to 1995"
    if told_of_a_part(ctx, said):
        return None
    return Finding(
        "FC303",
        "other-place",
        _structural(ctx),
        f"claim says {claimed}; evidence says {said}",
        said.split()[0],
    )


def _of_many_places(ctx: SentenceContext, claimed: str) -> bool:
    """The place qualifies a plural subject ("Protests in Paris spread ...", "Students in
    Madrid joined ..."): what is done by many is done in many places, and a sentence that
    tells of one ("Protests in Lyon spread ...") leaves the others be."""
    claim = list(ctx.facts.claim.tokens)
    text = ctx.facts.text
    first = claimed.split()[0].lower()
    for i in range(2, len(claim)):
        if claim[i].norm != first or claim[i - 1].norm not in ("in", "at", "from"):
            continue
        head = claim[i - 2]
        # The claim's subject: nothing but a possessive name before it ("Libya's protests"),
        # no name of a doer ("Nora Hale lives in Paris").
        doer = any(n.start <= head.start and not owned_after(text, n.end) for n in ctx.facts.names)
        before_verb = not any(
            t.norm in _AUXILIARIES or inflected_verb(t.norm) for t in claim[: i - 2]
        )
        if before_verb and not doer and plural_noun(head.norm):
            return True
    return False


def _all_but_the_name(ctx: SentenceContext, claimed: str) -> bool:
    """A claim whose subject names no one but a place or a body ("The communist victory in
    China", "A statement of the North Atlantic Council"), against a sentence that says all
    of it but that name: about the same event, which the sentence puts elsewhere or gives
    to another."""
    named = {w.lower() for w in claimed.split()}
    return (
        ctx.scored.focused >= CONTRADICT_PLACE_ALONE
        and ctx.subject_words_said()
        and all(w.token.norm in named for w in ctx.scored.absent)
    )


def _only_the_place_unsaid(ctx: SentenceContext, claimed: str) -> bool:
    """All the claim says but its place is in the sentence ("Valencia is in Spain" /
    "Valencia is a city in France"): a claim of little more than a place is as close as
    it can come."""
    place = {w.lower() for w in claimed.split()}
    return ctx.scored.subject >= _WHOLE_PREDICATE and all(
        w.token.norm in place for w in ctx.scored.absent
    )


# A sentence that says this much of the claim's predicate says all of it.
_WHOLE_PREDICATE = 0.999
# Words that make a deed one person's: an office, a first, an only, a last.
_EXCLUSIVE = frozenset({"first", "only", "last", "sole"})


_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "had", "have", "be", "been"})


def _doer_in_sentence(ctx: SentenceContext) -> str | None:
    """The name that does, in the sentence, what the claim's subject does in the claim: the
    capitalised run right before the claim's verb ("Boris Yeltsin was elected" for
    "Gorbachev was elected"; "when Mikhail Gorbachev visited Beijing" for "Helmut Kohl
    visited Beijing")."""
    facts = ctx.facts
    claim = list(facts.claim.tokens)
    last = facts.subject_names[-1]
    following = [t for t in claim if t.start >= last.end]
    after = [t for t in following if t.norm not in _AUXILIARIES]
    if not after or after[0].capitalised:
        return None
    verb = after[0]
    if following[0] is verb and not (
        verb.norm.endswith("ed") or verb.norm in PAST_IRREGULAR or inflected_verb(verb.norm)
    ):
        return None  # "A NATO summit was held": the name qualifies a noun, it does not act
    toks = list(ctx.unit.tokens)
    for k, tok in enumerate(toks):
        if tok.stem != verb.stem:
            continue
        j = k - 1
        while j >= 0 and toks[j].norm in _AUXILIARIES:
            j -= 1
        run: list[Token] = []
        while j >= 0 and toks[j].capitalised and toks[j].norm not in STOPWORDS:
            if run and ctx.unit.text[toks[j].end : run[0].start].strip():
                break
            run.insert(0, toks[j])
            j -= 1
        while run and (run[0].norm in facts.words or demonym(run[0])):
            run.pop(0)  # "Republican Randy Fine": a word the claim shares qualifies the name
        if not run or any(demonym(t) or t.norm in facts.words for t in run):
            continue
        if run[0] is toks[0] and len(run) == 1 and plain_word(run[0].norm):
            continue  # "Relations were ...": a word of the language opening the sentence
        return " ".join(t.text for t in run)
    return None


def other_holder(ctx: SentenceContext) -> Finding | None:
    """The sentence says everything the claim says (its predicate, its other names, its
    dates and figures) of another name, standing where the claim's subject would, and the
    article never names the claim's subject ("Boris Yeltsin was elected President of the
    Russian SFSR on 12 June 1991" against "Gorbachev was elected ..."). Only for a deed that
    is one person's: dated or counted, or an office, a first, an only, a last."""
    facts = ctx.facts
    names = facts.subject_names
    if not names or facts.subject_pronoun or facts.negated:
        return None
    if any(n.words[-1].norm in ctx.vocabulary for n in names):
        return None  # the article names them (by family name, or the name's head noun)
    if any(ctx.names[facts.names.index(n)].status in MET for n in names):
        return None  # the sentence names them otherwise ("the IMF")
    if ctx.scored.predicate < _WHOLE_PREDICATE:
        return None
    if not ctx.names_ok_except(tuple(n.text for n in names)):
        return None
    readings = ctx.readings
    if any(r.check.status is not ValueStatus.CONFIRMED for r in readings):
        return None
    if not readings and not any(
        t.norm in TITLES or t.norm in _EXCLUSIVE for t in facts.claim.tokens
    ):
        return None
    other = _doer_in_sentence(ctx)
    if other is None:
        return None
    return Finding(
        "FC304",
        "other-holder",
        STRUCTURAL_BASE + (1 - STRUCTURAL_BASE) * ctx.scored.predicate,
        f"claim says {names[0].text}; evidence says {other}",
        other.split()[0],
    )


# Deeds done to one body or person at a time: a member joins, leaves or withdraws from one
# alliance on a date, a person marries one spouse ("met", "visited", "signed" are not).
_ONE_OBJECT_VERBS = frozenset(stem(w) for w in ("join", "leave", "quit", "withdraw", "marry"))
_OBJECT_LEAD = frozenset({"the", "from", "a", "an"})


def _object_after(toks: Sequence[Token], text: str, at: int) -> list[Token]:
    """The capitalised run right after the verb at `at`, past "the" or "from": "NATO" of
    "joined NATO", "Warsaw Pact" of "withdrew from the Warsaw Pact"."""
    k = at + 1
    while k < len(toks) and toks[k].norm in _OBJECT_LEAD:
        k += 1
    run: list[Token] = []
    while k < len(toks) and toks[k].capitalised and toks[k].norm not in STOPWORDS:
        if run and text[run[-1].end : toks[k].start].strip():
            break
        run.append(toks[k])
        k += 1
    return run


def other_object(ctx: SentenceContext) -> Finding | None:
    """ "Poland joined the Warsaw Pact in 1999" against "Poland joined NATO in March 1999":
    the claim's subject, its dates, its deed, done to another name, when the deed is done to
    one at a time and the article never names the claim's."""
    facts = ctx.facts
    if facts.negated or not facts.values or ctx.about < ABOUT_REFERRED:
        return None
    if not ctx.readings or any(r.check.status is not ValueStatus.CONFIRMED for r in ctx.readings):
        return None
    claim = list(facts.claim.tokens)
    subject = {id(w.token) for w in facts.claim.words if w.subject}
    for i, tok in enumerate(claim):
        if tok.stem not in _ONE_OBJECT_VERBS or id(tok) in subject:
            continue
        mine = _object_after(claim, facts.text, i)
        named = [n for n in facts.names if mine and n.start <= mine[0].start < n.end]
        if not named or named[0] in facts.subject_names:
            continue
        name = named[0]
        if {w.norm for w in name.words} & ctx.vocabulary:
            return None  # the article names it: the deed may have been done to both
        if not ctx.names_ok_except((name.text,)):
            return None
        for ev, theirs in _said_after(ctx, tok, _object_after):
            if not theirs or any(t.norm in facts.words or demonym(t) for t in theirs):
                continue
            found = " ".join(t.text for t in theirs).removesuffix("'s").removesuffix("’s")
            if _alias(found, ctx):
                continue
            return Finding(
                "FC305",
                "other-object",
                _structural(ctx),
                f"claim says {tok.text} {name.text}; evidence says {ev.text} {found}",
                theirs[0].text,
            )
    return None


# Names this alike (rapidfuzz ratio) are one name spelt two ways: FC201's to judge.
_SPELLING_ALIKE = 75


def _slot_name(toks: Sequence[Token], text: str, start: int, end: int) -> str | None:
    """The capitalised run in `toks` between the words `start` and `end` (indices, end
    exclusive; `end` may be len(toks)), when nothing else stands there."""
    run = list(toks[start:end])
    while run and run[-1].norm in _AUXILIARIES:
        run.pop()  # "the Soviet Union had signed" against "the USSR signed"
    if not run or len(run) > 6 or not run[0].capitalised:
        return None
    if any(not (t.capitalised or t.norm in ("of", "and", "for", "the")) for t in run):
        return None
    return text[run[0].start : run[-1].end]


def other_name(ctx: SentenceContext) -> Finding | None:
    """The sentence says the claim word for word but for one name, which the article never
    names, and has another name in its place: "On 9 July 1997 the EU and Ukraine signed the
    Charter" against "On 9 July 1997 NATO and Ukraine signed the Charter". Names of one
    thing (initials, WordNet's "USSR" / "Soviet Union") and spellings of one name are not
    another."""
    facts = ctx.facts
    if facts.negated or ctx.unsaid:
        return None
    statuses = [r.check.status for r in ctx.readings]
    if ValueStatus.CONTRADICTED in statuses:
        return None
    unmet = [(i, n) for i, n in enumerate(facts.names) if ctx.names[i].status not in MET]
    if len(unmet) != 1 or ctx.names[unmet[0][0]].status is NameStatus.MISSPELT:
        return None  # a misspelt name is FC201's
    _i, name = unmet[0]
    if {w.norm for w in name.words} <= ctx.vocabulary:
        return None  # the article names it
    alike = said_alike_but_for(ctx, name)
    if alike is not None:
        if not ctx.names_ok_except((name.text,)) or _of_many_places(ctx, name.text):
            return None
        if _different_name(name.text, alike, ctx) is False:
            return None
        # Said word for word around the name: about the claim's own subject, whatever
        # names it; two places are other_place's first, when it finds them (as strong).
        places = known_place(name.text) is not None and known_place(alike) is not None
        return Finding(
            "FC306",
            "other-name",
            _structural(ctx)
            if places
            else STRUCTURAL_BASE + (1 - STRUCTURAL_BASE) * ctx.scored.focused,
            f"claim says {name.text}; evidence says {alike}",
            alike.split()[0],
            own_clause=True,
        )
    # Else the same occasion: a date or figure agrees, none differs.
    if facts.subject_pronoun or ValueStatus.CONFIRMED not in statuses:
        return None
    # About the claim's subject: by the sentence's subject, or, when the name swapped is
    # one of the claim's subjects, by the others ("Germany and Italy" / "Germany and ...").
    others = [
        ctx.names[i].status in MET
        for i, n in enumerate(facts.names)
        if n in facts.subject_names and n is not name
    ]
    if ctx.about < ABOUT_REFERRED and not (
        (name in facts.subject_names and others and all(others))
        or (ctx.about >= ABOUT_ALONE and _all_but_the_name(ctx, name.text))
    ):
        return None
    if not ctx.names_ok_except((name.text,)):
        return None
    if _of_many_places(ctx, name.text):
        return None  # "Protests in Paris spread ..." / "Protests in Lyon spread ..."
    # Aligned on the words around the name, "the" aside ("the EU and" / "NATO and").
    claim = [t for t in facts.claim.tokens if t.norm != "the"]
    inside = [k for k, t in enumerate(claim) if name.start <= t.start < name.end]
    if not inside:
        return None
    before = [t.norm for t in claim[max(0, inside[0] - 2) : inside[0]]]
    after = claim[inside[-1] + 1].norm if inside[-1] + 1 < len(claim) else None
    if len(before) < 2:
        return None  # a name opening the claim is its subject's: FC304
    own = [t for t in ctx.unit.tokens if t.norm != "the"]
    for k in range(2, len(own)):
        if [t.norm for t in own[k - 2 : k]] != before:
            continue
        if after is None:
            ends = [len(own)]
        else:
            ends = [e for e in range(k + 1, min(len(own), k + 7)) if own[e].norm == after][:1]
        for end in ends:
            found = _slot_name(own, ctx.unit.text, k, end)
            if found is None or _different_name(name.text, found, ctx) is False:
                continue
            return Finding(
                "FC306",
                "other-name",
                _structural(ctx),
                f"claim says {name.text}; evidence says {found}",
                found.split()[0],
            )
    return None


# Words before a name that make it a place where something is or happens.
_PLACE_SLOT = frozenset(
    {"in", "at", "from", "near", "of", "to", "into", "across", "within", "outside"}
)
# Words of the claim, but its one swapped name, that a sentence must say in the claim's
# order around another name to be the claim said otherwise by that name alone.
SAID_ALIKE_WORDS = 5


def said_alike_but_for(ctx: SentenceContext, name: Name) -> str | None:
    """The name the sentence has where the claim has `name`, when the sentence says the
    rest of the claim word for word and in order around it ("Directed by Floria Sigismondi,
    it stars Bowie and Tilda Swinton as a married couple" / "Directed by Nora Hale, it stars
    ..."): the one statement, with another name in the slot."""
    words = {w.norm for w in name.words}
    if words & {t.norm for t in ctx.own} or any(demonym(w) for w in name.words):
        return None  # the sentence names it in part; a nationality is another rule's
    claim = [t for t in ctx.facts.claim.tokens if t.norm != "the"]
    inside = [k for k, t in enumerate(claim) if name.start <= t.start < name.end]
    if not inside or (inside[0] > 0 and claim[inside[0] - 1].norm in ("a", "an")):
        return None  # "A Weber exhibition ...": one of many, another's does not exclude it
    before = [t.norm for t in claim[: inside[0]]]
    after = [t.norm for t in claim[inside[-1] + 1 :]]
    if len(before) + len(after) < SAID_ALIKE_WORDS:
        return None
    own = [t for t in ctx.unit.tokens if t.norm != "the"]
    text = ctx.unit.text
    for k in range(len(before), len(own)):
        opening = k - len(before)
        if [t.norm for t in own[opening:k]] != before:
            continue
        if opening > 0 and not _clause_ends(text, own, opening):
            continue  # "The sequel to Blue Harbour was directed by ...": said of another
        if own[k].norm in STOPWORDS:
            continue  # "His elder brother" for "Tom Vole's elder brother"
        for end in range(k + 1, min(len(own), k + 6) + 1):
            if [t.norm for t in own[end : end + len(after)]] != after:
                continue
            if not after and end < len(own) and not _clause_ends(text, own, end):
                continue  # the claim ends on its name: so must the sentence's clause
            found = _slot_name(own, text, k, end)
            if found is None or {w.lower() for w in re.split(r"[\s-]+", found)} & words:
                continue  # "Harold J. Pike" / "Harold Thomas Pike": one person
            mine, theirs = known_place(name.text), known_place(found)
            where = not before or before[-1] in _PLACE_SLOT
            # Where: places differ only when neither lies in the other ("a city in Ohio" /
            # "a city in Fairfield County"), as other_place reads them.
            placed = mine is not None or theirs is not None
            apart = mine is not None and theirs is not None and not mine.compatible(theirs)
            if where and placed and not apart:
                return None
            return found
    return None


def _clause_ends(text: str, toks: Sequence[Token], at: int) -> bool:
    """Punctuation stands between the words `at - 1` and `at`."""
    return any(c in text[toks[at - 1].end : toks[at].start] for c in ",;:()")


def _different_name(claimed: str, found: str, ctx: SentenceContext) -> bool:
    if fold(claimed) == fold(found) or _alias(found, ctx) or _alias(claimed, ctx):
        return False
    mine, theirs = fold(claimed).split(), fold(found).split()
    shared = set(mine) & set(theirs)
    rest = [" ".join(w for w in words if w not in shared) for words in (mine, theirs)]
    if fuzz.ratio(rest[0], rest[1]) >= _SPELLING_ALIKE:
        return False  # "Kiev" / "Kyiv"; but "HMS Missouri" / "USS Missouri" differ
    short, long = sorted((fold(claimed), fold(found)), key=len)
    if set(short.split()) <= set(long.split()):
        return False  # "the Council" / "the Council of Europe": one says less
    compact = [fold(x).replace(".", "").replace(" ", "") for x in (claimed, found)]
    for acronym, full in ((compact[0], found), (compact[1], claimed)):
        words = full.split()
        if len(words) > 1 and "".join(w[0] for w in words).lower() == acronym:
            return False
    # Without WordNet no alias can be ruled out ("USSR" / "Soviet Union"): no conflict.
    net = wordnet.load()
    return net is not None and not net.same_name(claimed, found)


# Verbs of showing a work on a network, by stem; and what "on" before a capital may name
# that is no network.
_AIRING = frozenset({"air", "broadcast", "premier", "televis", "screen", "show", "shown", "stream"})
_NOT_NETWORKS = MONTH_WORDS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday christmas".split()
)
# How far after its verb the sentence's "on <network>" may stand ("aired from October 3,
# 2013 to July 18, 2015 on CBS").
_CHANNEL_WINDOW = 14


def _channel_after(toks: Sequence[Token], text: str, at: int) -> str | None:
    """The network named after "on" following the airing verb at `at`, within its clause."""
    for k in range(at + 1, min(len(toks), at + _CHANNEL_WINDOW)):
        if any(c in text[toks[k - 1].end : toks[k].start] for c in ";:()"):
            return None
        if toks[k].norm != "on":
            continue
        j = k + 1
        if j < len(toks) and toks[j].norm == "the":
            j += 1
        run: list[Token] = []
        while j < len(toks) and toks[j].capitalised and len(run) < 4:
            if run and text[run[-1].end : toks[j].start].strip():
                break
            run.append(toks[j])
            j += 1
        if not run or run[0].norm in _NOT_NETWORKS or run[0].norm in STOPWORDS:
            continue
        if any(t.norm in _MEDIA_WORDS for t in run):
            continue
        return text[run[0].start : run[-1].end]
    return None


def _airing(tok: Token) -> bool:
    return not tok.capitalised and (tok.stem in _AIRING or tok.norm in _AIRING)


def other_channel(ctx: SentenceContext) -> Finding | None:
    """ "The Millers aired on ABC" against "The Millers aired ... on CBS": the claim's show,
    aired on another network, when the article never names the claim's."""
    facts = ctx.facts
    if facts.negated or ctx.about < ABOUT_REFERRED:
        return None
    claim = list(facts.claim.tokens)
    for i, tok in enumerate(claim):
        if not _airing(tok):
            continue
        mine = _channel_after(claim, facts.text, i)
        if mine is None:
            continue
        words = {w.lower() for w in mine.split()}
        if fold(mine) in fold(ctx.unit.text) or words <= ctx.vocabulary:
            return None
        claimed_premiere = tok.stem == "premier"
        if _focus_without(ctx, words | {tok.norm}) < CONTRADICT_CHANNEL:
            return None
        if not ctx.names_ok_except((mine,)):
            return None
        own = ctx.own
        for k, ev in enumerate(own):
            if not _airing(ev):
                continue
            # A premiere is one airing: only a premiere, or a first airing, tells of it.
            first = k > 0 and own[k - 1].norm in ("first", "originally")
            if claimed_premiere and not (ev.stem == "premier" or first):
                continue
            theirs = _channel_after(own, ctx.unit.text, k)
            if theirs is None:
                continue
            distinct = {w.lower() for w in mine.split()} - {w.lower() for w in theirs.split()}
            if distinct & ctx.vocabulary:
                continue  # the article names the claim's network elsewhere
            if _different_name(mine, theirs, ctx):
                return Finding(
                    "FC307",
                    "other-channel",
                    _structural(ctx),
                    f"claim says {tok.text} on {mine}; evidence says {theirs}",
                    theirs.split()[0],
                )
        return None
    return None


# Deeds that may fall on the day of a birth, by stem.
_BIRTH_DAY_DEEDS = frozenset({"born", "birth", "bore", "baptis", "baptiz", "christen", "name"})


_BORN_AFTER_NAME = re.compile(r"\s*\([^()]*|\s+was\s+born(?:\s+[\w,]+){0,4}?\s+(?:on|in)\s+")


def _birth(ctx: SentenceContext) -> DateValue | None:
    """The birth date the sentence gives the claim's person, right after their name
    ("Michael Dwayne Vick (born June 26, 1980)", "Nora Hale was born on 3 May 1950"); not
    another's ("married Paul Dunn (born 1985)")."""
    text = ctx.unit.text
    last = {w.norm for w in ctx.facts.subject_names[-1].words}
    ends = [t.end for t in ctx.unit.tokens if t.norm in last or t.norm.rstrip("'s") in last]
    for sv in sentence_values(ctx.unit):
        if not isinstance(sv.value, DateValue) or sv.value.is_range:
            continue
        if not (
            sv.role == "born"
            or (sv.role is None and any(g.stem in ("born", "birth") for g in sv.anchor.governors))
        ):
            continue
        start = sv.value.span[0]
        before = [e for e in ends if e <= start]
        if before and _BORN_AFTER_NAME.fullmatch(text[before[-1] : start].replace("born", " born")):
            return sv.value
    return None


def before_birth(ctx: SentenceContext) -> Finding | None:
    """ "Michael Vick graduated college on June 26th, 1980" against "Michael Dwayne Vick
    (born June 26, 1980)": the claim's person did the deed on the day of their birth, or
    before it. Only a deed the claim says its named subject did itself ("X graduated"), and
    not one that may fall on a birthday (a baptism, a naming)."""
    facts = ctx.facts
    if facts.negated or ctx.about < ABOUT_REFERRED or not ctx.names_ok:
        return None
    if not facts.subject_names or facts.subject_pronoun:
        return None
    born = _birth(ctx)
    if born is None:
        return None
    if any(r.check.status is ValueStatus.CONFIRMED for r in ctx.readings):
        return None  # the sentence dates the deed as the claim does: that settles it
    claim = list(facts.claim.tokens)
    last = facts.subject_names[-1]
    following = [t for t in claim if t.start >= last.end]
    if not following or facts.text[last.end : following[0].start].strip():
        return None  # "X's album", "X, whose ...": the deed may be another's
    verb = next((t for t in following if t.norm not in _AUXILIARIES), None)
    if verb is None or not inflected_verb(verb.norm) or verb.stem in _BIRTH_DAY_DEEDS:
        return None
    for cv in facts.values:
        date = cv.value
        if not isinstance(date, DateValue) or date.is_range or cv.anchor.role != "at":
            continue
        if date.start.year == YEARLESS:
            continue  # "on 30 March", no year: any year after the birth
        if not any(g is verb for g in cv.anchor.governors) and cv.anchor.governors[:1] != (verb,):
            continue
        same_day = date.precision == Precision.DAY == born.precision and date.start == born.start
        if same_day or date.end < born.start:
            return Finding(
                "FC104",
                "before-birth",
                _structural(ctx),
                f"claim dates {verb.text!r} to {date.text}; evidence says born {born.text}",
                born.text,
            )
    return None


RULES: tuple[tuple[str, str, Rule], ...] = (
    ("FC101", "date-conflict", value_conflict),  # FC102, FC103 come from the same reading
    ("FC104", "before-birth", before_birth),
    ("FC201", "misspelt-name", misspelt_name),
    ("FC202", "other-agent", other_agent),
    ("FC301", "other-organisation", other_organisation),
    ("FC302", "other-direction", other_direction),
    ("FC303", "other-place", other_place),
    ("FC304", "other-holder", other_holder),
    ("FC305", "other-object", other_object),
    ("FC306", "other-name", other_name),
    ("FC307", "other-channel", other_channel),
    ("FC401", "negation", negation),
    ("FC402", "opposite", opposite),
    ("FC403", "other-kind", other_kind),
    ("FC404", "other-rank", other_rank),
)


# Rules that read a conflict from words, not from the claim's values.
_WORD_RULES = frozenset(
    {
        "FC202",
        "FC301",
        "FC302",
        "FC303",
        "FC304",
        "FC305",
        "FC306",
        "FC307",
        "FC402",
        "FC403",
        "FC404",
    }
)


def another_time(ctx: SentenceContext) -> bool:
    """The sentence dates or counts the claim's own event otherwise, and agrees on no value
    ("Japan held northern Sakhalin until 1925" / "... of 5 September 1905 gave Japan southern
    Sakhalin"; "The war began in 1939" / "The war ended in 1945"): it tells of another time
    the like happened, so the words it says otherwise are no conflict with the claim."""
    readings = ctx.readings
    if any(r.check.status is ValueStatus.CONFIRMED for r in readings):
        return False
    dates = [
        (cv, r)
        for cv, r in zip(ctx.facts.values, readings, strict=True)
        if isinstance(cv.value, DateValue)
    ]
    if any(r.check.status is ValueStatus.CONTRADICTED and r.tie >= 2 for _cv, r in dates):
        return True
    # The claim's date unsaid, and the sentence dated (not a name's own years, "Emma Lazarus
    # (1849-1887)"): of another time, as far as it shows.
    # A date the claim gives too tells of the claim's own time, however it was read ("one
    # of the best-selling singles of 1990" / "... worst-selling singles of 1990").
    return bool(dates) and any(
        isinstance(sv.value, DateValue)
        and not of_another_name(sv, ctx.unit, ctx.facts)
        and not any(
            isinstance(cv.value, DateValue) and compare_dates(cv.value, sv.value) is Agreement.SAME
            for cv, _r in dates
        )
        for sv in sentence_values(ctx.unit)
    )


def findings(ctx: SentenceContext) -> list[Finding]:
    out = []
    elsewhen = bool(ctx.facts.values) and another_time(ctx)
    for code, _name, rule in RULES:
        if code in _WORD_RULES and elsewhen:
            continue
        found = rule(ctx)
        if found is None or _in_a_clause_of_another(ctx, found):
            continue
        if code in _WORD_RULES and _told_of_a_region(ctx):
            continue
        out.append(found)
    return out


# "In the United States, the book was published by ...": an opening phrase of place.
_REGION_OPENING = re.compile(r"^\s*In\s+(?:the\s+)?((?:[A-Z][\w'-]*\s*){1,4}),")


def _told_of_a_region(ctx: SentenceContext) -> bool:
    """The sentence opens by restricting itself to a place the claim does not name ("In
    the United States, Tarn Hollow was broadcast on PBS"): who published or aired it there
    need not be who did so first or elsewhere."""
    found = _REGION_OPENING.match(ctx.unit.text)
    if found is None:
        return False
    words = {w.lower() for w in found.group(1).split()}
    if words & {t.norm for t in ctx.facts.claim.tokens} or words & MONTH_WORDS:
        return False
    return known_place(found.group(1).strip()) is not None


_CLAUSE_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their"})
# Bracketed asides ("([ˈsantʃo]; born 1783)"): their semicolons join no clauses.
BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _in_a_clause_of_another(ctx: SentenceContext, found: Finding) -> bool:
    """The sentence joins clauses with ";" and what the finding sets against the claim
    stands only in one that neither names the claim's subject nor opens with a pronoun for
    it ("Blue Harbour was remade in 2005; the remake was directed by Paul Dunn")."""
    names = {w.norm for n in ctx.facts.subject_names for w in n.words}
    text = BRACKETED.sub(" ", ctx.unit.text)
    if not found.around or not names or ";" not in text or found.own_clause:
        return False
    holding = [part for part in text.split(";") if found.around in part]
    if not holding:
        return False
    for part in holding:
        toks = tokens(part)
        if names & {t.norm for t in toks} or (toks and toks[0].norm in _CLAUSE_PRONOUNS):
            return False
    return True
