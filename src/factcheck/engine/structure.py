"""The shape of a sentence as far as values need it: clauses, and what each value belongs to.

A date or a figure means something only through the words that govern it. "He gave a
lecture in 2015" dates the lecture; "the 2004 Constitution" names a constitution;
"the War of 1812" is a name; "visiting Mexico in 1923" dates the visit, not the novel the
sentence mentions. Claims and evidence are read the same way:

- A sentence is cut into clauses at semicolons, colons, spaced dashes, and ", and",
  ", but", ", which", ", when"...; a parenthesis is a clause of its own. A value belongs
  to its clause only.
- A value *identifies* a noun when it stands right before it ("the 2024 budget", "a 1926
  novel") or after "<noun> of" ("the Revolutions of 1989"), or in parentheses after a name
  ("Taps (1981)"): it is that thing's value, not the date of the clause's event.
- Otherwise the value is *governed* by the nearest verb or event word before it in its
  clause ("was dissolved at a meeting in Prague on 1 July 1991": dissolved, meeting), or,
  when the value opens the clause ("In 1986, O'Neal died"), by the first one after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.engine.lexical import can_be_noun, inflected_verb
from factcheck.matching import AUXILIARIES, VERBS, Value
from factcheck.names import TITLES
from factcheck.textnorm import STOPWORDS, Token, compound_parts
from factcheck.values import DateValue, NumberValue, Precision

# How many content words before a value may govern it.
GOVERNOR_WINDOW = 6

_BREAK = re.compile(
    r"[;:]|\s[–—]\s|\s--\s|,\s+(?:and|but|or|while|whereas|when|which|who|whom|whose|where|"
    r"although|though|as|after|before|since|until|including|with)\b|\bbut\b|\bwhile\b|"
    r"\bwhereas\b"
)
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

# Nouns that name events: a value near them is their date.
EVENT_NOUNS = frozenset(
    """summit conference congress meeting session election elections referendum vote war
    battle invasion attack siege revolution uprising protest protests coup treaty agreement
    accord pact protocol act law budget lecture speech address visit tour concert festival
    premiere release debut launch opening ceremony inauguration coronation wedding marriage
    funeral death birth founding foundation establishment creation formation dissolution
    collapse independence annexation occupation ceasefire truce armistice negotiations talks
    season series episode album single film book novel game match final championship
    tournament cup olympics games award prize trial ruling decision declaration census
    expedition mission operation campaign term tenure reign presidency premiership career
    edition version issue""".split()
)
# Verbs too light to say which event a value dates ("came in 1778" is dated by what came).
_LIGHT = frozenset(
    "came come comes took take takes went go goes got get gets made make makes gave give "
    "gives had has have having is was are were be been being do did does".split()
)
# Verbs and nouns that say which event a value belongs to, whatever their form.
ROLE_WORDS = frozenset(
    """born died birth death founded established created formed released published signed
    elected appointed married divorced opened closed built launched began ended dissolved
    joined left became won lost issued adopted restored inaugurated abolished introduced
    renamed retired resigned graduated premiered aired debuted killed executed captured
    invaded annexed ratified""".split()
)
_ROLE_PREPOSITIONS = frozenset(
    {"for", "since", "from", "until", "till", "by", "before", "after", "between"}
)


# Offices and roles: a date near one dates the holding of it ("mayor from 2002 to 2010").
OFFICES = frozenset(
    """mayor chairman chairwoman chair leader head member director captain coach manager
    ambassador editor premier speaker commander chief secretary governor president minister
    chancellor king queen emperor empress pope bishop archbishop ceo senator representative
    judge justice prime""".split()
)


def verb_like(tok: Token) -> bool:
    """A word that can name an event or a state: a verb, a participle, an event noun, an
    office."""
    if tok.capitalised and tok.norm not in TITLES:
        return False
    norm = tok.norm
    if norm in _LIGHT or norm in AUXILIARIES:
        return False
    return (
        norm in VERBS
        or norm in ROLE_WORDS
        or norm in EVENT_NOUNS
        or tok.stem in EVENT_NOUNS
        or norm in TITLES
        or norm in OFFICES
        or (len(norm) > 4 and norm.endswith(("ed", "ing")))
        or (len(norm) > 5 and norm.endswith(("tion", "sion", "ment")))
        or _irregular_past(norm)
    )


def _irregular_past(norm: str) -> bool:
    """A past form WordNet reads as another verb's, not in -ed or -s ("retook", "fought",
    "overthrew"): the hand list of common verbs cannot hold them all. Not a participle in
    -en or -wn, which mostly qualifies a noun ("written guarantees", "known as")."""
    if len(norm) < 4 or norm.endswith(("s", "ing", "ed", "en", "wn", "ne")):
        return False
    if not norm.isalpha():
        return False
    return inflected_verb(norm) and not can_be_noun(norm)


@dataclass(frozen=True)
class Layout:
    """The clauses of one text: clause number of each character offset."""

    text: str
    cuts: tuple[int, ...]  # starts of the outer clauses (first is 0)
    asides: tuple[tuple[int, int], ...]  # parenthesised spans, each a clause of its own

    def clause(self, pos: int) -> int:
        for n, (start, end) in enumerate(self.asides):
            if start <= pos < end:
                return -1 - n
        k = 0
        for n, cut in enumerate(self.cuts):
            if cut <= pos:
                k = n
        return k

    def tokens_in(self, toks: Sequence[Token], pos: int) -> list[Token]:
        here = self.clause(pos)
        return [t for t in toks if self.clause(t.start) == here]


@lru_cache(maxsize=8192)
def layout(text: str) -> Layout:
    asides = tuple((m.start(), m.end()) for m in _ASIDE.finditer(text))
    blank = list(text)
    for start, end in asides:
        blank[start:end] = " " * (end - start)
    outer = "".join(blank)
    cuts = [0] + [m.end() for m in _BREAK.finditer(outer)]
    return Layout(text, tuple(cuts), asides)


@dataclass(frozen=True)
class Anchor:
    """What a value belongs to in its sentence."""

    identity: tuple[Token, ...]  # the noun it identifies ("budget" of "the 2024 budget")
    governors: tuple[Token, ...]  # verbs or event words that govern it, nearest first
    in_name: bool  # part of a name: "the War of 1812", "Guess Who (2005)"
    role: str  # the preposition before it: "for", "since", "until"...; "at" otherwise
    clause: tuple[Token, ...]  # the words of its clause
    # The governors are the subject of a light verb ("The first contact came in 1778"):
    # all of them date the value alike.
    light_subject: bool = False


def _inside(tok: Token, values: Sequence[Value]) -> bool:
    """The word is (part of) a value; a compound the value opens ("second-largest") keeps
    its other word."""
    return any(
        a <= tok.start < b and (tok.end <= b or not compound_parts(tok))
        for a, b in (v.span for v in values)
    )


def preposition(toks: Sequence[Token], span: tuple[int, int]) -> str:
    """The preposition that gives a value its role: "for 2025–2027" (a period covered),
    "before 1990" (a bound), "since 2021"; "at" for the plain time of an event. "It was not
    until the 16th century that ..." says when something began."""
    before = [t for t in toks if t.end <= span[0]][-3:]
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if tok.norm in _ROLE_PREPOSITIONS:
            if tok.norm in ("until", "till") and k > 0 and before[k - 1].norm == "not":
                return "since"
            return tok.norm
        if tok.norm not in {"the", "early", "mid", "late", "about", "around", "c", "circa"}:
            break
    return "at"


