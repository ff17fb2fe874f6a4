"""False alarms without labels, from claims made looser than the article: each clause of a
Fool Me Twice page said less precisely, checked against the page.

    python benchmarks/loosened_check.py --half tune                 # the rows rules are tuned on
    python benchmarks/loosened_check.py --half held                 # the published figure
    python benchmarks/loosened_check.py --half tune --show alarms   # and the false alarms

People write a fact with less precision than the article holds, or in other words: "in May
2012" for "on 14 May 2012", "in 2012" for "in May 2012", "more than 400" or "about 400" for
"412", "3 sons" for "three sons", "May 14, 2012" for "14 May 2012", "4,100,000" for "4.1
million", the year put first ("In 1935, it was discovered ..." for
"It was discovered in 1935"), an opening phrase left out ("Haines was a coach ..." for
"After retiring in 1937, Haines was a coach ..."). A clause loosened so is as
true as the clause, so the page must never contradict it: every contradicted is a false
alarm (the figure that matters), and every supported is a paraphrase recognised (recall of
support, without labels). The clauses are `pack_check.py`'s (5 to 25 words, cut at ";",
"but", "while", "which", brackets dropped); the pages are `self_consistency.py`'s (every
sentence the benchmark gives for a page on the chosen half). About half a minute a half.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claim_bench import DEFAULT_BENCH
from factcheck.engine import verify
from factcheck.models import Label
from factcheck.values.lexicon import MONTH_NAMES
from pack_check import _YEAR, _clauses
from self_consistency import pages

_MONTH = "(?:" + "|".join(MONTH_NAMES[1:]) + ")"
_YEAR_AT = r"(1[6-9]\d\d|20[0-2]\d)"
# A full date, with the word before it: "on 14 May 2012", "on May 14, 2012", "14 May 2012".
_FULL_DATE = re.compile(
    rf"\b(?:(on) )?(?:(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?({_MONTH}),? {_YEAR_AT}"
    rf"|({_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR_AT})\b"
)
# A month and year alone: "in May 2012".
_MONTH_YEAR = re.compile(rf"\bin ({_MONTH}),? {_YEAR_AT}\b")
# A figure that is no year: "412", "1,250" (not "2.5", "15%", "1991").
_FIGURE = re.compile(r"(?<![\w.,$£€#:–-])(\d{1,3}(?:,\d{3})+|\d{2,3})(?![\w.,%:–-])")
# Words after which "more than" reads wrong: "an estimated", "the next", "age of".
_NOT_BEFORE = frozenset("a an the next estimated of no".split())
# A clause that ends on its year: "... was discovered in 1935".
_ENDING_YEAR = re.compile(rf",? in {_YEAR_AT}$")
# Words that open a clause in a capital only because they open it.
_PLAIN_OPENERS = frozenset(
    "the a an it he she they his her their its this these those there during after before "
    "following".split()
)

# A loosening of a clause (and the page's title, for those that name the subject): the
# clause said less precisely, or None when it has nothing to loosen.
Loosening = Callable[[str, str], "str | None"]


def day_dropped(part: str, title: str = "") -> str | None:
    """ "on 14 May 2012" -> "in May 2012"."""
    found = _FULL_DATE.search(part)
    if found is None:
        return None
    month = found.group(2) or found.group(4)
    year = found.group(3) or found.group(5)
    said = f"in {month} {year}" if found.group(1) else f"{month} {year}"
    return part[: found.start()] + said + part[found.end() :]


def month_dropped(part: str, title: str = "") -> str | None:
    """ "in May 2012" or "on 14 May 2012" -> "in 2012"."""
    found = _MONTH_YEAR.search(part)
    if found is not None:
        return part[: found.start()] + f"in {found.group(2)}" + part[found.end() :]
    dated = _FULL_DATE.search(part)
    if dated is None or not dated.group(1):
        return None
    year = dated.group(3) or dated.group(5)
    return part[: dated.start()] + f"in {year}" + part[dated.end() :]


def _round_below(value: int) -> int | None:
    """The roundest number below `value` that is still close to it (412 -> 400, 35 -> 30,
    1,250 -> 1,000); None when there is none (10, 100)."""
    for step in (1000, 100, 10):
        below = (value - 1) // step * step
        if below >= step and below >= value * 0.8:
            return below
    return None


def figure_bounded(part: str, title: str = "") -> str | None:
    """ "412 soldiers" -> "more than 400 soldiers"."""
    return _figure_loosened(part, _round_below, "more than")


def _figure_loosened(part: str, loosen: Callable[[int], int | None], word: str) -> str | None:
    """The clause with its first plain figure that `loosen` changes given as `word` and the
    loosened figure."""
    for found in _FIGURE.finditer(part):
        text = found.group(1)
        if _YEAR.fullmatch(text) or not _plain_figure(part, found):
            continue
        loose = loosen(int(text.replace(",", "")))
        if loose is None:
            continue
        return part[: found.start()] + f"{word} {loose:,}" + part[found.end() :]
    return None


def _plain_figure(part: str, found: re.Match[str]) -> bool:
    """A count of something named after it, which no word before already loosens: "412
    soldiers", not "about 412", "Boeing 747", "the next 25", "49,000 to 80,000"."""
    before = part[: found.start()].rstrip().split()[-1:]
    after = part[found.end() :].lstrip()
    if before and before[0].lower() in {"than", "about", "over", "nearly", "almost", "some"}:
        return False  # already loose
    if re.match(rf"{_MONTH}\b", after) or (before and re.fullmatch(_MONTH, before[0])):
        return False  # a day of a month
    if before and (before[0][:1].isupper() or before[0].lower() in _NOT_BEFORE):
        return False  # a name's number ("Boeing 747"), or a figure "more than" cannot open
    if before and before[0].lower() in {"to", "and", "or", "from", "between"}:
        return False  # the far end of a range, or one of two figures
    if re.match(r"(?:to|and|or)\b|[–-]", after):
        return False  # the near end of a range
    return bool(re.match(r"[a-z]", after))


