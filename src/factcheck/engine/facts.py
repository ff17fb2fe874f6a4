"""What a claim asserts, read once: its words, subject, names, values and what each value dates."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.engine.kinds import demonym
from factcheck.engine.lexical import (
    close_keys,
    compound_keys,
    compound_noun,
    guess_pos,
    inflected_verb,
    narrow_keys,
    phrasal_keys,
    plain_word,
    word_keys,
)
from factcheck.engine.negation import negation_word
from factcheck.engine.structure import Anchor, anchor, verb_like
from factcheck.matching import (
    AUXILIARIES,
    VERBS,
    ClaimText,
    ClaimWord,
    Value,
    analyse_claim,
    keys_of,
    opening_pronoun,
    subject_bounds,
)
from factcheck.names import TITLES, Name, extract_names
from factcheck.textnorm import POSSESSIVE_PRONOUNS, STOPWORDS, Token, fold, owned_after
from factcheck.values import NumberValue

# Claim subjects that refer to something the claim does not name ("It was published in
# 1849"): in an article they stand for its title, in handed-over evidence for what it is about.
SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they", "this", "its", "his", "her", "their"})
# Words that restrict a claim to what it names ("only", "solely"): a second value or kind in
# the evidence then speaks against it rather than beside it.
EXCLUSIVE = frozenset({"only", "solely", "exclusively", "entirely", "purely"})


@dataclass(frozen=True)
class ValueFacts:
    """One value of the claim and what it dates or counts."""

    value: Value
    anchor: Anchor
    keys: frozenset[str]  # keys of its governing and identified words, and its clause's verbs


@dataclass(frozen=True)
class ClaimFacts:
    claim: ClaimText
    names: tuple[Name, ...]
    subject_names: tuple[Name, ...]  # the names in the claim's subject
    subject_pronoun: bool  # the subject is "It", "He"...: the claim leans on a context
    words: frozenset[str]  # folded words of the claim
    concepts: frozenset[str]  # keys of all its words outside its values
    predicate: frozenset[str]  # keys of its predicate words (after the subject)
    negated: bool
    exclusive: bool
    values: tuple[ValueFacts, ...]

    @property
    def text(self) -> str:
        return self.claim.text


def _expanded(word: ClaimWord, previous: str | None) -> ClaimWord:
    """The word's keys: its own and its closest synonyms' (full credit), and WordNet's
    looser relations (partial credit, see matching.LOOSE_CREDIT), in the part of speech the
    word before it suggests."""
    tok = word.token
    pos = guess_pos(previous, tok.norm)
    keys = word.keys | close_keys(tok.norm, tok.stem, pos)
    narrow = narrow_keys(tok.norm, pos) if not tok.capitalised else frozenset()
    compound = compound_noun(previous, tok.norm) if previous and not tok.capitalised else None
    if compound is not None:
        # "football player": the compound's kinds ("quarterback") and synonyms ("footballer")
        # say its head; the first word is looked for on its own.
        keys |= compound_keys(compound)
        narrow |= narrow_keys(compound, "n")
    narrow -= keys
    loose = word_keys(tok.norm, tok.stem, tok.capitalised, pos) - keys - narrow
    return dataclasses.replace(
        word, keys=frozenset(keys), loose=frozenset(loose), narrow=frozenset(narrow)
    )


def _joined_deeds(text: str, toks: Sequence[Token], values: Sequence[Value]) -> list[int]:
    """Where the claim joins two deeds by "and" and a verb, each with a date or figure of its
    own ("was born in 1950 and won the prize in 1990"): the offsets of those verbs. A date
    that opens the claim ("In 1940 she had the role and received ...") dates both."""
    start, _end = subject_bounds(text, toks)
    opening = toks[start].start if start < len(toks) else 0
    own = [v for v in values if v.span[0] >= opening and not _ordinal_value(v)]
    joins: list[int] = []
    for k in range(1, len(toks) - 1):
        if toks[k].norm != "and" or not inflected_verb(toks[k + 1].norm):
            continue
        cut = toks[k + 1].start
        lo = joins[-1] if joins else opening
        # A deed of its own before the "and" ("February 22, 1524 and called for ..." has
        # none: the date is that of the deed after it).
        deed = any(
            lo <= t.start < cut and inflected_verb(t.norm) and t.norm not in AUXILIARIES
            for t in toks
        )
        if deed and any(v.span[1] <= cut for v in own) and any(v.span[0] >= cut for v in own):
            joins.append(cut)
    return joins


# Words that open an aside after a comma that tells of a deed of its own.
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_ASIDE_PREPOSITIONS = frozenset("in on at by from for during after before with as".split())


def _asides(text: str, toks: Sequence[Token]) -> list[tuple[int, int]]:
    """The claim's asides between commas (or a comma and the end) that tell a deed of their
    own, as (start, end) offsets: a relative clause (", which went public in 1900") or a
    past participle (", released in 1990,"). A value inside one is dated by its words
    alone: "founded the company, which went public in 1900" does not date the founding."""
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks[:-1]):
        if text[: tok.start].rstrip()[-1:] != "," or k == 0:
            continue
        participle = tok.norm.endswith(("ed", "en")) or tok.norm in ("born", "built", "made")
        # A deed told by its participle and a preposition (", released in 1990,"), not a
        # state (", aged 94 years,").
        told = toks[k + 1].norm in _ASIDE_PREPOSITIONS
        if tok.norm not in _RELATIVES and not (
            participle and told and inflected_verb(tok.norm) and tok.norm not in AUXILIARIES
        ):
            continue
        close = text.find(",", tok.end)
        out.append((tok.start, close if close >= 0 else len(text)))
    return out


def _aside_of(text: str, toks: Sequence[Token], start: int) -> list[Token]:
    """The words an aside tells of: those before its comma, back to the comma before or the
    claim's start, but the verbs ("the Vane Company" of "founded the Vane Company, which
    went public in 1900")."""
    comma = text.rfind(",", 0, start)
    begin = text.rfind(",", 0, comma) + 1 if comma > 0 else 0
    return [t for t in toks if begin <= t.start < comma and not verb_like(t)]


