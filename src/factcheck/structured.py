"""Infobox parameters and table rows of a page's wikitext, written out as citable sentences.

The plain-text extract leaves out where Wikipedia keeps most figures: the infobox and the
tables. Each infobox parameter becomes one sentence, "Kyiv — population in 2022: 2,952,301
people", and each table cell one sentence naming its row and column, "Member states —
Estonia — accession on 29 March 2004". They are appended to the page's text under their
own headings, so the engine reads them as it reads any sentence, with the same value
grammar and tolerances, and cites them with the article, revision and link.

The sentences are shaped for the engine: a date follows "on" or "in" (a bare "signed: 1994"
ties the date to nothing), an office is held "from ... to ..." (a period), and a figure
says what it counts. Wikitext that cannot be read, templates this module does not know and
infoboxes too large to be worth reading never fail a run: the page keeps its plain text and
the reason is returned as a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mwparserfromhell.nodes import Heading, Tag, Template
from mwparserfromhell.wikicode import Wikicode

from factcheck.models import INFOBOX_SECTION, Fact, Origin
from factcheck.page_facts import PageFacts
from factcheck.wikitext import parse, read_value, template_name

# Past these sizes a part is not read (the page keeps its plain text), with a note.
MAX_WIKITEXT_CHARS = 2_500_000  # MediaWiki's own page limit is 2 MiB
MAX_INFOBOX_PARAMS = 250  # the largest real infoboxes have about 150
MAX_VALUE_CHARS = 300  # a longer "value" is prose, already in the extract
MAX_TABLE_CELLS = 3000  # per page
MAX_FACTS = 1500  # per page

# Parameters that hold pictures, layout or links, not facts.
_NOT_FACTS = re.compile(
    r"(image|caption|logo|map|alt$|alt_|signature|website|url|coord|footnote|pushpin|"
    r"module|embed|width|size|style|color|colour|blank|seal|flag|symbol|dot_|_ref$|"
    r"^name$|^native_name_lang|^smallimage|^label|^data\d|^header\d|^above|^below|^child|"
    r"^subbox|^bodyclass|^onlysourced|^nocat|^suppress)",
    re.I,
)
# Labels for parameters whose name reads badly as a phrase: what the value of each says.
_LABELS = {
    "birth_date": "born",
    "death_date": "died",
    "birth_place": "place of birth",
    "death_place": "place of death",
    "date_signed": "signed",
    "signed": "signed",
    "date_effective": "came into effect",
    "effective": "came into effect",
    "date_drafted": "drafted",
    "date_expiration": "expired",
    "expiration_date": "expired",
    "dissolved": "dissolved",
    "date_dissolved": "dissolved",
    "founded": "founded",
    "established": "established",
    "formation": "formed",
    "date": "date",
    "population_total": "population",
    "area_total_km2": "area",
    "area_km2": "area",
}
# Units written into a parameter's name ("area_total_km2"): the value then states it.
_UNIT_SUFFIX = re.compile(r"_(km2|sq_mi|mi2|km|mi|m|ft|ha|acre)$")
# What a bare count in such a parameter counts, so that the engine compares like with like.
_COUNTS = {"population": "people", "members": "members", "employees": "employees"}
_WHOLE_DATE = re.compile(
    r"^(?:(?:c\.|circa)\s*)?(?:\d{1,2}\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?\d{3,4}(?:\s*(?:AD|BC|BCE|CE))?$"
)
_BARE_NUMBER = re.compile(r"^[\d,.]+$")
_BARE_YEAR = re.compile(r"^\d{3,4}$")
# Labels under which a bare "1654" is a year; under any other ("seats: 450") it is a count.
_DATED_LABEL = re.compile(
    r"(?:^|[\s_])(?:date|year|found|establish|formed|formation|sign|born|birth|died|death|"
    r"dissol|open|clos|begin|began|start|ended|end\b|effect|creat|incorporat|built|complet|"
    r"launch|inaugurat|abolish|since)",
    re.I,
)
# A one-word plural label counts what its bare number counts ("parties: 32" is 32 parties);
# "status" and "address" are no plurals.
_PLURAL_LABEL = re.compile(r"[a-z]+[^su]s")
_OFFICE = re.compile(r"^(office|title)(\d*)$")


def _is_date(value: str) -> bool:
    return bool(_WHOLE_DATE.match(value))


def _dated(label: str, value: str) -> str:
    """ "signed on 5 December 1994", "founded in 482": a date tied to what it dates."""
    label = re.sub(r"^date (of )?|\s+date$", "", label).strip() or "date"
    word = "on" if re.match(r"^\d{1,2}\s", value) else "in"
    return f"{label} {word} {value}"


def _label(name: str) -> tuple[str, str]:
    """A parameter's label and the unit its name states ("area_km2": "area", "km2")."""
    key = name.strip().lower().replace(" ", "_")
    unit_match = _UNIT_SUFFIX.search(key)
    unit = unit_match.group(1).replace("sq_mi", "sq mi") if unit_match else ""
    if key in _LABELS:
        return _LABELS[key], unit
    base = _UNIT_SUFFIX.sub("", key) if unit else key
    base = re.sub(r"\d+$", "", base)
    return base.replace("_", " ").strip(), unit