def _round_near(value: int) -> int | None:
    """`value` to one significant figure when that is within 10% of it, else to two (412 ->
    400, 1,250 -> 1,300, 87 -> 90); None when the rounding changes nothing."""
    digits = len(str(value))
    for keep in (1, 2):
        step = 10 ** max(0, digits - keep)
        near = int(value / step + 0.5) * step
        if abs(near - value) <= 0.1 * value:
            return near if near != value else None
    return None


def figure_rounded(part: str, title: str = "") -> str | None:
    """ "412 soldiers" -> "about 400 soldiers"."""
    return _figure_loosened(part, _round_near, "about")


_NUMBER_WORDS = "one two three four five six seven eight nine ten".split()
_COUNT_WORD = re.compile(r"(?<![\w-])(" + "|".join(_NUMBER_WORDS[1:]) + r")\s+(?=[a-z]+s\b)")
_COUNT_DIGIT = re.compile(r"(?<![\w.,$£€#:–-])([2-9]|10)\s+(?=[a-z]+s\b)")


def count_rewritten(part: str, title: str = "") -> str | None:
    """ "three sons" -> "3 sons", "3 sons" -> "three sons"."""
    word = _COUNT_WORD.search(part)
    if word is not None:
        digit = str(_NUMBER_WORDS.index(word.group(1)) + 1)
        return part[: word.start(1)] + digit + part[word.end(1) :]
    found = _COUNT_DIGIT.search(part)
    if found is not None:
        spelt = _NUMBER_WORDS[int(found.group(1)) - 1]
        return part[: found.start(1)] + spelt + part[found.end(1) :]
    return None


# A clause's opening phrase, up to its first comma: "After retiring in 1937, ...".
_OPENING = re.compile(
    r"^(?:After|Before|During|Following|In|On|By|With|As|At|Since|Upon)\b[^,]{3,60}, "
)


def opening_dropped(part: str, title: str = "") -> str | None:
    """ "After retiring in 1937, Haines was a coach ..." -> "Haines was a coach ..."."""
    found = _OPENING.match(part)
    if found is None:
        return None
    rest = part[found.end() :]
    if len(rest.split()) < 5:
        return None
    first, _, tail = rest.partition(" ")
    if first.lower() in _PLAIN_OPENERS or first in ("he", "she"):
        return f"{first.capitalize()} {tail}"
    return rest if rest[:1].isupper() else None


def year_fronted(part: str, title: str = "") -> str | None:
    """ "It was discovered in 1935" -> "In 1935, it was discovered"."""
    found = _ENDING_YEAR.search(part)
    if found is None or _YEAR.search(part[: found.start()]):
        return None
    rest = part[: found.start()]
    first, _, tail = rest.partition(" ")
    if first.lower() in _PLAIN_OPENERS:
        rest = f"{first.lower()} {tail}"
    return f"In {found.group(1)}, {rest}"


# A pronoun opening a clause as its subject: "He moved to Lisk in 1950".
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She|It|They) (?=[a-z])")


def subject_named(part: str, title: str = "") -> str | None:
    """ "He moved to Lisk in 1950" -> "Tom Lisk moved to Lisk in 1950", in the article on
    Tom Lisk: people name the subject where the article says "he". The title without its
    parenthesis ("Hush (2016 film)" -> "Hush")."""
    found = _PRONOUN_SUBJECT.match(part)
    name = re.sub(r"\s*\(.*\)$", "", title)
    if found is None or not name:
        return None
    return name + " " + part[found.end() :]


# A whole date, not one end of a range ("9–10 February 1567", "14 to November 17"): day
# month year, or month day, year.
_DAY_MONTH_YEAR = re.compile(rf"(?<![\w–-])(\d{{1,2}}) ({_MONTH}) {_YEAR_AT}\b")
_MONTH_DAY_YEAR = re.compile(rf"(?<!\d–)(?<!\d-)(?<!to )\b({_MONTH}) (\d{{1,2}}), {_YEAR_AT}\b")


