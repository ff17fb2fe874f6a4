"""The command line: parse options, wire the parts, render, and turn errors into exit codes.

Exit codes (the contract CI users rely on):
  0  no claim contradicted
  1  one or more claims contradicted (or, with --strict, not verified)
  2  bad usage or bad input file
  3  evidence could not be fetched for some claims
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

import click

from factcheck import gazetteer
from factcheck import wordnet as lexicon
from factcheck.cache import DEFAULT_TTL, CachedSource, PageCache, default_cache_dir
from factcheck.claims import load_claims
from factcheck.composite import CacheOnlySource, ChainSource, FallbackSource, RecordingSource
from factcheck.errors import (
    CacheError,
    ClaimsFileError,
    ClusterError,
    DumpError,
    ExtractError,
    FactcheckError,
    OutputError,
    SnapshotError,
    SourceError,
    UsageError,
)
from factcheck.fileio import atomic_write_text
from factcheck.formats import OutputFormat, RenderOptions, render
from factcheck.mediawiki import (
    DEFAULT_API,
    ClientSettings,
    MediaWikiSource,
    endpoint_problem,
    source_name,
)
from factcheck.models import (
    Claim,
    ClaimKind,
    ClaimsFile,
    Label,
    LookupStatus,
    ProgressCallback,
    Report,
    SourceInfo,
)
from factcheck.runner import run_claims, verdict_changes
from factcheck.snapshot import SnapshotSource, default_snapshot_path, write_snapshot
from factcheck.source import PageSource
from factcheck.titles import title_problem

if TYPE_CHECKING:
    from factcheck.dump.records import IndexProgress
from factcheck.version import __version__

DEFAULT_CLAIMS = "claims/essay_claims.toml"

EXIT_OK = 0
EXIT_CONTRADICTED = 1
EXIT_USAGE = 2
EXIT_FETCH = 3
EXIT_INTERRUPTED = 130
EXIT_INTERNAL = 70

_ERROR_CODES: dict[type[FactcheckError], int] = {
    ClaimsFileError: EXIT_USAGE,
    ExtractError: EXIT_USAGE,
    UsageError: EXIT_USAGE,
    OutputError: EXIT_USAGE,
    SnapshotError: EXIT_USAGE,
    CacheError: EXIT_USAGE,
    DumpError: EXIT_USAGE,
    SourceError: EXIT_FETCH,
    ClusterError: EXIT_FETCH,
}


def _err(message: str) -> None:
    click.echo(f"factcheck: {message}", err=True)


def _fail(exc: FactcheckError) -> NoReturn:
    code = next((c for t, c in _ERROR_CODES.items() if isinstance(exc, t)), EXIT_USAGE)
    _err(f"error: {exc}")
    raise SystemExit(code)


# -- durations --------------------------------------------------------------------------


def parse_duration(text: str) -> float:
    """'7d', '12h', '30m', '45s', '0' (seconds if no unit) -> seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
    value = text.strip().lower()
    factor = 1
    if value and value[-1] in units:
        factor = units[value[-1]]
        value = value[:-1]
    try:
        number = float(value)
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a duration such as 7d, 12h, 30m or 0") from None
    if number < 0:
        raise click.BadParameter("a duration cannot be negative")
    return number * factor


class _Duration(click.ParamType):  # type: ignore[type-arg]
    name = "DURATION"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        if isinstance(value, (int, float)):
            return float(value)
        try:
            return parse_duration(str(value))
        except click.BadParameter as exc:
            self.fail(str(exc.message), param, ctx)


# -- shared options -----------------------------------------------------------------------


@dataclass(frozen=True)
class SourceOptions:
    api: str
    cache_dir: Path
    cache_ttl: float
    refresh: bool
    no_cache: bool
    offline: bool
    snapshot: Path | None
    timeout: float
    as_of: str = ""  # "2022-01-21": pages as they stood then (--as-of)
    index: Path | None = None  # --source: an index built by `factcheck index`