def _ordinal_value(value: Value) -> bool:
    return isinstance(value, NumberValue) and value.ordinal


def _part_of(joins: Sequence[int], at: int, end: int) -> tuple[int, int]:
    """The stretch between joins that holds offset `at` (the subject's stretch, before the
    first join, is shared: it starts at 0)."""
    lo = max((j for j in joins if j <= at), default=0)
    hi = min((j for j in joins if j > at), default=end)
    return lo, hi


def _with_keys(word: ClaimWord, extra: frozenset[str]) -> ClaimWord:
    if not extra:
        return word
    return dataclasses.replace(word, keys=word.keys | extra, loose=word.loose - extra)


def _inside_value(name: Name, values: tuple[Value, ...]) -> bool:
    return any(s <= name.start < e for s, e in (v.span for v in values))


def analyse(text: str) -> ClaimFacts:
    base = analyse_claim(text)
    toks = list(base.tokens)
    # "has yet to appear": "yet" negates; it is not a word to look for.
    negators = {id(toks[i]) for i in range(len(toks)) if negation_word(toks, i)}
    before = {id(toks[i]): toks[i - 1].norm for i in range(1, len(toks))}
    # "passed away", "set up": the verb says what its phrasal verb says.
    phrasal = {
        id(toks[i]): phrasal_keys(toks[i].norm, toks[i + 1].norm) for i in range(len(toks) - 1)
    }
    particles = {id(toks[i + 1]) for i in range(len(toks) - 1) if phrasal[id(toks[i])]}
    words = tuple(
        _with_keys(_expanded(w, before.get(id(w.token))), phrasal.get(id(w.token), frozenset()))
        for w in base.words
        if id(w.token) not in negators and id(w.token) not in particles
    )
    claim = ClaimText(base.text, base.tokens, base.values, words)
    names = tuple(
        n
        for n in extract_names(text)
        if not _inside_value(n, claim.values) and not _sentence_head(n, toks)
    )
    subject_tokens = {id(w.token) for w in words if w.subject}
    subject_starts = {w.token.start for w in words if w.subject}
    subject_names = _subject_names(text, claim.tokens, names, subject_starts)
    name_norms = {w.norm for n in names for w in n.words}
    predicate: set[str] = set()
    for w in words:
        if not w.subject and w.token.norm not in name_norms and w.weight >= 1.0:
            predicate |= w.keys
    first = _subject_opening(text, claim.tokens)
    # The claim's main verb dates each of its values ("hold both passports"), whatever its form.
    _start, end = subject_bounds(text, toks)
    main = [
        t for t in toks[end : end + 3] if t.norm not in AUXILIARIES and t.norm not in STOPWORDS
    ][:1]
    value_facts = []
    joins = _joined_deeds(text, toks, claim.values)
    asides = _asides(text, toks)
    for value in claim.values:
        where = anchor(text, toks, claim.values, value)
        # "was born in 1950 and won the prize in 1990": each deed dates its own value.
        lo, hi = _part_of(joins, value.span[0], len(text))
        aside = next(((a, b) for a, b in asides if a <= value.span[0] < b), None)
        if aside is not None:
            lo, hi = aside

        def own(t: Token, lo: int = lo, hi: int = hi, aside: object = aside) -> bool:
            # In the value's part; a value outside the asides is not dated by theirs.
            return lo <= t.start < hi and (
                aside is not None or not any(a <= t.start < b for a, b in asides)
            )

        if joins or asides:
            # The value's clause is its own part: "Tom Lisk, born in 1950, won the prize in
            # 1990" says of 1950 only that he was born then; an aside's with what it tells
            # of ("one daughter, Lexi Jones, born in August 2000"), which it does not date.
            of = _aside_of(text, toks, aside[0]) if aside is not None else []
            where = dataclasses.replace(
                where,
                clause=tuple(
                    t for t in where.clause if own(t) or id(t) in subject_tokens or t in of
                ),
                governors=tuple(g for g in where.governors if own(g)) or where.governors,
            )
        inside = [t for t in where.clause if own(t)]
        near = [*where.identity, *(t for t in where.governors if own(t))]
        # The clause's own verbs and event words date the value too ("signed it on ...").
        near += [t for t in inside if verb_like(t) and id(t) not in subject_tokens]
        near += [
            t
            for t in main
            if own(t) and not any(a <= t.start < b for a, b in (v.span for v in claim.values))
        ]
        # The predicate's own words in the value's clause ("date back to": began, first).
        in_clause = {id(t) for t in inside}
        idioms = [w for w in words if id(w.token) in in_clause and not w.subject and not w.is_name]
        keys: set[str] = set()
        for tok in near:
            # A capitalised word is a name's, unless it opens the claim as a word of the
            # language ("Founded in 2004, it ...").
            opening = bool(toks) and tok is toks[0] and plain_word(tok.norm)
            if tok.norm in STOPWORDS or (
                tok.capitalised and tok.norm not in TITLES and not opening
            ):
                continue
            # In the part of speech the word before suggests: "the tallest building" is an
            # edifice, not the act of building (which WordNet ties to "establish", a start).
            pos = guess_pos(before.get(id(tok)), tok.norm)
            keys |= word_keys(tok.norm, tok.stem, pos=pos) | phrasal.get(id(tok), frozenset())
        for word in idioms:
            keys |= word.keys
        value_facts.append(ValueFacts(value, where, frozenset(keys)))
    return ClaimFacts(
        claim,
        names,
        subject_names,
        first in SUBJECT_PRONOUNS and not subject_names,
        frozenset(t.norm for t in claim.tokens),
        keys_of(_outside(claim.tokens, claim.values)),
        frozenset(predicate),
        any(negation_word(claim.tokens, i) for i in range(len(claim.tokens))),
        any(t.norm in EXCLUSIVE for t in claim.tokens),
        tuple(value_facts),
    )


