"""WordNet as the engine's lexical resource: synonyms, derived forms, narrower words, opposites.

WordNet 3.0 comes from Debian's `wordnet-base` package (`/usr/share/wordnet`, or the folder
named by FACTCHECK_WORDNET) and is read with nltk's WordNet reader. Neither is needed for
the tool to run: without them the engine falls back to its small hand lexicon
(`factcheck.lexicon`), the CLI says once how to add WordNet, and reports and stored verdicts
name the lexicon they were made with.

Why not a package from the index: the maintained reader `wn` downloads its data at run time
(GitHub, unreachable from CI machines and from many newsrooms), and the one index package
that bundles WordNet 3.0 (`wn` 0.0.23) has not been maintained since 2019.

Loading costs well under a second (each index entry is parsed on first use), so it happens
once, in the background while pages are fetched, and never on a warm run whose verdicts are
stored.
"""

from __future__ import annotations

import io
import os
import re
import threading
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck import gazetteer
from factcheck.gazetteer import near
from factcheck.textnorm import fold

DEFAULT_DIRS = (Path("/usr/share/wordnet"),)
DEBIAN_PACKAGES = ("wordnet-base",)
INSTALL_HINT = (
    "WordNet is not installed, so the engine knows fewer paraphrases and opposites; "
    "add it with `factcheck wordnet install` (Debian's wordnet-base package), "
    "or point FACTCHECK_WORDNET at a WordNet 3.0 dict folder"
)
HAND_ONLY = "hand lexicon"
# Senses per part of speech whose synonyms count as the same word: WordNet lists a word's
# senses most frequent first, and its rare senses ("dissolve" a scene in a film) mostly
# make false friends.
SYNONYM_SENSES = 3
# ... and a rarer sense whose word was tagged this often in WordNet's sense-tagged corpus.
COMMON_SENSE_COUNT = 2
# Levels of narrower words (hyponyms) under a noun: "warship" is met by "frigate".
NARROWER_DEPTH = 2
# nltk's reader needs the lexicographer file table, which Debian's package leaves out. It is
# fixed by WordNet's format (wndb(5WN)): number, file name, part of speech.
_LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
    "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
_POS_NUMBER = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
# What a country adjective's noun is a kind of.
_PLACES_OF_PEOPLE = frozenset({"country", "state", "nation", "region", "continent", "ethnic_group"})
# What a place name's synset is an instance of, somewhere above.
# "a former kingdom in ...", "a historical area and former kingdom", "an ancient city".
_OF_THE_PAST = re.compile(r"(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:former|historical|ancient)\b")
_CONTINENTS = frozenset(
    f"{c}.n.01"
    for c in "europe asia africa north_america south_america australia antarctica".split()
)
_EURASIA = "eurasia.n.01"
_SETTLEMENTS = frozenset({"city.n.01", "town.n.01", "municipality.n.01"})
_COUNTRY = "country.n.02"
_PLACE_SYNSETS = frozenset(
    {
        "location.n.01",
        "region.n.03",
        "geographical_area.n.01",
        "country.n.02",
        "state.n.01",
        "continent.n.01",
        "landmass.n.01",
    }
)
# Broad kinds of thing, by a synset their nouns fall under (first match wins).
_BROAD_KINDS = (
    ("person.n.01", "person"),
    ("organization.n.01", "organisation"),
    ("location.n.01", "place"),
)
_NEEDED = ("index.noun", "index.verb", "index.adj", "index.adv", "data.noun", "data.verb")


def wordnet_dir() -> Path | None:
    """The WordNet dict folder to use, or None when there is none."""
    configured = os.environ.get("FACTCHECK_WORDNET")
    candidates = [Path(configured)] if configured else list(DEFAULT_DIRS)
    for folder in candidates:
        if all((folder / name).is_file() for name in _NEEDED):
            return folder
    return None


@lru_cache(maxsize=1)
def _nltk_present() -> bool:
    import importlib.util

    return importlib.util.find_spec("nltk") is not None


