"""Names a claim asserts, and whether the evidence spells and attributes them the same way.

Rules (documented because they decide verdicts):
- A name is a run of capitalised words (joined by "of", "the", "and", "de", "von", "al",
  "bin"...) or an acronym, except a capitalised function word that only starts the
  sentence. Office titles ("President", "Prime Minister") are not part of a name: in
  "Georgian President Mikheil Saakashvili" the names are "Georgian" and "Mikheil Saakashvili".
- A name is *confirmed* when every one of its words occurs in the evidence (accents and
  case ignored), or when its last word (a family name, the usual way articles refer back)
  occurs and the other words are simply absent. An acronym is also confirmed by the
  phrase it abbreviates ("PfP" by "Partnership for Peace").
- A word is *misspelt* when it occurs nowhere in the fetched articles but, next to one of
  the name's other words (an anchor), the evidence has a word at least
  MISSPELLING_SIMILARITY similar that is neither a transliteration variant nor the same
  word with a grammatical ending ("Talbot" beside "Strobe" where the article has "Talbott";
  but not "Russia" / "Russian", "Ossetia" / "Ossetian").
- A word is *replaced* when it is missing and the anchor's neighbour is a different
  capitalised word ("One of the Boys" where the article has "One of the Girls"), or, for
  an acronym, when the evidence names a different acronym that is not an abbreviation of
  anything in the claim ("NATO" where it has "CSCE").
- Transliteration variants are not errors: c/k, w/v, ph/f, x/ks, and a final -y/-i/-iy/-yy
  are the same letter for this purpose (Victor/Viktor, Zelensky/Zelenskyy).
- Attribution: when the claim ties an acronym to an event ("a NATO summit"), the organisation
  the evidence ties to the same event ("the CSCE summit", "the summit of the CSCE") must be it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck import wordnet
from factcheck.lexicon import DEMONYMS, concepts
from factcheck.textnorm import STOPWORDS, Token, fold, name_before_word, stem, tokens
from factcheck.values.lexicon import is_plural_word

# Two spellings this similar (rapidfuzz ratio, 0-100) of a word next to an anchor are
# taken as one name spelt two ways. 80 keeps Kiev/Kyiv (75) apart but joins Talbot/Talbott (92).
MISSPELLING_SIMILARITY = 80.0
# Shorter words are too easily similar by chance ("Bush"/"Push").
MIN_MISSPELLING_LENGTH = 5
# How far from an anchor word the evidence may put the differing word.
ANCHOR_WINDOW = 3
# Endings that make another word of the same name, not another spelling of it.
DERIVATIONAL_ENDINGS = (
    "n",
    "an",
    "ian",
    "ans",
    "ns",
    "y",
    "s",
    "es",
    "'s",
    "ese",
    "ic",
    "ism",
    "ist",
    "ists",
    "ite",
    "ites",
    "ish",
    "i",
    "ia",
    "ern",
)
# Nouns of events that an organisation holds.
EVENT_NOUNS = frozenset(
    {
        "summit",
        "summits",
        "conference",
        "congress",
        "meeting",
        "session",
        "council",
        "assembly",
        "treaty",
        "operation",
        "mission",
    }
)
# How far (in words) an acronym may stand from the event noun it is tied to.
ATTRIBUTION_WINDOW = 3

# Words that may join the capitalised words of one name. Not "and": "Talbott and Primakov"
# are two names.
_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "de",
        "del",
        "da",
        "von",
        "van",
        "der",
        "al",
        "bin",
        "ibn",
        "la",
        "le",
        "du",
        "y",
        "for",
    }
)
# Not "in" or "on": "the Valdai Discussion Club in Sochi" is a club and a city.
TITLES = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "general",
        "sir",
        "dr",
        "mr",
        "mrs",
        "ms",
        "king",
        "queen",
        "pope",
        "saint",
        "lord",
        "lady",
        "emperor",
        "tsar",
        "czar",
        "chancellor",
        "secretary",
        "senator",
        "governor",
        "prince",
        "princess",
        "duke",
        "professor",
        "ambassador",
    ]
)
# Counts that open a sentence ("Two English adaptations were ...") are not part of a name
# there; "One" is left out, as it starts many ("One Direction").
_LEADING_COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands "
    "millions several many".split()
)
_LEADING_FUNCTION = STOPWORDS | frozenset(
    {
        "during",
        "following",
        "after",
        "although",
        "since",
        "despite",
        "under",
        "today",
        "later",
        "however",
        "many",
        "most",
        "some",
        "several",
        "both",
        "it",
        "its",
        "his",
        "her",
        "their",
        "born",
        "former",
        "first",
        "last",
        "then",
        "once",
        "while",
        "unlike",
        "like",
        "along",
        "according",
        "among",
        "as",
        "because",
        "between",
        "in",
        "on",
        "at",
        "by",
        "from",
        "with",
    }
)
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)


_ROMAN = re.compile(r"^[IVXLC]+$")
# Numerals that tell one of a series of works or craft apart: "Tarn Road 2", "Apollo 11",
# "Rocky IV". A lone "V" or "X" is as often an initial or a brand.
_SEQUEL_FIGURE = re.compile(r"^[1-9][0-9]?$")
_SEQUEL_ROMAN = re.compile(r"^(?:X{0,1}(?:II|III|IV|VI|VII|VIII|IX)|XI|XII|XIII|XIV|XV|XX)$")


class NameStatus(StrEnum):
    CONFIRMED = "confirmed"
    VARIANT = "variant"  # spelt differently, but only by transliteration or expansion
    MISSPELT = "misspelt"
    REPLACED = "replaced"
    ABSENT = "absent"


# The statuses under which the evidence names the claim's name.
MET = frozenset({NameStatus.CONFIRMED, NameStatus.VARIANT})


@dataclass(frozen=True)
class Name:
    text: str
    words: tuple[Token, ...]  # the significant words (connectors dropped)
    start: int
    end: int
    # The name of a thing, not a person: "the" stands before it, or "the" and a word of
    # kind ("the movie The Exorcist III", "the rocket Saturn V"). No one writes "the
    # Henry II", so a numeral there marks a sequel or a model, not a reign.
    titled: bool = False
    # A sequel's or model's number written after it in figures ("Tarn Road 2", "Apollo
    # 11"): kept apart from the words, as the figure is also a value of the sentence.
    numeral: str = ""

    @property
    def acronym(self) -> bool:
        return len(self.words) == 1 and is_acronym(self.words[0].text)


@dataclass(frozen=True)
class NameMatch:
    name: Name
    status: NameStatus
    found: str = ""  # the evidence's word(s), for misspelt/replaced/variant
    replaced_acronym: bool = False


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    # "NATO", "CSCE", "U.S.", and mixed forms such as "PfP" or "OSCEs".
    return (
        len(letters) >= 2
        and upper >= 2
        and upper >= len(letters) - 1
        and letters[0].isupper()
        and not _ROMAN.match(word)
    )


_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|de|di|da|van|von|d|o)[-’'][A-Z]")


@lru_cache(maxsize=65536)
def _core(norm: str) -> str:
    """A name word without its Arabic or Dutch particle: "al-assad" -> "assad"."""
    match = _PARTICLE_NORM.match(norm)
    return norm[match.end() :] if match else norm


_PARTICLE_NORM = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|de|di|da|van|von|d|o)[-']")


def _is_name_word(tok: Token) -> bool:
    return _name_word(tok.text, tok.norm)


# The name tests below run for every word of every candidate sentence against every name
# of every claim: each is a pure function of a word, so each word is worked out once.
@lru_cache(maxsize=65536)
def _name_word(text: str, norm: str) -> bool:
    if _PARTICLE.match(text):
        return True  # "al-Assad", "d'Estaing", "van-Dyke"
    return text[:1].isupper() and norm not in _MONTHS and any(c.isalpha() for c in text)


def name_run_before(toks: Sequence[Token], text: str, at: int) -> tuple[list[Token], int]:
    """The capitalised words ending at index `at` (inclusive), written without anything
    between them ("the 1990 Nora Hale album": Nora Hale), and the index before the run."""
    run: list[Token] = []
    k = at
    while k >= 0 and toks[k].capitalised and toks[k].norm not in STOPWORDS:
        if run and text[toks[k].end : run[0].start].strip():
            break
        run.insert(0, toks[k])
        k -= 1
    return run, k


def name_run_after(toks: Sequence[Token], text: str, at: int) -> tuple[list[Token], int]:
    """The capitalised words from index `at` on, written without anything between them
    ("directed Tarn Road 2": Tarn Road), and the index after the run."""
    run: list[Token] = []
    k = at
    while k < len(toks) and toks[k].capitalised:
        if run and text[run[-1].end : toks[k].start].strip():
            break
        run.append(toks[k])
        k += 1
    return run, k


def extract_names(text: str) -> list[Name]:
    """Capitalised runs and acronyms in `text`, in order, office titles left out."""
    toks = tokens(text)
    names: list[Name] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not _is_name_word(tok):
            i += 1
            continue
        sentence_start = i == 0 or text[toks[i - 1].end : tok.start].strip().endswith(
            (".", ":", '"')
        )
        if sentence_start and (tok.norm in _LEADING_FUNCTION or tok.norm in _LEADING_COUNTS):
            i += 1
            continue
        run = [tok]
        j = i + 1
        while j < len(toks):
            nxt = toks[j]
            gap = text[toks[j - 1].end : nxt.start]
            if gap.strip() == "." and _initial(toks[j - 1]) and _is_name_word(nxt):
                pass  # a middle initial's full stop: "Rutherford B. Hayes", "C. S. Lewis"
            elif gap.strip() not in ("", "-", "–"):
                break  # punctuation ends a name ("NATO–Russia" is one)
            if _is_name_word(nxt):
                run.append(nxt)
                j += 1
                continue
            # Up to two connectors, if a capitalised word follows: "One of the Boys".
            k = j
            while k < len(toks) and k - j < 2 and toks[k].norm in _CONNECTORS:
                k += 1
            if (
                k > j
                and k < len(toks)
                and _is_name_word(toks[k])
                and all(
                    text[toks[m - 1].end : toks[m].start].strip() == "" for m in range(j, k + 1)
                )
            ):
                run.extend(toks[j : k + 1])
                j = k + 1
                continue
            break
        found = _split_titles(text, run)
        numeral = sequel_numeral(toks, j - 1)
        if found and numeral.isdigit() and found[-1].end == run[-1].end:
            found[-1] = replace(found[-1], numeral=numeral)
        names.extend(found)
        i = j
    return names


def _split_titles(text: str, run: list[Token]) -> list[Name]:
    """Cut office titles out of a run: the pieces around them are the names."""
    pieces: list[list[Token]] = [[]]
    for tok in run:
        if tok.norm in TITLES and not is_acronym(tok.text):
            pieces.append([])
        else:
            pieces[-1].append(tok)
    names = []
    for piece in pieces:
        while piece and piece[0].norm in _CONNECTORS:
            piece = piece[1:]
        while piece and piece[-1].norm in _CONNECTORS:
            piece = piece[:-1]
        if piece and piece[-1].norm.endswith(("'s", "’s")) and len(piece[-1].norm) > 3:
            # "Murda Beatz's real name": the name is Murda Beatz.
            last = piece[-1]
            bare = last.text[:-2]
            piece = [
                *piece[:-1],
                Token(
                    bare, last.norm[:-2], stem(last.norm[:-2]), last.start, last.start + len(bare)
                ),
            ]
        words = tuple(t for t in piece if t.norm not in _CONNECTORS)
        if words:
            start, end = piece[0].start, piece[-1].end
            names.append(Name(text[start:end], words, start, end, _titled(text[:start])))
    return names


_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _titled(before: str) -> bool:
    """Whether "the" stands right before a name, or "the" and one lowercase word ("the
    film ")."""
    match = _THE_BEFORE.search(before)
    if match is None:
        return False
    between = match.group().split()[1:]
    return not between or (between[0].islower() and between[0] not in STOPWORDS)


_VARIANT_RULES = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"^ye"), "e"),
    (re.compile(r"(?:iy|yy|ij|ii|y|i)$"), "i"),
)


