"""The CLI on pages with infoboxes: notes for what could not be read, origins in reports."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.mediawiki import ClientSettings
from tests.clirun import invoke
from tests.fakes import FakeSource

API = "https://wiki.example/w/api.php"
CLAIMS = """
[[claim]]
id = "signed"
text = "The North Atlantic Treaty was signed in 1950."
pages = ["North Atlantic Treaty"]
"""
TEXT = "The North Atlantic Treaty is the founding treaty of NATO."
WIKITEXT = """{{Infobox treaty
| name = North Atlantic Treaty
| date_signed = {{start date|1949|4|4}}
| motto = {{Rare template|x}}
}}
The '''North Atlantic Treaty''' is the founding treaty of [[NATO]].
"""


class FakeEndpoint(FakeSource):
    down_reason: str | None = None


@pytest.fixture
def essay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    for name in ("NO_COLOR", "FORCE_COLOR", "FACTCHECK_API"):
        monkeypatch.delenv(name, raising=False)
    source = FakeEndpoint(
        {"North Atlantic Treaty": TEXT}, wikitexts={"North Atlantic Treaty": WIKITEXT}, name=API
    )

    def make(settings: ClientSettings) -> FakeEndpoint:
        return source

    monkeypatch.setattr(cli, "make_live_source", make)
    (tmp_path / "essay.toml").write_text(CLAIMS, encoding="utf-8")
    return "essay.toml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    result = invoke(capsys, *args)
    return result.code, result.out, result.err


NOTE = "North Atlantic Treaty: templates not read, their values left out: {{rare template}}"


def test_a_template_not_read_is_a_note_on_stderr_and_in_every_report(
    capsys: pytest.CaptureFixture[str], essay: str
) -> None:
    code, out, err = run(capsys, "run", essay, "--api", API, "--color", "never", "-q")
    assert (code, err) == (1, f"factcheck: note: {NOTE}\n")
    assert out.splitlines()[:2] == [
        "1 claim: 0 supported, 1 contradicted, 0 not enough evidence, 0 errors",
        f"note: {NOTE}",
    ]
    code, out, _err = run(capsys, "run", essay, "--api", API, "--format", "json")
    document = json.loads(out)
    assert document["notes"] == [NOTE]
    [evidence, *_] = document["results"][0]["evidence"]
    assert (evidence["origin"], evidence["section"], evidence["sentence"]) == (
        "infobox",
        "Infobox treaty",
        "North Atlantic Treaty — signed on 4 April 1949",
    )
    code, out, _err = run(capsys, "run", essay, "--api", API, "--format", "markdown")
    assert f"> **Note:** {NOTE}" in out.splitlines()
    assert (
        "“North Atlantic Treaty — signed on 4 April 1949” — "
        "[North Atlantic Treaty, infobox (rev 1)](https://wiki.example/wiki/"
        "North_Atlantic_Treaty?oldid=1)"
    ) in out


def test_a_stored_verdict_keeps_its_origin(capsys: pytest.CaptureFixture[str], essay: str) -> None:
    first = run(capsys, "run", essay, "--api", API, "--format", "json")
    again = run(capsys, "run", essay, "--api", API, "--format", "json")
    assert json.loads(again[1])["results"] == json.loads(first[1])["results"]
    assert json.loads(again[1])["results"][0]["evidence"][0]["origin"] == "infobox"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--as-of", "2022-13-01"],
            "--as-of '2022-13-01': not a date like 2022-01-21 (or 'published')",
        ),
        (
            ["--as-of", "published"],
            "--as-of published: essay.toml has no published date "
            "(add published = 2022-01-21 under [essay], or give the date)",
        ),
    ],
)
def test_as_of_mistakes_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], essay: str, extra: list[str], message: str
) -> None:
    assert run(capsys, "run", essay, "--api", API, *extra) == (
        2,
        "",
        f"factcheck: error: {message}\n",
    )


def test_check_has_no_published_date(capsys: pytest.CaptureFixture[str], essay: str) -> None:
    assert run(capsys, "check", "X.", "--page", "X", "--api", API, "--as-of", "published") == (
        2,
        "",
        "factcheck: error: --as-of published needs a claims file's [essay] published date\n",
    )


def test_as_of_reaches_the_client_and_the_report(
    capsys: pytest.CaptureFixture[str], essay: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[ClientSettings] = []
    source = FakeEndpoint(
        {"North Atlantic Treaty": TEXT}, wikitexts={"North Atlantic Treaty": WIKITEXT}, name=API
    )

    def make(settings: ClientSettings) -> FakeEndpoint:
        built.append(settings)
        return source

    monkeypatch.setattr(cli, "make_live_source", make)
    (Path(essay).parent / "essay.toml").write_text(
        '[essay]\ntitle = "E"\npublished = 2022-01-21\n' + CLAIMS, encoding="utf-8"
    )
    code, out, _err = run(
        capsys, "run", essay, "--api", API, "--as-of", "published", "--format", "json"
    )
    assert ([s.as_of for s in built], code) == (["2022-01-21"], 1)
    assert json.loads(out)["source"]["as_of"] == "2022-01-21"
    code, out, _err = run(capsys, "run", essay, "--api", API, "--as-of", "published", "-q")
    assert (
        out.splitlines()[1]
        == "note: as of 2022-01-21: each page as it stood at the end of that day"
    )
    assert (
        "  source    North Atlantic Treaty (infobox), revision 1 of 2024-01-01" in out.splitlines()
    )


def page_expiries(cache_db: Path) -> dict[str, float | None]:
    """Each cached page's endpoint and title, and when it expires (None: never)."""
    found: dict[str, float | None] = {}
    with sqlite3.connect(cache_db) as db:
        for key, expires in db.execute("SELECT key, expire_time FROM Cache"):
            name = json.loads(zlib.decompress(key))
            if name.startswith("page\x1f"):
                _kind, _version, api, title = name.split("\x1f", 3)
                found[f"{api}|{title}"] = expires
    return found


