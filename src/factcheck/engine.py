"""The verification engine: from a claim and article text to a verdict with its evidence.

For each of the best-matching sentences (matching.py) the engine asks: do the claim's dates
and numbers agree with the values the sentence ties to the same event (values/), are the
claim's names spelt and attributed as the sentence has them (names.py), and does the
sentence negate, or use the opposite of, what the claim asserts. A sentence then
*supports* the claim (it covers the claim's words, every value agrees, every name is
there) or *contradicts* it (it covers the claim's subject and disagrees on a value, a
name, an attribution, or the claim's verb). The verdict is the stronger side if it clears
its threshold, else not_enough_evidence.

Rules that keep true claims from being called contradicted:
- A value contradicts only when the sentence ties it to the claim's event: a word of the
  claim's predicate stands near it, and nothing marks it as another event's value ("born
  25 January 1978", "the Revolutions of 1989", "restored the 2004 version").
- A misspelling counts only if the claim's spelling occurs nowhere in the fetched articles.
- In an article, a supporting sentence outweighs a contradicting one unless the
  contradiction is clearly stronger (PAGE_CONTRADICTION_MARGIN): articles carry many dates,
  and the one that agrees is usually the one about the claim's event.

When the caller hands over the evidence sentences (`check_texts`, `verify(claim, [..])`),
the engine takes them as being about the claim and, if nothing above decides, judges by
what they leave unsaid: a claim whose every word is covered is supported, one whose
predicate words are missing is contradicted, both with low confidence.

Thresholds are named constants below; the README's benchmark table shows what they give.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.lexicon import concepts, opposites
from factcheck.matching import AUXILIARIES as _AUXILIARIES
from factcheck.matching import VERBS as _VERBS
from factcheck.matching import (
    YEARLESS,
    ClaimText,
    ClaimWord,
    Matcher,
    Scored,
    Unit,
    Value,
    analyse_claim,
    candidate_units,
    keys_of,
    page_text,
    title_tokens,
    units_from_texts,
)
from factcheck.mediawiki import revision_url
from factcheck.models import (
    Claim,
    Evidence,
    Label,
    Page,
    ValueCheck,
    ValueKind,
    ValueStatus,
    Verdict,
)
from factcheck.names import (
    TITLES,
    Name,
    NameStatus,
    attribution,
    extract_names,
    initials,
    match_name,
)
from factcheck.textnorm import NEGATIONS, STOPWORDS, Token, fold, stem
from factcheck.values import (
    Agreement,
    DateValue,
    NumberValue,
    Precision,
    compare_dates,
    compare_numbers,
    extract_dates,
)
from factcheck.values.model import Day

# How many top-ranked sentences are examined in depth; fewer when the articles are long
# and their index has already chosen the sentences worth scoring (matching.PRESELECT).
CANDIDATES = 25
CANDIDATES_PRESELECTED = 15
# How many sentences a verdict carries as evidence.
EVIDENCE_SHOWN = 3
# A sentence supports a claim that asserts values when it covers this share of the claim's
# words (subject discounted, see Scored.focused) and agrees on every value.
SUPPORT_WITH_VALUES = 0.5
# A claim without dates or numbers needs more of its words covered, and of its predicate.
SUPPORT_WITHOUT_VALUES = 0.7
SUPPORT_PREDICATE = 0.75
SUPPORT_PREDICATE_WITH_VALUES = 0.6
# A sentence contradicts through a value only when it covers this much of the claim;
# less when the claim's own verb introduces the value ("signed it on 30 November 2024").
CONTRADICT_VALUE = 0.5
CONTRADICT_VALUE_MARKED = 0.4
# ... and this much of the claim's predicate (the words after its subject).
CONTRADICT_PREDICATE = 0.5
CONTRADICT_PREDICATE_MARKED = 0.4
# A name replaced by another needs a sentence this close to the claim (acronyms; other
# names only when the caller vouched for the evidence).
CONTRADICT_NAME = 0.6
# Negation in one and not the other, or a word's opposite, needs a near-paraphrase.
CONTRADICT_NEGATION = 0.75
CONTRADICT_OPPOSITE = 0.6
# An organisation tied to the claim's event that differs from the claim's.
CONTRADICT_ATTRIBUTION = 0.4
# A direction ("eastern") against another for the same place, in a sentence about the
# claim's subject.
CONTRADICT_COMPASS = 0.3
# A word replaced by another between the same neighbours, in an article's sentence this
# close to the claim.
CONTRADICT_SUBSTITUTION = 0.8
# Confidence given to a misspelt name found next to the rest of the name, in a sentence
# that covers this much of the claim.
MISSPELLING_CONFIDENCE = 0.9
MISSPELLING_COVERAGE = 0.3
# The contradiction must beat the best support by this much; in articles, where a
# supporting sentence exists, by PAGE_CONTRADICTION_MARGIN.
MARGIN = 0.05
PAGE_CONTRADICTION_MARGIN = 0.25
# Support from two sentences of one article (each confirming part of the values) is
# worth this share of support from one.
CROSS_SENTENCE_FACTOR = 0.9
# Agreement weaker than exact (the evidence is coarser than the claim) scales support.
COARSER_FACTOR = 0.85
# With evidence handed over by the caller, a sentence sharing less than this with the
# claim is not taken as speaking to it at all.
GIVEN_MIN_COVERAGE = 0.3
# ... and supports it, with one word unsaid, when it covers this much of its predicate.
GIVEN_NEAR_PREDICATE = 0.5
# How far (in words) from a value a word of the claim's predicate may stand to tie the
# value to the claim's event.
VALUE_CONTEXT = 6

# Words that, just before a value, say which event the value belongs to.
_ROLE_WORDS = frozenset(
    [
        "born",
        "died",
        "birth",
        "death",
        "founded",
        "established",
        "created",
        "formed",
        "released",
        "published",
        "signed",
        "elected",
        "appointed",
        "married",
        "divorced",
        "opened",
        "closed",
        "built",
        "launched",
        "began",
        "ended",
        "dissolved",
        "joined",
        "left",
        "became",
        "won",
        "lost",
        "issued",
        "adopted",
        "restored",
        "version",
        "edition",
        "season",
        "census",
        "inaugurated",
        "abolished",
        "introduced",
        "renamed",
        "retired",
        "resigned",
        "graduated",
        "premiered",
        "aired",
        "debuted",
        "killed",
        "executed",
        "captured",
        "invaded",
        "annexed",
        "ratified",
    ]
)
_SKIP_BEFORE_VALUE = STOPWORDS | frozenset(
    {
        "early",
        "mid",
        "late",
        "formally",
        "officially",
        "finally",
        "first",
        "later",
        "c",
        "ca",
        "circa",
        "around",
        "about",
        "approximately",
        "roughly",
        "some",
        "nearly",
        "almost",
        "over",
        "under",
        "more",
        "less",
        "than",
        "least",
        "up",
        "since",
        "until",
        "till",
    }
)


@dataclass
class _Judgement:
    scored: Scored
    support: float = 0.0
    contra: float = 0.0
    checks: list[ValueCheck] = field(default_factory=list)
    why: str = ""  # for a contradiction: what disagrees, "claim says X; evidence says Y"
    names_ok: bool = True
    other_instance: bool = False  # about another budget, summit... than the claim's
    values_tied: bool = True  # every confirmed value was tied to the claim's event
    negated_claim: bool = False
    partial: float = 0.0  # support if the values it does not mention are confirmed nearby


@dataclass(frozen=True)
class _ClaimFacts:
    claim: ClaimText
    names: list[Name]
    words: frozenset[str]  # folded words of the claim
    concepts: frozenset[str]  # lexicon keys of all its words
    predicate: frozenset[str]  # lexicon keys of its lower-case predicate words
    negated: bool
    # Per claim value (by span), the keys of the lower-case words near it: the event it dates.
    value_context: dict[tuple[int, int], frozenset[str]]


def _agreement_ok(agreement: Agreement) -> bool | None:
    """True: they agree; False: they cannot both hold; None: not comparable."""
    if agreement.compatible:
        return True
    if agreement.conflict:
        return False
    return None


def _compare(claim_value: Value, unit_value: Value) -> Agreement | None:
    if isinstance(claim_value, DateValue) and isinstance(unit_value, DateValue):
        return compare_dates(claim_value, unit_value)
    if isinstance(claim_value, NumberValue) and isinstance(unit_value, NumberValue):
        return compare_numbers(claim_value, unit_value)
    return None


class Engine:
    """Stateless; safe to share between threads."""

    def check(self, claim: Claim | str, pages: Sequence[Page]) -> Verdict:
        text = claim.text if isinstance(claim, Claim) else claim
        facts = self._facts(text)
        texts = [page_text(page) for page in pages]
        units, rarity = candidate_units(facts.claim, texts)
        vocabulary = frozenset().union(*(t.vocabulary for t in texts)) if texts else frozenset()
        return self._verify(facts, units, vocabulary, given=False, rarity=rarity)

    def check_texts(self, claim: str, texts: Sequence[str], title: str = "") -> Verdict:
        """Evidence handed over by the caller, who vouches that it is about the claim."""
        units = units_from_texts(texts, title)
        vocabulary = frozenset(t.norm for u in units for t in u.tokens)
        return self._verify(self._facts(claim), units, vocabulary, given=True)

    # -- analysis -------------------------------------------------------------------------

    def _facts(self, text: str) -> _ClaimFacts:
        claim = analyse_claim(text)
        names = [n for n in extract_names(text) if not _inside_value(n, claim.values)]
        name_norms = {w.norm for n in names for w in n.words}
        predicate: set[str] = set()
        for w in claim.words:
            if not w.subject and w.token.norm not in name_norms and w.weight >= 1.0:
                predicate |= w.keys
        contexts = {}
        for value in claim.values:
            near = _same_clause(text, value.span, _around(list(claim.tokens), value.span))
            contexts[value.span] = keys_of(
                t
                for t in near
                if (not t.capitalised or t.norm in TITLES)
                and t.norm not in STOPWORDS
                and t.norm not in name_norms
            )
        return _ClaimFacts(
            claim,
            names,
            frozenset(t.norm for t in claim.tokens),
            keys_of(_outside(claim.tokens, claim.values)),
            frozenset(predicate),
            any(t.norm in NEGATIONS or t.norm.endswith("n't") for t in claim.tokens),
            contexts,
        )

    def _verify(
        self,
        facts: _ClaimFacts,
        units: list[Unit],
        vocabulary: frozenset[str],
        given: bool,
        rarity: dict[int, float] | None = None,
    ) -> Verdict:
        if not units:
            return Verdict(Label.NOT_ENOUGH_EVIDENCE, 1.0, "no article text to check against")
        # Every word of the articles (all their sentences, read or not) and of their titles.
        vocabulary |= frozenset(
            t.norm for title in {u.title for u in units} for t in title_tokens(title)
        )
        matcher = Matcher(facts.claim, units, rarity)
        top = matcher.best(CANDIDATES if rarity is None else CANDIDATES_PRESELECTED)
        judgements = [self._judge(facts, s, vocabulary, given) for s in top]
        judgements += self._misspellings(facts, matcher, judgements, vocabulary)
        _complete_values(judgements)
        return self._decide(facts, judgements, given)

    # -- one sentence ---------------------------------------------------------------------

    def _judge(
        self, facts: _ClaimFacts, scored: Scored, vocabulary: frozenset[str], given: bool
    ) -> _Judgement:
        claim = facts.claim
        unit = scored.unit
        j = _Judgement(scored, negated_claim=facts.negated)
        focus = scored.focused

        def conflict(strength: float, why: str) -> None:
            if strength > j.contra:
                j.contra, j.why = strength, why

        # Names: in the sentence or the article's title; the subject's names also in the
        # sentences before it, the others only in the article's first sentence and only
        # when the sentence refers back ("He took office ..." in a president's article).
        own = list(unit.tokens) + list(title_tokens(unit.title))
        wide = own + list(unit.previous)
        narrow = own + (list(unit.lead) if unit.refers_back else [])
        for name in facts.names:
            context = wide if _in_subject(name, facts) else narrow
            match = match_name(name, context, facts.words, vocabulary, facts.names)
            status = _NAME_STATUS[match.status]
            j.checks.append(
                ValueCheck(
                    ValueKind.NAME,
                    name.text,
                    status,
                    found=match.found or (name.text if status is ValueStatus.CONFIRMED else ""),
                    note=_NAME_NOTE.get(match.status, ""),
                )
            )
            # Evidence handed over by the caller often names its subject "the film", "he".
            excused = _soft(name) or (
                given and context is wide and match.status is NameStatus.ABSENT
            )
            if status is not ValueStatus.CONFIRMED and not excused:
                j.names_ok = False
            if match.status is NameStatus.MISSPELT and scored.coverage >= MISSPELLING_COVERAGE:
                conflict(
                    max(MISSPELLING_CONFIDENCE * min(1.0, scored.coverage + 0.4), focus),
                    f"claim spells {_word_of(name, match.found)!r}; evidence has {match.found!r}",
                )
            elif match.status is NameStatus.REPLACED and focus >= CONTRADICT_NAME and given:
                # In articles, another name near the claim's is too often just another
                # party to the same event; an organisation swapped for another is caught
                # by the attribution check below.
                conflict(focus, f"claim says {name.text}; evidence says {match.found}")

        # Values. A disagreeing value contradicts only in a sentence about the claim's
        # subject (its names all there) that ties the value to the claim's event.
        all_agree = True
        weakest = 1.0
        evidence_values = _unit_values(unit)
        j.other_instance = _other_instance(facts, unit, evidence_values)
        for cv in claim.values:
            check, factor, tied = self._check_value(facts, cv, unit, evidence_values)
            clash = _opposite_event(facts, cv, unit, evidence_values)
            if clash is not None and (focus >= CONTRADICT_VALUE or given):
                # "formed in 2004" against "disbanded in 2004": same time, opposite event.
                conflict(max(focus, 0.6), f"claim says {clash[0]!r}; evidence says {clash[1]!r}")
            j.checks.append(check)
            if check.status is ValueStatus.CONFIRMED and tied < 1:
                j.values_tied = False
            if check.status is ValueStatus.CONTRADICTED:
                all_agree = False
                strong = focus >= CONTRADICT_VALUE and scored.predicate >= CONTRADICT_PREDICATE
                marked = (
                    tied > 1
                    and focus >= CONTRADICT_VALUE_MARKED
                    and scored.predicate >= CONTRADICT_PREDICATE_MARKED
                )
                # A bare figure ("about 2.5 million") must be introduced by the claim's own
                # word or count the same thing to contradict one.
                figure_ok = (
                    isinstance(cv, DateValue)
                    or tied > 1
                    or _same_unit(cv, check.found, evidence_values)
                )
                # The sentence must say what the claim's subject did (its verb and object),
                # all but one word of it: "it approved the use of force on 22 February
                # 2022" does not date the approval of a budget law.
                said = len([w for w in _unsaid(scored.missing) if not w.is_name]) <= 1
                if (
                    (strong or marked or given)
                    and (tied > 0 or given)
                    and j.names_ok
                    and not j.other_instance
                    and figure_ok
                    and (said or given)
                ):
                    conflict(focus, f"claim says {cv.text}; evidence says {check.found}")
            elif check.status is ValueStatus.NOT_FOUND:
                all_agree = False
            weakest = min(weakest, factor)

        # Who held the event: "a NATO summit" against "the CSCE summit".
        values_here = all(
            c.status is ValueStatus.CONFIRMED for c in j.checks if c.kind is not ValueKind.NAME
        )
        for att in attribution(list(claim.tokens), list(unit.tokens), unit.text):
            # The same event: the sentence confirms the claim's date and its other names.
            others_here = all(
                c.status is ValueStatus.CONFIRMED or fold(c.asserted) == fold(att.claimed)
                for c in j.checks
                if c.kind is ValueKind.NAME
            )
            if (
                att.found
                and fold(att.found) != fold(att.claimed)
                and not _alias(att.found, facts.names)
                and focus >= CONTRADICT_ATTRIBUTION
                and values_here
                and others_here
            ):
                conflict(
                    max(focus, 0.8),
                    f"claim says {att.claimed} {att.event}; evidence says {att.found} {att.event}",
                )

        # Where: "the eastern part of Ukraine" against "the north-central part of the country".
        # The direction word is the one the sentence does not share, so the rest of the claim
        # (its subject above all) is what must match.
        if focus >= CONTRADICT_COMPASS and scored.subject >= 0.6 and j.names_ok:
            clash_at = _compass_conflict(facts, unit)
            if clash_at is not None:
                conflict(focus, f"claim says {clash_at[0]!r}; evidence says {clash_at[1]!r}")

        # Negation, and words whose opposite the sentence uses.
        if focus >= CONTRADICT_NEGATION and _negation_conflict(facts, unit):
            conflict(focus, "one of claim and evidence negates what the other asserts")
        claim_stems = frozenset(t.stem for t in claim.tokens)
        if False:
            soft = {n.words[0].norm for n in facts.names if _soft(n)}
            for word in scored.missing:
                if word.subject or word.weight < 1.0:
                    continue
                if word.is_name and word.token.norm not in soft:
                    continue
                other = _substituted(list(claim.tokens), word.token, list(unit.tokens), claim_stems)
                if other is not None:
                    conflict(
                        max(focus, 0.5) if given else focus,
                        f"claim says {word.token.text!r}; evidence says {other!r}",
                    )
        for word in scored.absent:
            if word.is_name or word.subject:
                continue  # an opposite in the subject means another subject, not a conflict
            against = (opposites(word.token.stem) & unit.stems) - claim_stems
            if against and focus >= CONTRADICT_OPPOSITE:
                other = _opposite_in_place(
                    list(claim.tokens), word.token, list(unit.tokens), against
                )
                if other is not None:
                    conflict(focus, f"claim says {word.token.text!r}; evidence says {other!r}")

        if j.contra > 0:
            return j
        if not j.names_ok or j.other_instance:
            return j
        if claim.values:
            said = len([w for w in _unsaid(scored.missing) if not w.is_name]) <= 1
            ok = all_agree and scored.predicate >= SUPPORT_PREDICATE_WITH_VALUES and said
            j.support = focus * weakest if ok else 0.0
            j.partial = (
                focus * weakest * CROSS_SENTENCE_FACTOR
                if not all_agree
                and any(
                    c.status is ValueStatus.CONFIRMED
                    for c in j.checks
                    if c.kind is not ValueKind.NAME
                )
                else 0.0
            )
        elif scored.predicate >= SUPPORT_PREDICATE and not _unsaid(scored.missing):
            j.support = focus
        return j

    def _check_value(
        self,
        facts: _ClaimFacts,
        cv: Value,
        unit: Unit,
        evidence_values: list[tuple[Value, str | None]],
    ) -> tuple[ValueCheck, float, int]:
        """(check, support factor, how the disagreeing value is tied to the claim's event:
        2 by the claim's own word, 1 nearby, 0 not)."""
        kind = ValueKind.DATE if isinstance(cv, DateValue) else ValueKind.NUMBER
        claim_toks = list(facts.claim.tokens)
        claim_role = _preposition(facts.claim.text, claim_toks, cv.span)
        context = facts.value_context.get(cv.span, frozenset())
        claim_marker = _marker(
            facts.claim.text, [t for t in claim_toks if t.end <= cv.span[0]], cv.span[0]
        )
        named = claim_marker.norm if claim_marker is not None and claim_marker.capitalised else None
        claim_identity = _identity(claim_toks, cv.span)
        end_point = _end_point(context)
        agreeing: list[tuple[Value, int, float]] = []
        disagreeing: list[tuple[Value, int]] = []
        for uv, role in evidence_values:
            if not _roles_fit(claim_role, _preposition(unit.text, list(unit.tokens), uv.span)):
                continue
            if named is not None:
                # "the Meiji Restoration of 1868": only the same name's value compares.
                ev_marker = _marker(
                    unit.text, [t for t in unit.tokens if t.end <= uv.span[0]], uv.span[0]
                )
                if ev_marker is None or ev_marker.norm != named:
                    continue
            compared = uv
            if end_point and isinstance(uv, DateValue) and uv.is_range:
                # "began filming in September 1994" against "from September 1994 to August
                # 1995": the claim dates one end of the range.
                ends = _split_range(uv)
                if len(ends) == 2:
                    compared = ends[0] if end_point == "start" else ends[1]
            claim_value = cv
            if isinstance(cv, DateValue) and cv.start.year == YEARLESS:
                # "born in May": compare the month in the evidence's own year.
                if not isinstance(compared, DateValue) or compared.precision > Precision.MONTH:
                    continue
                year = compared.start.year
                claim_value = dataclasses.replace(
                    cv,
                    start=Day(year, cv.start.month, 1),
                    end=Day.last_of_month(year, cv.start.month),
                )
            agreement = _compare(claim_value, compared)
            if agreement is None:
                continue
            ok = _agreement_ok(agreement)
            if ok is None:
                continue
            tie = _tie(facts, context, unit, uv, role)
            if ok and tie >= 0:
                factor = 1.0 if agreement in (Agreement.SAME, Agreement.WITHIN) else COARSER_FACTOR
                agreeing.append((uv, tie, factor))
            elif not ok and tie >= 0:
                if (
                    not claim_identity
                    and named is None
                    and role is None
                    and _identity(list(unit.tokens), uv.span)
                ):
                    continue  # "the 2014 meeting" names a meeting; it does not date the event
                disagreeing.append((uv, tie))
        best_agree = max(agreeing, key=lambda a: (a[1], a[2]), default=None)
        best_disagree = max(disagreeing, key=lambda d: d[1], default=None)
        # An agreeing value wins unless nothing ties it to the claim's event while something
        # ties a disagreeing one ("born 22 November 1948 ... graduating on 22 November 1968"
        # against "was born on 22 November 1968").
        if best_agree is not None and (
            best_disagree is None or best_agree[1] > 0 or best_disagree[1] < 1
        ):
            return (
                ValueCheck(kind, cv.text, ValueStatus.CONFIRMED, found=best_agree[0].text),
                best_agree[2],
                best_agree[1],
            )
        if best_disagree is None:
            return ValueCheck(kind, cv.text, ValueStatus.NOT_FOUND), 0.0, 0
        found, tie = best_disagree
        return ValueCheck(kind, cv.text, ValueStatus.CONTRADICTED, found=found.text), 0.0, tie

    # -- misspellings anywhere ------------------------------------------------------------

    def _misspellings(
        self,
        facts: _ClaimFacts,
        matcher: Matcher,
        judged: list[_Judgement],
        vocabulary: frozenset[str],
    ) -> list[_Judgement]:
        """A misspelt name may sit in a sentence that matches little else of the claim:
        look for it across all candidates, but only for multi-word names (an anchor)."""
        extra: list[_Judgement] = []
        already = {id(j.scored.unit) for j in judged}
        for name in facts.names:
            if len(name.words) < 2 or all(w.norm in vocabulary for w in name.words):
                continue
            anchors = {w.norm for w in name.words}
            for unit in matcher.units:
                if id(unit) in already or not anchors & {t.norm for t in unit.tokens}:
                    continue
                match = match_name(name, list(unit.tokens), facts.words, vocabulary, facts.names)
                if match.status is NameStatus.MISSPELT:
                    scored = matcher.score(unit)
                    j = _Judgement(scored, names_ok=False)
                    j.contra = MISSPELLING_CONFIDENCE * min(1.0, scored.coverage + 0.4)
                    j.why = (
                        f"claim spells {_word_of(name, match.found)!r}; "
                        f"evidence has {match.found!r}"
                    )
                    j.checks.append(
                        ValueCheck(
                            ValueKind.NAME,
                            name.text,
                            ValueStatus.CONTRADICTED,
                            found=match.found,
                            note="misspelt",
                        )
                    )
                    extra.append(j)
                    already.add(id(unit))
                    break
        return extra

    # -- the verdict ----------------------------------------------------------------------

    def _decide(self, facts: _ClaimFacts, judgements: list[_Judgement], given: bool) -> Verdict:
        claim = facts.claim
        best_support = max(judgements, key=lambda j: j.support, default=None)
        best_contra = max(judgements, key=lambda j: j.contra, default=None)
        s = best_support.support if best_support else 0.0
        c = best_contra.contra if best_contra else 0.0
        threshold = SUPPORT_WITH_VALUES if claim.values else SUPPORT_WITHOUT_VALUES
        supported = s >= threshold
        margin = PAGE_CONTRADICTION_MARGIN if supported and not given else MARGIN
        ranked = sorted(judgements, key=lambda j: j.scored.rank, reverse=True)
        lead: _Judgement | None
        if best_contra is not None and c > 0 and c >= s + margin:
            lead = best_contra
            label, confidence = Label.CONTRADICTED, c
            said = _FOUND.search(lead.why)
            reason = f"{lead.why}: {_quote(lead.scored.unit, around=said.group(1) if said else '')}"
        elif best_support is not None and supported:
            lead = best_support
            label, confidence = Label.SUPPORTED, s
            agreed = [
                v.found
                for v in lead.checks
                if v.status is ValueStatus.CONFIRMED and v.kind is not ValueKind.NAME
            ]
            reason = (
                f"{_quote(lead.scored.unit, around=agreed[0] if agreed else '')}{_agreed(lead)}"
            )
        else:
            lead = max(judgements, key=lambda j: j.scored.focused, default=None)
            label, confidence, reason = self._undecided(lead, s, c, given)
        evidence_order = ([lead] + [j for j in ranked if j is not lead]) if lead else ranked
        shown = evidence_order[:EVIDENCE_SHOWN]
        values = tuple(
            dataclasses.replace(v, evidence_index=None if v.status is ValueStatus.NOT_FOUND else 0)
            for v in (lead.checks if lead else [])
        )
        return Verdict(
            label,
            round(min(1.0, max(0.0, confidence)), 2),
            reason,
            tuple(_evidence(j.scored) for j in shown),
            values,
        )

    def _undecided(
        self, lead: _Judgement | None, s: float, c: float, given: bool
    ) -> tuple[Label, float, str]:
        if lead is None:
            return Label.NOT_ENOUGH_EVIDENCE, 1.0, "no sentence speaks to the claim"
        scored = lead.scored
        if False and given and scored.coverage >= GIVEN_MIN_COVERAGE:
            # The caller vouched that this is the evidence: decide on what it leaves out.
            # Measured on the benchmarks' tuning half: a sentence that says every word of
            # the claim, or all but one while covering most of its predicate, supports it
            # more often than not; one that leaves more unsaid contradicts it. A negated
            # claim ("X is not a Y") reverses both.
            unsaid = _unsaid(scored.missing)
            values_missing = any(
                v.status is not ValueStatus.CONFIRMED
                for v in lead.checks
                if v.kind is not ValueKind.NAME
            )
            has_values = lead.values_tied and any(v.kind is not ValueKind.NAME for v in lead.checks)
            says_it = not values_missing and (
                not unsaid
                or (len(unsaid) == 1 and scored.predicate >= GIVEN_NEAR_PREDICATE)
                or has_values  # every date and figure it asserts is there, tied to its event
            )
            if lead.negated_claim:
                says_it = not unsaid and not values_missing
                if says_it:
                    return (
                        Label.CONTRADICTED,
                        0.3,
                        f"the evidence asserts what the claim denies: {_quote(scored.unit)}",
                    )
                words = ", ".join(repr(w.token.text) for w in unsaid[:3]) or "it"
                return (
                    Label.SUPPORTED,
                    0.3,
                    f"the evidence does not say {words}, as the claim denies: "
                    f"{_quote(scored.unit)}",
                )
            if says_it:
                return (
                    Label.SUPPORTED,
                    round(0.5 * scored.focused, 2),
                    f"{_quote(scored.unit)} says what the claim says",
                )
            words = ", ".join(repr(w.token.text) for w in unsaid[:3]) or "the claim's value"
            return (
                Label.CONTRADICTED,
                round(0.5 * (1 - scored.predicate) + 0.1, 2),
                f"the evidence does not say {words}: {_quote(scored.unit)}",
            )
        return (
            Label.NOT_ENOUGH_EVIDENCE,
            round(1.0 - max(s, c), 2),
            f"no sentence settles it; closest ({scored.focused:.2f}): {_quote(scored.unit)}",
        )


# -- helpers ----------------------------------------------------------------------------


def _same_unit(cv: Value, found: str, evidence_values: list[tuple[Value, str | None]]) -> bool:
    if not isinstance(cv, NumberValue) or cv.unit is None:
        return False
    for uv, _role in evidence_values:
        if uv.text == found and isinstance(uv, NumberValue):
            return uv.unit is not None and uv.unit == cv.unit
    return False


def _other_instance(
    facts: _ClaimFacts, unit: Unit, evidence_values: list[tuple[Value, str | None]]
) -> bool:
    """Whether the sentence is about another instance of what the claim names: "the 2024
    budget" when the claim is about the budget for 2025–2027."""
    toks = list(facts.claim.tokens)
    for cv in facts.claim.values:
        if not isinstance(cv, DateValue):
            continue  # "650,000 people": the noun after a figure is what it counts
        noun = _identity(toks, cv.span)
        if not noun:
            continue
        for uv, _role in evidence_values:
            if isinstance(uv, DateValue) and _identity(list(unit.tokens), uv.span) & noun:
                agreement = _compare(cv, uv)
                if agreement is not None and agreement.conflict:
                    return True
    return False


def _complete_values(judgements: list[_Judgement]) -> None:
    """A claim with two values ("the 2025–2027 budget, approved on 27 November 2024") is
    supported by a sentence that confirms one and is silent on the other, when another
    sentence of the same article confirms the other."""
    confirmed: dict[str, set[str]] = {}
    for j in judgements:
        if j.contra == 0:
            for c in j.checks:
                if c.status is ValueStatus.CONFIRMED and c.kind is not ValueKind.NAME:
                    confirmed.setdefault(j.scored.unit.title, set()).add(c.asserted)
    for j in judgements:
        if j.partial <= 0 or j.contra > 0:
            continue
        here = confirmed.get(j.scored.unit.title, set())
        silent = [
            c
            for c in j.checks
            if c.status is ValueStatus.NOT_FOUND and c.kind is not ValueKind.NAME
        ]
        if silent and all(c.asserted in here for c in silent):
            j.support = max(j.support, j.partial)


_NAME_STATUS = {
    NameStatus.CONFIRMED: ValueStatus.CONFIRMED,
    NameStatus.VARIANT: ValueStatus.CONFIRMED,
    NameStatus.MISSPELT: ValueStatus.CONTRADICTED,
    NameStatus.REPLACED: ValueStatus.CONTRADICTED,
    NameStatus.ABSENT: ValueStatus.NOT_FOUND,
}
_NAME_NOTE = {
    NameStatus.VARIANT: "variant spelling",
    NameStatus.MISSPELT: "misspelt",
    NameStatus.REPLACED: "replaced",
}


def _in_subject(name: Name, facts: _ClaimFacts) -> bool:
    return any(w.subject and w.token.start == name.start for w in facts.claim.words) or any(
        w.subject and name.start <= w.token.start < name.end for w in facts.claim.words
    )


_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "ic", "i")


