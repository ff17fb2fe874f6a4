"""Names a claim asserts, and whether the evidence spells them the same way.

Rules (documented because they decide verdicts):
- A name is a run of capitalised words (joined by "of", "the", "and", "de", "von", "al",
  "bin"...) or an acronym, except a capitalised function word that only starts the sentence.
- A name is *confirmed* when every one of its words occurs in the evidence (accents and
  case ignored), or when its last word (a family name, the usual way articles refer back)
  occurs and the first word's position holds no different name.
- A word is *misspelt* when it is missing but, next to one of the name's other words in
  the evidence (an anchor), sits a word at least MISSPELLING_SIMILARITY similar that is not
  a transliteration variant ("Talbot" beside "Strobe" where the article has "Talbott").
- A word is *replaced* when it is missing and the anchor's neighbour is a different
  capitalised word ("One of the Boys" where the article has "One of the Girls"), or, for
  an acronym, when the evidence names a different acronym ("NATO" where it has "CSCE").
- Transliteration variants are not errors: c/k, w/v, ph/f, x/ks, and a final -y/-i/-iy/-yy
  are the same letter for this purpose (Victor/Viktor, Zelensky/Zelenskyy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from factcheck.textnorm import STOPWORDS, Token, tokens

# Two spellings this similar (rapidfuzz ratio, 0-100) of a word next to an anchor are
# taken as one name spelt two ways. 80 keeps Kiev/Kyiv (75) apart but joins Talbot/Talbott (92).
MISSPELLING_SIMILARITY = 80.0
# Shorter words are too easily similar by chance ("Bush"/"Push").
MIN_MISSPELLING_LENGTH = 5
# How far from an anchor word the evidence may put the differing word.
ANCHOR_WINDOW = 3

_CONNECTORS = frozenset({"of", "the", "and", "de", "del", "da", "von", "van", "der", "al",
                         "bin", "ibn", "la", "le", "du", "y", "on", "for", "in"})
_LEADING_FUNCTION = STOPWORDS | frozenset(
    {"during", "following", "after", "although", "since", "despite", "under", "today", "later",
     "however", "many", "most", "some", "several", "both", "it", "its", "his", "her", "their",
     "born", "former", "first", "last", "then", "once", "while", "unlike", "like", "along",
     "according", "among", "as", "because", "between", "in", "on", "at", "by", "from", "with"}
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_ROMAN = re.compile(r"^[IVXLC]+$")


class NameStatus(StrEnum):
    CONFIRMED = "confirmed"
    VARIANT = "variant"  # spelt differently, but only by transliteration
    MISSPELT = "misspelt"
    REPLACED = "replaced"
    ABSENT = "absent"


@dataclass(frozen=True)
class Name:
    text: str
    words: tuple[Token, ...]  # the significant words (connectors dropped)
    start: int
    end: int

    @property
    def acronym(self) -> bool:
        return len(self.words) == 1 and _is_acronym(self.words[0].text)


@dataclass(frozen=True)
class NameMatch:
    name: Name
    status: NameStatus
    found: str = ""  # the evidence's word(s), for misspelt/replaced/variant


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not _ROMAN.match(word)


def _is_name_word(tok: Token) -> bool:
    first = tok.text[:1]
    return first.isupper() and tok.norm not in _MONTHS and any(c.isalpha() for c in tok.text)


def extract_names(text: str) -> list[Name]:
    """Capitalised runs and acronyms in `text`, in order."""
    toks = tokens(text)
    names: list[Name] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not _is_name_word(tok):
            i += 1
            continue
        # A capitalised function word that starts a sentence is not a name.
        sentence_start = i == 0 or text[toks[i - 1].end : tok.start].strip().endswith((".", ":", '"'))
        if sentence_start and tok.norm in _LEADING_FUNCTION:
            i += 1
            continue
        run = [tok]
        j = i + 1
        while j < len(toks):
            nxt = toks[j]
            gap = text[toks[j - 1].end : nxt.start]
            if gap.strip() not in ("", "-"):
                break  # punctuation ends a name
            if _is_name_word(nxt):
                run.append(nxt)
                j += 1
            elif (
                nxt.norm in _CONNECTORS
                and j + 1 < len(toks)
                and _is_name_word(toks[j + 1])
                and text[nxt.end : toks[j + 1].start].strip() == ""
            ):
                run.append(nxt)
                j += 1
            else:
                break
        words = tuple(t for t in run if t.norm not in _CONNECTORS)
        if words:
            names.append(Name(text[run[0].start : run[-1].end], words, run[0].start, run[-1].end))
        i = j
    return names


_VARIANT_RULES = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"^ye"), "e"),
    (re.compile(r"(?:iy|yy|ij|ii|y|i)$"), "i"),
)


def variant_key(word: str) -> str:
    """A spelling key under which transliteration variants coincide."""
    key = word.lower()
    for pattern, repl in _VARIANT_RULES:
        key = pattern.sub(repl, key)
    return key


def _similar(a: str, b: str) -> float:
    return float(fuzz.ratio(a, b))


_TITLES = frozenset(
    "president prime minister general sir dr mr mrs ms king queen pope saint st lord lady "
    "emperor tsar czar chancellor secretary senator governor prince princess duke".split()
)


def match_name(name: Name, evidence: list[Token], claim_words: frozenset[str] = frozenset()) -> NameMatch:
    """How `evidence` (the tokens of a sentence or page) treats the claim's name.

    `claim_words` are the folded words of the whole claim: an acronym in the evidence that
    the claim also uses is not a replacement.
    """
    present = {t.norm for t in evidence}
    stems = {t.stem for t in evidence}
    missing = [w for w in name.words if w.norm not in present and w.stem not in stems]
    if not missing:
        return NameMatch(name, NameStatus.CONFIRMED)
    anchors = [w for w in name.words if w not in missing]
    worst = NameStatus.CONFIRMED
    found: list[str] = []
    for word in missing:
        if _is_acronym(word.text):
            status, seen = _other_acronym(word, evidence, claim_words)
        elif anchors:
            status, seen = _beside_anchor(name, word, anchors, evidence)
            if status is NameStatus.ABSENT and word is name.words[0] and len(name.words) > 1:
                # "Bill Clinton" met as plain "Clinton": articles refer back by family name.
                status = NameStatus.CONFIRMED
        else:
            status, seen = _lone(word, evidence)
        if _rank(status) > _rank(worst):
            worst = status
        if seen:
            found.append(seen)
    return NameMatch(name, worst, " / ".join(dict.fromkeys(found)))


def _rank(status: NameStatus) -> int:
    return {
        NameStatus.CONFIRMED: 0,
        NameStatus.VARIANT: 1,
        NameStatus.ABSENT: 2,
        NameStatus.REPLACED: 3,
        NameStatus.MISSPELT: 4,
    }[status]


def _compare_words(word: Token, cand: Token) -> NameStatus | None:
    if variant_key(word.norm) == variant_key(cand.norm):
        return NameStatus.VARIANT
    if (
        min(len(word.norm), len(cand.norm)) >= MIN_MISSPELLING_LENGTH
        and _similar(word.norm, cand.norm) >= MISSPELLING_SIMILARITY
    ):
        return NameStatus.MISSPELT
    return None


def _beside_anchor(
    name: Name, word: Token, anchors: list[Token], evidence: list[Token]
) -> tuple[NameStatus, str]:
    order = {id(w): i for i, w in enumerate(name.words)}
    anchor_norms = {a.norm: order[id(a)] for a in anchors}
    best: tuple[NameStatus, str] = (NameStatus.ABSENT, "")
    for pos, tok in enumerate(evidence):
        if tok.norm not in anchor_norms:
            continue
        # The word that stands where the missing one would, in the name's own order.
        at = pos + order[id(word)] - anchor_norms[tok.norm]
        if 0 <= at < len(evidence):
            cand = evidence[at]
            if _is_name_word(cand) and cand.norm not in _CONNECTORS | _TITLES:
                status = _compare_words(word, cand)
                if status is not None:
                    return status, cand.text
                if at > pos and cand.norm not in anchor_norms:
                    best = (NameStatus.REPLACED, cand.text)
        # Word order differs between languages and styles: look around for a near spelling.
        lo, hi = max(0, pos - ANCHOR_WINDOW), min(len(evidence), pos + ANCHOR_WINDOW + 1)
        for cand in evidence[lo:hi]:
            if cand is tok or not _is_name_word(cand) or cand.norm in _CONNECTORS:
                continue
            status = _compare_words(word, cand)
            if status is not None:
                return status, cand.text
    return best


def _lone(word: Token, evidence: list[Token]) -> tuple[NameStatus, str]:
    """No other word of the name is in the evidence: only a transliteration counts."""
    if len(word.norm) >= 4:
        key = variant_key(word.norm)
        for cand in evidence:
            if _is_name_word(cand) and variant_key(cand.norm) == key:
                return NameStatus.VARIANT, cand.text
    return NameStatus.ABSENT, ""


def _other_acronym(
    word: Token, evidence: list[Token], claim_words: frozenset[str]
) -> tuple[NameStatus, str]:
    for tok in evidence:
        if _is_acronym(tok.text) and tok.norm != word.norm and tok.norm not in claim_words:
            return NameStatus.REPLACED, tok.text
    return NameStatus.ABSENT, ""
