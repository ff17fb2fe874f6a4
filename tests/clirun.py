"""Running `factcheck` in this process, as its console script would, for tests that assert
its exact output and exit code."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from factcheck import cli


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def invoke(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """Run `factcheck ARGS` in this process, as the console script would."""
    capsys.readouterr()  # drop anything printed before
    try:
        cli.main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else -1  # -1: not a number, a bug
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)
