"""Reading figures out of English text: digits, number words, hedges, bounds, ranges, units.

What is read:

* Digits: "650,000", "650 000" (space, no-break, narrow no-break or thin space between
  groups of three), "1.5", "−5" (minus sign; a hyphen only after a space or "(");
  "650.000" is 650 with three decimals: the point is always a decimal point, as in English.
* Scales and units: "1.5 million", "$2.3 billion", "£2bn", "133%", "133 percent",
  "133 per cent", "5 percentage points", "a 5-year plan", "30 years".
* Words: "seven", "twenty-one", "two hundred", "a million", "a dozen" (about 12),
  "half a century" (50 years), "a decade" (10 years), "two decades" (20 years); "one"
  alone is not read (it is mostly a pronoun: "one of the founders").
* Ordinals: "3rd", "second", "twenty-first", flagged ``ordinal``; read only before a word
  ("its second studio album"), not as a sentence adverb ("Second, ...").
* Hedges and bounds: "about 1.5 million", "more than 600,000", "over 600,000",
  "at least 40", "fewer than 10", "nearly 3,000", "up to 5,000", "some 30".
* Ranges: "between 600,000 and 720,000", "600,000–720,000", "10 to 20", "1.5–2 million"
  (the scale and unit of one end carry to the other); "from 5 to 10" is a change, read as
  two figures.
* Vague magnitudes: "dozens of", "hundreds of", "thousands of", "tens of thousands of".

Not figures: numbers inside dates (the date reader takes them: "1 July 1991", "in 2008"),
a day next to a month without a year ("June 28"), numbers glued to letters or joined to
them by a hyphen ("G7", "F-16", "B-52", "COVID-19", "MH17", "3D"), numbers after a
capitalised name word ("Article 5", "Boeing 747", "Resolution 1244", "No. 5"), times and
fractions ("5:45", "12/9"), and numbers of more than ``MAX_DIGITS`` digits.

The unit is the percent sign, a currency, a glued or hyphenated unit, or else the lemma of
the first plural noun within the next four words, skipping adjectives but not crossing a
function word ("650,000 ethnic Russians" -> "russian", "three Baltic States" -> "state").
Bounds follow ``values.rules``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.values.dates import extract_dates
from factcheck.values.lexicon import (
    DOZEN,
    HUNDRED,
    KNOWN_UNITS,
    MONTH_ALTERNATION,
    MONTHS,
    ORDINAL_WORD,
    SCALES,
    STOP_WORDS,
    TENS,
    TENS_WORDS,
    UNIT_WORDS,
    UNITS,
    is_plural_word,
    ordinal_word_value,
    plural_lemma,
    wordset,
)
from factcheck.values.model import NumberValue, Qualifier
from factcheck.values.rules import (
    APPROX_REL,
    DOZEN_REL,
    MAX_DIGITS,
    ROUNDING_CAP,
    ROUNDING_MIN,
    VAGUE_HIGH_FACTOR,
    VAGUE_LOW_FACTOR,
)

_MASK = "\x00"  # stands in for the characters of dates, so offsets stay those of the input

_GROUP_SEP = "[ \u00a0\u202f\u2009]"
_NUMBER = re.compile(
    r"(?<![\w.,#/:\x00])(?<![A-Za-z][-–])"
    r"(?P<sign>[\u2212-](?=[$£€¥\d]))?"
    r"(?P<cur>US\$|A\$|C\$|NZ\$|HK\$|\$|£|€|¥|₹|₽)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|\d{{1,3}}(?:{_GROUP_SEP}\d{{3}})+(?![\d,]|\.\d)"
    r"|\d+(?:\.\d+)?)"
    r"(?![\d]|[.,:/]\d)"
)
_CURRENCY = {
    "$": "USD", "US$": "USD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
}  # fmt: skip
_GLUED = re.compile(r"[A-Za-z]+")
_GLUED_SCALE = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
}  # fmt: skip
_GLUED_UNITS = {
    "km": "km", "kg": "kg", "cm": "cm", "mm": "mm", "m": "m", "mi": "mile", "ft": "ft",
    "lb": "lb", "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "gwh": "GWh",
    "twh": "TWh", "ha": "hectare", "t": "tonne", "h": "hour", "yr": "year", "yrs": "year",
}  # fmt: skip
# Units that are written glued to their figure ("5km") and kept as written.
GLUED_UNIT_NAMES = frozenset(u for k, u in _GLUED_UNITS.items() if k == u.lower())
_ORDINAL_SUFFIX = ("st", "nd", "rd", "th")
_SCALE_AFTER = re.compile(r"\s*(?P<w>thousand|million|billion|trillion)\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(
    r"\s?%|\s*(?P<pp>percentage[\s-]points?)\b|\s*per\s?cent\b|\s*percent\b", re.IGNORECASE
)
_DEGREES_AFTER = re.compile(r"\s?°\s?(?P<scale>[CF])\b")
_HYPHEN_UNIT = re.compile(r"-(?P<w>[a-z]+)\b")
_NOT_HYPHEN_UNITS = frozenset({"strong", "odd", "plus", "something", "fold"})  # "1500-strong"
_WORD = re.compile(r"\s+(?:-\s+)?(?P<w>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")

_WORD_NUM = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<a>an?)\s+)?"
    rf"(?:{TENS_WORDS}|{UNIT_WORDS}|hundred|thousand|million|billion|trillion|dozen)\b"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{TENS_WORDS}|{UNIT_WORDS}|hundred|thousand|million|billion"
    rf"|trillion|dozen)\b)*"
)
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_ORDINAL_WORD = re.compile(rf"(?i)(?<![\w-])(?:{ORDINAL_WORD})")
_VAGUE = re.compile(
    r"(?i)(?<![\w-])(?:(?P<m>tens|hundreds)\s+of\s+(?P<b1>thousands|millions|billions)"
    r"(?:\s+of\b)?|(?P<b2>dozens|scores|hundreds|thousands|millions|billions|decades|centuries)"
    r"\s+of\b)"
)
_HALF = re.compile(
    r"(?i)(?<![\w-])(?:half\s+an?|an?\s+half)[\s-]+"
    r"(?P<w>century|decade|million|billion|thousand|hundred|dozen)\b"
)
_ONE_PERIOD = re.compile(r"(?i)(?<![\w-])(?:a|one)\s+(?P<w>decade|century)\b")
_VAGUE_BASE = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000, "tens": 10, "decades": 10, "centuries": 100,
}  # fmt: skip
_VAGUE_YEARS = ("decades", "centuries")  # counted in years: "decades of war" is 20..99 years
_PERIOD_YEARS = {"decade": 10, "century": 100, "millennium": 1000}

_QUALIFIER_BEFORE = re.compile(
    r"(?i)(?<![\w])(?P<q>more\s+than|in\s+excess\s+of|upwards\s+of|greater\s+than|well\s+over"
    r"|just\s+over|over|above|exceeding|at\s+least|no\s+(?:fewer|less)\s+than"
    r"|not\s+less\s+than|a\s+minimum\s+of|less\s+than|fewer\s+than|just\s+under|under|below"
    r"|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|as\s+many\s+as"
    r"|nearly|almost|close\s+to|just\s+short\s+of|about|around|approximately|approx\."
    r"|roughly|some|circa|c\.|ca\.|an\s+estimated|estimated|an\s+approximate|est\.|~|≈)"
    r"\s*\Z"
)
_QUALIFIERS: dict[str, Qualifier] = {
    "more than": Qualifier.MORE_THAN, "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN, "greater than": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN, "just over": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN, "above": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST, "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST, "not less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "less than": Qualifier.LESS_THAN, "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN, "below": Qualifier.LESS_THAN,
    "at most": Qualifier.AT_MOST, "up to": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST, "not more than": Qualifier.AT_MOST,
    "a maximum of": Qualifier.AT_MOST, "as many as": Qualifier.AT_MOST,
    "nearly": Qualifier.NEARLY, "almost": Qualifier.NEARLY, "close to": Qualifier.NEARLY,
    "just under": Qualifier.NEARLY, "just short of": Qualifier.NEARLY,
}  # fmt: skip
# Everything else the pattern knows is a hedge: about, around, some, c., ~ ...

_RANGE_GAP = re.compile(r"\s*[–—-]\s*|\s+to\s+")
_AND_GAP = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"(?i)(?<![\w])between\s+\Z")
_FROM_BEFORE = re.compile(r"(?i)(?<![\w])from\s+\Z")
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{MONTH_ALTERNATION})\b")
_MONTH_BEFORE = re.compile(rf"(?<![\w])(?:{MONTH_ALTERNATION})\.?\s+\Z")
_PREV_TOKEN = re.compile(r"(?<!\S)(?P<t>\S+)\s+\Z")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z]*\.?")
_ADVERB_AFTER = re.compile(r"\s*[,;:.!?)]|\s+(?:and|or|but|of)\b|\s*\Z")
_CONTEXT = 40

# Capitalised words that may stand before a figure without making it part of a name.
_FUNCTION_CAPS = wordset(
    """
    About Around Over Some Nearly Almost Roughly Approximately Between In By Only Just With
    Of The These Those All Its Their His Her Our At For From To Up Since During After Before
    Until Another Exactly Fewer Less More Under Below Above Estimated An A And Or But Than
    Approx Circa Ca C Each Every When While Where Then Today Now Last Next Total Both
    Within Across Among Per Like Including
    """
)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    value: float
    rounding: float  # half a unit of the last significant digit
    unit: str | None = None
    scale: float = 1.0  # the scale word or suffix applied ("million": 1e6)
    ordinal: bool = False
    approximate: bool = False
    plain: bool = False  # bare digits, no separators, decimals, currency or unit
    low: float | None = None  # set for vague magnitudes, whose bounds are fixed
    high: float | None = None
    qualifier: Qualifier | None = None
    unit_locked: bool = False  # the unit came from the figure itself, not a noun after it


def implied_rounding(digits: str, scale: float = 1.0) -> float:
    """Half a unit of the last significant digit of a written figure; 0 when exact.

    A whole number whose last digit is not zero is exact ("1,994", "121"), and so is any
    whole number below ``ROUNDING_MIN`` ("30 years"); trailing zeros and decimals tell how
    far the writer rounded ("650,000", "1.5 million").
    """
    if "." in digits:
        decimals = len(digits) - digits.index(".") - 1
        return 0.5 * 10.0**-decimals * scale
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    if scale == 1.0 and (zeros == 0 or float(digits) < ROUNDING_MIN):
        return 0.0
    return 0.5 * 10.0**zeros * scale


def rounding_spread(value: float, rounding: float) -> float:
    """The implied-rounding tolerance of a figure: its rounding, capped (see ``rules``)."""
    return min(rounding, ROUNDING_CAP * abs(value))


# --- digits ---------------------------------------------------------------------------------


def _digit_tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _NUMBER.finditer(text):
        tok = _digit_token(text, m)
        if tok is not None:
            toks.append(tok)
    return toks


def _digit_token(text: str, m: re.Match[str]) -> _Tok | None:
    start, end = m.start(), m.end()
    raw = m["num"]
    digits = re.sub(r"[,\s]", "", raw)
    if len(digits.split(".")[0]) > MAX_DIGITS:
        return None
    sign = m["sign"]
    if sign == "-" and (start > 0 and not text[start - 1].isspace() and text[start - 1] != "("):
        sign = None
    if sign == "-" and re.search(r"\d\s*\Z", text[max(0, start - 12) : start]):
        sign = None  # "600 -700" is a range, not a negative number
    if m["sign"] and not sign:
        start += 1
    value = float(digits)
    scale = 1.0
    unit: str | None = _CURRENCY.get(m["cur"] or "")
    ordinal = False
    plain = not m["cur"] and raw.isdigit()

    glued = _GLUED.match(text, end)
    if glued:
        suffix = glued.group(0)
        lower = suffix.lower()
        if lower in _ORDINAL_SUFFIX and raw.isdigit() and not m["cur"]:
            ordinal, end, plain = True, glued.end(), False
        elif unit and lower in _GLUED_SCALE:
            scale, end = _GLUED_SCALE[lower], glued.end()
        elif lower in _GLUED_UNITS and not unit:
            unit, end, plain = _GLUED_UNITS[lower], glued.end(), False
        else:
            return None  # "3D", "5G", "4K": a name, not a figure
    if not ordinal and scale == 1.0:
        sm = _SCALE_AFTER.match(text, end)
        if sm:
            scale, end = SCALES[sm["w"].lower()], sm.end()
    if not ordinal:
        pm = _PERCENT_AFTER.match(text, end)
        dm = _DEGREES_AFTER.match(text, end)
        if pm and not unit:
            unit, end, plain = ("pp" if pm["pp"] else "%"), pm.end(), False
        elif dm and not unit:
            unit, end, plain = f"°{dm['scale']}", dm.end(), False
        else:
            hm = _HYPHEN_UNIT.match(text, end)
            if hm and not unit and hm["w"] not in _NOT_HYPHEN_UNITS:
                unit, end, plain = _unit_lemma(hm["w"], singular_ok=True), hm.end(), False
    if scale != 1.0:
        plain = False
    if sign:
        value = -value
    # Rounded past the float's error: "4.1 million" is 4,100,000, as "4,100,000" is.
    scaled = value if scale == 1.0 else round(value * scale, 6)
    return _Tok(
        start, end, scaled, implied_rounding(digits, scale), unit=unit, scale=scale,
        ordinal=ordinal, plain=plain, unit_locked=unit is not None,
    )  # fmt: skip


# --- words ------------------------------------------------------------------------------------


def _evaluate_words(words: Sequence[str]) -> tuple[int, int]:
    """Value of a run of number words and how many of them form one number."""
    total = current = 0
    last = ""
    used = 0
    for word in words:
        if word == "and":
            if last in (HUNDRED, *SCALES):
                used += 1
                continue
            break
        if word in UNITS:
            after_tens = last in TENS and UNITS[word] < 10  # "twenty-one", not "twenty eleven"
            if not (after_tens or last in ("", "and", HUNDRED, *SCALES)):
                break
            current += UNITS[word]
        elif word in TENS:
            if last in ("", "and", HUNDRED, *SCALES):
                current += TENS[word]
            else:
                break
        elif word == HUNDRED:
            if last == HUNDRED or current >= 100:
                break
            current = (current or 1) * 100
        elif word == DOZEN:
            current = (current or 1) * 12
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            break
        last = word
        used += 1
    while used and words[used - 1] == "and":
        used -= 1
    return total + current, used


def _word_tokens(text: str, taken: bytearray) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _WORD_NUM.finditer(text):
        parts = list(_WORD_TOKEN.finditer(text, m.start(), m.end()))
        words = [p.group(0).lower() for p in parts]
        if words[0] in ("a", "an"):
            if len(words) > 1 and words[1] in (HUNDRED, DOZEN, *SCALES):
                words[0] = "one"  # "a hundred", "a dozen": the article counts one
            else:
                parts, words = parts[1:], words[1:]  # "a two-year ...": it does not
        # A run may hold several numbers ("two, three" is one run without the comma).
        i = 0
        while i < len(words):
            value, used = _evaluate_words(words[i:])
            if used == 0:
                i += 1
                continue
            tok = _word_token(text, taken, parts[i : i + used], words[i : i + used], value)
            if tok is not None:
                toks.append(tok)
            i += used
    return toks


def _word_token(
    text: str, taken: bytearray, parts: list[re.Match[str]], words: list[str], value: int
) -> _Tok | None:
    start, end = parts[0].start(), parts[-1].end()
    if words == ["one"] or 1 in taken[start:end]:
        return None  # "one" alone is mostly a pronoun
    dozen = DOZEN in words
    # "three thousand" is as rounded as "3,000".
    tok = _Tok(start, end, float(value), implied_rounding(str(value)), approximate=dozen)
    if dozen:
        tok.qualifier = Qualifier.ABOUT
    hm = _HYPHEN_UNIT.match(text, end)
    if hm and hm["w"] not in _NOT_HYPHEN_UNITS:
        tok.unit = _unit_lemma(hm["w"], singular_ok=True)
        tok.end, tok.unit_locked = hm.end(), True
    return tok


def _ordinal_tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _ORDINAL_WORD.finditer(text):
        if _ADVERB_AFTER.match(text, m.end()):
            continue  # "First, ...", "Third and most importantly"
        value = ordinal_word_value(m.group(0))
        if value is None:
            continue
        toks.append(_Tok(m.start(), m.end(), float(value), 0.0, ordinal=True))
    return toks


def _special_tokens(text: str) -> list[_Tok]:
    """Vague magnitudes ("hundreds of"), halves ("half a century"), "a decade"."""
    toks: list[_Tok] = []
    for m in _VAGUE.finditer(text):
        if m["m"]:
            base = _VAGUE_BASE[m["m"].lower()] * _VAGUE_BASE[m["b1"].lower()]
        else:
            base = _VAGUE_BASE[m["b2"].lower()]
        low = float(VAGUE_LOW_FACTOR * base)
        high = float(VAGUE_HIGH_FACTOR * base - 1)
        in_years = (m["b2"] or "").lower() in _VAGUE_YEARS
        toks.append(
            _Tok(m.start(), m.end(), low, 0.0, approximate=True, low=low, high=high,
                 qualifier=Qualifier.ORDER_OF, unit="year" if in_years else None,
                 unit_locked=in_years)
        )  # fmt: skip
    for m in _HALF.finditer(text):
        word = m["w"].lower()
        if word in _PERIOD_YEARS:
            toks.append(
                _Tok(
                    m.start(), m.end(), _PERIOD_YEARS[word] / 2, 0.0, unit="year", unit_locked=True
                )
            )
        else:
            size = 12 if word == DOZEN else (100 if word == HUNDRED else SCALES[word])
            half = size // 2
            toks.append(_Tok(m.start(), m.end(), float(half), implied_rounding(str(half))))
    for m in _ONE_PERIOD.finditer(text):
        word = m["w"].lower()
        toks.append(
            _Tok(m.start(), m.end(), float(_PERIOD_YEARS[word]), 0.0, unit="year", unit_locked=True)
        )
    return toks


# --- context ----------------------------------------------------------------------------------


def _unit_lemma(word: str, singular_ok: bool = False) -> str | None:
    lower = word.lower()
    if lower in ("percent", "per"):
        return "%"
    if is_plural_word(word):
        return plural_lemma(word)
    if singular_ok or lower in KNOWN_UNITS:
        return lower
    return None


def _noun_after(text: str, end: int) -> str | None:
    """The lemma of the plural noun a figure counts, if one follows closely."""
    pos = end
    for index in range(4):
        m = _WORD.match(text, pos)
        if m is None:
            return None
        word = m["w"]
        lower = word.lower()
        if lower in ("and", "or") and index > 0:
            # "400 propaganda and training films": two modifiers of one plural noun.
            pos = m.end()
            continue
        if lower in STOP_WORDS:
            return None
        if "-" in word:
            word = word.rsplit("-", 1)[1]
        if is_plural_word(word):
            return plural_lemma(word)
        if index == 0 and lower in KNOWN_UNITS:
            return lower
        pos = m.end()
    return None


def _is_name_number(text: str, tok: _Tok) -> bool:
    """ "Article 5", "Boeing 747": a plain number after a capitalised name word."""
    if not tok.plain:
        return False
    prev = _PREV_TOKEN.search(text, max(0, tok.start - _CONTEXT), tok.start)
    if prev is None:
        return False
    word = prev["t"]
    if not _NAME_WORD.fullmatch(word) or word in _FUNCTION_CAPS:
        return False
    if word.rstrip(".").lower() in MONTHS:
        return False  # "June 28" is settled by the day-of-month rule
    if word.rstrip(".") == "No":
        # "debuted at No. 9": a place on a list, as "number 9" is; "Symphony No. 5" and "No.
        # 5" alone are names.
        lead = _PREV_TOKEN.search(text, max(0, prev.start() - _CONTEXT), prev.start())
        if lead is not None and lead["t"].islower():
            return False
    return _noun_after(text, tok.end) is None


def _is_day_of_month(text: str, tok: _Tok) -> bool:
    if not (tok.plain or tok.ordinal) or not 1 <= tok.value <= 31:
        return False
    lo = max(0, tok.start - 15)
    return bool(_MONTH_AFTER.match(text, tok.end) or _MONTH_BEFORE.search(text, lo, tok.start))


# --- assembling figures ---------------------------------------------------------------------


def _merge_ranges(text: str, toks: list[_Tok]) -> list[tuple[_Tok, _Tok | None, int]]:
    """Pair up the two ends of ranges; returns (left, right or None, start of the text)."""
    out: list[tuple[_Tok, _Tok | None, int]] = []
    i = 0
    while i < len(toks):
        a = toks[i]
        if i + 1 < len(toks):
            b = toks[i + 1]
            lo = max(0, a.start - 12)
            between = _BETWEEN_BEFORE.search(text, lo, a.start)
            gap = _AND_GAP if between else _RANGE_GAP
            joinable = (
                not a.ordinal and not b.ordinal and a.low is None and b.low is None
                and gap.fullmatch(text, a.end, b.start) is not None
                and (between or not _FROM_BEFORE.search(text, lo, a.start))
            )  # fmt: skip
            if joinable:
                a, b = _share_scale_and_unit(a, b)
                if a.value < b.value:
                    out.append((a, b, between.start() if between else a.start))
                    i += 2
                    continue
        out.append((a, None, a.start))
        i += 1
    return out


def _share_scale_and_unit(a: _Tok, b: _Tok) -> tuple[_Tok, _Tok]:
    """ "1.5–2 million", "10–20%", "$5–10 billion": one end's scale and unit fit both."""
    if b.scale != 1.0 and a.scale == 1.0 and a.value * b.scale <= b.value:
        a = replace(
            a, value=a.value * b.scale, rounding=a.rounding * b.scale, scale=b.scale, plain=False
        )
    if b.unit and not a.unit:
        a = replace(a, unit=b.unit, unit_locked=b.unit_locked, plain=False)
    elif a.unit and not b.unit and a.unit_locked:
        b = replace(b, unit=a.unit, unit_locked=True, plain=False)
    return a, b


