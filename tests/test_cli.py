"""The command line end to end: exact output and exit codes of every command.

Pages come from a FakeSource put in place of the MediaWiki client through the one seam
cli.py offers (`make_live_source`), so verdicts rest on text written here, not on the
shipped pack. Tests that need real HTTP failures use the real client against a port that
refuses connections; tests against the real test wiki are in test_integration_client.py.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

from factcheck import __version__, cli, runner
from factcheck.formats.json_report import report_schema
from factcheck.mediawiki import ClientSettings, MediaWikiSource
from factcheck.runner import SEARCH_LIMIT
from tests.clirun import Result, invoke
from tests.fakes import FakeSource, make_page

API = "https://wiki.example/w/api.php"
OFFLINE_NOTE = f"evidence from the snapshot essay.snapshot.json (recorded from {API})"
BAD_CLAIMS = Path(__file__).resolve().parent / "data" / "bad_claims"

WARSAW = (
    "The Warsaw Pact was a collective defence treaty of the Soviet Union and seven states "
    "of Eastern Europe.\n"
    "It was signed in Warsaw on 14 May 1955.\n\n"
    "== Dissolution ==\n"
    "The pact was dissolved at a meeting in Prague on 1 July 1991."
)

ESSAY = """\
[essay]
title = "A short essay"
published = 2022-01-21

[[claim]]
id = "pact-dissolved"
text = "The Warsaw Pact was dissolved in July 1991."
quote = "the pact ended in the summer of 1991"
kind = "date"
pages = ["Warsaw Pact"]

[[claim]]
id = "pact-signed"
text = "The Warsaw Pact was signed in 1960."
pages = ["Warsaw Pact"]

[[claim]]
id = "pact-flag"
text = "The Warsaw Pact had a blue flag with nine stars."
pages = ["Warsaw Pact"]

[[claim]]
id = "pact-searched"
text = "The Warsaw Pact was signed on 14 May 1955."
"""

LINK = "https://wiki.example/wiki/Warsaw_Pact?oldid=1"
SEARCHES = ["Warsaw Pact", "Warsaw Pact signed"]  # the queries for pact-searched
SUMMARY = "4 claims: 2 supported, 1 contradicted, 1 not enough evidence, 0 errors\n"

DISSOLVED = f"""
✔ supported  pact-dissolved  confidence 98%
  claim     The «Warsaw Pact» was dissolved in «July 1991».
  evidence  The pact was dissolved at a meeting in Prague on «1 July 1991».
  source    Warsaw Pact, revision 1
            {LINK}
  reason    'The pact was dissolved at a meeting in Prague on 1 July 1991.' in Warsaw Pact, rev 1
            agrees on 1 July 1991
"""
SIGNED = f"""
✘ contradicted  pact-signed  confidence 99%
  claim     The «Warsaw Pact» was signed in «1960».
  evidence  It was signed in Warsaw on «14 May 1955».
  source    Warsaw Pact, revision 1
            {LINK}
  reason    claim says 1960; evidence says 14 May 1955: 'It was signed in Warsaw on 14 May 1955.' in
            Warsaw Pact, rev 1
"""
FLAG = f"""
? not enough evidence  pact-flag  confidence 45%
  claim     The «Warsaw Pact» had a blue flag with «nine» stars.
  evidence  It was signed in Warsaw on 14 May 1955.
  source    Warsaw Pact, revision 1
            {LINK}
  reason    no sentence settles it; closest (0.36): 'It was signed in Warsaw on 14 May 1955.' in
            Warsaw Pact, rev 1
"""
SEARCHED = f"""
✔ supported  pact-searched  confidence 98%
  claim     The «Warsaw Pact» was signed on «14 May 1955».
  evidence  It was signed in Warsaw on «14 May 1955».
  source    Warsaw Pact, revision 1
            {LINK}
  reason    'It was signed in Warsaw on 14 May 1955.' in Warsaw Pact, rev 1 agrees on 14 May 1955
"""
FULL_REPORT = SUMMARY + DISSOLVED + SIGNED + FLAG + SEARCHED


# -- harness --------------------------------------------------------------------------------


class FakeEndpoint(FakeSource):
    """A FakeSource with what the CLI asks of a live endpoint besides pages."""

    down_reason: str | None = None


@dataclass
class Endpoint:
    """The fake API `run`, `check` and `snapshot` talk to, and how often they built it."""

    source: FakeEndpoint
    built: list[ClientSettings]

    def set_page(self, title: str, text: str) -> None:
        self.source.pages[title] = make_page(title, text, api=API)


@pytest.fixture(autouse=True)
def _stable_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A fixed width and no colour settings from the developer's shell, so that outputs are
    # exact; and the working directory is the test's own, so relative paths are short.
    monkeypatch.setenv("COLUMNS", "100")
    for name in ("NO_COLOR", "FORCE_COLOR", "FACTCHECK_API", "FACTCHECK_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def endpoint(monkeypatch: pytest.MonkeyPatch) -> Endpoint:
    source = FakeEndpoint(
        {"Warsaw Pact": WARSAW}, search_results={"Warsaw Pact": ["Warsaw Pact"]}, name=API
    )
    built: list[ClientSettings] = []

    def make(settings: ClientSettings) -> FakeEndpoint:
        built.append(settings)
        return source

    monkeypatch.setattr(cli, "make_live_source", make)
    return Endpoint(source, built)


@pytest.fixture
def essay(tmp_path: Path) -> str:
    (tmp_path / "essay.toml").write_text(ESSAY, encoding="utf-8")
    return "essay.toml"


@pytest.fixture
def no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to build an API client fails the test."""

    def refuse(settings: ClientSettings) -> MediaWikiSource:
        pytest.fail(f"an API client was built for {settings.api} in an offline run")

    monkeypatch.setattr(cli, "make_live_source", refuse)


@pytest.fixture
def refused_api() -> Iterator[str]:
    """An API URL on a loopback port that refuses connections (bound, never listening)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/api.php"


@pytest.fixture
def real_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real MediaWiki client, minus the waits between its retries."""

    def make(settings: ClientSettings) -> MediaWikiSource:
        return MediaWikiSource(settings, sleep=lambda seconds: None)

    monkeypatch.setattr(cli, "make_live_source", make)


def one_error_line(result: Result) -> str:
    """The single stderr line of a failed command, checked to be the only output."""
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("factcheck: error: "), result.err
    assert "Traceback" not in result.err
    return lines[0]


def without_time(text: str) -> str:
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "<time>", text)


# -- help -----------------------------------------------------------------------------------