_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "it"})


def _subject_opening(text: str, toks: tuple[Token, ...]) -> str:
    """The word the claim's subject opens with: its first word, or the first after an
    opening phrase ("In 1954, he moved ...", "In May 2002 he said ..."), so that a pronoun
    there is read as the subject, leaning on a context, as it is at the start."""
    if not toks:
        return ""
    start, _end = subject_bounds(text, toks)
    if start:
        # Only a personal pronoun: "On 11 June 1560, their sister ... died" is about the
        # sister, whom no context needs to supply.
        return toks[start].norm if toks[start].norm in _PERSONAL_SUBJECTS else toks[0].norm
    at = opening_pronoun(toks)
    return toks[at if at is not None else 0].norm


def _sentence_head(name: Name, toks: list[Token]) -> bool:
    """ "Speeches by Margaret Thatcher ...", "Polar bears ...": a common word capitalised
    only because it opens the claim, followed by a word in lower case."""
    if len(name.words) != 1 or not toks or name.words[0].start != toks[0].start:
        return False
    nxt = toks[1] if len(toks) > 1 else None
    return nxt is not None and nxt.text[:1].islower() and plain_word(name.words[0].norm)


def common_word(word: ClaimWord) -> bool:
    """A word of the claim that is not (part of) a name: its checks are the sentence's
    words, where a name's are context.names. Office titles ("President") are common words
    here, whatever their case."""
    return not (word.is_name or word.token.capitalised) or word.token.norm in TITLES


