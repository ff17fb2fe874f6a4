"""`factcheck-testwiki`: install, start, stop and inspect the local test wiki.

argparse rather than Click, so that this tool stands apart from the main CLI.
Exit codes: 0 ok, 1 failure (or `status` finding no running wiki), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from factcheck.errors import FactcheckError
from factcheck.testwiki.control import (
    DEFAULT_STATE_DIR,
    STATE_DIR_ENV,
    Controller,
    resolve_state_dir,
)
from factcheck.testwiki.debian import install_packages
from factcheck.testwiki.wiki import SeedRecord

PROG = "factcheck-testwiki"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
        return exc.code if isinstance(exc.code, int) else 2
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: a command is required", file=sys.stderr)
        return 2
    try:
        return handler(args)
    except FactcheckError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--dir",
        metavar="DIR",
        default=argparse.SUPPRESS,  # so a subcommand's absent --dir keeps the global one
        help=f"state directory (default: ${STATE_DIR_ENV} or ./{DEFAULT_STATE_DIR})",
    )
    parser = argparse.ArgumentParser(
        prog=PROG,
        parents=[common],
        description="A local MediaWiki (Debian's package + TextExtracts) seeded with an "
        "evidence pack, for integration tests and the demo.",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    cmd = sub.add_parser("install", parents=[common], help="install the Debian packages (apt-get)")
    cmd.set_defaults(handler=_install)

    cmd = sub.add_parser(
        "start", parents=[common], help="create and seed the wiki if needed, run it"
    )
    cmd.add_argument(
        "--pack",
        metavar="DIR",
        help="evidence pack (default: the one the wiki was seeded from, else the shipped one)",
    )
    cmd.add_argument("--port", type=_port, help="loopback port (default: a free one)")
    cmd.set_defaults(handler=_start)

    cmd = sub.add_parser("stop", parents=[common], help="stop the running wiki")
    cmd.set_defaults(handler=_stop)

    cmd = sub.add_parser(
        "status", parents=[common], help="say whether the wiki runs (exit 1 if not)"
    )
    cmd.set_defaults(handler=_status)

    cmd = sub.add_parser("url", parents=[common], help="print the API URL of the running wiki")
    cmd.set_defaults(handler=_url)

    cmd = sub.add_parser(
        "reseed", parents=[common], help="rebuild the wiki from the pack (restarts it if running)"
    )
    cmd.add_argument("--pack", metavar="DIR", help="evidence pack (default: as for start)")
    cmd.set_defaults(handler=_reseed)
    return parser


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port out of range 1-65535: {port}")
    return port


def _controller(args: argparse.Namespace) -> Controller:
    return Controller(resolve_state_dir(getattr(args, "dir", None)))


def _install(args: argparse.Namespace) -> int:
    if install_packages(sys.stderr):
        print("installed: the test wiki can run now")
    else:
        print("already installed: nothing to do")
    return 0


def _start(args: argparse.Namespace) -> int:
    result = _controller(args).start(args.pack, args.port)
    state = result.state
    if result.already_running:
        print(f"already running: {state.api}")
    else:
        if result.seeded_now:
            print(f"seeded {_describe(result.seed)} in {result.seed.seconds:g} s")
        print(f"test wiki running: {state.api}")
    print(f"  try:  factcheck run --api {state.api}")
    print(f"  stop: {PROG} stop")
    return 0


def _stop(args: argparse.Namespace) -> int:
    state = _controller(args).stop()
    print("not running" if state is None else f"stopped the test wiki at {state.api}")
    return 0


def _status(args: argparse.Namespace) -> int:
    controller = _controller(args)
    state = controller.running()
    record = controller.wiki.seed_record()
    seeded = f"seeded from {_describe(record)}" if record is not None else "no wiki created"
    if state is None:
        print(f"not running ({seeded}; state in {controller.state_dir})")
        return 1
    print(f"running: {state.api} (pid {state.pid}; {seeded})")
    return 0


def _url(args: argparse.Namespace) -> int:
    state = _controller(args).running()
    if state is None:
        print(f"{PROG}: error: the test wiki is not running; run `{PROG} start`", file=sys.stderr)
        return 1
    print(state.api)
    return 0


def _reseed(args: argparse.Namespace) -> int:
    record, state = _controller(args).reseed(args.pack)
    print(f"seeded {_describe(record)} in {record.seconds:g} s")
    if state is not None:
        print(f"test wiki running again: {state.api}")
    return 0


def _describe(record: SeedRecord) -> str:
    redirects = "redirect" if record.redirects == 1 else "redirects"
    pages = "page" if record.pages == 1 else "pages"
    return f"{record.pack} ({record.pages} {pages}, {record.redirects} {redirects})"


if __name__ == "__main__":
    sys.exit(main())