def lexicon_name() -> str:
    """Which lexicon verdicts are made with, without loading it: for reports and cache keys."""
    folder = wordnet_dir()
    if folder is None or not _nltk_present():
        return HAND_ONLY
    # The gazetteer places cities only through WordNet's countries: named with it alone.
    cities = gazetteer.describe()
    return f"WordNet 3.0 ({folder}) + {cities + ' + ' if cities else ''}{HAND_ONLY}"


@dataclass(frozen=True)
class Entry:
    """What WordNet says of one word, worked out in one pass over its senses."""

    same: frozenset[str]  # synonyms of its common senses, derived and related forms
    closest: frozenset[str]  # synonyms of its most common sense per part of speech, forms
    narrower: frozenset[str]  # kinds of it (hyponyms of its common noun senses)
    opposites: frozenset[str]  # antonyms, and their derived forms


@dataclass(frozen=True)
class Place:
    own: frozenset[str]  # its synsets
    within: frozenset[str]  # the regions it lies in
    # A state or region of the past ("a former kingdom", "a historical area"): WordNet does
    # not put today's places in it (Prague is not within Bohemia or Czechoslovakia there).
    historical: bool = False
    # Where cities of this name lie, from the gazetteer (factcheck.gazetteer), if it knows any.
    points: frozenset[tuple[float, float]] = frozenset()
    # Known from the gazetteer only: `own` are its cities, `country` their countries, and
    # `beside` the regions of those countries it lies in none of.
    country: frozenset[str] = frozenset()
    beside: frozenset[str] = frozenset()
    # Every place WordNet knows by the name is a city or town (not "Chihuahua", a state too),
    # or every one is a country.
    settlement: bool = False
    nation: bool = False

    def compatible(self, other: Place) -> bool:
        """One lies in the other, or they are the same place, or either is of the past, whose
        bounds WordNet does not tell, or they are cities near each other."""
        # Between two places WordNet knows, its part-holonyms decide, as they always did.
        gazetteer_only = bool(self.country or other.country)
        if gazetteer_only and self.points and other.points and near(self.points, other.points):
            return True  # "Neukölln" / "Berlin": one may hold or border the other
        for one, two in ((self, other), (other, self)):
            if not one.country:
                continue
            if two.own & (one.own | one.within):
                return True  # its country, its continent, or the same city
            if two.own & one.beside:
                return False  # another state of its country
            if two.points and (two.country or two.settlement):
                return False  # another city, and not near
            if two.within & one.country:
                return True  # a region of its own country: its regions are not known
            # Elsewhere only when WordNet puts it on another continent, or it is another
            # country; of a place WordNet tells too little ("Chihuahua" lies in no country
            # there), nothing is known against it.
            mine = one.within & _CONTINENTS
            theirs = (two.own | two.within) & _CONTINENTS
            return not (two.nation or (mine and theirs and not mine & theirs))
        if self.historical or other.historical:
            # ... unless they lie on different continents (Czechoslovakia is not in Japan).
            mine, theirs = self.within & _CONTINENTS, other.within & _CONTINENTS
            return not mine or not theirs or bool(mine & theirs)
        if self.own & (other.own | other.within) or other.own & self.within:
            return True
        # A continent against a place WordNet puts on no continent: it may lie on it, or
        # straddle it (Russia and Moscow are only "in Eurasia", Denmark only "in Jutland"),
        # unless it lies in Eurasia and the continent is no part of it (Russia in Africa).
        # Not a continent that is a country too: Jamaica is not in Australia.
        for one, two in ((self, other), (other, self)):
            if one.own & _CONTINENTS and one.own <= _CONTINENTS and not two.within & _CONTINENTS:
                return not (_EURASIA in two.within and _EURASIA not in one.within)
        return False


