"""Wrong years and figures caught, and true sentences left alone, on the evidence pack's own
articles.

    python benchmarks/pack_check.py

Label-free checks on the articles pinned in claims/essay_claims.snapshot.json (our own
text, about real facts), in page mode (`verify(claim, {title: article})`):

- *mutations*: every clause of 5 to 25 words that holds a year (cut at ";", "but", "while",
  "which"; brackets dropped) is a claim against its whole article, which says it: it must
  not be contradicted. The same clause with its year moved on by 3 is a claim the article
  settles as wrong: it should be contradicted. Prints the share caught and the false alarms.
- *places*: every such clause that puts something "in" or "at" a place WordNet knows, with
  that place swapped for a place another article names and this one never does (one
  drawn with a fixed seed): it should be contradicted.
- *cities* (in `mutation_check.py`): the same for a city only the gazetteer knows (the
  `places` extra; WordNet knows no place of that name), swapped for another such city.
- *bodies*: every such clause that names a body (an alliance, union, council, an acronym)
  after its first word, with that body swapped for one another article names and this one
  never does: it should be contradicted.
- *figures*: every such clause that holds a figure that is no year and no day of a date
  ("650,000", "35"), with the figure doubled and one added: it should be contradicted.
- *days*: every such clause that holds the day of a date ("on 21 March", "March 21"), with
  the day moved by 3 within its month: it should be contradicted.
- For the moved years and days, swapped places and bodies and doubled figures it also
  prints how many were *supported*: a wrong value called right is the error a reader
  trusts most after a false alarm.
- *denials* (in `mutation_check.py`): every sentence that opens on a name and
  "is"/"was" denied with "not" in the article itself, and the sentence as it stood checked
  against it: supported is the worst miss (a denial read as support). *deeds*: the
  same for a sentence opening on a name and a verb in the past, denied with "did not".
- *self-consistency*: every sentence (5 to 40 words) and every clause of it that holds a
  digit and a name, against the article *without* that sentence: the article agrees with
  itself, so a contradiction is a false alarm of the kind a true claim meets when the
  article tells of a like event but not of the claim's.

These are development checks (the rules were looked at against them); the published engine
figures are claim_bench.py's held half.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import gazetteer, wordnet
from factcheck.engine import verify
from factcheck.engine.places import known_place
from factcheck.models import Label
from factcheck.sentences import split_sentences
from factcheck.values.lexicon import MONTH_NAMES

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "claims" / "essay_claims.snapshot.json"
_YEAR = re.compile(r"\b(1[6-9]\d\d|20[0-2]\d)\b")
_CUT = re.compile(r";| but | while | which ")
_BRACKETS = re.compile(r"\([^)]*\)")


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def _clauses(text: str) -> Iterator[str]:
    """The article's clauses of 5 to 25 words that open with a capital, cut at ";", "but",
    "while", "which", brackets dropped, without their full stop: the probes' claims."""
    for sentence in _sentences(text):
        for part in _CUT.split(_BRACKETS.sub("", sentence)):
            part = part.strip().rstrip(".")
            if 5 <= len(part.split()) <= 25 and part[:1].isupper():
                yield part


@dataclass
class Probe:
    """One probe's tally: clauses changed, originals contradicted (false alarms), changes
    caught (contradicted) and upheld (supported, the worse miss), and the lines to show."""

    clauses: int = 0
    alarms: int = 0
    caught: int = 0
    upheld: int = 0
    alarm_lines: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def check(self, title: str, text: str, claim: str, changed: str) -> None:
        """Verify the original clause and its changed copy against the article."""
        self._tally(title, claim, text, changed, text)

    def check_page(self, title: str, text: str, changed_text: str, claim: str) -> None:
        """Verify the claim against the article and against the article changed so that it
        settles the claim as wrong."""
        self._tally(title, claim, text, claim, changed_text)

    def _tally(self, title: str, claim: str, text: str, changed: str, changed_text: str) -> None:
        """The original claim against the original article must not be contradicted; the
        changed claim against the (changed) article should be."""
        self.clauses += 1
        original = verify(claim, {title: text})
        if original.label is Label.CONTRADICTED:
            self.alarms += 1
            self.alarm_lines.append(f"{title}: {claim} -- {original.reason}")
        verdict = verify(changed, {title: changed_text})
        self.caught += verdict.label is Label.CONTRADICTED
        self.upheld += verdict.label is Label.SUPPORTED
        if verdict.label is not Label.CONTRADICTED:
            self.misses.append(f"{title}: {changed} -- {verdict.label.value}: {verdict.reason}")

    def line(self, name: str) -> str:
        n = max(1, self.clauses)
        return (
            f"{name}: {self.clauses} clauses; original contradicted {self.alarms}; changed "
            f"caught {self.caught} ({self.caught / n:.3f}), supported {self.upheld} "
            f"({self.upheld / n:.3f})"
        )


