"""Words the value grammar knows: months, seasons, number words, ordinals, count nouns.

Tables only, plus two tiny helpers (``plural_lemma``, ``ordinal_suffix``); the regexes
that use them live next to their grammar in ``dates.py`` and ``numbers.py``.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

# The months' full names, folded: for readers that only need to know a word is one.
MONTH_WORDS = frozenset(name.lower() for name in MONTH_NAMES if name)

# Capitalised only: "may" and "march" are also verbs. Longer forms first, because an
# alternation takes the first branch that fits.
MONTH_ALTERNATION = "|".join(
    sorted({name.capitalize() for name in MONTHS}, key=lambda s: (-len(s), s))
)

# Months (first, last) of each season; northern hemisphere, as English Wikipedia means.
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
}
WINTER = "winter"  # spans two years, handled apart

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
HUNDRED = "hundred"
DOZEN = "dozen"

ORDINAL_UNITS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9,
}  # fmt: skip
ORDINAL_OTHERS: dict[str, int] = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=lambda s: (-len(s), s)))


UNIT_WORDS = _alternation(UNITS)
TENS_WORDS = _alternation(TENS)
ORDINAL_UNIT_WORDS = _alternation(ORDINAL_UNITS)
ORDINAL_OTHER_WORDS = _alternation(ORDINAL_OTHERS)
# "seventeenth", "twenty-first": any ordinal word up to the ninety-ninth.
# A hyphen may follow when a superlative does ("second-largest", "third-most", "third- or
# fourth-largest"), not in other compounds ("second-hand", "first-class").
_ORDINAL_END = r"(?:(?![\w-])|(?=-(?:[a-z]+est|most)\b|-\s+(?:or|to)\s))"
ORDINAL_WORD = (
    rf"(?:(?:{TENS_WORDS})[-\s])?(?:{ORDINAL_UNIT_WORDS}){_ORDINAL_END}"
    rf"|(?:{ORDINAL_OTHER_WORDS}){_ORDINAL_END}"
)


def ordinal_word_value(text: str) -> int | None:
    """ "twenty-first" -> 21, "seventeenth" -> 17; None when it is not an ordinal word."""
    words = text.lower().replace("-", " ").split()
    if len(words) == 1:
        word = words[0]
        return ORDINAL_UNITS.get(word, ORDINAL_OTHERS.get(word))
    if len(words) == 2 and words[0] in TENS and words[1] in ORDINAL_UNITS:
        return TENS[words[0]] + ORDINAL_UNITS[words[1]]
    return None


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Plural nouns that do not end in -s, and how they lemmatise.
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "personnel": "personnel",
    "police": "police",
    "aircraft": "aircraft",
    "cattle": "cattle",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "staff": "staff",
    "crew": "crew",
    "series": "series",
    "species": "species",
    "lives": "life",
    "wives": "wife",
    "wolves": "wolf",
    "halves": "half",
}

# Words ending in -s that are not plural nouns (or not count nouns).
NOT_PLURAL: frozenset[str] = wordset(
    """
    was has is as us its this his hers ours yours theirs thus plus less unless whereas
    across always perhaps besides towards afterwards sometimes news various famous previous
    serious numerous does goes yes gas bus bias lens canvas chaos mathematics
    physics politics economics ethics athletics statistics basis crisis status campus
    census virus analysis thesis axis nexus bonus themselves ourselves yourselves
    """
)

# Plurals that name events, which follow years far more often than they are counted:
# "the 1991 elections", "the 2004 Olympics", "the 2014 protests".
EVENT_PLURALS: frozenset[str] = wordset(
    """
    elections midterms primaries protests riots attacks bombings talks negotiations reforms
    championships summits hearings sanctions floods earthquakes wars revolutions uprisings
    accords agreements olympics paralympics games awards playoffs finals celebrations events
    crises purges strikes demonstrations unrest massacres killings shootings
    """
)

# Words that end a search for the noun a figure counts.
STOP_WORDS: frozenset[str] = wordset(
    """
    of the a an and or but nor in on at to for from by with as than that which who whom
    whose was were is are be been being had has have it its their his her this these
    those per each into over under about after before during since until while when where
    more less not no so such then there here what whether if because though although
    also only just still even both either neither all any some most many much few
    """
)

# Singular words that are units of a figure even after "1" or in "a 5-year plan".
KNOWN_UNITS: frozenset[str] = wordset(
    """
    year month week day hour minute second decade century millennium km kilometre
    kilometer mile metre meter m cm mm kg kilogram tonne ton pound lb ft foot inch
    hectare acre point vote seat percent
    """
)


def is_plural_word(word: str) -> bool:
    """Does this word look like a plural count noun ("countries", "troops", "people")?"""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    if len(lower) < 3 or not lower.endswith("s") or lower in NOT_PLURAL:
        return False
    return not lower.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def plural_lemma(word: str) -> str:
    """The singular of a plural count noun, lowercase: "countries" -> "country"."""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def pluralise(lemma: str) -> str:
    """The inverse of ``plural_lemma`` for the regular cases, used by the renderer."""
    for plural, singular in IRREGULAR_PLURALS.items():
        if singular == lemma:
            return plural
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("ss", "sh", "ch", "x", "z")):
        return lemma + "es"
    return lemma + "s"


# Events that recur, so that a date or a year names one of them: "the 2004 presidential
# election", "the election of 5 January 2008", "the 2024 budget". As written, with their
# plurals: a stem would take "met" for "meeting".
RECURRING_EVENT_NOUNS = (
    "election budget referendum census season championship tournament festival conference "
    "congress convocation session summit meeting visit tour term cabinet government games "
    "olympics edition contest study survey poll report"
).split()
RECURRING_EVENTS = frozenset(RECURRING_EVENT_NOUNS) | frozenset(
    w + "s" for w in RECURRING_EVENT_NOUNS
)


def event_noun(word: str) -> str:
    """ "elections" -> "election"; "games" stays (it is a noun of its own)."""
    return word if word in RECURRING_EVENT_NOUNS else word.removesuffix("s")