class WordNet:
    """The questions the engine asks of WordNet, each answered once per word."""

    def __init__(self, reader: Any) -> None:
        self._wn = reader
        # nltk's lookups are not documented as thread-safe; claims may be checked from
        # several threads of one process.
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str | None], Entry] = {}
        self._broader: dict[str, frozenset[str]] = {}
        self._nationality: dict[str, bool] = {}
        self._nationality_places: dict[str, tuple[Place, ...]] = {}
        self._places: dict[str, Place | None] = {}
        self._kinds: dict[str, str | None] = {}
        self._common: dict[str, bool] = {}
        self._known: dict[str, bool] = {}
        self._verbs: dict[str, bool] = {}
        self._verb_forms: dict[str, bool] = {}
        self._verb_bases: dict[str, frozenset[str]] = {}
        self._proper: dict[str, bool] = {}
        self._noun_forms: dict[str, bool] = {}
        self._glosses: dict[str, frozenset[str]] = {}
        self._one_sense: dict[str, bool] = {}
        self._verb_nouns: dict[str, frozenset[str]] = {}

    def entry(self, word: str, pos: str | None = None) -> Entry:
        """What WordNet says of `word`, in one part of speech ("n", "v", "a", "r") when the
        caller can tell which, else in all."""
        hit = self._entries.get((word, pos))
        if hit is None:
            with self._lock:
                hit = self._entries[(word, pos)] = self._read_entry(word, pos)
        return hit

    def _read_entry(self, word: str, pos: str | None) -> Entry:
        same: set[str] = set()
        closest: set[str] = set()
        opposites: set[str] = set()
        by_pos: dict[str, int] = {}
        nouns = []
        synsets = self._wn.synsets(word, pos)
        if pos == "a":
            synsets += self._wn.synsets(word, "s")  # adjective satellites
        for synset in synsets:
            kind = synset.pos()
            by_pos[kind] = by_pos.get(kind, 0) + 1
            own = [lemma for lemma in synset.lemmas() if fold(lemma.name()) == word]
            # A sense is common when it is among the first few, or tagged often enough in
            # WordNet's sense-tagged corpus ("release" as "publish" is its fourth).
            common = by_pos[kind] <= SYNONYM_SENSES or any(
                lemma.count() >= COMMON_SENSE_COUNT for lemma in own
            )
            if kind == "n" and common:
                nouns.append(synset)
            if kind == "v" and common:
                # "murdered" is a way of "killing": the verb above counts, loosely.
                for above in synset.hypernyms():
                    same.update(lemma.name() for lemma in above.lemmas())
            for lemma in synset.lemmas():
                name = lemma.name()
                if common:
                    same.add(name)
                first = by_pos[kind] == 1
                if first:
                    closest.add(name)
                if first and fold(name) != word:
                    # A synonym's form in another part of speech says it too ("porn":
                    # "pornography": "pornographic").
                    same.update(
                        d.name()
                        for d in lemma.derivationally_related_forms()
                        if d.synset().pos() not in (kind, "s" if kind == "a" else kind)
                        and d.synset().lexname() != "noun.person"
                    )
                if fold(name) != word or not common:
                    continue  # a rare sense's relatives cost time and bring false friends
                derived = lemma.derivationally_related_forms()
                related = [d.name() for d in derived] + [p.name() for p in lemma.pertainyms()]
                same.update(related)
                if first:
                    # A verb's noun and a noun's verb ("invade" / "invasion") say the same
                    # thing; a noun's noun does not ("musician" / "music").
                    closest.update(d.name() for d in derived if d.synset().pos() != kind)
                    closest.update(p.name() for p in lemma.pertainyms())
                for anti in lemma.antonyms():
                    opposites.add(anti.name())
                    opposites.update(d.name() for d in anti.derivationally_related_forms())
        narrower: set[str] = set()
        frontier = nouns
        for _level in range(NARROWER_DEPTH):
            frontier = [h for s in frontier for h in s.hyponyms()]
            for synset in frontier:
                narrower.update(lemma.name() for lemma in synset.lemmas())
        return Entry(
            _single_words(same) - {word},
            _single_words(closest) - {word},
            _single_words(narrower) - {word},
            _single_words(opposites) - {word},
        )

    def same(self, word: str, pos: str | None = None) -> frozenset[str]:
        """Words that say the same: synonyms of its common senses, derived and related
        forms ("invasion" / "invade", "American" / "America")."""
        return self.entry(word, pos).same

    def closest(self, word: str, pos: str | None = None) -> frozenset[str]:
        """Synonyms of its most common sense per part of speech, and its own derived and
        related forms: what stands for the very same thing."""
        return self.entry(word, pos).closest

    def narrower(self, word: str, pos: str | None = None) -> frozenset[str]:
        """Words for kinds of it (hyponyms of its common noun senses), NARROWER_DEPTH deep."""
        return self.entry(word, pos).narrower

    def opposites(self, word: str, pos: str | None = None) -> frozenset[str]:
        """Antonyms of any sense, and their derived forms ("begin" / "end", "ending")."""
        return self.entry(word, pos).opposites

    def broader(self, word: str) -> frozenset[str]:
        """Every word above its common noun senses (hypernyms, to the top)."""
        hit = self._broader.get(word)
        if hit is None:
            out: set[str] = set()
            with self._lock:
                for synset in self._wn.synsets(word, "n")[:SYNONYM_SENSES]:
                    for above in synset.closure(lambda s: s.hypernyms() + s.instance_hypernyms()):
                        out.update(lemma.name() for lemma in above.lemmas())
            hit = self._broader[word] = _single_words(out) - {word}
        return hit

    def is_nationality(self, word: str) -> bool:
        """An adjective of a country or a people ("American", "German", "Chinese")."""
        hit = self._nationality.get(word)
        if hit is None:
            hit = False
            with self._lock:
                for synset in self._wn.synsets(word, "a"):
                    for lemma in synset.lemmas():
                        for noun in lemma.pertainyms():
                            above = noun.synset().closure(
                                lambda s: s.hypernyms() + s.instance_hypernyms()
                            )
                            names = {n.name() for s in above for n in s.lemmas()}
                            if names & _PLACES_OF_PEOPLE:
                                hit = True
            self._nationality[word] = hit
        return hit

    def nationality_places(self, word: str) -> tuple[Place, ...]:
        """The places an adjective of nationality pertains to ("English" -> England)."""
        hit = self._nationality_places.get(word)
        if hit is None:
            nouns: set[str] = set()
            with self._lock:
                for synset in self._wn.synsets(word, "a"):
                    for lemma in synset.lemmas():
                        nouns.update(p.name().replace("_", " ") for p in lemma.pertainyms())
            found = [self.place(noun) for noun in sorted(nouns)]
            hit = self._nationality_places[word] = tuple(p for p in found if p is not None)
        return hit

    def place(self, name: str) -> Place | None:
        """A place WordNet knows by that name ("New Mexico", "Kiev"), with every region it
        puts it in (part holonyms, to the top: New Mexico -> United States, North America...);
        None when it knows no place of that name."""
        key = name.replace(" ", "_")
        if key in self._places:
            return self._places[key]
        own: set[str] = set()
        within: set[str] = set()
        named: list[bool] = []  # of the senses named by this very word: is each of the past?
        towns: list[bool] = []  # of its place senses: is each a city or town?
        nations: list[bool] = []  # ... a country?
        with self._lock:
            for synset in self._wn.synsets(key, "n"):
                if not synset.instance_hypernyms():
                    continue
                kinds = {
                    k.name()
                    for k in synset.closure(lambda s: s.hypernyms() + s.instance_hypernyms())
                }
                if not kinds & _PLACE_SYNSETS:
                    continue
                towns.append(bool(kinds & _SETTLEMENTS))
                nations.append(_COUNTRY in kinds)
                own.add(synset.name())
                within.update(h.name() for h in synset.closure(lambda s: s.part_holonyms()))
                if synset.name().split(".")[0] == key.lower():
                    # "Russia" names the federation as well as the empire: of the past only
                    # when every sense it names itself is.
                    named.append(bool(_OF_THE_PAST.match(synset.definition())))
        historical = bool(named) and all(named)
        found = (
            Place(
                frozenset(own),
                frozenset(within),
                historical,
                settlement=all(towns),
                nation=all(nations),
            )
            if own
            else None
        )
        self._places[key] = found
        return found

    def knows(self, name: str) -> bool:
        """WordNet has the word or name as anything at all: a word, a person, a place."""
        key = name.replace(" ", "_")
        hit = self._known.get(key)
        if hit is None:
            with self._lock:
                hit = self._known[key] = bool(self._wn.synsets(key))
        return hit

    def has_noun(self, word: str) -> bool:
        """A noun of this very form (not through morphology: "retook" has none)."""
        with self._lock:
            return any(
                fold(lemma.name()) == word
                for synset in self._wn.synsets(word, "n")
                for lemma in synset.lemmas()
            )

    def adjective_base(self, word: str) -> str | None:
        """The adjective a form comes from ("largest" -> "large"), None when it is none."""
        with self._lock:
            base: str | None = self._wn.morphy(word, "a")
        return base

    def noun_base(self, word: str) -> str | None:
        """The singular a noun form comes from ("servicemen" -> "serviceman"), None when it is
        no noun form."""
        with self._lock:
            base: str | None = self._wn.morphy(word, "n")
        return base

    def noun_form(self, word: str) -> bool:
        """A form of a noun, through morphology ("cities"), unlike "locally"."""
        hit = self._noun_forms.get(word)
        if hit is None:
            with self._lock:
                hit = self._wn.morphy(word, "n") is not None
            self._noun_forms[word] = hit
        return hit

    def same_name(self, one: str, other: str) -> bool:
        """Two names of one thing in WordNet ("USSR" / "Soviet Union", "Holland" /
        "Netherlands"): a lemma of a sense of the one is the other."""
        key, target = one.replace(" ", "_"), fold(other).replace(" ", "_")
        with self._lock:
            return any(
                fold(lemma.name()) == target
                for synset in self._wn.synsets(key, "n")
                for lemma in synset.lemmas()
            )

    def kind(self, word: str) -> str | None:
        """The broad kind of thing a noun's most common sense names: "person", "place",
        "organisation", or None."""
        if word in self._kinds:
            return self._kinds[word]
        found: str | None = None
        with self._lock:
            for synset in self._wn.synsets(word, "n")[:1]:
                above = {s.name() for s in synset.closure(lambda s: s.hypernyms())}
                found = next((kind for name, kind in _BROAD_KINDS if name in above), None)
        if found is None and word.endswith("tre") and len(word) > 4:
            # WordNet's first sense of a British spelling may be a rarer one than the
            # American's ("centre" a concentration of activity, "center" a place).
            found = self.kind(word[:-3] + "ter")
        self._kinds[word] = found
        return found

    def one_sense(self, word: str) -> bool:
        """The word has one sense in all of WordNet ("playwright", "drummer"), unlike
        "player" or "director": a narrower word that cannot mean something else."""
        hit = self._one_sense.get(word)
        if hit is None:
            with self._lock:
                hit = self._one_sense[word] = len(self._wn.synsets(word)) == 1
        return hit

    def agent_gloss(self, word: str) -> frozenset[str]:
        """The words of a person noun's definition, in its most common sense: what such a
        person does ("drummer": "someone who plays a drum"; "playwright": "someone who
        writes plays"). Empty for other nouns."""
        hit = self._glosses.get(word)
        if hit is None:
            words: frozenset[str] = frozenset()
            if self.kind(word) == "person":
                with self._lock:
                    synsets = self._wn.synsets(word, "n")[:1]
                    text = synsets[0].definition() if synsets else ""
                words = frozenset(re.findall(r"[a-z]+", text.lower()))
            hit = self._glosses[word] = words
        return hit

    def is_common_word(self, word: str) -> bool:
        """A word of the language, not only a name: WordNet has a lower-case lemma for it
        ("thoroughly", "second"), not just proper names ("Borodin", "Talbot")."""
        hit = self._common.get(word)
        if hit is None:
            with self._lock:
                forms = {word} | {self._wn.morphy(word, pos) for pos in ("n", "v", "a", "r")}
                hit = any(
                    lemma.name() in forms
                    for synset in self._wn.synsets(word)
                    for lemma in synset.lemmas()
                )
            self._common[word] = hit
        return hit

    def verb_only(self, word: str) -> bool:
        """A word WordNet knows only as a verb ("speak", "tends"): what ends a subject
        ("People in western Ukraine speak ...")."""
        hit = self._verbs.get(word)
        if hit is None:
            with self._lock:
                kinds = {synset.pos() for synset in self._wn.synsets(word)}
                hit = kinds == {"v"}
            self._verbs[word] = hit
        return hit

    def can_be_verb(self, word: str) -> bool:
        """A word with a verb sense in some form ("declared", "ran"), unlike "summit"."""
        hit = self._verb_forms.get(word)
        if hit is None:
            with self._lock:
                hit = bool(self._wn.synsets(word, "v"))
            self._verb_forms[word] = hit
        return hit

    def is_proper_noun(self, word: str) -> bool:
        """WordNet knows the word as a name, capitalised ("Java", "Talbot")."""
        hit = self._proper.get(word)
        if hit is None:
            with self._lock:
                hit = any(
                    lemma.name().lower() == word and not lemma.name().islower()
                    for synset in self._wn.synsets(word, "n")
                    for lemma in synset.lemmas()
                )
            self._proper[word] = hit
        return hit

    def verb_bases(self, word: str) -> frozenset[str]:
        """The verb a word is a form of ("became" -> "become"), if any."""
        hit = self._verb_bases.get(word)
        if hit is None:
            with self._lock:
                base = self._wn.morphy(word, "v")
            hit = frozenset({base}) if base else frozenset()
            self._verb_bases[word] = hit
        return hit

    def verb_nouns(self, verb: str) -> frozenset[str]:
        """Nouns WordNet derives from the first sense of a verb ("appear" -> "appearance",
        "write" -> "writer", "writing"): the deed named as a thing or as its doer."""
        hit = self._verb_nouns.get(verb)
        if hit is None:
            with self._lock:
                found = {
                    fold(d.name())
                    for synset in self._wn.synsets(verb, "v")[:1]
                    for lemma in synset.lemmas()
                    if fold(lemma.name()) == verb
                    for d in lemma.derivationally_related_forms()
                    if d.synset().pos() == "n"
                }
            hit = self._verb_nouns[verb] = frozenset(w for w in found if "_" not in w)
        return hit

    def phrasal(self, verb: str, particle: str) -> frozenset[str]:
        """One-word synonyms of a phrasal verb's most common sense ("passed away" -> die,
        decease, perish ...; "set up" -> establish, found); empty when WordNet has no such
        verb."""
        out: set[str] = set()
        with self._lock:
            for base in {self._wn.morphy(verb, "v") or verb}:
                for synset in self._wn.synsets(f"{base}_{particle}", "v")[:1]:
                    out |= {
                        fold(lemma.name())
                        for lemma in synset.lemmas()
                        if "_" not in lemma.name() and lemma.name() != base
                    }
        return frozenset(out)

    def base_forms(self, word: str) -> frozenset[str]:
        """Dictionary forms of an inflected word ("abolished" -> "abolish")."""
        out = set()
        with self._lock:
            for pos in ("n", "v", "a"):
                base = self._wn.morphy(word, pos)
                if base:
                    out.add(base)
        return _single_words(out)