def _opening_participle(tok: Token) -> bool:
    """ "Founded in 1898, the club ...": a participle opening the sentence, capitalised only
    for standing first."""
    return tok.start == 0 and tok.norm.endswith("ed") and inflected_verb(tok.norm)


_DATING = re.compile(r"\s+(?:in|on|during)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$")


def _dated_participle(tok: Token, text: str, start: int) -> bool:
    """ "a play written in 1946", "shown there in 2016": a participle in -en or -wn (which
    verb_like leaves out, as it mostly qualifies a noun: "written guarantees") is a verb
    when a date follows it straight after "in" or "on"."""
    return (
        tok.norm.endswith(("en", "wn"))
        and inflected_verb(tok.norm)
        and _DATING.fullmatch(text[tok.end : start]) is not None
    )


def anchor(text: str, toks: Sequence[Token], values: Sequence[Value], value: Value) -> Anchor:
    start, end = value.span
    shape = layout(text)
    clause = [t for t in shape.tokens_in(toks, start) if not _inside(t, values)]
    before = [t for t in clause if t.end <= start]
    after = [t for t in clause if t.start >= end]
    role = preposition(toks, value.span)
    identity: tuple[Token, ...] = ()
    in_name = False
    gap_after = text[end : end + 2]
    # "<Name> of 1812", "the Revolutions of 1989": the value is part of a name.
    lead = [t for t in before[-3:] if t.norm != "the"]
    if len(lead) >= 2 and lead[-1].norm == "of" and text[lead[-1].end : start].strip() == "":
        if lead[-2].capitalised and lead[-2].norm not in STOPWORDS:  # not "As of 2024"
            in_name = True
            identity = (lead[-2],)
        elif lead[-2].norm not in STOPWORDS and not verb_like(lead[-2]):
            identity = (lead[-2],)  # "the class of 1990"
    # "aged 54", "at age 54": the figure is an age, as in "at the age of 54".
    if (
        not identity
        and isinstance(value, NumberValue)
        and before
        and before[-1].norm in ("age", "aged")
        and text[before[-1].end : start].strip() == ""
    ):
        identity = (before[-1],)
    # "Guess Who (2005)": a value alone in parentheses after a name belongs to the name.
    if (
        shape.clause(start) < 0
        and isinstance(value, DateValue)
        and not value.is_range
        and value.precision >= Precision.YEAR
    ):
        opened = text.rfind("(", 0, start)
        inner = text[opened + 1 : text.find(")", end)] if opened >= 0 else ""
        if inner.strip() == value.text.strip() and opened > 0:
            prior = [t for t in toks if t.end <= opened][-1:]
            if prior and prior[0].capitalised:
                in_name = True
                identity = (prior[0],)
    # "the "100 Greatest Movies of All Time" list": a figure that opens a title.
    if (
        isinstance(value, NumberValue)
        and value.unit is None
        and not value.ordinal
        and after
        and after[0].capitalised
        and text[end : after[0].start].strip() == ""
    ):
        in_name = True
        identity = (after[0],)
    # "the 2004 Constitution of Ukraine", "the 2008 Bucharest Summit": a date right before a
    # name (whose head is not a common noun after it) is part of that name.
    determiner = bool(before) and (
        before[-1].norm in ("the", "a", "an", "its", "his", "her", "their")
        or before[-1].norm.endswith("'s")
    )
    if (
        not identity
        and determiner  # "the 2004 Constitution", not "In 2004 Paramore formed"
        and isinstance(value, DateValue)
        and after
        and after[0].capitalised
        and text[end : after[0].start].strip() == ""
    ):
        run = [after[0]]
        for tok in after[1:]:
            if tok.capitalised and text[run[-1].end : tok.start].strip() == "":
                run.append(tok)
            else:
                break
        nxt = after[len(run)] if len(after) > len(run) else None
        if (
            nxt is None
            or nxt.capitalised
            or text[run[-1].end : nxt.start].strip() != ""
            or (nxt.norm in STOPWORDS or (verb_like(nxt) and nxt.norm not in EVENT_NOUNS))
        ):
            in_name = True
            identity = (run[-1],)
    # "the 2024 budget", "a 1926 political novel", "the 1997 Madrid NATO summit".
    if (
        not identity
        and isinstance(value, DateValue)
        and not value.is_range
        and "," not in gap_after
    ):
        for tok in after[:4]:
            if tok.capitalised:
                continue
            if (
                tok.norm in STOPWORDS
                or tok.norm in AUXILIARIES
                or (verb_like(tok) and not (tok.norm in EVENT_NOUNS or tok.stem in EVENT_NOUNS))
            ):
                break
            if tok.start - end > 40:
                break
            identity = (tok,)
            break

    # What governs it: verbs and event words before it in its clause, nearest first; if none,
    # the first after it ("In 1986, O'Neal died").
    # Names and small words between ("premiered at the Telluride Film Festival in 2016")
    # do not count towards the window.
    def content(tok: Token) -> bool:
        return tok.norm not in STOPWORDS and (
            not tok.capitalised
            or tok.norm in TITLES
            or tok.norm in OFFICES
            # "Founded in 1898, the club ...": a participle opening the sentence.
            or _opening_participle(tok)
        )

    content_before = [t for t in before if content(t)]
    content_after = [t for t in after if content(t)]
    light_subject = False
    governors: list[Token] = []
    for t in reversed(content_before[-GOVERNOR_WINDOW:]):
        if t.norm in _LIGHT and t.norm not in AUXILIARIES and not governors:
            # "founded in 1988, took its present name in 1990": a light verb with its own
            # object ("took its name") is the nearer deed; the verb before it is not.
            objects = [o for o in content_before if t.end <= o.start]
            if objects:
                governors = objects[::-1]
                break
            continue
        if verb_like(t) or _opening_participle(t) or _dated_participle(t, text, start):
            governors.append(t)
    if not governors:
        governors = [t for t in content_after[:GOVERNOR_WINDOW] if verb_like(t)][:1]
    if not governors:
        # "The first direct contact ... came in 1778": a light verb dates its subject.
        light = [t for t in before if t.norm in _LIGHT and t.norm not in AUXILIARIES]
        if light:
            subject = [t for t in content_before if t.end <= light[-1].start]
            governors = list(reversed(subject[-4:]))
            light_subject = True
    if isinstance(value, NumberValue) and value.unit is None and after:
        # "five children": the noun after a figure is what it counts, not an event.
        counted = after[0]
        governors = [g for g in governors if g is not counted]
    return Anchor(identity, tuple(governors[:4]), in_name, role, tuple(clause), light_subject)