def _phrase(subject: str, label: str, value: str, unit: str = "", when: str = "") -> str:
    year_or_count = bool(_BARE_YEAR.match(value))
    if _is_date(value) and not unit and (not year_or_count or _DATED_LABEL.search(label)):
        return f"{subject} — {_dated(label, value)}"
    if _BARE_NUMBER.match(value) and _PLURAL_LABEL.fullmatch(label) and not when:
        return f"{subject} — {value} {label}"  # "parties: 32" counts parties: "32 parties"
    if unit and _BARE_NUMBER.match(value):
        value = f"{value} per {unit}" if "density" in label else f"{value} {unit}"
    counted = next((noun for word, noun in _COUNTS.items() if label.startswith(word)), "")
    if counted and not unit and _BARE_NUMBER.match(value):
        value = f"{value} {counted}"
    if when:
        label = _dated(label, when)
    return f"{subject} — {label}: {value}"


@dataclass
class _Reader:
    subject: str
    facts: list[Fact]
    notes: list[str]
    unknown: set[str]

    def add(self, sentence: str, origin: Origin, section: str) -> None:
        if len(self.facts) < MAX_FACTS:
            self.facts.append(Fact(" ".join(sentence.split()), origin, section))

    def value(self, code: Wikicode | None) -> str:
        if code is None:
            return ""
        rendered = read_value(code)
        self.unknown.update(rendered.unknown)
        return rendered.text if len(rendered.text) <= MAX_VALUE_CHARS else ""

    # -- infoboxes -----------------------------------------------------------------------

    def infobox(self, box: Template) -> None:
        name = template_name(box)
        params = [p for p in box.params if p.showkey]
        if len(params) > MAX_INFOBOX_PARAMS:
            self.notes.append(
                f"{self.subject}: the {name} has {len(params)} parameters (more than "
                f"{MAX_INFOBOX_PARAMS}); not read, the article's text is used"
            )
            return
        section = INFOBOX_SECTION + name[len("infobox") :]  # the engine knows it by this
        values = {str(p.name).strip().lower(): p.value for p in params}
        used: set[str] = set()
        self._offices(values, used, section)
        self._pairs(values, used, section)
        as_of = self.value(values.get("population_as_of") or values.get("population_date"))
        used |= {"population_as_of", "population_date"}
        for key, code in values.items():
            if key in used or _NOT_FACTS.search(key):
                continue
            value = self.value(code)
            if not value or value.lower() == "auto":  # "auto": the template computes it
                continue
            label, unit = _label(key)
            when = as_of if key.startswith("population") and "rank" not in key else ""
            self.add(_phrase(self.subject, label, value, unit, when), Origin.INFOBOX, section)

    def _offices(self, values: dict[str, Wikicode], used: set[str], section: str) -> None:
        """office / term_start / term_end (numbered alike) as one period in office."""
        for key in list(values):
            match = _OFFICE.match(key)
            if not match:
                continue
            n = match.group(2)
            office = self.value(values[key])
            start = self.value(values.get(f"term_start{n}"))
            end = self.value(values.get(f"term_end{n}"))
            order = self.value(values.get(f"order{n}"))
            used.update({key, f"term_start{n}", f"term_end{n}", f"order{n}"})
            if not office:
                continue
            held = f"{order} {office}" if order else office
            if start and end and _is_date(end):
                held += f" from {start} to {end}"
            elif start:
                held += f" from {start}"
            self.add(f"{self.subject} — {held}", Origin.INFOBOX, section)
            # Who came before and after, and under whom, in that office.
            for role in ("predecessor", "successor", "president", "primeminister", "monarch"):
                name = self.value(values.get(f"{role}{n}"))
                used.add(f"{role}{n}")
                if name:
                    label = "prime minister" if role == "primeminister" else role
                    self.add(f"{self.subject} — {office}, {label}: {name}", Origin.INFOBOX, section)

    def _pairs(self, values: dict[str, Wikicode], used: set[str], section: str) -> None:
        """A label and its value in two parameters: leader_title1 "Mayor" with
        leader_name1 "Vitali Klitschko", established_title with established_date."""
        for key in list(values):
            match = re.match(r"^(.*)_(title|type)(\d*)$", key)
            if not match or key in used:
                continue
            stem, n = match.group(1), match.group(3)
            partner = next(
                (f"{stem}_{kind}{n}" for kind in ("name", "date") if f"{stem}_{kind}{n}" in values),
                None,
            )
            if partner is None:
                continue
            used.update({key, partner})
            label, value = self.value(values[key]), self.value(values[partner])
            if label and value:
                self.add(_phrase(self.subject, label, value), Origin.INFOBOX, section)

    # -- tables --------------------------------------------------------------------------

    def table(self, table: Tag, heading: str, cells_left: int) -> int:
        """Sentences of one table's rows; returns how many cells it had."""
        caption, rows = _rows(table)
        context = caption or (f"{self.subject}, {heading}" if heading else self.subject)
        count = sum(len(r) for r in rows)
        if count > cells_left:
            self.notes.append(
                f"{self.subject}: a table of {count} cells left unread (more than "
                f"{MAX_TABLE_CELLS} cells a page)"
            )
            return 0
        header: list[str] = []
        carried: dict[int, tuple[str, int]] = {}  # column: (text, rows left) of a rowspan
        for row in rows:
            texts = self._row(row, carried)
            if all(cell.tag == "th" for cell in row) and not header:
                header = texts
                continue
            if not header or len(texts) < 2 or not texts[0]:
                continue
            for column, value in zip(header[1:], texts[1:], strict=False):
                if column and value:
                    label = column.lower() if column[:1].isupper() and " " in column else column
                    self.add(
                        _phrase(f"{context} — {texts[0]}", label, value),
                        Origin.TABLE,
                        f"Table: {context}",
                    )
        return count

    def _row(self, row: Sequence[Tag], carried: dict[int, tuple[str, int]]) -> list[str]:
        texts: list[str] = []
        column = 0
        cells = iter(row)
        while True:
            if column in carried:
                text, left = carried[column]
                texts.append(text)
                if left <= 1:
                    del carried[column]
                else:
                    carried[column] = (text, left - 1)
                column += 1
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text = self.value(cell.contents)
            span = _span(cell, "colspan")
            down = _span(cell, "rowspan")
            for _ in range(span):
                if down > 1:
                    carried[column] = (text, down - 1)
                texts.append(text)
                column += 1
        return texts


