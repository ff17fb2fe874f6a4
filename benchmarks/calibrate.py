"""Fit the engine's confidence tables (src/factcheck/engine/calibration.py) on the tuning half.

    python benchmarks/calibrate.py            # print the table to paste into calibration.py
    python benchmarks/calibrate.py --check    # expected calibration error with the current table
    python benchmarks/calibrate.py --cv       # choose BINS, MIN_SAMPLES on two folds of tune

A verdict's confidence should be the probability that it is right. The engine's raw strength
(how much of the claim a sentence covers, how surely it is about the claim's subject) orders
verdicts but is not that probability. This script runs the engine, with no table, on the
tuning half of both benchmarks in both modes, plus the abstention rows (each Fool Me Twice
claim against its page's sentences that are not gold: there, not_enough_evidence is the
right answer), and for each (label, rule family) bins the raw strengths, counts how often
the verdict was right, smooths each bin towards its family's rate (itself pulled towards its
label's, so that no bin reads as certain), and makes the curve
non-decreasing (pool adjacent violators). Nothing of the held half is read.

`--cv` splits the tuning half's claims in two by a hash of their id, fits on one fold and
measures on the other (both ways), for a grid of BINS and MIN_SAMPLES, and prints the
expected calibration error of answered verdicts per benchmark and mode: the settings below
were chosen on it (a table with more bins than its verdicts bear fits the fold it was made
on and misleads on the other).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claim_bench import (
    DEFAULT_BENCH,
    Row,
    _is_gold,
    expected_calibration_error,
    read_fever,
    read_fmt,
)
from factcheck.engine import (
    calibration,
    verify,
)
from factcheck.models import Label, Verdict

BINS = 2  # raw-score bins per (label, family), by quantile (chosen with --cv: the
# setting whose worst two-fold ECE over the four benchmark-mode sets is least)
MIN_SAMPLES = 15  # a family with fewer verdicts uses its label's table (chosen with --cv)
PRIOR = 8.0  # pseudo-counts pulling a bin towards its family's rate


def rows(bench: Path) -> list[tuple[Row, str, list[str], str]]:
    """(row, mode, evidence, title) of every check on the tuning half."""
    out: list[tuple[Row, str, list[str], str]] = []
    fever = [r for r in read_fever(bench / "fever-symmetric" / "dev.jsonl") if r.half == "tune"]
    fmt = [r for r in read_fmt(bench / "fool-me-twice" / "dev.jsonl") if r.half == "tune"]
    for r in fever:
        out += [(r, "page", list(r.gold), ""), (r, "list", list(r.gold), "")]
    for r in fmt:
        out += [(r, "page", list(r.retrieved), r.page), (r, "list", list(r.gold), "")]
        others = [s for s in r.retrieved if not _is_gold(s, r.gold)]
        if others:
            silent = Row(r.id, r.claim, r.label, r.gold, tuple(others), r.page)
            out += [(silent, "page*", others, r.page), (silent, "list*", others, "")]
    return out


def right(row: Row, mode: str, verdict: Verdict) -> bool:
    """Whether the verdict is right. Without the gold sentences ("page*", "list*"), not
    enough evidence is right; a sentence that is not gold may still settle the claim, so
    supported or contradicted is judged by the claim's label as usual."""
    if mode.endswith("*") and verdict.label is Label.NOT_ENOUGH_EVIDENCE:
        return True
    return verdict.label is row.label


def check(row: Row, mode: str, evidence: list[str], title: str) -> Verdict:
    if mode.startswith("page"):
        return verify(row.claim, {title: " ".join(evidence)})
    return verify(row.claim, evidence)


def _pav(points: list[tuple[float, float, float]]) -> list[tuple[float, float]]:
    """Pool adjacent violators over (x, rate, weight): a non-decreasing curve."""
    blocks = [[x, rate, weight] for x, rate, weight in points]
    i = 0
    while i < len(blocks) - 1:
        if blocks[i][1] > blocks[i + 1][1]:
            a, b = blocks[i], blocks[i + 1]
            weight = a[2] + b[2]
            blocks[i] = [
                (a[0] * a[2] + b[0] * b[2]) / weight,
                (a[1] * a[2] + b[1] * b[2]) / weight,
                weight,
            ]
            del blocks[i + 1]
            i = max(0, i - 1)
        else:
            i += 1
    out: list[tuple[float, float]] = []
    for x, rate, _w in blocks:
        point = (round(x, 3), round(rate, 3))
        if out and out[-1][0] == point[0]:
            out[-1] = (point[0], max(out[-1][1], point[1]))
        else:
            out.append(point)
    return out