def _soft(name: Name) -> bool:
    """A lone adjective of nationality ("Syrian rebels") is context, not an assertion
    that the evidence must repeat; a replaced one is still caught as a conflict."""
    return (
        len(name.words) == 1
        and not name.acronym
        and name.words[0].norm.endswith(_DEMONYM_ENDINGS)
        and name.words[0].norm not in {"iran", "oman", "japan", "taiwan"}
    )


def _unsaid(missing: Sequence[ClaimWord]) -> list[ClaimWord]:
    return [w for w in missing if not w.subject and w.weight >= 1.0]


def _alias(acronym: str, names: Sequence[Name]) -> bool:
    target = fold(acronym).replace(".", "")
    return any(len(n.words) > 1 and initials(n.words) == target for n in names)


_NEGATION_SKIP = STOPWORDS | frozenset(
    {"to", "be", "been", "being", "have", "has", "had", "longer", "ever", "yet", "even"}
)


_NEGATION_ENDS = frozenset({"but", "and", "while", "although", "whereas", "yet", "though"})


def _negated_words(toks: Sequence[Token], text: str = "") -> list[Token]:
    """The words a negation governs, up to the end of its clause: "has never appeared on
    the cover" -> appeared, cover; "refused the MAP but declared" -> MAP."""
    out: list[Token] = []
    for i, tok in enumerate(toks):
        if not (tok.norm in NEGATIONS or tok.norm.endswith("n't")):
            continue
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
    return out