def _single_words(names: Iterable[str]) -> frozenset[str]:
    # Multi-word lemmas ("take_part") cannot meet one token; they are left out.
    return frozenset(fold(n) for n in names if "_" not in n and "-" not in n)


_loaded: WordNet | None = None
_load_lock = threading.Lock()
_tried = False


def load() -> WordNet | None:
    """WordNet, read on first use; None when it is not installed (see INSTALL_HINT)."""
    global _loaded, _tried
    with _load_lock:
        if not _tried:
            folder = wordnet_dir()
            if folder is not None and _nltk_present():
                _loaded = _read(folder)
            _tried = True
        return _loaded


def _import_nltk() -> Any:
    """nltk, imported without SciPy: nltk's package imports its collocation statistics,
    which import scipy.stats when it is installed (a second, on these machines); the
    WordNet reader uses none of it. SciPy stays importable for everyone else."""
    import sys

    blocked = "scipy" not in sys.modules
    if blocked:
        sys.modules["scipy"] = None  # type: ignore[assignment]  # makes `import scipy` fail
    try:
        import nltk
        import nltk.corpus.reader.wordnet
    finally:
        if blocked and sys.modules.get("scipy", 0) is None:
            del sys.modules["scipy"]
    return nltk


def _read(folder: Path) -> WordNet | None:
    try:
        nltk = _import_nltk()
        from nltk.corpus.reader.wordnet import WordNetCorpusReader
        from nltk.data import FileSystemPathPointer
    except ImportError:
        return None
    table = "".join(
        f"{n:02d}\t{name}\t{_POS_NUMBER[name.split('.')[0]]}\n" for n, name in enumerate(_LEXNAMES)
    )

    class _Reader(WordNetCorpusReader):  # type: ignore[misc]
        """nltk's reader, fed the lexicographer table and kept off nltk_data's own corpus.
        With `lazy`, it parses an index entry when a word is first asked for instead of all
        150,000 first: a second less before the first claim can be checked."""

        lazy = True

        def map_wn(self, version: str = "oewn") -> None:
            return None

        def open(self, fileid: str) -> Any:
            if fileid == "lexnames":
                return io.StringIO(table)
            return super().open(fileid)

        def _load_lemma_pos_offset_map(self) -> None:
            if self.lazy:
                self._lemma_pos_offset_map = _LazyIndex(self, folder)
            else:
                super()._load_lemma_pos_offset_map()

    # nltk only opens data under its search path.
    if str(folder) not in nltk.data.path:
        nltk.data.path.append(str(folder))
    for lazy in (True, False):
        _Reader.lazy = lazy and not os.environ.get("FACTCHECK_WORDNET_EAGER")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "multilingual functions are not available"
                reader = _Reader(FileSystemPathPointer(str(folder)), None)
                # The lazy index leans on how nltk's reader keeps its index: if a new nltk
                # keeps it otherwise, this check fails and the whole index is read.
                if reader.synsets("dog") and reader.morphy("dogs", "n") == "dog":
                    return WordNet(reader)
        except (OSError, ValueError, LookupError, AttributeError, TypeError):
            continue
    return None