def _bounds(tok: _Tok, qualifier: Qualifier | None) -> tuple[float, float]:
    v = tok.value
    spread = rounding_spread(v, tok.rounding)
    hedge = max(APPROX_REL * abs(v), spread)
    if qualifier is Qualifier.ABOUT:
        rel = DOZEN_REL if tok.approximate and tok.qualifier is Qualifier.ABOUT else APPROX_REL
        hedge = max(rel * abs(v), spread)
        return v - hedge, v + hedge
    if qualifier is Qualifier.NEARLY:
        return v - hedge, v
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return v, math.inf
    if qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return (0.0 if v > 0 else -math.inf), v
    return v - spread, v + spread


def _to_years(tok: _Tok) -> _Tok:
    """ "two decades" -> 20 years, "three centuries" -> 300 years."""
    if tok.unit in _PERIOD_YEARS:
        factor = _PERIOD_YEARS[tok.unit]
        low = None if tok.low is None else tok.low * factor
        high = None if tok.high is None else tok.high * factor
        return replace(
            tok, value=tok.value * factor, rounding=tok.rounding * factor, unit="year",
            low=low, high=high,
        )  # fmt: skip
    return tok


def _figure(text: str, left: _Tok, right: _Tok | None, start: int) -> NumberValue:
    lo = max(0, start - _CONTEXT)
    last = right or left
    unit = last.unit
    end = last.end
    if unit is None and not last.ordinal:
        unit = _noun_after(text, end)
    if right is not None:
        a, b = _to_years(replace(left, unit=unit)), _to_years(replace(right, unit=unit))
        # The writer chose both ends: they are the bounds, with no rounding added.
        low, high = a.value, b.value
        return NumberValue(
            text=text[start:end], span=(start, end), value=(a.value + b.value) / 2,
            low=low, high=high, approximate=False, qualifier=Qualifier.BETWEEN.value,
            unit=a.unit,
        )  # fmt: skip
    tok = _to_years(replace(left, unit=unit))
    qualifier = tok.qualifier
    if qualifier is None and not tok.ordinal:
        qm = _QUALIFIER_BEFORE.search(text, lo, start)
        if qm:
            qualifier = _QUALIFIERS.get(re.sub(r"\s+", " ", qm["q"].lower()), Qualifier.ABOUT)
            start = qm.start()
    if tok.low is not None and tok.high is not None:
        low, high = tok.low, tok.high
    else:
        low, high = _bounds(tok, qualifier)
    approximate = tok.approximate or qualifier in (Qualifier.ABOUT, Qualifier.NEARLY)
    return NumberValue(
        text=text[start:end], span=(start, end), value=tok.value, low=low, high=high,
        approximate=approximate, qualifier=qualifier.value if qualifier else None,
        unit=tok.unit, ordinal=tok.ordinal,
    )  # fmt: skip