def fit(
    samples: dict[tuple[str, str], list[tuple[float, bool]]],
    bins: int = BINS,
    least: int = MIN_SAMPLES,
) -> dict[tuple[str, str], list[tuple[float, float]]]:
    table: dict[tuple[str, str], list[tuple[float, float]]] = {}
    # A label's rate over all its verdicts, with one right and one wrong verdict added
    # (Laplace): no finite sample makes a verdict certain.
    overall = {}
    for (label, name), pairs in samples.items():
        if name == "*":
            overall[label] = (sum(ok for _raw, ok in pairs) + 1) / (len(pairs) + 2)
    for key, pairs in sorted(samples.items()):
        if len(pairs) < least and key[1] != "*":
            continue
        pairs.sort()
        # A family's rate, pulled towards its label's: 40 right of 40 is not a certainty.
        prior = overall.get(key[0], 0.5)
        base = (sum(ok for _raw, ok in pairs) + PRIOR * prior) / (len(pairs) + PRIOR)
        size = max(1, len(pairs) // bins)
        points = []
        for start in range(0, len(pairs), size):
            chunk = pairs[start : start + size]
            if len(chunk) < size // 2 and points:
                break
            right = sum(ok for _raw, ok in chunk)
            rate = (right + PRIOR * base) / (len(chunk) + PRIOR)
            points.append((sum(raw for raw, _ok in chunk) / len(chunk), rate, len(chunk)))
        table[key] = _pav(points)
    return table


# (row id, benchmark, mode, label, (rule, given, words, single), raw strength, right)
Record = tuple[str, str, str, str, tuple[str, bool, int, bool], float, bool]


def cross_validate(records: list[Record]) -> None:
    """Two-fold ECE of answered verdicts per benchmark and mode, for a grid of settings."""

    def fold(row_id: str) -> int:
        return int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % 2

    cols = ["FEVER-S. page", "FEVER-S. list", "FMT page", "FMT list", "all"]
    print("two-fold expected calibration error of answered verdicts (tuning half):")
    print("| BINS | MIN_SAMPLES | " + " | ".join(cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    saved = dict(calibration.TABLE)
    for bins in (1, 2, 3, 4):
        for least in (15, 30):
            ece: dict[str, float] = defaultdict(float)
            for test in (0, 1):
                samples: dict[tuple[str, str], list[tuple[float, bool]]] = defaultdict(list)
                for row_id, _bench, _mode, label, args, raw, ok in records:
                    if fold(row_id) != test:
                        samples[(label, calibration.family(*args))].append((raw, ok))
                        samples[(label, "*")].append((raw, ok))
                calibration.TABLE.clear()
                calibration.TABLE.update(
                    {k: tuple(v) for k, v in fit(samples, bins, least).items()}
                )
                groups: dict[str, list[tuple[float, bool]]] = defaultdict(list)
                for row_id, bench, mode, label, args, raw, ok in records:
                    if fold(row_id) != test or label == Label.NOT_ENOUGH_EVIDENCE.value:
                        continue
                    if mode.endswith("*"):
                        continue
                    rule, given, words, single = args
                    conf = calibration.calibrated(Label(label), rule, raw, given, words, single)
                    groups[f"{bench} {mode}"].append((conf, ok))
                    groups["all"].append((conf, ok))
                for key, pairs in groups.items():
                    ece[key] += expected_calibration_error(pairs) / 2
            print(f"| {bins} | {least} | " + " | ".join(f"{ece[c]:.3f}" for c in cols) + " |")
    calibration.TABLE.clear()
    calibration.TABLE.update(saved)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--check", action="store_true", help="measure the current table instead")
    parser.add_argument(
        "--cv", action="store_true", help="two-fold check of BINS and MIN_SAMPLES, no table"
    )
    args = parser.parse_args(argv)
    if not args.check:
        calibration.TABLE.clear()  # raw strengths
    fever = {r.id for r in read_fever(args.bench / "fever-symmetric" / "dev.jsonl")}
    records: list[Record] = []
    samples: dict[tuple[str, str], list[tuple[float, bool]]] = defaultdict(list)
    pairs: list[tuple[float, bool]] = []
    # The family the engine read each verdict's confidence under (its first lookup).
    families: list[str] = []
    lookups: list[tuple[str, bool, int, bool]] = []
    own_family = calibration.family

    def recording(rule: str, given: bool = False, words: int = 0, single: bool = False) -> str:
        name = own_family(rule, given, words, single)
        families.append(name)
        lookups.append((rule, given, words, single))
        return name

    calibration.family = recording  # type: ignore[assignment]
    for row, mode, evidence, title in rows(args.bench):
        families.clear()
        lookups.clear()
        verdict = check(row, mode, evidence, title)
        ok = right(row, mode, verdict)
        key = (verdict.label.value, families[0])
        bench = "FEVER-S." if row.id in fever else "FMT"
        records.append(
            (row.id, bench, mode, verdict.label.value, lookups[0], verdict.confidence, ok)
        )
        samples[key].append((verdict.confidence, ok))
        samples[(verdict.label.value, "*")].append((verdict.confidence, ok))
        pairs.append((verdict.confidence, ok))
    calibration.family = own_family
    if args.cv:
        cross_validate(records)
        return 0
    print(f"expected calibration error on the tuning half: {expected_calibration_error(pairs):.3f}")
    if args.check:
        return 0
    print()
    print("TABLE: dict[tuple[str, str], tuple[tuple[float, float], ...]] = {")
    for (label, family), points in fit(samples).items():
        n = len(samples[(label, family)])
        cells = ", ".join(f"({x}, {y})" for x, y in points)
        print(f"    ({label!r}, {family!r}): ({cells},),  # {n} verdicts")
    print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
