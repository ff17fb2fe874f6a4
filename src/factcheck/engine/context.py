"""One candidate sentence read against one claim: what every rule needs, worked out once.

- `about`: how surely the sentence speaks of the claim's subject. 1 when it names it; 0.8
  when its subject is a pronoun or "the film" standing for a subject named in the sentences
  before or in the article's title (or, for evidence the caller handed over, for what the
  claim is about); 0.7 when nothing else in the page could be meant (an untitled one-sentence
  text); 0 when it names something else before its pronoun ("Peabody is the doctor; he
  narrates two chapters").
- the claim's names as the sentence spells them, and its values as the sentence states them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from factcheck import wordnet
from factcheck.engine.facts import ClaimFacts, common_word
from factcheck.engine.kinds import article_kinds, claim_predicate, demonym, may_name
from factcheck.engine.lexical import (
    agent_keys,
    broad_kind,
    broader_words,
    can_be_noun,
    close_keys,
    inflected_verb,
    made_or_body,
    made_thing,
    names_a_person,
    opposite_stems,
    token_keys,
)
from factcheck.engine.values_check import ValueReading, read_value
from factcheck.matching import (
    AUXILIARIES,
    LOOSE_CREDIT,
    NARROW_CREDIT,
    PREVIOUS_CREDIT,
    VERBS,
    ClaimWord,
    Scored,
    Unit,
    keys_of,
    narrow_said,
    opening_pronoun,
    title_tokens,
)
from factcheck.names import (
    MET,
    Name,
    NameMatch,
    NameStatus,
    match_name,
    namesake_named,
    numbered_otherwise,
)
from factcheck.textnorm import (
    POSSESSIVE_PRONOUNS,
    STOPWORDS,
    Token,
    owned_after,
    possessive,
)
from factcheck.values.lexicon import DOZEN, HUNDRED, MONTH_WORDS, SCALES, TENS, UNITS

ABOUT_NAMED = 1.0
ABOUT_REFERRED = 0.8
ABOUT_TITLE = 0.75
ABOUT_ALONE = 0.7
# A claim whose subject names no one is about the event when the sentence says this much
# of its predicate.
GENERIC_PREDICATE = 0.75
# ... and says the region the subject is restricted to ("western" of "People in western
# Ukraine"): other words of the subject may be paraphrased, a region may not.
_REGIONS = frozenset(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern".split()
)

_OBJECT_PRONOUNS = frozenset({"it", "them"})
# Demonstratives stand for a thing only alone ("signed this in 1997"), not before a noun
# ("this treaty"); "that" is far more often a conjunction ("commented that the album ...").
_DEMONSTRATIVES = frozenset({"this", "these", "those"})


def _stands_for_a_thing(unit: Unit) -> bool:
    """A pronoun in the sentence stands for a thing the sentences before name."""
    toks = unit.tokens
    for k, tok in enumerate(toks):
        if tok.norm in _OBJECT_PRONOUNS:
            return True
        if tok.norm in _DEMONSTRATIVES:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            gap = unit.text[tok.end : nxt.start] if nxt is not None else ""
            if nxt is None or nxt.norm in STOPWORDS or any(c in gap for c in ",;:."):
                return True
    return False


_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# A claim's noun this alike (rapidfuzz ratio) to a word of the sentence is that word misspelt.
_MISSPELT = 80
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ic", "i")


def soft_name(name: Name, text: str = "") -> bool:
    """Adjectives of nationality ("Syrian rebels", "an Indian Tamil film") are a description,
    not a name the evidence must repeat; one replaced by another is caught by FC403. A name
    counts as such when all its words are, or when it starts with one and stands before a
    common noun."""
    if name.acronym:
        return False

    def nationality(w: Token) -> bool:
        return (
            w.norm.endswith(_DEMONYM_ENDINGS) and w.norm not in {"iran", "oman", "japan", "taiwan"}
        ) or demonym(w)

    after = text[name.end : name.end + 20].split()
    if not after or not after[0][:1].islower() or not nationality(name.words[0]):
        return False  # "X is an American." asserts the nationality itself
    following = after[0].strip(",.;:")
    return following not in VERBS and not following.endswith("ed")


_PERSONAL = frozenset({"he", "she", "his", "her", "him", "hers"})
_IMPERSONAL = frozenset({"it", "its"})


def _animacy(norm: str) -> str | None:
    return "person" if norm in _PERSONAL else "thing" if norm in _IMPERSONAL else None


def _claim_animacy(facts: ClaimFacts) -> str | None:
    """Whether the claim's own pronoun stands for a person or a thing; None without one
    (then any sentence pronoun may stand for its subject)."""
    for tok in facts.claim.tokens:
        kind = _animacy(tok.norm)
        if kind is not None:
            return kind
    return None


def subject_starts(unit: Unit) -> list[int]:
    """Where a sentence's subject may start: its first word, and the first after an opening
    phrase and a comma ("In 1986, she ...")."""
    starts = [0]
    comma = unit.text.find(",")
    if 0 < comma < 90:
        starts += [i for i, t in enumerate(unit.tokens) if t.start > comma][:1]
        second = unit.text.find(",", comma + 1)
        if (
            len(starts) > 1
            and unit.tokens[starts[1]].norm in _ASIDE_OPENERS
            and 0 < second - comma < 40
        ):
            # "In 2007, just after launch, the company made ...": a second opening phrase.
            starts += [i for i, t in enumerate(unit.tokens) if t.start > second][:1]
    at = opening_pronoun(unit.tokens)
    if at is not None and at not in starts:
        starts.append(at)  # "In 1991 it became the capital ...": no comma to find it by
    at = after_opening_date(unit.tokens)
    if at is not None and at not in starts:
        starts.append(at)  # "In 1975 his brother moved ...": likewise
    return starts


def after_opening_date(toks: Sequence[Token]) -> int | None:
    """Where the subject starts after an opening date written without a comma ("In 1990
    Paul Dunn won ...", "In March 1990 his brother ..."); None when no date opens it."""
    if not toks or toks[0].norm not in _OPENERS:
        return None
    at = 1
    while at < len(toks) and (
        toks[at].norm.isdigit()
        or toks[at].norm in MONTH_WORDS
        or toks[at].norm in {"the", "early", "mid", "late"}
    ):
        at += 1
    if not any(t.norm.isdigit() for t in toks[1:at]) or at >= len(toks):
        return None
    return at


def _leading_anaphor(unit: Unit) -> Token | None:
    """The pronoun or "the <noun>" that is the sentence's subject: its first word, or the
    first after an opening phrase and a comma ("In 1986, she ...", "Distributed by Columbia
    Pictures, the film was released ...")."""
    toks = unit.tokens
    if not toks:
        return None
    for i in subject_starts(unit):
        tok = toks[i]
        if tok.norm in _PRONOUNS:
            return tok
        if tok.norm in _DETERMINERS and _short_description(toks, i + 1):
            return tok
    return None


_POSSESSIVES = POSSESSIVE_PRONOUNS
# Kinds of place a claim may put before a place's name ("the state of Texas").
PLACE_KINDS = frozenset(
    "city town village state country nation island province region county river lake "
    "mountain kingdom republic municipality territory continent".split()
)
# Words before a noun ("from lead", "the lead"), and words that open a verb's object.
_NOUN_LEADS = frozenset({"a", "an", "the", "of", "from", "with", "in", "by", "for"})
_OBJECT_LEADS = frozenset({"a", "an", "the", "his", "her", "its", "their"})


def _relative_subject(unit: Unit, facts: ClaimFacts) -> bool:
    """The sentence's subject is a relative or associate of whom "his", "her" or "their"
    stands for ("On 11 June 1560, their sister, Mary's mother, died"; "his envoy signed"),
    or a thing of theirs the claim does not speak of ("Her party won the election"):
    someone or something else than the article's subject."""
    toks = unit.tokens
    starts = subject_starts(unit)
    for i in starts:
        if i + 1 >= len(toks) or toks[i].norm not in _POSSESSIVES:
            continue
        owned = toks[i + 1]
        if _a_person(owned) and not _claims_compound(toks, i + 1, facts):
            return True
        if _person_after_modifiers(toks, i + 1, facts):
            return True
        if _part_after_modifiers(toks, i + 1, facts):
            return True  # "Its main span is 420 metres long": a part, not the whole
        if (
            not owned.capitalised
            and owned.norm not in STOPWORDS
            and _verb_follows(toks, i + 2)
            and not keys_of([owned]) & facts.concepts
        ):
            return True
    return False


def _claims_compound(toks: Sequence[Token], at: int, facts: ClaimFacts) -> bool:
    """The person noun at `at` and the word after it are the claim's own words ("Its user
    base" in "Its user base in 2017 was ..."): a thing of the subject's the claim speaks of,
    not a person of theirs."""
    return (
        at + 1 < len(toks)
        and toks[at].norm in facts.words
        and toks[at + 1].norm in facts.words
        and toks[at + 1].norm not in STOPWORDS
        and not toks[at + 1].capitalised
    )


def _verb_follows(toks: tuple[Token, ...], at: int) -> bool:
    """A verb (or an auxiliary) right after the possessed noun: it is the clause's subject
    ("Her party won"), not the start of a longer phrase ("Her 1990 album ...")."""
    return at < len(toks) and (toks[at].norm in VERBS or toks[at].norm in AUXILIARIES)


# Subject pronouns that may stand for a person of the claim's (not the same set as
# _PERSONAL above, which tells a person from a thing).
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# Kin and rank nouns of one sex: a closed class, so listed.
_MALE = frozenset(
    """brother brothers father son sons husband uncle nephew grandfather grandson stepfather
    stepson boyfriend king prince""".split()
)
_FEMALE = frozenset(
    """sister sisters mother daughter daughters wife aunt niece grandmother granddaughter
    stepmother stepdaughter girlfriend queen princess""".split()
)


def _other_gender(noun: str, pronoun: str) -> bool:
    return (pronoun == "she" and noun in _MALE) or (pronoun == "he" and noun in _FEMALE)


def _sentence_before(unit: Unit) -> list[Token]:
    """The tokens of the sentence right before, of those the unit keeps as context (each
    begins at offset 0 of its own text)."""
    previous = list(unit.previous)
    starts = [k for k, t in enumerate(previous) if t.start == 0]
    return previous[starts[-1] :] if starts else []


def _another_before(unit: Unit, facts: ClaimFacts) -> bool:
    """The sentence right before is about another person: it opens with a relative ("Her
    sister Ann ..."), or with a name neither the claim nor the title has."""
    last = _sentence_before(unit)
    if not last:
        return False
    first = last[0]
    title = {t.norm for t in title_tokens(unit.title)}
    if first.norm in _POSSESSIVES and len(last) > 1:
        kin = None
        for t in last[1:4]:
            if t.norm in STOPWORDS or t.norm in AUXILIARIES or t.capitalised:
                break
            if _a_person(t):
                kin = t
                break
        if kin is None:
            return False
        # "Her brother ... She won": the pronoun cannot be the brother.
        return not _other_gender(kin.norm, unit.tokens[0].norm if unit.tokens else "")
    run: list[Token] = []
    for tok in last:
        if not tok.capitalised or tok.norm in STOPWORDS:
            break
        run.append(tok)
    # Two capitalised words open it ("Paul Dunn directed ..."), none of them the claim's or
    # the title's ("Michael George Glen Waltz" is the title's Mike Waltz).
    return (
        len(run) >= 2
        and first.norm not in _PRONOUNS
        and not demonym(first)
        and not any(t.norm in facts.words or t.norm in title for t in run)
    )


def _kin_of_a_name(unit: Unit, facts: ClaimFacts) -> bool:
    """The sentence's subject is a relative or associate of a name ("Gwynn's father died
    in 1990", "In 1964, Gwynn's brother Chris was born"), one the claim does not speak of:
    the name is met, but the sentence is about someone else."""
    toks = unit.tokens
    starts = subject_starts(unit)
    for i in starts:
        j = i
        while j < len(toks) and toks[j].capitalised and not toks[j].norm.endswith("'s"):
            j += 1
        if (
            i < j + 1 < len(toks)
            and toks[j].capitalised
            and toks[j].norm.endswith("'s")
            and (
                (_a_person(toks[j + 1]) and toks[j + 1].norm not in facts.words)
                or _person_after_modifiers(toks, j + 1, facts)
            )
        ):
            return True
    return False


def _person_after_modifiers(toks: Sequence[Token], at: int, facts: ClaimFacts) -> bool:
    """A person noun after one or two describing words ("her younger sister", "Hale's first
    husband"), none of which the claim says."""
    for n in (1, 2):
        k = at + n
        if k >= len(toks):
            return False
        skipped = toks[at:k]
        if any(
            t.capitalised or t.norm in STOPWORDS or t.norm in facts.words or _a_person(t)
            for t in skipped
        ):
            return False
        if _a_person(toks[k]) and toks[k].norm not in facts.words:
            return True
    return False


def _part_after_modifiers(toks: Sequence[Token], at: int, facts: ClaimFacts) -> bool:
    """A part's noun (_PARTS) the claim does not say, after up to two describing words the
    claim does not say either, then a verb: "(Its) main span is", "(its) navigable section
    is"."""
    for k in range(at, min(at + 3, len(toks))):
        tok = toks[k]
        if tok.capitalised or tok.norm in STOPWORDS or tok.norm in facts.words:
            return False
        if tok.norm in _PARTS:
            return _verb_follows(tuple(toks), k + 1)
    return False


_PART_ARTICLES = frozenset({"the", "a", "an", "one"})


# Nouns for a part of a thing ("the navigable part of the river", "the main span of the
# bridge").
_PARTS = frozenset(
    """part parts section sections portion stretch span segment half branch wing arm
    tributary side""".split()
)


def _part_of_a_name(unit: Unit, facts: ClaimFacts) -> bool:
    """The sentence's subject is a part or a work of what the claim names ("The tower of
    the Lisk church was built in 1520", "The main span of the bridge is 400 metres long"):
    a thing the claim does not speak of, not its subject."""
    toks = unit.tokens
    for i in subject_starts(unit):
        if i >= len(toks):
            continue
        if (
            toks[i].norm in _PART_ARTICLES
            and i + 3 < len(toks)
            and toks[i + 2].norm == "to"
            and (
                toks[i + 3].capitalised
                or (toks[i + 3].norm == "the" and i + 4 < len(toks) and toks[i + 4].capitalised)
            )
            and not toks[i + 1].capitalised
            and toks[i + 1].norm not in STOPWORDS
            and toks[i + 1].norm not in facts.words
        ):
            return True  # "The sequel to Blue Harbour", "the successor to the Tarn Pact"
        # One or two describing words may stand before the part ("the navigable part").
        for at in (i + 1, i + 2, i + 3) if toks[i].norm in _PART_ARTICLES else ():
            if at + 1 >= len(toks) or toks[at + 1].norm != "of":
                continue
            part = toks[at]
            between = toks[i + 1 : at]
            if any(t.capitalised or t.norm in STOPWORDS for t in between):
                break
            if _a_part(part, facts, described=bool(between)):
                return True
            break
        # "Tarn's old town has 7 bridges", "The album's second side": a thing of the name.
        j = i + 1 if toks[i].norm in _PART_ARTICLES else i
        while j < len(toks) and toks[j].capitalised and not possessive(toks[j], unit.text):
            j += 1
        if j < len(toks) and possessive(toks[j], unit.text):
            owner_end = j + 1
            for at in (owner_end, owner_end + 1, owner_end + 2):
                if at >= len(toks):
                    break
                between = toks[owner_end:at]
                if any(t.norm in STOPWORDS or t.norm in facts.words for t in between):
                    break
                nxt = toks[at + 1] if at + 1 < len(toks) else None
                if nxt is None:
                    break
                comma = "," in unit.text[toks[at].end : nxt.start]
                verb = nxt.norm in AUXILIARIES or nxt.norm in VERBS or inflected_verb(nxt.norm)
                if comma or verb:
                    # Owned by a common noun ("the women's team"), any thing is another.
                    owned = not toks[j].capitalised
                    if _a_part(toks[at], facts, described=bool(between) or owned):
                        return True
                    break
    return False


def _a_part(part: Token, facts: ClaimFacts, described: bool) -> bool:
    """A noun for a part or a made thing the claim does not speak of; with a describing
    word before it, also a place or a body ("the old town of Tarn"; "the city of Tarn" is
    Tarn itself)."""
    if (
        part.capitalised
        or part.norm in facts.words
        or part.norm in STOPWORDS
        or part.norm.endswith(("tion", "ing", "ment", "ure", "sion"))
    ):
        return False
    if part.norm in _PARTS or made_thing(part.norm):
        return True
    return described and broad_kind(part.norm) in ("place", "organisation")


def _name_modifies_another(unit: Unit, facts: ClaimFacts) -> bool:
    """The claim's subject name only qualifies the sentence's subject, a place, a body or a
    made thing the claim does not speak of ("The Tarn metropolitan area is home to 5
    million" for "Tarn is home to 2 million")."""
    toks = unit.tokens
    for i in subject_starts(unit):
        j = i + 1 if i < len(toks) and toks[i].norm == "the" else i
        k = j
        while k < len(toks) and toks[k].capitalised and toks[k].norm in facts.words:
            k += 1
        if k == j:
            continue
        run: list[Token] = []
        while k < len(toks) and len(run) < 3:
            tok = toks[k]
            if tok.capitalised or tok.norm in STOPWORDS or tok.norm in AUXILIARIES:
                break
            if tok.norm in VERBS or tok.norm.endswith("ed"):
                break
            run.append(tok)
            k += 1
        if not run or any(t.norm in facts.words for t in run):
            continue
        if k < len(toks) and (toks[k].norm in AUXILIARIES or toks[k].norm in VERBS):
            head = run[-1].norm
            if made_thing(head) or broad_kind(head) in ("place", "organisation"):
                return True
    return False


def _claim_name_qualifies(unit: Unit, facts: ClaimFacts) -> bool:
    """The claim's subject name only qualifies the noun its subject is ("The Vane app was
    launched in 2008", "The Lisk family moved ..."), a noun that cannot name what the
    article says its subject is, and the sentence never says that noun: "Vane was founded
    in 2006" is about the company, not its app."""
    names = facts.subject_names
    if not names:
        return False
    after = [t for t in facts.claim.tokens if t.start >= names[-1].end]
    if not after or facts.text[names[-1].end : after[0].start].strip():
        return False  # "Vane's app", "Vane, whose app": read elsewhere
    net = wordnet.load()
    if net is None:
        return False
    run: list[Token] = []
    for tok in after[:4]:
        if tok.norm in AUXILIARIES or tok.norm in VERBS or tok.norm.endswith("ed"):
            break
        if tok.capitalised or tok.norm in STOPWORDS or not tok.norm.isalpha():
            return False
        if not can_be_noun(tok.norm) and net.knows(tok.norm):
            return False  # a word, not a noun: "Vane quickly grew"
        run.append(tok)
    else:
        return False
    if not run or run[-1].stem in {t.stem for t in unit.tokens}:
        return False
    # The sentence's subject is the name itself ("Vane was founded ..."), not a thing
    # the page's title stands behind ("The same paragraph stated ...").
    name = [w.norm for w in names[-1].words]
    toks = unit.tokens

    def subject_at(i: int) -> bool:
        i += toks[i].norm == "the"
        after = i + len(name)
        return [t.norm for t in toks[i:after]] == name and (
            _verb_follows(toks, after) or (after < len(toks) and toks[after].norm.endswith("ed"))
        )

    if not any(subject_at(i) for i in subject_starts(unit) if i + 1 < len(toks)):
        return False
    # "The Christmas Carol novel" is the novel itself: only a noun that cannot name what
    # the article says its subject is ("Spotify is a music service") is a thing of it.
    kinds, words = article_kinds(unit)
    return bool(kinds) and not may_name(run[-1], kinds, words)


def _a_person(tok: Token) -> bool:
    """A noun for a person ("sister", "wife", "successor"), by WordNet."""
    return not tok.capitalised and names_a_person(tok.norm)


def _anothers_own(unit: Unit, facts: ClaimFacts) -> bool:
    """The sentence has the claim's subject noun as someone's own ("The Second Red Army
    began its own withdrawal" against "The withdrawal began in October 1934"): that one's,
    not the one the claim speaks of."""
    if any(t.norm == "own" for t in facts.claim.tokens):
        return False
    subject = {w.token.stem for w in facts.claim.words if w.subject and common_word(w)}
    toks = unit.tokens
    return any(
        toks[i].stem in subject and toks[i - 1].norm == "own" and toks[i - 2].norm in _POSSESSIVES
        for i in range(2, len(toks))
    )


def _short_description(toks: tuple[Token, ...], at: int) -> list[Token] | None:
    """ "the film was", "the series finale aired": one or two common words, then a verb;
    those words."""
    for n in (1, 2):
        words = toks[at : at + n]
        if len(words) < n or any(
            w.capitalised or w.norm.isdigit() or w.norm in STOPWORDS for w in words
        ):
            return None
        nxt = toks[at + n] if at + n < len(toks) else None
        if nxt is not None and (nxt.norm in VERBS or nxt.norm.endswith("ed")):
            return list(words)
    return None


def _opening_phrase(
    toks: Sequence[Token], starts: Sequence[int], first: int = 0
) -> tuple[Token, list[Token]] | None:
    """A noun phrase opened by "the", "a" or "an" that starts the sentence's subject (at
    one of `starts`): its article, and its common words before a verb or a small word ("A
    ferry opened", "The first bridge on the site"). After a comma, only one a verb follows
    ("In 1850, a ferry opened"; not "He began his career with the Monarchs, a minor Negro
    league team"). `first`: where the sentence begins in `toks`."""
    for i in starts:
        if toks[i].norm not in ("the", "a", "an"):
            continue
        words: list[Token] = []
        end: Token | None = None
        for tok in toks[i + 1 : i + 4]:
            verb = tok.norm in VERBS or (tok.norm.endswith("ed") and not can_be_noun(tok.norm))
            if tok.capitalised or tok.norm.isdigit() or tok.norm in STOPWORDS or verb:
                end = tok
                break
            words.append(tok)
        if not words:
            continue
        if i > first and (end is None or not (end.norm in VERBS or end.norm.endswith("ed"))):
            continue
        return toks[i], words
    return None


# A count before a noun ("the three brothers") says how many, not which.
_COUNT_WORDS = frozenset([*UNITS, *TENS, *SCALES, HUNDRED, DOZEN])


def _nounish(tok: Token) -> bool:
    """WordNet has a noun of this form, or of its singular ("stanzas")."""
    return can_be_noun(tok.norm) or (tok.norm.endswith("s") and can_be_noun(tok.stem))


def _head(words: Sequence[Token]) -> Token:
    """A phrase's head: its last word that can be a noun ("village" of "village nearby")."""
    return next((w for w in reversed(words) if _nounish(w)), words[-1])


def _a_thing(head: Token) -> bool:
    """A noun for a thing of a kind one may tell apart (a made thing, a body, a person, a
    place, a work: "sequel", "village"), not a quantity ("A total of 400 ...")."""
    if made_or_body(head.norm) or broad_kind(head.norm) is not None:
        return True
    return bool({"writing", "creation", "location"} & broader_words(head.norm))


def _description(unit: Unit) -> list[Token] | None:
    """The words of a leading "the <noun>" (see _leading_anaphor): "sequel" in "The
    sequel was filmed in 1996"; None when the subject is a pronoun or no such phrase."""
    toks = unit.tokens
    for i in subject_starts(unit) if toks else ():
        tok = toks[i]
        if tok.norm in _PRONOUNS:
            return None
        if tok.norm in _DETERMINERS:
            words = _short_description(toks, i + 1)
            if words is not None:
                return words
    return None


def _other_subject(unit: Unit, facts: ClaimFacts) -> bool:
    """The sentence's own subject is a name the claim does not use ("In March 2015, Manga
    Classics Inc. published ..."): it is about that, not about what "it" stood for."""
    toks = unit.tokens
    start = 0
    comma = unit.text.find(",")
    if 0 < comma < 90 and toks and toks[0].norm in _OPENERS:
        start = next((i for i, t in enumerate(toks) if t.start > comma), len(toks))
    else:
        # "In 1990 Paul Dunn won ...": past an opening date written without a comma.
        start = after_opening_date(toks) or 0
    if start >= len(toks):
        return False
    first = toks[start]
    return (
        first.capitalised
        and first.norm not in STOPWORDS
        and first.norm not in _PRONOUNS
        and first.norm not in facts.words
        and first.norm not in {t.norm for t in title_tokens(unit.title)}
    )


_OPENERS = frozenset(
    {"in", "on", "at", "during", "after", "before", "by", "since", "following", "from"}
)
# Words that open an aside between two commas, before the subject.
_ASIDE_OPENERS = _OPENERS | {"just", "shortly", "soon", "however", "meanwhile", "later", "then"}


def _indefinite_subject(unit: Unit, facts: ClaimFacts) -> bool:
    """The sentence opens on "a"/"an" and a word of the claim's subject ("A made-for-television
    film, Possessed, was broadcast ..."): it brings in another thing of that kind, not "the
    film" the claim means."""
    toks = unit.tokens
    if not toks or toks[0].norm not in ("a", "an"):
        return False
    claim = facts.claim.tokens
    if claim and claim[0].norm in ("a", "an"):
        return False  # the claim brings in a thing of that kind too
    comma = unit.text.find(",")
    end = comma if comma > 0 else len(unit.text)
    head = {t.norm for t in toks if t.end <= end}
    return any(w.subject and not w.is_name and w.token.norm in head for w in facts.claim.words)


@dataclass
class SentenceContext:
    facts: ClaimFacts
    scored: Scored
    vocabulary: frozenset[str]
    given: bool  # the caller handed this sentence over as evidence
    # Its place among the article's sentences ranked by how much of the claim they share
    # (0 first); None for evidence handed over.
    rank: int | None = None

    @property
    def unit(self) -> Unit:
        return self.scored.unit

    @cached_property
    def own(self) -> list[Token]:
        return list(self.unit.tokens)

    @cached_property
    def with_title(self) -> list[Token]:
        return self.own + list(title_tokens(self.unit.title))

    def _regions_said(self) -> bool:
        own = {t.norm for t in self.unit.tokens}
        return all(
            w.token.norm in own
            for w in self.facts.claim.words
            if w.subject and w.token.norm in _REGIONS
        )

    def _named(self, names: tuple[Name, ...], toks: list[Token]) -> bool:
        return all(
            match_name(
                n,
                toks,
                self.facts.words,
                frozenset(),
                self.facts.names,
                title_tokens(self.unit.title),
            ).status
            in MET
            for n in names
        )

    def _namesake(self, names: tuple[Name, ...]) -> bool:
        """The sentence names another bearer of the subject's name ("A sequel, Red Harbour,
        was released" in the article on Blue Harbour), or the name with a sequel's numeral
        ("Windows 10 was released" in the article on Windows): it is about that one."""
        return any(
            (
                len(n.words) > 1
                and (
                    match_name(n, self.own, self.facts.words).status is NameStatus.REPLACED
                    or namesake_named(n, self.own)
                )
            )
            or numbered_otherwise(n, self.own) is NameStatus.REPLACED
            for n in names
        )

    def subject_words_said(self) -> bool:
        return self._subject_words_said()

    def _subject_words_said(self) -> bool:
        """The claim's subject words are said by themselves, a synonym or a narrower word
        ("the movie", "the documentary" for "the film"), not only through a broad group of
        the hand lexicon that a predicate word shares ("scenes were shot" for "the film")."""
        unit = self.unit
        stems = {t.stem for t in unit.tokens}
        for word in self.facts.claim.words:
            if not word.subject or word.is_name:
                continue
            own = close_keys(word.token.norm, word.token.stem, "n")
            if not (own & stems or narrow_said(word, unit, unit.common)):
                return False
        return True

    def _subject_words_before(self) -> bool:
        """Every word of the claim's subject is said in the sentences before or the title:
        what a leading pronoun may stand for."""
        subject_words = [w for w in self.facts.claim.words if w.subject]
        said = self.unit.previous_concepts | keys_of(list(title_tokens(self.unit.title)))
        return bool(subject_words) and all(w.keys & said for w in subject_words)

    @cached_property
    def about(self) -> float:
        facts, unit = self.facts, self.unit
        names = facts.subject_names
        if names and self._named(names, self.own):
            if _name_modifies_another(unit, facts) or _claim_name_qualifies(unit, facts):
                return 0.0
            if _kin_of_a_name(unit, facts) or _part_of_a_name(unit, facts):
                return 0.0
            return ABOUT_NAMED
        if (
            _relative_subject(unit, facts)
            or _name_modifies_another(unit, facts)
            or _part_of_a_name(unit, facts)
        ):
            return 0.0
        anaphor = _leading_anaphor(unit)
        if not self._description_fits():
            return 0.0  # "The sequel was filmed in 1996", in the film's article
        told = _animacy(anaphor.norm) if anaphor is not None else None
        if told is not None and told != (_claim_animacy(facts) or told):
            # "she earned roughly $30 million" is not told by "It earned $51.7 million".
            return 0.0
        if (
            anaphor is not None
            and anaphor.norm in _SUBJECT_PRONOUNS
            and not facts.subject_pronoun
            and _another_before(unit, facts)
        ):
            # "Her sister Ann lives in Lisk. She was born in 1953": "she" may be the sister.
            return 0.0
        if told is not None and not facts.subject_pronoun and self._thing_before(told):
            # "The soundtrack album was issued by ... It was released in 1997."; "A brother
            # grew up in Vane. He was born in 1951."
            return 0.0
        if not names and not facts.subject_pronoun:
            if _indefinite_subject(unit, facts) or _anothers_own(unit, facts):
                return 0.0
            if self.scored.subject >= 0.999 and self._subject_words_said():
                return ABOUT_NAMED
            if (
                self.scored.predicate >= GENERIC_PREDICATE
                and self._regions_said()
                and not _other_subject(unit, facts)
            ):
                if anaphor is not None and (
                    self._subject_words_before() or (self.given and not unit.previous)
                ):
                    # "Theogony has ...": "It contains 1022 lines" after a sentence naming
                    # it stands for it, as surely as after a name the claim spells; and
                    # so when the caller hands it over as the claim's evidence.
                    return ABOUT_REFERRED
                # "Syrian rebels ousted ...": a subject that names no one is met by the
                # event it did, told in other words ("opposition forces").
                return ABOUT_ALONE
        if facts.subject_pronoun:
            # The claim itself says "It was published in 1849": it means the article's
            # subject, or what the handed-over evidence is about.
            if _other_subject(unit, facts):
                return 0.0
            title = [t for t in title_tokens(unit.title) if t.norm not in STOPWORDS]
            own = {t.norm for t in unit.tokens}
            if title and all(t.norm in own for t in title):
                return ABOUT_NAMED  # the sentence names the article's subject
            if self.given or anaphor is not None or not unit.title:
                return ABOUT_REFERRED
            return ABOUT_REFERRED if unit.index == 0 else ABOUT_ALONE
        if anaphor is None:
            # In an article, a sentence that names nothing else first is about its title
            # ("The first direct contact between the two states came in 1778").
            title = list(title_tokens(unit.title))
            if (
                names
                and title
                and self._named(names, title)
                and not _other_subject(unit, facts)
                and not self._namesake(names)
            ):
                return ABOUT_TITLE
            return 0.0
        title = list(title_tokens(unit.title))
        if names:
            if self._named(names, list(unit.previous)) or (title and self._named(names, title)):
                return ABOUT_REFERRED
        elif self._subject_words_before():
            return ABOUT_REFERRED
        if not names and anaphor.norm in _DETERMINERS and not self._subject_words_said():
            return 0.0  # "The sequel was directed by ..." is not about "the film"
        if self.given and not unit.previous:
            return ABOUT_REFERRED  # the caller vouches that it is about the claim
        if not unit.title and not unit.previous:
            return ABOUT_ALONE  # nothing else in the page it can stand for
        return 0.0

    def _description_fits(self) -> bool:
        """A leading "the <noun>", or a noun phrase of a thing opening the sentence, may
        stand for the claim's subject: the noun fits what the article's title and first
        sentence, or the claim's own subject and copula, say the subject is ("the film",
        "the movie" for a film; not "the sequel", "the soundtrack"; "the city" for a town,
        not "the county"; never "a ferry"). True when nothing says what it is."""
        unit = self.unit
        words = _description(unit)
        if words is not None and not _nounish(words[-1]):
            return True  # "The best known is ...": no noun to tell a kind by
        if words is None:
            # "A ferry opened in 1850", "The album it came from reached ...": a noun phrase
            # of its own opens the sentence; not an aside before a pronoun ("A member of the
            # faculty since 1982, he holds ...").
            anaphor = _leading_anaphor(unit)
            if anaphor is not None and anaphor.norm in _PRONOUNS:
                return True
            found = _opening_phrase(unit.tokens, subject_starts(unit) if unit.tokens else [])
            if found is None:
                return True
            head = _head(found[1])
            if not _a_thing(head):
                return True
            if found[0].norm != "the" and not any(
                w.token.stem == head.stem for w in self.facts.claim.words
            ):
                return False  # "A village nearby has ...": a thing brought in anew
            words = found[1]
        return self._fits_kind(words)

    def _thing_before(self, animacy: str) -> bool:
        """The sentence right before opens on a thing of another kind than the subject, or
        on a relative, that this sentence's pronoun may stand for ("The soundtrack album
        was issued by Vane Records. It was released in 1997"; "A brother grew up in Vane.
        He was born in 1951")."""
        last = _sentence_before(self.unit)
        found = _opening_phrase(last, [0]) if last else None
        if found is None:
            return False
        head = _head(found[1])
        if not _a_thing(head) or (broad_kind(head.norm) == "person") != (animacy == "person"):
            return False
        return not self._fits_kind(found[1])

    def _fits_kind(self, phrase: Sequence[Token]) -> bool:
        """The noun phrase may name the claim's subject, by what the article and claim say
        it is: its head fits, and no word before it narrows it to another ("The medical
        school" of a university, "The new bridge")."""
        net = wordnet.load()
        head = _head(phrase)
        if net is None or not _nounish(head):
            return True  # "The best known is ...": no noun to tell a kind by
        kinds, words = article_kinds(self.unit)
        common = [w for w in self.facts.claim.words if common_word(w)]
        own = {w.token.norm for w in common if w.subject}  # "The film Lisk Road"
        claimed = claim_predicate(self)
        if claimed is not None:
            own.add(claimed[1].norm)  # "Lisk Road is a film"
        # A word WordNet lacks is a kind of its own ("The Vane app": not "the company"),
        # unless the sentence spells one like it: a misspelling ("The staute" / "statue").
        here = [t.norm for t in self.unit.tokens]
        own = {
            w
            for w in own
            if net.has_noun(w) or not any(fuzz.ratio(w, t) >= _MISSPELT for t in here)
        }
        # Any word of the claim may be what it speaks of: "had a budget of" / "The budget
        # was $4 million".
        said = words | {w.token.norm for w in common}
        if not may_name(head, kinds | own, said | own):
            return False
        known = said | own | kinds | {t.norm for t in self.facts.claim.tokens}
        return not (kinds | own) or all(
            m.norm in known or m.stem in known or demonym(m) or m.norm in _COUNT_WORDS
            for m in phrase[: phrase.index(head)]
        )

    @property
    def pronoun_for_subject(self) -> bool:
        """The sentence's subject is a pronoun standing for the claim's subject ("It
        contains 1022 lines" after a sentence about the poem)."""
        anaphor = _leading_anaphor(self.unit)
        return anaphor is not None and anaphor.norm in _PRONOUNS and self.about >= ABOUT_REFERRED

    @property
    def refers(self) -> bool:
        """The sentence speaks of the claim's subject, by name or by a word standing for it:
        about it by reference at least, or the one untitled sentence there is."""
        unit = self.unit
        return self.about >= ABOUT_REFERRED or (
            self.about >= ABOUT_ALONE and not unit.title and not unit.previous
        )

    @property
    def focus(self) -> float:
        """How much of the claim the sentence says, its subject discounted; all of it but
        the subject when it stands for the subject with a pronoun ("She has never
        appeared ...")."""
        scored = self.scored
        if self.refers and _leading_anaphor(self.unit) is not None:
            return max(scored.focused, scored.predicate)
        return scored.focused

    @cached_property
    def names(self) -> dict[int, NameMatch]:
        """How the sentence (with its title; with the sentences before when it refers back)
        treats each of the claim's names, by position in facts.names."""
        # Only the subject may be named in the title or the sentences before; the claim's
        # other names must be in the sentence, or in the title and lead when the sentence
        # refers back to them ("He took office ...").
        unit = self.unit
        context = self.own
        wide = self.with_title + list(unit.previous)
        if self.about >= ABOUT_REFERRED and _leading_anaphor(unit) is not None:
            # "He took office on 20 May 2019": the title and the lead say of what; unless
            # the sentence names its own ("her home town of Tarn").
            context = self.with_title + ([] if self._names_its_own() else list(unit.lead))
        elif self.about == ABOUT_TITLE:
            # A sentence that names none of the claim's subject is about the article's title
            # as a whole ("the two states" of "Japan–Russia relations").
            context = self.with_title
        if _stands_for_a_thing(unit):
            # "Putin signed it on 30 November": "it" is what the sentences before named.
            context = context + list(unit.previous)
        subject = {id(n) for n in self.facts.subject_names}
        out: dict[int, NameMatch] = {}
        for i, name in enumerate(self.facts.names):
            where = wide if id(name) in subject else context
            match = match_name(
                name,
                where,
                self.facts.words,
                self.vocabulary,
                self.facts.names,
                title_tokens(unit.title),
            )
            if where is not self.own and match.status in MET:
                # The sentence itself puts another word in the name's place ("the Tarn Film
                # Festival" for "the Lisk Film Festival"): the sentences around, which
                # name Lisk elsewhere, do not make it the claim's.
                own = match_name(
                    name, self.own, self.facts.words, self.vocabulary, self.facts.names
                )
                if own.status is NameStatus.REPLACED:
                    match = own
            out[i] = match
        return out

    def _names_its_own(self) -> bool:
        """The sentence names something the claim and the title do not (a capitalised word
        past its first that is no month)."""
        title = {t.norm for t in title_tokens(self.unit.title)}
        return any(
            t.capitalised
            and t.norm not in self.facts.words
            and t.norm not in title
            and t.norm not in STOPWORDS
            and t.norm not in MONTH_WORDS
            for t in self.unit.tokens[1:]
        )

    @cached_property
    def names_ok(self) -> bool:
        return self.names_ok_except(())

    def names_ok_except(self, texts: Sequence[str]) -> bool:
        """Every name of the claim (but those named in `texts`) is in the sentence, its
        title or context as the rules above allow, or is only descriptive."""
        return all(
            name.text in texts or self._name_told(i, name)
            for i, name in enumerate(self.facts.names)
        )

    @cached_property
    def names_left(self) -> frozenset[int] | None:
        """The claim's names (by index) the sentence leaves unsaid, for another sentence to
        tell; None when it names one otherwise (another name in its place, a misspelling)."""
        left = set()
        for i, name in enumerate(self.facts.names):
            if self._name_told(i, name):
                continue
            if self.names[i].status is not NameStatus.ABSENT:
                return None
            left.add(i)
        return frozenset(left)

    def _name_told(self, i: int, name: Name) -> bool:
        status = self.names[i].status
        if status in MET:
            return True
        if any(n is name for n in self.facts.subject_names) and self.about >= ABOUT_ALONE:
            return True
        if self.possessor_told(name):
            return True  # "Bashar's elder brother Bassel ..." / "His elder brother Bassel"
        if i > 0 and self._holds_the_place_before(i):
            return True  # "born in Miami, Florida" told as "born in Miami"
        # "Syrian rebels ousted ...": a description of who did it
        return (
            soft_name(name, self.facts.text)
            and status is NameStatus.ABSENT
            and self._in_subject(name)
        )

    def possessor_told(self, name: Name) -> bool:
        """The name owns the claim's subject ("Bashar's elder brother Bassel al-Assad") and
        the sentence, about that subject, owns it by a pronoun ("His elder brother")."""
        facts = self.facts
        if self.about < ABOUT_ALONE or not facts.subject_names:
            return False
        if not owned_after(facts.text, name.end):
            return False
        if name.end > facts.subject_names[0].start:
            return False
        return any(t.norm in POSSESSIVE_PRONOUNS for t in self.own)

    def _holds_the_place_before(self, i: int) -> bool:
        """The claim's name `i` follows the one before after a comma ("Miami, Florida"),
        that one is met, and WordNet has it inside this one: the place says where it is."""
        names, text = self.facts.names, self.facts.text
        before = names[i - 1]
        if text[before.end : names[i].start].strip() != "," or self.names[i - 1].status not in MET:
            return False
        net = wordnet.load()
        if net is None:
            return False
        inner, outer = net.place(before.text), net.place(names[i].text)
        return inner is not None and outer is not None and bool(inner.within & outer.own)

    def _in_subject(self, name: Name) -> bool:
        words = [w for w in self.facts.claim.words if w.subject]
        return any(name.start <= w.token.start < name.end for w in words)

    @cached_property
    def readings(self) -> list[ValueReading]:
        return [read_value(cv, self.unit, self.facts, self.vocabulary) for cv in self.facts.values]

    def _group_only_through_others(self, word: ClaimWord, here: frozenset[str]) -> bool:
        """The word is met only through a group of the hand lexicon, by a sentence word that
        is another claim word's own ("election" says "won" in the group of elections, but
        "lost the election" does not say "won" it)."""
        hits = word.keys & here
        if any(not k.startswith("#") for k in hits):
            return False
        others = {w.token.stem for w in self.facts.claim.words if w is not word}
        return not any(token_keys(t) & hits for t in self.unit.tokens if t.stem not in others)

    @cached_property
    def _agents_do(self) -> frozenset[str]:
        """What the sentence's person nouns say their people do, by their definitions
        ("playwright": writes plays)."""
        return frozenset().union(
            *(agent_keys(t.norm) for t in self.unit.tokens if not t.capitalised)
        )

    def _kind_of_name_after(self, word: ClaimWord) -> bool:
        """The claim's word is what kind of place the name after "of" is ("the state of
        Texas", "the island of Crete"), as WordNet has it, and the sentence names the place:
        the name says its kind."""
        if word.token.norm not in PLACE_KINDS:
            return False
        claim = self.facts.claim.tokens
        k = next((i for i, t in enumerate(claim) if t is word.token), -1)
        if k < 0 or k + 2 >= len(claim) or claim[k + 1].norm != "of":
            return False
        name = list(itertools.takewhile(lambda t: t.capitalised, claim[k + 2 :]))
        own = {t.norm for t in self.unit.tokens}
        return (
            bool(name)
            and all(t.norm in own for t in name)
            and word.token.norm in broader_words("_".join(t.norm for t in name))
        )

    def _verb_for_a_noun(self, word: ClaimWord) -> bool:
        """The claim's word is a noun ("made from lead") and the sentence has it only as a
        verb taking an object ("Liberty leads an armed mob"): another word, spelt alike."""
        claim = self.facts.claim.tokens
        k = next((i for i, t in enumerate(claim) if t is word.token), 0)
        if k == 0 or claim[k - 1].norm not in _NOUN_LEADS:
            return False
        toks = self.unit.tokens
        uses = [i for i, t in enumerate(toks) if not t.capitalised and token_keys(t) & word.keys]
        return bool(uses) and all(
            toks[i].norm != word.token.norm
            and toks[i].norm.endswith("s")
            and 0 < i < len(toks) - 1
            and toks[i - 1].norm not in _NOUN_LEADS
            and toks[i + 1].norm in _OBJECT_LEADS
            for i in uses
        )

    @cached_property
    def _own_reading(self) -> tuple[float, list[ClaimWord]]:
        """How much of the claim's predicate (its common words; names are checked on their
        own) the sentence itself says, and the words it does not say. Words of the sentences
        before count only for a pronoun that stands for a thing ("signed it on 30
        November"), not for a possessive ("their architecture")."""
        unit = self.unit
        stands_for = _stands_for_a_thing(unit)
        own_stems = {t.stem for t in unit.tokens}
        total = got = 0.0
        unsaid: list[ClaimWord] = []
        glossed: list[ClaimWord] = []
        for word in self.facts.claim.words:
            if word.subject or word.weight < 1.0 or not common_word(word):
                continue
            total += word.weight
            here = unit.concepts if word.named else unit.common
            if (
                word.keys & here
                and not self._group_only_through_others(word, here)
                and not self._verb_for_a_noun(word)
            ):
                got += word.weight
            elif narrow_said(word, unit, here):
                got += word.weight * NARROW_CREDIT
            elif word.loose & here:
                got += word.weight * LOOSE_CREDIT
            elif (
                stands_for
                and word.keys & unit.previous_concepts
                and not opposite_stems(word.token.norm, word.token.stem) & own_stems
                and not (inflected_verb(word.token.norm) and not can_be_noun(word.token.norm))
            ):
                # What "it" stands for, not the deed: "signed it" takes "the law" from the
                # sentences before, but a sentence must tell "filmed" itself; and
                # "condemned it" does not take "supported".
                got += word.weight * PREVIOUS_CREDIT
            elif self._kind_of_name_after(word):
                got += word.weight  # "the state of Texas" / "Waxahachie, Texas"
            elif word.keys & self._agents_do:
                glossed.append(word)  # "plays drums" / "a drummer"
            else:
                unsaid.append(word)
        if glossed and (got or len(glossed) >= 2):
            # A definition says a deed and its object ("screenwriter": writes screenplays),
            # or completes what the sentence says in the claim's words; one word of it alone
            # is too loose a reading ("a child" does not say the subject "was young").
            got += sum(w.weight for w in glossed) * NARROW_CREDIT
        else:
            unsaid += glossed
        if not total:
            # Nothing but names to say ("X is an American", "Basildon is a place"): the
            # sentence says it only if the claim names or dates something it can confirm.
            subject = {id(n) for n in self.facts.subject_names}
            named = any(id(n) not in subject for n in self.facts.names)
            # "took place in 2001": the value is what it asserts, checked on its own.
            return (1.0 if named or self.facts.values else 0.0), unsaid
        return got / total, unsaid

    @property
    def said(self) -> float:
        """Share of the claim's predicate words the sentence itself says (see above)."""
        return self._own_reading[0]

    @property
    def unsaid(self) -> list[ClaimWord]:
        """Predicate words (not names) the sentence does not say."""
        return self._own_reading[1]