def predicate_words(facts: ClaimFacts) -> list[ClaimWord]:
    """The common words of the claim's predicate that assert something (not light ones)."""
    return [w for w in facts.claim.words if not w.subject and w.weight >= 1.0 and common_word(w)]


def _subject_names(
    text: str, toks: tuple[Token, ...], names: tuple[Name, ...], subject_starts: set[int]
) -> tuple[Name, ...]:
    """The names the claim is about: the name its subject starts with ("The Warsaw Pact
    was ...", "Japan and Russia fought ..."), and names joined to it by "and". A subject
    that starts with a common noun ("The first clash between Russia and the West", "Syrian
    rebels") is about an event or a group: its names are the claim's other names."""
    if not toks:
        return ()
    begin = min(subject_starts) if subject_starts else _first_content(toks)
    lead = [t for t in toks if t.start >= begin and t.norm not in _DETERMINERS]
    if not lead:
        return ()
    first = next((n for n in names if n.start <= lead[0].start < n.end), None)
    owner = [t for t in toks if t.end <= lead[0].start][-1:]
    owner_end = (
        first.end
        if first is not None and owned_after(text, first.end)
        else owner[0].end
        if first is None and owner and owner[0].norm in POSSESSIVE_PRONOUNS
        else None
    )
    if owner_end is not None:
        # "Bashar's elder brother Bassel al-Assad was killed ...", "His successor Ann Vole
        # ...": the subject is the name the possessive phrase stands before.
        named = _named_after_possessive(text, names, owner_end)
        if named is not None:
            first = named
    if first is None or soft_subject(first, text):
        return ()
    out = [first]
    for name in names:
        if name.start <= out[-1].end:
            continue
        if text[out[-1].end : name.start].strip(" ,") in ("and", ""):
            out.append(name)
        else:
            break
    return tuple(out)


# "elder brother", "long-time spokesman": the few words between a possessive and the name.
_APPOSITION_WORDS = 4


def _named_after_possessive(text: str, names: tuple[Name, ...], end: int) -> Name | None:
    """The name right after a possessive and a few lower-case words ("'s elder brother
    Bassel al-Assad"), when nothing else stands between."""
    following = next((n for n in names if n.start >= end), None)
    if following is None:
        return None
    between = text[end : following.start].removeprefix("'s").removeprefix("’s").split()
    if not between or len(between) > _APPOSITION_WORDS:
        return None
    if not all(
        w.isalpha() and w.islower() and w not in VERBS and w not in STOPWORDS for w in between
    ):
        return None
    return following


def soft_subject(name: Name, text: str) -> bool:
    """ "Syrian rebels": a nationality before a common noun describes a group."""
    after = text[name.end : name.end + 20].split()
    if not after or not after[0][:1].islower():
        return False
    following = fold(after[0].strip(",.;:"))
    if following in VERBS or following in AUXILIARIES or following.endswith("ed"):
        return False
    return len(name.words) == 1 and demonym(name.words[0])


_DETERMINERS = frozenset({"the", "a", "an"})


def _first_content(toks: tuple[Token, ...]) -> int:
    for tok in toks:
        if tok.norm not in STOPWORDS:
            return tok.start
    return -1


def _outside(toks: tuple[Token, ...], values: tuple[Value, ...]) -> list[Token]:
    return [t for t in toks if not any(a <= t.start < b for a, b in (v.span for v in values))]