def date_reordered(part: str, title: str = "") -> str | None:
    """ "on 14 May 2012" -> "on May 14, 2012", and the other way round: one date."""
    found = _DAY_MONTH_YEAR.search(part)
    if found is not None and not re.search(r"(?:–|-|\bto|\band)\s*$", part[: found.start()]):
        day, month, year = found.groups()
        return part[: found.start()] + f"{month} {day}, {year}" + part[found.end() :]
    found = _MONTH_DAY_YEAR.search(part)
    if found is not None:
        month, day, year = found.groups()
        return part[: found.start()] + f"{day} {month} {year}" + part[found.end() :]
    return None


# A figure with thousands separators, or a decimal one of millions or billions.
_SEPARATED = re.compile(r"(?<![\w.,$£€#:–-])\d{1,3}(?:,\d{3})+(?![\w.,%:–-]|,\d)")
_SCALED = re.compile(r"(?<![\w.,#:–-])(\d{1,3})\.(\d{1,2}) (million|billion)\b")


def figure_reformatted(part: str, title: str = "") -> str | None:
    """ "4.1 million" -> "4,100,000"; "1,250" -> "1250" (as the Manual of Style allows
    below 10,000): one figure."""
    found = _SCALED.search(part)
    if found is not None:
        whole, tenths, scale = found.groups()
        zeros = 6 if scale == "million" else 9
        value = int(whole + tenths.ljust(zeros, "0")[:zeros]) if tenths else int(whole)
        return part[: found.start()] + f"{value:,}" + part[found.end() :]
    for found in _SEPARATED.finditer(part):
        bare = found.group(0).replace(",", "")
        if int(bare) < 10_000:
            return part[: found.start()] + bare + part[found.end() :]
    return None


LOOSENINGS: dict[str, Loosening] = {
    "day dropped": day_dropped,
    "month dropped": month_dropped,
    "figure bounded": figure_bounded,
    "figure rounded": figure_rounded,
    "count rewritten": count_rewritten,
    "date reordered": date_reordered,
    "figure reformatted": figure_reformatted,
    "year fronted": year_fronted,
    "opening dropped": opening_dropped,
    "subject named": subject_named,
}


@dataclass
class Tally:
    claims: int = 0
    alarms: int = 0
    supported: int = 0
    alarm_lines: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        n = max(1, self.claims)
        return (
            f"{name}: {self.claims} clauses; contradicted {self.alarms} ({self.alarms / n:.3f}); "
            f"supported {self.supported} ({self.supported / n:.3f})"
        )


def check(sentences: dict[str, list[str]], loosen: Loosening, others: bool = False) -> Tally:
    """Each clause of each page loosened and checked against the page, or with `others`
    against the page's other sentences only (the one it came from left out)."""
    tally = Tally()
    for title, said in sentences.items():
        page = " ".join(said)
        # (the text to check against, the text whose clauses are loosened)
        pairs = (
            [(" ".join(s for j, s in enumerate(said) if j != i), s) for i, s in enumerate(said)]
            if others
            else [(page, page)]
        )
        for text, source in pairs:
            for part in _clauses(source):
                loose = loosen(part, title)
                if loose is None:
                    continue
                claim = loose + "."
                tally.claims += 1
                verdict = verify(claim, {title: text})
                line = f"{title}: {claim} -- {verdict.label.value}: {verdict.reason}"
                if verdict.label is Label.CONTRADICTED:
                    tally.alarms += 1
                    tally.alarm_lines.append(line)
                elif verdict.label is Label.SUPPORTED:
                    tally.supported += 1
                else:
                    tally.unsupported.append(line)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--half", choices=("tune", "held"), required=True)
    parser.add_argument(
        "--show",
        choices=("alarms", "unsupported"),
        help="list the false alarms, or the loosened clauses not supported",
    )
    parser.add_argument("--limit", type=int, default=40, help="how many lines to list a probe")
    parser.add_argument(
        "--others",
        action="store_true",
        help="check each claim against the page's other sentences, its own left out",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    said = pages(args.bench, args.half)
    others = " --others" if args.others else ""
    print(f"Command: python benchmarks/loosened_check.py --half {args.half}{others}")
    print(f"{args.half} half: {len(said)} Fool Me Twice pages")
    total = Tally()
    for name, loosen in LOOSENINGS.items():
        tally = check(said, loosen, args.others)
        print(tally.line(name))
        total.claims += tally.claims
        total.alarms += tally.alarms
        total.supported += tally.supported
        shown = tally.alarm_lines if args.show == "alarms" else tally.unsupported
        if args.show:
            for line in shown[: args.limit]:
                print("  - " + " ".join(line.split())[:400])
    print(total.line("all"))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
