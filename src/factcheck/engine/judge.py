"""One sentence against one claim: how strongly it supports it, and what it finds against it.

A sentence *supports* a claim when it is about the claim's subject, says the claim's
predicate (all its words but one, through synonyms and narrower words), agrees on every
value and spells every name, and negates nothing the claim asserts. Support is the
sentence's coverage of the claim (subject discounted), scaled by how surely it is about the
subject and by how exactly its values agree. A sentence that finds something against the
claim (rules.py) supports nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.engine.another_time import state_ended
from factcheck.engine.context import (
    ABOUT_ALONE,
    ABOUT_NAMED,
    ABOUT_REFERRED,
    ABOUT_TITLE,
    PLACE_KINDS,
    SentenceContext,
)
from factcheck.engine.facts import ClaimFacts, predicate_words
from factcheck.engine.kinds import (
    COPULAS,
    kind_mismatch,
    kind_said_of_another,
    modifier_elsewhere,
    nationality_of_another,
)
from factcheck.engine.lexical import (
    broad_kind,
    can_be_noun,
    can_be_verb,
    close_keys,
    inflected_verb,
    made_thing,
    opposite_stems,
    same_verb,
    token_keys,
)
from factcheck.engine.negation import negated_words, negation_groups
from factcheck.engine.ranks import (
    ranked_by_another_head,
    restricted_apart,
    superlative,
    superlative_conflict,
)
from factcheck.engine.rules import (
    BRACKETED,
    Finding,
    agents_after,
    asserted_word_denied,
    findings,
    sentence_negates_claim,
)
from factcheck.engine.structure import verb_like
from factcheck.engine.values_check import AIM_VERBS, aimed_at, ordinal_instances
from factcheck.matching import ClaimWord, Scored, subject_bounds
from factcheck.models import ValueCheck, ValueKind, ValueStatus
from factcheck.names import all_initials, name_run_before
from factcheck.textnorm import STOPWORDS, Token, stem, tokens
from factcheck.values.lexicon import MONTH_WORDS

# A sentence supports a claim with values when it covers this much of its predicate...
SUPPORT_PREDICATE_WITH_VALUES = 0.5
# ... and one without values when it covers this much.
SUPPORT_PREDICATE = 0.75
# A value confirmed only loosely (nothing in its clause ties it to the claim's event)
# supports when the sentence covers this much of the predicate.
LOOSE_VALUE_PREDICATE = 0.85
# Support from two sentences of one article, each confirming part of the values, is worth
# this share of support from one.
CROSS_SENTENCE_FACTOR = 0.9


@dataclass
class Judgement:
    context: SentenceContext
    support: float = 0.0
    support_code: str = ""
    findings: list[Finding] = field(default_factory=list)
    partial: float = 0.0  # support if the values it leaves unsaid are confirmed nearby
    clear: float = 0.0  # past every guard: the strength of what it says of the claim
    names_left: frozenset[int] = frozenset()  # the claim's names it leaves unsaid
    support_reason: str = ""  # why a negated claim is borne out (S106)

    @property
    def scored(self) -> Scored:
        return self.context.scored

    @property
    def contra(self) -> float:
        return max((f.strength for f in self.findings), default=0.0)

    @property
    def finding(self) -> Finding | None:
        return max(self.findings, key=lambda f: f.strength, default=None)

    @property
    def checks(self) -> list[ValueCheck]:
        ctx = self.context
        out = []
        for i, name in enumerate(ctx.facts.names):
            match = ctx.names[i]
            status = _NAME_STATUS[match.status.value]
            found = match.found or (name.text if status is ValueStatus.CONFIRMED else "")
            out.append(
                ValueCheck(
                    ValueKind.NAME,
                    name.text,
                    status,
                    found=found,
                    note=_NAME_NOTE.get(match.status.value, ""),
                )
            )
        out += [r.check for r in ctx.readings]
        return out


_NAME_STATUS = {
    "confirmed": ValueStatus.CONFIRMED,
    "variant": ValueStatus.CONFIRMED,
    "misspelt": ValueStatus.CONTRADICTED,
    "replaced": ValueStatus.NOT_FOUND,
    "absent": ValueStatus.NOT_FOUND,
}
_NAME_NOTE = {"variant": "variant spelling", "misspelt": "misspelt"}


def _negation_agrees(ctx: SentenceContext) -> bool:
    """A claim that denies something is supported only by a sentence that denies it too
    (one of the words its negation governs); one that asserts, only by a sentence that does
    not negate its words."""
    if ctx.facts.negated:
        return (
            sentence_negates_claim(ctx)
            and _every_denial_told(ctx)
            and not asserted_word_denied(ctx)
        )
    return not sentence_negates_claim(ctx, broadly=True)


def _every_denial_told(ctx: SentenceContext) -> bool:
    """Each of the claim's negations is met by one in the sentence that denies one of its
    words: "was not attracted to it, and not to her looks" is not borne out by "was
    attracted to it, and not to her looks", whose one negation denies only the looks."""
    denied = [token_keys(t) for t in negated_words(ctx.unit.tokens, ctx.unit.text)]
    for group in negation_groups(ctx.facts.claim.tokens, ctx.facts.text):
        words = [t for t in group if t.norm not in STOPWORDS and not t.norm.isdigit()]
        if not words:
            continue
        close: set[str] = set()
        for tok in words:
            close |= close_keys(tok.norm, tok.stem)
        if not any(close & keys for keys in denied):
            return False
    return True


