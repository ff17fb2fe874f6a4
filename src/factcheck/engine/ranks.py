"""Ranks: "the second-largest city", "the world's tallest tower", "Faulkner's sixth novel".

A rank is an ordinal and the words it ranks by (a superlative, the noun after it); a
superlative with no ordinal ranks first. Two ranks of the same words and the same owner
("the world's", "Faulkner's") exclude each other. Ranks with an ordinal on both sides are
values and are compared with the other figures (values_check); this module settles the
case the figures cannot see: a superlative alone against an ordinal one ("the largest
city" / "the second-largest city").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.engine.lexical import can_be_noun, can_be_verb, close_keys
from factcheck.textnorm import STOPWORDS, fold, stem
from factcheck.values.lexicon import ORDINAL_WORD, ordinal_word_value
from factcheck.wordnet import load as load_wordnet

_RANK = re.compile(
    rf"(?P<owner>\b[Tt]he|\b[\w.]+['’]s)\s+"
    rf"(?:(?P<ord>(?i:{ORDINAL_WORD})|\d{{1,3}}(?:st|nd|rd|th))(?:-|\s+))?"
    r"(?P<sup>(?:most|least)\s+[a-z]+|[a-z]+)"
    r"(?:\s+(?P<noun>[a-z]+))?"
)
# "one of the largest cities": one of many, not a rank.
_AMONG = re.compile(r"(?:\bone\s+of|\bamong)\s*\Z", re.IGNORECASE)
_IRREGULAR = frozenset({"best", "worst"})


@dataclass(frozen=True)
class Rank:
    place: int
    words: tuple[str, ...]  # the superlative and, when one follows, its noun
    owner: str  # "the", or a possessive ("world's")
    text: str
    restriction: str = ""  # see restriction(): "the tallest building to be built in wood"
    # Another noun follows its noun, which then only describes the head ranked: "the
    # largest airport terminal building" ranks buildings, not airports.
    compound: bool = False
    # What it ranks among, when said right after it: "of the Tarn series", "in Europe".
    scope: str = ""


def superlative(word: str) -> bool:
    """A superlative: "best", "most famous", or an "-est" form WordNet reads as one."""
    if word in _IRREGULAR or word.startswith(("most ", "least ")):
        return True
    if not word.endswith("est") or len(word) < 5:
        return False
    net = load_wordnet()
    if net is None:
        return False
    if net.adjective_base(word) not in (None, word):
        return True
    # WordNet lists a few superlatives as adjectives of their own ("greatest"): the form
    # is still one when its stem is an adjective ("great"; "late", "early"; "big" from
    # "biggest"); no noun ("forest"), and a stem of four letters at least where its last
    # letter is not doubled ("modest" is not "mod").
    if net.noun_form(word):
        return False  # "forest", "interest"
    stem_ = word[:-3]
    if len(stem_) >= 2 and stem_[-1] == stem_[-2]:
        candidates = [stem_[:-1]]  # "biggest"
    elif stem_.endswith("i"):
        candidates = [stem_[:-1] + "y"]  # "earliest"
    else:
        candidates = [word[:-2], stem_] if len(stem_) >= 4 else [word[:-2]]  # "latest"
    return any(len(c) >= 3 and net.adjective_base(c) == c for c in candidates)


# An infinitive after a rank, in its clause: "the first film in the series not to be
# directed by ...", "the first woman to win".
_INFINITIVE = re.compile(r"[^,;:.()]*?\b(not\s+)?to\s+(?:be\s+|have\s+)?([a-z]+)")


def restriction(text: str, end: int) -> str:
    """What narrows the rank ending at `end` to the things that did something ("the first
    film to be shot in 3D"): such a rank is not the thing's place among all ("the fourth
    film"); "" when nothing narrows it."""
    found = _INFINITIVE.match(text[end:])
    if found is None or not can_be_verb(found.group(2)):
        return ""
    return f"{found.group(1) or ''}{stem(found.group(2))}"


@lru_cache(maxsize=4096)
def ranks(text: str) -> tuple[Rank, ...]:
    """The ranks a text gives (cached: a claim's are read against every sentence)."""
    out = []
    at = 0
    # Searched from every start, not match after match: "the world's tallest" holds a
    # candidate at "the" (whose next word is no superlative) and the rank at "world's".
    while (m := _RANK.search(text, at)) is not None:
        at = m.start() + 1
        sup = m["sup"]
        if not superlative(sup) or _AMONG.search(text[: m.start()]):
            continue
        place = 1
        if m["ord"]:
            raw = m["ord"].lower()
            found = ordinal_word_value(raw) if raw[0].isalpha() else int(raw[:-2])
            if found is None:
                continue
            place = found
        noun = m["noun"] or ""
        words = (sup, noun) if noun and noun not in STOPWORDS else (sup,)
        nxt = _NEXT_WORD.match(text, m.end())
        compound = (
            len(words) == 2
            and nxt is not None
            and nxt.group(1) not in STOPWORDS
            and can_be_noun(nxt.group(1))
        )
        out.append(
            Rank(
                place,
                words,
                fold(m["owner"]),
                m.group(0),
                restriction(text, m.end()),
                compound,
                _scope(text, m.end()),
            )
        )
    return tuple(out)


_NEXT_WORD = re.compile(r"[ ]([a-z]+)\b")
# After the rank's words ("-grossing film"), a phrase of what it ranks among.
_SCOPE = re.compile(
    r"(?:-\w+)?(?:\s+[a-z][\w-]*){0,2}?"
    r"\s+((?:of|in|among)\s[^,.;:()]{1,40}?)(?=\s+(?:and|but|while|which|who)\b|[,.;:()]|$)"
)


def _scope(text: str, end: int) -> str:
    found = _SCOPE.match(text, end)
    return fold(found.group(1)) if found else ""


def ranked_by_another_head(claim: str, sentence: str) -> bool:
    """The sentence gives the claim's rank ("the largest airport") only to a noun phrase
    with another head ("the largest airport passenger terminal building"): it ranks other
    things, and does not bear the claim out."""
    said = ranks(sentence)
    for mine in ranks(claim):
        if len(mine.words) < 2 or mine.compound:
            continue
        alike = [t for t in said if same_words(mine.words, t.words)]
        if alike and all(t.compound for t in alike):
            return True
    return False


def same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two rankings by the same words: each the same, or WordNet's closest synonyms
    ("largest country" / "largest nation")."""
    if len(a) != len(b):
        return False
    return all(
        x == y or close_keys(x, stem(x)) & close_keys(y, stem(y)) for x, y in zip(a, b, strict=True)
    )


def superlative_conflict(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's rank, the sentence's) when one ranks first by a bare superlative and
    the other places the same thing otherwise by an ordinal, for the same owner."""
    said = ranks(sentence)
    for mine in ranks(claim):
        if any(
            t.place == mine.place and same_words(mine.words, t.words) and t.scope == mine.scope
            for t in said
        ):
            continue  # the sentence gives this rank too: its others rank among other things
        for theirs in said:
            if (mine.place == 1) == (theirs.place == 1) or mine.place == theirs.place:
                continue
            if not same_words(mine.words, theirs.words):
                continue
            if mine.owner != "the" and theirs.owner != mine.owner:
                continue
            if mine.restriction != theirs.restriction:
                continue
            return mine.text, theirs.text
    return None


def restricted_apart(claim: str, sentence: str) -> bool:
    """A rank of the claim is said by the sentence only of the things that did something,
    or the other way round ("the largest film in the series" / "the second-largest film in
    the series to be shot in 3D"): the sentence does not bear the claim's rank out."""
    said = ranks(sentence)
    return any(
        mine.restriction != theirs.restriction and same_words(mine.words, theirs.words)
        for mine in ranks(claim)
        for theirs in said
    )
