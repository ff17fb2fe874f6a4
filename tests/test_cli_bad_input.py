"""Broken and hostile claims files through the whole command line, and generated input
through the loader, the value grammar and the matcher.

A file that cannot be used gives exit 2 and one line on stderr, "factcheck: error: ...";
a legal one, however odd, gives a report and exit 0, 1 or 3. Never a traceback. Runs are
offline against an empty snapshot, so no request is ever made.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from factcheck.claims import CLAIM_KEYS, KINDS, MAX_TEXT_CHARS, load_claims
from factcheck.cli import main
from factcheck.engine import verify
from factcheck.errors import ClaimsFileError
from factcheck.models import ClaimsFile, Label, ValueStatus
from factcheck.snapshot import snapshot_document
from factcheck.titles import MAX_TITLE_BYTES
from factcheck.values import DateValue, extract_values

BAD_DIR = Path(__file__).parent / "data" / "bad_claims"
NOWHERE = "http://127.0.0.1:9/api.php"  # never asked: every run here is offline


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str
    seconds: float


def empty_snapshot(directory: Path) -> Path:
    path = directory / "empty.snapshot.json"
    if not path.exists():
        document = snapshot_document({}, {}, NOWHERE, "claims.toml")
        path.write_text(json.dumps(document), encoding="utf-8")
    return path


def run_offline(
    capsys: pytest.CaptureFixture[str], claims: Path, snapshot: Path, *extra: str
) -> Outcome:
    started = time.monotonic()
    with pytest.raises(SystemExit) as stop:
        main(
            [
                "run",
                str(claims),
                "--offline",
                "--api",
                NOWHERE,
                "--snapshot",
                str(snapshot),
                "--color",
                "never",
                *extra,
            ]
        )
    seconds = time.monotonic() - started
    captured = capsys.readouterr()
    code = stop.value.code
    return Outcome(code if isinstance(code, int) else 0, captured.out, captured.err, seconds)


def assert_one_line_error(outcome: Outcome) -> str:
    assert outcome.code == 2, outcome.err
    assert outcome.out == ""
    assert outcome.err.startswith("factcheck: error: ")
    assert outcome.err.endswith("\n")
    assert outcome.err.count("\n") == 1, outcome.err
    assert "Traceback" not in outcome.err
    return outcome.err


def assert_report(outcome: Outcome, claims: int) -> dict[str, Any]:
    assert outcome.code in (0, 1, 3), outcome.err
    assert "Traceback" not in outcome.err + outcome.out
    assert all(line.startswith("factcheck: ") for line in outcome.err.splitlines())
    report: dict[str, Any] = json.loads(outcome.out)
    assert report["summary"]["total"] == claims == len(report["results"])
    return report


# -- the loader's corpus of broken files, through the CLI -----------------------------------


BAD_FILES = sorted(BAD_DIR.glob("*.toml"))


def test_the_bad_claims_corpus_is_there() -> None:
    assert len(BAD_FILES) >= 70


@pytest.mark.parametrize("path", BAD_FILES, ids=[p.stem for p in BAD_FILES])
def test_a_broken_claims_file_is_one_line_and_exit_2(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = run_offline(capsys, path, empty_snapshot(tmp_path), "--format", "json")
    err = assert_one_line_error(outcome)
    # The line is the loader's own message, whole.
    with pytest.raises(ClaimsFileError) as raised:
        load_claims(path)
    assert err == f"factcheck: error: {raised.value}\n"


# -- hostile files made here ----------------------------------------------------------------


def claim(text: str = "The Warsaw Pact was dissolved in July 1991.", **keys: str) -> str:
    body = "".join(f"{k} = {v}\n" for k, v in keys.items())
    return f'[[claim]]\nid = "c"\ntext = {json.dumps(text, ensure_ascii=False)}\n{body}'


def with_pages(*titles: str) -> str:
    return claim(pages="[" + ", ".join(json.dumps(t, ensure_ascii=False) for t in titles) + "]")


def prose(size: int) -> bytes:
    words = ["the", "Warsaw", "Pact", "was", "dissolved", "in", "July", "1991,", "and", "NATO"]
    rng = random.Random(7)
    out: list[str] = []
    length = 0
    while length < size:
        line = " ".join(rng.choice(words) for _ in range(12)) + ".\n"
        out.append(line)
        length += len(line)
    return "".join(out).encode()


def garbage(size: int) -> bytes:
    return random.Random(11).randbytes(size)


TEN_MB = 10 * 1024 * 1024

# name -> file content; every one of these must be refused with one line.
HOSTILE: dict[str, Callable[[], bytes]] = {
    "10 MB of prose": lambda: prose(TEN_MB),
    "10 MB claim text": lambda: claim("x" * TEN_MB).encode(),
    "10 MB of comments and no claim": lambda: b"# comment\n" * (TEN_MB // 10),
    "10 MB on one line": lambda: b"a = " + b"1" * TEN_MB,
    "10 MB binary garbage": lambda: garbage(TEN_MB),
    "100,000 claim headers without keys": lambda: b"[[claim]]\n" * 100_000,
    "NUL byte in the text": lambda: claim("The Warsaw\x00 Pact").encode(),
    "NUL byte first": lambda: b"\x00" + with_pages("Warsaw Pact").encode(),
    "escaped NUL in the text": lambda: b'[[claim]]\nid = "c"\ntext = "a\\u0000b"\n',
    "invalid UTF-8 in the text": lambda: claim("Caf\udce9").encode("utf-8", "surrogateescape"),
    "lone continuation byte": lambda: b'[[claim]]\nid = "c"\ntext = "\x80"\n',
    "overlong UTF-8": lambda: b'[[claim]]\nid = "c"\ntext = "\xc0\xaf"\n',
    "UTF-8 encoded surrogate": lambda: b'[[claim]]\nid = "c"\ntext = "\xed\xa0\x80"\n',
    "Latin-1 file": lambda: claim("Gorbatschow trat zurück.").encode("latin-1"),
    "UTF-32 file": lambda: with_pages("Warsaw Pact").encode("utf-32"),
    "title with a pipe": lambda: with_pages("Warsaw Pact|NATO").encode(),
    "title with a hash": lambda: with_pages("Warsaw Pact#Dissolution").encode(),
    "title with markup": lambda: with_pages("<script>alert(1)</script>").encode(),
    "title with braces": lambda: with_pages("{{Infobox}}").encode(),
    "title with a bell": lambda: with_pages("Warsaw\x07Pact").encode(),
    "title with a tab": lambda: with_pages("Warsaw\tPact").encode(),
    "title with an escape sequence": lambda: with_pages("\x1b[31mWarsaw Pact").encode(),
    "title of 256 bytes": lambda: with_pages("W" * (MAX_TITLE_BYTES + 1)).encode(),
    "title of 100,000 characters": lambda: with_pages("Warsaw Pact " * 8_333).encode(),
    "title of 86 four-byte characters": lambda: with_pages("🙂" * 64).encode(),
    "empty title": lambda: with_pages("").encode(),
    "text with an escape sequence": lambda: claim("\x1b[2J\x1b[HPwned").encode(),
    "text over the limit": lambda: claim("w " * MAX_TEXT_CHARS).encode(),
    "id with a Cyrillic a": lambda: b'[[claim]]\nid = "w\xd0\xb0rsaw"\ntext = "t"\n',
    "JSON instead of TOML": lambda: json.dumps({"claim": [{"id": "c", "text": "t"}]}).encode(),
    "YAML instead of TOML": lambda: b"claim:\n  - id: c\n    text: t\n",
    "deeply nested pages": lambda: (claim(pages="[" * 5_000 + "]" * 5_000)).encode(),
    "pages as one huge inline table": lambda: claim(
        pages="{" + ", ".join(f"k{i} = {i}" for i in range(20_000)) + "}"
    ).encode(),
    "kind with markup": lambda: claim(kind='"<b>date</b>"').encode(),
    "published in the year 0": lambda: b'[essay]\npublished = "0000-01-01"\n' + claim().encode(),
    "duplicate ids far apart": lambda: (
        claim() + "".join(f'[[claim]]\nid = "x{i}"\ntext = "t"\n' for i in range(5_000)) + claim()
    ).encode(),
}


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_file_is_refused_in_one_line(
    make: Callable[[], bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "claims.toml"
    path.write_bytes(make())
    outcome = run_offline(capsys, path, empty_snapshot(tmp_path), "--format", "json")
    err = assert_one_line_error(outcome)
    assert len(err) < 400  # a value is shown clipped, never whole
    for control in "\x00\x07\x1b":
        assert control not in err
    assert outcome.seconds < 60  # a bound against hangs, not a speed target


def test_paths_that_are_no_claims_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    snapshot = empty_snapshot(tmp_path)
    for path in (tmp_path / "missing.toml", tmp_path, Path("/dev/null"), Path("/dev/zero")):
        outcome = run_offline(capsys, path, snapshot)
        assert_one_line_error(outcome)


# Legal, however odd: each gives a report.
ODD: dict[str, str] = {
    "title with a zero-width space": with_pages("Warsaw\u200bPact"),
    "title with a right-to-left override": with_pages("\u202etcaP wasraW"),
    "title of 255 bytes": with_pages("W" * MAX_TITLE_BYTES),
    "title that looks like a URL": with_pages("https://example.org/?q=1&x=2"),
    "title with quotes and backslashes": with_pages('Warsaw "Pact" \\ 1955'),
    "title in Cyrillic and Chinese": with_pages("Варшавский договор", "华沙条约"),
    "thousand titles": with_pages(*(f"Page {n}" for n in range(1_000))),
    "text with markup": claim("<img src=x onerror=alert(1)> was dissolved in July 1991."),
    "text with terminal markup": claim("[bold red]The Warsaw Pact[/] was dissolved in 1991."),
    "text with an escaped carriage return": claim("The Warsaw Pact\rwas dissolved in 1991."),
    "text with a line separator": claim("The Warsaw Pact\u2028was dissolved in July 1991."),
    "text of exactly the limit": claim("w" * MAX_TEXT_CHARS),
    "text of emoji and combining marks": claim("🙂" * 500 + "e\u0301" * 500),
    "text of digits": claim("1" * MAX_TEXT_CHARS),
    "windows line endings": claim().replace("\n", "\r\n"),
    "UTF-8 byte-order mark": "\ufeff" + claim(),
    "no pages": claim(pages="[]"),
    "published far ahead": '[essay]\npublished = 9999-12-31\ntitle = "<b>"\n' + claim(),
}


@pytest.mark.parametrize("text", ODD.values(), ids=ODD.keys())
@pytest.mark.parametrize("fmt", ["json", "terminal", "markdown", "junit"])
def test_an_odd_but_legal_file_gives_a_report(
    text: str, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "claims.toml"
    path.write_text(text, encoding="utf-8")
    report_path = tmp_path / "report.out"
    outcome = run_offline(
        capsys, path, empty_snapshot(tmp_path), "--format", fmt, "-o", str(report_path)
    )
    assert outcome.code in (0, 3), outcome.err
    assert outcome.out == ""
    assert "Traceback" not in outcome.err
    note = f"factcheck: note: offline: evidence from the snapshot {tmp_path}/empty.snapshot.json"
    assert outcome.err.startswith(note)
    assert outcome.err.count("\n") == 1
    rendered = report_path.read_text(encoding="utf-8")
    assert "\x1b" not in rendered  # --color never; and no escape sequence from the input
    if fmt == "json":
        report = json.loads(rendered)
        assert report["summary"]["total"] == 1
        assert report["results"][0]["verdict"] in ("not_enough_evidence", "error")


@pytest.mark.slow
def test_a_hundred_thousand_claims_run_in_bounded_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count = 100_000
    path = tmp_path / "claims.toml"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(
                f'[[claim]]\nid = "claim-{n}"\ntext = "Claim {n}: the Warsaw Pact ended in 1991."'
                f'\npages = ["Page {n % 100}"]\n\n'
            )
    report_path = tmp_path / "report.json"
    outcome = run_offline(
        capsys, path, empty_snapshot(tmp_path), "--format", "json", "-o", str(report_path)
    )
    # No page was ever recorded, so none could be had offline: every claim is an error.
    assert outcome.code == 3, outcome.err
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["summary"]["total"] == count
    assert report["summary"]["error"] == count
    # How long it takes is measured by benchmarks/perf.py, not asserted here.
    print(f"100,000 claims: {outcome.seconds:.1f} s")


# -- generated input --------------------------------------------------------------------------

QUICK = settings(
    max_examples=60,
    deadline=dt.timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def toml_string(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    raise TypeError(type(value))


WORDS = st.sampled_from(
    [
        "Warsaw Pact",
        "NATO",
        "1 July 1991",
        "July 1991",
        "the 1990s",
        "650,000",
        "about 1.5 million",
        "was",
        "dissolved",
        "in",
        "not",
        "never",
        "2-4 April 2008",
        "44 BC",
        "Mikhail Gorbachev",
        "|",
        "#",
        "<",
        "\u202e",
        "\u200b",
        "🙂",
        "\x1b[31m",
        "\t",
        "",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=80),
    st.lists(WORDS, max_size=12).map(" ".join),
    st.text(alphabet=string.printable, max_size=80),
)
SCALARS = st.one_of(
    TEXTS,
    st.integers(-(2**63), 2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=dt.date(1, 1, 1)),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["a", "b"]), inner)
    ),
    max_leaves=8,
)
SLUGS = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)


LEGAL_WORDS = st.sampled_from(
    ["Warsaw Pact", "NATO", "1 July 1991", "the 1990s", "650,000", "was", "dissolved", "not"]
)
LEGAL_TEXTS = st.tuples(
    st.lists(LEGAL_WORDS, min_size=1, max_size=12).map(" ".join),
    st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs", "S"]), max_size=60),
).map(" ".join)
LEGAL_TITLES = st.tuples(
    st.sampled_from(["Warsaw Pact", "NATO", "Kyiv", "Ф"]),
    st.text(
        alphabet=st.characters(categories=["L", "N", "Zs"], include_characters="-–'(),.:&"),
        max_size=40,
    ),
).map("".join)


def likely(draw: st.DrawFn, legal: st.SearchStrategy[Any], other: st.SearchStrategy[Any]) -> Any:
    """Mostly a legal value, sometimes anything: so that both outcomes are common."""
    return draw(legal if draw(st.integers(0, 11)) else other)


@st.composite
def claim_tables(draw: st.DrawFn, number: int) -> dict[str, object]:
    table: dict[str, object] = {}
    if draw(st.integers(0, 30)):
        table["id"] = likely(draw, SLUGS.map(lambda slug: f"{slug}-{number}"), VALUES)
    if draw(st.integers(0, 30)):
        table["text"] = likely(draw, LEGAL_TEXTS, st.one_of(TEXTS, VALUES))
    if draw(st.booleans()):
        table["quote"] = likely(draw, LEGAL_TEXTS, TEXTS)
    if draw(st.booleans()):
        table["kind"] = likely(draw, st.sampled_from(KINDS), VALUES)
    if draw(st.booleans()):
        table["pages"] = likely(
            draw, st.lists(LEGAL_TITLES, max_size=3), st.one_of(st.lists(TEXTS), VALUES)
        )
    if not draw(st.integers(0, 30)):
        table[draw(st.sampled_from(["note", "Text", "page", "ids"]))] = draw(VALUES)
    return table


@st.composite
def claims_documents(draw: st.DrawFn) -> str:
    parts: list[str] = []
    if draw(st.booleans()):
        essay = {}
        if draw(st.booleans()):
            essay["title"] = likely(draw, LEGAL_TEXTS, VALUES)
        if draw(st.booleans()):
            essay["published"] = likely(draw, st.dates(), st.one_of(TEXTS, VALUES))
        parts.append("[essay]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in essay.items()))
    for number in range(draw(st.integers(0, 4))):
        table = draw(claim_tables(number))
        keys = "".join(f"{toml_string(k)} = {toml_value(v)}\n" for k, v in table.items())
        parts.append("[[claim]]\n" + keys)
    if not draw(st.integers(0, 30)):
        parts.insert(draw(st.integers(0, len(parts))), f"stray = {toml_value(draw(VALUES))}\n")
    return "\n".join(parts)


@QUICK
@given(document=claims_documents())
def test_any_claims_document_gives_a_report_or_one_line(
    document: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import contextlib
    import io

    directory = tmp_path_factory.mktemp("doc")
    path = directory / "claims.toml"
    path.write_text(document, encoding="utf-8")
    loaded: ClaimsFile | None = None
    message = ""
    try:
        loaded = load_claims(path)
    except ClaimsFileError as exc:
        message = str(exc)
    assert "\n" not in message
    assert "\r" not in message
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(
                [
                    "run",
                    str(path),
                    "--offline",
                    "--api",
                    NOWHERE,
                    "--snapshot",
                    str(empty_snapshot(directory)),
                    "--format",
                    "json",
                ]
            )
        except SystemExit as stop:
            code = stop.code
    outcome = Outcome(code if isinstance(code, int) else 0, out.getvalue(), err.getvalue(), 0.0)
    assert time.monotonic() - started < 3
    event(message.split(": ", 1)[-1][:30] if loaded is None else f"loaded {len(loaded.claims)}")
    if loaded is None:
        assert_one_line_error(outcome)
    else:
        assert_report(outcome, len(loaded.claims))
        assert all(c.id and c.text for c in loaded.claims)
        assert len({c.id for c in loaded.claims}) == len(loaded.claims)
        assert set(CLAIM_KEYS) >= {"id", "text"}


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    """A good file with a few bytes inserted, deleted or replaced."""
    data = bytearray(
        (claim(pages='["Warsaw Pact", "NATO"]', quote='"abolished in July 1991"') * 2)
        .replace('id = "c"', 'id = "c1"', 1)
        .encode()
    )
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(
            st.sampled_from(
                [
                    b'"',
                    b"'",
                    b"[",
                    b"]",
                    b"=",
                    b"\n",
                    b"\\",
                    b"\x00",
                    b"\xff",
                    b"#",
                    b"[[claim]]",
                    b'"""',
                    b"\r",
                    b"\xe2\x80",
                ]
            )
        )
        if how == "insert":
            data[where:where] = piece
        elif how == "delete":
            del data[where : where + len(piece)]
        else:
            data[where : where + len(piece)] = piece
    return bytes(data)


