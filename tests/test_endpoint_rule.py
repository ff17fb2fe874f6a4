"""Plain http:// only for a wiki on this machine; anything else is refused before a request."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from factcheck import cli
from factcheck.errors import SourceError
from factcheck.mediawiki import ClientSettings, MediaWikiSource, _Fatal, endpoint_problem
from tests.clirun import invoke


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    result = invoke(capsys, *args)
    return result.code, result.out, result.err


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The APIs a client was built for; building one ends the command (exit 3, one line)."""
    apis: list[str] = []

    def make(settings: ClientSettings) -> MediaWikiSource:
        apis.append(settings.api)
        raise SourceError("client built")

    monkeypatch.setattr(cli, "make_live_source", make)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("FACTCHECK_API", raising=False)
    return apis


CLAIMS = '[[claim]]\nid = "kyiv"\ntext = "Kyiv is the capital of Ukraine."\npages = ["Kyiv"]\n'

REFUSED = [
    ("http://wiki.example/w/api.php", "https://wiki.example/w/api.php"),
    ("http://10.0.0.7:8080/api.php", "https://10.0.0.7:8080/api.php"),
    ("http://[2001:db8::1]/api.php", "https://[2001:db8::1]/api.php"),
    ("http://localhost.example.org/api.php", "https://localhost.example.org/api.php"),
    ("http://128.0.0.1/api.php", "https://128.0.0.1/api.php"),
]


def _args(command: str, tmp_path: Path) -> list[str]:
    claims = tmp_path / "essay.toml"
    claims.write_text(CLAIMS, encoding="utf-8")
    return {
        "check": ["check", "Kyiv is the capital of Ukraine.", "--page", "Kyiv"],
        "run": ["run", str(claims)],
        "snapshot": ["snapshot", str(claims)],
    }[command]


@pytest.mark.parametrize(("api", "secure"), REFUSED)
@pytest.mark.parametrize("command", ["check", "run", "snapshot"])
def test_plain_http_elsewhere_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    built: list[str],
    tmp_path: Path,
    api: str,
    secure: str,
    command: str,
) -> None:
    code, out, err = _run(capsys, *_args(command, tmp_path), "--api", api)
    assert (code, out, built) == (2, "", [])
    assert err == (
        f"factcheck: error: --api {api}: plain http:// is allowed only for a wiki on this "
        f"machine (localhost, 127.0.0.0/8, ::1): use {secure}\n"
    )


def test_the_rule_holds_for_the_environment_variable_too(
    capsys: pytest.CaptureFixture[str],
    built: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FACTCHECK_API", "http://wiki.example/w/api.php")
    code, out, err = _run(capsys, *_args("run", tmp_path))
    assert (code, out, built) == (2, "", [])
    assert err.startswith("factcheck: error: --api http://wiki.example/w/api.php: plain http://")


@pytest.mark.parametrize(
    "api",
    [
        "http://127.0.0.1:8080/api.php",
        "http://127.4.5.6/api.php",
        "http://[::1]:8080/api.php",
        "http://localhost/w/api.php",
        "http://LOCALHOST:80/api.php",
        "https://wiki.example/w/api.php",
        "https://10.0.0.7/api.php",
    ],
)
def test_loopback_http_and_any_https_reach_the_client(
    capsys: pytest.CaptureFixture[str], built: list[str], tmp_path: Path, api: str
) -> None:
    code, out, err = _run(capsys, *_args("run", tmp_path), "--api", api)
    # The stand-in client ends the command as soon as it is built.
    assert (code, out, err, built) == (2, "", "factcheck: error: client built\n", [api])


def test_an_offline_run_makes_no_request_and_keeps_any_api_as_a_cache_key(
    capsys: pytest.CaptureFixture[str], built: list[str], tmp_path: Path
) -> None:
    code, _out, err = _run(
        capsys, *_args("run", tmp_path), "--offline", "--api", "http://wiki.example/w/api.php"
    )
    assert (code, built) == (3, [])
    assert "plain http" not in err


def test_the_client_itself_refuses_plain_http_elsewhere() -> None:
    with pytest.raises(SourceError) as caught:
        MediaWikiSource(ClientSettings(api="http://wiki.example/w/api.php"))
    assert str(caught.value) == (
        "http://wiki.example/w/api.php: plain http:// is allowed only for a wiki on this "
        "machine (localhost, 127.0.0.0/8, ::1): use https://wiki.example/w/api.php"
    )
    assert endpoint_problem("http://127.0.0.1:9/api.php") is None
    assert endpoint_problem("ftp://wiki.example/api.php") == (
        "not an API URL (expected something like https://en.wikipedia.org/w/api.php)"
    )


def test_a_redirect_down_to_plain_http_is_not_followed() -> None:
    client = MediaWikiSource(ClientSettings(api="https://wiki.example/w/api.php"))
    api = "https://wiki.example/w/api.php"
    up = SimpleNamespace(headers={"Location": "https://wiki.example/api.php?a=1"}, url=api)
    assert client._follow(api, up) == "https://wiki.example/api.php?a=1"  # type: ignore[arg-type]
    down = SimpleNamespace(headers={"Location": "http://wiki.example/w/api.php?a=1"}, url=api)
    with pytest.raises(_Fatal, match=r"^the API redirected to plain http://; refusing to follow$"):
        client._follow(api, down)  # type: ignore[arg-type]
