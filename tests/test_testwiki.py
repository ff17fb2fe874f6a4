"""The test wiki: evidence packs, package install logic, the CLI, and the real MediaWiki.

Tests marked `wiki` talk to a real MediaWiki on loopback (Debian's package); the
others need nothing but Python.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import pytest

from factcheck.testwiki import (
    LocalWiki,
    MediaWikiMissingError,
    PackError,
    TestWikiError,
    install_packages,
    load_pack,
    mediawiki_problem,
    require_mediawiki,
)
from factcheck.testwiki.cli import main
from factcheck.testwiki.control import (
    DEFAULT_STATE_DIR,
    STATE_DIR_ENV,
    resolve_state_dir,
)
from factcheck.testwiki.debian import PACKAGES
from factcheck.testwiki.pack import DEFAULT_TIMESTAMP
from tests.conftest import MINI_PACK, RunningTestWiki

NO_SUCH_TITLE = "Factcheck test wiki has no such page"


def api_get(api: str, **params: str) -> dict[str, Any]:
    query = urllib.parse.urlencode({**params, "format": "json", "formatversion": "2"})
    with urllib.request.urlopen(f"{api}?{query}", timeout=30) as response:
        data: dict[str, Any] = json.loads(response.read())
    return data


def extract_query(api: str, titles: str) -> dict[str, Any]:
    return api_get(
        api,
        action="query",
        prop="extracts|info|revisions",
        explaintext="1",
        exsectionformat="wiki",
        titles=titles,
        redirects="1",
    )


def search_titles(api: str, query: str) -> list[str]:
    data = api_get(api, action="query", list="search", srsearch=query, srlimit="50")
    return [hit["title"] for hit in data["query"]["search"]]


def write_pack(root: Path, manifest: str, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "index.toml").write_text(manifest, "utf-8")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return root


ONE_PAGE = '[[page]]\ntitle = "Alpha"\nfile = "alpha.wiki"\n'


# --- evidence packs -------------------------------------------------------------------


def test_mini_pack_loads_with_titles_timestamps_and_redirect() -> None:
    pack = load_pack(MINI_PACK)
    assert [p.title for p in pack.pages] == [
        "Warsaw Pact",
        "2008 Bucharest summit",
        "Belt and Road Initiative",
        "Kuril Islands dispute",
    ]
    assert [(r.title, r.target) for r in pack.redirects] == [
        ("Warsaw Treaty Organization", "Warsaw Pact")
    ]
    assert pack.page("Warsaw Pact").timestamp == "2024-01-01T00:00:00Z"
    assert pack.page("Belt and Road Initiative").timestamp == "2024-03-15T08:30:00Z"
    assert pack.page("Warsaw Pact").text.startswith("The '''Warsaw Pact''' was")
    assert pack.titles[-1] == "Warsaw Treaty Organization"


def test_fingerprint_changes_with_any_page_file(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", ONE_PAGE, {"alpha.wiki": "Alpha is a letter."})
    before = load_pack(root).fingerprint
    assert load_pack(root).fingerprint == before
    (root / "alpha.wiki").write_text("Alpha is the first letter.", "utf-8")
    assert load_pack(root).fingerprint != before


def test_default_timestamp_applies_without_one_in_the_manifest(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", ONE_PAGE, {"alpha.wiki": "Alpha."})
    assert load_pack(root).page("Alpha").timestamp == DEFAULT_TIMESTAMP


def test_templates_are_seeded_but_are_no_articles(tmp_path: Path) -> None:
    manifest = ONE_PAGE + '[[template]]\ntitle = "Template:Box"\nfile = "box.wiki"\n'
    files = {"alpha.wiki": "{{Box}} Alpha.", "box.wiki": "<includeonly>a box</includeonly>"}
    pack = load_pack(write_pack(tmp_path / "p", manifest, files))
    assert (pack.titles, [t.title for t in pack.templates]) == (("Alpha",), ["Template:Box"])
    ns = {"mw": "http://www.mediawiki.org/xml/export-0.11/"}
    dumped = ET.fromstring(pack.to_xml_dump()).findall("mw:page/mw:title", ns)
    assert [t.text for t in dumped] == ["Alpha", "Template:Box"]


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (
            ONE_PAGE + '[[template]]\ntitle = "Box"\nfile = "box.wiki"\n',
            "template 1: 'Box' should be a title starting 'Template:'",
        ),
        (
            '[[page]]\ntitle = "Template:Box"\nfile = "box.wiki"\n',
            "page 1: 'Template:Box' should be a [[template]]",
        ),
    ],
)
def test_templates_and_pages_are_not_mixed_up(tmp_path: Path, manifest: str, message: str) -> None:
    root = write_pack(tmp_path / "p", manifest, {"alpha.wiki": "A.", "box.wiki": "B."})
    with pytest.raises(PackError) as caught:
        load_pack(root)
    assert str(caught.value) == f"{root / 'index.toml'}: {message}"


def test_earlier_revisions_are_dumped_oldest_first(tmp_path: Path) -> None:
    manifest = ONE_PAGE + (
        '[[page.history]]\nfile = "old/a1.wiki"\ntimestamp = "2020-01-01T00:00:00Z"\n'
        '[[page.history]]\nfile = "old/a2.wiki"\ntimestamp = "2021-01-01T00:00:00Z"\n'
    )
    files = {"alpha.wiki": "Alpha now.", "old/a1.wiki": "Alpha then.", "old/a2.wiki": "Later."}
    pack = load_pack(write_pack(tmp_path / "p", manifest, files))
    page = pack.page("Alpha")
    assert [(r.timestamp, r.text) for r in page.history] == [
        ("2020-01-01T00:00:00Z", "Alpha then."),
        ("2021-01-01T00:00:00Z", "Later."),
    ]
    ns = {"mw": "http://www.mediawiki.org/xml/export-0.11/"}
    [dumped] = ET.fromstring(pack.to_xml_dump()).findall("mw:page", ns)
    revisions = dumped.findall("mw:revision", ns)
    assert [
        (r.findtext("mw:timestamp", namespaces=ns), r.findtext("mw:text", namespaces=ns))
        for r in revisions
    ] == [
        ("2020-01-01T00:00:00Z", "Alpha then."),
        ("2021-01-01T00:00:00Z", "Later."),
        (DEFAULT_TIMESTAMP, "Alpha now."),
    ]


@pytest.mark.parametrize(
    ("history", "message"),
    [
        (
            '[[page.history]]\nfile = "old.wiki"\ntimestamp = "2030-01-01T00:00:00Z"\n',
            "page 1: history 1: timestamp 2030-01-01T00:00:00Z is not before the next revision",
        ),
        ('[[page.history]]\nfile = "old.wiki"\n', "page 1: history 1: timestamp is missing"),
        (
            '[[page.history]]\nfile = "old.wiki"\ntimestamp = "2020-01-01T00:00:00Z"\n'
            'title = "B"\n',
            "page 1: history 1: unknown key 'title'",
        ),
    ],
)
def test_bad_earlier_revisions_are_refused(tmp_path: Path, history: str, message: str) -> None:
    root = write_pack(tmp_path / "p", ONE_PAGE + history, {"alpha.wiki": "A.", "old.wiki": "B."})
    with pytest.raises(PackError) as caught:
        load_pack(root)
    assert str(caught.value).startswith(f"{root / 'index.toml'}: {message}")


def test_xml_dump_carries_titles_text_and_timestamps_escaped(tmp_path: Path) -> None:
    manifest = (
        ONE_PAGE + 'timestamp = "2023-05-06T07:08:09+02:00"\n'
        '[[redirect]]\ntitle = "A & B"\ntarget = "Alpha"\n'
    )
    root = write_pack(tmp_path / "p", manifest, {"alpha.wiki": "x < y & <ref>z</ref>\n"})
    tree = ET.fromstring(load_pack(root).to_xml_dump())
    ns = {"mw": "http://www.mediawiki.org/xml/export-0.11/"}
    pages = [
        (
            page.findtext("mw:title", namespaces=ns),
            page.findtext("mw:revision/mw:timestamp", namespaces=ns),
            page.findtext("mw:revision/mw:text", namespaces=ns),
        )
        for page in tree.findall("mw:page", ns)
    ]
    assert pages == [
        ("Alpha", "2023-05-06T05:08:09Z", "x < y & <ref>z</ref>\n"),
        ("A & B", "2023-05-06T05:08:09Z", "#REDIRECT [[Alpha]]"),
    ]


@pytest.mark.parametrize(
    ("manifest", "files", "message"),
    [
        (
            ONE_PAGE + 'color = "red"\n',
            {"alpha.wiki": "A."},
            "page 1: unknown key 'color' (allowed: file, history, note, source, timestamp, title)",
        ),
        (
            ONE_PAGE + ONE_PAGE,
            {"alpha.wiki": "A."},
            "page 2: title 'Alpha' is already used by page 1",
        ),
        (
            ONE_PAGE + '[[redirect]]\ntitle = "Beta"\ntarget = "Gamma"\n',
            {"alpha.wiki": "A."},
            "redirect 1: target 'Gamma' is not a [[page]] of the pack",
        ),
        (
            ONE_PAGE + '[[redirect]]\ntitle = "Alpha"\ntarget = "Alpha"\n',
            {"alpha.wiki": "A."},
            "redirect 1: title 'Alpha' is already used by page 1",
        ),
        (ONE_PAGE, {}, "page 1: file 'alpha.wiki' does not exist"),
        (
            '[[page]]\ntitle = "alpha_beta"\nfile = "alpha.wiki"\n',
            {"alpha.wiki": "A."},
            "page 1: title 'alpha_beta' would become 'Alpha beta' on the wiki",
        ),
        (
            '[[page]]\ntitle = "A|B"\nfile = "alpha.wiki"\n',
            {"alpha.wiki": "A."},
            "page 1: title 'A|B' contains '|', never allowed in a title",
        ),
        (
            '[[page]]\ntitle = "Alpha"\nfile = "../alpha.wiki"\n',
            {},
            "page 1: file '../alpha.wiki' is outside the pack",
        ),
        (
            ONE_PAGE + 'timestamp = "1 May 2024"\n',
            {"alpha.wiki": "A."},
            "page 1: timestamp '1 May 2024' must be like 2024-01-01T00:00:00Z",
        ),
        ('title = "x"\n', {}, "unknown key 'title' (allowed: note, page, redirect, source, "),
        ("", {}, "the pack has no [[page]]"),
        (ONE_PAGE, {"alpha.wiki": "A.", "beta.wiki": "B."}, "not listed as a [[page]]: beta.wiki"),
        (
            '[[page]]\ntitle = "Alpha"\nfile = "pages/alpha.wiki"\n',
            {"pages/alpha.wiki": "A.", "pages/beta.wiki": "B."},
            "not listed as a [[page]]: pages/beta.wiki",
        ),
    ],
)
def test_bad_packs_are_refused_with_the_reason(
    tmp_path: Path, manifest: str, files: dict[str, str], message: str
) -> None:
    root = write_pack(tmp_path / "p", manifest, files)
    with pytest.raises(PackError) as caught:
        load_pack(root)
    assert str(caught.value).startswith(f"{root / 'index.toml'}: ")
    assert message in str(caught.value)


def test_page_files_must_be_clean_utf8_text(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", ONE_PAGE, {})
    (root / "alpha.wiki").write_bytes(b"caf\xe9 noir")
    with pytest.raises(
        PackError, match=r"alpha\.wiki: not UTF-8 \(invalid continuation byte at byte 3\)$"
    ):
        load_pack(root)
    (root / "alpha.wiki").write_text("one\ntwo \x07 bell\n", "utf-8")
    with pytest.raises(PackError, match=r"alpha\.wiki:2: character U\+0007 is not allowed"):
        load_pack(root)
    (root / "alpha.wiki").write_text("  \n", "utf-8")
    with pytest.raises(PackError, match=r"alpha\.wiki: the page is empty"):
        load_pack(root)


def test_a_directory_without_manifest_is_no_pack(tmp_path: Path) -> None:
    with pytest.raises(PackError, match=r"no evidence pack here \(index\.toml is missing\)"):
        load_pack(tmp_path)


# --- Debian packages --------------------------------------------------------------------


@pytest.fixture
def apt_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    """apt-get and sudo present, whatever this machine has."""
    monkeypatch.setattr("factcheck.testwiki.debian.shutil.which", lambda name: f"/usr/bin/{name}")


class FakeApt:
    """Stands in for apt-get: answers from a script of (exit code, output) per call."""

    def __init__(self, answers: Sequence[tuple[int, str]]) -> None:
        self.answers = list(answers)
        self.calls: list[list[str]] = []
        self.envs: list[dict[str, str]] = []

    def run(self, cmd: Sequence[str], env: dict[str, str], out: TextIO) -> tuple[int, str]:
        self.calls.append(list(cmd))
        self.envs.append(env)
        return self.answers.pop(0)


def test_install_is_a_no_op_when_everything_is_there() -> None:
    apt = FakeApt([])
    assert install_packages(runner=apt.run, missing=list, is_root=True) is False
    assert apt.calls == []


@pytest.mark.usefixtures("apt_tools")
def test_install_runs_apt_get_once_when_lists_exist(capsys: pytest.CaptureFixture[str]) -> None:
    apt = FakeApt([(0, "done")])
    state = iter([["mediawiki"], []])
    assert install_packages(runner=apt.run, missing=lambda: next(state), is_root=True) is True
    assert apt.calls == [["apt-get", "install", "-y", "--no-install-recommends", *PACKAGES]]
    assert apt.envs[0]["DEBIAN_FRONTEND"] == "noninteractive"
    assert capsys.readouterr().err == (
        f"installing mediawiki: apt-get install -y --no-install-recommends {' '.join(PACKAGES)}\n"
    )


@pytest.mark.usefixtures("apt_tools")
def test_install_updates_lists_only_when_apt_lacks_them() -> None:
    apt = FakeApt([(100, "E: Unable to locate package mediawiki"), (0, ""), (0, "")])
    state = iter([["mediawiki", "php-cli"], []])
    install_packages(runner=apt.run, missing=lambda: next(state), is_root=True)
    install = ["apt-get", "install", "-y", "--no-install-recommends", *PACKAGES]
    assert apt.calls == [install, ["apt-get", "update"], install]


@pytest.mark.usefixtures("apt_tools")
def test_install_uses_sudo_when_not_root() -> None:
    apt = FakeApt([(0, "")])
    state = iter([["php-xml"], []])
    install_packages(runner=apt.run, missing=lambda: next(state), is_root=False)
    assert apt.calls[0][:3] == ["sudo", "DEBIAN_FRONTEND=noninteractive", "apt-get"]


@pytest.mark.usefixtures("apt_tools")
def test_install_failure_is_an_error_without_retrying_other_failures() -> None:
    apt = FakeApt([(100, "E: Could not get lock /var/lib/dpkg/lock-frontend")])
    with pytest.raises(TestWikiError, match=r"failed with exit code 100"):
        install_packages(runner=apt.run, missing=lambda: ["mediawiki"], is_root=True)
    assert len(apt.calls) == 1


def test_missing_mediawiki_says_how_to_install(tmp_path: Path) -> None:
    assert mediawiki_problem(tmp_path / "mw") == (
        f"MediaWiki is not installed ({tmp_path / 'mw' / 'maintenance' / 'install.php'} is missing)"
    )
    wiki = LocalWiki(tmp_path / "wiki", mediawiki_dir=tmp_path / "mw")
    with pytest.raises(MediaWikiMissingError, match=r"; run `factcheck-testwiki install`$"):
        wiki.create(load_pack(MINI_PACK))
    assert not (tmp_path / "wiki").exists()


@pytest.mark.wiki  # needs MediaWiki to get past the first check
def test_create_refuses_to_replace_a_directory_that_is_no_test_wiki(tmp_path: Path) -> None:
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "notes.txt").write_text("keep me", "utf-8")
    with pytest.raises(TestWikiError, match=r"is not empty and not a test wiki"):
        LocalWiki(tmp_path / "precious").create(load_pack(MINI_PACK))
    assert (tmp_path / "precious" / "notes.txt").read_text("utf-8") == "keep me"


# --- CLI without a wiki -------------------------------------------------------------------


def test_state_dir_comes_from_option_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(STATE_DIR_ENV, raising=False)
    assert resolve_state_dir() == tmp_path / DEFAULT_STATE_DIR
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "env"))
    assert resolve_state_dir() == tmp_path / "env"
    assert resolve_state_dir(tmp_path / "opt") == tmp_path / "opt"


def test_cli_without_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert capsys.readouterr().err.endswith("factcheck-testwiki: error: a command is required\n")


@pytest.mark.parametrize("port", ["0", "65536", "http"])
def test_cli_bad_port_is_a_usage_error(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["start", "--port", port]) == 2
    assert "argument --port: " in capsys.readouterr().err


def test_cli_commands_on_a_wiki_that_never_ran(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "state"
    assert main(["url", "--dir", str(state)]) == 1
    assert capsys.readouterr() == (
        "",
        "factcheck-testwiki: error: the test wiki is not running; run `factcheck-testwiki start`\n",
    )
    assert main(["--dir", str(state), "status"]) == 1
    assert capsys.readouterr().out == f"not running (no wiki created; state in {state})\n"
    assert main(["stop", "--dir", str(state)]) == 0
    assert capsys.readouterr().out == "not running\n"


def test_cli_start_with_a_bad_pack_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["start", "--dir", str(tmp_path / "s"), "--pack", str(tmp_path / "none")])
    assert code == 1
    assert capsys.readouterr().err == (
        f"factcheck-testwiki: error: {tmp_path / 'none'}: no evidence pack here "
        "(index.toml is missing)\n"
    )


def test_cli_without_mediawiki_says_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "no-mediawiki"
    monkeypatch.setattr(
        "factcheck.testwiki.wiki.require_mediawiki",
        lambda *_args: require_mediawiki(absent),
    )
    code = main(["start", "--dir", str(tmp_path / "s"), "--pack", str(MINI_PACK)])
    assert code == 1
    assert capsys.readouterr().err == (
        "factcheck-testwiki: error: MediaWiki is not installed "
        f"({absent / 'maintenance' / 'install.php'} is missing); "
        "run `factcheck-testwiki install`\n"
    )


def test_cli_stale_state_file_is_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state_dir = tmp_path / "s"
    state_dir.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    state = {
        "pid": int(dead.stdout),
        "port": 9,
        "api": "http://127.0.0.1:9/api.php",
        "pack": str(MINI_PACK),
        "data_dir": str(state_dir / "wiki"),
        "log": "",
        "started_at": "2024-01-01T00:00:00Z",
    }
    (state_dir / "state.json").write_text(json.dumps(state), "utf-8")
    assert main(["status", "--dir", str(state_dir)]) == 1
    assert capsys.readouterr().out.startswith("not running (")
    assert not (state_dir / "state.json").exists()


# --- the real wiki (session fixture) -----------------------------------------------------


@pytest.mark.wiki
def test_wiki_holds_exactly_the_pack(testwiki: RunningTestWiki) -> None:
    data = api_get(testwiki.api, action="query", list="allpages", aplimit="max")
    titles = sorted(p["title"] for p in data["query"]["allpages"])
    assert titles == sorted([*testwiki.loaded.titles, "Main Page"])
    assert testwiki.seed.pages == len(testwiki.loaded.pages)


@pytest.mark.wiki
def test_extracts_come_with_revision_and_timestamp(testwiki: RunningTestWiki) -> None:
    seen_ids = set()
    for page in testwiki.loaded.pages:
        data = extract_query(testwiki.api, page.title)
        assert "warnings" not in data
        [served] = data["query"]["pages"]
        assert served["title"] == page.title
        assert served["extract"].strip()
        assert served["revisions"][0]["timestamp"] == page.timestamp
        assert served["revisions"][0]["revid"] == served["lastrevid"] > 0
        assert served["revisions"][0]["comment"] == "seeded from the evidence pack"
        seen_ids.add(served["pageid"])
    assert len(seen_ids) == len(testwiki.loaded.pages)


@pytest.mark.wiki
def test_redirects_resolve_to_their_target(testwiki: RunningTestWiki) -> None:
    assert testwiki.loaded.redirects
    for redirect in testwiki.loaded.redirects:
        data = extract_query(testwiki.api, redirect.title)
        assert data["query"]["redirects"] == [{"from": redirect.title, "to": redirect.target}]
        [served] = data["query"]["pages"]
        assert served["title"] == redirect.target
        assert served["extract"].strip()


@pytest.mark.wiki
def test_missing_title_is_reported_missing(testwiki: RunningTestWiki) -> None:
    [served] = extract_query(testwiki.api, NO_SUCH_TITLE)["query"]["pages"]
    assert (served["title"], served["ns"], served["missing"]) == (NO_SUCH_TITLE, 0, True)
    assert "pageid" not in served
    assert "extract" not in served


def body_word_of_one_page(testwiki: RunningTestWiki) -> tuple[str, str]:
    """A word in the text of exactly one page and in no title: only a text search finds it."""
    main_page = api_get(
        testwiki.api,
        action="query",
        prop="revisions",
        rvprop="content",
        rvslots="main",
        titles="Main Page",
    )["query"]["pages"][0]["revisions"][0]["slots"]["main"]["content"]
    taken = {w.lower() for t in testwiki.loaded.titles for w in re.findall(r"\w+", t)}
    taken |= {w.lower() for w in re.findall(r"\w+", main_page)}
    owners: dict[str, set[str]] = {}
    for page in testwiki.loaded.pages:
        # The search index drops HTML-like tags and URLs, nothing else.
        prose = re.sub(r"</?\s*[A-Za-z][^>]*?>|https?://\S+", " ", page.text)
        for word in re.findall(r"\b[A-Za-z][A-Za-z0-9]{5,}\b", prose):
            owners.setdefault(word.lower(), set()).add(page.title)
    for word in sorted(owners, key=lambda w: (-len(w), w)):
        if len(owners[word]) == 1 and word not in taken:
            return word, next(iter(owners[word]))
    raise AssertionError("the pack has no word unique to one page")


@pytest.mark.wiki
def test_search_finds_a_page_by_a_word_of_its_body(testwiki: RunningTestWiki) -> None:
    word, owner = body_word_of_one_page(testwiki)
    assert search_titles(testwiki.api, word) == [owner]
    data = api_get(testwiki.api, action="query", generator="search", gsrsearch=word)
    assert [p["title"] for p in data["query"]["pages"]] == [owner]


@pytest.mark.wiki
def test_search_ranks_the_page_of_that_title_first(testwiki: RunningTestWiki) -> None:
    for page in testwiki.loaded.pages:
        assert search_titles(testwiki.api, page.title)[0] == page.title


@pytest.mark.wiki
def test_search_lists_the_target_of_a_matching_redirect(testwiki: RunningTestWiki) -> None:
    for redirect in testwiki.loaded.redirects:
        found = search_titles(testwiki.api, redirect.title)
        assert redirect.target in found
        assert redirect.title not in found


@pytest.mark.wiki
def test_title_only_search_is_disabled_as_on_wikipedia(testwiki: RunningTestWiki) -> None:
    data = api_get(testwiki.api, action="query", list="search", srsearch="x", srwhat="title")
    assert data["error"]["code"] == "search-title-disabled"


@pytest.mark.wiki
def test_maxlag_is_accepted_on_the_single_server(testwiki: RunningTestWiki) -> None:
    data = api_get(testwiki.api, action="query", meta="siteinfo", maxlag="5")
    assert "error" not in data
    assert data["query"]["general"]["server"] == testwiki.api.removesuffix("/api.php")


@pytest.mark.wiki
def test_server_runs_several_workers(testwiki: RunningTestWiki) -> None:
    pgid = testwiki.server.pid
    members = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _pgid_of(p) == pgid]
    assert len(members) >= 5  # the master and its four workers


def _pgid_of(proc: Path) -> int | None:
    try:
        stat = (proc / "stat").read_text()
    except OSError:
        return None
    return int(stat[stat.rfind(")") + 2 :].split()[2])


# --- the CLI round trip on its own wiki ----------------------------------------------------


def run_cli(state_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != STATE_DIR_ENV}
    return subprocess.run(
        [sys.executable, "-m", "factcheck.testwiki.cli", "--dir", str(state_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


WARSAW_EXTRACT = (
    "The Warsaw Pact was a collective defence treaty between the Soviet Union and seven "
    "states of Central and Eastern Europe. It was signed in Warsaw on 14 May 1955.\n\n\n"
    "== Members ==\n"
    "Besides the Soviet Union, the members were Albania, Bulgaria, Czechoslovakia, East "
    "Germany, Hungary, Poland and Romania. Albania stopped taking part in the early 1960s "
    "and left formally in 1968.\n\n\n"
    "== Dissolution ==\n"
    "The member states ended the military structures of the alliance in early 1991. The "
    "pact itself was dissolved at a meeting in Prague on 1 July 1991."
)


@pytest.mark.wiki
def test_cli_start_status_url_reseed_stop_round_trip(tmp_path: Path) -> None:
    state_dir = tmp_path / "state"
    try:
        _round_trip(state_dir)
    finally:
        run_cli(state_dir, "stop")
        _kill_leftover(state_dir)


def _round_trip(state_dir: Path) -> None:
    started = run_cli(state_dir, "start", "--pack", str(MINI_PACK))
    assert (started.returncode, started.stderr) == (0, "")
    url = run_cli(state_dir, "url")
    assert url.returncode == 0
    api = url.stdout.strip()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/api\.php", api)
    assert re.fullmatch(
        rf"seeded {re.escape(str(MINI_PACK))} \(4 pages, 1 redirect\) in [\d.]+ s\n"
        rf"test wiki running: {re.escape(api)}\n"
        rf"  try:  factcheck run --api {re.escape(api)}\n"
        r"  stop: factcheck-testwiki stop\n",
        started.stdout,
    )
    state = json.loads((state_dir / "state.json").read_text("utf-8"))
    assert state["api"] == api

    status = run_cli(state_dir, "status")
    assert (status.returncode, status.stdout) == (
        0,
        f"running: {api} (pid {state['pid']}; seeded from {MINI_PACK} (4 pages, 1 redirect))\n",
    )

    # The seeded text, exactly, with its revision.
    [page] = extract_query(api, "Warsaw Treaty Organization")["query"]["pages"]
    assert page["extract"] == WARSAW_EXTRACT
    assert (page["revisions"][0]["timestamp"], page["lastrevid"]) == ("2024-01-01T00:00:00Z", 2)
    assert search_titles(api, "Astana") == ["Belt and Road Initiative"]
    assert search_titles(api, "pact dissolved") == ["Warsaw Pact"]

    # An edit shows at once: no cache hides it.
    LocalWiki(state_dir / "wiki").edit_page("Warsaw Pact", "The '''Warsaw Pact''' was renamed.")
    [page] = extract_query(api, "Warsaw Pact")["query"]["pages"]
    assert (page["extract"], page["lastrevid"]) == ("The Warsaw Pact was renamed.", 7)
    assert search_titles(api, "renamed") == ["Warsaw Pact"]

    again = run_cli(state_dir, "start")
    assert (again.returncode, again.stdout.splitlines()[0]) == (0, f"already running: {api}")

    # Reseeding drops the edit and keeps the server on its port.
    reseeded = run_cli(state_dir, "reseed")
    assert reseeded.returncode == 0
    assert reseeded.stdout.splitlines()[-1] == f"test wiki running again: {api}"
    [page] = extract_query(api, "Warsaw Pact")["query"]["pages"]
    assert (page["extract"], page["lastrevid"]) == (WARSAW_EXTRACT, 2)

    pid = json.loads((state_dir / "state.json").read_text("utf-8"))["pid"]
    stopped = run_cli(state_dir, "stop")
    assert (stopped.returncode, stopped.stdout) == (0, f"stopped the test wiki at {api}\n")
    assert _live_members(pid) == []
    assert not (state_dir / "state.json").exists()
    assert run_cli(state_dir, "url").returncode == 1
    status = run_cli(state_dir, "status")
    assert (status.returncode, status.stdout) == (
        1,
        f"not running (seeded from {MINI_PACK} (4 pages, 1 redirect); state in {state_dir})\n",
    )

    # Starting again reuses the seeded wiki: no "seeded" line.
    restarted = run_cli(state_dir, "start")
    assert restarted.returncode == 0
    assert restarted.stdout.startswith("test wiki running: http://127.0.0.1:")


def _live_members(pgid: int) -> list[int]:
    live = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or _pgid_of(proc) != pgid:
            continue
        try:
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        if stat[stat.rfind(")") + 2] != "Z":
            live.append(int(proc.name))
    return live


def _kill_leftover(state_dir: Path) -> None:
    """Last resort if the CLI failed to stop what it started; only our own process group."""
    try:
        pid = json.loads((state_dir / "state.json").read_text("utf-8"))["pid"]
    except (OSError, ValueError, KeyError):
        return
    if _live_members(pid):
        os.killpg(pid, signal.SIGKILL)
