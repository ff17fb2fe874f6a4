"""Find the sentences that speak to a claim.

A sentence is scored by how much of the claim's *content* it covers: the claim's words
other than stop words and other than its own dates and numbers, which are masked on both
sides so that a sentence about the same event with a different year ranks as high as one
with the same year (that sentence is exactly the one a fact-check needs). Words count
through light stems, a small paraphrase lexicon and, for long words, fuzzy spelling, so a
misspelt name still finds its sentence. Words of the article's title count at a discount
when the sentence itself does not repeat them ("He was appointed..." in a biography), and
so do the subject's words found only in the sentence before.
"""

from __future__ import annotations

import calendar
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from factcheck import wordnet
from factcheck.lexicon import concepts, stems_under
from factcheck.models import Page
from factcheck.names import abbreviated, is_acronym
from factcheck.sentences import Sentence, split_sentences
from factcheck.textnorm import NEGATIONS, STOPWORDS, Token, compound_parts, stem, tokens
from factcheck.textnorm import words as words_of
from factcheck.values import DateValue, NumberValue, Precision, extract_values
from factcheck.values.compare import UNIT_ABBREVIATIONS
from factcheck.values.lexicon import RECURRING_EVENTS, event_noun
from factcheck.values.model import Day

Value = DateValue | NumberValue

# Credit for a claim word found only in the article's title, not in the sentence.
TITLE_CREDIT = 0.6
# Credit for a claim word found only in the sentences before, in the same paragraph (for
# the subject's words always, for others when the sentence refers back with a pronoun).
PREVIOUS_CREDIT = 0.6
# How many sentences before count as that context.
CONTEXT_SENTENCES = 3
# Credit for a claim word met only through a looser lexical relation (ClaimWord.loose), or
# through a narrower word (ClaimWord.narrow).
LOOSE_CREDIT = 0.7
NARROW_CREDIT = 0.9
# Credit for a long claim word found only as a near spelling (rapidfuzz ratio >= FUZZY_MIN).
FUZZY_CREDIT = 0.8
FUZZY_MIN = 85.0
FUZZY_MIN_LENGTH = 5
# Weights of claim words by kind.
NAME_WEIGHT = 1.5
LIGHT_WEIGHT = 0.15
# Weight of rapidfuzz's token-set ratio in the ranking (a tie-breaker, not a matcher).
FUZZY_TIEBREAK = 0.05
# Ranking bonus of a sentence that carries a value of the kind the claim asserts.
VALUE_BONUS = 0.08
# The subject's words weigh this much less than the rest in `Scored.focused`: articles
# refer back to their subject ("He", "The album") far more often than they repeat it.
SUBJECT_DISCOUNT = 0.3
_LIGHT = frozenset(
    {
        "be",
        "been",
        "was",
        "were",
        "is",
        "are",
        "become",
        "became",
        "have",
        "has",
        "had",
        "do",
        "did",
        "make",
        "made",
        "get",
        "got",
        "use",
        "used",
        "take",
        "took",
        "taken",
        "place",
        "happened",
        "occurred",
        "year",
        "time",
        "also",
        "new",
        "newly",
        "later",
        "well",
        "known",
        "called",
        "many",
        "part",
        "several",
        "would",
        "will",
        "could",
        "may",
        "might",
        "since",
        "still",
        "however",
        "although",
        "there",
        "came",
        "went",
        "give",
        "gave",
        "given",
        "gives",
        "one",
    }
)


# Relations that say only that two things go together ("associated with Selena Gomez",
# "involved in politics"): any sentence tying the two says as much, so the word is light.
_VAGUE_RELATIONS = frozenset({("associated", "with"), ("involved", "in"), ("involved", "with")})


@dataclass(frozen=True)
class Unit:
    """One candidate evidence sentence with everything the checks need."""

    text: str
    title: str
    section: str
    index: int
    page: Page | None
    tokens: tuple[Token, ...]
    values: tuple[Value, ...]
    concepts: frozenset[str]  # keys of its words outside its values (see lexicon.concepts)
    stems: frozenset[str] = frozenset()
    # The sentence before it in the same section of the page, whose words may be what
    # "he", "it" or "the pact" refer to.
    previous: tuple[Token, ...] = ()
    previous_concepts: frozenset[str] = frozenset()
    lead: tuple[Token, ...] = ()  # the article's first sentence
    # Keys of its words outside names of two words or more: what a claim's common (lower
    # case) word may be met by ("eastern" is not said by "Eastern Europe").
    common: frozenset[str] = frozenset()
    lead_text: str = ""  # the article's first sentence as written (commas tell its phrases)

    @property
    def refers_back(self) -> bool:
        """Whether the sentence has a pronoun that may stand for words of the one before."""
        return any(t.norm in _ANAPHORS for t in self.tokens)