# How much surer support is when the sentence names the subject than when it refers to it.
_ABOUT_FACTOR = {ABOUT_NAMED: 1.0, ABOUT_REFERRED: 0.95, ABOUT_TITLE: 0.9, ABOUT_ALONE: 0.9}


def _values_denied(facts: ClaimFacts) -> bool:
    """A value of the claim is among the words its negation governs."""
    denied = negated_words(facts.claim.tokens, facts.text)
    # A value that names which thing is meant ("the Treaty of Lisbon of 1954") is asserted
    # whatever is denied of the thing.
    spans = [
        cv.value.span for cv in facts.values if not cv.anchor.identity and not cv.anchor.in_name
    ]
    return any(a <= t.start < b for t in denied for a, b in spans)


_CLAIMED = re.compile(r"^claim (?:says|spells) '?([^;']+?)'?;")


def _denied(facts: ClaimFacts, finding: Finding) -> bool:
    """What the finding sets against the claim ("claim says Independence") is among the
    words its negation governs: "X is not an album by Y" is borne out by "an album by Z",
    but "Japan received no indemnity, and the terms set off riots in Independence" still
    places the riots."""
    match = _CLAIMED.match(finding.why)
    if match is None:
        return True
    denied = {t.norm for t in negated_words(facts.claim.tokens, facts.text)}
    words = [w for w in tokens(match.group(1)) if w.norm not in STOPWORDS]
    return not words or any(w.norm in denied for w in words)


def judge(ctx: SentenceContext) -> Judgement:
    j = Judgement(ctx)
    found = findings(ctx)
    if ctx.facts.negated and not sentence_negates_claim(ctx):
        # A claim that denies something ("X is not an album by Y") is borne out by a
        # sentence that says something else in its place ("an album by Z"); only a
        # sentence asserting what it denies contradicts it.
        # A date or figure bears it out only when the negation governs it ("was not born in
        # 1950"): in "did not sign the Treaty of San Francisco of 1954" the year is still
        # asserted, and another year contradicts it. A sentence that denies the same thing
        # tells of the same refusal ("declined to accept it on 31 July 2014"): its values
        # conflict as they stand.
        values_denied = _values_denied(ctx.facts)
        denial = [
            f
            for f in found
            if f.code != "FC401"
            and (values_denied if f.code.startswith("FC1") else _denied(ctx.facts, f))
        ]
        found = [f for f in found if f not in denial]
        if denial and not found:
            best = max(denial, key=lambda f: f.strength)
            j.support, j.support_code = best.strength, "S106"
            j.support_reason = best.why
            return j
    j.findings = found
    if j.findings:
        return j
    left = ctx.names_left
    if ctx.about < ABOUT_ALONE or left is None or not _negation_agrees(ctx):
        return j
    if kind_mismatch(ctx) or modifier_elsewhere(ctx) or nationality_of_another(ctx):
        return j
    if kind_said_of_another(ctx) or state_ended(ctx):
        return j
    unsaid = ctx.unsaid
    if not ordinal_instances(ctx.facts.claim.tokens) <= {t.norm for t in ctx.own}:
        return j  # "Putin's second term" is not borne out by his first
    if _other_agent_named(ctx) or _named_as_landmark(ctx) or _agent_elsewhere(ctx):
        return j
    if _done_by_another(ctx) or _stance_against(ctx) or _verb_with_another_name(ctx):
        return j
    if _agent_not_tied(ctx) or _opposite_said_too(ctx) or _subject_beaten(ctx):
        return j
    if _doer_unsaid(ctx) or _only_aimed_at(ctx):
        return j
    if _opposite_of_unsaid(ctx):
        return j
    if _possessed_unsaid(ctx) or _place_in_another_role(ctx) or _split_by_semicolon(ctx):
        return j
    if _number_unsaid(ctx):
        return j  # "Flight 23" is not borne out by "Flight 11", nor "on 21 May" by "on 10 May"
    if superlative_conflict(ctx.facts.text, ctx.unit.text) is not None:
        return j  # "the largest city" is not borne out by "the second-largest city"
    if restricted_apart(ctx.facts.text, ctx.unit.text):
        return j  # ... nor "the tallest tower" by "the tallest tower built of wood"
    if ranked_by_another_head(ctx.facts.text, ctx.unit.text):
        return j  # ... nor "the largest airport" by "the largest airport terminal building"
    about = _ABOUT_FACTOR.get(ctx.about, 0.9)
    said = ctx.said
    j.clear = (0.5 + 0.5 * said) * about
    j.names_left = left
    if left:
        return j  # a name left to another sentence: it can only complete one (S105, S107)
    if ctx.facts.values:
        readings = ctx.readings
        confirmed = [r for r in readings if r.check.status is ValueStatus.CONFIRMED]
        loose = any(r.tie < 1 for r in confirmed)
        enough = said >= (LOOSE_VALUE_PREDICATE if loose else SUPPORT_PREDICATE_WITH_VALUES)
        factor = min((r.factor for r in confirmed), default=1.0)
        strength = (0.5 + 0.5 * said) * factor * about
        if len(confirmed) == len(readings) and enough and len(unsaid) <= 1:
            j.support = strength
            j.support_code = "S103" if loose else "S102"
        elif confirmed and enough and len(unsaid) <= 1:
            j.partial = strength * CROSS_SENTENCE_FACTOR
    elif said >= SUPPORT_PREDICATE and not unsaid:
        j.support = said * about * _weight_of_words(ctx)
        j.support_code = "S101"
    elif said >= SUPPORT_PREDICATE and len(unsaid) == 1 and _long(ctx) and not _slot_taken(ctx):
        # A long predicate said but for one word: close, but less sure.
        j.support = said * about * 0.85 * _weight_of_words(ctx)
        j.support_code = "S104"
    return j