@QUICK
@given(content=mutated_files())
def test_a_damaged_good_file_loads_or_fails_in_one_line(
    content: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("mutated") / "claims.toml"
    path.write_bytes(content)
    try:
        loaded = load_claims(path)
    except ClaimsFileError as exc:
        message = str(exc)
    else:
        assert 1 <= len(loaded.claims) <= 3
        return
    assert message.startswith(str(path))
    for control in "\n\r\x00":
        assert control not in message


HOSTILE_PIECES = st.sampled_from(
    [
        "1 July 1991",
        "1991–1994",
        "2-4 April 2008",
        "the early 1990s",
        "1,234,567",
        "1.5 million",
        "44 BC",
        "13%",
        "–",
        "-",
        ",",
        ".",
        "1",
        "0",
        "9" * 40,
        "July",
        "Sept.",
        "c.",
        "about",
        "more than",
        "between",
        "and",
        "(",
        ")",
        "\u202f",
        "\u00a0",
        "½",
        "٣",
        "一九九一",
        "🙂",
    ]
)
HOSTILE_TEXT = st.lists(HOSTILE_PIECES, max_size=200).map(
    lambda pieces: "".join(p + random.Random(len(pieces)).choice(["", " "]) for p in pieces)
)


@QUICK
@given(text=st.one_of(HOSTILE_TEXT, st.text(max_size=2_000)))
@example(text="1991–1994-c.\u202f2-4 April 20081 July 1991")  # two figures on one "c", once found
def test_the_value_grammar_reads_any_text_quickly(text: str) -> None:
    started = time.monotonic()
    values = extract_values(text)
    assert time.monotonic() - started < 1.0
    last_end = 0
    for value in values:
        start, end = value.span
        assert last_end <= start < end <= len(text)
        assert text[start:end] == value.text
        last_end = end
        if isinstance(value, DateValue):
            assert value.start <= value.end


EVIDENCE_PIECES = st.lists(
    st.one_of(HOSTILE_TEXT, st.lists(WORDS, max_size=30).map(" ".join), st.text(max_size=300)),
    max_size=6,
)


@QUICK
@given(
    claim_text=st.one_of(st.lists(WORDS, max_size=15).map(" ".join), st.text(max_size=300)),
    evidence=st.one_of(
        EVIDENCE_PIECES,
        st.dictionaries(st.text(min_size=1, max_size=20), st.text(max_size=2_000), max_size=3),
        st.dictionaries(
            st.sampled_from(["Warsaw Pact", "NATO"]),
            st.lists(WORDS, max_size=200).map(" ".join),
            max_size=2,
        ),
    ),
)
@example(claim_text="", evidence={"\n": "0"})  # a title of a line break, once found
@example(claim_text="It was signed in 1955.", evidence={"A\nB": "It was signed in 1956."})
def test_the_matcher_answers_anything_with_a_verdict(
    claim_text: str, evidence: list[str] | dict[str, str]
) -> None:
    started = time.monotonic()
    verdict = verify(claim_text, evidence)
    assert time.monotonic() - started < 2.0
    assert verdict.label in set(Label)
    assert 0.0 <= verdict.confidence <= 1.0
    assert verdict.reason
    assert "\n" not in verdict.reason
    for check in verdict.values:
        assert check.status in set(ValueStatus)
        if check.evidence_index is not None:
            assert 0 <= check.evidence_index < len(verdict.evidence)
    for item in verdict.evidence:
        assert 0.0 <= item.score <= 100.0