def test_pages_as_of_a_past_day_are_kept_for_good(
    capsys: pytest.CaptureFixture[str],
    essay: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def make(settings: ClientSettings) -> FakeEndpoint:
        # Named as the real client names itself: pages as of a day are other pages.
        name = f"{API} as of {settings.as_of}" if settings.as_of else API
        return FakeEndpoint(
            {"North Atlantic Treaty": TEXT},
            wikitexts={"North Atlantic Treaty": WIKITEXT},
            name=name,
        )

    monkeypatch.setattr(cli, "make_live_source", make)
    for day in ("2022-01-21", "2999-01-01"):
        assert run(capsys, "run", essay, "--api", API, "--as-of", day, "-q")[0] == 1
    assert run(capsys, "run", essay, "--api", API, "-q")[0] == 1
    expiries = page_expiries(tmp_path / "cache" / "cache.db")  # FACTCHECK_CACHE_DIR (conftest)
    assert sorted(expiries) == [
        f"{API} as of 2022-01-21|North Atlantic Treaty",
        f"{API} as of 2999-01-01|North Atlantic Treaty",
        f"{API}|North Atlantic Treaty",
    ]
    assert expiries[f"{API} as of 2022-01-21|North Atlantic Treaty"] is None
    # A day not over yet may still gain revisions; today's pages change: both expire.
    assert expiries[f"{API} as of 2999-01-01|North Atlantic Treaty"] is not None
    assert expiries[f"{API}|North Atlantic Treaty"] is not None


def test_compare_now_needs_a_day(capsys: pytest.CaptureFixture[str], essay: str) -> None:
    assert run(capsys, "run", essay, "--api", API, "--compare-now") == (
        2,
        "",
        "factcheck: error: --compare-now compares with the pages as of a day: give --as-of too\n",
    )


def test_a_snapshot_serves_only_runs_of_its_own_day(
    capsys: pytest.CaptureFixture[str], essay: str
) -> None:
    assert run(capsys, "snapshot", essay, "--api", API)[0] == 0
    assert run(capsys, "run", essay, "--api", API, "--offline", "--as-of", "2022-01-21") == (
        2,
        "",
        "factcheck: error: essay.snapshot.json pins pages as they are today; this run needs "
        "as of 2022-01-21 (record them with factcheck snapshot --as-of 2022-01-21)\n",
    )
    written = run(capsys, "snapshot", essay, "--api", API, "--as-of", "2022-01-21")
    assert written == (0, f"wrote essay.snapshot.json: 1 page from {API} as of 2022-01-21\n", "")
    assert run(capsys, "run", essay, "--api", API, "--offline") == (
        2,
        "",
        "factcheck: error: essay.snapshot.json pins pages as of 2022-01-21; this run needs "
        "today's pages (record them with factcheck snapshot)\n",
    )
    code, out, err = run(
        capsys, "run", essay, "--offline", "--as-of", "2022-01-21", "--format", "json"
    )
    assert (code, json.loads(out)["source"]["as_of"]) == (1, "2022-01-21")
    assert err.startswith(
        "factcheck: note: offline: evidence from the snapshot essay.snapshot.json"
    )
