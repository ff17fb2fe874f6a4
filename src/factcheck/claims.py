"""Load a claims file: the TOML list of an essay's atomic claims, checked before any request.

The format is a contract other tools rely on::

    [essay]                       # optional: title (string), published (date or "YYYY-MM-DD"),
    title = "..."                 # source (the essay's file, relative to this file), which
    published = 2022-01-21        # `run --format html` shows with every quote marked
    source = "essay.txt"

    [[claim]]                     # one or more
    id = "warsaw-pact-dissolved"  # required slug, unique in the file
    text = "The Warsaw Pact was dissolved in July 1991."   # required, not blank
    quote = "..."                 # optional: the essay's own words
    kind = "date"                 # optional: date | summit | figure | person | event | other
    pages = ["Warsaw Pact"]       # optional article titles; absent or empty: the tool searches

Every problem raises `ClaimsFileError` whose str() is one line, ``PATH:LINE: what is wrong;
what to do``; LINE is left out only where no line applies (a file that is missing, unreadable
or too big, or that has no claims at all). Values are shown shortened to about 60 characters, with
control characters escaped, so a message never floods a terminal or spans lines.

Decisions worth knowing:

* Limits: a file of more than 50 MB (`MAX_FILE_BYTES`) is rejected before it is parsed; a
  claim text or quote of more than 2,000 characters (`MAX_TEXT_CHARS`, counted after the
  whitespace is normalised) is rejected, because an atomic claim is one sentence. A claim of
  10 MB of text is therefore an error; it costs one TOML parse (about a second), no more.
* Claim text, quotes and the essay title have their whitespace normalised (stripped, inner
  runs of Unicode whitespace made one space) and are otherwise kept as written. Control
  characters left after that (e.g. an escaped ``\\u001b``) are errors.
* Page titles are stripped of surrounding whitespace (MediaWiki ignores it) and a title given
  twice in one claim is dropped silently, keeping the first; order is kept. A title that can
  never name an article (see `factcheck.titles`) is an error naming the title and the rule.
* When a file has several problems, the first one found is reported: the file itself
  (reading, encoding, TOML syntax), then unknown top-level keys, then [essay], then the
  claims in file order.
* Line numbers: tomllib gives none for values, so a linear scan of the text finds the line
  of each ``[[claim]]`` header (C-speed searches for candidate lines) and, only when a
  message needs one, of each key (line by line). The scan follows multi-line strings well
  enough for real files; where it could be fooled a line is approximate, never an exception.
  Duplicate ids and misplaced keys point at the ``id =`` or key line itself.

Speed: a 100,000-claim file (16.6 MB) loads in about 5.5 s on a busy 2-core machine, of
which tomllib's parse is about 3.8 s; the header scan and the checks are linear.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import os
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NoReturn

from factcheck.errors import ClaimsFileError
from factcheck.models import Claim, ClaimKind, ClaimsFile
from factcheck.titles import title_problem

MAX_FILE_BYTES = 50_000_000
MAX_TEXT_CHARS = 2_000
# How much of a value a message may show.
SHOWN_CHARS = 60

TOP_KEYS = ("essay", "claim")
ESSAY_KEYS = ("title", "published", "source")
CLAIM_KEYS = ("id", "text", "quote", "kind", "pages")
KINDS = tuple(kind.value for kind in ClaimKind)
# Names people reach for that difflib would not connect to ours.
_SYNONYMS = {
    "date": "published",
    "pubdate": "published",
    "publication_date": "published",
    "published_on": "published",
    "name": "title",
    "headline": "title",
    "claim_text": "text",
    "statement": "text",
    "sentence": "text",
    "source": "pages",
    "sources": "pages",
    "articles": "pages",
    "titles": "pages",
    "type": "kind",
    "category": "kind",
    "slug": "id",
    "key": "id",
}

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LOCATED_RE = re.compile(r" \(at line (\d+), column (\d+)\)$")
_AT_END = " (at end of document)"
_NEWLINE_IN_STRING = r"Illegal character '\n'"
_LIST_OPENING_RE = re.compile(r"[ \t]*[A-Za-z0-9_.\"' -]+=[ \t]*\[")
_EXAMPLE_TITLE = "Warsaw Pact"
_EXAMPLE_ID = "warsaw-pact-dissolved"
_ADD_CLAIMS = 'add [[claim]] tables, each with id = "..." and text = "..."'
# Words left out of ids suggested from a claim's text.
_SLUG_SKIP = frozenset(
    ("a", "an", "the", "was", "were", "is", "are", "be", "been", "of", "in", "on", "at", "to")
)


def load_claims(path: str | os.PathLike[str]) -> ClaimsFile:
    """Read and check the claims file at `path`; raise `ClaimsFileError` for any problem."""
    shown_path = _display_path(os.fspath(path))
    data = _read_bytes(os.fspath(path), shown_path)
    text = _decode(data, shown_path)
    return _Loader(str(path), shown_path, text).load()


# --- reading and decoding -------------------------------------------------------------------


def _read_bytes(path: str, shown: str) -> bytes:
    limit = MAX_FILE_BYTES
    try:
        with open(path, "rb") as handle:
            # Read one byte past the limit, so pipes and devices are bounded too.
            data = handle.read(limit + 1)
    except IsADirectoryError:
        raise ClaimsFileError(shown, _directory_message(path)) from None
    except (FileNotFoundError, NotADirectoryError):
        raise ClaimsFileError(
            shown, "file not found; check the path (the usual one is claims/essay_claims.toml)"
        ) from None
    except PermissionError:
        raise ClaimsFileError(
            shown, "cannot read the file: permission denied; make it readable (chmod u+r)"
        ) from None
    except OSError as err:
        reason = _clip(err.strerror or type(err).__name__, quoted=False)
        raise ClaimsFileError(shown, f"cannot read the file: {reason}; check the path") from None
    if len(data) > limit:
        raise ClaimsFileError(
            shown,
            f"the file is larger than {limit:,} bytes, the limit for a claims file; "
            "split it into several files",
        )
    return data


def _directory_message(path: str) -> str:
    try:
        tomls = sorted(name for name in os.listdir(path) if name.endswith(".toml"))
    except OSError:
        tomls = []
    if tomls:
        return "is a directory, not a claims file; give the file's path, e.g. " + _clip(
            os.path.join(path, tomls[0]), 2 * SHOWN_CHARS, quoted=False
        )
    return "is a directory, not a claims file; give the path of the .toml file"


def _decode(data: bytes, shown: str) -> str:
    for bom, name in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if data.startswith(bom):
            raise ClaimsFileError(
                shown,
                f"the file is encoded as {name} (it starts with a {name} byte-order mark); "
                "save it as UTF-8",
                1,
            )
    # A UTF-8 byte-order mark is harmless (Windows editors add one); drop it.
    data = data.removeprefix(b"\xef\xbb\xbf")
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(data, nul)
        head = data[:200]
        if head.count(b"\x00") * 4 >= len(head):
            raise ClaimsFileError(
                shown,
                "the file is full of NUL bytes, so it is probably UTF-16 without a "
                "byte-order mark; save it as UTF-8",
                line,
            )
        raise ClaimsFileError(
            shown,
            f"NUL byte at column {column}; a claims file is plain text: remove it",
            line,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line, column = _byte_position(data, err.start)
        raise ClaimsFileError(
            shown,
            f"not valid UTF-8: byte 0x{data[err.start]:02X} at column {column}; "
            "save the file as UTF-8 (it may be in Latin-1 or Windows-1252)",
            line,
        ) from None


def _byte_position(data: bytes, index: int) -> tuple[int, int]:
    """1-based line and character column of byte `index`."""
    line_start = data.rfind(b"\n", 0, index) + 1
    line = data.count(b"\n", 0, index) + 1
    column = len(data[line_start:index].decode("utf-8", errors="replace")) + 1
    return line, column


# --- showing values in one short line -------------------------------------------------------


def _escape_char(ch: str, quoted: bool = True) -> str:
    if quoted and ch in '"\\':
        return "\\" + ch
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    if ch == "\r":
        return "\\r"
    if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
        code = ord(ch)
        if code < 0x100:
            return f"\\x{code:02x}"
        if code < 0x10000:
            return f"\\u{code:04x}"
        return f"\\U{code:08x}"
    return ch


def _clip(text: str, limit: int = SHOWN_CHARS, quoted: bool = True) -> str:
    """`text` escaped onto one line and cut to about `limit` characters.

    `quoted`: the result goes between double quotes, so quotes and backslashes are escaped
    too. Only the first `limit` characters are looked at, so a 10 MB value costs nothing.
    """
    pieces: list[str] = []
    size = 0
    for ch in text[: limit + 1]:
        piece = _escape_char(ch, quoted)
        pieces.append(piece)
        size += len(piece)
        if size > limit:
            break
    if size <= limit and len(text) <= limit:
        return "".join(pieces)
    kept: list[str] = []
    size = 0
    for piece in pieces:
        if size + len(piece) > limit - 3:
            break
        kept.append(piece)
        size += len(piece)
    return "".join(kept) + "..."


def _show(value: object, depth: int = 0) -> str:
    """A short TOML-like rendering of `value` for a message."""
    if isinstance(value, str):
        return f'"{_clip(value)}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and abs(value) >= 10**SHOWN_CHARS:
        return "a very long number"
    if isinstance(value, int | float):
        return _clip(str(value), quoted=False)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if depth >= 2:
        return "[...]" if isinstance(value, list) else "{...}"
    if isinstance(value, list):
        items = [_show(item, depth + 1) for item in value[:3]]
        if len(value) > 3:
            items.append("...")
        return _clip("[" + ", ".join(items) + "]", 2 * SHOWN_CHARS, quoted=False)
    if isinstance(value, dict):
        entries = [
            f"{_clip(str(key), 20, quoted=False)} = {_show(item, depth + 1)}"
            for key, item in itertools.islice(value.items(), 3)
        ]
        if len(value) > 3:
            entries.append("...")
        return _clip("{" + ", ".join(entries) + "}", 2 * SHOWN_CHARS, quoted=False)
    return _clip(repr(value), quoted=False)


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, dt.datetime):
        return "a date-time"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, dt.time):
        return "a time"
    return type(value).__name__


def _display_path(path: str) -> str:
    # A path with a newline in it would break the one-line promise; escape, never shorten.
    return path if path.isprintable() else "".join(_escape_char(ch, False) for ch in path)


def _did_you_mean(word: str, choices: Sequence[str]) -> str | None:
    lowered = word.strip().lower()
    if len(lowered) > 2 * SHOWN_CHARS:
        return None
    if lowered in choices:
        return lowered
    synonym = _SYNONYMS.get(lowered.replace("-", "_").replace(" ", "_"))
    if synonym in choices:
        return synonym
    close = difflib.get_close_matches(lowered, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def _slugify(text: str, max_words: int = 6, max_chars: int = 50) -> str:
    folded = unicodedata.normalize("NFKD", text[:500]).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    meaningful = [word for word in words if word not in _SLUG_SKIP] or words
    slug = ""
    for word in meaningful[:max_words]:
        longer = f"{slug}-{word}" if slug else word[:max_chars]
        if len(longer) > max_chars:
            break
        slug = longer
    return slug


# --- where things are: one linear scan of the text -----------------------------------------

_KEY_PART_RE = re.compile(r"""[ \t]*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[A-Za-z0-9_-]+)[ \t]*""")
_TOKEN_RE = re.compile(r'"""|\'\'\'|"(?:[^"\\\n]|\\.)*"?|\'[^\'\n]*\'?|#')