# A number written in digits, whole: "11", "1,200,000", "9/11", "19:00"; not the digits of
# a longer word ("F-35B", "COVID-19").
_DIGITS = re.compile(r"(?<![\w./:,-])\d+(?:[.,/:]\d+)*(?![\w-])")


def _number_unsaid(ctx: SentenceContext) -> bool:
    """The claim writes a number that is no date or figure of its own (an identifier, "Flight
    11", "Article 5"; the day of a date without a year, "on 21 May") and the sentence does not
    write it: the values compared never see it, and the words around it say the rest. A
    number inside the claim's subject may be the name the sentence shortens ("the 14th Dalai
    Lama" / "the Dalai Lama"), unless the sentence gives its word another number ("Flight
    11")."""
    text = ctx.facts.text
    spans = [v.span for v in ctx.facts.claim.values]
    bare = [m for m in _DIGITS.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    if not bare:
        return False  # most claims: every number is a date or a figure, compared as such
    toks = ctx.facts.claim.tokens
    start, end = subject_bounds(text, toks)
    subject = (toks[start].start, toks[end - 1].end) if end > start else (0, 0)
    said = {m.group() for m in _DIGITS.finditer(ctx.unit.text + " " + ctx.unit.title)}
    for m in bare:
        if m.group() in said:
            continue
        if subject[0] <= m.start() < subject[1]:
            before = text[: m.start()].split()[-1:]
            renumbered = before and re.search(
                rf"\b{re.escape(before[0])}\s+\d", ctx.unit.text, re.IGNORECASE
            )
            if not renumbered:
                continue
        return True
    return False


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "to"})
_PLACE_LEADS = _PLACE_PREPOSITIONS | frozenset({"of", "and", "or"})


def _place_in_another_role(ctx: SentenceContext) -> bool:
    """The claim puts something in a place ("born in Tarn"); the sentence names the place
    only as a describing word ("a Tarn novelist", "the Tarn Prize"), not after a preposition
    or a comma: it says nothing of where."""
    claim = list(ctx.facts.claim.tokens)
    text = ctx.facts.text
    own = list(ctx.unit.tokens)
    for k, tok in enumerate(claim[1:], start=1):
        # "in Tarn", or "in the state of Tarn": the place's preposition.
        p = k - 1
        if (
            k >= 4
            and claim[k - 1].norm == "of"
            and claim[k - 2].norm in PLACE_KINDS
            and claim[k - 3].norm == "the"
        ):
            p = k - 4
        if not tok.capitalised or claim[p].norm not in _PLACE_PREPOSITIONS:
            continue
        if (
            tok.norm in STOPWORDS
            or tok.norm in MONTH_WORDS
            or text[claim[k - 1].end : tok.start].strip()
        ):
            continue
        if p >= 1 and _put_elsewhere(claim[p - 1], claim[p], tok, own, ctx.unit.text):
            return True  # "born in Tarn" / "born in Lisk and studied at ... Tarn"
        spots = [i for i, t in enumerate(own) if t.norm == tok.norm]
        if not spots:
            continue
        # After a preposition near it ("in the novel Don Quixote", "in Kensington,
        # London"), a comma, or another word of the name: a place, or what holds it.
        if not any(
            i > 0
            and (
                any(t.norm in _PLACE_LEADS for t in own[max(0, i - 3) : i])
                or "," in ctx.unit.text[own[i - 1].end : own[i].start]
                or (
                    own[i - 1].capitalised
                    and own[i - 1].norm not in STOPWORDS
                    # "a Depression-era Tarn widow": a describing compound, no name word
                    and not own[i - 1].text.rsplit("-", 1)[-1].islower()
                )
            )
            for i in spots
        ):
            return True
    return False


def _put_elsewhere(
    verb: Token, preposition: Token, place: Token, own: list[Token], text: str
) -> bool:
    """The sentence says the claim's verb and preposition with another name after them."""
    if verb.capitalised or verb.norm in STOPWORDS:
        return False
    for j, t in enumerate(own[:-2]):
        if t.stem != verb.stem or own[j + 1].norm != preposition.norm:
            continue
        at = j + 3 if own[j + 2].norm == "the" and j + 3 < len(own) else j + 2
        after = own[at]
        if not after.capitalised or after.norm in MONTH_WORDS:
            continue
        if place.norm == after.norm:
            return False
        # "born in Kensington, London", "in Lisk, in the West of England": the claim's
        # place holds the other, said after it in the same phrase (not "born in Lisk,
        # lives in Tarn": another verb begins another).
        holds = False
        for nxt in own[at + 1 : at + 7]:
            if not nxt.capitalised and verb_like(nxt):
                break
            if nxt.norm == place.norm:
                holds = True
                break
        if holds:
            continue
        return True
    return False


_CLAUSE_SUBJECTS = frozenset({"it", "he", "she", "they"})


