"""Runs that share a cache, die, or are interrupted: the cache stays usable and nothing
half-done is left behind. Each run here is a real `python -m factcheck` process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.cache import PageCache
from tests.faultproxy import FaultProxy, Stall, is_search, titles_contain

pytestmark = pytest.mark.wiki

PAGES = (
    "Warsaw Pact",
    "John Mearsheimer",
    "Strobe Talbott",
    "NATO",
    "Mikhail Gorbachev",
    "Perestroika",
    "Kyiv",
    "Lviv",
)
STALLED = "Warsaw Pact"
CLAIMS = "".join(
    f'[[claim]]\nid = "claim-{n}"\ntext = "{title} was founded in 1949."\npages = ["{title}"]\n\n'
    for n, title in enumerate(PAGES)
) + (
    '[[claim]]\nid = "by-search"\n'
    'text = "Mikhail Gorbachev launched perestroika in the Soviet Union."\npages = []\n'
)
WAIT = 30.0  # generous bound for anything that should take a second or two


@pytest.fixture
def proxy(testwiki: Any) -> Iterator[FaultProxy]:
    with FaultProxy(testwiki.api) as running:
        yield running


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    path = tmp_path / "claims.toml"
    path.write_text(CLAIMS, encoding="utf-8")
    return path


def command(claims: Path, api: str, cache_dir: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "factcheck",
        "run",
        str(claims),
        "--api",
        api,
        "--cache-dir",
        str(cache_dir),
        "--format",
        "json",
        *extra,
    ]


_STARTED: list[subprocess.Popen[str]] = []


def start(args: list[str]) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    _STARTED.append(process)
    return process


@pytest.fixture(autouse=True)
def _no_process_left() -> Iterator[None]:
    """A test that fails half-way must not leave a run behind."""
    yield
    while _STARTED:
        process = _STARTED.pop()
        if process.poll() is None:
            process.kill()
        process.communicate()


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"the run did not end within {WAIT:g} s; stderr: {err!r}")
    return process.returncode, out, err


def without_time(report_text: str) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(report_text)
    report.pop("generated_at")
    return report


def wait_for(condition: Any, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def cached(cache_dir: Path, api: str, titles: set[str]) -> set[str]:
    if not cache_dir.exists():
        return set()
    with PageCache(cache_dir) as store:
        return {t for t in titles if store.get_page(api, t) is not None}


def clean_report(claims: Path, api: str, cache_dir: Path) -> tuple[int, dict[str, Any]]:
    code, out, err = finish(start(command(claims, api, cache_dir)))
    assert err == ""
    return code, without_time(out)


# -- sharing one cache ----------------------------------------------------------------------


def test_two_runs_sharing_a_cache_give_identical_reports(
    proxy: FaultProxy, claims: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared-cache"
    first = start(command(claims, proxy.api, shared))
    second = start(command(claims, proxy.api, shared))
    (code1, out1, err1), (code2, out2, err2) = finish(first), finish(second)
    assert (err1, err2) == ("", "")
    assert code1 == code2
    assert code1 in (0, 1)
    assert without_time(out1) == without_time(out2)
    # A third run answers from what the two left, without a single request.
    proxy.reset_rules()
    code3, out3, err3 = finish(start(command(claims, proxy.api, shared)))
    assert (code3, err3) == (code1, "")
    assert without_time(out3) == without_time(out1)
    assert proxy.requests == []


# -- killed ---------------------------------------------------------------------------------


def test_a_run_killed_mid_fetch_leaves_a_cache_the_next_run_uses(
    proxy: FaultProxy, claims: Path, tmp_path: Path
) -> None:
    expected_code, expected = clean_report(claims, proxy.api, tmp_path / "fresh-cache")
    by_search = {lk["requested"] for r in expected["results"] for lk in r["lookups"]}
    others = (set(PAGES) | by_search) - {STALLED}
    proxy.reset_rules()
    cache_dir = tmp_path / "cache"
    proxy.add(Stall(), when=titles_contain(STALLED))
    process = start(command(claims, proxy.api, cache_dir, "--timeout", "60"))
    # Every other page has arrived and been stored; one request is still hanging.
    wait_for(
        lambda: proxy.stalled.is_set() and cached(cache_dir, proxy.api, others) == others,
        "the other pages in the cache",
    )
    process.send_signal(signal.SIGKILL)
    assert finish(process)[0] == -signal.SIGKILL

    proxy.reset_rules()
    code, out, err = finish(start(command(claims, proxy.api, cache_dir)))
    assert err == ""
    assert code == expected_code
    assert without_time(out) == expected
    # What the killed run fetched was kept: this run asked only for the stalled page.
    assert [s.titles for s in proxy.requests] == [STALLED]


@pytest.mark.parametrize("delay", [0.25, 0.6, 0.95])
def test_a_run_killed_at_any_moment_leaves_a_usable_cache(
    delay: float, proxy: FaultProxy, claims: Path, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    code, _, _ = finish(start(command(claims, proxy.api, cache_dir)))
    # Refetch everything, so the cache is being rewritten when the kill lands.
    process = start(command(claims, proxy.api, cache_dir, "--refresh"))
    time.sleep(delay)
    process.kill()
    process.communicate(timeout=WAIT)
    again, out, err = finish(start(command(claims, proxy.api, cache_dir)))
    assert err == ""
    assert again == code
    assert without_time(out)["summary"]["error"] == 0


# -- Ctrl-C ---------------------------------------------------------------------------------


def interrupt_while_stalled(
    proxy: FaultProxy, claims: Path, tmp_path: Path, stall_on: Any
) -> tuple[int, str, str, float, Path]:
    output = tmp_path / "out" / "report.json"
    output.parent.mkdir()
    proxy.add(Stall(), when=stall_on)
    process = start(
        command(claims, proxy.api, tmp_path / "cache", "--timeout", "60", "-o", str(output))
    )
    wait_for(proxy.stalled.is_set, "the stalled request")
    time.sleep(0.2)  # let the other workers get going too
    process.send_signal(signal.SIGINT)
    sent = time.monotonic()
    code, out, err = finish(process)
    return code, out, err, time.monotonic() - sent, output


@pytest.mark.parametrize(
    "stall_on", [titles_contain(STALLED), is_search], ids=["during page fetch", "during search"]
)
def test_ctrl_c_exits_130_at_once_without_a_report(
    stall_on: Any, proxy: FaultProxy, claims: Path, tmp_path: Path
) -> None:
    code, out, err, seconds, output = interrupt_while_stalled(proxy, claims, tmp_path, stall_on)
    assert code == 130
    assert seconds < 20  # not after the 60 s read timeout and its retries
    assert out == ""
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("factcheck: interrupted")
    # No report, and no temporary file either.
    assert list(output.parent.iterdir()) == []


def test_ctrl_c_keeps_the_pages_fetched_before_it(
    proxy: FaultProxy, claims: Path, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    proxy.add(Stall(), when=titles_contain(STALLED))
    process = start(command(claims, proxy.api, cache_dir, "--timeout", "60"))
    others = set(PAGES) - {STALLED}
    wait_for(lambda: cached(cache_dir, proxy.api, others) == others, "the other pages in the cache")
    process.send_signal(signal.SIGINT)
    assert finish(process)[0] == 130
    assert cached(cache_dir, proxy.api, set(PAGES)) == others


def test_ctrl_c_prints_exactly_one_line(proxy: FaultProxy, claims: Path, tmp_path: Path) -> None:
    code, _, err, _, _ = interrupt_while_stalled(proxy, claims, tmp_path, titles_contain(STALLED))
    assert code == 130
    assert err == "factcheck: interrupted; no report written\n"