def _settle(toks: list[_Tok], size: int) -> tuple[list[_Tok], bytearray]:
    taken = bytearray(size)
    kept: list[_Tok] = []
    for tok in sorted(toks, key=lambda t: (t.start - t.end, t.start)):
        if 1 in taken[tok.start : tok.end]:
            continue
        taken[tok.start : tok.end] = b"\x01" * (tok.end - tok.start)
        kept.append(tok)
    kept.sort(key=lambda t: t.start)
    return kept, taken


# Substrings without which a word pattern cannot match; testing them is much cheaper.
_CARDINAL_KEYS = (
    *UNITS,
    *TENS,
    HUNDRED,
    DOZEN,
    *SCALES,
)
_ORDINAL_KEYS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "teenth", "tieth", "hundredth", "thousandth",
)  # fmt: skip
_VAGUE_KEYS = (
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "decades",
    "centuries",
)


def _read(masked: str) -> list[NumberValue]:
    """Figures in a text whose dates are masked with ``_MASK`` characters."""
    lower = masked.lower()
    toks: list[_Tok] = []
    if (
        any(key in lower for key in _VAGUE_KEYS)
        or "half" in lower
        or "decade" in lower
        or "century" in lower
    ):
        toks += _special_tokens(masked)
    if any(key in lower for key in _ORDINAL_KEYS):
        toks += _ordinal_tokens(masked)
    if any(ch.isdigit() for ch in masked):
        toks += _digit_tokens(masked)
    taken = bytearray(len(masked))
    if toks:
        toks, taken = _settle(toks, len(masked))
    if any(key in lower for key in _CARDINAL_KEYS):
        words = _word_tokens(masked, taken)
        if words:
            toks, taken = _settle(toks + words, len(masked))
    if not toks:
        return []
    toks = [t for t in toks if not _is_day_of_month(masked, t) and not _is_name_number(masked, t)]
    return [_figure(masked, a, b, start) for a, b, start in _merge_ranges(masked, toks)]


def read_numbers(text: str, date_spans: Sequence[tuple[int, int]]) -> list[NumberValue]:
    """Figures in ``text`` outside the given date spans (sorted, not overlapping).

    The dates' characters are masked first, so their digits are neither figures nor the
    context of one; offsets and texts are those of ``text``.
    """
    if not date_spans:
        return _read(text)
    pieces: list[str] = []
    pos = 0
    for s, e in date_spans:
        pieces.append(text[pos:s])
        pieces.append(_MASK * (e - s))
        pos = e
    pieces.append(text[pos:])
    values = _read("".join(pieces))
    return [replace(v, text=text[v.span[0] : v.span[1]]) for v in values]


def extract_numbers(text: str) -> list[NumberValue]:
    """Every figure in ``text`` that is not part of a date, in order, not overlapping."""
    return read_numbers(text, [d.span for d in extract_dates(text)])