SOURCE_HELP = """\
  --api URL                       MediaWiki Action API endpoint (env FACTCHECK_API), e.g. a test
                                  wiki's http://127.0.0.1:PORT/api.php.  [default:
                                  https://en.wikipedia.org/w/api.php]
  --cache-dir DIR                 Where fetched pages are cached (env FACTCHECK_CACHE_DIR)
                                  [default: ./cache].
  --cache-ttl DURATION            How long a cached page is reused: 7d, 12h, 30m; 0 keeps it
                                  forever [default: 7d].
  --refresh                       Fetch every page again, ignoring cached copies (and update the
                                  cache).
  --no-cache                      Neither read nor write the cache.
  --offline                       Make no request: use only the snapshot and the cache.
"""
INDEX_HELP = """\
  --source INDEX                  Read pages and searches from an index of a Wikipedia dump (built
                                  by `factcheck index`) instead of the API; the report names the
                                  dump and its date.
"""
OUTPUT_HELP = """\
  --timeout SECONDS               Read timeout of one API request.  [default: 30.0; x>=0.5]
  --format [terminal|json|markdown|junit|html]
                                  Report format.  [default: terminal]
  -o, --output PATH               Write the report to PATH (atomically) instead of standard
                                  output.
  -v, --verbose                   Show every candidate sentence and each value checked.
  -q, --quiet                     Show only the summary and the contradicted claims.
  --color [auto|always|never]     Colour in the terminal report (auto: on a terminal unless
                                  NO_COLOR).  [default: auto]
"""

