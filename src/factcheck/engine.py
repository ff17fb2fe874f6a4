"""The verification engine: from a claim and article text to a verdict with its evidence.

For each of the best-matching sentences (see matching.py) the engine asks three things:
do the claim's dates and numbers agree with the sentence's (values/), are the claim's names
spelt and placed as the sentence has them (names.py), and does one of the two negate what
the other asserts. A sentence then *supports* the claim with a strength (its coverage of
the claim's words, when every value agrees and no name conflicts) or *contradicts* it
(when it covers the claim's subject strongly and disagrees on a value or a name). The
verdict is the stronger side if it clears its threshold, else not_enough_evidence.

Thresholds are named constants below; the README's benchmark table shows what they give.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.matching import ClaimText, Matcher, Scored, Unit, Value, analyse_claim
from factcheck.matching import units_from_pages, units_from_texts
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
from factcheck.names import Name, NameStatus, extract_names, match_name
from factcheck.textnorm import Token, fold, has_negation, tokens
from factcheck.values import Agreement, DateValue, NumberValue, compare_dates, compare_numbers

# How many top-ranked sentences are examined in depth.
CANDIDATES = 8
# How many sentences a verdict carries as evidence.
EVIDENCE_SHOWN = 3
# A sentence supports a claim that asserts values when it covers this share of the claim's
# other words and agrees on every value.
SUPPORT_WITH_VALUES = 0.5
# A claim without dates or numbers needs more of its words covered.
SUPPORT_WITHOUT_VALUES = 0.75
# A sentence contradicts through a value only when it covers this much of the claim's
# other words: lower, and a sentence about something else that happens to carry a year
# would contradict.
CONTRADICT_VALUE = 0.6
# A name replaced by another (NATO -> CSCE) needs a sentence this close to the claim.
CONTRADICT_NAME = 0.6
# Negation in one and not the other needs a near-paraphrase.
CONTRADICT_NEGATION = 0.75
# Confidence given to a misspelt name found next to the rest of the name.
MISSPELLING_CONFIDENCE = 0.9
# The contradiction must beat the best support by this much.
MARGIN = 0.05
# Agreement weaker than exact (the evidence is coarser than the claim) scales support.
COARSER_FACTOR = 0.85


@dataclass
class _Judgement:
    scored: Scored
    support: float = 0.0
    contra: float = 0.0
    checks: list[ValueCheck] = field(default_factory=list)
    why: str = ""  # for a contradiction: what disagrees, "claim says X; evidence says Y"


def _agreement_ok(agreement: Agreement) -> bool | None:
    """True: they agree; False: they cannot both hold; None: not comparable."""
    name = agreement.name
    if name in ("SAME", "WITHIN", "COARSER", "OVERLAP"):
        return True
    if name == "DISJOINT":
        return False
    return None


def _compare(claim_value: Value, unit_value: Value) -> Agreement | None:
    if isinstance(claim_value, DateValue) and isinstance(unit_value, DateValue):
        return compare_dates(claim_value, unit_value)
    if isinstance(claim_value, NumberValue) and isinstance(unit_value, NumberValue):
        return compare_numbers(claim_value, unit_value)
    return None


def _context(toks: Sequence[Token], span: tuple[int, int], width: int = 6) -> set[str]:
    from factcheck.lexicon import concept

    before = [t for t in toks if t.end <= span[0]][-width:]
    after = [t for t in toks if t.start >= span[1]][:width]
    return {concept(t.stem) for t in before + after if t.norm.isalpha() and len(t.norm) > 2}


class Engine:
    """Stateless apart from settings; safe to share between threads."""

    def check(self, claim: Claim | str, pages: Sequence[Page]) -> Verdict:
        text = claim.text if isinstance(claim, Claim) else claim
        return self._verify(text, units_from_pages(pages))

    def check_texts(self, claim: str, texts: Sequence[str], title: str = "") -> Verdict:
        return self._verify(claim, units_from_texts(texts, title))

    # -- the decision ---------------------------------------------------------------------

    def _verify(self, text: str, units: list[Unit]) -> Verdict:
        claim = analyse_claim(text)
        if not units:
            return Verdict(Label.NOT_ENOUGH_EVIDENCE, 1.0, "no article text to check against")
        names = [n for n in extract_names(text) if not _inside_value(n, claim.values)]
        claim_words = frozenset(t.norm for t in claim.tokens)
        negated = has_negation(list(claim.tokens))
        matcher = Matcher(claim, units)
        top = matcher.best(CANDIDATES)
        judgements = [self._judge(claim, names, claim_words, negated, s) for s in top]
        judgements += self._misspellings(claim, names, claim_words, matcher, judgements)
        return self._decide(claim, judgements)

    def _judge(
        self,
        claim: ClaimText,
        names: list[Name],
        claim_words: frozenset[str],
        negated: bool,
        scored: Scored,
    ) -> _Judgement:
        unit = scored.unit
        j = _Judgement(scored)
        cov = scored.coverage
        title_tokens = tokens(unit.title) if unit.title else []
        evidence_tokens = list(unit.tokens) + title_tokens
        all_agree = True
        weakest = 1.0
        for cv in claim.values:
            check, factor = self._check_value(claim, cv, unit)
            j.checks.append(check)
            if check.status is ValueStatus.CONTRADICTED:
                all_agree = False
                if cov >= CONTRADICT_VALUE and cov > j.contra:
                    j.contra = cov
                    j.why = f"claim says {cv.text}; evidence says {check.found}"
            elif check.status is ValueStatus.NOT_FOUND:
                all_agree = False
            weakest = min(weakest, factor)
        for name in names:
            match = match_name(name, evidence_tokens, claim_words)
            status = {
                NameStatus.CONFIRMED: ValueStatus.CONFIRMED,
                NameStatus.VARIANT: ValueStatus.CONFIRMED,
                NameStatus.MISSPELT: ValueStatus.CONTRADICTED,
                NameStatus.REPLACED: ValueStatus.CONTRADICTED,
                NameStatus.ABSENT: ValueStatus.NOT_FOUND,
            }[match.status]
            note = {NameStatus.VARIANT: "variant spelling", NameStatus.MISSPELT: "misspelt",
                    NameStatus.REPLACED: "replaced"}.get(match.status, "")
            j.checks.append(ValueCheck(ValueKind.NAME, name.text, status,
                                       found=match.found or (name.text if status is ValueStatus.CONFIRMED else ""),
                                       note=note))
            if match.status is NameStatus.MISSPELT and cov >= 0.3:
                strength = max(MISSPELLING_CONFIDENCE * min(1.0, cov + 0.4), cov)
                if strength > j.contra:
                    j.contra = strength
                    j.why = f"claim spells {_word_of(name, match.found)!r}; evidence has {match.found!r}"
            elif match.status is NameStatus.REPLACED and cov >= CONTRADICT_NAME and cov > j.contra:
                j.contra = cov
                j.why = f"claim says {name.text}; evidence says {match.found}"
        if negated != has_negation(list(unit.tokens)) and cov >= CONTRADICT_NEGATION:
            if cov > j.contra:
                j.contra = cov
                j.why = "one of claim and evidence negates what the other asserts"
        if j.contra > 0:
            return j
        if claim.values:
            j.support = cov * weakest if all_agree else 0.0
        else:
            j.support = cov
        return j

    def _check_value(self, claim: ClaimText, cv: Value, unit: Unit) -> tuple[ValueCheck, float]:
        kind = ValueKind.DATE if isinstance(cv, DateValue) else ValueKind.NUMBER
        comparable: list[tuple[Value, bool]] = []
        best_factor = 0.0
        best_found = ""
        for uv in unit.values:
            agreement = _compare(cv, uv)
            if agreement is None:
                continue
            ok = _agreement_ok(agreement)
            if ok is None:
                continue
            comparable.append((uv, ok))
            if ok:
                factor = COARSER_FACTOR if agreement.name in ("COARSER", "OVERLAP") else 1.0
                if factor > best_factor:
                    best_factor, best_found = factor, uv.text
        if best_factor > 0:
            return ValueCheck(kind, cv.text, ValueStatus.CONFIRMED, found=best_found), best_factor
        if not comparable:
            return ValueCheck(kind, cv.text, ValueStatus.NOT_FOUND), 0.0
        # Several disagreeing values: the one whose neighbours match the claim's is the one
        # the sentence says about the claim's subject.
        claim_ctx = _context(claim.tokens, cv.span)
        best = max(comparable, key=lambda item: len(claim_ctx & _context(unit.tokens, item[0].span)))
        return ValueCheck(kind, cv.text, ValueStatus.CONTRADICTED, found=best[0].text), 0.0

    def _misspellings(
        self,
        claim: ClaimText,
        names: list[Name],
        claim_words: frozenset[str],
        matcher: Matcher,
        judged: list[_Judgement],
    ) -> list[_Judgement]:
        """A misspelt name may sit in a sentence that matches little else of the claim:
        look for it across all candidates, but only for multi-word names (an anchor)."""
        extra: list[_Judgement] = []
        already = {id(j.scored.unit) for j in judged}
        for name in names:
            if len(name.words) < 2:
                continue
            anchors = {w.norm for w in name.words}
            for unit in matcher.units:
                if id(unit) in already or not anchors & {t.norm for t in unit.tokens}:
                    continue
                match = match_name(name, list(unit.tokens), claim_words)
                if match.status is NameStatus.MISSPELT:
                    scored = matcher.score(unit)
                    j = _Judgement(scored)
                    j.contra = MISSPELLING_CONFIDENCE * min(1.0, scored.coverage + 0.4)
                    j.why = f"claim spells {_word_of(name, match.found)!r}; evidence has {match.found!r}"
                    j.checks.append(ValueCheck(ValueKind.NAME, name.text, ValueStatus.CONTRADICTED,
                                               found=match.found, note="misspelt"))
                    extra.append(j)
                    already.add(id(unit))
                    break
        return extra

    def _decide(self, claim: ClaimText, judgements: list[_Judgement]) -> Verdict:
        best_support = max(judgements, key=lambda j: j.support, default=None)
        best_contra = max(judgements, key=lambda j: j.contra, default=None)
        s = best_support.support if best_support else 0.0
        c = best_contra.contra if best_contra else 0.0
        threshold = SUPPORT_WITH_VALUES if claim.values else SUPPORT_WITHOUT_VALUES
        ranked = sorted(judgements, key=lambda j: j.scored.rank, reverse=True)
        if best_contra is not None and c > 0 and c >= s + MARGIN:
            lead = best_contra
            label, confidence = Label.CONTRADICTED, c
            reason = f"{lead.why}: {_quote(lead.scored.unit)}"
        elif best_support is not None and s >= threshold:
            lead = best_support
            label, confidence = Label.SUPPORTED, s
            agreed = [c.found for c in lead.checks if c.status is ValueStatus.CONFIRMED and c.kind is not ValueKind.NAME]
            on = f" agrees on {', '.join(agreed)}" if agreed else " says the same"
            reason = f"{_quote(lead.scored.unit)}{on}"
        else:
            lead = ranked[0] if ranked else None
            label = Label.NOT_ENOUGH_EVIDENCE
            confidence = round(1.0 - max(s, c), 2)
            if lead is None:
                reason = "no sentence speaks to the claim"
            else:
                reason = (f"no sentence settles it; closest ({lead.scored.coverage:.2f}): "
                          f"{_quote(lead.scored.unit)}")
        evidence_order = [lead] + [j for j in ranked if j is not lead] if lead else ranked
        shown = evidence_order[:EVIDENCE_SHOWN]
        values = tuple(
            ValueCheck(c.kind, c.asserted, c.status, c.found, 0 if c.status is not ValueStatus.NOT_FOUND else None, c.note)
            for c in (lead.checks if lead else [])
        )
        return Verdict(
            label,
            round(min(1.0, max(0.0, confidence)), 2),
            reason,
            tuple(_evidence(j.scored) for j in shown),
            values,
        )


def _inside_value(name: Name, values: Sequence[Value]) -> bool:
    return any(s <= name.start < e for s, e in (v.span for v in values))


def _word_of(name: Name, found: str) -> str:
    """The claim's word that the evidence spells `found`."""
    from rapidfuzz import fuzz

    target = fold(found.split(" / ")[0])
    return max(name.words, key=lambda w: fuzz.ratio(w.norm, target)).text