def _split_by_semicolon(ctx: SentenceContext) -> bool:
    """A sentence of clauses joined by ";" says the claim only if one clause holds both the
    claim's subject and its predicate: "The Tarn army ... was led by Paul Dunn; the Norland
    army numbered 25,000" does not say the Norland army was led by him."""
    # Semicolons inside brackets ("([ˈsantʃo]; born 1783)") join no clauses.
    text = BRACKETED.sub(" ", ctx.unit.text)
    if ";" not in text:
        return False
    words = [w for w in ctx.facts.claim.words if w.weight >= 1.0]
    subject = [w for w in words if w.subject]
    predicate = [w for w in words if not w.subject]
    if not subject or not predicate:
        return False
    parts = [tokens(part) for part in text.split(";")]
    named = False
    for toks in parts:
        here = {t.norm for t in toks} | {t.stem for t in toks}
        holds = all(w.token.norm in here or w.token.stem in here for w in subject)
        # "Work on the bridge began in 1946; it opened in 1950": the pronoun is the subject.
        referred = named and bool(toks) and toks[0].norm in _CLAUSE_SUBJECTS
        if (holds or referred) and any(
            w.token.norm in here or w.token.stem in here for w in predicate
        ):
            return False
        named = named or holds
    # No clause holds both: unless no clause holds the subject at all (a pronoun, the title).
    return any(all(w.token.norm in {t.norm for t in toks} for w in subject) for toks in parts)


def _possessed_unsaid(ctx: SentenceContext) -> bool:
    """The claim's subject is a thing of a name ("Nora Hale's home town is Lisk", "X's
    birthplace is Y"), and the sentence does not say that thing: it names the owner and
    the value, but of something else ("gave a concert in Lisk")."""
    words = ctx.facts.claim.words
    owned = False
    for w in words:
        if not w.subject:
            continue
        if w.token.norm.endswith(("'s", "’s")) and w.token.capitalised:
            owned = True
            continue
        if owned and not w.token.capitalised and w.weight >= 1.0:
            here = ctx.unit.concepts
            if not (w.keys & here or w.narrow & here or w.loose & here) and (
                _a_thing(w) or not _copular(ctx.facts)
            ):
                return True
    return False


def _copular(facts: ClaimFacts) -> bool:
    """The claim gives its subject a value by "is"/"was" ("X's real name is Y"), not a deed
    ("X's presidency followed Y's")."""
    return any(t.norm in COPULAS for t in facts.claim.tokens)


def _a_thing(word: ClaimWord) -> bool:
    """A person, place, body or made thing ("home town", "wife", "album"), not an attribute
    whose value a copular claim gives and the sentence's predicate says itself ("X's
    nationality is English" / "X is an English lyricist"; "real name")."""
    norm = word.token.norm
    return broad_kind(norm) in ("person", "place", "organisation") or made_thing(norm)


def _other_agent_named(ctx: SentenceContext) -> bool:
    """A claim word left unsaid stands after "by" ("assassinated by one of his guards") and
    the sentence names its own agent there ("assassinated in 1610 by François Ravaillac"):
    the one word it does not say is who did it."""
    claim = list(ctx.facts.claim.tokens)
    unsaid = {id(w.token) for w in ctx.unsaid}
    # The deed before "by" said, its doer not ("narrated by 15 characters" with "narrated"
    # unsaid is another part of the claim, not another doer).
    if not any(
        t.norm == "by"
        and k > 0
        and id(claim[k - 1]) not in unsaid
        and any(id(u) in unsaid for u in claim[k + 1 : k + 5])
        for k, t in enumerate(claim)
    ):
        return False
    own = ctx.own
    return any(
        t.norm == "by" and k + 1 < len(own) and own[k + 1].capitalised for k, t in enumerate(own)
    )


# Words that set a place beside another: "born in Lisk, a village near Tarn" does not say
# born in Tarn.
_LANDMARK = re.compile(
    r"\b(?:near|nearby|outside|close\s+to|(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?"
    r"\s+of)\s+(?:the\s+)?$"  # lower case: "the West of England" is a region's name
)


def _named_as_landmark(ctx: SentenceContext) -> bool:
    """A name the claim gives besides its subject stands in the sentence only after "near",
    "outside", "north of" (and the claim says no such thing): a landmark, not the place."""
    if any(_LANDMARK.search(ctx.facts.text[: n.start]) for n in ctx.facts.names):
        return False
    subject = {id(n) for n in ctx.facts.subject_names}
    text = ctx.unit.text
    for name in ctx.facts.names:
        if id(name) in subject:
            continue
        spots = [m.start() for m in re.finditer(re.escape(name.text), text)]
        if spots and all(_LANDMARK.search(text[:at]) for at in spots):
            return True
    return False


# Where an agent phrase after "by" ends: "hosted by the European Union in Brussels with
# NATO observers" names the European Union as host.
_AGENT_END = re.compile(
    r"[,;:()]|\s(?:in|with|at|during|for|from|on|after|before|which|who|whose|while|as|to)\s"
)


def _verb_keys(ctx: SentenceContext, tok: Token) -> frozenset[str]:
    """What the claim's word at `tok` is met by, loosely too ("killed" for "assassinated")."""
    return next((w.keys | w.loose for w in ctx.facts.claim.words if w.token is tok), frozenset())


def _agent_elsewhere(ctx: SentenceContext) -> bool:
    """The claim says who did it ("hosted by NATO") and the sentence, after the same verb
    and "by", names others ("hosted by the European Union ... with NATO observers"): the
    claim's agent is named, but not as the one who did it."""
    claim = list(ctx.facts.claim.tokens)
    own = ctx.own
    text = ctx.unit.text
    for i, tok in enumerate(claim):
        mine = agents_after(claim, ctx.facts.text, i)
        if not mine or i + 1 >= len(claim) or claim[i + 1].norm != "by":
            continue
        words = {w for name in mine for w in name.split()}
        # The same verb, or one the claim's stands for ("killed by three assassins" for
        # "assassinated by Fynn"): this gate only withholds support.
        near = _verb_keys(ctx, tok)
        for k, said in enumerate(own[:-1]):
            if own[k + 1].norm != "by" or not (said.stem == tok.stem or said.stem in near):
                continue
            rest = text[own[k + 1].end :]
            end = _AGENT_END.search(rest)
            phrase = {t.norm for t in tokens(rest[: end.start() if end else len(rest)])}
            if phrase and not words & phrase:
                return True
    return False


