"""Offices held, read around a person's name: each is a claim about the person.

Four shapes: the office before the name ("Georgian President Mikheil X", "Rep. Mike X",
"Professor John X of the University of Y"), the office then the name in apposition ("its
administrator, Ricaurte X,"), the name then the office ("Volodymyr X, the president
of Ukraine since May 2019,"; "Yevgeny X the newly appointed foreign minister"), and any
role said with "a", "an", "the" or "its" right before the name, both set off by commas
("..., a hospital cook in the town of Y, Ali X, fell ill"; "was a three-year-old girl,
Rahima X,"; "the ship's technical manager, Y Shipping, said"), or right after it ("Pierre
X, a physicist eight years her senior,"): what the person was, even when the role is no
office. A role that says when ("The next year, Ali X, ...") is none. A person's name is two to four
capitalised words, none of them an acronym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.words import (
    AUXILIARIES,
    COORDINATORS,
    DETERMINERS,
    OFFICES,
    PREPOSITIONS,
    RELATIVES,
    is_verb,
    words,
)
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
    r"(?:^|,\s+|\b(?:is|was|are|were|became)\s+)"
    r"((?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;:()“”\"]{2,80}),\s+$"
)
# A role in apposition after the name: "X, a physicist eight years her senior," or "X, one
# of the largest ships in the world.", closed by a comma or the sentence's end.
_ROLE_AFTER = re.compile(r",\s+((?:an?|the|one\s+of\s+the)\s+[^,;:()“”\"]{2,80})")
# After such a role: a comma that does not go on with a list ("X, the Y, and Z"), or the end.
_ROLE_CLOSE = re.compile(r"(?:,(?!\s+(?:and|or)\b)|[.!]?\s*$)")
# Words that make a role a time: "The next day, X, ...".
_TIME_WORDS = frozenset(
    """day days week weeks month months year years decade decades century morning evening
    night afternoon time spring summer autumn winter""".split()
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
            or _role_after(sentence, name)
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
        if not owned and not office.lower().startswith(("the ", "a ", "an ", "one of ")):
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
    if not _is_role(match.group(1)):
        return None
    return match.start(1), name.end, match.group(1)


def _role_after(sentence: str, name: Name) -> tuple[int, int, str] | None:
    """A role in apposition after the name: "Pierre X, a physicist eight years her senior,"."""
    after = sentence[name.end :]
    match = _ROLE_AFTER.match(after)
    if match is None:
        return None
    role = match.group(1).rstrip(" .!")
    ws = words(role)
    # "X, an epidemiologist who ran it": the role ends before its relative clause.
    relative = next((i for i, w in enumerate(ws) if w.low in RELATIVES), None)
    if relative is not None:
        role = role[: ws[relative].start].rstrip()
        if relative < 2:
            return None
    elif not _ROLE_CLOSE.match(after, match.end(1)):
        return None
    if not _is_role(role, when=False):
        return None
    return name.start, name.end + match.start(1) + len(role), role


def _is_role(role: str, when: bool = True) -> bool:
    """A few words with no verb (and, with `when`, no time) in them: "a hospital cook in
    the town of Y"."""
    ws = words(role)
    # In a noun phrase an "-s" word is a plural ("the largest container ships"), no verb.
    verbs = [
        i
        for i in range(len(ws))
        if is_verb(ws, i) and (ws[i].low in AUXILIARIES or not ws[i].low.endswith("s"))
    ]
    return (
        len(ws) <= ROLE_WORDS
        and not verbs
        and not any(w.low in RELATIVES for w in ws)
        and not (when and any(w.low in _TIME_WORDS for w in ws))
    )


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