# A change of one value in a clause: (start, end, replacement) in the clause, or None.
Change = Callable[[str], "tuple[int, int, str] | None"]


def _changed(pages: dict[str, str], change: Change) -> Probe:
    """Every clause `change` finds a value in, checked with that value replaced."""
    probe = Probe()
    for title, text in pages.items():
        for part in _clauses(text):
            found = change(part)
            if found is None:
                continue
            start, end, replacement = found
            claim = part + "."
            probe.check(title, text, claim, claim[:start] + replacement + claim[end:])
    return probe


def _year_moved(part: str) -> tuple[int, int, str] | None:
    year = _YEAR.search(part)
    return (year.start(), year.end(), str(int(year.group(1)) + 3)) if year else None


def mutations(pages: dict[str, str]) -> Probe:
    """Every clause with a year, the year moved on by 3."""
    return _changed(pages, _year_moved)


# A figure that is no year: "650,000", "35", "96" (not "1991", "2.5", "15%").
_FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{2,3})(?![\w.,%])")
_MONTH = "(?:" + "|".join(MONTH_NAMES[1:]) + ")"
# The day of a date: "21 March", "March 21", "21–22 February" (its first day).
_DAY = re.compile(rf"\b(\d{{1,2}})(?:–\d{{1,2}})? {_MONTH}\b|\b{_MONTH} (\d{{1,2}})\b")


def _a_day(part: str, figure: re.Match[str]) -> bool:
    return any(m.start() <= figure.start() < m.end() for m in _DAY.finditer(part))


def _figure_doubled(part: str) -> tuple[int, int, str] | None:
    figure = next((f for f in _FIGURE.finditer(part) if not _a_day(part, f)), None)
    if not figure or _YEAR.fullmatch(figure.group(1)):
        return None
    doubled = int(figure.group(1).replace(",", "")) * 2 + 1
    return figure.start(), figure.end(), f"{doubled:,}"


def figure_mutations(pages: dict[str, str]) -> Probe:
    """Every clause with a figure that is no year and no day of a date, the figure doubled
    and one added."""
    return _changed(pages, _figure_doubled)


def _day_moved(part: str) -> tuple[int, int, str] | None:
    found = _DAY.search(part)
    if not found:
        return None
    group = 1 if found.group(1) else 2
    day = int(found.group(group))
    return found.start(group), found.end(group), str(day + 3 if day <= 25 else day - 3)


def day_mutations(pages: dict[str, str]) -> Probe:
    """Every clause with the day of a date, the day moved by 3 within its month (on by 3,
    or back by 3 from the 26th on)."""
    return _changed(pages, _day_moved)


_PLACE = re.compile(r"\b(?:in|at) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b")


def _swaps(
    pages: dict[str, str],
    find: Callable[[str], re.Match[str] | None],
    known: list[str],
    absent: Callable[[str, str], bool],
    needs_year: bool,
) -> Probe:
    """Every clause of 5 to 25 words in which `find` finds a name, with that name swapped
    for one of `known` that is `absent` from the article (drawn with a fixed seed)."""
    chooser = random.Random(1)
    probe = Probe()
    for title, text in pages.items():
        others = [k for k in known if absent(k, text)]
        if not others:
            continue
        for part in _clauses(text):
            found = find(part)
            if found is None or (needs_year and not _YEAR.search(part)):
                continue
            claim = part + "."
            swapped = claim[: found.start(1)] + chooser.choice(others) + claim[found.end(1) :]
            probe.check(title, text, claim, swapped)
    return probe