_TITLE_WORDS = frozenset(
    "president prime minister king queen governor senator general chancellor secretary "
    "mayor pope emperor prince princess duke".split()
)
_ANAPHORS = frozenset(
    {
        "it",
        "its",
        "he",
        "his",
        "him",
        "she",
        "her",
        "they",
        "their",
        "them",
        "this",
        "these",
        "that",
        "those",
        "there",
    }
)


@dataclass(frozen=True)
class ClaimWord:
    token: Token
    keys: frozenset[str]  # lexicon.concepts of its stem
    weight: float
    is_name: bool
    subject: bool = False  # part of the claim's subject, before its verb
    # Keys of words that say it less surely (WordNet's rarer senses): a sentence with one of
    # them covers the word for LOOSE_CREDIT.
    loose: frozenset[str] = frozenset()
    # Keys of kinds of it (WordNet's narrower words: "frigate" for "warship"): a sentence
    # saying one says the word itself, but for the odd sense (NARROW_CREDIT).
    narrow: frozenset[str] = frozenset()
    # A common word that goes with a name before it ("the Republican party"): it may be met
    # by a word of a name ("Republican Party").
    after_name: bool = False

    @property
    def named(self) -> bool:
        """Met by any word of a sentence, names included (not only its common words)."""
        return self.is_name or self.token.capitalised or self.after_name


@dataclass(frozen=True)
class ClaimText:
    text: str
    tokens: tuple[Token, ...]
    values: tuple[Value, ...]
    words: tuple[ClaimWord, ...]  # content words, values masked


@dataclass(frozen=True)
class Scored:
    unit: Unit
    coverage: float  # share of the claim's content weight the sentence covers, 0-1
    rank: float  # coverage weighted by how rare each word is among the candidates
    focused: float  # coverage with the subject's words discounted (SUBJECT_DISCOUNT)
    subject: float = 1.0  # coverage of the claim's subject words (1 when it has none)
    predicate: float = 1.0  # coverage of the other words (1 when there are none)
    missing: tuple[ClaimWord, ...] = ()  # claim words found nowhere (sentence, title, context)
    absent: tuple[ClaimWord, ...] = ()  # claim words not in the sentence itself


def _masked(toks: Sequence[Token], values: Sequence[Value], sizes: bool = False) -> list[Token]:
    """The tokens outside the values; an ordinal written as a word ("the first contact")
    stays a word to match as well; with `sizes`, so does the noun of a size ("a
    seven-member band" says "member")."""
    spans = [
        v.span
        for v in values
        if not (isinstance(v, NumberValue) and v.ordinal and v.text.isalpha())
    ]
    out = []
    for t in toks:
        if not any(s <= t.start < e for s, e in spans):
            out.append(t)
            continue
        if not sizes:
            continue
        head, dash, noun = t.text.rpartition("-")
        if dash and head and noun.isalpha() and noun.islower() and len(noun) >= 3:
            at = t.end - len(noun)
            out.append(Token(noun, noun, stem(noun), at, t.end))
    return out


# Words that end a claim's subject: auxiliaries and common verbs. Any lower-case word in
# -ed also does. A light stand-in for a parser, enough for "X was/is/has/won ...".
AUXILIARIES = frozenset(
    "is was are were be been being has have had did does do can could will would may might "
    "shall should must".split()
)
VERBS = AUXILIARIES | frozenset(
    [
        "became",
        "becomes",
        "become",
        "began",
        "begins",
        "won",
        "wins",
        "wrote",
        "writes",
        "made",
        "makes",
        "took",
        "takes",
        "gave",
        "gives",
        "went",
        "goes",
        "came",
        "comes",
        "held",
        "holds",
        "led",
        "leads",
        "met",
        "meets",
        "ran",
        "runs",
        "sold",
        "sells",
        "said",
        "says",
        "saw",
        "sees",
        "fought",
        "fights",
        "grew",
        "grows",
        "knew",
        "left",
        "lost",
        "loses",
        "paid",
        "put",
        "rose",
        "sang",
        "sent",
        "set",
        "shot",
        "spent",
        "spoke",
        "stood",
        "struck",
        "taught",
        "told",
        "thought",
        "threw",
        "wore",
        "bought",
        "brought",
        "built",
        "caught",
        "chose",
        "drew",
        "drove",
        "fell",
        "felt",
        "found",
        "flew",
        "got",
        "heard",
        "hid",
        "kept",
        "lay",
        "lent",
        "meant",
        "read",
        "rode",
        "sought",
        "shook",
        "slept",
        "stole",
        "swore",
        "tore",
        "woke",
        "dies",
        "lives",
        "stars",
        "plays",
        "contains",
        "includes",
        "features",
        "works",
        "serves",
        "remains",
        "appears",
        "belongs",
        "consists",
        "lies",
        "sits",
        "stands",
    ]
)
LEADING_ADVERBIAL = frozenset(
    {
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "by",
        "from",
        "since",
        "until",
        "following",
        "as",
        "when",
        "while",
    }
)