def _agent_not_tied(ctx: SentenceContext) -> bool:
    """The claim says who did a deed done once ("assassinated by Henry Fynn") and the
    sentence names them, but not as its doer: neither "<deed> by <them>" nor "<they>
    <deed>" ("Henry Fynn provided medical treatment after an assassination attempt by a
    rival")."""
    claim = list(ctx.facts.claim.tokens)
    own = ctx.own
    text = ctx.unit.text
    for i, tok in enumerate(claim):
        if tok.stem not in _DONE_ONCE or i + 1 >= len(claim) or claim[i + 1].norm != "by":
            continue
        mine = agents_after(claim, ctx.facts.text, i)
        if not mine:
            continue
        words = {w for name in mine for w in name.split()}
        near = _verb_keys(ctx, tok)
        deeds = [k for k, t in enumerate(own) if t.stem == tok.stem or t.stem in near]
        for k in deeds:
            # "assassinated in 1610 by François Ravaillac": "by" a few words on.
            by = next((b for b in own[k + 1 : k + 5] if b.norm == "by"), None)
            if by is not None:
                doer = text[by.end : _doer_end(text, by.end)]
                if words & {t.norm for t in tokens(doer)}:
                    return False
            if words & {t.norm for t in own[max(0, k - 3) : k]}:
                return False  # "Fynn killed him", "Fynn and his men assassinated"
        return True
    return False


# Deeds done to a person once: who did it is one answer.
_DONE_ONCE = frozenset(stem(w) for w in ("assassinated", "murdered"))


def _doer_unsaid(ctx: SentenceContext) -> bool:
    """The claim says who did a deed done once ("assassinated by one of his guards") and a
    word of that doer goes unsaid: the deed and its date agreeing do not bear out who did it
    ("killed in 1610 by a Catholic fanatic")."""
    claim = list(ctx.facts.claim.tokens)
    unsaid = {id(w.token) for w in ctx.unsaid}
    for i, tok in enumerate(claim[:-1]):
        if tok.stem not in _DONE_ONCE or claim[i + 1].norm != "by":
            continue
        stop = _doer_end(ctx.facts.text, claim[i + 1].end)
        if any(id(t) in unsaid for t in claim[i + 2 :] if t.start < stop):
            return True
    return False


def _doer_end(text: str, start: int) -> int:
    """Where the doer named after "by" (ending at `start`) ends: at a mark or a word that
    opens another phrase (_AGENT_END)."""
    end = _AGENT_END.search(text, start)
    return end.start() if end else len(text)


_NOUN_LEADS = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def _done_by_another(ctx: SentenceContext) -> bool:
    """The claim's subject does the deed ("Nora Hale directed Blue Harbour"), and the
    sentence puts the deed's verb in the passive with another agent ("starred in Blue
    Harbour, which was directed by Paul Dunn"): the sentence says someone else did it."""
    subject = {w.norm for n in ctx.facts.subject_names for w in n.words}
    if not subject:
        return False
    claim = list(ctx.facts.claim.tokens)
    verbs = [
        t
        for k, t in enumerate(claim)
        if not t.capitalised
        and inflected_verb(t.norm)
        and can_be_verb(t.norm)
        and not t.norm.endswith("ing")  # "a painting by ...": a noun
        and not (k > 0 and claim[k - 1].norm in _NOUN_LEADS)
        and not (k + 1 < len(claim) and claim[k + 1].norm == "by")
    ]
    passive = {
        id(t) for k, t in enumerate(claim) if k > 0 and claim[k - 1].norm in _PASSIVE_AUXILIARIES
    }
    # The subject's own verb, right after its name ("Tom Lisk built ..."): another clause's
    # verb has its own doer ("..., and Cher performed the other two").
    last = max(n.end for n in ctx.facts.subject_names)
    main = {id(t) for t in claim if t.start > last and not ctx.facts.text[last : t.start].strip()}
    # The claim's names and their initials ("IMF" for the International Monetary Fund).
    claimed = ctx.facts.words | {a for n in ctx.facts.names for a in all_initials(n.words)}
    own = ctx.own
    for verb in verbs:
        for k, said in enumerate(own[:-2]):
            if own[k + 1].norm != "by" or not (
                said.stem == verb.stem or same_verb(verb.norm, said.norm)
            ):
                continue
            run = list(itertools.takewhile(lambda t: t.capitalised, own[k + 2 :]))
            if run and not subject & {t.norm for t in run}:
                return True
        # Active: every time the sentence says the verb, another name stands right before
        # it as its doer ("The Tarn Company built the bridge to designs by Tom Lisk", "the
        # prize, which Nora Hale won").
        if id(verb) in passive or id(verb) not in main or verb.norm in _LIGHT_VERBS:
            continue  # "Bogart was ranked ...": the claim's subject is not the doer
        said_at = [
            k
            for k, t in enumerate(own)
            if k > 0 and (t.stem == verb.stem or same_verb(verb.norm, t.norm))
        ]
        doers = [_doer_before(own, ctx.unit.text, k, claimed) for k in said_at]
        if said_at and all(doers):
            return True
    return False


