"""Claim checks on a Dask distributed cluster (`factcheck run --cluster ADDRESS`), for runs
one machine cannot finish in time. Needs the optional extra: factcheck-wiki[cluster].

Each claim goes to the worker that owns its first article (`runner.claim_owner`, the same
grouping as the local worker pools), so a worker splits and indexes an article once; the
task may run on another worker when that one is gone, so a worker that dies mid-run costs
time, not claims: the scheduler runs its tasks again elsewhere, and each claim's verdict
comes from exactly one finished task.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from factcheck.errors import ClusterError, UsageError
from factcheck.models import Claim, PageLookup, Verdict
from factcheck.runner import children_ignore_ctrl_c, ctrl_c_blocked

if TYPE_CHECKING:
    from factcheck.engine import Engine

# How long to wait for a scheduler to answer, and for a first worker to join it.
CONNECT_TIMEOUT = 10.0
WORKER_TIMEOUT = 60.0
# How long one wait for a verdict lasts before the next (see Pending.get).
WAIT_STEP = 0.2
LOCAL_PREFIX = "local:"

_engines = threading.local()


def cluster_verdict(claim: Claim, lookups: tuple[PageLookup, ...], searched: bool) -> Verdict:
    """runner.verdict_for in a worker: one engine per worker thread (a Dask worker may run
    several tasks at once, and an engine keeps per-article state)."""
    from factcheck.runner import verdict_for

    engine: Engine | None = getattr(_engines, "engine", None)
    if engine is None:
        from factcheck.engine import Engine

        engine = Engine()
        _engines.engine = engine
    return verdict_for(claim, lookups, engine, searched)


class Pending:
    """A verdict a cluster worker is computing."""

    def __init__(self, future: Any) -> None:
        self._future = future

    def get(self) -> Verdict:
        # Waited for in short steps: Ctrl-C is answered between two (a single long wait in
        # the client's event loop thread would hold it back).
        while True:
            try:
                verdict: Verdict = self._future.result(timeout=WAIT_STEP)
            except TimeoutError:
                continue
            return verdict


def local_workers(address: str) -> int | None:
    """N for "local:N", None for a scheduler's address. Raises UsageError for "local:x"."""
    if not address.startswith(LOCAL_PREFIX):
        return None
    count = address[len(LOCAL_PREFIX) :]
    if not count.isdigit() or int(count) < 1:
        raise UsageError(f"--cluster {address}: say how many workers, e.g. local:2")
    return int(count)


class DaskWorkers:
    """A Dask client, connected to the scheduler at `address` or to a LocalCluster of N
    worker processes started here for "local:N". Raises ClusterError when Dask is not
    installed or the scheduler cannot be reached."""

    def __init__(self, address: str) -> None:
        count = local_workers(address)
        try:
            with ctrl_c_blocked():  # distributed imports numpy, which starts threads
                import distributed
        except ImportError:
            raise ClusterError(
                "--cluster needs Dask: pip install 'factcheck-wiki[cluster]'"
            ) from None
        self.address = address
        self._cluster: Any = None
        self.client: Any = None
        try:
            self._start(distributed, count)
        except BaseException:
            # A Ctrl-C or an error half-way: what was started goes, and the reason stays.
            self.close(quiet=True)
            raise

    def _start(self, dask: Any, count: int | None) -> None:
        # dask: the distributed module, Any as its constructors carry no type annotations.
        address = self.address
        try:
            if count is not None:
                # Its worker processes ignore Ctrl-C, as the local pools' do: this process
                # alone answers it (else each worker prints a traceback).
                with children_ignore_ctrl_c():
                    self._cluster = dask.LocalCluster(
                        n_workers=count,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=":0",  # any free port: no clash, no warning
                        silence_logs=logging.CRITICAL,
                    )
                _no_gc_timing()
                self.client = dask.Client(self._cluster)
            else:
                self.client = dask.Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(
                f"cannot reach the Dask scheduler at {address}: {_cause(exc)}"
            ) from None
        try:
            self.client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(
                f"no worker joined the Dask scheduler at {address} within "
                f"{WORKER_TIMEOUT:g} s ({_cause(exc)})"
            ) from None
        # The workers present at the start own the articles; one that leaves hands its
        # claims to the others (allow_other_workers).
        self._workers = sorted(self.client.scheduler_info()["workers"])

    def submit(
        self,
        owner: int,
        claim: Claim,
        lookups: tuple[PageLookup, ...],
        searched: bool,
        done: Callable[[], None] | None,
    ) -> Pending:
        target = self._workers[owner % len(self._workers)]
        future: Any = self.client.submit(
            cluster_verdict,
            claim,
            lookups,
            searched,
            workers=[target],
            allow_other_workers=True,
            pure=False,
        )
        if done is not None:
            future.add_done_callback(lambda _future: done())
        return Pending(future)

    def close(self, quiet: bool = False) -> None:
        """Disconnect, and stop a local cluster. `quiet`: while another exception (a Ctrl-C)
        is on its way out, which a failure here must not replace; distributed's close can
        fail then (its cancelled wait raised UnboundLocalError)."""
        # Closing drops the scheduler's links to its workers, which it reports at CRITICAL
        # with a traceback when work was still in flight (a Ctrl-C): nothing a user of a
        # cluster that is going away needs to read.
        logging.getLogger("distributed").setLevel(logging.CRITICAL + 1)
        client, self.client = self.client, None
        cluster, self._cluster = self._cluster, None
        for part in (client, cluster):
            if part is None:
                continue
            if not quiet:
                part.close()
                continue
            with contextlib.suppress(Exception):
                part.close()


def _no_gc_timing() -> None:
    """Unhook the timer a local cluster's scheduler, which runs in this process, sets on
    every garbage collection: a Ctrl-C that lands inside that hook is swallowed ("Exception
    ignored in ... _gc_callback") and the run went on. The timer only feeds its logs."""
    try:
        from distributed import gc
    except ImportError:
        return
    unhook: Any = getattr(gc, "disable_gc_diagnosis", None)  # untyped; a later one may lack it
    if unhook is not None:
        unhook(force=True)


def _cause(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