# How long a second opening phrase may run before its comma, in characters.
_OPENING_REACH = 90


def subject_bounds(text: str, toks: Sequence[Token]) -> tuple[int, int]:
    """Token indices [start, end) of the claim's subject ((0, 0) when none is found)."""
    start = 0
    net = wordnet.load()
    if toks and toks[0].norm in LEADING_ADVERBIAL:
        # "In 1986, Tatum O'Neal died": the subject comes after the opening phrase; after
        # each of them ("On 1 April 2014, in response to ..., NATO suspended ...").
        comma = text.find(",")
        while comma > 0:
            start = next((i for i, t in enumerate(toks) if t.start > comma), 0)
            if not start or toks[start].norm not in LEADING_ADVERBIAL:
                break
            comma = text.find(",", toks[start].end)
            if comma < 0 or comma - toks[start].start > _OPENING_REACH:
                break
    for i in range(start, len(toks)):
        tok = toks[i]
        if tok.norm == "may" and tok.capitalised:
            continue  # "In May 2002": a month, not a modal verb
        if i > start and (
            tok.norm in VERBS
            or (tok.norm.endswith("ed") and not tok.capitalised and len(tok.norm) > 3)
            or (net is not None and not tok.capitalised and net.verb_only(tok.norm))
        ):
            return start, i
    return start, start


_PERSONAL_SUBJECTS = frozenset({"he", "she", "it", "they"})


def opening_pronoun(toks: Sequence[Token]) -> int | None:
    """Index of the subject pronoun after an opening phrase that no comma closes ("In 1991
    it became ...", "After two years of service he graduated ..."): the first personal
    pronoun before any verb, when the text opens with a preposition of time or place."""
    if not toks or toks[0].norm not in LEADING_ADVERBIAL:
        return None
    for i in range(1, min(len(toks), 8)):
        tok = toks[i]
        if tok.norm in _PERSONAL_SUBJECTS:
            return i
        if tok.capitalised or tok.norm[:1].isdigit():
            continue  # "In May 2002": a month is no modal verb
        if tok.norm in VERBS or tok.norm in AUXILIARIES:
            return None
    return None


# A month named without a year ("born in May"): kept as a date in year YEARLESS, which
# the engine compares by month alone.
YEARLESS = 1
_MONTH_ONLY = re.compile(
    r"\b(?:in|on|during|of|since|until|by)\s+(January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\s*,?\s*\d)"
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


# A day of a month without a year ("on 21 February", "on February 21st"): the day is the
# claim's as much as the month is. Only after a preposition: "the September 11 attacks"
# names the attacks.
_DAY_MONTH_ONLY = re.compile(
    r"\b(?i:on|by|until|till|since|from|before|after|of|and|to)\s+(?:the\s+)?"
    r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|(January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(\d{1,2})(?:st|nd|rd|th)?)\b(?!\s*,?\s*\d)"
)


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


# A month or a day dated by the year told before it: "in July of that year", "on 4 May
# that same year", "in June of the same year".
_MONTH_NAMES = "|".join(_MONTHS)
_OF_THAT_YEAR = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAMES})"
    rf"|({_MONTH_NAMES})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?)"
    r",?\s+(?:of\s+)?(?:that|the\s+same)(?:\s+same)?\s+year\b"
)


def of_that_year(text: str, taken: Sequence[Value]) -> list[DateValue]:
    """Months and days whose year is "that year": the year of the last date with a year
    before them in the same text ("founded in 1990 and opened in July of that year" opened
    in July 1990)."""
    out = []
    for m in _OF_THAT_YEAR.finditer(text):
        begin = min(m.start(g) for g in (1, 2, 3) if m.group(g) is not None)
        end = max(m.end(g) for g in (1, 2, 3, 4) if m.group(g) is not None)
        if any(s < end and begin < e for s, e in (v.span for v in taken)):
            continue
        told = [
            v
            for v in taken
            if isinstance(v, DateValue)
            and v.span[1] <= begin
            and v.start.year == v.end.year
            and v.start.year != YEARLESS
        ]
        if not told:
            continue
        year = told[-1].start.year
        month = _MONTHS.index(m.group(2) or m.group(3)) + 1
        day_text = m.group(1) or m.group(4)
        if day_text is not None:
            day = int(day_text)
            if not 1 <= day <= calendar.monthrange(year, month)[1]:
                continue
            first = last = Day(year, month, day)
            precision = Precision.DAY
        else:
            first, last = Day(year, month, 1), Day.last_of_month(year, month)
            precision = Precision.MONTH
        out.append(DateValue(text[begin:end], (begin, end), first, last, precision))
    return out