class _LazyIndex(dict[str, dict[str, list[int]]]):
    """nltk's lemma -> {part of speech: [synset offsets]} map, parsed on first use of each
    lemma from the index lines, which are only split by lemma up front (a tenth of the time
    nltk takes to parse them all)."""

    def __init__(self, reader: Any, folder: Path) -> None:
        super().__init__()
        self._satellites = reader.satellite_offsets
        self._lines: dict[str, dict[bytes, bytes]] = {}
        for pos, suffix in reader._FILEMAP.items():
            table: dict[bytes, bytes] = {}
            with (folder / f"index.{suffix}").open("rb") as fh:
                for line in fh:
                    if line[:1] != b" ":  # the licence at the top is indented
                        table[line[: line.find(b" ")]] = line
            self._lines[pos] = table

    def _find(self, lemma: str) -> dict[str, list[int]]:
        entry: dict[str, list[int]] = {}
        key = lemma.encode("utf-8")
        for pos, table in self._lines.items():
            line = table.get(key)
            if line is None:
                continue
            fields = line.split()
            pointers = int(fields[3])
            senses = int(fields[4 + pointers])
            offsets = [int(o) for o in fields[6 + pointers : 6 + pointers + senses]]
            entry[pos] = offsets
            if pos == "a":
                entry["s"] = [o for o in offsets if o in self._satellites]
        return entry

    def __missing__(self, lemma: str) -> dict[str, list[int]]:
        entry = self._find(lemma)
        self[lemma] = entry
        return entry

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and bool(self[lemma])


_loader: threading.Thread | None = None


def ready() -> bool:
    """Whether the lexicon can be used without waiting: WordNet is loaded, or there is none
    to load. Otherwise loading starts in the background (once), so that a run can fetch
    pages while it loads."""
    global _loader
    if _tried:
        return True
    if wordnet_dir() is None or not _nltk_present():
        return True
    with _load_lock:
        if _loader is None:
            _loader = threading.Thread(target=_load_quietly, name="factcheck-wordnet", daemon=True)
            _loader.start()
    return False


def _load_quietly() -> None:
    from factcheck.threads import leave_ctrl_c_to_the_main_thread

    leave_ctrl_c_to_the_main_thread()
    load()
    gazetteer.load()  # the places WordNet lacks, while pages are still being fetched


def reset() -> None:
    """Forget what was loaded (tests switch WordNet on and off)."""
    global _loaded, _tried, _loader
    with _load_lock:
        _loaded, _tried, _loader = None, False, None
    _nltk_present.cache_clear()
