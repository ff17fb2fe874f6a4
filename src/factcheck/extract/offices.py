"""Offices held, read around a person's name: each is a claim about the person.

Four shapes: the office before the name ("Georgian President Mikheil X", "Rep. Mike X",
"Professor John X of the University of Y"), the office then the name in apposition ("its
administrator, Ricaurte X,"), the name then the office ("Volodymyr X, the president
of Ukraine since May 2019,"; "Yevgeny X the newly appointed foreign minister"), and any
role said with "a" or "an" right before the name, both set off by commas ("..., a hospital
cook in the town of Y, Ali X, fell ill"; "was a three-year-old girl, Rahima X,"): what
the person was, even when the role is no office. A person's name is two to four
capitalised words, none of them an acronym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.words import COORDINATORS, DETERMINERS, OFFICES, PREPOSITIONS, is_verb, words
from factcheck.names import Name

_POSSESSIVES = ("its", "his", "her", "their")
# Abbreviated offices, written out in a claim's text.
_ABBREVIATED = {
    "rep.": "Representative",
    "sen.": "Senator",
    "gov.": "Governor",
    "gen.": "General",
    "prof.": "Professor",
    "pres.": "President",
}
_OFFICE_WORDS = frozenset(w.rstrip(".") for w in OFFICES) | frozenset(("rep",))
_OFFICE_BEFORE = re.compile(
    r"((?:(?:[A-Z][\w.’'-]*|pro-[A-Z][\w-]*|former|then|newly|acting|elected|appointed)\s+)*"
    r"(?:[Vv]ice[- ])?(?:[Pp]rime\s+)?(?:[Ff]oreign\s+|[Dd]efence\s+|[Dd]efense\s+)?"
    r"(?:[A-Za-z.]+))\s+$"
)
_OFFICE_COMMA = re.compile(
    r"\b((?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,2}"
    r"[\w.-]+),\s+$"
)
# "a hospital cook in the town of Y, " before a name: the role starts the sentence, follows
# a comma or a form of "be", and holds no comma of its own.
_ROLE_BEFORE = re.compile(
    r"(?:^|,\s+|\b(?:is|was|are|were|became)\s+)((?:[Aa]n?)\s+[^,;:()“”\"]{2,80}),\s+$"
)
# At most this many words in such a role.
ROLE_WORDS = 10
_OFFICE_AFTER = re.compile(r",?\s+(the|a|an)\s+([^,;.()]{2,80})")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+")


@dataclass(frozen=True)
class Office:
    start: int  # the words naming person and office, in the sentence
    end: int
    person: str
    office: str  # as a claim says it after "was": "the Georgian President", "its administrator"
    review: str = ""  # "its administrator": whose is for the editor to say


def is_person(name: Name) -> bool:
    return 2 <= len(name.words) <= 4 and not any(w.text.isupper() for w in name.words)


def is_office_word(word: str) -> bool:
    """'president', 'Rep.', 'secretary-general', 'vice-president'."""
    low = word.lower().rstrip(".,")
    return low in _OFFICE_WORDS or any(part in _OFFICE_WORDS for part in low.split("-"))


def find_offices(sentence: str, names: Sequence[Name]) -> list[Office]:
    """The offices the sentence gives its people, in the order of the names."""
    found: list[Office] = []
    for name in names:
        titled = _titled(name)
        if titled is not None:
            found.append(titled)
            continue
        if not is_person(name):
            continue
        match = (
            _before(sentence, name)
            or _before_comma(sentence, name)
            or _after(sentence, name)
            or _role_before(sentence, name)
        )
        if match is None:
            continue
        start, end, office = match
        # "Professor John X of the University of Y": the place belongs to the office.
        person = name.text.split(" of ")[0]
        if person != name.text:
            office = f"{office} {name.text[len(person) + 1 :]}"
        first = office.split()[0]
        office = _ABBREVIATED.get(first.lower(), first) + office[len(first) :]
        first = office.split()[0]
        if first.lower() in (*_POSSESSIVES, "the"):
            office = first.lower() + office[len(first) :]  # "was its administrator"
        owned = first.endswith(("'s", "’s")) or first.lower() in _POSSESSIVES
        if not owned and not office.lower().startswith(("the ", "a ", "an ")):
            office = f"the {office}"
        review = f'"{first.lower()}": name whose' if first.lower() in _POSSESSIVES else ""
        found.append(Office(start, end, person, office, review))
    return found


def _titled(name: Name) -> Office | None:
    """A name read with its office in front ("Mayor Ingrid X"): the name reader knows only
    some offices, so the others arrive as the name's first word."""
    first, _, rest = name.text.partition(" ")
    if not rest or not is_office_word(first) or len(rest.split()) < 2:
        return None
    office = _ABBREVIATED.get(first.lower(), first)
    return Office(name.start, name.end, rest, f"the {office.lower()}")