def _yearless_days(text: str, taken: Sequence[Value]) -> list[DateValue]:
    out = []
    for m in _DAY_MONTH_ONLY.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in (v.span for v in taken)):
            continue
        month = _MONTHS.index(m.group(2) or m.group(3)) + 1
        day = int(m.group(1) or m.group(4))
        begin = min(m.start(g) for g in (1, 2, 3, 4) if m.group(g) is not None)
        after = _WORD_AFTER.match(text, m.end())
        if (
            after
            and after.group(1).islower()
            and after.group(1) not in STOPWORDS
            and re.search(r"\bthe\s+\Z", text[m.start() : begin], re.IGNORECASE)
        ):
            # "after the September 11 attacks": the date names the attacks; "on 11 August
            # launched", "On 24 December eleven republics" date the deed.
            continue
        # 2000 was a leap year: any day a month can have.
        if not 1 <= day <= calendar.monthrange(2000, month)[1]:
            continue
        when = Day(YEARLESS, month, day)
        out.append(DateValue(text[begin : m.end()], (begin, m.end()), when, when, Precision.DAY))
    return out


def _yearless_months(text: str, taken: Sequence[Value]) -> list[DateValue]:
    out = []
    for m in _MONTH_ONLY.finditer(text):
        if any(s <= m.start(1) < e for s, e in (v.span for v in taken)):
            continue
        month = _MONTHS.index(m.group(1)) + 1
        last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        out.append(
            DateValue(
                m.group(1),
                (m.start(1), m.end(1)),
                Day(YEARLESS, month, 1),
                Day(YEARLESS, month, last),
                Precision.MONTH,
            )
        )
    return out


_DECADE_WORDS = re.compile(
    r"\bthe\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", re.I
)
_DECADES = ("twenties thirties forties fifties sixties seventies eighties nineties").split()


def _decade_words(text: str, taken: Sequence[Value]) -> list[DateValue]:
    """ "the fifties": the 1950s, as English uses it without a century."""
    out = []
    for m in _DECADE_WORDS.finditer(text):
        if any(s <= m.start(1) < e for s, e in (v.span for v in taken)):
            continue
        first = 1920 + 10 * _DECADES.index(m.group(1).lower())
        out.append(
            DateValue(
                m.group(0),
                m.span(),
                Day(first, 1, 1),
                Day(first + 9, 12, 31),
                Precision.DECADE,
                approximate=True,
            )
        )
    return out


# Phrases whose words mean something else together: "relations date back to 1697" says
# when they began, and its "date" and "back" are not words to look for.
_IDIOMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("date", "back"), "begin"),
    (("dates", "back"), "begin"),
    (("dated", "back"), "begin"),
    (("go", "back"), "begin"),
    (("goes", "back"), "begin"),
    (("went", "back"), "begin"),
)


def _idioms(toks: Sequence[Token]) -> dict[int, tuple[frozenset[str], float]]:
    """For the first word of each idiom, the keys of what it means; the rest is light."""
    out: dict[int, tuple[frozenset[str], float]] = {}
    norms = [t.norm for t in toks]
    for words, meaning in _IDIOMS:
        n = len(words)
        for i in range(len(norms) - n + 1):
            if tuple(norms[i : i + n]) == words:
                out[id(toks[i])] = (concepts(meaning) | concepts("first"), 1.0)
                for tok in toks[i + 1 : i + n]:
                    out[id(tok)] = (frozenset({tok.stem}), LIGHT_WEIGHT)
    return out


def _number_in_name(text: str, value: Value) -> bool:
    """A number written as a capitalised word next to another capitalised word ("Fantastic
    Four"); not a figure after a capitalised qualifier ("About 600,000 Japanese soldiers")."""
    if not isinstance(value, NumberValue) or not value.text.split()[-1][:1].isupper():
        return False
    before = text[: value.span[0]].split()[-1:]
    after = text[value.span[1] :].split()[:1]
    return any(w[:1].isupper() for w in before + after)


def analyse_claim(text: str) -> ClaimText:
    toks = tokens(text)
    found = list(extract_values(text))
    found += of_that_year(text, found)
    found += _yearless_days(text, found)
    found += _yearless_months(text, found)
    found += _decade_words(text, found)
    found.sort(key=lambda v: v.span)
    words: list[ClaimWord] = []
    seen: set[str] = set()
    start, end = subject_bounds(text, toks)
    subject_tokens = {id(t) for t in toks[start:end]}
    subject_span = (toks[start].start, toks[end - 1].end) if end > start else (0, 0)
    # An ordinal in the subject names it ("the 14th Dalai Lama"), and a number word in a
    # name is part of it ("Fantastic Four", "Three Tall Women"): they assert nothing.
    values = tuple(
        v
        for v in found
        if not (
            isinstance(v, NumberValue)
            and v.ordinal
            and subject_span[0] <= v.span[0] < subject_span[1]
        )
        and not _number_in_name(text, v)
    )
    idioms = _idioms(toks)
    position = {id(t): k for k, t in enumerate(toks)}
    vague = {
        id(tok) for tok, nxt in itertools.pairwise(toks) if (tok.norm, nxt.norm) in _VAGUE_RELATIONS
    }
    for i, tok in enumerate(_masked(toks, found)):
        if tok.norm in STOPWORDS or tok.norm.isdigit() or len(tok.norm) < 2:
            continue
        if tok.norm in NEGATIONS or tok.norm.endswith("n't"):
            continue  # negation is judged on its own (engine), not as a word to find
        if tok.stem in seen:
            continue
        seen.add(tok.stem)
        is_name = tok.capitalised and (i > 0 or tok.text.isupper())
        # Adverbs ("exclusively", "currently") hedge a claim more than they assert.
        light = (
            tok.norm in _LIGHT
            or (tok.norm.endswith("ly") and len(tok.norm) > 4)
            or id(tok) in vague
        )
        weight = NAME_WEIGHT if is_name else LIGHT_WEIGHT if light else 1.0
        keys = concepts(tok.stem)
        if id(tok) in idioms:
            keys, weight = idioms[id(tok)]
        k = position[id(tok)]
        after_name = k > 0 and toks[k - 1].capitalised and text[toks[k - 1].end : tok.start] == " "
        words.append(
            ClaimWord(tok, keys, weight, is_name, id(tok) in subject_tokens, after_name=after_name)
        )
    return ClaimText(text, tuple(toks), values, tuple(words))


