"""`factcheck run --cluster` (and `check --cluster`): the essay's claims checked on a Dask
LocalCluster give the report of a run in one process, also when a worker is killed mid-run;
a scheduler that cannot be reached is one line and exit 3."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck import cluster
from factcheck.cluster import DaskWorkers
from factcheck.models import Claim, ClaimResult
from factcheck.runner import run_claims
from factcheck.snapshot import SnapshotSource
from tests.test_dump import CLAIMS, Result, invoke
from tests.test_runner_scale import children

pytest.importorskip("distributed")

pytestmark = pytest.mark.slow


def essay_results(workers: DaskWorkers | None, checked: object = None) -> tuple[ClaimResult, ...]:
    from factcheck.claims import load_claims
    from factcheck.models import SourceInfo

    source = SnapshotSource(CLAIMS.with_name("essay_claims.snapshot.json"))
    report = run_claims(
        load_claims(CLAIMS),
        source,
        SourceInfo(api="snapshot"),
        remote=workers,
        checked=checked,  # type: ignore[arg-type]
    )
    return report.results


@pytest.fixture(scope="module")
def clean_results() -> tuple[ClaimResult, ...]:
    """The essay checked in this process: what every cluster run must give."""
    return essay_results(None)


@pytest.fixture
def local_cluster() -> Iterator[DaskWorkers]:
    workers = DaskWorkers("local:2")
    try:
        yield workers
    finally:
        workers.close()


def test_run_on_a_local_cluster_gives_the_same_report(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clean_results: tuple[ClaimResult, ...],
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    plain, on_cluster = tmp_path / "plain.json", tmp_path / "cluster.json"
    args = ["run", str(CLAIMS), "--offline", "--no-cache", "--format", "json", "-o"]
    first = invoke(capsys, *args, str(plain))
    second = invoke(capsys, *args, str(on_cluster), "--cluster", "local:2")
    assert (first.code, first.out) == (second.code, second.out) == (1, "")
    assert first.err == second.err
    results = json.loads(on_cluster.read_text(encoding="utf-8"))["results"]
    assert results == json.loads(plain.read_text(encoding="utf-8"))["results"]
    assert len(results) == len(clean_results)


def test_a_worker_killed_mid_run_loses_no_claim_and_changes_nothing(
    local_cluster: DaskWorkers, clean_results: tuple[ClaimResult, ...]
) -> None:
    pids: dict[str, int] = local_cluster.client.run(os.getpid)
    killed: list[tuple[str, int]] = []
    lock = threading.Lock()
    count = [0]

    def checked(done: int, total: int, claim_id: str) -> None:
        with lock:
            count[0] += 1
            if count[0] != 10:
                return
        # The worker with the most claims still to check goes, mid-task.
        processing = local_cluster.client.processing()
        victim = max(pids, key=lambda address: len(processing.get(address, ())))
        killed.append((victim, len(processing.get(victim, ()))))
        os.kill(pids[victim], signal.SIGKILL)

    results = essay_results(local_cluster, checked)
    assert len(killed) == 1
    assert killed[0][1] > 0  # it had claims in hand, which others checked again
    assert [r.claim.id for r in results] == [r.claim.id for r in clean_results]
    assert results == clean_results


def test_check_on_a_local_cluster_gives_the_same_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    snapshot = str(CLAIMS.with_name("essay_claims.snapshot.json"))
    args = ["check", "Strobe Talbot guided the Russia policy of the Clinton administration."]
    args += ["--page", "Strobe Talbott", "--offline", "--snapshot", snapshot, "--no-cache"]
    args += ["--format", "json"]
    sent: list[str] = []

    class Recording(DaskWorkers):
        def submit(self, owner: int, claim: Claim, *rest: Any) -> Any:
            sent.append(claim.id)
            return super().submit(owner, claim, *rest)

    monkeypatch.setattr(cluster, "DaskWorkers", Recording)
    plain = invoke(capsys, *args)
    assert sent == []
    on_cluster = invoke(capsys, *args, "--cluster", "local:2")
    assert sent == ["claim"]  # checked on the cluster, not here
    assert (on_cluster.code, on_cluster.err) == (plain.code, plain.err)
    assert plain.code == 1
    reports = [json.loads(result.out) for result in (plain, on_cluster)]
    for report in reports:
        del report["generated_at"]
    assert reports[1] == reports[0]
    [result] = reports[0]["results"]
    assert (result["id"], result["verdict"]) == ("claim", "contradicted")


@pytest.fixture
def refused_address() -> Iterator[str]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"tcp://127.0.0.1:{sock.getsockname()[1]}"


# `run` with the essay's claims, `check` with one claim: the same wiring.
COMMANDS = {
    "run": ["run", str(CLAIMS)],
    "check": [
        "check",
        "The Warsaw Pact was dissolved in July 1991.",
        "--page",
        "Warsaw Pact",
        "--snapshot",
        str(CLAIMS.with_name("essay_claims.snapshot.json")),
    ],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_scheduler_that_cannot_be_reached_is_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refused_address: str,
    command: str,
) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 0.5)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    result = invoke(
        capsys, *COMMANDS[command], "--offline", "--no-cache", "--cluster", refused_address
    )
    assert result == Result(
        3,
        "",
        f"factcheck: error: cannot reach the Dask scheduler at {refused_address}: "
        f"Timed out trying to connect to {refused_address} after 0.5 s\n",
    )


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("address", ["local:0", "local:two"])
def test_a_local_cluster_without_a_count_is_refused(
    capsys: pytest.CaptureFixture[str], address: str, command: str
) -> None:
    result = invoke(capsys, *COMMANDS[command], "--offline", "--no-cache", "--cluster", address)
    assert result == Result(
        2, "", f"factcheck: error: --cluster {address}: say how many workers, e.g. local:2\n"
    )


def test_a_scheduler_without_workers_is_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import distributed

    monkeypatch.setattr(cluster, "WORKER_TIMEOUT", 0.5)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    empty = distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None)
    try:
        address = empty.scheduler_address
        result = invoke(capsys, "run", str(CLAIMS), "--offline", "--no-cache", "--cluster", address)
    finally:
        empty.close()
    assert result.code == 3
    assert result.out == ""
    assert result.err.startswith(
        f"factcheck: error: no worker joined the Dask scheduler at {address} within 0.5 s ("
    )
    assert result.err.count("\n") == 1


def _workers(pid: int) -> list[int]:
    """The worker processes of a local Dask cluster started by process `pid`."""
    found = []
    for child in children(pid):
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(child)
        except OSError:
            continue  # gone meanwhile
    return found


def _many_claims(tmp_path: Path, copies: int) -> Path:
    """The essay's claims `copies` times over (ids made unique): a run long enough that a
    Ctrl-C lands while it checks, on a fast machine too (the essay alone takes ~4 s)."""
    head, sep, body = CLAIMS.read_text(encoding="utf-8").partition("[[claim]]")
    blocks = [
        re.sub(r'^id = "([^"]+)"', rf'id = "\1-{n}"', sep + body, flags=re.MULTILINE)
        for n in range(copies)
    ]
    path = tmp_path / "many.toml"
    path.write_text(head + "\n".join(blocks), encoding="utf-8")
    return path


# 0: pressed while the cluster is still starting (its workers run, the scheduler waits for
# them), when it was once dropped; 2.5: while claims are out, when it once landed in the
# scheduler's garbage-collection hook and was swallowed, or distributed's close replaced it.
@pytest.mark.parametrize("pause", [0.0, 2.5])
def test_ctrl_c_during_a_cluster_run_is_one_line_and_exit_130(tmp_path: Path, pause: float) -> None:
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    snapshot = CLAIMS.with_name(CLAIMS.stem + ".snapshot.json")
    claims = _many_claims(tmp_path, 30)
    command = [sys.executable, "-m", "factcheck", "run", str(claims), "--offline", "--no-cache"]
    command += ["--snapshot", str(snapshot)]
    child = subprocess.Popen(
        [*command, "--cluster", "local:2", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches
    )
    deadline = time.monotonic() + 60
    while len(_workers(child.pid)) < 2:
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(pause)
    os.killpg(child.pid, signal.SIGINT)
    out, err = child.communicate(timeout=120)
    # No worker prints a traceback: they ignore Ctrl-C, this process alone answers it.
    assert (child.returncode, out, err) == (130, "", "factcheck: interrupted; no report written\n")
