"""Scale: `factcheck run` on thousands of generated claims over generated articles, all cached.

    python benchmarks/scale.py                                   # 2,000 articles; 1k..10k claims
    python benchmarks/scale.py --articles 200 --claims 100,300   # a quick try
    python benchmarks/scale.py --keep /tmp/scale --json /tmp/scale/figures.json

What it does, all from random.Random(--seed) so that a run is reproducible:

1. writes --articles synthetic articles (about 100 sentences each: 2,000 give about 200,000)
   in the plain-text extract format the tool reads: the lead paragraph first, one paragraph
   a line, headings as "== Early life ==" lines. The prose is made up here from invented
   names (built from syllables), dates in the three usual forms, figures and verbs such as
   founded, signed, elected, appointed, joined and opened, so that the value grammar and the
   name matching get real work. No outside text is used;
2. writes the largest --claims count of claims as a claims file in the project's TOML format;
   each cites one or two articles. About 40% restate a sentence of a cited article in other
   words (meant true), 30% change its year, day, month, figure or person (meant false), 30%
   say something about the article's subject that the article does not say. The file holds
   no labels: the intended ones stay in memory for an informal agreement figure;
3. stores every article in a page cache under API (never contacted), and for each size k
   runs, as subprocesses, on a fresh copy of that cache each time (the tool may keep derived
   results in its cache directory, and a later size must not profit from an earlier run):
   - the plain approach: start Python, read the cited pages from the cache, split each once
     with factcheck.sentences.split_sentences, and for each claim score every sentence of its
     pages with rapidfuzz's token_set_ratio, keeping the best (rapidfuzz.process.extractOne;
     this script with --plain);
   - the tool: python -m factcheck run CLAIMS --offline --api API --cache-dir COPY
     --cache-ttl 0 --format json -o OUT, on the first k claims.

Wall time is taken with time.perf_counter around each subprocess; peak memory is the
child's ru_maxrss (os.wait4), or, if it starts processes of its own, the largest sum of
their memory sampled every 50 ms, whichever is larger. Machines are shared and noisy, so
the figure to compare is the ratio tool/plain measured in the same run. Growth is
time(largest)/time(smallest) divided by largest/smallest (1.0 = linear). The targets of
issue 6 apply at 10,000 claims over 2,000 articles: at most 60 s and 1 GiB on 2 cores.
A run that exceeds --timeout seconds (default 900) is stopped, and larger sizes are skipped.
Exit status: 0 when every size ran, 2 when a run failed or timed out (targets only print).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from factcheck.cache import PageCache
from factcheck.claims import load_claims
from factcheck.models import Page
from factcheck.sentences import split_sentences

API = "http://scale.invalid/w/api.php"
WIKI = "http://scale.invalid/wiki/"
TIMESTAMP = "2026-01-01T00:00:00Z"
TARGET_SECONDS = 60.0
TARGET_MIB = 1024.0
TARGET_CLAIMS = 10_000
TARGET_ARTICLES = 2_000
SAMPLE_SECONDS = 0.05
LABELS = ("supported", "contradicted", "not_enough_evidence", "error")

# -- invented words ------------------------------------------------------------------------

_ONSETS = "b d f g h k l m n p r s t v z br dr gr kr pr tr st sk sl sv th ch".split()
_VOWELS = "a e i o u a e i o ai ei au".split()
_INNER_CODAS = ("", "", "", "n", "r", "l")
_FINAL_CODAS = ("", "", "n", "r", "l", "s", "k", "nd", "st", "th")
_MONTHS = (
    "January February March April May June July August September October November December".split()
)
# Words a syllable string could spell that would read as something other than a name.
_RESERVED = {m.lower() for m in _MONTHS} | {"the", "and", "born", "about", "some", "in", "on"}

_SURNAME_ENDINGS = ("", "", "", "in", "ov", "sen", "ard", "ello", "ek")
_PLACE_ENDINGS = ("", "", "a", "ia", "ora", "dal", "vik", "hem", "ton")
_ORG_KINDS = tuple(
    "Institute|Rail Company|Trading Company|Workers' Union|Savings Bank|People's Party|"
    "Historical Society|Chamber Orchestra|Football Club|University|Shipping Line|"
    "Academy of Sciences|Press Agency|Mining Company|Teachers' Association".split("|")
)
_ACCORD_FORMS = tuple(
    "{} Accord|Treaty of {}|{} Convention|{} Charter|{} Protocol|{} Agreement".split("|")
)
_BUILDING_KINDS = tuple(
    "Central Station|Bridge|Public Library|Opera House|Harbour Tower|City Hall|"
    "Museum of Art|Botanical Garden|Stadium|Lighthouse|Market Hall|Observatory|Tunnel".split("|")
)

# -- ordinary words for the prose around the facts ---------------------------------------------

_ADJECTIVES = (
    "ancient busy coastal crowded damp distant dry early eastern elegant fertile formal "
    "gentle grand green harsh heavy hilly humble large late lively long loyal major minor "
    "modest narrow northern old open pale plain popular quiet rapid rare rocky rural sandy "
    "severe sharp shallow short silent slow small southern steady steep strict strong sudden "
    "tall thin urban vast warm western wide wild wooden young bitter brief costly"
).split()
_NOUNS = (
    "harbour market bridge valley river railway festival library monastery quarry mill "
    "garden square cathedral theatre museum archive school hospital factory canal tower "
    "fortress orchard vineyard forest meadow lake island road council assembly court guild "
    "choir newspaper journal brewery mine port station stadium chapel castle fountain "
    "academy workshop shipyard granary tannery"
).split()
_PROFESSIONS = (
    "merchant engineer teacher lawyer physician painter poet farmer sailor clerk architect "
    "historian journalist surveyor banker composer weaver printer"
).split()
_FIELDS = (
    "agriculture finance education transport culture health trade justice labour energy "
    "fisheries forestry"
).split()
_ACTIVITIES = tuple(
    "shipbuilding|weaving|fishing|wine making|the timber trade|salt mining|printing|"
    "tourism|glassmaking|cattle farming|brick making|banking".split("|")
)
_DIRECTIONS = ("north", "south", "east", "west", "north-east", "south-west")
_CENTURIES = ("eighteenth", "nineteenth", "twentieth")
_REGIONS = ("upper", "lower", "central", "coastal", "eastern", "western", "highland")
_CURRENCY = "crowns"
# Deeds one person does at a time: a claim that names someone else for them is false. Many
# are born in a town or sign a treaty, so those verbs get other changes.
_ONE_DOER = ("founded", "elected", "appointed", "opened")

_SECTIONS = {
    "person": (
        "Early life|Education|Career|Political career|Public office|Later years|"
        "Personal life|Legacy|Honours|Writings"
    ).split("|"),
    "place": (
        "History|Geography|Climate|Economy|Demographics|Government|Culture|Transport|"
        "Education|Notable people"
    ).split("|"),
    "org": (
        "History|Founding|Organisation|Activities|Membership|Finances|Leadership|"
        "Controversies|Reception|Archives"
    ).split("|"),
    "accord": (
        "Background|Negotiations|Signing|Provisions|Ratification|Implementation|Disputes|"
        "Legacy|Reception|Later amendments"
    ).split("|"),
}

# -- values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class When:
    year: int
    month: int | None = None  # 1-12
    day: int | None = None  # only with a month

    def phrase(self, us: bool = False) -> str:
        if self.month is None:
            return f"in {self.year}"
        month = _MONTHS[self.month - 1]
        if self.day is None:
            return f"in {month} {self.year}"
        if us:
            return f"on {month} {self.day}, {self.year}"
        return f"on {self.day} {month} {self.year}"


@dataclass(frozen=True)
class Quantity:
    value: int
    approx: str = ""  # "about", "around", "some" or ""
    millions: bool = False  # written "3.4 million"

    def text(self, digits: bool = False) -> str:
        if self.millions and not digits:
            number = f"{self.value / 1_000_000:.1f}".removesuffix(".0") + " million"
        else:
            number = f"{self.value:,}"
        return f"{self.approx} {number}" if self.approx else number


@dataclass(frozen=True)
class Fact:
    """Who did what, when, with what figure; rendered once in an article, again in claims."""

    verb: str
    actor: str
    obj: str = ""  # an entity name, or an office or role
    when: When = When(1900)
    qty: Quantity | None = None
    other: str = ""  # a second person or a place the sentence also names
    by_person: bool = False  # the actor is a person


def the(name: str) -> str:
    """Organisations, treaties and buildings take "the"; people and places do not."""
    return f"the {name}"


def cap(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def an(word: str) -> str:
    """`word` with its indefinite article (our word lists have no "hour" or "union")."""
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


def fact_key(f: Fact) -> tuple[str, ...]:
    """What an article says once: a thing is founded or opened once, a person is born once,
    a figure is given once a year, and the rest once for each doer and object."""
    if f.verb in ("founded", "opened"):
        return (f.verb, f.obj)
    if f.verb == "born":
        return (f.verb, f.actor)
    if f.verb in ("population", "employed"):
        return (f.verb, f.actor, str(f.when.year))
    return (f.verb, f.actor, f.obj)


# -- the corpus --------------------------------------------------------------------------------


@dataclass
class Article:
    title: str
    kind: str  # person, place, org, accord
    text: str
    facts: list[Fact]


@dataclass(frozen=True)
class GenClaim:
    id: str
    text: str
    kind: str
    pages: tuple[str, ...]
    intended: str  # supported, contradicted, not_enough_evidence: kept out of the file


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.taken: set[str] = set()  # every name handed out, so each is unique
        self.people: list[str] = []
        self.places: list[str] = []
        self.orgs: list[str] = []
        self.accords: list[str] = []
        self.buildings: list[str] = []

    # names

    def _word(self, syllables: int, endings: Sequence[str] = ("",)) -> str:
        rng = self.rng
        while True:
            parts = []
            for i in range(syllables):
                coda = rng.choice(_FINAL_CODAS if i == syllables - 1 else _INNER_CODAS)
                parts.append(rng.choice(_ONSETS) + rng.choice(_VOWELS) + coda)
            word = ("".join(parts) + rng.choice(endings)).capitalize()
            if word.lower() not in _RESERVED and len(word) >= 4:
                return word

    def _unique(self, make: Callable[[], str]) -> str:
        while True:
            name = make()
            if name not in self.taken:
                self.taken.add(name)
                return name

    def person(self) -> str:
        rng = self.rng
        return self._unique(
            lambda: f"{self._word(2)} {self._word(rng.choice((2, 2, 3)), _SURNAME_ENDINGS)}"
        )

    def place(self) -> str:
        return self._unique(lambda: self._word(self.rng.choice((2, 2, 3)), _PLACE_ENDINGS))

    def _root(self) -> str:
        # Organisations and buildings are named after a place or a family.
        if self.places and self.rng.random() < 0.7:
            return self.rng.choice(self.places)
        return self._word(2, _SURNAME_ENDINGS)

    def org(self) -> str:
        return self._unique(lambda: f"{self._root()} {self.rng.choice(_ORG_KINDS)}")

    def accord(self) -> str:
        return self._unique(lambda: self.rng.choice(_ACCORD_FORMS).format(self._root()))

    def building(self) -> str:
        return self._unique(lambda: f"{self._root()} {self.rng.choice(_BUILDING_KINDS)}")

    def fill_pools(self, articles: int) -> None:
        self.places = [self.place() for _ in range(max(20, articles))]
        self.people = [self.person() for _ in range(max(40, 2 * articles))]
        self.orgs = [self.org() for _ in range(max(20, articles))]
        self.accords = [self.accord() for _ in range(max(10, articles // 2))]
        self.buildings = [self.building() for _ in range(max(20, articles))]

    # values

    def when(self, low: int = 1850, high: int = 2020, full: float = 0.4) -> When:
        rng = self.rng
        year = rng.randint(low, high)
        roll = rng.random()
        if roll < full:
            return When(year, rng.randint(1, 12), rng.randint(1, 28))
        if roll < full + 0.25:
            return When(year, rng.randint(1, 12))
        return When(year)

    def quantity(self, low: int, high: int, step: int, millions: bool = False) -> Quantity:
        rng = self.rng
        value = rng.randrange(low, high, step)
        approx = rng.choice(("about", "about", "around", "some", "", ""))
        return Quantity(value, approx, millions)

    def population(self) -> Quantity:
        if self.rng.random() < 0.3:
            return self.quantity(200_000, 6_000_000, 100_000, millions=True)
        return self.quantity(1_000, 95_000, 100)

    # facts

    def other_person(self, *avoid: str) -> str:
        while True:
            name = self.rng.choice(self.people)
            if name not in avoid:
                return name

    def role(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"director of {the(rng.choice(self.orgs))}",
                f"ambassador to {rng.choice(self.places)}",
                f"minister of {rng.choice(_FIELDS)}",
                f"governor of {rng.choice(self.places)}",
            )
        )

    def cost(self) -> Quantity | None:
        roll = self.rng.random()
        if roll < 0.4:
            return self.quantity(100_000, 9_000_000, 100_000, millions=True)
        if roll < 0.6:
            return self.quantity(2_000, 95_000, 500)
        return None

    def fact(self, kind: str, subject: str, born_done: bool) -> Fact:
        """One fact about `subject`, an article of `kind`."""
        rng = self.rng
        if kind == "person":
            verbs = ["founded", "signed", "elected", "appointed", "joined", "opened"]
            verb = rng.choice([*verbs, "born"] if not born_done else verbs)
            return self.person_fact(verb, subject)
        someone = self.other_person(subject)
        if kind == "place":
            verb = rng.choice(("population", "population", "joined", "born", "elected", "opened"))
            if verb == "population":
                year = When(rng.randint(1850, 2020))
                return Fact(verb, subject, when=year, qty=self.population())
            if verb == "joined":
                return Fact(verb, subject, rng.choice(self.accords), self.when())
            if verb == "born":
                return Fact(verb, someone, subject, self.when(1820, 1990, 0.6), by_person=True)
            if verb == "elected":
                votes = self.quantity(500, 90_000, 10)
                return Fact(
                    verb, someone, f"mayor of {subject}", self.when(), votes, by_person=True
                )
            building = f"{subject} {rng.choice(_BUILDING_KINDS)}"
            return Fact(verb, someone, building, self.when(), self.cost(), by_person=True)
        if kind == "org":
            verb = rng.choice(("founded", "employed", "joined", "appointed", "elected", "opened"))
            org = the(subject)
            if verb == "founded":
                where = rng.choice(self.places)
                return Fact(verb, someone, subject, self.when(), other=where, by_person=True)
            if verb == "employed":
                year = When(rng.randint(1870, 2020))
                return Fact(verb, org, when=year, qty=self.quantity(50, 60_000, 10))
            if verb == "joined" and rng.random() < 0.5:
                return Fact(verb, org, rng.choice(self.accords), self.when())
            if verb == "joined":
                return Fact(verb, someone, subject, self.when(), by_person=True)
            if verb == "appointed":
                return Fact(verb, someone, f"director of {org}", self.when(), by_person=True)
            if verb == "elected":
                votes = self.quantity(20, 5_000, 1)
                return Fact(verb, someone, f"chair of {org}", self.when(), votes, by_person=True)
            return Fact(verb, org, rng.choice(self.buildings), self.when(), self.cost())
        verb = rng.choice(("signed", "signed", "joined", "appointed", "elected"))
        if verb == "signed":
            when, where = self.when(1850, 2020, 0.8), rng.choice(self.places)
            return Fact(verb, someone, subject, when, other=where, by_person=True)
        if verb == "joined":
            return Fact(verb, rng.choice(self.places), subject, self.when())
        if verb == "appointed":
            role = f"envoy to the {subject} talks"
            return Fact(verb, someone, role, self.when(), by_person=True)
        votes = self.quantity(10, 400, 1)
        office = f"chair of the {subject} council"
        return Fact(verb, someone, office, self.when(), votes, by_person=True)

    def person_fact(self, verb: str, p: str, fresh: bool = False) -> Fact:
        """`p` does something; with `fresh`, to things no article mentions."""
        rng = self.rng
        org = self.org() if fresh else rng.choice(self.orgs)
        place = self.place() if fresh else rng.choice(self.places)
        if verb == "born":
            return Fact(verb, p, place, self.when(1820, 1960, 0.7), by_person=True)
        if verb == "founded":
            return Fact(verb, p, org, self.when(), other=place, by_person=True)
        if verb == "signed":
            accord = self.accord() if fresh else rng.choice(self.accords)
            when = self.when(1850, 2020, 0.8)
            return Fact(verb, p, accord, when, other=place, by_person=True)
        if verb == "elected":
            office = rng.choice((f"mayor of {place}", f"member of the {place} Assembly"))
            votes = self.quantity(500, 900_000, 10)
            return Fact(verb, p, office, self.when(), votes, by_person=True)
        if verb == "appointed":
            role = f"ambassador to {place}" if fresh else self.role()
            boss = self.other_person(p)
            return Fact(verb, p, role, self.when(), other=boss, by_person=True)
        if verb == "joined":
            target = org if fresh or rng.random() < 0.7 else rng.choice(self.accords)
            return Fact(verb, p, target, self.when(), by_person=True)
        building = self.building() if fresh else rng.choice(self.buildings)
        return Fact(verb, p, building, self.when(), self.cost(), by_person=True)

    # sentences

    def article_sentence(self, f: Fact) -> str:
        """`f` as the article says it."""
        rng = self.rng
        w, W = f.when.phrase(), cap(f.when.phrase())
        a, o, n = f.actor, f.obj, f.qty.text() if f.qty else ""
        forms: list[str]
        if f.verb == "born":
            forms = [
                f"{a} was born {w} in {o}.",
                f"{a} was born in {o} {w}, the child of {an(rng.choice(_PROFESSIONS))}.",
            ]
        elif f.verb == "founded":
            forms = [
                f"{W}, {a} founded {the(o)} in {f.other}.",
                f"{cap(the(o))} was founded {w} by {a}, who led it for {rng.randint(3, 30)} years.",
                f"{a} founded {the(o)} {w} with money from {an(rng.choice(_PROFESSIONS))}.",
            ]
        elif f.verb == "signed":
            forms = [
                f"{a} signed {the(o)} {w} in {f.other}.",
                f"{W}, {a} signed {the(o)} on behalf of {f.other}.",
                f"{cap(the(o))} was signed by {a} {w} at a ceremony in {f.other}.",
            ]
        elif f.verb == "elected":
            votes = f" with {n} votes" if n else ""
            forms = [f"{a} was elected {o} {w}{votes}.", f"{W}, {a} was elected {o}{votes}."]
        elif f.verb == "appointed":
            forms = [f"{a} was appointed {o} {w}."]
            if f.other:
                forms.append(f"{W}, {f.other} appointed {a} as {o}.")
        elif f.verb == "joined":
            forms = [f"{cap(a)} joined {the(o)} {w}.", f"{W}, {a} became a member of {the(o)}."]
        elif f.verb == "opened":
            cost = f" at a cost of {n} {_CURRENCY}" if n else ""
            forms = [
                f"{cap(the(o))} was opened by {a} {w}{cost}.",
                f"{cap(a)} opened {the(o)} {w}{cost}.",
            ]
        elif f.verb == "population":
            forms = [
                f"{W}, {a} had a population of {n}.",
                f"The census of {f.when.year} counted {n} residents in {a}.",
            ]
        else:  # employed
            forms = [f"By {f.when.year}, {a} employed {n} people.", f"{W}, {a} had {n} employees."]
        return cap(rng.choice(forms))

    def claim_sentence(self, f: Fact, figure: bool = False) -> tuple[str, str]:
        """`f` in other words than the article's, and the claim's kind; with `figure`, in a
        form that gives its figure (the value a false claim may have changed)."""
        rng = self.rng
        w = f.when.phrase(us=rng.random() < 0.15)
        a, o = f.actor, f.obj
        n = f.qty.text(digits=rng.random() < 0.2) if f.qty else ""
        event = "date" if f.when.day is not None else "event"
        forms: list[tuple[str, str]]  # (sentence, kind)
        with_figure: list[tuple[str, str]] = []
        if f.verb == "born":
            forms = [
                (f"{a} was born in {o} {w}.", "date"),
                (f"{a}, a native of {o}, was born {w}.", "date"),
            ]
        elif f.verb == "founded":
            forms = [
                (f"{cap(the(o))} was established by {a} {w}.", event),
                (f"{a} set up {the(o)} {w}.", event),
                (f"{a} created {the(o)} {w}.", event),
            ]
        elif f.verb == "signed":
            forms = [
                (f"{cap(the(o))} was signed by {a} {w}.", event),
                (f"{a} was one of the signatories of {the(o)} {w}.", event),
            ]
        elif f.verb == "elected":
            forms = [(f"{a} won the election for {o} {w}.", "person")]
            if n:
                with_figure = [(f"{a} won {n} votes when elected {o} {w}.", "figure")]
        elif f.verb == "appointed":
            forms = [
                (f"{a} was named {o} {w}.", "person"),
                (f"{a} was chosen as {o} {w}.", "person"),
            ]
        elif f.verb == "joined":
            forms = [
                (f"{a} was admitted to {the(o)} {w}.", event),
                (f"{a} became a member of {the(o)} {w}.", event),
            ]
        elif f.verb == "opened":
            forms = [(f"{cap(the(o))} opened {w} in a ceremony led by {a}.", event)]
            if n:
                with_figure = [
                    (f"{cap(the(o))}, opened by {a} {w}, cost {n} {_CURRENCY}.", "figure")
                ]
        elif f.verb == "population":
            forms = [
                (f"{a} had {n} inhabitants {w}.", "figure"),
                (f"{n} people lived in {a} {w}.", "figure"),
            ]
        else:
            forms = [
                (f"{a} had a workforce of {n} {w}.", "figure"),
                (f"{n} people worked for {a} {w}.", "figure"),
            ]
        # Population and workforce claims give their figure in every form.
        text, kind = rng.choice(with_figure if figure and with_figure else forms + with_figure)
        return cap(text), kind

    def filler(self, subject: str, kind: str) -> str:
        """A sentence of ordinary prose: no fact a claim is built from, some stray values."""
        rng = self.rng
        adj, adj2 = rng.sample(_ADJECTIVES, 2)
        noun, noun2, noun3 = rng.sample(_NOUNS, 3)
        act, act2 = rng.sample(_ACTIVITIES, 2)
        person = rng.choice(self.people)
        place, place2 = rng.sample(self.places, 2)
        prof = rng.choice(_PROFESSIONS)
        year = rng.randint(1800, 2022)
        decade = rng.randrange(1850, 2020, 10)
        subj = the(subject) if kind in ("org", "accord") else subject
        forms = (
            f"The {adj} {noun} of {place} was a centre of {act} for much of the "
            f"{rng.choice(_CENTURIES)} century.",
            f"Local {plural(prof)} often met near the {noun}, which stood beside the "
            f"{adj} {noun2}.",
            f"Critics described the {noun} as {adj} but {adj2}.",
            f"{person}, {an(prof)} from {place}, later wrote that the period had been {adj} "
            f"and {adj2}.",
            f"Much of the old {noun} was rebuilt after a fire in {year}.",
            f"During the {decade}s, {act} replaced {act2} as the main source of income.",
            f"The {noun} lies about {rng.randint(2, 90)} kilometres {rng.choice(_DIRECTIONS)} "
            f"of {place}.",
            f"Several {adj} {plural(noun)} survive from that period, one of them near the {noun2}.",
            f"{person} described {subj} as {adj} and {adj2} in a letter to "
            f"{rng.choice(self.people)}.",
            f"Visitors come for the {adj} {noun}, the {noun2} and the {adj2} {noun3}.",
            f"Relations with {place} remained {adj} for several decades.",
            f"The {adj} climate of the {rng.choice(_REGIONS)} valleys favours {act}.",
            f"{cap(an(adj))} dispute over the {noun} lasted until {year}.",
            f"The {noun} was designed by the {prof} {person}.",
            f"The {noun} and the {noun2} were linked by {an(adj)} road in the {decade}s.",
            f"{cap(subj)} took part in talks with delegates from {place} and {place2}.",
            f"Records kept in the {noun} describe {act} in {adj} detail.",
            f"Opinion in {place} was divided, and the {adj} press called the plan {adj2}.",
            f"Income from {act} rose by {rng.randint(2, 60)} per cent over the following "
            f"{rng.choice(('decade', 'years', 'century'))}.",
            f"The {adj} {noun} still stands, although its {noun2} was lost in {year}.",
            f"Few {plural(prof)} worked in {place} before the {noun} was built.",
            f"Most of the {noun3} belonged to families from {place2}.",
        )
        return cap(rng.choice(forms))

    def lead(self, subject: str, kind: str) -> str:
        rng = self.rng
        place, place2 = rng.sample(self.places, 2)
        if kind == "person":
            return (
                f"{subject} was {an(rng.choice(_PROFESSIONS))} and public figure from {place}, "
                f"known for work in {rng.choice(_FIELDS)}."
            )
        if kind == "place":
            return (
                f"{subject} is {an(rng.choice(_ADJECTIVES))} town in the "
                f"{rng.choice(_REGIONS)} region of {place}."
            )
        if kind == "org":
            return f"{cap(the(subject))} is an organisation based in {place}."
        return (
            f"{cap(the(subject))} is an agreement between {place} and {place2} on "
            f"{rng.choice(_FIELDS)}."
        )

    def article(self, title: str, kind: str) -> Article:
        rng = self.rng
        facts: list[Fact] = []
        seen: set[tuple[str, ...]] = set()

        def sentence() -> str:
            if rng.random() < 0.4:
                born_done = any(f.verb == "born" and f.actor == title for f in facts)
                for _ in range(5):  # one fact per (verb, actor, object) in an article
                    fact = self.fact(kind, title, born_done)
                    key = fact_key(fact)
                    if key not in seen:
                        seen.add(key)
                        facts.append(fact)
                        return self.article_sentence(fact)
            return self.filler(title, kind)

        lead = [self.lead(title, kind)] + [sentence() for _ in range(rng.randint(2, 4))]
        lines = [" ".join(lead)]
        headings = _SECTIONS[kind]
        chosen = sorted(rng.sample(range(len(headings)), rng.randint(7, 9)))
        for index in chosen:
            lines.append("")
            lines.append(f"== {headings[index]} ==")
            for _ in range(rng.randint(2, 4)):
                lines.append(" ".join(sentence() for _ in range(rng.randint(3, 5))))
        return Article(title, kind, "\n".join(lines) + "\n", facts)

    def articles(self, count: int) -> list[Article]:
        self.fill_pools(count)
        kinds = ["person"] * 35 + ["place"] * 25 + ["org"] * 25 + ["accord"] * 15
        pools = {
            "person": iter(self.people),
            "place": iter(self.places),
            "org": iter(self.orgs),
            "accord": iter(self.accords),
        }
        out = []
        for _ in range(count):
            kind = self.rng.choice(kinds)
            title = next(pools[kind], None)
            if title is None:  # a pool ran dry: a fresh name of that kind
                title = {"person": self.person, "place": self.place, "org": self.org}.get(
                    kind, self.accord
                )()
            out.append(self.article(title, kind))
        return out

    # claims

    def falsify(self, f: Fact, article: Article) -> tuple[Fact, bool]:
        """`f` with one value or the person changed, so that the article contradicts it; and
        whether the value changed is its figure."""
        rng = self.rng
        roll = rng.random()
        if f.qty is not None and roll < 0.35:
            factor = rng.choice((0.4, 0.5, 0.6, 1.5, 1.8, 2.5, 3.0))
            step = 100_000 if f.qty.millions else max(1, 10 ** (len(str(f.qty.value)) - 2))
            value = max(step, round(f.qty.value * factor / step) * step)
            return dataclasses.replace(f, qty=dataclasses.replace(f.qty, value=value)), True
        # Another person in the place of one who is not the article's subject, for a deed
        # only one person does: the article then names who really did it. (A claim about
        # someone the article never mentions would only leave it unsaid.)
        if f.by_person and f.verb in _ONE_DOER and f.actor != article.title and roll < 0.6:
            swapped = self.other_person(f.actor)
            while swapped in article.text:
                swapped = self.other_person(f.actor)
            return dataclasses.replace(f, actor=swapped), False
        when = f.when
        roll = rng.random()
        if when.day is not None and roll < 0.25:
            day = rng.choice([d for d in range(1, 29) if d != when.day])
            return dataclasses.replace(f, when=dataclasses.replace(when, day=day)), False
        if when.month is not None and roll < 0.45:
            month = rng.choice([m for m in range(1, 13) if m != when.month])
            return dataclasses.replace(f, when=dataclasses.replace(when, month=month)), False
        shift = rng.choice([s for s in range(-12, 13) if s])
        return dataclasses.replace(f, when=dataclasses.replace(when, year=when.year + shift)), False

    def unsaid(self, article: Article) -> Fact:
        """A fact about the article's subject, with people and things no article mentions."""
        rng = self.rng
        subject = article.title
        if article.kind == "person":
            verb = rng.choice(("founded", "signed", "elected", "appointed", "joined", "opened"))
            return self.person_fact(verb, subject, fresh=True)
        if article.kind == "place":
            if rng.random() < 0.5:
                return Fact("joined", subject, self.accord(), self.when())
            kinds = [k for k in _BUILDING_KINDS if f"{subject} {k}" not in article.text]
            building = f"{subject} {rng.choice(kinds or _BUILDING_KINDS)}"
            return Fact("opened", self.person(), building, self.when(), by_person=True)
        if article.kind == "org":
            return Fact("opened", the(subject), self.building(), self.when())
        return Fact("joined", self.place(), subject, self.when())

    def claims(self, articles: list[Article], count: int) -> list[GenClaim]:
        rng = self.rng
        used: set[tuple[int, int]] = set()
        out: list[GenClaim] = []
        while len(out) < count:
            index = rng.randrange(len(articles))
            article = articles[index]
            if not article.facts:
                continue
            roll = rng.random()
            figure = False
            if roll < 0.7:
                number = rng.randrange(len(article.facts))
                if (index, number) in used and len(used) < len(articles) * 20:
                    continue
                used.add((index, number))
                fact = article.facts[number]
                intended = "supported"
                if roll >= 0.4:
                    (fact, figure), intended = self.falsify(fact, article), "contradicted"
            else:
                fact, intended = self.unsaid(article), "not_enough_evidence"
            text, kind = self.claim_sentence(fact, figure)
            pages = [article.title]
            if rng.random() < 0.3:
                other = rng.choice(articles).title
                if other != article.title:
                    pages.insert(rng.randrange(2), other)
            out.append(GenClaim(f"c{len(out) + 1:05d}", text, kind, tuple(pages), intended))
        return out