@lru_cache(maxsize=1024)
def title_tokens(title: str) -> tuple[Token, ...]:
    # Every sentence of an article is judged with its title: tokenise each title once.
    return tuple(tokens(title))


def narrow_said(word: ClaimWord, unit: Unit, here: frozenset[str]) -> bool:
    """The sentence says the claim word through a narrower one ("frigate" for "warship"):
    a noun of the sentence, not a word whose stem only looks like one ("locally" is not
    "locality")."""
    hits = word.narrow & here
    if not hits:
        return False
    net = wordnet.load()
    if net is None:
        return True
    # A hit that is no word's stem came through the hand lexicon's groups: it stands.
    return not hits <= unit.stems or any(
        t.stem in hits and net.noun_form(t.norm) for t in unit.tokens
    )


def keys_of(toks: Iterable[Token]) -> frozenset[str]:
    out: set[str] = set()
    for tok in toks:
        out |= concepts(tok.stem)
        if tok.norm in UNIT_ABBREVIATIONS and not tok.capitalised:
            out |= concepts(stem(UNIT_ABBREVIATIONS[tok.norm]))  # "500 m" says "metres"
        for part in compound_parts(tok):
            out |= concepts(stem(part))
    return frozenset(out)


def units_from_texts(texts: Sequence[str], title: str = "") -> list[Unit]:
    """Evidence handed over as sentences or passages (the Python API, the benchmarks)."""
    units: list[Unit] = []
    for text in texts:
        units += _units(split_sentences(text), title, first_index=len(units))
    return units


# "Name (12 October 1875 – 1 December 1947)": a lead's life span, which says "born" and
# "died" without the words.
_LIFESPAN = re.compile(
    r"\(\s*(?:[^()]*?;\s*)?(?:born\s+)?[^()]*?\d{3,4}\s*[–—−-]\s*[^()]*?\d{3,4}\s*\)"
)
_LIFESPAN_KEYS = keys_of(tokens("born birth died death"))
_RANGE_KEYS = keys_of(tokens("began begin start started ended end finished"))


# What may stand before a lead's life span: the name it belongs to ("Victor Gazaway
# Willis", "Pope Innocent III", "Maurice Harold Macmillan, 1st Earl of Stockton,").
_NAME_WORD = r"(?:[\"'“(]?[A-Z][\w.'’-]*[\"”)]?|\d+(?:st|nd|rd|th)|of|de|von|van|the|la|le|da|du|y)"
_NAME_BEFORE = re.compile(rf"^{_NAME_WORD}(?:,?\s+{_NAME_WORD})*,?\s*$")


def _lead_lifespan(text: str) -> bool:
    """A life span right after the name the sentence opens with ("Victor Willis (1876 –
    1947) was ..."): it says that one was born and died. One after a name further on ("They
    had three children: Francesco Quinn (1963 – 2011)") is another's."""
    m = _LIFESPAN.search(text)
    return m is not None and bool(_NAME_BEFORE.match(text[: m.start()]))


@dataclass(frozen=True)
class _Reading:
    """What a sentence says by itself, before its context: words, values, their keys."""

    tokens: tuple[Token, ...]
    values: tuple[Value, ...]
    concepts: frozenset[str]
    stems: frozenset[str]
    common: frozenset[str] = frozenset()


_NAME_JOINS = frozenset({"the", "and"})