def _quote(unit: Unit, limit: int = 160) -> str:
    text = " ".join(unit.text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    where = f" in {unit.title}" if unit.title else ""
    if unit.page is not None:
        where += f", rev {unit.page.revid}"
    return f"'{text}'{where}"


def _evidence(scored: Scored) -> Evidence:
    unit = scored.unit
    page = unit.page
    return Evidence(
        sentence=unit.text,
        score=round(scored.coverage * 100, 1),
        title=unit.title,
        url=revision_url(page.url, page.revid) if page else "",
        revid=page.revid if page else None,
        timestamp=page.timestamp if page else "",
        section=unit.section,
    )


def verify(claim: str, evidence: Sequence[str] | Mapping[str, str]) -> Verdict:
    """Check one claim against evidence, without any network.

    `evidence` is either sentences/passages (a sequence of strings) or article texts keyed
    by title (a mapping), as fetched by any means.
    """
    engine = Engine()
    if isinstance(evidence, Mapping):
        pages = [
            Page(title=title, pageid=0, revid=0, timestamp="", url="", text=text)
            for title, text in evidence.items()
        ]
        return engine.check(claim, pages)
    if isinstance(evidence, str):
        raise TypeError("evidence must be a sequence of strings or a mapping, not one string")
    return engine.check_texts(claim, list(evidence))