def source_options(
    *, offline: bool = True, snapshot_help: str | None = None
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options that say where pages come from. `snapshot` records from the API, so it
    offers neither --offline nor --snapshot (offline=False)."""
    options = [
        click.option(
            "--api",
            envvar="FACTCHECK_API",
            default=DEFAULT_API,
            show_default=True,
            metavar="URL",
            help="MediaWiki Action API endpoint (env FACTCHECK_API), e.g. a test wiki's "
            "http://127.0.0.1:PORT/api.php.",
        ),
        click.option(
            "--cache-dir",
            envvar="FACTCHECK_CACHE_DIR",
            type=click.Path(path_type=Path),
            default=None,
            metavar="DIR",
            help="Where fetched pages are cached (env FACTCHECK_CACHE_DIR) [default: ./cache].",
        ),
        click.option(
            "--cache-ttl",
            type=_Duration(),
            default=DEFAULT_TTL,
            metavar="DURATION",
            help="How long a cached page is reused: 7d, 12h, 30m; 0 keeps it forever "
            "[default: 7d].",
        ),
        click.option(
            "--refresh",
            is_flag=True,
            help="Fetch every page again, ignoring cached copies (and update the cache).",
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
    ]
    if offline:
        options += [
            click.option(
                "--offline",
                is_flag=True,
                help="Make no request: use only the snapshot and the cache.",
            ),
            click.option(
                "--snapshot",
                type=click.Path(path_type=Path),
                default=None,
                metavar="PATH",
                help=snapshot_help,
            ),
            click.option(
                "--source",
                "index",
                type=click.Path(path_type=Path),
                default=None,
                metavar="INDEX",
                help="Read pages and searches from an index of a Wikipedia dump (built by "
                "`factcheck index`) instead of the API; the report names the dump and its date.",
            ),
        ]
    options += [
        click.option(
            "--timeout",
            type=click.FloatRange(min=0.5),
            default=30.0,
            show_default=True,
            metavar="SECONDS",
            help="Read timeout of one API request.",
        ),
    ]

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def _source_options(kwargs: dict[str, Any]) -> SourceOptions:
    return SourceOptions(
        api=kwargs.pop("api"),
        cache_dir=kwargs.pop("cache_dir") or default_cache_dir(),
        cache_ttl=kwargs.pop("cache_ttl"),
        refresh=kwargs.pop("refresh"),
        no_cache=kwargs.pop("no_cache"),
        offline=kwargs.pop("offline", False),
        snapshot=kwargs.pop("snapshot", None),
        timeout=kwargs.pop("timeout"),
        index=kwargs.pop("index", None),
    )


class LiveSource(PageSource, Protocol):
    """A source that talks to an endpoint and can tell when that endpoint is down."""

    @property
    def down_reason(self) -> str | None:
        """Why the endpoint is taken as unreachable, or None while it answers."""
        ...


def make_live_source(settings: ClientSettings) -> LiveSource:
    """The source `run`, `check` and `snapshot` read when not offline: the MediaWiki API.

    A module-level function so that tests can put a fake endpoint in its place.
    """
    return MediaWikiSource(settings)


@dataclass
class Wiring:
    source: PageSource
    info: Callable[[], SourceInfo]
    cache: PageCache | None
    client: LiveSource | None
    closing: Callable[[], None] | None = None  # what the source holds open (an index)

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()
        if self.closing is not None:
            self.closing()


def _open_cache(opts: SourceOptions) -> PageCache | None:
    if opts.no_cache:
        return None
    try:
        return PageCache(opts.cache_dir, ttl=opts.cache_ttl)
    except CacheError as exc:
        _err(f"warning: {exc}; continuing without a cache")
        return None


def _existing_store(opts: SourceOptions) -> PageCache | None:
    """The cache for an offline run, if its directory exists: it may hold pages, and it
    keeps the verdicts a later run can reuse. An offline run never creates it."""
    if opts.no_cache or not opts.cache_dir.is_dir():
        return None
    return _open_cache(opts)


def _has_pages(cache: PageCache) -> bool:
    # An empty cache cannot stand in for the API.
    try:
        return cache.has_pages()
    except CacheError as exc:
        _err(f"warning: {exc}; continuing without a cache")
        return False


def wire_source(opts: SourceOptions, snapshot_path: Path | None) -> Wiring:
    """Build the page source a command reads from, as the options ask."""
    if opts.offline and opts.refresh:
        raise UsageError("--offline and --refresh contradict each other: pick one")
    if opts.index is not None:
        return _wire_index(opts)
    snapshot = None
    if snapshot_path is not None and snapshot_path.exists():
        snapshot = SnapshotSource(snapshot_path)
        if snapshot.as_of != opts.as_of:
            # Pages of another day are no evidence for this run, not even as a fall-back.
            if opts.offline or opts.snapshot is not None:
                pinned = f"as of {snapshot.as_of}" if snapshot.as_of else "as they are today"
                wanted = f"as of {opts.as_of}" if opts.as_of else "today's pages"
                raise UsageError(
                    f"{snapshot.path} pins pages {pinned}; this run needs {wanted} "
                    f"(record them with factcheck snapshot"
                    f"{' --as-of ' + opts.as_of if opts.as_of else ''})"
                )
            snapshot = None
    elif opts.snapshot is not None:
        raise SnapshotError(f"{opts.snapshot}: no such snapshot file")
    if opts.offline:
        return _wire_offline(opts, snapshot, snapshot_path)
    # Checked here as well as in the client: tests put other clients in its place.
    problem = endpoint_problem(opts.api)
    if problem:
        raise UsageError(f"--api {opts.api}: {problem}")
    try:
        client = make_live_source(
            ClientSettings(api=opts.api, read_timeout=opts.timeout, as_of=opts.as_of)
        )
    except SourceError as exc:
        raise UsageError(str(exc)) from None

    def warn(message: str) -> None:
        _err(f"warning: {message}")

    cache = _open_cache(opts)
    # A day that has ended has a last revision for good: its pages never expire.
    past = bool(opts.as_of) and opts.as_of < dt.datetime.now(dt.UTC).date().isoformat()
    cached: PageSource = CachedSource(
        client, cache, refresh=opts.refresh, warn=warn, permanent=past
    )
    if snapshot is None:
        return Wiring(cached, lambda: SourceInfo(api=opts.api, as_of=opts.as_of), cache, client)
    fallback = FallbackSource(
        cached,
        snapshot,
        lambda: client.down_reason,
        f"the snapshot {snapshot.path} ({snapshot.label})",
    )

    def info() -> SourceInfo:
        used = bool(fallback.note)
        return SourceInfo(
            api=opts.api,
            offline=False,
            snapshot=str(snapshot.path) if used else None,
            note=fallback.note,
            as_of=opts.as_of,
        )

    return Wiring(fallback, info, cache, client)


def _wire_index(opts: SourceOptions) -> Wiring:
    """Pages and searches from a dump's index; the cache only keeps verdicts."""
    from factcheck.dump.index_source import IndexSource

    if opts.snapshot is not None:
        raise UsageError("--source and --snapshot are two sources of pages: pick one")
    if opts.refresh:
        raise UsageError("--refresh does not apply to --source: an index is read as it is")
    source = IndexSource(opts.index or Path())
    info = SourceInfo(
        api=source.name,
        offline=True,
        note=f"evidence from the {source.name}, indexed in {source.path}",
    )
    return Wiring(source, lambda: info, _open_cache(opts), None, source.close)


def _wire_offline(
    opts: SourceOptions, snapshot: SnapshotSource | None, snapshot_path: Path | None
) -> Wiring:
    cache = _existing_store(opts)
    parts: list[PageSource] = []
    if snapshot is not None:
        parts.append(snapshot)
    if cache is not None and _has_pages(cache):
        parts.append(CacheOnlySource(cache, source_name(opts.api, opts.as_of)))
    if not parts:
        if cache is not None:
            cache.close()
        snap = f"{snapshot_path} does not exist" if snapshot_path else "none given"
        cached = "--no-cache given" if opts.no_cache else f"none in {opts.cache_dir}"
        raise SourceError(
            f"--offline needs a snapshot ({snap}) or cached pages ({cached}); "
            "run `factcheck snapshot` while online, or drop --offline"
        )
    source: PageSource = ChainSource(parts)
    used = snapshot.path if snapshot is not None else None
    label = f"snapshot {used} ({snapshot.label})" if snapshot is not None else "cache"
    info = SourceInfo(
        api=opts.api,
        offline=True,
        snapshot=str(used) if used else None,
        note=f"offline: evidence from the {label}",
        as_of=opts.as_of,
    )
    return Wiring(source, lambda: info, cache, None)


# -- output -------------------------------------------------------------------------------


def _want_color(choice: str, stream: Any) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def _width() -> int:
    return max(40, min(160, shutil.get_terminal_size((100, 24)).columns))


@contextmanager
def progress_display(enabled: bool, *labels: str) -> Iterator[list[ProgressCallback | None]]:
    """Progress bars on stderr, one per label (pages fetched, claims checked), only on a
    terminal; one callback per bar (None each when there is no display)."""
    if not enabled or not sys.stderr.isatty():
        yield [None for _ in labels]
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[title]}", markup=False),
        console=console,
        transient=True,
    ) as bar:

        def updater(label: str) -> ProgressCallback:
            task = bar.add_task(label, total=None, title="")

            def update(done: int, total: int, title: str) -> None:
                bar.update(task, completed=done, total=total, title=title[:40])

            return update

        yield [updater(label) for label in labels]