# -- files ------------------------------------------------------------------------------------


def toml_string(value: str) -> str:
    if not value.isascii() or not value.isprintable():
        raise ValueError(f"unexpected character in generated text: {value!r}")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_claims(path: Path, claims: Sequence[GenClaim], seed: int, articles: int) -> None:
    lines = [
        f"# Generated by benchmarks/scale.py (seed {seed}, {articles} articles): invented",
        "# claims about invented articles, for timing only.",
        "",
        "[essay]",
        f"title = {toml_string(f'Scale benchmark, seed {seed}')}",
    ]
    for claim in claims:
        pages = ", ".join(toml_string(p) for p in claim.pages)
        lines += [
            "",
            "[[claim]]",
            f"id = {toml_string(claim.id)}",
            f"text = {toml_string(claim.text)}",
            f"kind = {toml_string(claim.kind)}",
            f"pages = [{pages}]",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def seed_cache(directory: Path, articles: Sequence[Article]) -> None:
    with PageCache(directory, ttl=None) as cache:
        for number, article in enumerate(articles):
            url = WIKI + article.title.replace(" ", "_")
            page = Page(
                article.title, 1000 + number, 500_000 + number, TIMESTAMP, url, article.text, API
            )
            cache.put_page(API, article.title, page)


# -- measuring a subprocess ----------------------------------------------------------------------


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mib: float
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo += [int(child) for child in handle.read().split()]
    return found


def _tree_mib(pid: int) -> float:
    """Memory of `pid` and the processes it started: 0 while it is one process (its
    ru_maxrss says it exactly); otherwise the sum of their proportional set sizes."""
    pids = _descendants(pid)
    if len(pids) < 2:
        return 0.0
    total_kib = 0
    for member in pids:
        with contextlib.suppress(OSError, ValueError), open(f"/proc/{member}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    total_kib += int(line.split()[1])
                    break
    return total_kib / 1024


def _clean_env() -> dict[str, str]:
    # The options given on the command line decide; nothing from the caller's setup.
    return {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}


def measure(command: Sequence[str], cwd: Path, timeout: float) -> Measured:
    """Run `command`; its wall time, peak memory, exit code and output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(
            list(command),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=_clean_env(),
            start_new_session=True,  # its own process group, so a timeout can stop it all
        )
        pidfd = os.pidfd_open(child.pid)
        sampled, timed_out = 0.0, False
        try:
            while not select.select([pidfd], [], [], SAMPLE_SECONDS)[0]:
                sampled = max(sampled, _tree_mib(child.pid))
                if timeout and time.perf_counter() - started > timeout and not timed_out:
                    timed_out = True
                    # Not reaped yet, so the group id is still this child's.
                    os.killpg(child.pid, signal.SIGKILL)
        except BaseException:  # Ctrl-C: leave nothing running behind
            os.killpg(child.pid, signal.SIGKILL)
            os.wait4(child.pid, 0)
            child.returncode = -signal.SIGKILL
            raise
        finally:
            os.close(pidfd)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(
            seconds=seconds,
            peak_mib=max(usage.ru_maxrss / 1024, sampled),  # ru_maxrss is in KiB on Linux
            returncode=child.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            timed_out=timed_out,
        )


# -- the plain approach (runs in its own process) -------------------------------------------------


def plain(claims_path: Path, cache_dir: Path) -> int:
    """Best token_set_ratio of each claim over every sentence of its cited pages."""
    claims = load_claims(claims_path).claims
    sentences: dict[str, list[str]] = {}
    with PageCache(cache_dir, ttl=None) as cache:
        for claim in claims:
            for title in claim.pages:
                if title not in sentences:
                    page = cache.get_page(API, title)
                    text = page.text if page is not None else ""
                    sentences[title] = [s.text for s in split_sentences(text)]
    scored = 0
    total = 0.0
    for claim in claims:
        pool = [s for title in claim.pages for s in sentences[title]]
        scored += len(pool)
        best = process.extractOne(claim.text, pool, scorer=fuzz.token_set_ratio)
        total += best[1] if best is not None else 0.0
    summary = {
        "claims": len(claims),
        "pages": len(sentences),
        "scored": scored,
        "mean_best": round(total / max(1, len(claims)), 2),
    }
    print(json.dumps(summary))
    return 0


# -- the benchmark ---------------------------------------------------------------------------------


@dataclass
class Row:
    claims: int
    seconds: float
    peak_mib: float
    plain_seconds: float
    plain_mib: float
    labels: dict[str, int]

    @property
    def per_second(self) -> float:
        return self.claims / self.seconds

    @property
    def ratio(self) -> float:
        return self.seconds / self.plain_seconds


def failed(what: str, run: Measured) -> str:
    why = "timed out" if run.timed_out else f"exited {run.returncode}"
    return f"{what} {why} after {run.seconds:.1f} s\n{run.stderr.strip()[-4000:]}"


def run_size(
    k: int, claims: Sequence[GenClaim], work: Path, seeded: Path, args: argparse.Namespace
) -> tuple[Row | None, str, dict[str, str]]:
    """Both runs at size k: the row, or None and why it failed; the tool's labels by id."""
    claims_path = work / f"claims-{k}.toml"
    write_claims(claims_path, claims[:k], args.seed, args.articles)
    timeout: float = args.timeout
    plain_cache = work / f"cache-plain-{k}"
    tool_cache = work / f"cache-tool-{k}"
    report_path = work / f"report-{k}.json"
    for copy in (plain_cache, tool_cache):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(seeded, copy)
    base = measure(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--plain",
            str(claims_path),
            str(plain_cache),
        ],
        work,
        timeout,
    )
    shutil.rmtree(plain_cache, ignore_errors=True)
    if base.returncode != 0 or base.timed_out:
        return None, failed("the plain approach", base), {}
    tool = measure(
        [
            sys.executable,
            "-m",
            "factcheck",
            "run",
            str(claims_path),
            "--offline",
            "--api",
            API,
            "--cache-dir",
            str(tool_cache),
            "--cache-ttl",
            "0",
            "--format",
            "json",
            "-o",
            str(report_path),
        ],
        work,
        timeout,
    )
    shutil.rmtree(tool_cache, ignore_errors=True)
    if tool.returncode not in (0, 1) or tool.timed_out:
        return None, failed("factcheck run", tool), {}
    report = json.loads(report_path.read_text(encoding="utf-8"))
    counts = {label: int(report["summary"].get(label, 0)) for label in LABELS}
    verdicts = {r["id"]: r["verdict"] for r in report["results"]}
    if report["summary"].get("total") != k or len(verdicts) != k:
        return None, f"the report of size {k} has {len(verdicts)} results", {}
    row = Row(k, tool.seconds, tool.peak_mib, base.seconds, base.peak_mib, counts)
    return row, "", verdicts


def print_table(rows: Sequence[Row]) -> None:
    if not rows:
        return
    print()
    print(
        f"{'claims':>7} {'seconds':>8} {'claims/s':>9} {'peak MiB':>9} "
        f"{'plain s':>8} {'plain MiB':>9} {'tool/plain':>10}   labels S/C/N/E"
    )
    for r in rows:
        labels = "/".join(str(r.labels[label]) for label in LABELS)
        print(
            f"{r.claims:>7,} {r.seconds:>8.2f} {r.per_second:>9.1f} {r.peak_mib:>9.0f} "
            f"{r.plain_seconds:>8.2f} {r.plain_mib:>9.0f} {r.ratio:>10.2f}   {labels}"
        )


def growth(rows: Sequence[Row], seconds: Callable[[Row], float]) -> float | None:
    if len(rows) < 2:
        return None
    first, last = rows[0], rows[-1]
    return (seconds(last) / seconds(first)) / (last.claims / first.claims)


def agreement(claims: Sequence[GenClaim], verdicts: dict[str, str]) -> dict[str, Any]:
    table: dict[str, dict[str, int]] = {}
    agree = 0
    for claim in claims:
        got = verdicts.get(claim.id, "missing")
        table.setdefault(claim.intended, {}).setdefault(got, 0)
        table[claim.intended][got] += 1
        agree += got == claim.intended
    return {"claims": len(claims), "agree": agree, "by_intended": table}


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of counts: {text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("claim counts must be positive")
    return sizes


def benchmark(args: argparse.Namespace) -> int:
    sizes: list[int] = args.claims
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="factcheck-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _benchmark(args, sizes, work.resolve())
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def _benchmark(args: argparse.Namespace, sizes: list[int], work: Path) -> int:
    print(
        f"scale: {args.articles:,} articles, claims {sizes}, seed {args.seed}, "
        f"{os.cpu_count()} CPUs, work dir {work}",
        flush=True,
    )
    started = time.perf_counter()
    generator = Generator(args.seed)
    articles = generator.articles(args.articles)
    claims = generator.claims(articles, sizes[-1])
    generated = time.perf_counter() - started
    started = time.perf_counter()
    seeded = work / "cache-seeded"
    shutil.rmtree(seeded, ignore_errors=True)
    seed_cache(seeded, articles)
    write_claims(work / "claims-all.toml", claims, args.seed, args.articles)
    stored = time.perf_counter() - started
    started = time.perf_counter()
    sentences = sum(len(split_sentences(a.text)) for a in articles)
    counted = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    print(
        f"corpus: {len(articles):,} articles, {sentences:,} sentences (split_sentences), "
        f"{chars / 1e6:.1f} MB of text, {sum(len(a.facts) for a in articles):,} facts; "
        f"generated in {generated:.1f} s, cached in {stored:.1f} s, split in {counted:.1f} s",
        flush=True,
    )
    # Warm the file system's cache of the interpreter and the package before timing.
    measure([sys.executable, "-m", "factcheck", "--version"], work, 60)

    rows: list[Row] = []
    problem = ""
    verdicts: dict[str, str] = {}
    for k in sizes:
        row, problem, got = run_size(k, claims, work, seeded, args)
        if row is None:
            print(f"size {k:,}: {problem}", flush=True)
            break
        rows.append(row)
        verdicts = got
        print(
            f"size {k:,}: tool {row.seconds:.2f} s, {row.peak_mib:.0f} MiB; "
            f"plain {row.plain_seconds:.2f} s, {row.plain_mib:.0f} MiB",
            flush=True,
        )

    print_table(rows)
    tool_growth = growth(rows, lambda r: r.seconds)
    plain_growth = growth(rows, lambda r: r.plain_seconds)
    if tool_growth is not None and plain_growth is not None:
        print(
            f"\ngrowth from {rows[0].claims:,} to {rows[-1].claims:,} claims "
            f"(time ratio / size ratio, 1.0 = linear): tool {tool_growth:.2f}, "
            f"plain {plain_growth:.2f}"
        )
    targets: dict[str, Any] = {}
    if rows:
        last = rows[-1]
        full = last.claims == TARGET_CLAIMS and args.articles == TARGET_ARTICLES
        targets = {
            "assessed": full,
            "seconds_ok": last.seconds <= TARGET_SECONDS,
            "memory_ok": last.peak_mib <= TARGET_MIB,
        }
        where = "" if full else " (the targets are set for 10,000 claims over 2,000 articles)"
        print(
            f"targets at {last.claims:,} claims{where}: "
            f"time {last.seconds:.1f} s <= {TARGET_SECONDS:.0f} s: "
            f"{'yes' if targets['seconds_ok'] else 'NO'}; "
            f"peak {last.peak_mib:.0f} MiB <= {TARGET_MIB:.0f} MiB: "
            f"{'yes' if targets['memory_ok'] else 'NO'}"
        )
    informal: dict[str, Any] = {}
    if rows:
        informal = agreement(claims[: rows[-1].claims], verdicts)
        share = informal["agree"] / max(1, informal["claims"])
        print(
            f"\ninformal: on generated data, the tool's label matched the label the generator "
            f"meant for {informal['agree']:,} of {informal['claims']:,} claims ({share:.0%}); "
            "not an accuracy figure"
        )
        for intended, got in informal["by_intended"].items():
            shown = ", ".join(f"{label} {count}" for label, count in sorted(got.items()))
            print(f"  meant {intended}: {shown}")
    if args.json:
        figures = {
            "articles": args.articles,
            "seed": args.seed,
            "cpus": os.cpu_count(),
            "sentences": sentences,
            "generate_seconds": round(generated, 3),
            "cache_seconds": round(stored, 3),
            "split_seconds": round(counted, 3),
            "rows": [
                dataclasses.asdict(r) | {"per_second": r.per_second, "ratio": r.ratio} for r in rows
            ],
            "growth": {"tool": tool_growth, "plain": plain_growth},
            "targets": targets,
            "informal_agreement": informal,
            "problem": problem,
        }
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if not problem else 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=TARGET_ARTICLES, help="articles to make")
    parser.add_argument(
        "--claims",
        type=parse_sizes,
        default=[1_000, 2_000, 5_000, TARGET_CLAIMS],
        help="comma-separated claim counts; smaller ones are prefixes of the largest",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="write the files here and keep them")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument(
        "--timeout",
        type=float,
        default=900.0,
        help="stop a run after this many seconds (0: never) [default: 900]",
    )
    parser.add_argument(
        "--plain", nargs=2, metavar=("CLAIMS", "CACHE"), help=argparse.SUPPRESS
    )  # the baseline's own process
    args = parser.parse_args(argv)
    if args.plain:
        return plain(Path(args.plain[0]), Path(args.plain[1]))
    if args.articles < 2:
        parser.error("--articles must be at least 2")
    return benchmark(args)


if __name__ == "__main__":
    sys.exit(main())
