"""A whole run: claims in, pages fetched once, one verdict per claim, a Report out."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import multiprocessing
import signal
import sys
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing import resource_tracker
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING, Protocol

from factcheck import wordnet
from factcheck.errors import CacheError, SourceError
from factcheck.models import (
    Claim,
    ClaimResult,
    ClaimsFile,
    Label,
    LookupStatus,
    PageLookup,
    ProgressCallback,
    Report,
    SourceInfo,
    Verdict,
    VerdictChange,
    utc_now,
)
from factcheck.source import PageSource, arrivals
from factcheck.threads import as_done
from factcheck.verdicts import VerdictStore, verdict_key
from factcheck.version import __version__

if TYPE_CHECKING:
    from factcheck.engine import Engine
    from factcheck.page_facts import FactStore

# Articles a search may contribute to a claim that names none.
SEARCH_LIMIT = 3
# Searches made at once for the claims that name no article (the etiquette's limit).
SEARCHES_IN_FLIGHT = 3

Warn = Callable[[str], None]


def search_queries(text: str) -> list[str]:
    """Queries for a claim without pages: its names first, then its content words.

    The claim's own dates and numbers are left out: a search must find the article about
    the event whatever year the claim gives it.
    """
    # Imported here: a run whose claims all name their pages never needs the grammar.
    from factcheck.names import extract_names
    from factcheck.textnorm import STOPWORDS, tokens
    from factcheck.values import extract_values

    spans = [v.span for v in extract_values(text)]

    def outside(start: int) -> bool:
        return not any(s <= start < e for s, e in spans)

    names = [n.text for n in extract_names(text) if outside(n.start)]
    words = [
        t.text
        for t in tokens(text)
        if outside(t.start) and t.norm not in STOPWORDS and not t.norm.isdigit() and len(t.norm) > 2
    ]
    queries = []
    if names:
        queries.append(" ".join(dict.fromkeys(names)))
    if words:
        queries.append(" ".join(dict.fromkeys(words)))
    return [q for i, q in enumerate(queries) if q and q not in queries[:i]]


def find_pages(claim: Claim, source: PageSource, limit: int | None = None) -> list[str]:
    """Titles for a claim that lists none (at most `limit`, by default SEARCH_LIMIT, read
    at call time). Raises SourceError when search fails."""
    limit = SEARCH_LIMIT if limit is None else limit
    titles: list[str] = []
    for query in search_queries(claim.text):
        for title in source.search(query, limit):
            if title not in titles:
                titles.append(title)
        if len(titles) >= limit:
            break
    return titles[:limit]


def _search_all(claims: Sequence[Claim], source: PageSource) -> list[list[str] | SourceError]:
    """find_pages for each claim, up to SEARCHES_IN_FLIGHT at a time (the API answers one
    query per request, so they cannot be batched), in the claims' order."""

    def search(claim: Claim, _cancel: threading.Event) -> tuple[list[str], SourceError | None]:
        # The error travels as a value: an exception would be taken for a bug (as_done).
        try:
            return find_pages(claim, source), None
        except SourceError as exc:
            return [], exc

    done = dict(as_done(search, claims, SEARCHES_IN_FLIGHT, "search"))
    return [error or titles for titles, error in (done[n] for n in range(len(claims)))]


def verdict_changes(then: Report, now: Report) -> tuple[VerdictChange, ...]:
    """The claims of `then` (a run as of a day) whose verdict differs in `now` (today's)."""
    today = {r.claim.id: r.verdict for r in now.results}
    return tuple(
        VerdictChange(r.claim.id, r.verdict, today[r.claim.id])
        for r in then.results
        if r.claim.id in today and today[r.claim.id].label is not r.verdict.label
    )