def _in_names(text: str, toks: Sequence[Token]) -> set[int]:
    """Indices of the words inside names of two words or more ("Eastern Europe", "The Lady
    of Shalott"): a claim's common word ("eastern") is not said by them. Office titles
    stay common words ("President Viktor Yanukovych"), and so does a name's last word, its
    head, which says what the thing is ("Distinguished Service Professor" is a professor)."""
    out: set[int] = set()
    for i in range(1, len(toks)):
        a, b = toks[i - 1], toks[i]
        if a.capitalised and b.capitalised and text[a.end : b.start].strip() == "":
            if i - 1 > 0:
                out.add(i - 1)
            out.add(i)
        elif (
            # "Liberty Leading the People", "Bosnia and Herzegovina": a title goes on past a
            # lower-case "the" or "and" between capitalised words.
            b.norm in _NAME_JOINS
            and i + 1 < len(toks)
            and a.capitalised
            and toks[i + 1].capitalised
            and text[a.end : toks[i + 1].start].strip() == b.text
        ):
            if i - 1 > 0:
                out.add(i - 1)
            out.add(i)
            out.add(i + 1)
    heads = {i for i in out if i + 1 not in out}
    return {i for i in out - heads if toks[i].norm not in _TITLE_WORDS}


def _glance(text: str) -> _Reading:
    """A sentence read only for its words, as the context of another: its values are not
    looked for, so its keys include the words of its dates (which no claim word has)."""
    toks = tokens(text)
    return _Reading(tuple(toks), (), keys_of(toks), frozenset())


def _read(text: str) -> _Reading:
    toks = tokens(text)
    found: list[Value] = list(extract_values(text))
    found += of_that_year(text, found)
    values = tuple(sorted(found, key=lambda v: v.span))
    implied = _LIFESPAN_KEYS if _lead_lifespan(text) else frozenset()
    if any(isinstance(v, DateValue) and v.is_range for v in values):
        implied |= _RANGE_KEYS  # "from 1994 to 1995" says when it began and ended
    masked = _masked(toks, values, sizes=True)
    named = {id(toks[i]) for i in _in_names(text, toks)}
    return _Reading(
        tuple(toks),
        values,
        keys_of(masked) | implied,
        frozenset(t.stem for t in toks),
        keys_of(t for t in masked if id(t) not in named) | implied,
    )


def _unit(
    sentence: Sentence,
    reading: _Reading,
    title: str,
    page: Page | None,
    index: int,
    earlier: Sequence[_Reading],
    lead: tuple[Token, ...],
    lead_text: str = "",
) -> Unit:
    return Unit(
        sentence.text,
        title,
        sentence.section,
        index,
        page,
        reading.tokens,
        reading.values,
        reading.concepts,
        reading.stems,
        tuple(t for r in earlier for t in r.tokens),
        frozenset().union(*(r.concepts for r in earlier)) if earlier else frozenset(),
        lead,
        reading.common,
        lead_text,
    )


def _earlier(sentences: Sequence[Sentence], n: int) -> list[int]:
    """The sentences before n in its paragraph: what its "it" and "the law" refer to."""
    here = sentences[n].paragraph
    return [k for k in range(max(0, n - CONTEXT_SENTENCES), n) if sentences[k].paragraph == here]


def _units(sentences: Sequence[Sentence], title: str, first_index: int = 0) -> list[Unit]:
    """Units of sentences handed over by a caller (no article: no lead sentence)."""
    readings = [_read(s.text) for s in sentences]
    return [
        _unit(
            sentence,
            readings[n],
            title,
            None,
            first_index + n,
            [readings[k] for k in _earlier(sentences, n)],
            (),
        )
        for n, sentence in enumerate(sentences)
    ]


def instance_key(year: str, noun: str) -> str:
    """A vocabulary entry saying the text names one instance of a recurring event: "the
    2004 election" or "the election of 4 January 2004" -> "2004~election". No word has "~"."""
    return f"{year}~{noun}"


def instance_keys(norms: Sequence[str]) -> set[str]:
    """The instances of recurring events a sentence names: a year with one of
    values.lexicon.RECURRING_EVENTS within four words after it, or after "<event> of"."""
    out: set[str] = set()
    for i, norm in enumerate(norms):
        # A year of 1000-2099; a plain test, as this runs on every word of every page.
        if not (len(norm) == 4 and norm.isdecimal() and (norm[0] == "1" or norm[:2] == "20")):
            continue
        for word in norms[i + 1 : i + 5]:
            if word in RECURRING_EVENTS:
                out.add(instance_key(norm, event_noun(word)))
                break
        for k in range(max(0, i - 5), i - 1):
            if norms[k] in RECURRING_EVENTS and norms[k + 1] == "of":
                out.add(instance_key(norm, event_noun(norms[k])))
    return out