def _place_swaps(pages: dict[str, str], is_place: Callable[[str], bool]) -> Probe:
    """Every clause that puts something in or at a name `is_place` takes, swapped for
    another such name the article never names."""
    known = sorted(
        {
            m.group(1)
            for text in pages.values()
            for sentence in _sentences(text)
            for m in _PLACE.finditer(sentence)
            if is_place(m.group(1))
        }
    )

    def find(part: str) -> re.Match[str] | None:
        found = _PLACE.search(part)
        return found if found is not None and is_place(found.group(1)) else None

    return _swaps(
        pages, find, known, lambda p, text: p.lower() not in text.lower(), needs_year=False
    )


def place_mutations(pages: dict[str, str]) -> Probe:
    """Every clause that puts something in or at a place WordNet knows, the place swapped."""
    net = wordnet.load()
    if net is None:
        return Probe()
    return _place_swaps(pages, lambda name: net.place(name) is not None)


def city_mutations(pages: dict[str, str]) -> Probe:
    """Every clause that puts something in or at a city only the gazetteer knows (the
    `places` extra; WordNet knows no place of that name), swapped for another such city."""
    net = wordnet.load()
    if net is None or gazetteer.load() is None:
        return Probe()
    return _place_swaps(
        pages, lambda name: net.place(name) is None and known_place(name) is not None
    )


_BODY = re.compile(
    r"\b((?:[A-Z][a-z]+ ){0,3}(?:Pact|Union|Council|Organization|Organisation|Alliance|"
    r"Community|Assembly|Partnership|Federation|Bank|Fund)|[A-Z]{3,5})\b"
)


def body_mutations(pages: dict[str, str]) -> Probe:
    """Every clause with a year
    that names a body after its first word (an alliance, a union, a council, an acronym),
    with that body swapped for one another article names and this one never does."""
    known = sorted(
        {
            m.group(1)
            for text in pages.values()
            for sentence in _sentences(text)
            for m in _BODY.finditer(sentence)
            if m.start() > 0
        }
    )

    def find(part: str) -> re.Match[str] | None:
        return next((m for m in _BODY.finditer(part) if m.start() > 0), None)

    return _swaps(pages, find, known, lambda b, text: b not in text, needs_year=True)


def self_consistency(pages: dict[str, str]) -> tuple[int, list[str]]:
    """(claims checked, the contradictions)."""
    checked = 0
    shown: list[str] = []
    for title, text in pages.items():
        sentences = _sentences(text)
        for i, sentence in enumerate(sentences):
            if not 5 <= len(sentence.split()) <= 40:
                continue
            rest = " ".join(s for j, s in enumerate(sentences) if j != i)
            claims = [sentence]
            for part in re.split(r"[;,]| and | but | while | which ", _BRACKETS.sub("", sentence)):
                part = part.strip()
                if (
                    len(part.split()) >= 5
                    and re.search(r"\d", part)
                    and re.search(r"\b[A-Z][a-z]", part[1:])
                ):
                    claims.append(part[0].upper() + part[1:].rstrip(".") + ".")
            for claim in claims:
                checked += 1
                verdict = verify(claim, {title: rest})
                if verdict.label is Label.CONTRADICTED:
                    shown.append(f"{title}: {claim} -- {verdict.reason}")
    return checked, shown


# A person named after "by": "written by Mike Flanagan", "posted by Jack Dorsey".
_AGENT = re.compile(r"\bby ((?:[A-Z][a-z]+ )(?:[A-Z]\. )?[A-Z][a-z]+)\b")


def agent_mutations(pages: dict[str, str]) -> Probe:
    """Every clause that names someone after "by", with that name swapped for one another
    article names after "by" and whose surname this one never mentions."""
    known = sorted(
        {
            m.group(1)
            for text in pages.values()
            for sentence in _sentences(text)
            for m in _AGENT.finditer(sentence)
        }
    )
    return _swaps(
        pages,
        _AGENT.search,
        known,
        lambda name, text: name.split()[-1] not in text,
        needs_year=False,
    )


# A clause that opens on a name and a copula: "Haines was a pitcher ...".
_NAMED_COPULA = re.compile(
    r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:is|was|are|were) (?!not\b|no\b|never\b)"
)


def _negated(part: str) -> tuple[int, int, str] | None:
    found = _NAMED_COPULA.match(part)
    return (found.end() - 1, found.end() - 1, " not") if found else None


def negations(pages: dict[str, str]) -> Probe:
    """Every clause that opens on a name and "is", "was", "are" or "were", denied with
    "not" after it."""
    return _changed(pages, _negated)