def with_structure(
    lookup: PageLookup, notes: list[str], store: FactStore | None = None, warn: Warn | None = None
) -> PageLookup:
    """The lookup with its page's infobox and table facts appended to its text (see
    structured.py), when the source gave the page's wikitext; what could not be read is
    added to `notes`. The wikitext itself is dropped: the facts say what it had to say.

    Facts read once are kept in `store`: parsing costs more than a warm run may spend."""
    page = lookup.page
    if lookup.status is not LookupStatus.FOUND or page is None or not page.wikitext:
        return lookup
    from factcheck.page_facts import facts_key, with_facts

    say = warn or (lambda _message: None)
    key = facts_key(page.title, page.wikitext) if store is not None else ""
    found = None
    if store is not None:
        try:
            found = store.get_facts(key)
        except CacheError as exc:
            say(str(exc))
    if found is None:
        # Imported here: mwparserfromhell (80 ms to import) only when something is parsed.
        from factcheck.structured import read_facts

        found = read_facts(page.title, page.wikitext)
        if store is not None:
            try:
                store.put_facts(key, found)
            except CacheError as exc:
                say(str(exc))
    notes.extend(n for n in found.notes if n not in notes)
    page = with_facts(dataclasses.replace(page, wikitext=None), found.facts)
    return dataclasses.replace(lookup, page=page)


def _fetch_failure(lookups: Sequence[PageLookup]) -> Verdict:
    reasons = "; ".join(f"{lk.requested}: {lk.reason}" for lk in lookups)
    return Verdict(Label.ERROR, 1.0, f"evidence could not be fetched ({reasons})")


def _no_article(lookups: Sequence[PageLookup], searched: bool) -> Verdict:
    if not lookups:
        why = "the claim names no article and a search found none" if searched else "no article"
        return Verdict(Label.NOT_ENOUGH_EVIDENCE, 1.0, why)
    reasons = "; ".join(f"{lk.requested}: {lk.reason or lk.status.value}" for lk in lookups)
    return Verdict(Label.NOT_ENOUGH_EVIDENCE, 1.0, f"no article to check against ({reasons})")


def verdict_for(
    claim: Claim, lookups: Sequence[PageLookup], engine: Engine, searched: bool
) -> Verdict:
    pages = [lk.page for lk in lookups if lk.status is LookupStatus.FOUND and lk.page]
    failed = [lk for lk in lookups if lk.status is LookupStatus.ERROR]
    if not pages:
        return _fetch_failure(failed) if failed else _no_article(lookups, searched)
    verdict = engine.check(claim, pages)
    if any(page.facts for page in pages):
        from factcheck.page_facts import mark_origins

        verdict = mark_origins(verdict, pages)
    if failed and verdict.label is not Label.CONTRADICTED:
        # What was fetched did not settle it against the claim, and part of the evidence is
        # missing: the honest answer is that the check could not be completed.
        missing = "; ".join(f"{lk.requested}: {lk.reason}" for lk in failed)
        return Verdict(
            Label.ERROR,
            1.0,
            f"evidence could not be fetched ({missing})",
            verdict.evidence,
            verdict.values,
        )
    return verdict


# Python's thread switch interval while pages are being fetched (its default is 5 ms).
FETCH_SWITCH_INTERVAL = 0.0005
# Below this many claims, checking in this process beats starting others.
PARALLEL_MIN_CLAIMS = 200

_worker_engine: Engine | None = None


def _worker_start() -> None:
    # Ctrl-C reaches the whole process group: the parent alone answers it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def children_ignore_ctrl_c() -> Iterator[None]:
    """Start worker processes that ignore Ctrl-C from their first instruction: one
    interrupted while still importing would print a traceback (their initializer comes
    too late for that)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    # multiprocessing starts its resource tracker with the first queue or lock, and unblocks
    # Ctrl-C once it has: inside the window below, a Ctrl-C pressed after that was dropped
    # (ignored and not blocked). Started first, the tracker leaves the mask alone.
    resource_tracker.ensure_running()
    # Ignored, so that the processes started meanwhile inherit that; and blocked here, so
    # that a Ctrl-C pressed in this window is kept pending rather than dropped (Linux never
    # discards a blocked signal) and answered once the handler is back. That holds while no
    # other thread takes it: see ctrl_c_blocked.
    with ctrl_c_blocked():
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def ctrl_c_blocked() -> Iterator[None]:
    """Ctrl-C held back in this thread, and blocked for good in every thread started
    meanwhile (they inherit the mask), including a library's native ones, such as the
    BLAS threads numpy starts on import. Python answers Ctrl-C in the main thread alone;
    another thread that took it while children_ignore_ctrl_c ignores it would drop it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _worker_verdict(claim: Claim, lookups: tuple[PageLookup, ...], searched: bool) -> Verdict:
    global _worker_engine
    if _worker_engine is None:
        from factcheck.engine import Engine

        _worker_engine = Engine()
    return verdict_for(claim, lookups, _worker_engine, searched)


