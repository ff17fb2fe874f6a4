"""The command line: parse options, wire the parts, render, and turn errors into exit codes.

Exit codes (the contract CI users rely on):
  0  no claim contradicted
  1  one or more claims contradicted (or, with --strict, not verified)
  2  bad usage or bad input file
  3  evidence could not be fetched for some claims
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import click

from factcheck import __version__
from factcheck.cache import DEFAULT_TTL, CachedSource, PageCache, default_cache_dir
from factcheck.claims import load_claims
from factcheck.composite import CacheOnlySource, ChainSource, FallbackSource, RecordingSource
from factcheck.errors import (
    CacheError,
    ClaimsFileError,
    FactcheckError,
    OutputError,
    SnapshotError,
    SourceError,
    UsageError,
)
from factcheck.fileio import atomic_write_text
from factcheck.formats import OutputFormat, RenderOptions, render
from factcheck.mediawiki import DEFAULT_API, ClientSettings, MediaWikiSource
from factcheck.models import (
    Claim,
    ClaimKind,
    ClaimsFile,
    Label,
    ProgressCallback,
    Report,
    SourceInfo,
)
from factcheck.runner import run_claims
from factcheck.snapshot import SnapshotSource, default_snapshot_path, write_snapshot
from factcheck.source import PageSource

DEFAULT_CLAIMS = "claims/essay_claims.toml"

EXIT_OK = 0
EXIT_CONTRADICTED = 1
EXIT_USAGE = 2
EXIT_FETCH = 3
EXIT_INTERRUPTED = 130
EXIT_INTERNAL = 70

_ERROR_CODES: dict[type[FactcheckError], int] = {
    ClaimsFileError: EXIT_USAGE,
    UsageError: EXIT_USAGE,
    OutputError: EXIT_USAGE,
    SnapshotError: EXIT_USAGE,
    CacheError: EXIT_USAGE,
    SourceError: EXIT_FETCH,
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


def source_options(func: Callable[..., Any]) -> Callable[..., Any]:
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
        click.option(
            "--offline",
            is_flag=True,
            help="Make no request: use only the snapshot next to the claims file and the cache.",
        ),
        click.option(
            "--snapshot",
            type=click.Path(path_type=Path),
            default=None,
            metavar="PATH",
            help="Snapshot of pinned pages to use offline or when the API cannot be "
            "reached [default: CLAIMS.snapshot.json next to the claims file].",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0.5),
            default=30.0,
            show_default=True,
            metavar="SECONDS",
            help="Read timeout of one API request.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _source_options(kwargs: dict[str, Any]) -> SourceOptions:
    return SourceOptions(
        api=kwargs.pop("api"),
        cache_dir=kwargs.pop("cache_dir") or default_cache_dir(),
        cache_ttl=kwargs.pop("cache_ttl"),
        refresh=kwargs.pop("refresh"),
        no_cache=kwargs.pop("no_cache"),
        offline=kwargs.pop("offline"),
        snapshot=kwargs.pop("snapshot"),
        timeout=kwargs.pop("timeout"),
    )


@dataclass
class Wiring:
    source: PageSource
    info: Callable[[], SourceInfo]
    cache: PageCache | None
    client: MediaWikiSource | None


def _open_cache(opts: SourceOptions) -> PageCache | None:
    if opts.no_cache:
        return None
    try:
        return PageCache(opts.cache_dir, ttl=opts.cache_ttl)
    except CacheError as exc:
        _err(f"warning: {exc}; continuing without a cache")
        return None


def wire_source(opts: SourceOptions, snapshot_path: Path | None) -> Wiring:
    """Build the page source a command reads from, as the options ask."""
    if opts.offline and opts.refresh:
        raise UsageError("--offline and --refresh contradict each other: pick one")
    cache = _open_cache(opts)

    def warn(message: str) -> None:
        _err(f"warning: {message}")

    snapshot = None
    if snapshot_path is not None and snapshot_path.exists():
        snapshot = SnapshotSource(snapshot_path)
    elif opts.snapshot is not None:
        raise SnapshotError(f"{opts.snapshot}: no such snapshot file")

    if opts.offline:
        parts: list[PageSource] = []
        if snapshot is not None:
            parts.append(snapshot)
        if cache is not None:
            parts.append(CacheOnlySource(cache, opts.api))
        if not parts:
            raise SourceError(
                f"--offline needs a snapshot ({snapshot_path or 'none given'} does not exist) "
                "or a cache; run `factcheck snapshot` while online, or drop --offline"
            )
        source: PageSource = ChainSource(parts)
        where = snapshot.path if snapshot is not None else None
        label = f"snapshot {where}" if where else "cache"
        return Wiring(
            source,
            lambda: SourceInfo(
                api=opts.api,
                offline=True,
                snapshot=str(where) if where else None,
                note=f"offline: evidence from the {label}",
            ),
            cache,
            None,
        )

    try:
        client = MediaWikiSource(ClientSettings(api=opts.api, read_timeout=opts.timeout))
    except SourceError as exc:
        raise UsageError(str(exc)) from None
    cached: PageSource = CachedSource(client, cache, refresh=opts.refresh, warn=warn)
    if snapshot is None:
        return Wiring(cached, lambda: SourceInfo(api=opts.api), cache, client)
    fallback = FallbackSource(
        cached, snapshot, lambda: client.down_reason, f"the snapshot {snapshot.path}"
    )

    def info() -> SourceInfo:
        used = bool(fallback.note)
        return SourceInfo(
            api=opts.api,
            offline=False,
            snapshot=str(snapshot.path) if used else None,
            note=fallback.note,
        )

    return Wiring(fallback, info, cache, client)


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
def progress_display(enabled: bool, label: str) -> Iterator[ProgressCallback | None]:
    """A progress bar on stderr while pages are fetched, only on a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield None
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
        task = bar.add_task(label, total=None, title="")

        def update(done: int, total: int, title: str) -> None:
            bar.update(task, completed=done, total=total, title=title[:40])

        yield update


def emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
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


def _render(
    report: Report, fmt: str, output: Path | None, verbose: bool, quiet: bool, color: str
) -> None:
    if verbose and quiet:
        raise UsageError("--verbose and --quiet contradict each other: pick one")
    stream = sys.stdout
    use_color = output is None and _want_color(color, stream) and fmt == "terminal"
    text = render(
        report,
        OutputFormat(fmt),
        RenderOptions(color=use_color, width=_width(), verbose=verbose, quiet=quiet),
    )
    emit(text, output)


# -- commands -----------------------------------------------------------------------------


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
@source_options
@output_options
@click.option(
    "--strict",
    is_flag=True,
    help="Also fail (exit 1) when a claim could not be verified (not_enough_evidence).",
)
@click.option(
    "--claim", "only", multiple=True, metavar="ID", help="Check only this claim id (repeatable)."
)
def run(
    claims_file: Path,
    fmt: str,
    output: Path | None,
    verbose: bool,
    quiet: bool,
    color: str,
    strict: bool,
    only: tuple[str, ...],
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
    """
    opts = _source_options(kwargs)
    claims = _select(load_claims(claims_file), only)
    snapshot_path = opts.snapshot or default_snapshot_path(claims_file)
    wiring = wire_source(opts, snapshot_path)
    try:
        with progress_display(not quiet, "Fetching pages") as progress:
            report = run_claims(claims, wiring.source, wiring.info(), progress=progress)
        report = _with_info(report, wiring.info())
        if report.source.note:
            _err(f"note: {report.source.note}")
        _render(report, fmt, output, verbose, quiet, color)
    finally:
        if wiring.cache is not None:
            wiring.cache.close()
    raise SystemExit(exit_code(report, strict))


def _with_info(report: Report, info: SourceInfo) -> Report:
    if info == report.source:
        return report
    return Report(
        report.claims_file,
        info,
        report.results,
        report.generated_at,
        report.tool_version,
        report.essay_title,
        report.essay_published,
    )


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
@source_options
@output_options
@click.option("--strict", is_flag=True, help="Also fail when the claim could not be verified.")
def check(
    claim_text: str,
    pages: tuple[str, ...],
    fmt: str,
    output: Path | None,
    verbose: bool,
    quiet: bool,
    color: str,
    strict: bool,
    **kwargs: Any,
) -> None:
    """Check one claim typed on the command line.

    \b
    Examples:
      factcheck check "The Warsaw Pact was dissolved in July 1991." --page "Warsaw Pact"
      factcheck check "John Mearsheimer gave a lecture in 2016." --api "$(factcheck-testwiki url)"
    """
    opts = _source_options(kwargs)
    text = " ".join(claim_text.split())
    if not text:
        raise UsageError("the claim is empty: give it as one quoted argument")
    claims = ClaimsFile(
        "<command line>", (Claim("claim", text, kind=ClaimKind.OTHER, pages=tuple(pages)),)
    )
    wiring = wire_source(opts, opts.snapshot)
    try:
        with progress_display(not quiet, "Fetching pages") as progress:
            report = run_claims(claims, wiring.source, wiring.info(), progress=progress)
        report = _with_info(report, wiring.info())
        _render(report, fmt, output, verbose, quiet, color)
    finally:
        if wiring.cache is not None:
            wiring.cache.close()
    raise SystemExit(exit_code(report, strict))


@cli.command()
@click.argument(
    "claims_file", type=click.Path(path_type=Path), default=DEFAULT_CLAIMS, required=False
)
@source_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="PATH",
    help="Snapshot file [default: CLAIMS.snapshot.json next to it].",
)
def snapshot(claims_file: Path, output: Path | None, **kwargs: Any) -> None:
    """Pin every page CLAIMS_FILE uses into one reviewable JSON file.

    `factcheck run --offline` then checks the claims against exactly these revisions,
    which makes CI reproducible without network.
    """
    from factcheck.runner import find_pages

    opts = _source_options(kwargs)
    if opts.offline:
        raise UsageError("snapshot records pages from the API: drop --offline")
    claims = load_claims(claims_file)
    target = output or default_snapshot_path(claims_file)
    wiring = wire_source(
        SourceOptions(
            opts.api,
            opts.cache_dir,
            opts.cache_ttl,
            opts.refresh,
            opts.no_cache,
            False,
            None,
            opts.timeout,
        ),
        None,
    )
    recorder = RecordingSource(wiring.source)
    try:
        wanted: list[str] = []
        for claim in claims.claims:
            wanted += list(claim.pages) if claim.pages else find_pages(claim, recorder)
        with progress_display(True, "Fetching pages") as progress:
            lookups = recorder.fetch(list(dict.fromkeys(wanted)), progress)
    finally:
        if wiring.cache is not None:
            wiring.cache.close()
    failed = {t: lk for t, lk in lookups.items() if lk.status.value == "error"}
    searches = {query: titles for (query, _limit), titles in recorder.searches.items()}
    write_snapshot(target, lookups, searches, opts.api, str(claims_file))
    found = sum(1 for lk in lookups.values() if lk.status.value == "found")
    click.echo(f"wrote {target}: {found} pages from {opts.api}")
    for title, lk in lookups.items():
        if lk.status.value != "found":
            _err(f"warning: {title}: {lk.reason or lk.status.value}")
    if failed:
        raise SystemExit(EXIT_FETCH)


@cli.command()
@click.argument("old", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, exists=True, dir_okay=False))
def compare(old: Path, new: Path) -> None:
    """List the claims whose verdict changed between two JSON reports.

    Exits 1 when any verdict got worse (towards contradicted), 0 otherwise.
    """
    from factcheck.compare import compare_reports, render_comparison

    comparison = compare_reports(_read_json(old), _read_json(new))
    click.echo(render_comparison(comparison), nl=False)
    raise SystemExit(EXIT_CONTRADICTED if comparison.any_worse else EXIT_OK)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}:{exc.lineno}: not JSON: {exc.msg}") from None


@cli.command()
def schema() -> None:
    """Print the JSON Schema of `--format json` reports."""
    from factcheck.formats.json_report import report_schema

    click.echo(json.dumps(report_schema(), indent=2, ensure_ascii=False))


@cli.group()
def cache() -> None:
    """Inspect or empty the page cache."""


@cache.command("info")
@click.option(
    "--cache-dir",
    envvar="FACTCHECK_CACHE_DIR",
    type=click.Path(path_type=Path),
    default=None,
    metavar="DIR",
    help="Cache directory [default: ./cache].",
)
def cache_info(cache_dir: Path | None) -> None:
    """Show where the cache is and what it holds."""
    directory = cache_dir or default_cache_dir()
    if not directory.exists():
        click.echo(f"{directory}: no cache yet")
        return
    with PageCache(directory, ttl=None) as store:
        stats = store.stats()
    click.echo(
        f"{stats['directory']}: {stats['pages']} pages, {stats['searches']} searches, "
        f"{stats['bytes']:,} bytes"
    )


@cache.command("clear")
@click.option(
    "--cache-dir",
    envvar="FACTCHECK_CACHE_DIR",
    type=click.Path(path_type=Path),
    default=None,
    metavar="DIR",
    help="Cache directory [default: ./cache].",
)
def cache_clear(cache_dir: Path | None) -> None:
    """Remove every cached page and search."""
    directory = cache_dir or default_cache_dir()
    if not directory.exists():
        click.echo(f"{directory}: no cache yet")
        return
    with PageCache(directory, ttl=None) as store:
        removed = store.clear()
    click.echo(f"{directory}: removed {removed} entries")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI and map every expected failure to a line and an exit code."""
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="factcheck",
            standalone_mode=False,
        )
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except click.ClickException as exc:
        exc.show()
        raise SystemExit(
            EXIT_USAGE if isinstance(exc, click.UsageError) else exc.exit_code
        ) from None
    except click.exceptions.Abort:
        _err("interrupted")
        raise SystemExit(EXIT_INTERRUPTED) from None
    except KeyboardInterrupt:
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