_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "got", "gets"})
# Verbs that tell no deed of their own ("Daag is a film", "Daag: A Poem of Love is ...").
_LIGHT_VERBS = _PASSIVE_AUXILIARIES | frozenset({"has", "have", "had", "became", "becomes"})


def _doer_before(own: list[Token], text: str, at: int, claimed: frozenset[str]) -> bool:
    """A name the claim does not have stands right before the verb at `at`, not as one of
    several doers beside one of the claim's ("Tom Lisk and Nora Hale founded ...")."""
    run, k = name_run_before(own, text, at - 1)
    if not run or text[run[-1].end : own[at].start].strip():
        return False
    norms = {t.norm.replace(".", "") for t in run}
    if claimed & norms or run[0].norm in STOPWORDS:
        return False
    # "Tom Lisk and Nora Hale founded ...": a doer beside the claim's own.
    return not (
        k >= 1
        and own[k].norm in ("and", "with")
        and own[k - 1].capitalised
        and own[k - 1].norm in claimed
    )


_OBJECT_PREPOSITIONS = frozenset({"at", "in", "for", "with", "to", "from", "on", "under"})


def _verb_with_another_name(ctx: SentenceContext) -> bool:
    """The claim ties its verb to a name by a preposition ("taught at the University of
    Tarn"), and the sentence ties the same verb, by the same preposition, to another name
    ("studied at the University of Tarn and later taught at the University of Lisk"): the
    claim's name is there, but not as the place of that deed."""
    claim = list(ctx.facts.claim.tokens)
    own = ctx.own
    for i, verb in enumerate(claim[:-2]):
        if verb.capitalised or not inflected_verb(verb.norm):
            continue
        prep = claim[i + 1]
        # "attended Pelt College" / "attended Vonn College": a name as the verb's object (not
        # a copula's complement: "was President of Georgia" / "was Governor of Odessa").
        direct = verb.norm not in _LIGHT_VERBS and (
            prep.capitalised or (prep.norm == "the" and claim[i + 2].capitalised)
        )
        if prep.norm not in _OBJECT_PREPOSITIONS and not direct:
            continue
        at = i + 1 if prep.capitalised else i + 2
        mine = _name_run(claim, at)
        if not mine:
            continue
        for k, said in enumerate(own[:-2]):
            if not (said.stem == verb.stem or same_verb(verb.norm, said.norm)):
                continue
            if direct:
                after = k + 2 if own[k + 1].norm == "the" else k + 1
            elif own[k + 1].norm == prep.norm:
                after = k + 2
            else:
                continue
            theirs = _name_run(own, after)
            if theirs and not (theirs | _names_listed_after(own, after)) & mine:
                return True
    return False


_LIST_END = frozenset({"before", "after", "while", "when", "which", "who", "where", "until"})


def _names_listed_after(toks: list[Token], at: int) -> set[str]:
    """The capitalised words up to the clause's next verb or subordinate word: the names a
    list after the verb gives ("at Lisk College and at Tarn College")."""
    out: set[str] = set()
    for tok in toks[at:]:
        if tok.norm in _LIST_END or (not tok.capitalised and inflected_verb(tok.norm)):
            break
        if tok.capitalised:
            out.add(tok.norm)
    return out


def _name_run(toks: list[Token], at: int) -> set[str]:
    """The capitalised words of a name from `at`, past "the", through "of" ("the
    University of Tarn" -> university, tarn)."""
    while at < len(toks) and toks[at].norm == "the":
        at += 1
    out: set[str] = set()
    while at < len(toks) and (toks[at].capitalised or (out and toks[at].norm == "of")):
        if toks[at].capitalised:
            out.add(toks[at].norm)
        at += 1
    # A shared generic head ("University") says nothing: only the distinctive words.
    return {w for w in out if w not in _GENERIC_NAME_WORDS}


_GENERIC_NAME_WORDS = frozenset(
    "university college school institute academy hospital church museum company".split()
)


_STANCE_LEADS = frozenset({"for", "of", "in", "with", "to", "under", "on", "at", "by"})
_AGAINST = frozenset({"against", "anti", "opposed", "opposes", "oppose", "opposing"})


def _only_aimed_at(ctx: SentenceContext) -> bool:
    """The sentence says the claim's verb as what was wanted, tried or planned ("He wanted
    to study law but studied medicine" for "studied law"): the aim, not the deed. Unless
    the claim too tells an aim."""
    claim = ctx.facts.claim
    if any(t.stem in AIM_VERBS for t in claim.tokens):
        return False
    verb = next((w for w in predicate_words(ctx.facts) if verb_like(w.token)), None)
    if verb is None:
        return False
    own = ctx.own
    return any(aimed_at(own, k) for k, t in enumerate(own) if token_keys(t) & verb.keys)


def _stance_against(ctx: SentenceContext) -> bool:
    """The claim ties its subject to a thing by "for", "of", "with" ("campaigned for the
    treaty", "was part of the arms industry"); the sentence puts "against" before that thing
    ("campaigned against the treaty"). A contest verb before the thing ("fought the
    British") is no such tie: "fought against the British" says it."""
    claim = list(ctx.facts.claim.tokens)
    if any(t.norm in _AGAINST for t in claim):
        return False
    own = ctx.own
    for i, tok in enumerate(own):
        if tok.norm != "against":
            continue
        thing = next((t for t in own[i + 1 : i + 4] if t.norm not in _NOUN_LEADS), None)
        if thing is None or thing.norm in STOPWORDS:
            continue
        for k, word in enumerate(claim):
            if word.norm != thing.norm:
                continue
            lead = next((t for t in reversed(claim[:k]) if t.norm not in _NOUN_LEADS), None)
            if lead is not None and lead.norm in _STANCE_LEADS:
                return True
    return False