class _Handle(Protocol):
    def get(self) -> Verdict: ...


class RemoteWorkers(Protocol):
    """Worker processes elsewhere (a Dask cluster, factcheck.cluster.DaskWorkers): each
    claim is sent to the worker `owner` picks, as with the local pools."""

    def submit(
        self,
        owner: int,
        claim: Claim,
        lookups: tuple[PageLookup, ...],
        searched: bool,
        done: Callable[[], None] | None,
    ) -> _Handle: ...


def claim_owner(found: Sequence[PageLookup]) -> int:
    """Which worker checks a claim (modulo their number): the one owning its first
    article, so that each article is split and indexed by one worker only."""
    return zlib.crc32(found[0].requested.encode("utf-8", "surrogatepass"))


@dataclass(frozen=True)
class _Pending:
    """A verdict a worker is computing, and the key to store it under ("" for none)."""

    result: AsyncResult[Verdict] | _Handle
    key: str


@dataclass(frozen=True)
class _Deferred:
    """A claim checked in this process once the lexicon has loaded (see _Checker)."""

    claim: Claim
    lookups: tuple[PageLookup, ...]
    searched: bool
    key: str


class _Tally:
    """Counts verdicts as they become known, for a progress display."""

    def __init__(self, total: int, report: ProgressCallback) -> None:
        self.total = total
        self.report = report
        self.done = 0
        self.lock = threading.Lock()

    def __call__(self, claim_id: str) -> None:
        with self.lock:  # results of worker processes arrive on a pool's thread
            self.done += 1
            done = self.done
        self.report(done, self.total, claim_id)