def _negation_conflict(facts: _ClaimFacts, unit: Unit) -> bool:
    """The sentence negates what the claim asserts, or asserts what the claim negates. For
    the second, the sentence must say the very word the claim negates ("did not offer"
    against "offered"), not merely speak of the same things."""
    if facts.negated:
        targets = _negated_words(facts.claim.tokens, facts.claim.text)[:1]
        if not targets or _negated_near(unit, facts):
            return False
        return all(concepts(t.stem) & unit.concepts for t in targets)
    return _negated_near(unit, facts)


def _negated_near(unit: Unit, facts: _ClaimFacts) -> bool:
    """Whether the sentence negates one of the claim's predicate words: "refused the MAP
    but declared ..." negates "MAP", not "declared"."""
    return any(concepts(t.stem) & facts.predicate for t in _negated_words(unit.tokens, unit.text))


_DAY_MONTH = re.compile(
    r"\b(?:(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(\d{1,2}))\b(?!,?\s*\d{3,4})"
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}


def _carried_years(unit: Unit) -> list[DateValue]:
    """Day-and-month dates without a year, dated by the last full date before them in the
    sentence: "passed it on 21 November 2024; the Council endorsed it on 27 November"."""
    if not _DAY_MONTH.search(unit.text):
        return []  # no day and month to date (the common case: skip the work below)
    full = [v for v in unit.values if isinstance(v, DateValue) and v.precision == Precision.DAY]
    if not full and unit.previous:
        # "... held in Sochi from 16 to 19 October 2017. Its final session on 19 October":
        # the year comes from the sentences before, in the same paragraph.
        before = " ".join(t.text for t in unit.previous)
        dated = [d for d in extract_dates(before) if d.precision <= Precision.YEAR]
        if dated:
            year = dated[-1].end.year
            full = [DateValue("", (-1, -1), Day(year, 1, 1), Day(year, 12, 31), Precision.YEAR)]
    if not full:
        return []
    out = []
    taken = [v.span for v in unit.values]
    for m in _DAY_MONTH.finditer(unit.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        earlier = [v for v in full if v.span[1] <= m.start()]  # (-1, -1): a sentence before
        if not earlier:
            continue
        year = earlier[-1].end.year
        day = int(m.group(1) or m.group(4))
        month = _MONTH_NUMBER[m.group(2) or m.group(3)]
        try:
            when = Day(year, month, day)
            datetime_check = when.to_date()
        except ValueError:
            continue
        if datetime_check is None:
            continue
        out.append(DateValue(m.group(0), (m.start(), m.end()), when, when, Precision.DAY))
    return out


_DASHES = "–—−-"


def _lifespan(unit: Unit) -> dict[tuple[int, int], str]:
    """Roles the lead-sentence convention gives dates: in "Name (12 October 1875 – 1
    December 1947)" the first is a birth and the second a death."""
    roles: dict[tuple[int, int], str] = {}
    text = unit.text
    dates = [v for v in unit.values if isinstance(v, DateValue)]
    for value in dates:
        start, end = value.span
        opened = text.rfind("(", 0, start)
        if opened < 0 or ")" in text[opened:start] or text.find(")", end) < 0:
            continue
        inside_before = text[opened + 1 : start]
        if value.is_range and ")" in text[end : end + 3]:
            roles[value.span] = "span"
        elif (
            ")" in text[end : end + 3]
            and any(d in inside_before[-4:] for d in _DASHES)
            and any(o.span[1] <= start and o.span[0] > opened for o in dates)
        ):
            roles[value.span] = "died"
        elif any(d in text[end : end + 4] for d in _DASHES) and any(
            o.span[0] >= end and text.find(")", o.span[1]) >= 0 for o in dates
        ):
            roles[value.span] = "born"
    return roles


_RANGE_SPLIT = re.compile(r"\s*(?:[–—−]|-|\bto\b|\band\b|\buntil\b|\bthrough\b)\s*")


def _split_range(value: DateValue) -> list[DateValue]:
    """The two ends of a range: "12 June 1875 – 1 December 1947", "from September 1994 to
    August 1995". When an end cannot be read alone ("2–4 April 2008"), the range's first
    and last days stand for its ends."""
    text = value.text
    body = re.sub(r"^(?:from|between)\s+", "", text)
    offset = value.span[0] + (len(text) - len(body))
    for m in _RANGE_SPLIT.finditer(body):
        left, right = body[: m.start()], body[m.end() :]
        first, second = extract_dates(left), extract_dates(right)
        if (
            len(first) == 1
            and len(second) == 1
            and first[0].text == left.strip()
            and second[0].text == right.strip()
        ):
            return [
                dataclasses.replace(
                    first[0], span=(offset + first[0].span[0], offset + first[0].span[1])
                ),
                dataclasses.replace(
                    second[0],
                    span=(
                        offset + m.end() + second[0].span[0],
                        offset + m.end() + second[0].span[1],
                    ),
                ),
            ]
    return [
        DateValue(text, value.span, value.start, value.start, Precision.DAY),
        DateValue(text, value.span, value.end, value.end, Precision.DAY),
    ]


# A sentence's values and their roles do not depend on the claim, and an article's
# sentences meet every claim that cites it: each is worked out once per sentence. Keyed
# by identity (hashing a Unit would hash all its tokens); the unit is kept beside its
# entry so an id is never reused for another one while the entry lives.
_UNIT_VALUES: dict[int, tuple[Unit, list[tuple[Value, str | None]]]] = {}
_UNIT_VALUES_MAX = 5_000


def _unit_values(unit: Unit) -> list[tuple[Value, str | None]]:
    """_evidence_values(unit), remembered. Callers must not change the list."""
    hit = _UNIT_VALUES.get(id(unit))
    if hit is not None and hit[0] is unit:
        return hit[1]
    if len(_UNIT_VALUES) >= _UNIT_VALUES_MAX:
        _UNIT_VALUES.clear()
    values = _evidence_values(unit)
    _UNIT_VALUES[id(unit)] = (unit, values)
    return values


def _evidence_values(unit: Unit) -> list[tuple[Value, str | None]]:
    """The sentence's values, each with the role a convention gives it (a life's span in
    parentheses after a name), plus day-and-month dates dated by an earlier full date."""
    out: list[tuple[Value, str | None]] = []
    roles = _lifespan(unit)
    for value in unit.values:
        role = roles.get(value.span)
        if role == "span" and isinstance(value, DateValue):
            halves = _split_range(value)
            if len(halves) == 2:
                out += [(halves[0], "born"), (halves[1], "died")]
                continue
            role = None
        out.append((value, role))
    out.extend((v, None) for v in _carried_years(unit))
    return out


_STARTS = frozenset({"begin", "start", "commence", "open", "launch", "found", "establish", "born"})
_ENDS = frozenset(
    {"end", "finish", "conclude", "close", "die", "dissolve", "complete", "cease", "terminate"}
)


def _end_point(context: frozenset[str]) -> str | None:
    """Which end of a range a claim's verb dates: "began" the start, "finished" the end."""
    if context & _STARTS:
        return "start"
    if context & _ENDS:
        return "end"
    return None


_ROLE_PREPOSITIONS = frozenset({"for", "since", "from", "until", "till", "by", "before", "after"})


def _preposition(text: str, toks: list[Token], span: tuple[int, int]) -> str:
    """The preposition that gives a value its role: "for 2025–2027" (a period covered),
    "before 1990" (a bound); "at" for the plain time of an event."""
    before = [t for t in toks if t.end <= span[0]][-2:]
    for tok in reversed(before):
        if tok.norm in _ROLE_PREPOSITIONS:
            return tok.norm
        if tok.norm not in {"the", "early", "mid", "late", "about", "around", "c", "circa"}:
            break
    return "at"


def _roles_fit(claim: str, evidence: str) -> bool:
    bounds = ("before", "after", "by", "until", "till")
    if claim in bounds or evidence in bounds:
        return claim == evidence  # "until May 2002" bounds a period; it is not its date
    # The period a budget covers ("for 2025–2027") is not the day it was passed.
    return (claim == "for") == (evidence == "for")


def _tie(
    facts: _ClaimFacts, context: frozenset[str], unit: Unit, value: Value, role: str | None
) -> int:
    """How the sentence ties a value to the claim's event: 1 tied (a word of the claim near
    its value stands near this one too), 0 unclear, -1 tied to something else ("born 1978"
    when the claim is about an election; "the Revolutions of 1989")."""
    if role is not None:
        return 2 if concepts(stem(role)) & facts.concepts else -1
    toks = list(unit.tokens)
    start, _end = value.span
    before = [t for t in toks if t.end <= start]
    marker = _marker(unit.text, _outside(before, unit.values), start)
    if marker is not None:
        if concepts(marker.stem) & context:
            return 2  # the claim's own word introduces the value: "signed it on 30 November"
        if concepts(marker.stem) & facts.concepts:
            return 1
        if marker.capitalised:
            # "<Name> of 1989": the value is part of another name.
            if marker.norm not in facts.words:
                return -1
        elif marker.norm in _ROLE_WORDS:
            return -1
        elif _verbal(marker):
            return 0  # another verb dates this value, perhaps a synonym of the claim's
    clause = _same_clause(unit.text, value.span, _around(toks, value.span))
    # Of the verbs and the claim's words near the value, the nearest decides: "In 2005 Putin
    # called the collapse ..." dates the calling (nearest), not the collapse.
    # Offices count like verbs: "Governor of Odessa Oblast from 2015" dates a governorship.
    candidates = [
        t
        for t in clause
        if _verbal(t) or t.norm in TITLES or (not t.capitalised and concepts(t.stem) & context)
    ]
    if not candidates:
        return 0
    nearest = min(candidates, key=lambda t: _distance(t, value.span))
    return 1 if concepts(nearest.stem) & context else 0


_LIGHT_VERBS = frozenset(
    "came come comes took take takes went go goes got get gets made make makes gave give "
    "gives".split()
)


def _verbal(tok: Token) -> bool:
    if tok.capitalised or tok.norm in _AUXILIARIES or tok.norm in _LIGHT_VERBS:
        return False  # "came in 1778" is dated by what came, not by "came"
    return (
        tok.norm in _ROLE_WORDS
        or tok.norm in _VERBS
        or (tok.norm.endswith("ed") and len(tok.norm) > 4)
    )


def _distance(tok: Token, span: tuple[int, int]) -> int:
    return span[0] - tok.end if tok.end <= span[0] else tok.start - span[1]


def _around(toks: list[Token], span: tuple[int, int]) -> list[Token]:
    """Up to VALUE_CONTEXT content words on each side of a value."""
    before = [t for t in toks if t.end <= span[0] and t.norm not in STOPWORDS]
    after = [t for t in toks if t.start >= span[1] and t.norm not in STOPWORDS]
    return before[-VALUE_CONTEXT:] + after[:VALUE_CONTEXT]


def _outside(toks: Sequence[Token], values: Sequence[Value]) -> list[Token]:
    """The tokens that are not part of any value ("century" of "the 17th century")."""
    return [t for t in toks if not any(a <= t.start < b for a, b in (v.span for v in values))]


def _marker(text: str, before: list[Token], value_start: int) -> Token | None:
    """The content word right before a value (within 4 words), skipping articles,
    prepositions, hedges and place names; None when a clause boundary comes first."""
    window = before[-4:]
    lead = [t for t in window if t.norm != "the"]
    if len(lead) >= 2 and lead[-1].norm == "of" and lead[-2].capitalised:
        return lead[-2]  # "the Revolutions of 1989": the value belongs to the name
    for tok in reversed(window):
        if any(ch in text[tok.end : value_start] for ch in "(;:"):
            return None
        if tok.norm in _SKIP_BEFORE_VALUE or tok.norm.isdigit() or tok.capitalised:
            continue  # "in Prague on 1 July 1991": a place, not the event
        return tok
    return None


_PREPOSITIONS = frozenset(
    "per via despite toward towards across along around among amid beyond including "
    "following except like near past plus than versus".split()
)


def _identity(toks: Sequence[Token], span: tuple[int, int]) -> frozenset[str]:
    """Stems of the noun phrase a value identifies: "the 2024 budget" -> {budget},
    "the federal budget law for 2025–2027" -> {federal, budget, law}."""
    after = [t for t in toks if t.start >= span[1]][:4]
    for tok in after:
        if tok.capitalised:
            continue  # "the 1997 Madrid NATO summit"
        if (
            tok.norm in STOPWORDS
            or tok.norm in _PREPOSITIONS
            or _verbal(tok)
            or tok.norm in _AUXILIARIES
        ):
            break
        return frozenset({tok.stem})
    before = [t for t in toks if t.end <= span[0]]
    if before and before[-1].norm in ("for", "of"):
        phrase = []
        for tok in reversed(before[:-1]):
            if tok.capitalised or tok.norm in STOPWORDS or _verbal(tok):
                break
            phrase.append(tok.stem)
        return frozenset(phrase)
    return frozenset()


_ASIDE = re.compile(r"\([^()]*\)")
_CLAUSE_BREAK = re.compile(r"[;()]|,\s+(?:and|but|while|whereas|when|which|who|where)\b")


def _same_clause(text: str, span: tuple[int, int], near: list[Token]) -> list[Token]:
    """Tokens of `near` in the value's clause: not separated from it by a semicolon, a
    parenthesis the value is in, or ", and" / ", but" ("... from May 2015 until November
    2016, and was the third President ..."); a whole aside "(region)" in between is no break."""
    out = []
    for tok in near:
        lo, hi = (tok.end, span[0]) if tok.end <= span[0] else (span[1], tok.start)
        between = _ASIDE.sub(" ", text[lo:hi])
        if not _CLAUSE_BREAK.search(between):
            out.append(tok)
    return out


def _agreed(lead: _Judgement) -> str:
    agreed = [
        v.found
        for v in lead.checks
        if v.status is ValueStatus.CONFIRMED and v.kind is not ValueKind.NAME
    ]
    return f" agrees on {', '.join(agreed)}" if agreed else " says the same"


def _opposite_event(
    facts: _ClaimFacts, cv: Value, unit: Unit, evidence_values: list[tuple[Value, str | None]]
) -> tuple[str, str] | None:
    """The claim's verb and the evidence's opposite verb, when both date the same time."""
    near = [t for t in _around(list(facts.claim.tokens), cv.span) if _verbal(t)]
    for uv, _role in evidence_values:
        agreement = _compare(cv, uv)
        if agreement is None or not agreement.compatible:
            continue
        marker = _marker(
            unit.text,
            _outside([t for t in unit.tokens if t.end <= uv.span[0]], unit.values),
            uv.span[0],
        )
        if marker is None:
            continue
        for verb in near:
            if marker.stem in opposites(verb.stem):
                return verb.text, marker.text
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


def _compass_conflict(facts: _ClaimFacts, unit: Unit) -> tuple[str, str] | None:
    """A place the claim puts in one direction and the sentence in another, named by the
    same words ("the eastern part of Ukraine" / "the north-central part of the country"):
    directions conflict when they share no component (eastern and north-eastern do not)."""
    claim = list(facts.claim.tokens)
    subject = {id(w.token) for w in facts.claim.words if w.subject}
    for i, tok in enumerate(claim):
        mine = _directions(tok.norm)
        if mine is None or id(tok) in subject or i + 1 >= len(claim):
            continue
        heads = {claim[i + 1].stem}
        if claim[i + 1].norm in _AREA_NOUNS and i + 3 < len(claim) and claim[i + 2].norm == "of":
            heads.add(claim[i + 3].stem)  # "part of Ukraine": the place itself
        if not heads & ({t.stem for t in unit.tokens} | _AREA_NOUNS):
            continue
        evidence = list(unit.tokens)
        for k, ev in enumerate(evidence[:-1]):
            theirs = _directions(ev.norm)
            nxt = evidence[k + 1]
            if theirs is None or ev.capitalised:
                continue
            if (
                nxt.stem in heads or (nxt.norm in _AREA_NOUNS and claim[i + 1].norm in _AREA_NOUNS)
            ) and not mine & theirs:
                return tok.text, ev.text
    return None


def _substituted(
    claim: list[Token], word: Token, evidence: list[Token], claim_stems: frozenset[str]
) -> str | None:
    """Another word standing exactly where the claim's word stands, between the same
    neighbours: "a 2017 British comedy drama book" against "... comedy drama film"."""
    i = next(k for k, t in enumerate(claim) if t is word)
    left = claim[i - 1] if i > 0 else None
    right = claim[i + 1] if i + 1 < len(claim) else None
    for k, tok in enumerate(evidence):
        if tok.norm in STOPWORDS or tok.stem in claim_stems:
            continue
        if tok.capitalised != word.capitalised:
            continue  # "Canadian" may stand for "American", not "film" for "Canadian"
        if not tok.norm.isalpha():
            continue
        before = evidence[k - 1] if k > 0 else None
        after = evidence[k + 1] if k + 1 < len(evidence) else None
        same_left = (
            left is not None
            and before is not None
            and before.stem == left.stem
            and left.norm not in STOPWORDS
        )
        same_right = (
            right is not None
            and after is not None
            and after.stem == right.stem
            and right.norm not in STOPWORDS
        )
        if same_left and (same_right or right is None or right.norm in STOPWORDS):
            return tok.text
        if same_right and (left is None or left.norm in STOPWORDS):
            return tok.text
    return None


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
        if tok.stem in stems:
            around = {t.stem for t in evidence[max(0, k - 1) : k] + evidence[k + 1 : k + 2]}
            if around & neighbours:
                return tok.text
    return None


def _inside_value(name: Name, values: Sequence[Value]) -> bool:
    return any(s <= name.start < e for s, e in (v.span for v in values))


def _word_of(name: Name, found: str) -> str:
    """The claim's word that the evidence spells `found`."""
    from rapidfuzz import fuzz

    target = fold(found.split(" / ")[0])
    return max(name.words, key=lambda w: fuzz.ratio(w.norm, target)).text


_FOUND = re.compile(r"evidence (?:says|has) '?(.+?)'?$")


def _quote(unit: Unit, limit: int = 110, around: str = "") -> str:
    """The sentence in quotes, shortened around what matters ("…in 2015, 'Why is…")."""
    text = " ".join(unit.text.split())
    if len(text) > limit:
        at = text.find(around) if around else -1
        if at < 0:
            text = text[: limit - 1] + "…"
        else:
            start = max(0, min(at - limit // 2, len(text) - limit))
            end = min(len(text), start + limit)
            # Cut between words, not inside one.
            if start > 0 and " " in text[start:at]:
                start = text.index(" ", start) + 1
            if end < len(text) and " " in text[at + len(around) : end]:
                end = text.rindex(" ", at + len(around), end)
            text = (
                ("…" if start > 0 else "")
                + text[start:end].strip()
                + ("…" if end < len(text) else "")
            )
    where = f" in {unit.title}" if unit.title else ""
    if unit.page is not None and unit.page.revid:
        where += f", rev {unit.page.revid}"
    return f"'{text}'{where}"


def _evidence(scored: Scored) -> Evidence:
    unit = scored.unit
    page = unit.page
    return Evidence(
        sentence=unit.text,
        score=round(scored.coverage * 100, 1),
        title=unit.title,
        url=revision_url(page.url, page.revid) if page and page.url and page.revid else "",
        revid=page.revid if page and page.revid else None,
        timestamp=page.timestamp if page else "",
        section=unit.section,
    )


def verify(claim: str, evidence: Sequence[str] | Mapping[str, str]) -> Verdict:
    """Check one claim against evidence, without any network.

    `evidence` is either the evidence sentences or passages themselves (a sequence of
    strings, taken to be about the claim) or whole article texts keyed by title (a
    mapping), in which the engine finds the sentences that speak to the claim.
    """
    if isinstance(evidence, str):
        raise TypeError("evidence must be a sequence of strings or a mapping, not one string")
    engine = Engine()
    if isinstance(evidence, Mapping):
        pages = [
            Page(title=title, pageid=0, revid=0, timestamp="", url="", text=text)
            for title, text in evidence.items()
        ]
        return engine.check(claim, pages)
    return engine.check_texts(claim, list(evidence))
