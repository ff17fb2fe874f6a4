"""The parts of a claim that joins two predicates of one subject with "and".

"Casablanca is a city in Egypt and a financial centre in Africa" says two things of
Casablanca; a sentence that settles either part settles that part. A claim is wrong when
one of its parts is, so a part the evidence contradicts contradicts the claim (support still
needs the whole claim said). Only predicates are split: "Ukraine and Georgia asked for a
MAP" joins two subjects, "signed by Bush and Putin" two agents, and neither is cut.
"""

from __future__ import annotations

import re

from factcheck.engine.lexical import inflected_verb
from factcheck.matching import subject_bounds
from factcheck.textnorm import STOPWORDS, tokens

_COPULAS = frozenset({"is", "was", "are", "were"})
_AUXILIARIES = _COPULAS | frozenset({"has", "had", "have", "did", "does", "will", "would"})
_DETERMINERS = frozenset({"a", "an", "the"})
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
# A part this short says too little to be checked on its own.
_MIN_WORDS = 3
_JOIN = re.compile(r",?\s+and\s+")


def conjuncts(text: str) -> list[str]:
    """The claim's parts, each a claim of its own ("S is A and B" -> "S is A.", "S is B.";
    "S did A and did B" -> "S did A.", "S did B."), or [] when it joins no two predicates."""
    body = text.strip().rstrip(".")
    if _depth_breaks(body):
        return []
    toks = tokens(body)
    start, end = subject_bounds(body, toks)
    if end <= start or end >= len(toks):
        return []
    subject = body[toks[start].start : toks[end - 1].end]
    if any(t.norm in _RELATIVES for t in toks[start:end]):
        return []  # "Those who kept ...": the subject's own clause, not a subject
    if not any(
        t.capitalised and (i > start or t.norm not in STOPWORDS)
        for i, t in enumerate(toks[start:end], start)
    ):
        # Only a named subject: "It then expanded into ..." or "The memorandum is ..." cut
        # from the first part says less of what it is than the whole claim.
        return []
    verb = toks[end]
    for m in _JOIN.finditer(body):
        if m.start() <= verb.end:
            continue
        right = body[m.end() :].strip()
        first = right.split()[0] if right.split() else ""
        word = first.lower()
        if not word or first[:1].isupper() or first[:1].isdigit():
            continue  # "... and Georgia", "... and 1995": another name or value, not a deed
        if word in _AUXILIARIES or inflected_verb(word):
            second = f"{subject} {right}"
        elif (
            verb.norm in _COPULAS
            and end + 1 < len(toks)
            and toks[end + 1].norm in _DETERMINERS
            and word not in STOPWORDS - _DETERMINERS
        ):
            # "is a city in Egypt and a financial centre in Africa": the copula carries on
            # (not "is made of copper and steel", one predicate of two nouns).
            second = f"{subject} {verb.text} {right}"
        else:
            continue
        first_part = body[: m.start()].strip()
        parts = [first_part, second]
        if all(len(p.split()) >= _MIN_WORDS for p in parts):
            return [p + "." for p in parts]
    return []


def _depth_breaks(text: str) -> bool:
    """Brackets or quotation marks: a title or an aside may hold an "and" of its own."""
    return any(c in text for c in '()[]"“”')