class _Checker:
    """Verdicts for one run: from the store when the same claim met the same pages under
    the same engine before, from the engine otherwise (imported only then).

    With `jobs` > 1 the engine runs in that many worker processes, each claim sent to the
    worker that owns its first page, so that an article is split and indexed once.
    """

    def __init__(
        self,
        engine: Engine | None,
        store: VerdictStore | None,
        warn: Warn,
        jobs: int = 1,
        tally: _Tally | None = None,
        remote: RemoteWorkers | None = None,
    ) -> None:
        self._engine = engine
        self._remote = remote
        self._tally = tally
        self._store = store
        self._warn = warn
        # One single-process pool per worker, so that a claim goes to the one owning its
        # article. multiprocessing's Pool rather than concurrent.futures: it can terminate
        # its workers, which an interrupted run must do (they ignore Ctrl-C, see above).
        self._pools: list[Pool] = []
        if jobs > 1:
            context = multiprocessing.get_context("spawn")  # no fork under fetch threads
            with children_ignore_ctrl_c():
                self._pools = [context.Pool(1, initializer=_worker_start) for _ in range(jobs)]
        self._outstanding = 0  # submitted to a worker, not yet collected
        self._to_store: list[tuple[str, Verdict]] = []
        # Claims waiting for WordNet, which loads in the background while pages are still
        # being fetched (about a second), in arrival order; and their verdicts once known.
        self._deferred: list[_Deferred] = []
        self._decided: dict[int, Verdict] = {}

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from factcheck.engine import Engine

            self._engine = Engine()
        return self._engine

    def submit(
        self, claim: Claim, lookups: tuple[PageLookup, ...], searched: bool
    ) -> Verdict | _Pending | _Deferred:
        """The verdict, or the promise of it when a worker computes it or the lexicon is
        still loading."""
        outcome = self._submit(claim, lookups, searched)
        if self._tally is not None and isinstance(outcome, Verdict):
            self._tally(claim.id)
        return outcome

    def _lexicon_ready(self) -> bool:
        # Only the engine this checker makes itself reads WordNet; one handed in (tests,
        # callers with their own engine) is used as it is.
        if self._engine is not None:
            return True
        return wordnet.ready()

    def _catch_up(self, wait: bool = False) -> None:
        """Check the claims that waited for the lexicon, once it is there."""
        if not self._deferred or not (wait or self._lexicon_ready()):
            return
        if wait:
            wordnet.load()
        for deferred in self._deferred:
            verdict = verdict_for(deferred.claim, deferred.lookups, self.engine, deferred.searched)
            self._store_verdict(deferred.key, verdict)
            self._decided[id(deferred)] = verdict
            if self._tally is not None:
                self._tally(deferred.claim.id)
        self._deferred = []

    def known(self, claim: Claim, verdict: Verdict) -> Verdict:
        """A verdict found without the checker (a failed search), counted all the same."""
        if self._tally is not None:
            self._tally(claim.id)
        return verdict

    def _submit(
        self, claim: Claim, lookups: tuple[PageLookup, ...], searched: bool
    ) -> Verdict | _Pending | _Deferred:
        found = [lk for lk in lookups if lk.status is LookupStatus.FOUND and lk.page]
        if not found:
            # Nothing to check against: no engine needed (nor imported).
            failed = [lk for lk in lookups if lk.status is LookupStatus.ERROR]
            return _fetch_failure(failed) if failed else _no_article(lookups, searched)
        key = ""
        if self._store is not None:
            key = verdict_key(claim.text, lookups, searched)
            try:
                stored = self._store.get_verdict(key)
            except CacheError as exc:
                self._drop_store(exc)
                stored = None
            if stored is not None:
                return stored
        if self._remote is not None:
            done = functools.partial(self._tally, claim.id) if self._tally else None
            handle = self._remote.submit(claim_owner(found), claim, lookups, searched, done)
            self._outstanding += 1
            return _Pending(handle, key)
        if self._pools:
            owner = claim_owner(found)
            tally = self._tally
            result = self._pools[owner % len(self._pools)].apply_async(
                _worker_verdict,
                (claim, lookups, searched),
                callback=(lambda _verdict: tally(claim.id)) if tally else None,
            )
            self._outstanding += 1
            return _Pending(result, key)
        if not self._lexicon_ready():
            deferred = _Deferred(claim, lookups, searched, key)
            self._deferred.append(deferred)
            return deferred
        self._catch_up()
        verdict = verdict_for(claim, lookups, self.engine, searched)
        self._store_verdict(key, verdict)
        return verdict

    def result(self, outcome: Verdict | _Pending | _Deferred) -> Verdict:
        if isinstance(outcome, Verdict):
            return outcome
        if isinstance(outcome, _Deferred):
            self._catch_up(wait=True)
            return self._decided.pop(id(outcome))
        verdict = outcome.result.get()
        self._outstanding -= 1
        self._store_verdict(outcome.key, verdict)
        return verdict

    def _store_verdict(self, key: str, verdict: Verdict) -> None:
        if key and verdict.label is not Label.ERROR:
            self._to_store.append((key, verdict))

    def flush(self) -> None:
        """Store the new verdicts, in one transaction: quick, and the cache is never held
        locked while claims are being checked."""
        if self._store is None or not self._to_store:
            return
        try:
            with self._store.batch():
                for key, verdict in self._to_store:
                    self._store.put_verdict(key, verdict)
        except CacheError as exc:
            self._drop_store(exc)
        self._to_store = []

    def _drop_store(self, exc: CacheError) -> None:
        self._warn(f"{exc}; verdicts are computed without the cache")
        self._store = None

    def close(self) -> None:
        """Let the workers go: at once, however busy, unless every result was collected."""
        if not self._pools:
            return
        for pool in self._pools:
            if not self._outstanding:
                pool.close()
            else:
                pool.terminate()
        for pool in self._pools:
            pool.join()
        # Dropping the pools now frees their queues' semaphores, which multiprocessing's
        # resource tracker would otherwise report as leaked when the command exits at once.
        self._pools.clear()
        gc.collect()