def _before(sentence: str, name: Name) -> tuple[int, int, str] | None:
    """An office right before the name: 'Georgian President Mikheil X', 'Rep. Mike X'."""
    match = _OFFICE_BEFORE.search(sentence, 0, name.start)
    if match is None:
        return None
    ws = match.group(1).split()
    if not is_office_word(ws[-1]):
        return None
    # The words before the office that qualify it: "Georgian", "pro-Russian".
    lead = len(ws) - 1
    while lead > 0 and (ws[lead - 1][:1].isupper() or ws[lead - 1].startswith("pro-")):
        if ws[lead - 1].lower() in DETERMINERS or ws[lead - 1].lower() in PREPOSITIONS:
            break
        lead -= 1
    office = " ".join(ws[lead:])
    start = match.start(1) + len(" ".join(ws[:lead])) + (1 if lead else 0)
    end = name.end
    place = _OF_PLACE.match(sentence[end:])
    if place:
        office = f"{office} {place.group().strip()}"
        end += len(place.group().rstrip())
    return start, end, office.lower() if office.split()[0].lower() in _OFFICE_WORDS else office


def _before_comma(sentence: str, name: Name) -> tuple[int, int, str] | None:
    """An office, then the name in apposition: 'its administrator, Ricaurte X,'."""
    match = _OFFICE_COMMA.search(sentence, 0, name.start)
    if match is None or not is_office_word(match.group(1).split()[-1]):
        return None
    return match.start(1), name.end, match.group(1)


def _role_before(sentence: str, name: Name) -> tuple[int, int, str] | None:
    """A role with "a" in apposition before the name, closed by a comma after it: "...,
    a hospital cook in the town of Y, Ali X, fell ill"."""
    if not sentence[name.end :].startswith(","):
        return None
    match = _ROLE_BEFORE.search(sentence, 0, name.start)
    if match is None:
        return None
    role = words(match.group(1))
    if len(role) > ROLE_WORDS or any(is_verb(role, i) for i in range(len(role))):
        return None
    return match.start(1), name.end, match.group(1)


def _after(sentence: str, name: Name) -> tuple[int, int, str] | None:
    """An office in apposition: 'X, the president of Ukraine since 2019,', 'X the minister'."""
    match = _OFFICE_AFTER.match(sentence[name.end :])
    if match is None:
        return None
    phrase = match.group(2)
    ws = phrase.split()
    office_at = next((i for i, w in enumerate(ws) if is_office_word(w)), None)
    if office_at is None or office_at > 3:
        return None
    # The apposition ends at the first verb after the office ("... minister overcame").
    cut = len(ws)
    tokens = words(phrase)
    for i in range(len(tokens)):
        if i > office_at and (is_verb(tokens, i) or tokens[i].low in COORDINATORS):
            cut = next(k for k, w in enumerate(ws) if phrase.find(w) >= tokens[i].start)
            break
    office = " ".join([match.group(1), *ws[:cut]])
    end = name.end + match.start(2) + len(" ".join(ws[:cut]))
    return name.start, end, office