class PageText:
    """A page split into sentences and indexed by the keys of their words.

    Reading a sentence in full (its tokens, dates, numbers: a Unit) costs far more than
    finding its words, and most sentences of an article say nothing about a given claim:
    a sentence is read only when a claim needs it, and once.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.sentences = split_sentences(page.text)
        # By stem: a claim word's keys lead to stems through the lexicon (stems_under).
        postings: dict[str, list[int]] = {}
        vocabulary: set[str] = set()
        for n, sentence in enumerate(self.sentences):
            stems: set[str] = set()
            norms: list[str] = []
            for _raw, norm, word_stem in words_of(sentence.text):
                vocabulary.add(norm)
                stems.add(word_stem)
                norms.append(norm)
            vocabulary |= instance_keys(norms)
            for word_stem in stems:
                postings.setdefault(word_stem, []).append(n)
        self.postings = postings
        self.vocabulary = frozenset(vocabulary)
        self._readings: dict[int, _Reading] = {}
        self._glances: dict[int, _Reading] = {}
        self._units: dict[int, Unit] = {}
        self._spellings: list[str] | None = None

    def __len__(self) -> int:
        return len(self.sentences)

    def _reading(self, n: int) -> _Reading:
        reading = self._readings.get(n)
        if reading is None:
            reading = self._readings[n] = _read(self.sentences[n].text)
        return reading

    def _context(self, n: int) -> _Reading:
        # A sentence read in full anyway serves as it is; others are only glanced at.
        reading = self._readings.get(n) or self._glances.get(n)
        if reading is None:
            reading = self._glances[n] = _glance(self.sentences[n].text)
        return reading

    def unit(self, n: int) -> Unit:
        unit = self._units.get(n)
        if unit is None:
            sentence = self.sentences[n]
            before = _earlier(self.sentences, n)
            earlier = [self._context(k) for k in before]
            lead: tuple[Token, ...] = ()
            lead_text = ""
            if n > 0:
                lead, lead_text = self._context(0).tokens, self.sentences[0].text
                if 0 not in before:
                    earlier.insert(0, self._context(0))
            reading = self._reading(n)
            unit = self._units[n] = _unit(
                sentence,
                reading,
                self.page.title,
                self.page,
                sentence.index,
                earlier,
                lead,
                lead_text,
            )
        return unit

    def units(self, chosen: Iterable[int] | None = None) -> list[Unit]:
        """The units of the chosen sentences (all by default), in page order."""
        wanted = range(len(self.sentences)) if chosen is None else sorted(set(chosen))
        return [self.unit(n) for n in wanted]

    def sentences_with(self, keys: Iterable[str]) -> set[int]:
        """Sentences with a word under any of `keys` (see lexicon.concepts)."""
        found: set[int] = set()
        for key in keys:
            for word_stem in stems_under(key):
                found.update(self.postings.get(word_stem, ()))
        return found

    def near_spellings(self, word: str) -> list[str]:
        """Words of the page within FUZZY_MIN of `word` (a misspelt name's real spelling)."""
        if self._spellings is None:
            self._spellings = [w for w in self.vocabulary if len(w) >= FUZZY_MIN_LENGTH - 1]
        hits = process.extract(
            word, self._spellings, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=5
        )
        return [hit[0] for hit in hits]


@lru_cache(maxsize=64)
def page_text(page: Page) -> PageText:
    # Several claims cite the same article: split and index it once per run. Claims reach
    # the engine grouped by their first article (runner.py), so a few dozen suffice.
    return PageText(page)


# Pages of at most this many sentences in all are read in full for a claim; beyond, the
# index picks the PRESELECT sentences that share the most (and rarest) words with it.
FULL_READ_SENTENCES = 80
PRESELECT = 18


def candidate_units(
    claim: ClaimText, texts: Sequence[PageText]
) -> tuple[list[Unit], dict[int, float] | None]:
    """The sentences of `texts` worth scoring against the claim, and, when only some are
    read, the rarity of each claim word over all of them (see Matcher)."""
    total = sum(len(t) for t in texts)
    if total <= FULL_READ_SENTENCES:
        return [u for t in texts for u in t.units()], None
    hits: list[list[set[int]]] = []  # per text, per claim word: sentences that have it
    for text in texts:
        per_word = []
        for word in claim.words:
            found = text.sentences_with(word.keys)
            if not found and len(word.token.norm) >= FUZZY_MIN_LENGTH:
                for near in text.near_spellings(word.token.norm):
                    found |= text.sentences_with(concepts(stem(near)))
            per_word.append(found)
        hits.append(per_word)
    rarity: dict[int, float] = {}
    for i in range(len(claim.words)):
        df = sum(len(per_word[i]) for per_word in hits)
        rarity[i] = 0.5 + 0.5 * min(1.0, math.log((total + 1) / (df + 1)) / math.log(total + 1))
    ranked: list[tuple[float, int, int]] = []  # (-score, text number, sentence)
    for t, per_word in enumerate(hits):
        score: dict[int, float] = {0: 0.0}  # the lead is always read: it names the subject
        for i, found in enumerate(per_word):
            weight = claim.words[i].weight * rarity[i]
            for n in found:
                score[n] = score.get(n, 0.0) + weight
        ranked += [(-value, t, n) for n, value in score.items()]
    ranked.sort()
    chosen: list[list[int]] = [[] for _ in texts]
    for _score, t, n in ranked[:PRESELECT]:
        chosen[t].append(n)
    units = [u for text, picked in zip(texts, chosen, strict=True) for u in text.units(picked)]
    return units, rarity


class Matcher:
    """Scores candidate sentences against one claim."""

    def __init__(
        self, claim: ClaimText, units: Sequence[Unit], rarity: dict[int, float] | None = None
    ) -> None:
        self.claim = claim
        self.units = list(units)
        self._title_keys: dict[str, frozenset[str]] = {}
        for unit in self.units:
            if unit.title and unit.title not in self._title_keys:
                self._title_keys[unit.title] = keys_of(title_tokens(unit.title))
        # Given when the units are a preselection: rarity is over all the pages' sentences.
        self._rarity = self._rarities() if rarity is None else rarity

    def _rarities(self) -> dict[int, float]:
        """Per claim word, a factor in [0.5, 1]: words in most candidates tell little apart."""
        n = len(self.units)
        if n < 8:
            return {}
        factors: dict[int, float] = {}
        for i, word in enumerate(self.claim.words):
            df = sum(1 for u in self.units if word.keys & u.concepts)
            factors[i] = 0.5 + 0.5 * min(1.0, math.log((n + 1) / (df + 1)) / math.log(n + 1))
        return factors

    def score(self, unit: Unit) -> Scored:
        got = {True: 0.0, False: 0.0}
        total = {True: 0.0, False: 0.0}
        ranked = 0.0
        ranked_total = 0.0
        missing: list[ClaimWord] = []
        absent: list[ClaimWord] = []
        title_keys = self._title_keys.get(unit.title, frozenset())
        fuzzy_pool: list[str] | None = None
        for i, word in enumerate(self.claim.words):
            credit = 0.0
            here = unit.concepts if word.named else unit.common
            if word.keys & here or (
                word.is_name
                and is_acronym(word.token.text)
                and abbreviated(word.token.norm, list(unit.tokens))
            ):
                credit = 1.0
            elif narrow_said(word, unit, here):
                credit = NARROW_CREDIT
            elif word.loose & here:
                credit = LOOSE_CREDIT
            else:
                absent.append(word)
            if credit == 0 and len(word.token.norm) >= FUZZY_MIN_LENGTH:
                if fuzzy_pool is None:
                    fuzzy_pool = [
                        t.norm for t in unit.tokens if len(t.norm) >= FUZZY_MIN_LENGTH - 1
                    ]
                best = (
                    process.extractOne(
                        word.token.norm, fuzzy_pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN
                    )
                    if fuzzy_pool
                    else None
                )
                if best is not None:
                    credit = FUZZY_CREDIT
            if credit < TITLE_CREDIT and word.keys & title_keys:
                credit = TITLE_CREDIT
            if (
                credit < PREVIOUS_CREDIT
                and word.keys & unit.previous_concepts
                and (word.subject or unit.refers_back)
            ):
                credit = PREVIOUS_CREDIT
            if credit == 0:
                missing.append(word)
            got[word.subject] += word.weight * credit
            total[word.subject] += word.weight
            rarity = self._rarity.get(i, 1.0)
            ranked += word.weight * rarity * credit
            ranked_total += word.weight * rarity
        all_total = total[True] + total[False]
        coverage = (got[True] + got[False]) / (all_total or 1.0)
        subject = got[True] / total[True] if total[True] else 1.0
        # A predicate of light words only ("took place") asserts nothing to look for.
        heavy = any(not w.subject and w.weight > LIGHT_WEIGHT for w in self.claim.words)
        predicate = got[False] / total[False] if total[False] and heavy else subject
        discounted = SUBJECT_DISCOUNT * total[True] + total[False]
        focused = (
            (SUBJECT_DISCOUNT * got[True] + got[False]) / discounted if discounted else coverage
        )
        rank = ranked / (ranked_total or 1.0)
        return Scored(
            unit, coverage, rank, focused, subject, predicate, tuple(missing), tuple(absent)
        )

    def best(self, k: int) -> list[Scored]:
        """The k best sentences. Among sentences that match the claim's words equally, one
        that carries a value of the kind the claim asserts (any date for a dated claim,
        whatever its year) goes first: it is the one that can settle the claim."""
        kinds = {type(v) for v in self.claim.values}

        masked_claim = " ".join(w.token.norm for w in self.claim.words)

        def key(s: Scored) -> tuple[float, float, int]:
            bonus = VALUE_BONUS if any(type(v) in kinds for v in s.unit.values) else 0.0
            # rapidfuzz's view of the whole sentence breaks near-ties between sentences
            # that cover the same words.
            fuzzy = fuzz.token_set_ratio(masked_claim, s.unit.text.lower()) / 100
            return (s.rank + bonus + FUZZY_TIEBREAK * fuzzy, s.coverage, -s.unit.index)

        scored = [self.score(u) for u in self.units]
        scored.sort(key=key, reverse=True)
        return scored[:k]
