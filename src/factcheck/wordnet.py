"""WordNet as the engine's lexical resource: synonyms, derived forms, narrower words, opposites.

WordNet 3.0 comes from Debian's `wordnet-base` package (`/usr/share/wordnet`, or the folder
named by FACTCHECK_WORDNET) and is read with nltk's WordNet reader. Neither is needed for
the tool to run: without them the engine falls back to its small hand lexicon
(`factcheck.lexicon`), the CLI says once how to add WordNet, and reports and stored verdicts
name the lexicon they were made with.

Why not a package from the index: the maintained reader `wn` downloads its data at run time
(GitHub, unreachable from CI machines and from many newsrooms), and the one index package
that bundles WordNet 3.0 (`wn` 0.0.23) has not been maintained since 2019.

Loading costs about a second (nltk parses the index files), so it happens once, on the first
claim that needs it, never on a warm run whose verdicts are stored.
"""

from __future__ import annotations

import io
import os
import threading
import warnings
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.textnorm import fold

DEFAULT_DIRS = (Path("/usr/share/wordnet"),)
INSTALL_HINT = (
    "WordNet is not installed, so the engine knows fewer paraphrases and opposites; "
    "add it with `apt-get install wordnet-base` (Debian, Ubuntu) and `pip install nltk`, "
    "or point FACTCHECK_WORDNET at a WordNet 3.0 dict folder"
)
HAND_ONLY = "hand lexicon"
# Senses per part of speech whose synonyms count as the same word: WordNet lists a word's
# senses most frequent first, and its rare senses ("dissolve" a scene in a film) mostly
# make false friends.
SYNONYM_SENSES = 3
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
    return f"WordNet 3.0 ({folder}) + {HAND_ONLY}"


class WordNet:
    """The questions the engine asks of WordNet, each answered once per word."""

    def __init__(self, reader: Any) -> None:
        self._wn = reader
        self._lock = threading.Lock()
        self._same: dict[str, frozenset[str]] = {}
        self._narrower: dict[str, frozenset[str]] = {}
        self._opposite: dict[str, frozenset[str]] = {}
        self._broader: dict[str, frozenset[str]] = {}
        self._nationality: dict[str, bool] = {}
        self._closest: dict[str, frozenset[str]] = {}

    def _synsets(self, word: str, pos: str | None = None) -> list[Any]:
        # nltk's lookups are not documented as thread-safe; claims may be checked from
        # several threads of one process.
        with self._lock:
            return list(self._wn.synsets(word, pos))

    def same(self, word: str) -> frozenset[str]:
        """Words that say the same: synonyms of its common senses, derived and related
        forms ("invasion" / "invade", "American" / "America")."""
        hit = self._same.get(word)
        if hit is None:
            out: set[str] = set()
            by_pos: dict[str, int] = {}
            for synset in self._synsets(word):
                pos = synset.pos()
                by_pos[pos] = by_pos.get(pos, 0) + 1
                common = by_pos[pos] <= SYNONYM_SENSES
                for lemma in synset.lemmas():
                    name = lemma.name()
                    if common:
                        out.add(name)
                    if fold(name) != word and not common:
                        continue
                    out.update(d.name() for d in lemma.derivationally_related_forms())
                    out.update(p.name() for p in lemma.pertainyms())
            hit = self._same[word] = _single_words(out) - {word}
        return hit

    def closest(self, word: str) -> frozenset[str]:
        """Synonyms of its most common sense per part of speech, and its own derived and
        related forms: what stands for the very same thing."""
        hit = self._closest.get(word)
        if hit is None:
            out: set[str] = set()
            seen_pos: set[str] = set()
            for synset in self._synsets(word):
                first = synset.pos() not in seen_pos
                seen_pos.add(synset.pos())
                for lemma in synset.lemmas():
                    if first:
                        out.add(lemma.name())
                    if fold(lemma.name()) == word:
                        out.update(d.name() for d in lemma.derivationally_related_forms())
                        out.update(p.name() for p in lemma.pertainyms())
            hit = self._closest[word] = _single_words(out) - {word}
        return hit

    def narrower(self, word: str) -> frozenset[str]:
        """Words for kinds of it (hyponyms of its common noun senses), NARROWER_DEPTH deep."""
        hit = self._narrower.get(word)
        if hit is None:
            out: set[str] = set()
            frontier = self._synsets(word, "n")[:SYNONYM_SENSES]
            with self._lock:
                for _level in range(NARROWER_DEPTH):
                    below = [h for s in frontier for h in s.hyponyms()]
                    for synset in below:
                        out.update(lemma.name() for lemma in synset.lemmas())
                    frontier = below
            hit = self._narrower[word] = _single_words(out) - {word}
        return hit

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

    def opposites(self, word: str) -> frozenset[str]:
        """Antonyms of any sense, and their derived forms ("begin" / "end", "ending")."""
        hit = self._opposite.get(word)
        if hit is None:
            out: set[str] = set()
            for synset in self._synsets(word):
                with self._lock:
                    for lemma in synset.lemmas():
                        if fold(lemma.name()) != word:
                            continue
                        for anti in lemma.antonyms():
                            out.add(anti.name())
                            out.update(d.name() for d in anti.derivationally_related_forms())
            hit = self._opposite[word] = _single_words(out) - {word}
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
    if _tried:
        return _loaded
    with _load_lock:
        if _tried:
            return _loaded
        folder = wordnet_dir()
        if folder is not None and _nltk_present():
            _loaded = _read(folder)
        _tried = True
    return _loaded


def _read(folder: Path) -> WordNet | None:
    try:
        import nltk
        from nltk.corpus.reader.wordnet import WordNetCorpusReader
        from nltk.data import FileSystemPathPointer
    except ImportError:
        return None
    table = "".join(
        f"{n:02d}\t{name}\t{_POS_NUMBER[name.split('.')[0]]}\n" for n, name in enumerate(_LEXNAMES)
    )

    class _Reader(WordNetCorpusReader):  # type: ignore[misc]
        """nltk's reader, fed the lexicographer table and kept off nltk_data's own corpus."""

        def map_wn(self, version: str = "oewn") -> None:
            return None

        def open(self, fileid: str) -> Any:
            if fileid == "lexnames":
                return io.StringIO(table)
            return super().open(fileid)

    # nltk only opens data under its search path.
    if str(folder) not in nltk.data.path:
        nltk.data.path.append(str(folder))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "multilingual functions are not available"
            reader = _Reader(FileSystemPathPointer(str(folder)), None)
    except (OSError, ValueError, LookupError):
        return None
    return WordNet(reader)


def reset() -> None:
    """Forget what was loaded (tests switch WordNet on and off)."""
    global _loaded, _tried
    with _load_lock:
        _loaded, _tried = None, False
    _nltk_present.cache_clear()
