"""From a claim and its evidence to a verdict.

1. The claim is read once (facts.py): its words (with WordNet's synonyms when installed),
   subject, names, values and what each value dates.
2. Candidate sentences: in an article, the ones matching the claim best (matching.py); for
   evidence handed over as sentences, all of them. That is the only difference between
   the two modes.
3. Each candidate is judged (judge.py): support, and findings of the named rules (rules.py).
4. The verdict: `contradicted` when a rule found a conflict and no sentence supports the
   claim as strongly (in an article a supporting sentence outweighs a conflict unless the
   conflict is clearly stronger: articles hold many dates, and the one that agrees is
   usually the one about the claim's event); `supported` when a sentence supports it
   enough; otherwise `not_enough_evidence`, stating how close the best sentence came.
   Confidence is calibrated (calibration.py): of verdicts given 0.8, about 8 in 10 are right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from factcheck.engine.calibration import calibrated
from factcheck.engine.context import SentenceContext
from factcheck.engine.facts import ClaimFacts, analyse
from factcheck.engine.judge import (
    VALUE_FINDINGS,
    Judgement,
    complete_values,
    composite_values,
    judge,
    retold_values,
)
from factcheck.engine.rules import MISSPELLING_STRENGTH, misspelling
from factcheck.engine.values_check import refines
from factcheck.matching import (
    Matcher,
    Scored,
    Unit,
    candidate_units,
    instance_keys,
    page_text,
    title_tokens,
    units_from_texts,
)
from factcheck.mediawiki import revision_url
from factcheck.models import Claim, Evidence, Label, Page, ValueKind, ValueStatus, Verdict
from factcheck.names import NameStatus, match_name
from factcheck.textnorm import detokenize

# How many top-ranked sentences are examined in depth; fewer when the articles are long and
# their index has already chosen the sentences worth scoring (matching.PRESELECT).
CANDIDATES = 25
CANDIDATES_PRESELECTED = 10
# How many sentences a verdict carries as evidence.
EVIDENCE_SHOWN = 3
# Support needed for `supported`: with values, and without.
SUPPORT_WITH_VALUES = 0.6
SUPPORT_WITHOUT_VALUES = 0.6
# A conflict needs this strength for `contradicted`...
CONTRADICT_MIN = 0.4
# ... and must beat the best support by this much (in an article, where a supporting
# sentence exists, by PAGE_CONTRADICTION_MARGIN).
MARGIN = 0.05
PAGE_CONTRADICTION_MARGIN = 0.25

# FEVER-style tokenised text ("-LRB- 2008 -RRB- ,") is read as the text it stands for.
_PTB = re.compile(r"-[LR][RSC]B-|\s[,.;:](?:\s|$)|``|''")


# A title's disambiguator after the claim's first name ("Hush (2016 film) was written by
# ..."): it says which article is meant, not what the claim asserts.
_DISAMBIGUATOR = re.compile(r"^([A-Z][^()]{0,80}?)\s+\([^()]{1,40}\)(?=\s+[a-z])")


def _clean(text: str) -> str:
    # Accents written as combining marks ("e" + U+0301) would split words in two.
    text = unicodedata.normalize("NFC", text)
    return detokenize(text) if _PTB.search(text) else text


# "There is a capital called Mogadishu": an existential claim names its subject after
# "called"; it says what "Mogadishu is a capital" says, and is read so.
_EXISTENTIAL = re.compile(
    r"^(?:There|This)\s+(?:is|was|exists|existed)\s+(?P<det>an?|one)\s+(?P<kind>[^,;]{1,60}?)"
    r"\s+(?:called|named|name|titled|known\s+as)\s+"
    r"(?P<name>[A-Z0-9][\w'’&.-]*(?:\s+(?:(?:of|the|and|de|von|van|la|le|&)\s+)*"
    r"[A-Z0-9][\w'’&.-]*)*)(?P<rest>.*)$"
)


def _existential(text: str) -> str:
    m = _EXISTENTIAL.match(text)
    if m is None:
        return text
    det = "a" if m["det"] == "one" else m["det"]
    name = m["name"].rstrip(".")
    rest = m["rest"] if m["name"] == name else "." + m["rest"]
    return f"{name} is {det} {m['kind']}{rest}"


# "Tony Gwynn was 54 when he died": an age told by a clause of its own says what "Tony
# Gwynn died at the age of 54" says, and is read so (its figure then counts an age).
_AGE_WHEN = re.compile(
    r"^(?P<subject>[^,;]{2,80}?)\s+(?:was|were)\s+(?:only\s+|just\s+)?(?P<age>\d{1,3})"
    r"(?:\s+years?\s+old)?\s+when\s+(?:he|she|they)\s+(?P<deed>[a-z][^,;]{1,80}?)"
    r"(?P<end>[.!]?)$"
)


def _age_when(text: str) -> str:
    m = _AGE_WHEN.match(text)
    if m is None:
        return text
    return f"{m['subject']} {m['deed']} at the age of {m['age']}{m['end']}"


# "Veeram is something other than a film" denies what "Veeram is not a film" denies.
_OTHER_THAN = re.compile(
    r"\b(is|was|are|were)\s+(?:something|anything)\s+(?:other\s+than|but)\s+", re.IGNORECASE
)


# "Waddell died at 73": a bare number after "died at" is the age, as "died at the age of 73"
# says; not when a word other than a preposition follows ("died at 73 Main Street").
_DIED_AT = re.compile(
    r"\b(died|dies|passed away)\s+at\s+(\d{1,3})(?=\s*(?:$|[.,;]|(?:in|on|of|from|after|"
    r"while|when|during|and)\b))"
)


def _claim_text(text: str) -> str:
    text = _OTHER_THAN.sub(r"\1 not ", _clean(text))
    text = _DIED_AT.sub(r"\1 at the age of \2", text)
    return _age_when(_existential(_DISAMBIGUATOR.sub(r"\1", text)))


class Engine:
    """Stateless; safe to share between threads."""

    def check(self, claim: Claim | str, pages: Sequence[Page]) -> Verdict:
        text = claim.text if isinstance(claim, Claim) else claim
        facts = analyse(_claim_text(text))
        texts = [page_text(page) for page in pages]
        units, rarity = candidate_units(facts.claim, texts)
        vocabulary = frozenset().union(*(t.vocabulary for t in texts)) if texts else frozenset()
        return self._verify(facts, units, vocabulary, given=False, rarity=rarity)

    def check_texts(self, claim: str, texts: Sequence[str], title: str = "") -> Verdict:
        """Evidence handed over by the caller as the sentences that speak to the claim."""
        units = units_from_texts([_clean(t) for t in texts], title)
        vocabulary = frozenset(t.norm for u in units for t in u.tokens) | frozenset(
            key for u in units for key in instance_keys([t.norm for t in u.tokens])
        )
        return self._verify(analyse(_claim_text(claim)), units, vocabulary, given=True)

    def _verify(
        self,
        facts: ClaimFacts,
        units: list[Unit],
        vocabulary: frozenset[str],
        given: bool,
        rarity: dict[int, float] | None = None,
    ) -> Verdict:
        if not units:
            return Verdict(
                Label.NOT_ENOUGH_EVIDENCE,
                calibrated(Label.NOT_ENOUGH_EVIDENCE, "NE001", 1.0, given),
                "no article text to check against",
                rule="NE001",
            )
        vocabulary |= frozenset(
            t.norm for title in {u.title for u in units} for t in title_tokens(title)
        )
        matcher = Matcher(facts.claim, units, rarity)
        top = matcher.best(
            len(units) if given else CANDIDATES if rarity is None else CANDIDATES_PRESELECTED
        )
        judgements = [
            judge(SentenceContext(facts, s, vocabulary, given, None if given else n))
            for n, s in enumerate(top)
        ]
        judgements += _misspellings(facts, matcher, judgements, vocabulary, given)
        retold_values(judgements)
        complete_values(judgements)
        composite_values(judgements)
        return _decide(facts, judgements, given, single=len(units) == 1)


def _misspellings(
    facts: ClaimFacts,
    matcher: Matcher,
    judged: list[Judgement],
    vocabulary: frozenset[str],
    given: bool,
) -> list[Judgement]:
    """A misspelt name may sit in a sentence that matches little else of the claim: look
    for it across all candidates, but only for names of two words or more (an anchor)."""
    extra: list[Judgement] = []
    already = {id(j.scored.unit) for j in judged}
    for name in facts.names:
        if len(name.words) < 2 or all(w.norm in vocabulary for w in name.words):
            continue
        anchors = {w.norm for w in name.words}
        for unit in matcher.units:
            if id(unit) in already or not anchors & {t.norm for t in unit.tokens}:
                continue
            match = match_name(name, list(unit.tokens), facts.words, vocabulary, facts.names)
            if match.status is not NameStatus.MISSPELT:
                continue
            scored = matcher.score(unit)
            finding = misspelling(
                name, match, MISSPELLING_STRENGTH * min(1.0, scored.coverage + 0.4), facts.text
            )
            if finding is not None:
                j = Judgement(SentenceContext(facts, scored, vocabulary, given))
                j.findings = [finding]
                extra.append(j)
                already.add(id(unit))
                break
    return extra


def _decide(
    facts: ClaimFacts, judgements: list[Judgement], given: bool, single: bool = False
) -> Verdict:
    best_contra = max(judgements, key=lambda j: j.contra, default=None)
    best_support = max(
        (j for j in judgements if not _coarser_than(j, best_contra)),
        key=lambda j: j.support,
        default=None,
    )
    s = best_support.support if best_support else 0.0
    c = best_contra.contra if best_contra else 0.0
    threshold = SUPPORT_WITH_VALUES if facts.values else SUPPORT_WITHOUT_VALUES
    supported = s >= threshold
    margin = PAGE_CONTRADICTION_MARGIN if supported and not given else MARGIN
    ranked = sorted(judgements, key=lambda j: j.scored.rank, reverse=True)
    lead: Judgement | None
    if best_contra is not None and c >= CONTRADICT_MIN and c >= s + margin:
        lead = best_contra
        finding = lead.finding
        assert finding is not None
        label, rule, raw = Label.CONTRADICTED, finding.code, c
        reason = f"{finding.why}: {_quote(lead.scored.unit, around=finding.around)}"
    elif best_support is not None and supported:
        lead = best_support
        label, rule, raw = Label.SUPPORTED, lead.support_code, s
        agreed = [
            v.found
            for v in lead.checks
            if v.status is ValueStatus.CONFIRMED and v.kind is not ValueKind.NAME
        ]
        said = f" agrees on {', '.join(agreed)}" if agreed else " says the same"
        reason = f"{_quote(lead.scored.unit, around=agreed[0] if agreed else '')}{said}"
        if lead.support_reason:
            reason = f"as the claim denies, {lead.support_reason}: {_quote(lead.scored.unit)}"
    else:
        # The closest sentence in wording: how close it came sets the confidence.
        closest = max(
            judgements, key=lambda j: (j.support, j.scored.focused, _agreed(j)), default=None
        )
        # Shown first, as the one a reader checks: a sentence that bore out part of the
        # claim, else the one agreeing on most of its values and names ("In 1899 he ..." for
        # a claim of 1899, not "In 1898 he ..."); among as agreeing ones, the closest.
        lead = max(
            judgements,
            key=lambda j: (j.support, j.partial > 0, _agreed(j), j.scored.focused),
            default=None,
        )
        label, rule = Label.NOT_ENOUGH_EVIDENCE, "NE002" if lead else "NE001"
        # How far the closest sentence stayed from settling it: the further, the surer.
        raw = 1.0 - max(s, c, closest.scored.focused * closest.context.about if closest else 0.0)
        if lead is None:
            reason = "no sentence speaks to the claim"
        else:
            reason = (
                f"no sentence settles it; closest ({lead.scored.focused:.2f}): "
                f"{_quote(lead.scored.unit)}"
            )
    order = ([lead] + [j for j in ranked if j is not lead]) if lead else ranked
    shown = order[:EVIDENCE_SHOWN]
    values = tuple(
        v if v.status is ValueStatus.NOT_FOUND else _at(v, 0) for v in (lead.checks if lead else [])
    )
    return Verdict(
        label,
        calibrated(label, rule, raw, given, _content_words(facts), single),
        reason,
        tuple(_evidence(j.scored) for j in shown),
        values,
        rule=rule,
    )


def _coarser_than(j: Judgement, contra: Judgement | None) -> bool:
    """`j` agrees on a claim's date only as a coarser one ("in 2011" for "on 18 March 2011")
    inside which `contra` gives it otherwise at the claim's own precision ("on 15 March
    2011"): the coarser sentence cannot bear out what the finer one denies."""
    if contra is None or contra is j or not any(f.code in VALUE_FINDINGS for f in contra.findings):
        return False
    theirs = contra.context.readings
    return any(
        mine.check.status is ValueStatus.CONFIRMED
        and mine.factor < 1.0
        and other.check.status is ValueStatus.CONTRADICTED
        and other.tie >= 2
        and other.against is not None
        and mine.agreeing is not None
        and refines(other.against.value, mine.agreeing.value, claimed.value)
        for mine, other, claimed in zip(
            j.context.readings, theirs, j.context.facts.values, strict=True
        )
    )


def _agreed(j: Judgement) -> int:
    return sum(r.check.status is ValueStatus.CONFIRMED for r in j.context.readings)


def _content_words(facts: ClaimFacts) -> int:
    return sum(1 for w in facts.claim.words if w.weight >= 1.0)


def _at(check, index: int):  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(check, evidence_index=index)


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
    title = " ".join(unit.title.split())  # a reason is one line, whatever the title holds
    where = f" in {title}" if title else ""
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
    strings, handed over as what speaks to the claim) or whole article texts keyed by title
    (a mapping), in which the engine finds the sentences that speak to the claim.
    """
    if isinstance(evidence, str):
        raise TypeError("evidence must be a sequence of strings or a mapping, not one string")
    engine = Engine()
    if isinstance(evidence, Mapping):
        pages = [
            Page(title=title, pageid=0, revid=0, timestamp="", url="", text=_clean(text))
            for title, text in evidence.items()
        ]
        return engine.check(claim, pages)
    return engine.check_texts(claim, list(evidence))