def _opposite_of_unsaid(ctx: SentenceContext) -> bool:
    """A claim word the sentence does not say has its opposite there ("lost another
    election" for "won the election"): whatever else agrees, the sentence tells another deed,
    not the claim's (FC402 may not fire when the object is another, but support must not
    either)."""
    claim = {t.stem for t in ctx.facts.claim.tokens}
    claim_keys: set[str] = set().union(*(w.keys for w in ctx.facts.claim.words))
    # A sentence word that says another claim word ("child" for "kid") opposes nothing.
    stems = {t.stem for t in ctx.own if not token_keys(t) & claim_keys}
    return any(
        (opposite_stems(w.token.norm, w.token.stem) & stems) - claim
        for w in ctx.unsaid
        if not w.subject and not w.is_name
    )


def _opposite_said_too(ctx: SentenceContext) -> bool:
    """The sentence says a claim verb and its opposite, and the claim's object goes with the
    opposite ("supported the treaty and condemned the invasion" for "supported the
    invasion"): the sentence does not bear the claim out. The object after the claim's own
    verb ("born in Lyon and died in Paris") is the claim's deed, told."""
    own = ctx.own
    stems = {t.stem for t in own}
    claim = {t.stem for t in ctx.facts.claim.tokens}
    words = ctx.facts.claim.words
    for i, w in enumerate(words):
        if w.subject or not inflected_verb(w.token.norm) or w.token.stem not in stems:
            continue
        against = (opposite_stems(w.token.norm, w.token.stem) & stems) - claim
        if not against:
            continue
        # The claim's object: its first later word the sentence has.
        obj = next((o.token.stem for o in words[i + 1 :] if o.token.stem in stems), None)
        if obj is None:
            continue
        at = next(k for k, t in enumerate(own) if t.stem == obj)
        verb = next(
            (t.stem for t in reversed(own[:at]) if t.stem == w.token.stem or t.stem in against),
            None,
        )
        if verb is not None and verb != w.token.stem:
            return True
    return False


# Verbs of winning; the sentence tells a win by these or by a victory noun.
_WIN_STEMS = frozenset({"win", "beat", "defeat", "triumph", "prevail", "conquer", "vanquish"})
_WIN_SAID = _WIN_STEMS | {"victory", "victorious"}
# "won over", "a victory against": the name after it is the one beaten.
_BEATEN_AFTER = frozenset({"over", "against"})


def _subject_beaten(ctx: SentenceContext) -> bool:
    """The claim says its subject won, and the sentence names the subject as the side won
    over or against ("a decisive victory to the Americans over the British" for "The
    British won the battle"): the sentence tells of its defeat, not its win."""
    subject = {w.norm for n in ctx.facts.subject_names for w in n.words}
    if not subject or not any(
        not w.subject and w.token.stem in _WIN_STEMS for w in ctx.facts.claim.words
    ):
        return False
    own = ctx.own
    for k, tok in enumerate(own):
        if tok.norm not in subject:
            continue
        before = k - 2 if k >= 2 and own[k - 1].norm == "the" else k - 1
        if (
            before >= 0
            and own[before].norm in _BEATEN_AFTER
            and any(t.stem in _WIN_SAID for t in own[:before])
        ):
            return True
    return False


def _slot_taken(ctx: SentenceContext) -> bool:
    """The one claim word the sentence does not say is a superlative before a word it does
    say, and there the sentence has another ("the greatest female star" against "the worst
    female star"): one rank in place of another. Other describing words may be the same
    thing in other words ("significant funds", "considerable funds")."""
    claim = list(ctx.facts.claim.tokens)
    claim_norms = {t.norm for t in claim}
    own = ctx.own
    for word in ctx.unsaid:
        k = next((i for i, t in enumerate(claim) if t is word.token), None)
        if k is not None and _head_replaced(claim, k, own):
            return True
        if k is None or k + 1 >= len(claim) or claim[k + 1].norm in STOPWORDS:
            continue
        if not superlative(word.token.norm):
            continue
        after = claim[k + 1].norm
        for m, tok in enumerate(own[1:], start=1):
            before = own[m - 1]
            if (
                tok.norm == after
                and not before.capitalised
                and before.norm not in STOPWORDS
                and before.norm not in claim_norms
                and superlative(before.norm)
            ):
                return True
    return False


def _head_replaced(claim: list[Token], k: int, own: Sequence[Token]) -> bool:
    """The unsaid claim word ends its noun phrase after a word the sentence says, and the
    sentence has another noun right there ("a romantic comedy" / "a romantic drama film"):
    another head, another thing."""
    if k == 0 or (k + 1 < len(claim) and claim[k + 1].norm not in STOPWORDS):
        return False
    before = claim[k - 1]
    if before.norm in STOPWORDS or before.capitalised or not can_be_noun(claim[k].norm):
        return False
    norms = {t.norm for t in claim}
    for m, tok in enumerate(own[:-1]):
        if tok.norm != before.norm:
            continue
        nxt = own[m + 1]
        if (
            nxt.norm not in norms
            and nxt.norm not in STOPWORDS
            and not nxt.capitalised
            and can_be_noun(nxt.norm)
            and not can_be_verb(nxt.norm)
        ):
            return True
    return False


