"""`factcheck extract` end to end: exact output, files written, exit codes.

Searches go to a FakeSource put in place of the MediaWiki client through cli's one seam
(`make_live_source`); nothing here touches the network.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import cli
from factcheck.errors import SourceError
from factcheck.mediawiki import ClientSettings
from tests.clirun import Result, invoke
from tests.fakes import FakeSource

ESSAY = "The Channel Tunnel opened in May 1994. Governments should learn from it.\n"

CLAIM = """\
[[claim]]
id = "channel-tunnel-opened-may-1994"
text = "The Channel Tunnel opened in May 1994."
quote = "The Channel Tunnel opened in May 1994."
kind = "date"
"""


def drafted(essay: Path, pages: str, source: str = "essay.txt") -> str:
    return (
        f"# Claims drafted by `factcheck extract` from {essay}\n"
        "# (2 sentences read, 1 claim).\n"
        "# A draft: check each text against its quote, then fix or delete it.\n"
        "\n"
        "[essay]\n"
        f'source = "{source}"\n'
        "\n" + CLAIM + pages + "\n"
    )


class Endpoint(FakeSource):
    down_reason: str | None = None


class DownEndpoint(Endpoint):
    def search(self, query: str, limit: int = 3) -> list[str]:
        raise SourceError("cannot reach wiki.example: connection refused")


@pytest.fixture
def essay(tmp_path: Path) -> Path:
    path = tmp_path / "essay.txt"
    path.write_text(ESSAY, encoding="utf-8")
    return path


@pytest.fixture
def endpoint(monkeypatch: pytest.MonkeyPatch) -> Endpoint:
    fake = Endpoint(search_results={"Channel Tunnel": ["Channel Tunnel"]})

    def make(settings: ClientSettings) -> Endpoint:
        return fake

    monkeypatch.setattr(cli, "make_live_source", make)
    return fake


def test_offline_prints_the_draft(
    capsys: pytest.CaptureFixture[str], essay: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Printed, the file names its essay relative to the working directory.
    monkeypatch.chdir(essay.parent)
    result = invoke(capsys, "extract", str(essay), "--offline")
    assert result == Result(
        0,
        drafted(essay, "pages = []  # not looked up (--offline)"),
        "factcheck: 1 claim drafted from 2 sentences (0 to review)\n",
    )


def test_pages_are_searched_through_the_api(
    capsys: pytest.CaptureFixture[str],
    essay: Path,
    endpoint: Endpoint,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(essay.parent)
    result = invoke(capsys, "extract", str(essay))
    assert result.out == drafted(essay, 'pages = ["Channel Tunnel"]')
    assert endpoint.searched == ["Channel Tunnel"]
    assert result.code == 0


def test_without_network_pages_stay_empty_with_a_warning(
    capsys: pytest.CaptureFixture[str], essay: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "make_live_source", lambda settings: DownEndpoint())
    monkeypatch.chdir(essay.parent)
    result = invoke(capsys, "extract", str(essay), "--no-cache")
    reason = "not looked up: cannot reach wiki.example: connection refused"
    assert result == Result(
        0,
        drafted(essay, f"pages = []  # {reason}"),
        f"factcheck: warning: pages {reason}\n"
        "factcheck: 1 claim drafted from 2 sentences (0 to review)\n",
    )


def test_output_is_written_and_never_overwritten(
    capsys: pytest.CaptureFixture[str], essay: Path, tmp_path: Path
) -> None:
    (tmp_path / "claims").mkdir()
    out = tmp_path / "claims" / "claims.toml"
    result = invoke(capsys, "extract", str(essay), "--offline", "-o", str(out))
    assert result == Result(
        0, "", f"factcheck: 1 claim drafted to {out} from 2 sentences (0 to review)\n"
    )
    # The file names its essay relative to itself.
    assert out.read_text(encoding="utf-8") == drafted(
        essay, "pages = []  # not looked up (--offline)", "../essay.txt"
    )
    again = invoke(capsys, "extract", str(essay), "--offline", "-o", str(out))
    assert again == Result(
        2,
        "",
        f"factcheck: error: {out} exists; add to it with --merge {out}, or choose another path\n",
    )


def test_merge_adds_new_claims_once_and_keeps_the_file(
    capsys: pytest.CaptureFixture[str], essay: Path, tmp_path: Path
) -> None:
    claims = tmp_path / "claims.toml"
    edited = '# mine\n[[claim]]\nid = "mine"\ntext = "Trains are fast."\n'
    claims.write_text(edited, encoding="utf-8")
    first = invoke(capsys, "extract", str(essay), "--offline", "--merge", str(claims))
    assert first == Result(0, "", f"factcheck: added 1 claim to {claims}; 0 already there\n")
    merged = claims.read_text(encoding="utf-8")
    assert merged == (
        edited
        + f"\n# Added by `factcheck extract --merge` from {essay}: 1 claim.\n\n"
        + CLAIM
        + "pages = []  # not looked up (--offline)\n"
    )
    second = invoke(capsys, "extract", str(essay), "--offline", "--merge", str(claims))
    assert second == Result(0, "", f"factcheck: added 0 claims to {claims}; 1 already there\n")
    assert claims.read_text(encoding="utf-8") == merged


def test_diff_shows_what_merge_would_add_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], essay: Path, tmp_path: Path
) -> None:
    claims = tmp_path / "claims.toml"
    edited = '[[claim]]\nid = "mine"\ntext = "Trains are fast."\n'
    claims.write_text(edited, encoding="utf-8")
    result = invoke(capsys, "extract", str(essay), "--offline", "--merge", str(claims), "--diff")
    added = [
        "",
        f"# Added by `factcheck extract --merge` from {essay}: 1 claim.",
        "",
        *CLAIM.splitlines(),
        "pages = []  # not looked up (--offline)",
    ]
    assert result == Result(
        0,
        f"--- {claims}\n+++ {claims} (merged)\n@@ -1,3 +1,12 @@\n"
        + "".join(f" {line}\n" for line in edited.splitlines())
        + "".join(f"+{line}\n" for line in added),
        "factcheck: would add 1 claim; 0 already there\n",
    )
    assert claims.read_text(encoding="utf-8") == edited


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--diff"], "--diff shows what --merge would add: give --merge CLAIMS too"),
        (
            ["--merge", "a.toml", "-o", "b.toml"],
            "--output and --merge both name the file to write: pick one",
        ),
    ],
)
def test_options_that_do_not_fit_are_usage_errors(
    capsys: pytest.CaptureFixture[str], essay: Path, args: list[str], message: str
) -> None:
    result = invoke(capsys, "extract", str(essay), "--offline", *args)
    assert result == Result(2, "", f"factcheck: error: {message}\n")


def test_a_missing_essay_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    result = invoke(capsys, "extract", str(missing), "--offline")
    assert result == Result(2, "", f"factcheck: error: {missing}: file not found; check the path\n")


def test_a_broken_claims_file_to_merge_into_is_exit_2(
    capsys: pytest.CaptureFixture[str], essay: Path, tmp_path: Path
) -> None:
    claims = tmp_path / "claims.toml"
    claims.write_text('[[claim]]\nid = "x"\n', encoding="utf-8")
    result = invoke(capsys, "extract", str(essay), "--offline", "--merge", str(claims))
    assert result.code == 2
    assert result.err.startswith(f"factcheck: error: {claims}:1: ")
    assert claims.read_text(encoding="utf-8") == '[[claim]]\nid = "x"\n'


def test_help_explains_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    result = invoke(capsys, "extract", "--help")
    assert result.code == 0
    assert "Draft a claims file from ESSAY" in result.out
    assert "factcheck extract essay.txt -o claims/essay_claims.toml" in result.out


def test_merge_over_a_hand_edited_draft_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Draft a file, edit it by hand as an editor would (ids, texts, a shorter quote, pages,
    # kinds, comments, the order of the claims), then merge the same essay into it: nothing
    # may change.
    essay = tmp_path / "essay.txt"
    essay.write_text(
        "The Forth Bridge opened in March 1890. It is 2,467 metres long.\n", encoding="utf-8"
    )
    claims = tmp_path / "claims.toml"
    made = invoke(capsys, "extract", str(essay), "--offline", "-o", str(claims))
    assert made.code == 0
    drafted = claims.read_text(encoding="utf-8")
    blocks = drafted.split("[[claim]]\n")
    assert len(blocks) == 3
    edited = (
        "# Checked by hand on 2 May.\n"
        + blocks[0]
        + "[[claim]]\n"
        + blocks[2]
        .replace('text = "It is 2,467 metres long."', 'text = "The Forth Bridge is 2,467 m long."')
        .replace("pages = []  # not looked up (--offline)", 'pages = ["Forth Bridge"]')
        + "\n[[claim]]\n"
        + blocks[1]
        .replace('id = "forth-bridge-opened-march-1890"', 'id = "forth-opened"')
        .replace('kind = "date"', 'kind = "event"  # the opening, not its day')
        .replace('quote = "The Forth Bridge opened in March 1890."', 'quote = "opened in March"')
    )
    claims.write_text(edited, encoding="utf-8")
    merged = invoke(capsys, "extract", str(essay), "--offline", "--merge", str(claims))
    assert merged == Result(0, "", f"factcheck: added 0 claims to {claims}; 2 already there\n")
    assert claims.read_text(encoding="utf-8") == edited
    diff = invoke(capsys, "extract", str(essay), "--offline", "--merge", str(claims), "--diff")
    assert diff == Result(0, "", "factcheck: would add 0 claims; 2 already there\n")