@dataclass
class _Section:
    line: int
    keys: dict[str, int] = field(default_factory=dict)


@dataclass
class _Layout:
    """Lines of the things messages point at; first occurrence wins."""

    top: dict[str, int] = field(default_factory=dict)
    top_header: dict[str, str] = field(default_factory=dict)  # key -> "[x]" or "[[x]]"
    essay: dict[str, int] = field(default_factory=dict)
    claims: list[_Section] = field(default_factory=list)
    single_claim: list[int] = field(default_factory=list)  # lines of [claim] headers
    open_string: tuple[int, str] | None = None  # (line, delimiter) of a string never closed


def _key_path(line: str, pos: int) -> tuple[list[str], int] | None:
    """The dotted key starting at `pos` and where it ends, or None."""
    parts: list[str] = []
    while True:
        match = _KEY_PART_RE.match(line, pos)
        if match is None:
            return None
        raw = match.group(1)
        parts.append(raw[1:-1] if raw[0] in "\"'" else raw)
        pos = match.end()
        if not line.startswith(".", pos):
            return parts, pos
        pos += 1


def _string_state(line: str, pos: int, state: str | None) -> str | None:
    """Whether the line ends inside a multi-line string (its delimiter) or not (None)."""
    while True:
        if state is not None:
            end = line.find(state, pos)
            while end > 0 and state == '"""' and _escaped(line, end):
                end = line.find(state, end + 1)
            if end < 0:
                return state
            pos = end + 3
            # Up to two quotes may end the content just before the closing delimiter.
            while pos < len(line) and line[pos] == state[0]:
                pos += 1
            state = None
        match = _TOKEN_RE.search(line, pos)
        if match is None:
            return None
        token = match.group()
        if token == "#":
            return None
        if token in ('"""', "'''"):
            state = token
        pos = match.end()


