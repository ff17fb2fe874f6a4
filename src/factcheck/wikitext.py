"""Wikitext values read as plain text, with the templates that carry figures and dates.

mwparserfromhell parses; this module only says what a parsed value reads as. The templates
an infobox writes its dates and figures with ({{start date}}, {{convert}}, lists) are
rendered as a reader sees them; references, comments, icons and formatting disappear; any
other template is left out and named in `Rendered.unknown`, so that a caller can tell a
value it read in full from one that lost parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

MONTHS = (
    "January February March April May June July August September October November December"
).split()

# Templates whose positional parameters are year, month, day (a birth date's second date,
# "and age", is the day it is counted to and is left out).
_DATES = frozenset(
    """start date|end date|birth date|death date|birth date and age|death date and age|
    start date and age|end date and age|film date|release date|dts|date|start-date|
    birth-date|death-date|birth date and age2|death date and given age""".replace("\n", "")
    .replace(" |", "|")
    .split("|")
)
_YEARS = frozenset({"birth year and age", "death year and age", "birth year", "death year"})
# Templates that show their first positional parameter as it is.
_FIRST = frozenset(
    """nowrap|nobr|nobold|noitalic|small|big|smaller|larger|resize|abbr|flag|flagcountry|
    flagu|flag country|country|nowrap begin|avoid wrap|tooltip|keypress|sic|nbsp text|
    wikt-lang|transl""".replace("\n", "").split("|")
)
# Templates that list their positional parameters.
_LISTS = frozenset(
    {"ubl", "unbulleted list", "ubil", "hlist", "flatlist", "plainlist", "bulleted list"}
)
# Templates that read as nothing: notes, references, icons, trend arrows, spacing.
_SILENT = frozenset(
    """efn|efn-ua|efn-lr|sfn|sfnp|refn|r|rp|ref label|note|notetag|citation needed|cn|
    better source needed|when|clarify|flagicon|flagicon image|increase|decrease|steady|
    increase negative|decrease positive|nbsp|·|•|dot|sp|clear|reflist|coord|
    small caps|snd|spaced ndash|ndash|mdash|'|-|!""".replace("\n", "").split("|")
)
_DASHES = {"snd": " – ", "spaced ndash": " – ", "ndash": "–", "mdash": "—", "nbsp": " "}


@dataclass
class Rendered:
    """A value as text, and the templates it had that this module cannot read."""

    text: str
    unknown: list[str] = field(default_factory=list)


def parse(text: str) -> Wikicode:
    return mwparserfromhell.parse(text)


def template_name(template: Template) -> str:
    """A template's name as the wiki matches it: case of the first letter and spaces aside."""
    name = str(template.name).strip().replace("_", " ")
    name = re.sub(r"<!--.*?-->", "", name, flags=re.S).strip()
    return " ".join(name.split()).lower()


def _positional(template: Template) -> list[Wikicode]:
    return [p.value for p in template.params if not p.showkey]


def _named(template: Template, name: str) -> Wikicode | None:
    return template.get(name).value if template.has(name, ignore_empty=True) else None


def _number(code: Wikicode | None) -> int | None:
    text = str(code).strip() if code is not None else ""
    return int(text) if text.isdigit() else None


def date_text(year: int, month: int | None = None, day: int | None = None) -> str:
    """A date in Wikipedia's day-month-year style, at the precision given."""
    if month is None or not 1 <= month <= 12:
        return str(year)
    if day is None or not 1 <= day <= 31:
        return f"{MONTHS[month - 1]} {year}"
    return f"{day} {MONTHS[month - 1]} {year}"


def _date(template: Template, out: Rendered) -> str:
    values = [v for v in _positional(template) if "=" not in str(v)]
    numbers = [_number(v) for v in values[:3]]
    if numbers and numbers[0] is not None:
        month, day = [*numbers[1:3], None, None][:2]
        return date_text(numbers[0], month, day)
    if values:
        # {{start date|1994-12-05}} and other one-string forms: an ISO date, else as written.
        first = render(values[0], out).strip()
        iso = re.fullmatch(r"(\d{3,4})-(\d{1,2})(?:-(\d{1,2}))?", first)
        if iso:
            day = int(iso.group(3)) if iso.group(3) else None
            return date_text(int(iso.group(1)), int(iso.group(2)), day)
        return first
    return ""


def _convert(template: Template, out: Rendered) -> str:
    """{{convert|839|km2|sqmi}} reads "839 km2"; {{convert|2|to|3|km}} "2–3 km"."""
    values = [render(v, out).strip() for v in _positional(template)]
    if not values:
        return ""
    if len(values) >= 4 and values[1] in ("to", "-", "–", "and", "or"):
        joiner = "–" if values[1] in ("to", "-", "–") else f" {values[1]} "
        return f"{values[0]}{joiner}{values[2]} {values[3]}"
    return f"{values[0]} {values[1]}" if len(values) > 1 else values[0]