def _span(cell: Tag, name: str) -> int:
    if not cell.has(name):
        return 1
    text = str(cell.get(name).value).strip().strip("\"'")
    return max(1, min(int(text), 50)) if text.isdigit() else 1


def _rows(table: Tag) -> tuple[str, list[list[Tag]]]:
    """A table's caption and its rows of cells (cells before the first |- are a row)."""
    caption = ""
    rows: list[list[Tag]] = []
    loose: list[Tag] = []
    for node in table.contents.nodes:
        if not isinstance(node, Tag):
            continue
        tag = str(node.tag).lower()
        if tag in ("td", "th") and str(node).lstrip().startswith("|+"):
            caption = read_value(node.contents).text.lstrip("+ ").strip() if node.contents else ""
        elif tag in ("td", "th"):
            loose.append(node)
        elif tag == "tr" and node.contents is not None:
            cells = [
                c
                for c in node.contents.nodes
                if isinstance(c, Tag) and str(c.tag).lower() in ("td", "th")
            ]
            if cells:
                rows.append(cells)
    return caption, ([loose] if loose else []) + rows


def _headings_and_tables(code: Wikicode) -> Iterable[tuple[str, Tag]]:
    heading = ""
    for node in code.nodes:
        if isinstance(node, Heading):
            heading = read_value(node.title).text
        elif isinstance(node, Tag) and str(node.tag).lower() == "table":
            yield heading, node


def read_facts(title: str, wikitext: str) -> PageFacts:
    """The infobox and table sentences of a page's wikitext, and notes on what was not read."""
    if len(wikitext) > MAX_WIKITEXT_CHARS:
        return PageFacts((), (f"{title}: wikitext too long to read; the article's text is used",))
    reader = _Reader(title, [], [], set())
    try:
        code = parse(wikitext)
        for template in code.filter_templates(recursive=True):
            if template_name(template).startswith("infobox"):
                reader.infobox(template)
        cells_left = MAX_TABLE_CELLS
        for heading, table in _headings_and_tables(code):
            cells_left -= reader.table(table, heading, cells_left)
    except Exception as exc:  # a third-party parser on any text: a bug there is no crash here
        return PageFacts(
            (),
            (f"{title}: wikitext not read ({type(exc).__name__}); the article's text is used",),
        )
    notes = list(reader.notes)
    if reader.unknown:
        names = ", ".join(f"{{{{{n}}}}}" for n in sorted(reader.unknown)[:5])
        more = f" and {len(reader.unknown) - 5} more" if len(reader.unknown) > 5 else ""
        notes.append(f"{title}: templates not read, their values left out: {names}{more}")
    return PageFacts(tuple(dict.fromkeys(reader.facts)), tuple(notes))