def run_claims(
    claims_file: ClaimsFile,
    source: PageSource,
    source_info: SourceInfo,
    *,
    engine: Engine | None = None,
    progress: ProgressCallback | None = None,
    warn: Warn | None = None,
    verdicts: VerdictStore | None = None,
    jobs: int = 1,
    checked: ProgressCallback | None = None,
    remote: RemoteWorkers | None = None,
) -> Report:
    """Check every claim. `verdicts`, when given, remembers verdicts between runs (and, when
    it can, the facts read from pages' wikitext); `jobs` processes share the engine's work
    when there are PARALLEL_MIN_CLAIMS claims or more; `remote` workers (a cluster) check
    every claim when given, whatever their number; `checked` hears of each claim whose
    verdict is known (from any thread)."""
    from factcheck.page_facts import FactStore

    facts = verdicts if isinstance(verdicts, FactStore) else None
    many = len(claims_file.claims) >= PARALLEL_MIN_CLAIMS
    checker = _Checker(
        engine,
        verdicts,
        warn or (lambda _message: None),
        jobs if many and remote is None else 1,
        _Tally(len(claims_file.claims), checked) if checked else None,
        remote,
    )
    try:
        return _run(claims_file, source, source_info, checker, progress, facts, warn)
    finally:
        checker.close()


def _run(
    claims_file: ClaimsFile,
    source: PageSource,
    source_info: SourceInfo,
    checker: _Checker,
    progress: ProgressCallback | None,
    facts: FactStore | None = None,
    warn: Warn | None = None,
) -> Report:
    wanted: dict[str, list[str]] = {c.id: list(c.pages) for c in claims_file.claims if c.pages}
    search_errors: dict[str, str] = {}
    unnamed = [c for c in claims_file.claims if not c.pages]
    for claim, found in zip(unnamed, _search_all(unnamed, source), strict=True):
        if isinstance(found, SourceError):
            wanted[claim.id] = []
            search_errors[claim.id] = str(found)
        else:
            wanted[claim.id] = found
    titles = list(dict.fromkeys(t for ts in wanted.values() for t in ts))
    verdicts_by_id: dict[str, Verdict | _Pending | _Deferred] = {}
    lookups: dict[str, PageLookup] = {}
    notes: list[str] = []

    def mine(claim: Claim) -> tuple[PageLookup, ...]:
        return tuple(
            PageLookup(lk.requested, lk.status, lk.page, lk.reason, via_search=not claim.pages)
            for lk in (lookups[t] for t in wanted[claim.id])
        )

    def check(claim: Claim) -> None:
        if claim.id in search_errors:
            reason = f"evidence could not be fetched ({search_errors[claim.id]})"
            verdicts_by_id[claim.id] = checker.known(claim, Verdict(Label.ERROR, 1.0, reason))
        else:
            verdicts_by_id[claim.id] = checker.submit(claim, mine(claim), not claim.pages)

    # Claims wait for their last page; each is checked as soon as it arrives, while the
    # fetch goes on in other threads (the network, not the engine, sets the pace).
    waiting: dict[str, list[Claim]] = {}
    left: dict[str, int] = {}
    for claim in claims_file.claims:
        needed = set(wanted[claim.id])
        left[claim.id] = len(needed)
        for title in needed:
            waiting.setdefault(title, []).append(claim)
        if not needed:
            check(claim)
    if titles:
        # Claims are checked in this thread while others fetch: switching threads more
        # often than Python's 5 ms lets an answer that has arrived be read at once instead
        # of waiting for a check to yield (measured: benchmarks/cold_run.py).
        interval = sys.getswitchinterval()
        sys.setswitchinterval(FETCH_SWITCH_INTERVAL)
        try:
            for lookup in arrivals(source, titles, progress):
                lookups[lookup.requested] = with_structure(lookup, notes, facts, warn)
                for claim in waiting.get(lookup.requested, []):
                    left[claim.id] -= 1
                    if left[claim.id] == 0:
                        check(claim)
        finally:
            sys.setswitchinterval(interval)
    results = [
        ClaimResult(claim, checker.result(verdicts_by_id[claim.id]), mine(claim))
        for claim in claims_file.claims
    ]
    checker.flush()
    return Report(
        claims_file=claims_file.path,
        source=source_info,
        results=tuple(results),
        generated_at=utc_now(),
        tool_version=__version__,
        essay_title=claims_file.title,
        essay_published=claims_file.published,
        lexicon=wordnet.lexicon_name(),
        notes=tuple(notes),
    )