@contextmanager
def index_progress(enabled: bool) -> Iterator[Callable[[IndexProgress], None] | None]:
    """A progress bar for `factcheck index` on stderr (on a terminal only): the share of
    the dump's file read, its speed, pages and pages per second, and the time left."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    import time

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    started = time.monotonic()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TextColumn("{task.fields[pages]}", markup=False),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("Reading", total=None, pages="")

        def update(done: IndexProgress) -> None:
            rate = done.pages / max(time.monotonic() - started, 1e-3)
            pages = f"{done.pages:,} pages, {rate:,.0f}/s"
            bar.update(
                task,
                description=done.phase,
                completed=done.bytes_read,
                total=done.bytes_total,
                pages=pages,
            )

        yield update


def emit(text: str, output: Path | None, color: bool = False) -> None:
    if output is None:
        # color= explicitly: click.echo would strip the escapes of --color always whenever
        # standard output is not a terminal (a pipe, a CI log).
        click.echo(text, nl=not text.endswith("\n"), color=color)
    else:
        atomic_write_text(output, text if text.endswith("\n") else text + "\n")


def exit_code(report: Report, strict: bool) -> int:
    summary = report.summary
    if summary[Label.CONTRADICTED]:
        return EXIT_CONTRADICTED
    if summary[Label.ERROR]:
        return EXIT_FETCH
    if strict and summary[Label.NOT_ENOUGH_EVIDENCE]:
        return EXIT_CONTRADICTED
    return EXIT_OK


FORMAT_CHOICES = [f.value for f in OutputFormat]


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMAT_CHOICES),
            default="terminal",
            show_default=True,
            help="Report format.",
        ),
        click.option(
            "-o",
            "--output",
            type=click.Path(path_type=Path, dir_okay=False),
            default=None,
            metavar="PATH",
            help="Write the report to PATH (atomically) instead of standard output.",
        ),
        click.option(
            "-v",
            "--verbose",
            is_flag=True,
            help="Show every candidate sentence and each value checked.",
        ),
        click.option(
            "-q", "--quiet", is_flag=True, help="Show only the summary and the contradicted claims."
        ),
        click.option(
            "--color",
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            show_default=True,
            help="Colour in the terminal report (auto: on a terminal unless NO_COLOR).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@dataclass(frozen=True)
class OutputChoice:
    """How and where a report is shown, as the output options ask."""

    fmt: OutputFormat
    output: Path | None
    options: RenderOptions


def output_choice(
    fmt: str, output: Path | None, verbose: bool, quiet: bool, color: str
) -> OutputChoice:
    """Checked before any page is fetched, so that bad options cost no requests."""
    if verbose and quiet:
        raise UsageError("--verbose and --quiet contradict each other: pick one")
    chosen = OutputFormat(fmt)
    use_color = (
        output is None and chosen is OutputFormat.TERMINAL and _want_color(color, sys.stdout)
    )
    options = RenderOptions(color=use_color, width=_width(), verbose=verbose, quiet=quiet)
    return OutputChoice(chosen, output, options)


def check_and_report(
    claims: ClaimsFile,
    opts: SourceOptions,
    snapshot_path: Path | None,
    choice: OutputChoice,
    strict: bool,
    jobs: int = 1,
    essay: tuple[str, str] | None = None,
    compare_now: bool = False,
    cluster: str | None = None,
) -> NoReturn:
    """Fetch, check, say where the evidence came from, render; exit with the verdicts' code.
    With `compare_now` (and --as-of), check again on today's pages and list what changed;
    the exit code is the as-of run's."""
    report = _checked(claims, opts, snapshot_path, choice, jobs, cluster)
    if compare_now:
        today = dataclasses.replace(opts, as_of="")
        now = _checked(claims, today, snapshot_path, choice, jobs, cluster)
        notes = tuple(dict.fromkeys(report.notes + now.notes))
        report = dataclasses.replace(report, notes=notes, changes=verdict_changes(report, now))
    if essay is not None:
        report = dataclasses.replace(report, essay_path=essay[0], essay_text=essay[1])
    if report.source.note:
        _err(f"note: {report.source.note}")
    for note in report.notes:
        _err(f"note: {note}")
    if report.lexicon == lexicon.HAND_ONLY:
        _err(f"note: {lexicon.INSTALL_HINT}")
    emit(render(report, choice.fmt, choice.options), choice.output, choice.options.color)
    raise SystemExit(exit_code(report, strict))


