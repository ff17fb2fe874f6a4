"""Find the sentences that speak to a claim.

A sentence is scored by how much of the claim's *content* it covers: the claim's words
other than stop words and other than its own dates and numbers, which are masked on both
sides so that a sentence about the same event with a different year ranks as high as one
with the same year (that sentence is exactly the one a fact-check needs). Words count
through light stems, a small paraphrase lexicon and, for long words, fuzzy spelling, so a
misspelt name still finds its sentence. Words of the article's title count at a discount
when the sentence itself does not repeat them ("He was appointed..." in a biography).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from factcheck.lexicon import concept
from factcheck.models import Page
from factcheck.sentences import split_sentences
from factcheck.textnorm import STOPWORDS, Token, tokens
from factcheck.values import DateValue, NumberValue, extract_values

Value = DateValue | NumberValue

# Credit for a claim word found only in the article's title, not in the sentence.
TITLE_CREDIT = 0.6
# Credit for a long claim word found only as a near spelling (rapidfuzz ratio >= FUZZY_MIN).
FUZZY_CREDIT = 0.8
FUZZY_MIN = 85.0
FUZZY_MIN_LENGTH = 5
# Weights of claim words by kind.
NAME_WEIGHT = 1.5
LIGHT_WEIGHT = 0.35
_LIGHT = frozenset(
    {"be", "been", "was", "were", "is", "are", "become", "became", "have", "has", "had", "do",
     "did", "make", "made", "get", "got", "use", "used", "take", "took", "year", "time", "also",
     "new", "newly", "first", "later", "well", "known", "called", "many", "part", "several",
     "would", "will", "could", "may", "might", "since", "still", "however", "although"}
)


@dataclass(frozen=True)
class Unit:
    """One candidate evidence sentence with everything the checks need."""

    text: str
    title: str
    section: str
    index: int
    page: Page | None
    tokens: tuple[Token, ...]
    values: tuple[Value, ...]
    concepts: frozenset[str]
    previous: str = ""  # the sentence before it in the page (for reading "he", "it")


@dataclass(frozen=True)
class ClaimWord:
    token: Token
    key: str  # concept key
    weight: float
    is_name: bool


@dataclass(frozen=True)
class ClaimText:
    text: str
    tokens: tuple[Token, ...]
    values: tuple[Value, ...]
    words: tuple[ClaimWord, ...]  # content words, values masked

    @property
    def total_weight(self) -> float:
        return sum(w.weight for w in self.words) or 1.0


@dataclass(frozen=True)
class Scored:
    unit: Unit
    coverage: float  # share of the claim's content weight the sentence covers, 0-1
    rank: float  # coverage weighted by how rare each word is among the candidates
    covered: frozenset[str] = field(default_factory=frozenset)
    missing: tuple[ClaimWord, ...] = ()


def _masked(toks: Sequence[Token], values: Sequence[Value]) -> list[Token]:
    spans = [v.span for v in values]
    return [t for t in toks if not any(s <= t.start < e for s, e in spans)]


def analyse_claim(text: str) -> ClaimText:
    toks = tokens(text)
    values = tuple(extract_values(text))
    words: list[ClaimWord] = []
    seen: set[str] = set()
    for i, tok in enumerate(_masked(toks, values)):
        if tok.norm in STOPWORDS or tok.norm.isdigit() or len(tok.norm) < 2:
            continue
        key = concept(tok.stem)
        if key in seen:
            continue
        seen.add(key)
        is_name = tok.capitalised and (i > 0 or tok.text.isupper())
        weight = NAME_WEIGHT if is_name else LIGHT_WEIGHT if tok.norm in _LIGHT else 1.0
        words.append(ClaimWord(tok, key, weight, is_name))
    return ClaimText(text, tuple(toks), values, tuple(words))


def _concepts(toks: Iterable[Token]) -> frozenset[str]:
    return frozenset(concept(t.stem) for t in toks)


def units_from_pages(pages: Sequence[Page]) -> list[Unit]:
    units: list[Unit] = []
    for page in pages:
        previous = ""
        for sentence in split_sentences(page.text):
            units.append(_unit(sentence.text, page.title, sentence.section, sentence.index, page,
                               previous))
            previous = sentence.text
    return units


def units_from_texts(texts: Sequence[str], title: str = "") -> list[Unit]:
    """Evidence handed over as sentences or passages (the Python API, the benchmarks)."""
    units: list[Unit] = []
    for text in texts:
        pieces = split_sentences(text) or []
        previous = ""
        for sentence in pieces:
            units.append(_unit(sentence.text, title, sentence.section, len(units), None, previous))
            previous = sentence.text
    return units


def _unit(text: str, title: str, section: str, index: int, page: Page | None,
          previous: str) -> Unit:
    toks = tokens(text)
    values = tuple(extract_values(text))
    return Unit(text, title, section, index, page, tuple(toks), values,
                _concepts(_masked(toks, values)), previous)


class Matcher:
    """Scores candidate sentences against one claim."""

    def __init__(self, claim: ClaimText, units: Sequence[Unit]) -> None:
        self.claim = claim
        self.units = list(units)
        self._title_concepts: dict[str, frozenset[str]] = {}
        for unit in self.units:
            if unit.title and unit.title not in self._title_concepts:
                self._title_concepts[unit.title] = _concepts(tokens(unit.title))
        self._idf = self._rarity()

    def _rarity(self) -> dict[str, float]:
        """Per claim word, a factor in [0.5, 1]: words in most candidates tell little apart."""
        n = len(self.units)
        if n < 8:
            return {w.key: 1.0 for w in self.claim.words}
        factors: dict[str, float] = {}
        for word in self.claim.words:
            df = sum(1 for u in self.units if word.key in u.concepts)
            factors[word.key] = 0.5 + 0.5 * min(1.0, math.log((n + 1) / (df + 1)) / math.log(n + 1))
        return factors

    def score(self, unit: Unit) -> Scored:
        total = self.claim.total_weight
        got = 0.0
        ranked = 0.0
        ranked_total = 0.0
        covered: set[str] = set()
        missing: list[ClaimWord] = []
        title_concepts = self._title_concepts.get(unit.title, frozenset())
        fuzzy_pool: list[str] | None = None
        for word in self.claim.words:
            credit = 0.0
            if word.key in unit.concepts:
                credit = 1.0
            elif len(word.token.norm) >= FUZZY_MIN_LENGTH:
                if fuzzy_pool is None:
                    fuzzy_pool = [t.norm for t in unit.tokens if len(t.norm) >= FUZZY_MIN_LENGTH - 1]
                best = process.extractOne(word.token.norm, fuzzy_pool, scorer=fuzz.ratio,
                                          score_cutoff=FUZZY_MIN) if fuzzy_pool else None
                if best is not None:
                    credit = FUZZY_CREDIT
            if credit < TITLE_CREDIT and word.key in title_concepts:
                credit = TITLE_CREDIT
            if credit > 0:
                covered.add(word.key)
            else:
                missing.append(word)
            got += word.weight * credit
            rarity = self._idf.get(word.key, 1.0)
            ranked += word.weight * rarity * credit
            ranked_total += word.weight * rarity
        coverage = got / total
        rank = ranked / (ranked_total or 1.0)
        return Scored(unit, coverage, rank, frozenset(covered), tuple(missing))

    def best(self, k: int) -> list[Scored]:
        scored = [self.score(u) for u in self.units]
        scored.sort(key=lambda s: (s.rank, s.coverage, -s.unit.index), reverse=True)
        return scored[:k]