HELP: dict[tuple[str, ...], str] = {
    (): """\
Usage: factcheck [OPTIONS] COMMAND [ARGS]...

  Check the factual claims of an essay against Wikipedia.

  Each claim gets a verdict (supported, contradicted, not_enough_evidence, or error when its
  evidence could not be fetched) with the sentence, article and revision behind it.

  Exit codes: 0 nothing contradicted; 1 a claim contradicted (or unverified with
  --strict); 2 bad usage or input file; 3 evidence could not be fetched.

Options:
  --version   Show the version and exit.
  -h, --help  Show this message and exit.

Commands:
  cache     Inspect or empty the cache of pages and verdicts.
  check     Check one claim typed on the command line.
  compare   List the claims whose verdict changed between two JSON reports.
  extract   Draft a claims file from an essay's sentences.
  index     Index a Wikipedia dump for `run --source INDEX`.
  run       Check every claim of CLAIMS_FILE (default: claims/essay_claims.toml).
  schema    Print the JSON Schema of `--format json` reports.
  snapshot  Pin every page CLAIMS_FILE uses into one reviewable JSON file.
  wordnet   Install or inspect WordNet, the engine's lexicon.
""",
    ("extract",): """\
Usage: factcheck extract [OPTIONS] ESSAY

  Draft a claims file from ESSAY (plain text, Markdown, or a saved web page).

  Sentences that state a date, a figure, or what a named person, organisation or place did are cut
  into atomic claims, each with its quote (the essay's own words), an id, a kind and the articles
  its names lead to (searched through the API). Opinion, prediction and advice are left out.
  Claims an editor should look at carry a "# review:" comment. The same essay always gives the
  same claims and ids.

  Examples:
    factcheck extract essay.txt -o claims/essay_claims.toml
    factcheck extract page.html --offline            # print the draft, no requests
    factcheck extract essay.md --merge claims/essay_claims.toml --diff

Options:
  -o, --output PATH               Write the claims file to PATH (atomically; refused if PATH
                                  exists: use --merge).
  --merge CLAIMS                  Add the claims not yet in CLAIMS (matched by quote) at its end;
                                  nothing there is changed or moved.
  --diff                          With --merge: show what would be added, write nothing.
  --input-format [auto|text|markdown|html]
                                  How to read ESSAY (auto: by its suffix, else by its first
                                  bytes).  [default: auto]
  --include-opinion               Keep opinion, prediction and advice too, as kind = "other",
                                  marked for review.
  --offline                       Make no request: leave every claim's pages empty (the run then
                                  searches).
  --api URL                       MediaWiki Action API endpoint (env FACTCHECK_API), e.g. a test
                                  wiki's http://127.0.0.1:PORT/api.php.  [default:
                                  https://en.wikipedia.org/w/api.php]
  --cache-dir DIR                 Where fetched pages are cached (env FACTCHECK_CACHE_DIR)
                                  [default: ./cache].
  --cache-ttl DURATION            How long a cached page is reused: 7d, 12h, 30m; 0 keeps it
                                  forever [default: 7d].
  --refresh                       Fetch every page again, ignoring cached copies (and update the
                                  cache).
  --no-cache                      Neither read nor write the cache.
  --timeout SECONDS               Read timeout of one API request.  [default: 30.0; x>=0.5]
  -h, --help                      Show this message and exit.
""",
    ("run",): """\
Usage: factcheck run [OPTIONS] [CLAIMS_FILE]

  Check every claim of CLAIMS_FILE (default: claims/essay_claims.toml).

  Pages are fetched from the API (or the cache), each claim is matched against their sentences,
  and a report is printed. Without network, the snapshot next to the claims file is used and the
  report says so.

  Examples:
    factcheck run
    factcheck run --api http://127.0.0.1:8080/api.php -v
    factcheck run --offline --format json --output report.json
    factcheck run --source enwiki.index
    factcheck run --source enwiki.index --cluster tcp://scheduler:8786

Options:
"""
    + SOURCE_HELP
    + """\
  --snapshot PATH                 Snapshot of pinned pages to use offline or when the API cannot
                                  be reached [default: CLAIMS.snapshot.json next to the claims
                                  file].
"""
    + INDEX_HELP
    + OUTPUT_HELP
    + """\
  --strict                        Also fail (exit 1) when a claim could not be verified
                                  (not_enough_evidence).
  --claim ID                      Check only this claim id (repeatable).
  --as-of DATE                    Read every page as it stood at the end of DATE (UTC, like
                                  2022-01-21), or of the essay's [essay] published date with
                                  'published'.
  --compare-now                   With --as-of: check the claims on today's pages too, and list
                                  those whose verdict changed.
  --jobs N                        Processes that check claims when a file has 200 or more
                                  [default: the machine's CPUs, at most 8; 1 keeps all in this
                                  one].  [x>=1]
  --cluster ADDRESS               Check the claims on a Dask cluster: a scheduler's address
                                  (tcp://HOST:8786), or local:N to start N worker processes here
                                  (needs factcheck-wiki[cluster]).
  -h, --help                      Show this message and exit.
""",
    ("check",): """\
Usage: factcheck check [OPTIONS] CLAIM

  Check one claim typed on the command line.

  Examples:
    factcheck check "The Warsaw Pact was dissolved in July 1991." --page "Warsaw Pact"
    factcheck check "John Mearsheimer gave a lecture in 2016." --api "$(factcheck-testwiki url)"

Options:
  --page TITLE                    Article to check against (repeatable); without it, the API is
                                  searched.
"""
    + SOURCE_HELP
    + """\
  --snapshot PATH                 Snapshot of pinned pages to use offline or when the API cannot
                                  be reached.
"""
    + INDEX_HELP
    + OUTPUT_HELP
    + """\
  --strict                        Also fail when the claim could not be verified.
  --as-of DATE                    Read every page as it stood at the end of DATE (UTC, like
                                  2022-01-21).
  --cluster ADDRESS               Check the claims on a Dask cluster: a scheduler's address
                                  (tcp://HOST:8786), or local:N to start N worker processes here
                                  (needs factcheck-wiki[cluster]).
  -h, --help                      Show this message and exit.
""",
    ("index",): """\
Usage: factcheck index [OPTIONS] DUMP

  Index a Wikipedia dump, so that `run --source INDEX` and `check --source INDEX` read pages from
  it instead of the API.

  DUMP is a CirrusSearch content dump (JSON lines) or an XML pages-articles dump (wikitext), plain
  or compressed with gzip or bzip2, read in one streaming pass. The index is one SQLite file: the
  articles keyed by title, redirects resolved, and a full-text index for claims that name no
  article. An interrupted run leaves no index behind (the previous one, if any, stays as it was).

  Examples:
    factcheck index enwiki-20240101-cirrussearch-content.json.gz -o enwiki.index
    factcheck run --source enwiki.index

Options:
  -o, --output INDEX  The index file to write (replaced only once the new one is complete).
                      [required]
  --base-url URL      Article links are URL + title [default: what the dump says, e.g.
                      https://en.wikipedia.org/wiki/ for enwiki].
  -q, --quiet         No progress bar.
  -h, --help          Show this message and exit.
""",
    ("snapshot",): """\
Usage: factcheck snapshot [OPTIONS] [CLAIMS_FILE]

  Pin every page CLAIMS_FILE uses into one reviewable JSON file.

  `factcheck run --offline` then checks the claims against exactly these revisions, which makes CI
  reproducible without network.

Options:
  --api URL             MediaWiki Action API endpoint (env FACTCHECK_API), e.g. a test wiki's
                        http://127.0.0.1:PORT/api.php.  [default:
                        https://en.wikipedia.org/w/api.php]
  --cache-dir DIR       Where fetched pages are cached (env FACTCHECK_CACHE_DIR) [default:
                        ./cache].
  --cache-ttl DURATION  How long a cached page is reused: 7d, 12h, 30m; 0 keeps it forever
                        [default: 7d].
  --refresh             Fetch every page again, ignoring cached copies (and update the cache).
  --no-cache            Neither read nor write the cache.
  --timeout SECONDS     Read timeout of one API request.  [default: 30.0; x>=0.5]
  -o, --output PATH     Snapshot file [default: CLAIMS.snapshot.json next to it].
  --label TEXT          Where the pages came from, in words, for readers of the snapshot and its
                        reports [default: "recorded from <api>"].
  --as-of DATE          Pin every page as it stood at the end of DATE (UTC), or of the essay's
                        [essay] published date with 'published'; `run --offline --as-of DATE` then
                        reads them.
  -h, --help            Show this message and exit.
""",
    ("compare",): """\
Usage: factcheck compare [OPTIONS] OLD NEW

  List the claims whose verdict changed between two JSON reports.

  Exits 1 when any verdict got worse (towards contradicted), 0 otherwise.

Options:
  -h, --help  Show this message and exit.
""",
    ("schema",): """\
Usage: factcheck schema [OPTIONS]

  Print the JSON Schema of `--format json` reports.

Options:
  -h, --help  Show this message and exit.
""",
    ("cache",): """\
Usage: factcheck cache [OPTIONS] COMMAND [ARGS]...

  Inspect or empty the cache of pages and verdicts.

Options:
  -h, --help  Show this message and exit.

Commands:
  clear  Remove every cached page, search and verdict.
  info   Show where the cache is and what it holds.
""",
    ("cache", "info"): """\
Usage: factcheck cache info [OPTIONS]

  Show where the cache is and what it holds.

Options:
  --cache-dir DIR  Cache directory [default: ./cache].
  -h, --help       Show this message and exit.
""",
    ("cache", "clear"): """\
Usage: factcheck cache clear [OPTIONS]

  Remove every cached page, search and verdict.

Options:
  --cache-dir DIR  Cache directory [default: ./cache].
  -h, --help       Show this message and exit.
""",
    ("wordnet",): """\
Usage: factcheck wordnet [OPTIONS] COMMAND [ARGS]...

  Install or inspect WordNet, the engine's lexicon.

  WordNet gives the engine paraphrases ("invasion" / "invaded"), kinds ("a frigate is a warship")
  and opposites. Without it the engine still works, with its small hand lexicon only, and every
  run says so once.

Options:
  -h, --help  Show this message and exit.

Commands:
  install  Install Debian's wordnet-base package, if missing.
  status   Say which lexicon verdicts are made with (exit 1 without WordNet).
""",
    ("wordnet", "install"): """\
Usage: factcheck wordnet install [OPTIONS]

  Install Debian's wordnet-base package, if missing.

  Runs apt-get (with sudo when not root); prints the lexicon verdicts will use.

Options:
  -h, --help  Show this message and exit.
""",
    ("wordnet", "status"): """\
Usage: factcheck wordnet status [OPTIONS]

  Say which lexicon verdicts are made with (exit 1 without WordNet).

Options:
  -h, --help  Show this message and exit.
""",
}


@pytest.mark.parametrize("command", list(HELP), ids=lambda c: " ".join(c) or "factcheck")
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help(capsys: pytest.CaptureFixture[str], command: tuple[str, ...], flag: str) -> None:
    result = invoke(capsys, *command, flag)
    assert result == Result(0, HELP[command], "")


