"""Warm run: `factcheck run --offline` on the essay against starting Python with the
dependencies imported, side by side.

    python benchmarks/warm_run.py [--runs 21] [--snapshot PATH]

Every page comes from the bundled snapshot. The first run fills a fresh cache directory
with its verdicts; the warm runs then read them back (see verdicts.py). Runs of the
baseline (`python -c "import click, requests, rapidfuzz, diskcache"`) and of the tool are
interleaved so that a busy neighbour slows both alike; the figure is the difference of
the medians, with the spread across runs. A run with --no-cache, where the engine checks
every claim again, is timed the same way for comparison.

The package's bytecode is compiled first: an installed package has it, but a source tree
on a machine with PYTHONDONTWRITEBYTECODE set would recompile its modules on every start.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 150.0
BASELINE = [sys.executable, "-c", "import click, requests, rapidfuzz, diskcache"]


def timed(command: Sequence[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()}")
    return elapsed * 1000


def side_by_side(tool: Sequence[str], runs: int) -> tuple[list[float], list[float]]:
    base: list[float] = []
    mine: list[float] = []
    for _ in range(2):  # warm the file system cache
        timed(BASELINE)
        timed(tool)
    for _ in range(runs):
        base.append(timed(BASELINE))
        mine.append(timed(tool))
    return base, mine


def describe(name: str, base: list[float], mine: list[float]) -> float:
    extra = statistics.median(mine) - statistics.median(base)
    diffs = sorted(m - b for b, m in zip(base, mine, strict=True))
    quartiles = statistics.quantiles(diffs, n=4)
    print(
        f"{name}: median {statistics.median(mine):.0f} ms against {statistics.median(base):.0f} ms"
        f" for the imports alone: {extra:+.0f} ms (paired differences, quartiles"
        f" {quartiles[0]:+.0f} / {quartiles[2]:+.0f} ms)"
    )
    return extra


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument(
        "--snapshot", help="another snapshot of the essay (one recorded with wikitext, say)"
    )
    args = parser.parse_args(argv)
    chosen = ["--snapshot", str(Path(args.snapshot).resolve())] if args.snapshot else []
    compileall.compile_dir(str(ROOT / "src" / "factcheck"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        cache.mkdir()
        tool = [sys.executable, "-m", "factcheck", "run", "--offline", *chosen]
        tool += ["--cache-dir", str(cache)]
        timed(tool)  # the first run computes and stores the verdicts
        base, mine = side_by_side(tool, args.runs)
        extra = describe("warm run (verdicts stored)", base, mine)
        no_cache = [sys.executable, "-m", "factcheck", "run", "--offline", *chosen, "--no-cache"]
        base2, cold = side_by_side(no_cache, max(5, args.runs // 3))
        describe("offline run with --no-cache (every claim checked)", base2, cold)
    verdict = "meets" if extra <= TARGET_MS else "misses"
    print(f"target: at most {TARGET_MS:.0f} ms above the imports: {verdict} it")
    return 0 if extra <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