@lru_cache(maxsize=65536)
def variant_key(word: str) -> str:
    """A spelling key under which transliteration variants coincide."""
    key = word.lower()
    for pattern, repl in _VARIANT_RULES:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=65536)
def same_word_family(a: str, b: str) -> bool:
    """True when one word is the other plus a grammatical ending (Russia / Russian)."""
    a, b = _bare(a), _bare(b)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if not long_.startswith(short):
        # "Ossetia" / "Ossetian" share a stem only after a final vowel is dropped.
        stem = short[:-1] if short[-1:] in "aeiouy" else short
        if not (len(stem) >= 4 and long_.startswith(stem)):
            return False
        return long_[len(stem) :] in DERIVATIONAL_ENDINGS
    return long_[len(short) :] in DERIVATIONAL_ENDINGS


def _bare(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def initials(words: Sequence[Token]) -> str:
    """First letters of a phrase's significant words: "Partnership for Peace" -> "pp"."""
    return "".join(t.norm[0] for t in words if t.norm not in _CONNECTORS and t.norm)


def all_initials(words: Sequence[Token]) -> set[str]:
    """Both readings of a phrase's initials: "Partnership for Peace" -> {"pp", "pfp"}."""
    return {initials(words), "".join(t.norm[0] for t in words if t.norm)}


# A given name shortened: "Tim" for "Timothy", "Chris" for "Christopher".
MIN_SHORT_NAME = 3


def _initial(tok: Token) -> bool:
    """A name's initial: one capital letter ("B" of "Rutherford B. Hayes")."""
    return len(tok.text) == 1 and tok.text.isupper()


def _compare_words(word: Token, cand: Token) -> NameStatus | None:
    if same_word_family(word.norm, cand.norm):
        return NameStatus.VARIANT
    if (_initial(word) or _initial(cand)) and word.norm[:1] == cand.norm[:1]:
        return NameStatus.VARIANT  # "Rutherford B. Hayes" is "Rutherford Birchard Hayes"
    short, long_ = sorted((word.norm, cand.norm), key=len)
    if (
        len(short) >= MIN_SHORT_NAME
        and len(long_) - len(short) >= MIN_SHORT_NAME
        and long_.startswith(short)
        and short.isalpha()
    ):
        return NameStatus.VARIANT
    if variant_key(word.norm) == variant_key(cand.norm):
        return NameStatus.VARIANT
    if _other_part(word.norm, cand.norm):
        return None
    if (
        min(len(word.norm), len(cand.norm)) >= MIN_MISSPELLING_LENGTH
        and fuzz.ratio(word.norm, cand.norm) >= MISSPELLING_SIMILARITY
    ):
        return NameStatus.MISSPELT
    return None


def _other_part(word: str, cand: str) -> bool:
    """Two compounds of as many parts whose differing part is another word, not a slip in
    it: "Sino-Japanese" is not "Russo-Japanese" misspelt, though most letters agree."""
    parts, others = word.split("-"), cand.split("-")
    return len(parts) == len(others) > 1 and any(
        fuzz.ratio(a, b) < MISSPELLING_SIMILARITY
        for a, b in zip(parts, others, strict=True)
        if a != b
    )


def _rank(status: NameStatus) -> int:
    return {
        NameStatus.CONFIRMED: 0,
        NameStatus.VARIANT: 1,
        NameStatus.ABSENT: 2,
        NameStatus.REPLACED: 3,
        NameStatus.MISSPELT: 4,
    }[status]


# The head of a school's name, often left out ("studied at Yale").
_SCHOOL_HEADS = frozenset({"university", "college"})


def match_name(
    name: Name,
    evidence: list[Token],
    claim_words: frozenset[str] = frozenset(),
    vocabulary: frozenset[str] = frozenset(),
    claim_names: Sequence[Name] = (),
    title: Sequence[Token] = (),
) -> NameMatch:
    """How `evidence` (the tokens of a sentence, and its context) treats the claim's name.

    `claim_words` are the folded words of the whole claim (an acronym the claim also uses
    is not a replacement); `vocabulary` holds every folded word of the fetched articles (a
    word found anywhere in them is not misspelt); `claim_names` lets an acronym in the
    evidence that abbreviates one of the claim's names count as that name; `title` holds the
    article's title (where a bare family name stands for the article's subject).
    """
    # A name is met by capitalised words ("the state" does not name the United States),
    # and by lower-case ones once one of its words is met so ("Morse code").
    capitalised = [t for t in evidence if t.text[:1].isupper() or _PARTICLE.match(t.text)]
    present = {t.norm for t in capitalised} | {_core(t.norm) for t in capitalised}
    stems = {t.stem for t in capitalised}
    for t in capitalised:
        opening = name_before_word(t)
        if opening is not None and not _nationality(fold(opening)):
            # "Riddick-based films" names Riddick; "Canadian-born" tells a birthplace, not
            # that she is Canadian.
            present.add(fold(opening))
            stems.add(stem(fold(opening)))
    if any(w.norm in present or w.stem in stems or _core(w.norm) in present for w in name.words):
        present |= {t.norm for t in evidence} | {_core(t.norm) for t in evidence}
        stems |= {t.stem for t in evidence}
    missing = [
        w
        for w in name.words
        if w.norm not in present and w.stem not in stems and _core(w.norm) not in present
    ]
    if not missing:
        numbered = numbered_otherwise(name, evidence)
        if numbered is not None:
            return NameMatch(name, numbered)
        return NameMatch(name, NameStatus.CONFIRMED)
    if len(missing) == len(name.words) and (short := _acronym_of(name, evidence)):
        return NameMatch(name, NameStatus.VARIANT, short)  # "United States" as "U.S."
    if _regnal_by_given_name(name, evidence, present):
        return NameMatch(name, NameStatus.CONFIRMED)
    if name.acronym and abbreviated(name.words[0].norm, evidence):
        return NameMatch(name, NameStatus.VARIANT, name.text)
    missing_ids = {id(w) for w in missing}
    anchors = [w for w in name.words if id(w) not in missing_ids]
    worst = NameStatus.CONFIRMED
    found: list[str] = []
    replaced_acronym = False
    for word in missing:
        if is_acronym(word.text):
            status, seen = _other_acronym(word, evidence, claim_words, claim_names)
            replaced_acronym = replaced_acronym or status is NameStatus.REPLACED
        elif anchors:
            status, seen = _beside_anchor(name, word, anchors, evidence)
            if status is NameStatus.MISSPELT and word.norm in vocabulary:
                status, seen = NameStatus.ABSENT, ""  # spelt the claim's way elsewhere
            if (
                status is NameStatus.ABSENT
                and word is not name.words[-1]
                and not _joined(name)
                and not _displaced(name, evidence)
                and not _another_bearer(name, title)
            ):
                # "Bill Clinton" met as plain "Clinton": articles refer back by family name.
                status = NameStatus.CONFIRMED
            elif (
                status is NameStatus.ABSENT
                and word is name.words[-1]
                and word.norm in _SCHOOL_HEADS
                and len(name.words) == 2
            ):
                # "Yale University" met as plain "Yale", as such places are called.
                status = NameStatus.CONFIRMED
        else:
            status, seen = _lone(word, evidence)
        if _rank(status) > _rank(worst):
            worst = status
        if seen:
            found.append(seen)
    return NameMatch(name, worst, " / ".join(dict.fromkeys(found)), replaced_acronym)


# Words and marks that join the parts of a body's name ("Council of Europe", "Partnership
# for Peace", "NATO–Russia Council"): a person's name has none.
_JOINS = re.compile(r"\s(?:of|for|and|on|the)\s|–")


def sequel_numeral(toks: Sequence[Token], at: int) -> str:
    """The numeral written right after the name word toks[at] that makes it one of a
    series ("Tarn Road 2 was released", "Apollo 11 landed", "Rocky IV"), or ""; not a
    figure that counts or measures ("Tarn 2 km", "Vane 2–1", "Lisk 12 May")."""
    if at < 0 or at + 1 >= len(toks):
        return ""
    word, num = toks[at], toks[at + 1]
    if num.start - word.end != 1:
        return ""  # "Vane, 45,": a comma between
    if _SEQUEL_ROMAN.match(num.text):
        return num.text
    if not _SEQUEL_FIGURE.match(num.text):
        return ""
    if at + 2 < len(toks):
        after = toks[at + 2]
        if after.text[:1].isdigit() and after.start - num.end == 1:
            return ""  # "2–1", "2,000": one figure or a score
        if after.norm in _MONTHS or (after.text[:1].islower() and _counted(after.norm)):
            return ""  # "12 May"; "2 km", "11 goals"
    return num.text


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def _numeral_value(numeral: str) -> int:
    """The number a sequel numeral writes, in figures or Roman (0 for none)."""
    if numeral.isdigit() or not numeral:
        return int(numeral or 0)
    values = [_ROMAN_DIGITS.get(c, 0) for c in numeral]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def _counted(word: str) -> bool:
    """A word a figure before it counts or measures: a plural ("times", "goals"), or a
    noun that is no verb ("km"; not "grossed", "was"). Without WordNet, any word but a
    function word."""
    if word in STOPWORDS:
        return False
    if is_plural_word(word):
        return True
    net = wordnet.load()
    if net is None:
        return True
    return net.noun_form(word) and not net.can_be_verb(word)


def numbered_otherwise(name: Name, evidence: list[Token]) -> NameStatus | None:
    """The evidence writes the name with another sequel numeral, or without the claim's
    ("Tarn Road" where the claim names "Tarn Road 2"), or only ever with one the claim's
    lacks ("Tarn Road 2", "Tarn Road II" where it names "Tarn Road"): another work."""
    last = name.words[-1]
    spots = [i for i, t in enumerate(evidence) if t.norm == last.norm and _is_name_word(t)]
    if not spots:
        return None
    seen = [sequel_numeral(evidence, i) for i in spots]
    if name.numeral:
        if _numeral_value(name.numeral) in {_numeral_value(n) for n in seen}:
            return None  # "World War 2" is "World War II"
        return NameStatus.REPLACED if any(seen) else NameStatus.ABSENT
    if _SEQUEL_ROMAN.match(last.text):
        return None  # "Henry II" followed by a figure
    if all(n.isdigit() or (n and (len(name.words) > 1 or name.titled)) for n in seen):
        # A Roman numeral after a lone given name may be the same monarch ("Henry II").
        return NameStatus.REPLACED
    return None


def _joined(name: Name) -> bool:
    """A name of parts joined by "of", "for", "–" ...: a body's, whose words each say which
    body it is ("the Defence Council of Europe" is not "the Council of Europe"), not a
    person's, met by the family name alone."""
    return _JOINS.search(name.text) is not None


def _nationality(word: str) -> bool:
    if word in DEMONYMS:
        return True
    net = wordnet.load()
    return net is not None and net.is_nationality(word)


def _regnal_by_given_name(name: Name, evidence: list[Token], present: set[str]) -> bool:
    """A monarch's or pope's name ("Henry II of France", "Louis XIV") met by the given name
    alone, as articles on them refer back ("Henry died in 1559"); not where the evidence
    gives that name another numeral ("Henry VIII")."""
    words = name.words
    if len(words) < 2 or not _ROMAN.match(words[1].text) or words[0].norm not in present:
        return False
    if name.titled:
        return False  # "The Exorcist III" is not "The Exorcist"
    given = words[0].norm
    return not any(
        tok.norm == given and i + 1 < len(evidence) and _ROMAN.match(evidence[i + 1].text)
        for i, tok in enumerate(evidence)
    )


def _another_bearer(name: Name, title: Sequence[Token]) -> bool:
    """The article is on another bearer of the name's family name ("Danny Quinn" in the
    article "Anthony Quinn"): there a bare "Quinn" is the article's subject."""
    last = name.words[-1].norm
    own = {w.norm for w in name.words}
    return any(
        tok.norm == last and i > 0 and _is_name_word(title[i - 1]) and title[i - 1].norm not in own
        for i, tok in enumerate(title)
    )


def namesake_named(name: Name, evidence: list[Token]) -> bool:
    """The evidence names the name's last word only right after another name word, and
    never its first ("Red Harbour" where the claim names Blue Harbour; not "Camillo Paolo
    Benso" for Camillo Benso, nor "Italy, Cavour" for the Count of Cavour)."""
    if len(name.words) < 2 or any(t.norm == name.words[0].norm for t in evidence):
        return False
    return _displaced(name, evidence, adjacent=True)


def _displaced(name: Name, evidence: list[Token], adjacent: bool = False) -> bool:
    """Whether every mention of the family name in the evidence has another given name
    before it ("Hafez al-Assad" where the claim names Bashar al-Assad); `adjacent`, with
    nothing but a space between them."""
    last = name.words[-1].norm
    own = {w.norm for w in name.words}
    # A lower-case word is no mention ("the war effort" does not name a War).
    mentions = [i for i, t in enumerate(evidence) if t.norm == last and _is_name_word(t)]
    if not mentions:
        return False
    for i in mentions:
        before = evidence[i - 1] if i > 0 else None
        if (
            before is None
            or (adjacent and evidence[i].start - before.end != 1)
            or not _is_name_word(before)
            or before.norm in TITLES | _CONNECTORS
            or before.norm in own
        ):
            return False
    return True


def _acronym_of(name: Name, evidence: list[Token]) -> str:
    """An acronym in the evidence made of the initials of the name's words ("U.S." for
    "United States", "IMF" for "International Monetary Fund"): the same name, shortened."""
    if len(name.words) < 2 or any(is_acronym(w.text) for w in name.words):
        return ""
    readings = all_initials(name.words)
    for tok in evidence:
        if is_acronym(tok.text) and tok.norm.replace(".", "") in readings:
            return tok.text
    return ""


def abbreviated(acronym: str, evidence: list[Token]) -> bool:
    """Whether a capitalised phrase in the evidence has the acronym's initials."""
    target = acronym.replace(".", "")
    for start in range(len(evidence)):
        if not _is_name_word(evidence[start]):
            continue
        phrase: list[Token] = []
        for tok in evidence[start : start + 2 * len(target) + 1]:
            if not (_is_name_word(tok) or tok.norm in _CONNECTORS):
                break
            phrase.append(tok)
            if target in all_initials(phrase):
                return True
    return False


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
            if _is_name_word(cand) and cand.norm not in _CONNECTORS | TITLES:
                status = _compare_words(word, cand)
                if status is not None:
                    return status, cand.text
                if cand.norm not in anchor_norms and (
                    at > pos
                    or (
                        at == pos - 1
                        and cand.norm not in STOPWORDS
                        and tok.norm != name.words[-1].norm
                    )
                ):
                    # "Golden Globe Award" where the claim has "Academy Award": another
                    # name word stands right where the claim's does (a family name met
                    # after another given name is _displaced's to judge).
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
    """No other word of the name is in the evidence: only a variant spelling counts, or a
    name the hand lexicon groups with it ("American" / "US", "British" / "UK")."""
    groups = {k for k in concepts(word.stem) if k.startswith("#")}
    for k, cand in enumerate(evidence):
        if not (groups and _is_name_word(cand) and groups & concepts(cand.stem)):
            continue
        if cand.norm != "united" or (k + 1 < len(evidence) and evidence[k + 1].norm == "states"):
            return NameStatus.VARIANT, cand.text  # "United" only as "United States"
    if len(word.norm) >= 4:
        key = variant_key(word.norm)
        for cand in evidence:
            if _is_name_word(cand) and (
                variant_key(cand.norm) == key or same_word_family(word.norm, cand.norm)
            ):
                return NameStatus.VARIANT, cand.text
    return NameStatus.ABSENT, ""


def _other_acronym(
    word: Token, evidence: list[Token], claim_words: frozenset[str], claim_names: Sequence[Name]
) -> tuple[NameStatus, str]:
    aliases = {a for n in claim_names if len(n.words) > 1 for a in all_initials(n.words)}
    for tok in evidence:
        norm = tok.norm.replace(".", "")
        if (
            is_acronym(tok.text)
            and tok.norm != word.norm
            and tok.norm not in claim_words
            and norm not in aliases
        ):
            return NameStatus.REPLACED, tok.text
    return NameStatus.ABSENT, ""


@dataclass(frozen=True)
class Attribution:
    event: str  # the event noun, as in the claim
    claimed: str  # the acronym the claim ties to it
    found: str  # the acronym the evidence ties to it ("" when none)


# Head words that make a capitalised phrase an organisation ("Conference on Security and
# Co-operation in Europe").
ORGANISATION_HEADS = frozenset(
    "conference organization organisation council union alliance assembly community "
    "association league group committee commission party pact bank forum treaty".split()
)


def attribution(claim: list[Token], evidence: list[Token], text: str = "") -> list[Attribution]:
    """For each "<ORG> summit" in the claim, the organisation the evidence gives the event.

    The evidence speaks of the event when it has the event noun; it names the claim's
    organisation if the acronym, or a phrase with those initials, is anywhere in it. If it
    does not, the organisation it does name is the one it gives the event: the acronym next
    to the event noun, else any other acronym or organisation name in the sentence.
    """
    out: list[Attribution] = []
    for i, tok in enumerate(claim):
        if tok.norm not in EVENT_NOUNS:
            continue
        org = _acronym_near(claim, i)
        if org is None:
            continue
        event_at = [j for j, ev in enumerate(evidence) if ev.stem == tok.stem]
        if not event_at:
            continue
        # "NATO's summit" is a NATO summit: compare without the possessive.
        target = _bare(org.norm).replace(".", "")
        if any(_bare(ev.norm).replace(".", "") == target for ev in evidence) or abbreviated(
            target, evidence
        ):
            out.append(Attribution(tok.text, org.text, org.text))
            continue
        claim_norms = {t.norm for t in claim} | {_bare(t.norm) for t in claim}
        near = [a for j in event_at if (a := _acronym_near(evidence, j)) is not None]
        found = next((o.text for o in near if _bare(o.norm) not in claim_norms), "")
        if not found and text:
            # An organisation's full name ("the summit of the Conference on Security and
            # Co-operation in Europe") before any stray acronym ("the USA").
            found = next(
                (
                    n.text
                    for n in extract_names(text)
                    if len(n.words) > 1
                    and any(w.norm in ORGANISATION_HEADS for w in n.words)
                    and not any(w.norm in claim_norms for w in n.words)
                ),
                "",
            )
        if not found:
            found = next(
                (ev.text for ev in evidence if is_acronym(ev.text) and ev.norm not in claim_norms),
                "",
            )
        out.append(Attribution(tok.text, org.text, found))
    return out


def _acronym_near(toks: list[Token], at: int) -> Token | None:
    best: Token | None = None
    best_distance = ATTRIBUTION_WINDOW + 1
    for k in range(max(0, at - ATTRIBUTION_WINDOW), min(len(toks), at + ATTRIBUTION_WINDOW + 1)):
        if k != at and is_acronym(toks[k].text) and abs(k - at) < best_distance:
            best, best_distance = toks[k], abs(k - at)
    return best