def _escaped(line: str, index: int) -> bool:
    count = 0
    while index - count - 1 >= 0 and line[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _scan(text: str, with_keys: bool) -> _Layout:
    """Find headers (and, `with_keys`, key lines) outside multi-line strings, in one pass."""
    layout = _Layout()
    section: dict[str, int] = layout.top
    state: str | None = None
    lines = enumerate(text.split("\n"), 1) if with_keys else _header_candidates(text)
    for lineno, line in lines:
        if state is not None:
            state = _string_state(line, 0, state)
            continue
        start = len(line) - len(line.lstrip(" \t"))
        first = line[start : start + 1]
        if not first or first == "#":
            continue
        if first == "[":
            found_section = _header(layout, line, start, lineno)
            # Keys under tables we do not point into still need somewhere to go.
            section = found_section if found_section is not None else {}
            continue
        if with_keys:
            found = _key_path(line, start)
            if found is not None and line.startswith("=", found[1]):
                parts = found[0]
                section.setdefault(parts[0], lineno)
                if section is layout.top and parts[0] == "essay" and len(parts) > 1:
                    layout.essay.setdefault(parts[1], lineno)
        if '"""' in line or "'''" in line:
            state = _string_state(line, start, None)
            if state is not None:
                layout.open_string = (lineno, state)
    if state is None:
        layout.open_string = None
    return layout


_HEADER_LINE_RE = re.compile(r"\n[ \t]*\[")
_TRIPLE_QUOTE_RE = re.compile(r'"""|\'\'\'')


def _header_candidates(text: str) -> Iterator[tuple[int, str]]:
    """The numbered lines that may be headers or touch a multi-line string, in order.

    The only lines that matter for headers; found by C-speed searches, so a 100,000-claim
    file is not walked line by line in Python.
    """
    starts = {match.start() for match in _HEADER_LINE_RE.finditer("\n" + text)}
    line_end = -1
    for match in _TRIPLE_QUOTE_RE.finditer(text):
        if match.start() > line_end:
            starts.add(text.rfind("\n", 0, match.start()) + 1)
            line_end = text.find("\n", match.start())
            if line_end < 0:
                break
    lineno, previous = 1, 0
    for start in sorted(starts):
        lineno += text.count("\n", previous, start)
        previous = start
        end = text.find("\n", start)
        yield lineno, text[start:] if end < 0 else text[start:end]


def _header(layout: _Layout, line: str, start: int, lineno: int) -> dict[str, int] | None:
    """Record a [table] or [[array]] header; return the dict its keys go to."""
    if line.startswith("[[claim]]", start) and not line[start + 9 :].strip():
        # The common case, kept cheap for files of 100,000 claims.
        layout.top.setdefault("claim", lineno)
        layout.top_header.setdefault("claim", "[[claim]]")
        layout.claims.append(_Section(lineno))
        return layout.claims[-1].keys
    double = line.startswith("[[", start)
    found = _key_path(line, start + (2 if double else 1))
    if found is None:
        return None
    parts, end = found
    if not line.startswith("]]" if double else "]", end):
        return None
    top = parts[0]
    if top not in layout.top:
        layout.top[top] = lineno
        layout.top_header[top] = f"[[{top}]]" if double else f"[{top}]"
    if top == "claim":
        if len(parts) == 1:
            if not double:
                layout.single_claim.append(lineno)
                return None
            layout.claims.append(_Section(lineno))
            return layout.claims[-1].keys
        if layout.claims:
            layout.claims[-1].keys.setdefault(parts[1], lineno)
        return None
    if top == "essay":
        if len(parts) == 1 and not double:
            return layout.essay
        layout.essay.setdefault(parts[1] if len(parts) > 1 else top, lineno)
    return None


# --- checking --------------------------------------------------------------------------------


class _Loader:
    def __init__(self, path: str, shown_path: str, text: str) -> None:
        self.path = path
        self.shown_path = shown_path
        self.text = text
        self._layout: _Layout | None = None
        self.claim_lines: list[int | None] = []
        self.title_problems: dict[str, str | None] = {}

    @property
    def layout(self) -> _Layout:
        """Lines of every key; scanned only when a message needs one."""
        if self._layout is None:
            self._layout = _scan(self.text, with_keys=True)
        return self._layout

    def error(self, message: str, line: int | None) -> ClaimsFileError:
        return ClaimsFileError(self.shown_path, message, line)

    def load(self) -> ClaimsFile:
        data = self.parse()
        self.check_top_level(data)
        title, published, source = self.essay(data.get("essay"))
        claims = self.claims(data)
        return ClaimsFile(
            path=self.path, claims=claims, title=title, published=published, source=source
        )

    # TOML syntax ------------------------------------------------------------------------------

    def parse(self) -> dict[str, object]:
        try:
            return tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as err:
            raise self.syntax_error(str(err)) from err
        except RecursionError:
            raise self.error(
                "TOML syntax error: lists or inline tables are nested too deeply to read; "
                "flatten them",
                self.line_of(r"[\[{](?:[ \t]*[\[{]){20}"),
            ) from None
        except ValueError as err:
            # tomllib lets int() refuse numbers of thousands of digits.
            raise self.error(
                "TOML syntax error: a number has too many digits to read; shorten it",
                self.line_of(r"\d{1000}"),
            ) from err

    def line_of(self, pattern: str) -> int | None:
        match = re.search(pattern, self.text)
        return None if match is None else self.text.count("\n", 0, match.start()) + 1

    def syntax_error(self, raw: str) -> ClaimsFileError:
        located = _LOCATED_RE.search(raw)
        line: int | None
        if located is not None:
            core = raw[: located.start()]
            line, column = int(located.group(1)), int(located.group(2))
            where = f" at column {column}"
        elif raw.endswith(_AT_END):
            core = raw.removesuffix(_AT_END)
            line, where = self.last_content_line(), " at the end of the file"
            opened = self.layout.open_string
            if core == "Unterminated string" and opened is not None:
                # The end of the file is where tomllib noticed; the opening line is the news.
                return self.error(
                    f"TOML syntax error: the multi-line string opened here is never closed; "
                    f"end it with {opened[1]}",
                    opened[0],
                )
        else:
            core, line, where = raw, None, ""
        if core == _NEWLINE_IN_STRING:
            core = "a string is not closed before the end of the line"
        hint = self.syntax_hint(core, line, column if located is not None else None)
        return self.error(
            f"TOML syntax error{where}: {_clip(core, 2 * SHOWN_CHARS, quoted=False)}; {hint}", line
        )

    def list_opening(self, line: int) -> int | None:
        """The nearest line at or above `line` that opens a list value (key = [ ...)."""
        lines = self.text.split("\n", line)
        for number in range(min(line, len(lines)), max(line - 200, 0), -1):
            if _LIST_OPENING_RE.match(lines[number - 1]):
                return number
        return None

    def last_content_line(self) -> int:
        stripped = self.text.rstrip()
        return stripped.count("\n") + 1

    def syntax_hint(self, core: str, line: int | None, column: int | None) -> str:
        source = ""
        if line is not None:
            lines = self.text.split("\n", line)
            source = lines[line - 1] if line <= len(lines) else ""
        at = source[column - 1 : column] if column is not None else ""
        if at == "\r" or core == r"Illegal character '\r'":
            return "the file has a lone carriage return: save it with LF or CRLF line endings"
        stripped = source.strip()
        found = _key_path(source, 0)
        key = found[0][0] if found is not None and source.startswith("=", found[1]) else ""
        value = source.split("=", 1)[1].strip() if key else ""
        single = self.layout.single_claim
        if core == "Cannot declare ('claim',) twice" or (
            core == "Cannot overwrite a value" and stripped.startswith("[[") and single
        ):
            where = f" (line {single[0]})" if single else ""
            return f"[claim]{where} makes a single table: write [[claim]] before every claim"
        if core.startswith("Cannot declare"):
            return "each [table] may appear only once"
        if core == "Cannot overwrite a value" or core.startswith("Duplicate inline table key"):
            return "a key is given twice in the same table: keep one"
        if core.startswith(("Cannot mutate immutable namespace", "Cannot redefine namespace")):
            return (
                "a table is defined both inline (key = {...} or [...]) and with a header: pick one"
            )
        if key == "published" and (
            core in ("Invalid value", "Invalid date or datetime")
            or core.startswith("Expected newline")
        ):
            return "write a real date as YYYY-MM-DD, e.g. published = 2022-01-21"
        if core == "Invalid value":
            if value[:1] and value[0] in "“”‘’„«»":
                return 'curly quotes are not TOML quotes: use straight double quotes "..."'
            if value.startswith("["):
                return (
                    'put each item of the list in double quotes, e.g. ["Warsaw Pact", "Cold War"]'
                )
            if key and not value:
                return f'give {_clip(key, 20)} a value after the "="'
            if key and value:
                return f'text values need double quotes, e.g. {_clip(key, 20)} = "{_clip(value)}"'
            return 'values are "strings", numbers, dates (2022-01-21), true/false or [lists]'
        if core == "Invalid statement":
            return "each line must be a [table] header, a key = value pair or a # comment"
        if core.startswith("Expected '=' after a key"):
            if "=" not in source:
                return 'this line has no "=": write key = value, or start a comment with #'
            return 'write key = value; a key with spaces needs quotes ("my key" = ...)'
        if core.startswith("Expected newline or end of document"):
            return "put one key = value on each line; a text value needs quotes around all of it"
        if core.startswith(("Expected ']]'", "Expected ']'")):
            return "close the header: [[claim]] or [essay]"
        if core == "Unclosed array" and line is not None:
            opened = self.list_opening(line)
            if opened is not None and opened != line:
                return (
                    f"the list opened at line {opened} needs commas between its items "
                    "and a ] at its end"
                )
        if core == "Unclosed array":
            return 'separate list items with commas and close the list with ], e.g. ["A", "B"]'
        if core == "Unclosed inline table":
            return "close the inline table with } on the same line"
        if core == "Unterminated string" or core.startswith("a string is not closed"):
            return 'close the string on the same line, or use """...""" for text over several lines'
        if core.startswith("Illegal character"):
            return r"remove the control character (write it as an escape such as \u0007)"
        if core.startswith("Unescaped '\\'"):
            return r"write a backslash as \\ in a double-quoted string, or use 'single quotes'"
        if core in ("Invalid hex value", "Escaped character is not a Unicode scalar value"):
            return r"write \u with 4 hex digits (\u00e9) or \U with 8, for a real character"
        if core == "Invalid date or datetime":
            return "write a real date as YYYY-MM-DD, e.g. 2022-01-21"
        return "fix the TOML syntax (see https://toml.io)"

    # top level ----------------------------------------------------------------------------

    def check_top_level(self, data: dict[str, object]) -> None:
        if not data:
            if not self.text.strip():
                raise self.error(f"no claims: the file is empty; {_ADD_CLAIMS}", None)
            raise self.error(f"no claims: the file has only comments; {_ADD_CLAIMS}", None)
        for key in data:
            if key not in TOP_KEYS:
                self.unknown_top_key(key, data[key])

    def unknown_top_key(self, key: str, value: object) -> NoReturn:
        line = self.layout.top.get(key)
        header = self.layout.top_header.get(key)
        shown = _clip(key, SHOWN_CHARS)
        if key in CLAIM_KEYS:
            raise self.error(
                f'key "{shown}" is outside any claim; put [[claim]] on a line above it', line
            )
        if key in ESSAY_KEYS:
            raise self.error(
                f'key "{shown}" is outside [essay]; put [essay] on a line above it', line
            )
        if header is not None or isinstance(value, dict | list):
            table = header or f"[{shown}]"
            # "claims" and "essays" are the usual slips; try the singular first.
            suggestion = _did_you_mean(key.rstrip("s"), TOP_KEYS) or _did_you_mean(key, TOP_KEYS)
            if suggestion == "claim":
                raise self.error(
                    f"{table} is not a known table; write [[claim]] "
                    "(singular, double brackets) before each claim",
                    line,
                )
            if suggestion == "essay":
                raise self.error(f"{table} is not a known table; did you mean [essay]?", line)
            raise self.error(
                f"{table} is not a known table; a claims file has only [essay] and [[claim]]",
                line,
            )
        raise self.error(
            f'unknown key "{shown}" at the top of the file; '
            "a claims file has only [essay] and [[claim]] tables",
            line,
        )

    def unknown_key(self, key: str, known: Sequence[str], where: str, line: int | None) -> NoReturn:
        shown = _clip(key, SHOWN_CHARS)
        suggestion = _did_you_mean(key, known)
        advice = f'did you mean "{suggestion}"?' if suggestion else "remove it"
        raise self.error(
            f'unknown key "{shown}" in {where}; {advice} (known keys: {", ".join(known)})', line
        )

    # [essay] ------------------------------------------------------------------------------

    def essay_line(self, key: str | None = None) -> int | None:
        table = self.layout.top.get("essay")
        return table if key is None else self.layout.essay.get(key, table)

    def essay(self, raw: object) -> tuple[str, dt.date | None, str]:
        if raw is None:
            return "", None, ""
        if not isinstance(raw, dict):
            if isinstance(raw, list):
                raise self.error(
                    "[[essay]] makes a list: write [essay] with single brackets", self.essay_line()
                )
            raise self.error(
                f"essay must be a table, not {_type_name(raw)} ({_show(raw)}); write [essay] "
                'on a line of its own with title = "..." and published = 2022-01-21 below it',
                self.essay_line(),
            )
        for key in raw:
            if key in (*CLAIM_KEYS, "claim"):
                # Claims written after [essay] without their own [[claim]] header.
                raise self.error(
                    f'key "{key}" is inside [essay], which holds only title, published and '
                    "source; put [[claim]] on a line above the claim's keys",
                    self.essay_line(key),
                )
            if key not in ESSAY_KEYS:
                self.unknown_key(key, ESSAY_KEYS, "[essay]", self.essay_line(key))
        title = raw.get("title", "")
        if not isinstance(title, str):
            raise self.error(
                f"title must be a string in quotes, not {_type_name(title)} ({_show(title)}); "
                'e.g. title = "The End of the Cold War"',
                self.essay_line("title"),
            )
        title = self.clean_text(title, "title", lambda: self.essay_line("title"))
        return title, self.published(raw.get("published")), self.source(raw.get("source", ""))

    def source(self, raw: object) -> str:
        """The essay's file, as written (a path relative to the claims file, or absolute)."""
        example = 'e.g. source = "essay.txt", a path relative to this file'
        if not isinstance(raw, str):
            message = f"source must be a path in quotes, not {_type_name(raw)} ({_show(raw)})"
            raise self.error(f"{message}; {example}", self.essay_line("source"))
        if raw and (not raw.strip() or _CONTROL_RE.search(raw)):
            raise self.error(
                f"source {_show(raw)} is not a usable path; {example}", self.essay_line("source")
            )
        return raw.strip()

    def published(self, raw: object) -> dt.date | None:
        example = "e.g. published = 2022-01-21"
        if raw is None:
            return None
        if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            return raw
        if isinstance(raw, str) and _ISO_DATE_RE.fullmatch(raw.strip()):
            try:
                return dt.date.fromisoformat(raw.strip())
            except ValueError:
                message = f"published {_show(raw)} is not a real date; {example}"
        elif isinstance(raw, dt.datetime):
            message = f"published has a time of day ({_show(raw)}); give the date alone, {example}"
        elif isinstance(raw, str):
            message = f"published {_show(raw)} is not a date; write it as YYYY-MM-DD, {example}"
        else:
            message = f"published must be a date, not {_type_name(raw)} ({_show(raw)}); {example}"
        raise self.error(message, self.essay_line("published"))

    # [[claim]] ----------------------------------------------------------------------------

    def claims(self, data: dict[str, object]) -> tuple[Claim, ...]:
        raw = data.get("claim")
        if raw is None:
            raise self.error(f"no claims: there is no [[claim]] table; {_ADD_CLAIMS}", None)
        if isinstance(raw, dict):
            raise self.error(
                "[claim] makes a single table, not a list of claims; "
                "write [[claim]] (double brackets) before each claim",
                self.layout.top.get("claim"),
            )
        if not isinstance(raw, list):
            raise self.error(
                f"claim must be [[claim]] tables, not {_type_name(raw)} ({_show(raw)}); "
                'write [[claim]] on a line of its own, then id = "..." and text = "..."',
                self.layout.top.get("claim"),
            )
        if not raw:
            raise self.error(
                f"no claims: claim is an empty list; {_ADD_CLAIMS}", self.layout.top.get("claim")
            )
        self.claim_lines = self.find_claim_lines(len(raw))
        taken = {
            item["id"] for item in raw if isinstance(item, dict) and isinstance(item.get("id"), str)
        }
        seen: dict[str, int] = {}
        return tuple(self.claim(index, item, seen, taken) for index, item in enumerate(raw))

    def find_claim_lines(self, count: int) -> list[int | None]:
        headers = [section.line for section in _scan(self.text, with_keys=False).claims]
        if len(headers) == count:
            return list(headers)
        # Claims written inline (claim = [{...}]), or a scan fooled by an odd multi-line
        # string: point at what is known rather than guess.
        fallback = self.layout.top.get("claim")
        return [headers[i] if i < len(headers) else fallback for i in range(count)]

    def key_line(self, index: int, key: str) -> int | None:
        header = self.claim_lines[index]
        sections = self.layout.claims
        if index < len(sections) and sections[index].line == header:
            return sections[index].keys.get(key, header)
        return header

    def claim(self, index: int, raw: object, seen: dict[str, int], taken: set[str]) -> Claim:
        line = self.claim_lines[index]
        if not isinstance(raw, dict):
            raise self.error(
                f"claim {index + 1} is {_type_name(raw)} ({_show(raw)}), not a table; "
                "write each claim as a [[claim]] table",
                line,
            )
        for key in raw:
            if key not in CLAIM_KEYS:
                self.unknown_key(key, CLAIM_KEYS, "[[claim]]", self.key_line(index, key))
        claim_id = self.claim_id(index, raw, seen, taken)
        text = raw.get("text")
        if text is None:
            raise self.error(
                f'claim "{_clip(claim_id)}" has no text; add text = "..." '
                "stating the claim in one sentence",
                line,
            )
        if not isinstance(text, str):
            raise self.error(
                f"text must be a string in quotes, not {_type_name(text)} ({_show(text)}); "
                'e.g. text = "The Warsaw Pact was dissolved in July 1991."',
                self.key_line(index, "text"),
            )
        text = self.clean_text(text, "text", lambda: self.key_line(index, "text"))
        if not text:
            raise self.error(
                f'text of claim "{_clip(claim_id)}" is empty; state the claim in one sentence',
                self.key_line(index, "text"),
            )
        quote = raw.get("quote", "")
        if not isinstance(quote, str):
            raise self.error(
                f"quote must be a string in quotes, not {_type_name(quote)} ({_show(quote)}); "
                'copy the essay\'s words, e.g. quote = "the Pact was abolished"',
                self.key_line(index, "quote"),
            )
        return Claim(
            id=claim_id,
            text=text,
            quote=self.clean_text(quote, "quote", lambda: self.key_line(index, "quote")),
            kind=self.kind(index, raw.get("kind")),
            pages=self.pages(index, raw.get("pages")),
            line=line,
        )

    def claim_id(
        self, index: int, raw: dict[str, object], seen: dict[str, int], taken: set[str]
    ) -> str:
        value = raw.get("id")
        if isinstance(value, str) and value not in seen and SLUG_RE.fullmatch(value):
            seen[value] = index
            return value
        text = raw.get("text")

        def suggest(source: str) -> str:
            slug = _slugify(source)
            if not slug and isinstance(text, str):
                slug = _slugify(text)
            slug = slug or f"claim-{index + 1}"
            candidate, number = slug, 2
            while candidate in taken:
                candidate, number = f"{slug}-{number}", number + 1
            return candidate

        if value is None:
            raise self.error(
                f'claim has no id; add a unique slug, e.g. id = "{suggest("")}"',
                self.claim_lines[index],
            )
        if not isinstance(value, str):
            source = str(value) if isinstance(value, int | float) else ""
            message = (
                f"id must be a string in quotes, not {_type_name(value)} ({_show(value)}); "
                f'e.g. id = "{suggest(source)}"'
            )
        elif not value.strip():
            message = f'id is empty; give the claim a unique slug, e.g. id = "{suggest("")}"'
        elif not SLUG_RE.fullmatch(value):
            message = (
                f"id {_show(value)} is not a slug (lower-case letters and digits, words joined "
                f'by single hyphens, e.g. "{_EXAMPLE_ID}"); try id = "{suggest(value)}"'
            )
        else:
            first = self.key_line(seen[value], "id")
            other = f"the claim at line {first}" if first is not None else "another claim"
            message = (
                f'duplicate id "{_clip(value)}": {other} has it too; give each claim its own id'
            )
        raise self.error(message, self.key_line(index, "id"))

    def clean_text(self, value: str, name: str, line: Callable[[], int | None]) -> str:
        """`value` with its whitespace normalised; `line` is asked only for a message."""
        normalised = " ".join(value.split())
        if len(normalised) > MAX_TEXT_CHARS and name != "title":
            raise self.error(
                f"{name} is {len(normalised):,} characters long, more than the limit of "
                f"{MAX_TEXT_CHARS:,} ({_show(normalised)}); split it into short, atomic claims",
                line(),
            )
        control = _CONTROL_RE.search(normalised)
        if control is not None:
            ch = _escape_char(control.group())
            raise self.error(
                f"{name} contains the control character {ch} ({_show(normalised)}); remove it "
                r"(in a double-quoted string a backslash starts an escape: write \\ for one)",
                line(),
            )
        return normalised

    def kind(self, index: int, raw: object) -> ClaimKind:
        if raw is None:
            return ClaimKind.OTHER
        if isinstance(raw, str) and raw in KINDS:
            return ClaimKind(raw)
        allowed = ", ".join(KINDS)
        if not isinstance(raw, str):
            message = (
                f"kind must be a string in quotes, not {_type_name(raw)} ({_show(raw)}); "
                f"use one of {allowed}"
            )
        else:
            suggestion = _did_you_mean(raw, KINDS)
            advice = f'; did you mean "{suggestion}"?' if suggestion else ""
            message = f"kind {_show(raw)} is not one of {allowed}{advice}"
        raise self.error(message, self.key_line(index, "kind"))

    def pages(self, index: int, raw: object) -> tuple[str, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            if isinstance(raw, str) and raw.strip() and title_problem(raw.strip()) is None:
                example = _clip(raw.strip())
            else:
                example = _EXAMPLE_TITLE
            found = "" if isinstance(raw, str) else f", not {_type_name(raw)} ({_show(raw)})"
            raise self.error(
                f'pages must be a list of titles{found}, e.g. pages = ["{example}"]',
                self.key_line(index, "pages"),
            )
        titles: list[str] = []
        seen: set[str] = set()
        for number, item in enumerate(raw, 1):
            if not isinstance(item, str):
                raise self.error(
                    f"pages item {number} is {_type_name(item)} ({_show(item)}), not a title; "
                    f'write titles in quotes, e.g. pages = ["{_EXAMPLE_TITLE}"]',
                    self.key_line(index, "pages"),
                )
            title = item.strip()
            if title not in self.title_problems:
                # Files name the same few articles over and over.
                self.title_problems[title] = title_problem(title)
            problem = self.title_problems[title]
            if problem is not None:
                raise self.error(
                    self.title_message(number, item, problem), self.key_line(index, "pages")
                )
            if title not in seen:
                seen.add(title)
                titles.append(title)
        return tuple(titles)

    @staticmethod
    def title_message(number: int, title: str, problem: str) -> str:
        message = f"pages item {number} {_show(title)} can never be a Wikipedia title: {problem}"
        before, hash_sign, _ = title.partition("#")
        if hash_sign and before.strip() and title_problem(before.strip()) is None:
            return f'{message}; drop the section part: "{_clip(before.strip())}"'
        return f"{message}; give the article's exact title, or remove it"