def _denied_in_page(pages: dict[str, str], deny: Callable[[str], str | None]) -> Probe:
    """Every sentence of 5 to 25 words that `deny` denies, denied in the article itself;
    the sentence as it stood (brackets dropped) is the claim, which the changed article
    now settles as wrong."""
    probe = Probe()
    for title, text in pages.items():
        for sentence in _sentences(text):
            if not 5 <= len(sentence.split()) <= 25:
                continue
            denied = deny(sentence)
            if denied is None:
                continue
            claim = " ".join(_BRACKETS.sub("", sentence).split())
            probe.check_page(title, text, text.replace(sentence, denied, 1), claim)
    return probe


def denied_sentences(pages: dict[str, str]) -> Probe:
    """A sentence that opens on a name and "is", "was", "are" or "were", denied with
    "not" after it."""

    def deny(sentence: str) -> str | None:
        found = _NAMED_COPULA.match(sentence)
        if found is None:
            return None
        at = found.end() - 1
        return sentence[:at] + " not" + sentence[at:]

    return _denied_in_page(pages, deny)


_NAMED_DEED = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} ([a-z]+ed) ")


def denied_deeds(pages: dict[str, str]) -> Probe:
    """A sentence that opens on a name and a verb in the past ("Nora Hale refused to
    ..."), denied as "did not" and the verb's base form."""
    net = wordnet.load()
    if net is None:
        return Probe()

    def deny(sentence: str) -> str | None:
        found = _NAMED_DEED.match(sentence)
        bases = sorted(net.verb_bases(found.group(1))) if found is not None else []
        if found is None or not bases:
            return None
        return sentence[: found.start(1)] + "did not " + bases[0] + sentence[found.end(1) :]

    return _denied_in_page(pages, deny)


PROBES: dict[str, Callable[[dict[str, str]], Probe]] = {
    "years": mutations,
    "places": place_mutations,
    "cities": city_mutations,
    "bodies": body_mutations,
    "figures": figure_mutations,
    "days": day_mutations,
    "agents": agent_mutations,
    "negations": negations,
    "denials": denied_sentences,
    "deeds": denied_deeds,
}


def main() -> int:
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    pages = {p["title"]: p["text"] for p in snapshot["pages"]}
    started = time.perf_counter()
    years = mutations(pages)
    places = place_mutations(pages)
    bodies = body_mutations(pages)
    figures = figure_mutations(pages)
    days = day_mutations(pages)
    checked, contradictions = self_consistency(pages)
    print(f"articles: {len(pages)} (claims/essay_claims.snapshot.json)")
    print(
        f"mutations: {years.clauses} clauses with a year; original contradicted {years.alarms} "
        f"({years.alarms / years.clauses:.3f}); year moved by 3 caught {years.caught} "
        f"({years.caught / years.clauses:.3f}), supported {years.upheld} "
        f"({years.upheld / years.clauses:.3f})"
    )
    if places.clauses:
        print(
            f"places: {places.clauses} clauses with a place WordNet knows; original "
            f"contradicted {places.alarms}; place swapped for one the article never names "
            f"caught {places.caught} ({places.caught / places.clauses:.3f}), supported "
            f"{places.upheld}"
        )
    else:
        print("places: skipped (WordNet is not installed)")
    print(
        f"bodies: {bodies.clauses} clauses with a year that name a body; original contradicted "
        f"{bodies.alarms}; body swapped for one the article never names caught "
        f"{bodies.caught} ({bodies.caught / bodies.clauses:.3f}), supported {bodies.upheld}"
    )
    print(
        f"figures: {figures.clauses} clauses with a figure that is no year; original "
        f"contradicted {figures.alarms}; figure doubled (and one added) caught "
        f"{figures.caught} ({figures.caught / figures.clauses:.3f}), supported "
        f"{figures.upheld} ({figures.upheld / figures.clauses:.3f})"
    )
    print(
        f"days: {days.clauses} clauses with the day of a date; original contradicted "
        f"{days.alarms}; day moved by 3 caught {days.caught} ({days.caught / days.clauses:.3f}), "
        f"supported {days.upheld} ({days.upheld / days.clauses:.3f})"
    )
    print(
        f"self-consistency: {checked} sentences and clauses against the rest of their "
        f"article; contradicted {len(contradictions)} ({len(contradictions) / checked:.3f})"
    )
    for line in years.alarm_lines + contradictions:
        print("  - " + " ".join(line.split())[:300])
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