def _list(code: Wikicode, out: Rendered) -> list[str]:
    """Items of a bulleted list ("* a\\n* b") or of lines."""
    text = render(code, out)
    items = [line.strip().lstrip("*#:").strip() for line in text.splitlines()]
    return [item for item in items if item]


def _template(template: Template, out: Rendered) -> str:
    name = template_name(template)
    positional = _positional(template)
    if name in _DATES:
        return _date(template, out)
    if name in _YEARS:
        year = _number(positional[0]) if positional else None
        return str(year) if year is not None else ""
    if name in ("convert", "cvt"):
        return _convert(template, out)
    if name in _LISTS:
        if name in ("plainlist", "flatlist"):
            body = positional[0] if positional else _named(template, "1")
            return ", ".join(_list(body, out)) if body is not None else ""
        items = [render(v, out).strip() for v in positional]
        return ", ".join(item for item in items if item)
    if name == "lang" or name.startswith("lang-"):
        index = 1 if name == "lang" else 0
        return render(positional[index], out) if len(positional) > index else ""
    if name in ("circa", "c."):
        return f"c. {render(positional[0], out).strip()}" if positional else "c."
    if name in _DASHES:
        return _DASHES[name]
    if name in _SILENT or name.startswith(("cite ", "citation", "infobox")):
        return ""
    if name in _FIRST:
        return render(positional[0], out) if positional else ""
    out.unknown.append(name)
    return ""


def _tag(tag: Tag, out: Rendered) -> str:
    name = str(tag.tag).strip().lower()
    if name in ("ref", "references", "gallery", "math", "timeline", "score", "templatedata"):
        return ""
    if name == "br":
        return "\n"
    if name in ("li",):
        return "\n" + (render(tag.contents, out) if tag.contents else "")
    return render(tag.contents, out) if tag.contents is not None else ""


def _link(link: Wikilink, out: Rendered) -> str:
    target = str(link.title).strip()
    if re.match(r"(?i)\s*:?\s*(file|image|category|media)\s*:", target):
        return ""  # a picture or a category says nothing in the value
    return render(link.text if link.text is not None else link.title, out)


def _node(node: Node, out: Rendered) -> str:
    if isinstance(node, Text):
        return str(node.value)
    if isinstance(node, Template):
        return _template(node, out)
    if isinstance(node, Wikilink):
        return _link(node, out)
    if isinstance(node, Tag):
        return _tag(node, out)
    if isinstance(node, ExternalLink):
        return render(node.title, out) if node.title is not None else ""
    if isinstance(node, HTMLEntity):
        return str(node.normalize())
    if isinstance(node, (Comment, Heading, Argument)):
        return ""
    return ""


def render(code: Wikicode | None, out: Rendered | None = None) -> str:
    """The text of `code` as a reader sees it; line breaks kept (lists are lines)."""
    if code is None:
        return ""
    target = out if out is not None else Rendered("")
    text = "".join(_node(node, target) for node in code.nodes)
    return re.sub(r"'{2,}", "", text)  # bold and italic quotes


def one_line(text: str) -> str:
    """A rendered value on one line: lines become a list, spaces collapse."""
    parts = [" ".join(line.split()).strip(" ,;") for line in text.splitlines()]
    return ", ".join(part.lstrip("*#:").strip() for part in parts if part.strip("*#: "))


def read_value(code: Wikicode) -> Rendered:
    """A parameter's value on one line, with the templates it could not read."""
    out = Rendered("")
    out.text = one_line(render(code, out))
    return out


_MAGIC = re.compile(r"__[A-Z]+__")


def plain_text(wikitext: str) -> str:
    """A revision's wikitext as TextExtracts gives the current one: paragraphs on lines of
    their own, section headings kept as "== Heading ==" lines, and no infobox, table,
    reference, picture or category (the API serves no extract of an old revision)."""
    code = parse(wikitext)
    out = Rendered("")
    parts: list[str] = []
    for node in code.nodes:
        if isinstance(node, Heading):
            marks = "=" * max(2, min(node.level, 6))
            parts.append(f"\n{marks} {one_line(render(node.title, out))} {marks}\n")
        elif isinstance(node, Tag) and str(node.tag).strip().lower() == "table":
            parts.append("\n")
        else:
            parts.append(_node(node, out))
    lines = []
    for raw in _MAGIC.sub("", re.sub(r"'{2,}", "", "".join(parts))).splitlines():
        line = " ".join(raw.split()).lstrip("*#:; ").strip()
        if line and any(ch.isalnum() for ch in line):
            lines.append(line)
    return "\n".join(lines)