def _weight_of_words(ctx: SentenceContext) -> float:
    """How much a match of the predicate's words is worth by their number: one common word
    met ("is a musician") says less than four ("generated awareness and significant
    funds"). 0.8 for one word, 0.9 for two, up to 1."""
    return 1.0 - 0.2 * 0.5 ** max(0, len(predicate_words(ctx.facts)) - 1)


def _long(ctx: SentenceContext) -> bool:
    """A predicate of four common words or more, whose one unsaid word is not its verb."""
    words = predicate_words(ctx.facts)
    return len(words) >= 4 and words[0] not in ctx.unsaid


def complete_values(judgements: list[Judgement]) -> None:
    """A claim with two values ("the 2025–2027 budget, approved on 27 November 2024") is
    supported by a sentence that confirms one and is silent on the other, when another
    sentence of the same article, itself about the claim's subject and past every guard,
    confirms that very value of the claim."""
    confirmed: dict[str, set[int]] = {}
    for j in judgements:
        # A sentence that gives another of the claim's values otherwise ("Obama visited
        # Hiroshima on May 27, 2016", for a Quad summit "in May 2022 ... on May 27") speaks
        # of another event: it completes none. Nor does one about someone else ("His wife
        # died in 1999" for "Tom Lisk ... died in 1999").
        if _completes(j):
            confirmed.setdefault(j.scored.unit.title, set()).update(_confirmed(j))
    for j in judgements:
        if j.partial <= 0 or j.findings or not _values_told(j):
            continue
        if any(r.check.status is ValueStatus.CONFIRMED and r.tie < 2 for r in j.context.readings):
            continue  # a value only near the claim's words may be another deed's
        here = confirmed.get(j.scored.unit.title, set())
        silent = [
            k for k, r in enumerate(j.context.readings) if r.check.status is ValueStatus.NOT_FOUND
        ]
        if silent and all(k in here for k in silent):
            j.support = max(j.support, j.partial)
            j.support_code = j.support_code or "S105"


def composite_values(judgements: list[Judgement]) -> None:
    """A claim that joins two facts ("a 1930 novel by Faulkner, narrated by 15 characters
    over 59 chapters") is supported by two sentences of one article that each tell one of
    them: between them they confirm every value, each confirms one at least, and every
    word the one leaves unsaid the other says. Neither may give a value otherwise."""
    values = len(judgements[0].context.facts.values) if judgements else 0
    if values < 2:
        return
    told = [j for j in judgements if _completes(j)]
    for a, b in itertools.combinations(told, 2):
        if a.scored.unit.title != b.scored.unit.title:
            continue
        mine, theirs = _confirmed(a), _confirmed(b)
        if not mine or not theirs or len(mine | theirs) < values:
            continue
        unsaid = {id(w.token) for w in a.context.unsaid} & {id(w.token) for w in b.context.unsaid}
        if unsaid or a.names_left & b.names_left:
            continue
        strength = min(a.clear, b.clear) * CROSS_SENTENCE_FACTOR
        for j in (a, b):
            if strength > j.support:
                j.support, j.support_code = strength, "S107"


def _completes(j: Judgement) -> bool:
    """The sentence may tell part of the claim beside another: past every guard, no
    conflict, no value of the claim given otherwise."""
    return j.clear > 0 and not j.findings and _values_told(j)


def _values_told(j: Judgement) -> bool:
    """No value of the claim given otherwise or set aside: each confirmed or unsaid."""
    return not any(
        r.check.status is ValueStatus.CONTRADICTED or r.set_aside for r in j.context.readings
    )


def _confirmed(j: Judgement) -> set[int]:
    """Which of the claim's values the sentence confirms, tied to the claim's own deed for
    it and at the claim's own precision ("in 2014" does not complete "on 28 May 2014")."""
    return {
        k
        for k, r in enumerate(j.context.readings)
        if r.check.status is ValueStatus.CONFIRMED and r.tie >= 2 and r.factor >= 1.0
    }


# Findings read from the claim's dates and figures.
VALUE_FINDINGS = frozenset({"FC101", "FC102", "FC103"})
# How much less of the claim a sentence telling its value may say than one telling another.
_AS_CLOSE = 0.05


def retold_values(judgements: list[Judgement]) -> None:
    """A date or figure that one sentence, about the claim's subject by name, ties to the
    claim's own deed is not contradicted by another sentence giving the like deed another
    value ("In 1899 he finished the season with ..." / "In 1898 he finished the season
    with ..."): the deed recurs, and the article tells the claim's time of it too, in words
    as close to the claim's (not "In 2019, Twitter announced ..." of another announcement
    against "In 2016, Twitter announced that media ... would not count ...")."""
    confirming = [
        (j.scored.focused, i)
        for j in judgements
        if not j.findings and j.context.about >= ABOUT_REFERRED and j.context.names_ok
        for i, r in enumerate(j.context.readings)
        if r.check.status is ValueStatus.CONFIRMED and r.tie >= 2
    ]
    if not confirming:
        return
    for j in judgements:
        if not any(f.code in VALUE_FINDINGS for f in j.findings):
            continue
        differ = {
            i
            for i, r in enumerate(j.context.readings)
            if r.check.status is ValueStatus.CONTRADICTED and r.tie >= 2
        }
        told = {i for focused, i in confirming if focused >= j.scored.focused - _AS_CLOSE}
        if differ and differ <= told:
            j.findings = [f for f in j.findings if f.code not in VALUE_FINDINGS]