def _checked(
    claims: ClaimsFile,
    opts: SourceOptions,
    snapshot_path: Path | None,
    choice: OutputChoice,
    jobs: int,
    cluster: str | None = None,
) -> Report:
    wiring = wire_source(opts, snapshot_path)
    workers = None
    try:
        if cluster is not None:
            from factcheck.cluster import DaskWorkers

            workers = DaskWorkers(cluster)
        shown = not choice.options.quiet
        with progress_display(shown, "Fetching pages", "Checking claims") as (pages, checked):
            report = run_claims(
                claims,
                wiring.source,
                wiring.info(),
                progress=pages,
                checked=checked,
                warn=lambda message: _err(f"warning: {message}"),
                verdicts=wiring.cache,
                jobs=jobs,
                remote=workers,
            )
    except BaseException:
        if workers is not None:
            workers.close(quiet=True)  # the Ctrl-C or error is what the user reads
        raise
    else:
        if workers is not None:
            workers.close()
    finally:
        wiring.close()
    return _with_info(report, wiring.info())


# -- commands -----------------------------------------------------------------------------

# `run` and `check` alike.
cluster_option = click.option(
    "--cluster",
    default=None,
    metavar="ADDRESS",
    help="Check the claims on a Dask cluster: a scheduler's address (tcp://HOST:8786), or "
    "local:N to start N worker processes here (needs factcheck-wiki[cluster]).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Check the factual claims of an essay against Wikipedia.

    Each claim gets a verdict (supported, contradicted, not_enough_evidence, or error when
    its evidence could not be fetched) with the sentence, article and revision behind it.

    \b
    Exit codes: 0 nothing contradicted; 1 a claim contradicted (or unverified with
    --strict); 2 bad usage or input file; 3 evidence could not be fetched.
    """


@cli.command()
@click.argument(
    "claims_file", type=click.Path(path_type=Path), default=DEFAULT_CLAIMS, required=False
)
@source_options(
    snapshot_help="Snapshot of pinned pages to use offline or when the API cannot be "
    "reached [default: CLAIMS.snapshot.json next to the claims file]."
)
@output_options
@click.option(
    "--strict",
    is_flag=True,
    help="Also fail (exit 1) when a claim could not be verified (not_enough_evidence).",
)
@click.option(
    "--claim", "only", multiple=True, metavar="ID", help="Check only this claim id (repeatable)."
)
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    default=None,
    help="Read every page as it stood at the end of DATE (UTC, like 2022-01-21), or of the "
    "essay's [essay] published date with 'published'.",
)
@click.option(
    "--compare-now",
    is_flag=True,
    help="With --as-of: check the claims on today's pages too, and list those whose verdict "
    "changed.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes that check claims when a file has 200 or more "
    "[default: the machine's CPUs, at most 8; 1 keeps all in this one].",
)
@cluster_option
def run(
    claims_file: Path,
    fmt: str,
    output: Path | None,
    verbose: bool,
    quiet: bool,
    color: str,
    strict: bool,
    only: tuple[str, ...],
    jobs: int | None,
    as_of: str | None,
    compare_now: bool,
    cluster: str | None,
    **kwargs: Any,
) -> None:
    """Check every claim of CLAIMS_FILE (default: claims/essay_claims.toml).

    Pages are fetched from the API (or the cache), each claim is matched against their
    sentences, and a report is printed. Without network, the snapshot next to the claims
    file is used and the report says so.

    \b
    Examples:
      factcheck run
      factcheck run --api http://127.0.0.1:8080/api.php -v
      factcheck run --offline --format json --output report.json
      factcheck run --source enwiki.index
      factcheck run --source enwiki.index --cluster tcp://scheduler:8786
    """
    opts = _source_options(kwargs)
    choice = output_choice(fmt, output, verbose, quiet, color)
    claims = _select(load_claims(claims_file), only)
    if as_of is not None:
        opts = dataclasses.replace(opts, as_of=as_of_day(as_of, claims))
    if compare_now and not opts.as_of:
        raise UsageError("--compare-now compares with the pages as of a day: give --as-of too")
    snapshot_path = opts.snapshot or default_snapshot_path(claims_file)
    if jobs is None:
        jobs = min(os.cpu_count() or 1, 8)
    essay = _essay_of(claims, claims_file) if choice.fmt is OutputFormat.HTML else None
    check_and_report(claims, opts, snapshot_path, choice, strict, jobs, essay, compare_now, cluster)


def _essay_of(claims: ClaimsFile, claims_file: Path) -> tuple[str, str] | None:
    """The essay `[essay] source` names (relative to the claims file), read as `extract`
    reads it so that quotes are found where they were taken; None, with a note, if it
    cannot be read: the report is then the claims alone."""
    if not claims.source:
        return None
    from factcheck.extract.reader import read_essay

    path = Path(claims.source)
    if not path.is_absolute():
        path = claims_file.parent / path
    try:
        return str(path), read_essay(path).text
    except ExtractError as exc:
        _err(f"note: the essay is not shown: {exc}")
        return None


def as_of_day(value: str, claims: ClaimsFile) -> str:
    """--as-of DATE or 'published' as the day it names, like 2022-01-21."""
    if value.strip().lower() == "published":
        if claims.path == "<command line>":
            raise UsageError("--as-of published needs a claims file's [essay] published date")
        if claims.published is None:
            raise UsageError(
                f"--as-of published: {claims.path} has no published date "
                "(add published = 2022-01-21 under [essay], or give the date)"
            )
        return claims.published.isoformat()
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageError(
            f"--as-of {value!r}: not a date like 2022-01-21 (or 'published')"
        ) from None


def _with_info(report: Report, info: SourceInfo) -> Report:
    if info == report.source:
        return report
    return dataclasses.replace(report, source=info)


def _select(claims: ClaimsFile, only: Sequence[str]) -> ClaimsFile:
    if not only:
        return claims
    known = {c.id for c in claims.claims}
    unknown = [i for i in only if i not in known]
    if unknown:
        raise UsageError(f"no claim with id {unknown[0]!r} in {claims.path}")
    chosen = tuple(c for c in claims.claims if c.id in set(only))
    return ClaimsFile(claims.path, chosen, claims.title, claims.published)


@cli.command()
@click.argument("claim_text", metavar="CLAIM")
@click.option(
    "--page",
    "pages",
    multiple=True,
    metavar="TITLE",
    help="Article to check against (repeatable); without it, the API is searched.",
)
@source_options(
    snapshot_help="Snapshot of pinned pages to use offline or when the API cannot be reached."
)
@output_options
@click.option("--strict", is_flag=True, help="Also fail when the claim could not be verified.")
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    default=None,
    help="Read every page as it stood at the end of DATE (UTC, like 2022-01-21).",
)
@cluster_option
def check(
    claim_text: str,
    pages: tuple[str, ...],
    fmt: str,
    output: Path | None,
    verbose: bool,
    quiet: bool,
    color: str,
    strict: bool,
    as_of: str | None,
    cluster: str | None,
    **kwargs: Any,
) -> None:
    """Check one claim typed on the command line.

    \b
    Examples:
      factcheck check "The Warsaw Pact was dissolved in July 1991." --page "Warsaw Pact"
      factcheck check "John Mearsheimer gave a lecture in 2016." --api "$(factcheck-testwiki url)"
    """
    opts = _source_options(kwargs)
    choice = output_choice(fmt, output, verbose, quiet, color)
    text = " ".join(claim_text.split())
    if not text:
        raise UsageError("the claim is empty: give it as one quoted argument")
    problems = [(t, title_problem(t)) for t in pages]
    bad = next(((t, why) for t, why in problems if why), None)
    if bad is not None:
        raise UsageError(f"--page {bad[0]!r}: {bad[1]}")
    claims = ClaimsFile(
        "<command line>", (Claim("claim", text, kind=ClaimKind.OTHER, pages=tuple(pages)),)
    )
    if as_of is not None:
        opts = dataclasses.replace(opts, as_of=as_of_day(as_of, claims))
    check_and_report(claims, opts, opts.snapshot, choice, strict, cluster=cluster)


@cli.command()
@click.argument(
    "claims_file", type=click.Path(path_type=Path), default=DEFAULT_CLAIMS, required=False
)
@source_options(offline=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="PATH",
    help="Snapshot file [default: CLAIMS.snapshot.json next to it].",
)
@click.option(
    "--label",
    default=None,
    metavar="TEXT",
    help="Where the pages came from, in words, for readers of the snapshot and its reports "
    '[default: "recorded from <api>"].',
)
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    default=None,
    help="Pin every page as it stood at the end of DATE (UTC), or of the essay's [essay] "
    "published date with 'published'; `run --offline --as-of DATE` then reads them.",
)
def snapshot(
    claims_file: Path,
    output: Path | None,
    label: str | None,
    as_of: str | None,
    **kwargs: Any,
) -> None:
    """Pin every page CLAIMS_FILE uses into one reviewable JSON file.

    `factcheck run --offline` then checks the claims against exactly these revisions,
    which makes CI reproducible without network.
    """
    from factcheck.runner import find_pages

    opts = _source_options(kwargs)
    claims = load_claims(claims_file)
    if as_of is not None:
        opts = dataclasses.replace(opts, as_of=as_of_day(as_of, claims))
    target = output or default_snapshot_path(claims_file)
    wiring = wire_source(opts, None)
    recorder = RecordingSource(wiring.source)
    try:
        wanted: list[str] = []
        for claim in claims.claims:
            wanted += list(claim.pages) if claim.pages else find_pages(claim, recorder)
        with progress_display(True, "Fetching pages") as (progress,):
            lookups = recorder.fetch(list(dict.fromkeys(wanted)), progress)
    finally:
        wiring.close()
    for title, lk in lookups.items():
        if lk.status is not LookupStatus.FOUND:
            _err(f"warning: {title}: {lk.reason or lk.status.value}")
    failed = sum(1 for lk in lookups.values() if lk.status is LookupStatus.ERROR)
    if failed:
        # A snapshot with holes would turn fetch errors into quiet "not enough evidence"
        # verdicts offline; the previous snapshot, if any, is left as it was.
        noun = "page" if failed == 1 else "pages"
        raise SourceError(f"{failed} {noun} could not be fetched; {target} not written")
    searches, limits = recorder.recorded_searches()
    write_snapshot(
        target,
        lookups,
        searches,
        opts.api,
        str(claims_file),
        search_limits=limits,
        label=label,
        as_of=opts.as_of,
    )
    found = sum(1 for lk in lookups.values() if lk.status is LookupStatus.FOUND)
    day = f" as of {opts.as_of}" if opts.as_of else ""
    click.echo(f"wrote {target}: {_plural(found, 'page')} from {opts.api}{day}")


@cli.command(short_help="Draft a claims file from an essay's sentences.")
@click.argument("essay", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="PATH",
    help="Write the claims file to PATH (atomically; refused if PATH exists: use --merge).",
)
@click.option(
    "--merge",
    "merge_into",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="CLAIMS",
    help="Add the claims not yet in CLAIMS (matched by quote) at its end; nothing there "
    "is changed or moved.",
)
@click.option("--diff", is_flag=True, help="With --merge: show what would be added, write nothing.")
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "markdown", "html"]),
    default="auto",
    show_default=True,
    help="How to read ESSAY (auto: by its suffix, else by its first bytes).",
)
@click.option(
    "--include-opinion",
    is_flag=True,
    help='Keep opinion, prediction and advice too, as kind = "other", marked for review.',
)
@click.option(
    "--offline",
    is_flag=True,
    help="Make no request: leave every claim's pages empty (the run then searches).",
)
@source_options(offline=False)
def extract(
    essay: Path,
    output: Path | None,
    merge_into: Path | None,
    diff: bool,
    input_format: str,
    include_opinion: bool,
    offline: bool,
    **kwargs: Any,
) -> None:
    """Draft a claims file from ESSAY (plain text, Markdown, or a saved web page).

    Sentences that state a date, a figure, or what a named person, organisation or
    place did are cut into atomic claims, each with its quote (the essay's own words),
    an id, a kind and the articles its names lead to (searched through the API).
    Opinion, prediction and advice are left out. Claims an editor should look at carry
    a "# review:" comment. The same essay always gives the same claims and ids.

    \b
    Examples:
      factcheck extract essay.txt -o claims/essay_claims.toml
      factcheck extract page.html --offline            # print the draft, no requests
      factcheck extract essay.md --merge claims/essay_claims.toml --diff
    """
    from factcheck.extract import (
        EssayFormat,
        ExtractOptions,
        draft_claims,
        merge_claims,
        read_essay,
        render_claims,
        resolve_pages,
        unified_diff,
    )

    opts = _source_options(kwargs)
    if diff and merge_into is None:
        raise UsageError("--diff shows what --merge would add: give --merge CLAIMS too")
    if output is not None and merge_into is not None:
        raise UsageError("--output and --merge both name the file to write: pick one")
    if output is not None and output.exists():
        raise ExtractError(
            f"{output} exists; add to it with --merge {output}, or choose another path"
        )
    existing = load_claims(merge_into) if merge_into is not None else None
    fmt = None if input_format == "auto" else EssayFormat(input_format)
    draft = draft_claims(read_essay(essay, fmt), ExtractOptions(include_opinion=include_opinion))
    wiring = None if offline else wire_source(opts, None)
    try:
        choice = resolve_pages(draft.candidates, wiring.source if wiring else None)
    finally:
        if wiring is not None:
            wiring.close()
    if choice.unresolved and not offline:
        _err(f"warning: pages {choice.unresolved}")
    review = sum(1 for c in draft.candidates if c.review)
    if merge_into is None or existing is None:
        # The file names its essay relative to itself, so `run --format html` finds it.
        where_from = output.resolve().parent if output is not None else Path.cwd()
        text = render_claims(draft, choice, _relative(essay, where_from))
        if output is None:
            click.echo(text, nl=False)
        else:
            atomic_write_text(output, text)
        where = f" to {output}" if output is not None else ""
        _err(
            f"{_plural(len(draft.candidates), 'claim')} drafted{where} from "
            f"{_plural(draft.sentences, 'sentence')} ({review} to review)"
        )
        return
    before = merge_into.read_text(encoding="utf-8")
    merged = merge_claims(before, existing, draft, choice)
    if diff:
        click.echo(unified_diff(str(merge_into), before, merged.text), nl=False)
        _err(f"would add {_plural(merged.added, 'claim')}; {merged.kept} already there")
        return
    if merged.added:
        atomic_write_text(merge_into, merged.text)
    _err(f"added {_plural(merged.added, 'claim')} to {merge_into}; {merged.kept} already there")


def _relative(path: Path, start: Path) -> str:
    """`path` as seen from directory `start` (absolute when no relative path exists)."""
    try:
        return Path(os.path.relpath(path.resolve(), start)).as_posix()
    except ValueError:  # another drive, on Windows
        return path.resolve().as_posix()


@cli.command(short_help="Index a Wikipedia dump for `run --source INDEX`.")
@click.argument("dump", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "index",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    metavar="INDEX",
    help="The index file to write (replaced only once the new one is complete).",
)
@click.option(
    "--base-url",
    default=None,
    metavar="URL",
    help="Article links are URL + title [default: what the dump says, e.g. "
    "https://en.wikipedia.org/wiki/ for enwiki].",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def index(dump: Path, index: Path, base_url: str | None, quiet: bool) -> None:
    """Index a Wikipedia dump, so that `run --source INDEX` and `check --source INDEX`
    read pages from it instead of the API.

    DUMP is a CirrusSearch content dump (JSON lines) or an XML pages-articles dump
    (wikitext), plain or compressed with gzip or bzip2, read in one streaming pass. The
    index is one SQLite file: the articles keyed by title, redirects resolved, and a
    full-text index for claims that name no article. An interrupted run leaves no index
    behind (the previous one, if any, stays as it was).

    \b
    Examples:
      factcheck index enwiki-20240101-cirrussearch-content.json.gz -o enwiki.index
      factcheck run --source enwiki.index
    """
    from factcheck.dump.build import build_index

    with index_progress(not quiet) as progress:
        info = build_index(dump, index, base_url=base_url, progress=progress)
    click.echo(
        f"wrote {index}: {_plural(info.pages, 'page')} and "
        f"{_plural(info.redirects, 'redirect')} from {info.label}"
    )


@cli.command()
@click.argument("old", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, exists=True, dir_okay=False))
def compare(old: Path, new: Path) -> None:
    """List the claims whose verdict changed between two JSON reports.

    Exits 1 when any verdict got worse (towards contradicted), 0 otherwise.
    """
    from factcheck.compare import compare_reports, render_comparison

    comparison = compare_reports(
        _read_json(old), _read_json(new), old_name=str(old), new_name=str(new)
    )
    click.echo(render_comparison(comparison), nl=False)
    raise SystemExit(EXIT_CONTRADICTED if comparison.any_worse else EXIT_OK)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not a JSON report (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}:{exc.lineno}: not JSON: {exc.msg}") from None


@cli.command()
def schema() -> None:
    """Print the JSON Schema of `--format json` reports."""
    from factcheck.formats.json_report import report_schema

    click.echo(json.dumps(report_schema(), indent=2, ensure_ascii=False))


@cli.group()
def cache() -> None:
    """Inspect or empty the cache of pages and verdicts."""


_cache_dir_option = click.option(
    "--cache-dir",
    envvar="FACTCHECK_CACHE_DIR",
    type=click.Path(path_type=Path),
    default=None,
    metavar="DIR",
    help="Cache directory [default: ./cache].",
)


def _existing_cache(cache_dir: Path | None) -> Path | None:
    directory = cache_dir or default_cache_dir()
    if not directory.exists():
        click.echo(f"{directory}: no cache yet")
        return None
    return directory


@cache.command("info")
@_cache_dir_option
def cache_info(cache_dir: Path | None) -> None:
    """Show where the cache is and what it holds."""
    directory = _existing_cache(cache_dir)
    if directory is None:
        return
    with PageCache(directory, ttl=None) as store:
        stats = store.stats()
    click.echo(
        f"{stats['directory']}: {_plural(stats['pages'], 'page')}, "
        f"{_plural(stats['searches'], 'search', 'searches')}, "
        f"{_plural(stats['verdicts'], 'verdict')}, "
        f"{_plural(stats['bytes'], 'byte')}"
    )


@cache.command("clear")
@_cache_dir_option
def cache_clear(cache_dir: Path | None) -> None:
    """Remove every cached page, search and verdict."""
    directory = _existing_cache(cache_dir)
    if directory is None:
        return
    with PageCache(directory, ttl=None) as store:
        removed = store.clear()
    click.echo(f"{directory}: removed {_plural(removed, 'entry', 'entries')}")


@cli.group()
def wordnet() -> None:
    """Install or inspect WordNet, the engine's lexicon.

    WordNet gives the engine paraphrases ("invasion" / "invaded"), kinds ("a frigate is a
    warship") and opposites. Without it the engine still works, with its small hand
    lexicon only, and every run says so once.
    """


@wordnet.command("status")
def wordnet_status() -> None:
    """Say which lexicon verdicts are made with (exit 1 without WordNet)."""
    name = lexicon.lexicon_name()
    click.echo(name)
    if name == lexicon.HAND_ONLY:
        _err(f"note: {lexicon.INSTALL_HINT}")
        raise SystemExit(1)
    if not gazetteer.available():
        _err(
            "note: cities WordNet does not know are not placed; "
            f"add them with {gazetteer.INSTALL_HINT}"
        )


@wordnet.command("install")
def wordnet_install() -> None:
    """Install Debian's wordnet-base package, if missing.

    Runs apt-get (with sudo when not root); prints the lexicon verdicts will use.
    """
    from factcheck.testwiki.debian import install_packages
    from factcheck.testwiki.errors import TestWikiError

    try:
        ran = install_packages(sys.stderr, packages=lexicon.DEBIAN_PACKAGES)
    except TestWikiError as exc:
        _err(f"error: {exc}")
        raise SystemExit(1) from None
    name = lexicon.lexicon_name()
    if name == lexicon.HAND_ONLY:
        _err(f"error: WordNet still cannot be read; {lexicon.INSTALL_HINT}")
        raise SystemExit(1)
    click.echo(f"{'installed' if ran else 'already installed'}: {name}")


def _plural(count: int, word: str, plural: str = "") -> str:
    return f"{count:,} {word if count == 1 else plural or word + 's'}"


def console() -> NoReturn:
    """The installed command (and `python -m factcheck`): main(), then a prompt exit.

    Once a report is out, tearing the interpreter down would free every sentence, token
    and value the run analysed one by one: about 0.2 s after a run of the essay, for
    nothing. The streams are flushed and the process ends at once (as mypy does); the
    caches were closed and the report written before. Other exits take the usual way.
    """
    code = 0
    try:
        main()
    except SystemExit as exc:
        if isinstance(exc.code, int):
            code = exc.code
        elif exc.code is not None:
            sys.stderr.write(f"{exc.code}\n")
            code = 1
    if code not in (EXIT_OK, EXIT_CONTRADICTED, EXIT_FETCH):
        # No report: an error or an interrupt, perhaps with worker processes to wind down
        # (multiprocessing's exit handlers do it); speed does not matter here.
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        # A reader that left (`| head`), or a stream already closed: nothing to flush to.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI and map every expected failure to a line and an exit code."""
    args = list(argv) if argv is not None else sys.argv[1:]
    try:
        # Not cli.main(): it turns Ctrl-C into an Abort after printing a blank line.
        with cli.make_context("factcheck", args) as ctx:
            cli.invoke(ctx)
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except click.ClickException as exc:
        exc.show()
        raise SystemExit(
            EXIT_USAGE if isinstance(exc, click.UsageError) else exc.exit_code
        ) from None
    except (KeyboardInterrupt, click.exceptions.Abort):
        _err("interrupted; no report written")
        raise SystemExit(EXIT_INTERRUPTED) from None
    except FactcheckError as exc:
        _fail(exc)
    except BrokenPipeError:
        # `factcheck run | head`: the reader left; not an error worth a message.
        sys.stderr.close()
        raise SystemExit(EXIT_OK) from None
    except SystemExit:
        raise
    except Exception as exc:  # a bug: say so in one line, details only on request
        if os.environ.get("FACTCHECK_DEBUG"):
            traceback.print_exc()
        _err(
            f"internal error: {type(exc).__name__}: {exc} "
            "(please report it; set FACTCHECK_DEBUG=1 for the traceback)"
        )
        raise SystemExit(EXIT_INTERNAL) from None