def test_every_command_has_its_help_tested() -> None:
    def paths(group: object, prefix: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        yield prefix
        for name, command in getattr(group, "commands", {}).items():
            yield from paths(command, (*prefix, name))

    assert sorted(paths(cli.cli, ())) == sorted(HELP)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(capsys, "--version") == Result(0, f"factcheck, version {__version__}\n", "")


# -- run: the terminal report -----------------------------------------------------------------


def test_run_prints_the_report_and_exits_1_on_a_contradiction(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(capsys, "run", essay, "--api", API)
    assert result == Result(1, FULL_REPORT, "")
    # Not a terminal: no colour codes, and no progress bar on stderr.
    assert "\x1b" not in result.out
    assert [s.api for s in endpoint.built] == [API]
    # Names first, then content words, while fewer than SEARCH_LIMIT titles are found.
    assert endpoint.source.searched == SEARCHES
    assert endpoint.source.fetched == ["Warsaw Pact"]  # fetched once for all four claims


def test_no_color_turns_colour_off_unless_always_is_asked(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    endpoint: Endpoint,
    essay: str,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")  # NO_COLOR wins over it
    assert invoke(capsys, "run", essay, "--api", API, "--color", "auto").out == FULL_REPORT
    coloured = invoke(capsys, "run", essay, "--api", API, "--color", "always")
    assert "\x1b[" in coloured.out


def test_force_color_colours_a_pipe(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    endpoint: Endpoint,
    essay: str,
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in invoke(capsys, "run", essay, "--api", API).out
    assert invoke(capsys, "run", essay, "--api", API, "--color", "never").out == FULL_REPORT


def test_color_always_survives_a_pipe(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(
        capsys, "run", essay, "--api", API, "--claim", "pact-signed", "--color", "always"
    )
    bold, red, dim, end = "\x1b[1m", "\x1b[1;31m", "\x1b[2m", "\x1b[0m"
    green_mark, red_mark = "\x1b[1;4;32m", "\x1b[1;4;31m"
    assert result == Result(
        1,
        f"{bold}1 claim: 0 supported, {end}{red}1 contradicted{end}"
        f"{bold}, 0 not enough evidence, 0 errors{end}\n"
        "\n"
        f"{red}✘ contradicted{end}  {bold}pact-signed{end}  confidence 99%\n"
        f"  {dim}claim{end}     The {green_mark}Warsaw Pact{end} was signed in "
        f"{red_mark}1960{end}.\n"
        f"  {dim}evidence{end}  It was signed in Warsaw on {red_mark}14 May 1955{end}.\n"
        f"  {dim}source{end}    Warsaw Pact, revision 1\n"
        f"            {LINK}\n"
        f"  {dim}reason{end}    claim says 1960; evidence says 14 May 1955: 'It was signed in "
        "Warsaw on 14 May 1955.' in\n"
        "            Warsaw Pact, rev 1\n",
        "",
    )


def test_quiet_shows_the_summary_and_the_contradicted_claims(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    assert invoke(capsys, "run", essay, "--api", API, "-q") == Result(1, SUMMARY + SIGNED, "")
    assert invoke(capsys, "run", essay, "--api", API, "--quiet", "--claim", "pact-flag") == Result(
        0, "1 claim: 0 supported, 0 contradicted, 1 not enough evidence, 0 errors\n", ""
    )


def test_verbose_shows_every_sentence_value_and_page(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(capsys, "run", essay, "--api", API, "--verbose", "--claim", "pact-dissolved")
    assert result == Result(
        0,
        "1 claim: 1 supported, 0 contradicted, 0 not enough evidence, 0 errors\n"
        f"""
✔ supported  pact-dissolved  confidence 98%
  claim     The «Warsaw Pact» was dissolved in «July 1991».
  quote     the pact ended in the summer of 1991
  evidence  [1] The pact was dissolved at a meeting in Prague on «1 July 1991». (score 85, section
                Dissolution)
                Warsaw Pact, revision 1
                {LINK}
            [2] The «Warsaw Pact» was a collective defence treaty of the Soviet Union and seven
                states of Eastern Europe. (score 75)
                Warsaw Pact, revision 1
                {LINK}
            [3] It was signed in Warsaw on 14 May 1955. (score 60)
                Warsaw Pact, revision 1
                {LINK}
  values    ✔ name «Warsaw Pact» confirmed by evidence 1
            ✔ date «July 1991» confirmed by evidence 1
  pages     Warsaw Pact: found, revision 1
  reason    'The pact was dissolved at a meeting in Prague on 1 July 1991.' in Warsaw Pact, rev 1
            agrees on 1 July 1991
""",
        "",
    )


def test_verbose_and_quiet_are_refused_before_any_fetch(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(capsys, "run", essay, "--api", API, "-v", "-q")
    assert result.code == 2
    assert one_error_line(result) == (
        "factcheck: error: --verbose and --quiet contradict each other: pick one"
    )
    assert endpoint.built == []


def test_page_text_with_markup_and_escapes_is_shown_literally(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    endpoint.set_page(
        "Warsaw Pact",
        "It was signed in Warsaw on 14 May 1955 by [bold red]eight[/] states \x1b[31mand\x1b[0m "
        "\x9b2J allies.",
    )
    plain = invoke(capsys, "run", essay, "--api", API, "--claim", "pact-signed")
    assert plain.code == 1
    assert (
        "  evidence  It was signed in Warsaw on «14 May 1955» by [bold red]eight[/] states "
        "␛[31mand␛[0m\n            \\x9b2J allies.\n" in plain.out
    )
    assert "\x1b" not in plain.out
    assert "\x9b" not in plain.out
    coloured = invoke(
        capsys, "run", essay, "--api", API, "--claim", "pact-signed", "--color", "always"
    )
    assert "[bold red]eight[/] states ␛[31mand␛[0m" in coloured.out
    assert "\x1b[31mand" not in coloured.out
    assert "\x9b" not in coloured.out
    literal = {
        "json": "[bold red]eight[/] states \\u001b[31mand",
        "markdown": "\\[bold red\\]eight\\[/\\] states ␛\\[31mand",
        "junit": "[bold red]eight[/] states [31mand",  # XML cannot hold ESC: dropped
    }
    for fmt, expected in literal.items():
        other = invoke(
            capsys, "run", essay, "--api", API, "--claim", "pact-signed", "--format", fmt
        )
        assert other.code == 1
        assert expected in other.out, fmt
        assert "\x1b" not in other.out, fmt


# -- run: other formats ---------------------------------------------------------------------


def test_json_report_is_valid_against_the_schema_command(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    schema = json.loads(invoke(capsys, "schema").out)
    result = invoke(capsys, "run", essay, "--api", API, "--format", "json")
    assert result.code == 1
    assert result.err == ""
    report = json.loads(result.out)
    jsonschema.validate(report, schema, cls=jsonschema.Draft202012Validator)
    assert report["claims_file"] == essay
    assert report["essay"] == {"title": "A short essay", "published": "2022-01-21"}
    assert report["source"] == {
        "api": API,
        "offline": False,
        "snapshot": None,
        "note": "",
        "as_of": None,
    }
    assert report["summary"] == {
        "total": 4,
        "supported": 2,
        "contradicted": 1,
        "not_enough_evidence": 1,
        "error": 0,
    }
    assert [(r["id"], r["verdict"]) for r in report["results"]] == [
        ("pact-dissolved", "supported"),
        ("pact-signed", "contradicted"),
        ("pact-flag", "not_enough_evidence"),
        ("pact-searched", "supported"),
    ]
    searched = report["results"][3]["lookups"]
    assert searched == [
        {
            "requested": "Warsaw Pact",
            "status": "found",
            "title": "Warsaw Pact",
            "revid": 1,
            "reason": "",
            "via_search": True,
        }
    ]


def test_markdown_report(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(
        capsys, "run", essay, "--api", API, "--format", "markdown", "--claim", "pact-signed"
    )
    verdict = "✘ contradicted (99%)"
    evidence = f"“It was signed in Warsaw on 14 May 1955.” — [Warsaw Pact (rev 1)]({LINK})"
    reason = (
        "claim says 1960; evidence says 14 May 1955: 'It was signed in Warsaw on 14 May 1955.' "
        "in Warsaw Pact, rev 1"
    )
    assert result.code == 1
    assert result.err == ""
    assert (
        without_time(result.out)
        == f"""\
## factcheck report: A short essay

Claims from essay.toml; evidence from {API}; factcheck {__version__}, <time>.

| Verdict | Claims |
|---|---:|
| ✔ supported | 0 |
| ✘ contradicted | 1 |
| ? not enough evidence | 0 |
| ! error | 0 |
| **total** | **1** |

### Contradicted claims (1)

| Claim | Statement | Evidence | Reason |
|---|---|---|---|
| `pact-signed` | The Warsaw Pact was signed in 1960. | {evidence} | {reason} |

<details>
<summary>All claims (1)</summary>

| Claim | Verdict | Statement | Evidence | Reason |
|---|---|---|---|---|
| `pact-signed` | {verdict} | The Warsaw Pact was signed in 1960. | {evidence} | {reason} |

</details>
"""
    )


def test_junit_report_parses(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(capsys, "run", essay, "--api", API, "--format", "junit")
    assert result.code == 1
    root = ET.fromstring(result.out.encode("utf-8"))
    assert root.tag == "testsuites"
    assert {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "4",
        "failures": "1",
        "errors": "0",
        "skipped": "1",
    }
    cases = root.findall("./testsuite/testcase")
    assert [(c.get("name"), [child.tag for child in c]) for c in cases] == [
        ("pact-dissolved", ["system-out"]),
        ("pact-signed", ["failure", "system-out"]),
        ("pact-flag", ["skipped", "system-out"]),
        ("pact-searched", ["system-out"]),
    ]
    failure = cases[1].find("failure")
    assert failure is not None
    assert failure.get("type") == "contradicted"
    assert failure.get("message", "").startswith("claim says 1960; evidence says 14 May 1955")


def test_junit_report_reads_in_junitparser(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    junitparser = pytest.importorskip("junitparser")
    result = invoke(capsys, "run", essay, "--api", API, "--format", "junit")
    # Bytes, as a CI tool reads the file: junitparser on lxml (which the test extras bring,
    # for trafilatura) refuses a str that declares its encoding.
    xml = junitparser.JUnitXml.fromstring(result.out.encode("utf-8"))
    outcomes = {
        case.name: [type(r).__name__ for r in case.result] for suite in xml for case in suite
    }
    assert outcomes == {
        "pact-dissolved": [],
        "pact-signed": ["Failure"],
        "pact-flag": ["Skipped"],
        "pact-searched": [],
    }


# -- run: --output -------------------------------------------------------------------------


def test_output_file_gets_the_report_and_stdout_stays_empty(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str, tmp_path: Path
) -> None:
    result = invoke(
        capsys, "run", essay, "--api", API, "--output", "report.txt", "--color", "always"
    )
    assert result == Result(1, "", "")
    # No colour in a file, even when asked: it is for terminals.
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == FULL_REPORT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "essay.toml", "report.txt"]


def test_output_file_is_replaced_only_by_a_run_that_renders(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    report.write_text("the previous report\n", encoding="utf-8")
    failures = [
        ("--claim", "no-such-claim"),  # usage error after loading the claims
        ("--offline", "--no-cache"),  # nothing to read offline
        ("-v", "-q"),
    ]
    for extra in failures:
        result = invoke(
            capsys, "run", essay, "--api", API, "--format", "json", "-o", "report.json", *extra
        )
        assert result.code in (2, 3), extra
        one_error_line(result)
        assert report.read_text(encoding="utf-8") == "the previous report\n", extra
    done = invoke(capsys, "run", essay, "--api", API, "--format", "json", "-o", "report.json")
    assert done == Result(1, "", "")
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["total"] == 4
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_run_leaves_no_output_file(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, tmp_path: Path
) -> None:
    (tmp_path / "broken.toml").write_text("[[claim]]\nid = 'x'\n", encoding="utf-8")
    result = invoke(capsys, "run", "broken.toml", "--api", API, "-o", "report.txt")
    assert result.code == 2
    one_error_line(result)
    assert not (tmp_path / "report.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.toml"]


def test_output_into_a_missing_directory_is_one_line(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(capsys, "run", essay, "--api", API, "-o", "missing/report.txt")
    assert result.code == 2
    assert one_error_line(result) == (
        "factcheck: error: cannot write missing/report.txt: No such file or directory"
    )


# -- run: exit codes, --strict, --claim ------------------------------------------------------


def test_exit_0_when_nothing_is_contradicted(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(
        capsys, "run", essay, "--api", API, "--claim", "pact-dissolved", "--claim", "pact-searched"
    )
    assert result == Result(
        0,
        "2 claims: 2 supported, 0 contradicted, 0 not enough evidence, 0 errors\n"
        + DISSOLVED
        + SEARCHED,
        "",
    )


def test_strict_fails_on_not_enough_evidence(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    loose = invoke(capsys, "run", essay, "--api", API, "--claim", "pact-flag")
    assert loose == Result(
        0, "1 claim: 0 supported, 0 contradicted, 1 not enough evidence, 0 errors\n" + FLAG, ""
    )
    strict = invoke(capsys, "run", essay, "--api", API, "--claim", "pact-flag", "--strict")
    assert strict == Result(1, loose.out, "")
    supported = invoke(capsys, "run", essay, "--api", API, "--claim", "pact-dissolved", "--strict")
    assert supported.code == 0


def test_exit_3_when_evidence_cannot_be_fetched(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    endpoint.source.errors["Warsaw Pact"] = "HTTP 503 from wiki.example (gave up after 5 attempts)"
    result = invoke(capsys, "run", essay, "--api", API, "--claim", "pact-dissolved")
    assert result == Result(
        3,
        """\
1 claim: 0 supported, 0 contradicted, 0 not enough evidence, 1 error

! error  pact-dissolved  confidence 100%
  claim     The Warsaw Pact was dissolved in July 1991.
  evidence  none found
  reason    evidence could not be fetched (Warsaw Pact: HTTP 503 from wiki.example (gave up after 5
            attempts))
""",
        "",
    )


def test_claim_filter_fetches_only_what_the_chosen_claims_need(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(
        capsys, "run", essay, "--api", API, "--claim", "pact-signed", "--claim", "pact-dissolved"
    )
    # File order, whatever the order of the options.
    assert result == Result(
        1,
        "2 claims: 1 supported, 1 contradicted, 0 not enough evidence, 0 errors\n"
        + DISSOLVED
        + SIGNED,
        "",
    )
    assert endpoint.source.searched == []


def test_unknown_claim_id_is_one_line_and_no_request(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    result = invoke(capsys, "run", essay, "--api", API, "--claim", "pact-signed", "--claim", "nope")
    assert result.code == 2
    assert one_error_line(result) == "factcheck: error: no claim with id 'nope' in essay.toml"
    assert endpoint.built == []


BAD_FILES = sorted(p.name for p in BAD_CLAIMS.glob("*.toml"))


def test_there_are_enough_bad_claims_files() -> None:
    assert len(BAD_FILES) >= 30


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_claims_file_is_one_error_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, name: str
) -> None:
    path = str(BAD_CLAIMS / name)
    result = invoke(capsys, "run", path, "--api", API)
    assert result.code == 2
    line = one_error_line(result)
    assert line.startswith(f"factcheck: error: {path}"), line
    assert endpoint.built == []


def test_missing_claims_file(capsys: pytest.CaptureFixture[str], endpoint: Endpoint) -> None:
    result = invoke(capsys, "run", "nothing-here.toml", "--api", API)
    assert result.code == 2
    assert one_error_line(result).startswith("factcheck: error: nothing-here.toml: ")


# -- check ----------------------------------------------------------------------------------


def test_check_one_claim_against_a_named_page(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint
) -> None:
    result = invoke(
        capsys,
        "check",
        "The Warsaw Pact was dissolved in July 1991.",
        "--page",
        "Warsaw Pact",
        "--api",
        API,
    )
    assert result == Result(
        0,
        "1 claim: 1 supported, 0 contradicted, 0 not enough evidence, 0 errors\n"
        + DISSOLVED.replace("pact-dissolved", "claim"),
        "",
    )
    assert endpoint.source.searched == []


def test_check_searches_when_no_page_is_named(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint
) -> None:
    result = invoke(
        capsys, "check", "The Warsaw Pact was signed in 1960.", "--api", API, "--format", "json"
    )
    assert result.code == 1
    report = json.loads(result.out)
    assert report["claims_file"] == "<command line>"
    assert report["results"][0]["verdict"] == "contradicted"
    assert report["results"][0]["lookups"][0]["via_search"] is True
    assert endpoint.source.searched == ["Warsaw Pact", "Warsaw Pact signed"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["   "], "the claim is empty: give it as one quoted argument"),
        (
            ["The pact was signed.", "--page", "Warsaw Pact|NATO"],
            "--page 'Warsaw Pact|NATO': the title contains '|', which MediaWiki titles cannot "
            "contain",
        ),
    ],
)
def test_check_refuses_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, args: list[str], message: str
) -> None:
    result = invoke(capsys, "check", *args, "--api", API)
    assert result.code == 2
    assert one_error_line(result) == f"factcheck: error: {message}"
    assert endpoint.built == []


# -- compare --------------------------------------------------------------------------------


@pytest.fixture
def reports(capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str) -> None:
    """old.json from the page as written; new.json after the page moved the dissolution."""
    old = invoke(capsys, "run", essay, "--api", API, "--format", "json", "-o", "old.json")
    assert old.code == 1
    endpoint.set_page("Warsaw Pact", WARSAW.replace("1 July 1991", "1 July 1990"))
    new = invoke(
        capsys, "run", essay, "--api", API, "--format", "json", "-o", "new.json", "--no-cache"
    )
    assert new.code == 1


def test_compare_exits_1_when_a_verdict_got_worse(
    capsys: pytest.CaptureFixture[str], reports: None
) -> None:
    assert invoke(capsys, "compare", "old.json", "new.json") == Result(
        1,
        "pact-dissolved: supported -> contradicted (worse)\n"
        "4 claims compared: 1 worse, 0 better, 0 changed, 0 added, 0 removed, 3 same\n",
        "",
    )
    assert invoke(capsys, "compare", "new.json", "old.json") == Result(
        0,
        "pact-dissolved: contradicted -> supported (better)\n"
        "4 claims compared: 0 worse, 1 better, 0 changed, 0 added, 0 removed, 3 same\n",
        "",
    )
    assert invoke(capsys, "compare", "old.json", "old.json") == Result(
        0, "4 claims compared: 0 worse, 0 better, 0 changed, 0 added, 0 removed, 4 same\n", ""
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"results": []}', "broken.json: not a factcheck JSON report (no schema_version)"),
        ("not json", "broken.json:1: not JSON: Expecting value"),
        (
            '{"schema_version": 2, "results": []}',
            "broken.json: report schema_version 2 is not supported; this factcheck reads version 1",
        ),
    ],
)
def test_compare_errors_name_the_file(
    capsys: pytest.CaptureFixture[str], reports: None, tmp_path: Path, content: str, message: str
) -> None:
    (tmp_path / "broken.json").write_text(content, encoding="utf-8")
    for args in (("old.json", "broken.json"), ("broken.json", "old.json")):
        result = invoke(capsys, "compare", *args)
        assert result.code == 2
        assert one_error_line(result) == f"factcheck: error: {message}"


# -- schema ---------------------------------------------------------------------------------


def test_schema_prints_the_report_schema(capsys: pytest.CaptureFixture[str]) -> None:
    result = invoke(capsys, "schema")
    assert result == Result(0, json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n", "")
    schema = json.loads(result.out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"] == {"const": 1}


# -- cache ----------------------------------------------------------------------------------


def test_a_second_run_is_served_from_the_cache_and_refresh_fetches_again(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str
) -> None:
    first = invoke(capsys, "run", essay, "--api", API)
    assert (endpoint.source.fetched, endpoint.source.searched) == (["Warsaw Pact"], SEARCHES)
    second = invoke(capsys, "run", essay, "--api", API)
    assert second == first
    assert (endpoint.source.fetched, endpoint.source.searched) == (["Warsaw Pact"], SEARCHES)
    refreshed = invoke(capsys, "run", essay, "--api", API, "--refresh")
    assert refreshed == first
    assert endpoint.source.fetched == ["Warsaw Pact", "Warsaw Pact"]
    assert endpoint.source.searched == SEARCHES + SEARCHES
    uncached = invoke(capsys, "run", essay, "--api", API, "--no-cache")
    assert uncached == first
    assert len(endpoint.source.fetched) == 3


def test_cache_info_and_clear(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str, tmp_path: Path
) -> None:
    directory = tmp_path / "cache"  # FACTCHECK_CACHE_DIR, set by conftest
    assert invoke(capsys, "cache", "info") == Result(0, f"{directory}: no cache yet\n", "")
    assert invoke(capsys, "cache", "clear") == Result(0, f"{directory}: no cache yet\n", "")
    invoke(capsys, "run", essay, "--api", API)
    info = invoke(capsys, "cache", "info")
    assert info.code == 0
    assert re.fullmatch(
        rf"{re.escape(str(directory))}: 1 page, 2 searches, 4 verdicts, [\d,]+ bytes\n", info.out
    )
    assert invoke(capsys, "cache", "clear") == Result(0, f"{directory}: removed 7 entries\n", "")
    after = invoke(capsys, "cache", "info")
    assert re.fullmatch(
        rf"{re.escape(str(directory))}: 0 pages, 0 searches, 0 verdicts, [\d,]+ bytes\n", after.out
    )
    # --cache-dir names another directory; the run's cache is left alone.
    other = invoke(capsys, "cache", "info", "--cache-dir", "elsewhere")
    assert other == Result(0, "elsewhere: no cache yet\n", "")


# -- snapshot, --offline and the fallback -------------------------------------------------------


def online_results(capsys: pytest.CaptureFixture[str], essay: str) -> list[dict[str, object]]:
    result = invoke(capsys, "run", essay, "--api", API, "--format", "json", "--no-cache")
    assert result.code == 1
    results: list[dict[str, object]] = json.loads(result.out)["results"]
    return results


def test_snapshot_records_pages_and_searches(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str, tmp_path: Path
) -> None:
    result = invoke(capsys, "snapshot", essay, "--api", API)
    assert result == Result(0, f"wrote essay.snapshot.json: 1 page from {API}\n", "")
    document = json.loads((tmp_path / "essay.snapshot.json").read_text(encoding="utf-8"))
    assert document["source"]["api"] == API
    assert document["claims_file"] == essay
    assert [(p["requested"], p["title"], p["revid"]) for p in document["pages"]] == [
        ("Warsaw Pact", "Warsaw Pact", 1)
    ]
    assert document["pages"][0]["text"] == WARSAW
    assert document["searches"] == [
        {"query": query, "limit": SEARCH_LIMIT, "titles": ["Warsaw Pact"]} for query in SEARCHES
    ]


def test_snapshot_records_the_limit_each_search_was_made_with(
    capsys: pytest.CaptureFixture[str],
    endpoint: Endpoint,
    essay: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runner, "SEARCH_LIMIT", 2)
    endpoint.source.search_results["Warsaw Pact"] = ["Warsaw Pact", "Comecon", "NATO"]
    endpoint.set_page("Comecon", "Comecon was an economic organisation founded in 1949.")
    online = online_results(capsys, essay)
    assert invoke(capsys, "snapshot", essay, "--api", API).code == 0
    document = json.loads((tmp_path / "essay.snapshot.json").read_text(encoding="utf-8"))
    assert document["searches"] == [
        {"query": "Warsaw Pact", "limit": 2, "titles": ["Warsaw Pact", "Comecon"]}
    ]
    offline = invoke(capsys, "run", essay, "--offline", "--no-cache", "--format", "json")
    assert json.loads(offline.out)["results"] == online


def test_offline_run_from_a_snapshot_gives_the_same_verdicts_without_a_request(
    capsys: pytest.CaptureFixture[str],
    endpoint: Endpoint,
    essay: str,
    monkeypatch: pytest.MonkeyPatch,
    refused_api: str,
) -> None:
    online = online_results(capsys, essay)
    assert invoke(capsys, "snapshot", essay, "--api", API, "--no-cache").code == 0

    def refuse(settings: ClientSettings) -> MediaWikiSource:
        pytest.fail("an API client was built in an offline run")

    monkeypatch.setattr(cli, "make_live_source", refuse)
    result = invoke(capsys, "run", essay, "--offline", "--api", refused_api, "--format", "json")
    assert result.code == 1
    assert result.err == f"factcheck: note: offline: {OFFLINE_NOTE}\n"
    report = json.loads(result.out)
    assert report["source"] == {
        "api": refused_api,
        "offline": True,
        "snapshot": "essay.snapshot.json",
        "note": f"offline: {OFFLINE_NOTE}",
        "as_of": None,
    }
    assert report["results"] == online


def test_offline_terminal_report_says_where_the_evidence_came_from(
    capsys: pytest.CaptureFixture[str],
    endpoint: Endpoint,
    essay: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert invoke(capsys, "snapshot", essay, "--api", API).code == 0
    monkeypatch.setattr(cli, "make_live_source", lambda settings: pytest.fail("client built"))
    result = invoke(capsys, "run", essay, "--offline", "-q")
    assert result == Result(
        1,
        SUMMARY
        + "note: offline: evidence from the snapshot essay.snapshot.json (recorded from\n"
        + f"  {API})\n"
        + SIGNED,
        f"factcheck: note: offline: {OFFLINE_NOTE}\n",
    )


def test_unreachable_api_falls_back_to_the_snapshot(
    capsys: pytest.CaptureFixture[str],
    endpoint: Endpoint,
    essay: str,
    monkeypatch: pytest.MonkeyPatch,
    refused_api: str,
) -> None:
    online = online_results(capsys, essay)
    assert invoke(capsys, "snapshot", essay, "--api", API).code == 0

    def make(settings: ClientSettings) -> MediaWikiSource:
        return MediaWikiSource(settings, sleep=lambda seconds: None)

    monkeypatch.setattr(cli, "make_live_source", make)
    result = invoke(capsys, "run", essay, "--api", refused_api, "--format", "json")
    host = refused_api.split("/")[2]
    note = (
        f"cannot reach {host}: connection refused; "
        f"used the snapshot essay.snapshot.json (recorded from {API}) instead"
    )
    assert result.code == 1
    assert result.err == f"factcheck: note: {note}\n"
    report = json.loads(result.out)
    assert report["source"] == {
        "api": refused_api,
        "offline": False,
        "snapshot": "essay.snapshot.json",
        "note": note,
        "as_of": None,
    }
    assert report["results"] == online


def test_unreachable_api_without_a_snapshot_is_exit_3_with_every_claim_an_error(
    capsys: pytest.CaptureFixture[str], essay: str, real_client: None, refused_api: str
) -> None:
    result = invoke(capsys, "run", essay, "--api", refused_api, "--format", "json")
    assert result.code == 3
    assert result.err == ""
    report = json.loads(result.out)
    host = refused_api.split("/")[2]
    down = f"cannot reach {host}: connection refused"
    assert [(r["id"], r["verdict"], r["reason"]) for r in report["results"]] == [
        ("pact-dissolved", "error", f"evidence could not be fetched (Warsaw Pact: {down})"),
        ("pact-signed", "error", f"evidence could not be fetched (Warsaw Pact: {down})"),
        ("pact-flag", "error", f"evidence could not be fetched (Warsaw Pact: {down})"),
        (
            "pact-searched",
            "error",
            f"evidence could not be fetched (search for 'Warsaw Pact' failed: {down})",
        ),
    ]
    assert report["source"]["note"] == ""


def test_offline_without_snapshot_or_cache_is_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str], essay: str, tmp_path: Path, no_client: None
) -> None:
    message = (
        "factcheck: error: --offline needs a snapshot (essay.snapshot.json does not exist) or "
        "cached pages ({}); run `factcheck snapshot` while online, or drop --offline"
    )
    result = invoke(capsys, "run", essay, "--offline")
    assert result.code == 3
    assert one_error_line(result) == message.format(f"none in {tmp_path / 'cache'}")
    assert not (tmp_path / "cache").exists()  # looking did not create it
    (tmp_path / "cache").mkdir()  # an empty cache is no better
    assert one_error_line(invoke(capsys, "run", essay, "--offline")) == message.format(
        f"none in {tmp_path / 'cache'}"
    )
    result = invoke(capsys, "run", essay, "--offline", "--no-cache")
    assert result.code == 3
    assert one_error_line(result) == message.format("--no-cache given")


def test_offline_from_the_cache_alone(
    capsys: pytest.CaptureFixture[str],
    endpoint: Endpoint,
    essay: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    invoke(capsys, "run", essay, "--api", API, "--claim", "pact-signed")
    monkeypatch.setattr(cli, "make_live_source", lambda settings: pytest.fail("client built"))
    result = invoke(capsys, "run", essay, "--api", API, "--offline", "-q", "--claim", "pact-signed")
    assert result == Result(
        1,
        "1 claim: 0 supported, 1 contradicted, 0 not enough evidence, 0 errors\n"
        "note: offline: evidence from the cache\n" + SIGNED,
        "factcheck: note: offline: evidence from the cache\n",
    )
    # The search of pact-searched was never made online, so offline it cannot be answered:
    # an error (exit 3), not a quiet "not enough evidence".
    missing = invoke(capsys, "run", essay, "--api", API, "--offline", "--claim", "pact-searched")
    assert missing.code == 3
    assert "evidence could not be fetched (search for 'Warsaw Pact' is not in the snapshot" in (
        " ".join(missing.out.split())
    )


def test_snapshot_is_not_written_when_a_page_cannot_be_fetched(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str, tmp_path: Path
) -> None:
    previous = tmp_path / "essay.snapshot.json"
    previous.write_text("the previous snapshot\n", encoding="utf-8")
    endpoint.source.errors["Warsaw Pact"] = "HTTP 503 from wiki.example"
    result = invoke(capsys, "snapshot", essay, "--api", API)
    assert result == Result(
        3,
        "",
        "factcheck: warning: Warsaw Pact: HTTP 503 from wiki.example\n"
        "factcheck: error: 1 page could not be fetched; essay.snapshot.json not written\n",
    )
    assert previous.read_text(encoding="utf-8") == "the previous snapshot\n"


def test_snapshot_warns_about_missing_pages_but_writes_the_rest(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, tmp_path: Path
) -> None:
    (tmp_path / "two.toml").write_text(
        '[[claim]]\nid = "a"\ntext = "The Warsaw Pact was signed in 1955."\n'
        'pages = ["Warsaw Pact", "Nowhere Treaty"]\n',
        encoding="utf-8",
    )
    result = invoke(capsys, "snapshot", "two.toml", "--api", API, "-o", "pinned.json")
    assert result == Result(
        0,
        f"wrote pinned.json: 1 page from {API}\n",
        "factcheck: warning: Nowhere Treaty: no article titled 'Nowhere Treaty'\n",
    )
    offline = invoke(capsys, "run", "two.toml", "--offline", "--snapshot", "pinned.json", "-q")
    assert offline.code == 0


def test_named_snapshot_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], essay: str, no_client: None
) -> None:
    result = invoke(capsys, "run", essay, "--offline", "--snapshot", "gone.json")
    assert result.code == 2
    assert one_error_line(result) == "factcheck: error: gone.json: no such snapshot file"


# -- on a terminal ----------------------------------------------------------------------------


def run_on_a_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run `python -m factcheck ARGS` with stdout and stderr on a pseudo-terminal."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 30)
            if not ready:
                raise AssertionError("no output from factcheck within 30 s")
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
        process.wait(timeout=30)
    assert process.returncode == 1
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_on_a_terminal_there_is_colour_and_a_progress_bar(
    capsys: pytest.CaptureFixture[str], endpoint: Endpoint, essay: str, tmp_path: Path
) -> None:
    assert invoke(capsys, "snapshot", essay, "--api", API).code == 0
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("NO_COLOR", "FORCE_COLOR", "CI")
    }
    env.update(COLUMNS="100", LINES="24", TERM="xterm-256color")
    shown = run_on_a_terminal(["run", essay, "--offline", "--no-cache"], tmp_path, env)
    assert "\x1b[1;31m✘ contradicted\x1b[0m" in shown
    assert "Fetching pages" in shown  # the progress bars, drawn then erased
    assert "Checking claims" in shown
    env["NO_COLOR"] = "1"
    plain = run_on_a_terminal(["run", essay, "--offline", "--no-cache", "-q"], tmp_path, env)
    assert "✘ contradicted  pact-signed" in plain
    assert "«1960»" in plain  # marks in words, not colour
