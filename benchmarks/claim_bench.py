"""Measure the verification engine on the external benchmarks in ../shared/bench/.

    python benchmarks/claim_bench.py            # the README table (all rows)
    python benchmarks/claim_bench.py --half tune    # rows the thresholds were chosen on
    python benchmarks/claim_bench.py --half held    # rows kept out of tuning

Protocol (../shared/bench/README.md): FEVER-Symmetric dev, task *verify* (claim + gold
sentence); Fool Me Twice dev, task *verify* (claim + gold sentences) and *select-then-verify*
(claim + the ~10 retrieved sentences of the page: the engine picks its own evidence; we
also report how often its top sentence is a gold one, precision@1). Neither set has a
not-enough-info class: strict accuracy counts not_enough_evidence as wrong; coverage is the
share of rows answered; answered accuracy is accuracy on those. Every figure overall and on
the rows whose claim has a digit or a month name. The data are read in place, never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.engine import Engine
from factcheck.models import Label, Verdict
from factcheck.textnorm import detokenize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
_DIGIT_OR_MONTH = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)


@dataclass(frozen=True)
class Row:
    id: str
    claim: str
    label: Label  # SUPPORTED or CONTRADICTED
    gold: tuple[str, ...]
    retrieved: tuple[str, ...] = ()
    page: str = ""

    @property
    def dated(self) -> bool:
        return bool(_DIGIT_OR_MONTH.search(self.claim))

    @property
    def half(self) -> str:
        digest = hashlib.sha256(self.id.encode()).digest()
        return "tune" if digest[0] % 2 == 0 else "held"


def _label(text: str) -> Label:
    return {"SUPPORTS": Label.SUPPORTED, "REFUTES": Label.CONTRADICTED}[text]


def read_fever(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            d = json.loads(line)
            yield Row(
                f"fs-{d.get('id', n)}-{n}",
                detokenize(d["claim"]),
                _label(d["label"]),
                (detokenize(d["evidence"]),),
            )


def read_fmt(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield Row(
                f"fmt-{d['id']}",
                d["text"],
                _label(d["label"]),
                tuple(g["text"] for g in d["gold_evidence"]),
                tuple(r["text"] for r in d["retrieved_evidence"]),
                d.get("wikipedia_page", ""),
            )


@dataclass
class Tally:
    rows: int = 0
    correct: int = 0
    answered: int = 0
    answered_correct: int = 0
    p_at_1_hits: int = 0
    p_at_1_rows: int = 0

    def add(self, row: Row, verdict: Verdict, top_is_gold: bool | None = None) -> None:
        self.rows += 1
        if verdict.label in (Label.SUPPORTED, Label.CONTRADICTED):
            self.answered += 1
            if verdict.label is row.label:
                self.answered_correct += 1
                self.correct += 1
        if top_is_gold is not None:
            self.p_at_1_rows += 1
            self.p_at_1_hits += int(top_is_gold)

    def cells(self) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:.1f}" if b else "-"

        return [
            str(self.rows),
            pct(self.correct, self.rows),
            pct(self.answered, self.rows),
            pct(self.answered_correct, self.answered),
            pct(self.p_at_1_hits, self.p_at_1_rows) if self.p_at_1_rows else "-",
        ]


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def run_task(
    rows: Iterable[Row], check: Callable[[Row], tuple[Verdict, bool | None]]
) -> tuple[Tally, Tally]:
    overall, dated = Tally(), Tally()
    for row in rows:
        verdict, top_is_gold = check(row)
        overall.add(row, verdict, top_is_gold)
        if row.dated:
            dated.add(row, verdict, top_is_gold)
    return overall, dated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bench",
        type=Path,
        default=DEFAULT_BENCH,
        help="folder with fever-symmetric/ and fool-me-twice/",
    )
    parser.add_argument("--half", choices=["all", "tune", "held"], default="all")
    parser.add_argument(
        "--errors",
        type=Path,
        default=None,
        help="write misclassified rows (JSON lines) here for study",
    )
    args = parser.parse_args(argv)

    engine = Engine()
    keep = (lambda r: True) if args.half == "all" else (lambda r: r.half == args.half)
    fever = [r for r in read_fever(args.bench / "fever-symmetric" / "dev.jsonl") if keep(r)]
    fmt = [r for r in read_fmt(args.bench / "fool-me-twice" / "dev.jsonl") if keep(r)]
    mistakes: list[dict[str, object]] = []

    def note(task: str, row: Row, verdict: Verdict) -> None:
        if verdict.label is not row.label:
            mistakes.append(
                {
                    "task": task,
                    "claim": row.claim,
                    "label": row.label.value,
                    "got": verdict.label.value,
                    "reason": verdict.reason,
                    "gold": list(row.gold),
                }
            )

    def verify_gold(task: str) -> Callable[[Row], tuple[Verdict, bool | None]]:
        def check(row: Row) -> tuple[Verdict, bool | None]:
            verdict = engine.check_texts(row.claim, list(row.gold), title=row.page)
            note(task, row, verdict)
            return verdict, None

        return check

    def select(row: Row) -> tuple[Verdict, bool | None]:
        verdict = engine.check_texts(row.claim, list(row.retrieved), title=row.page)
        note("fmt-select", row, verdict)
        gold = {_norm(g) for g in row.gold}
        top = verdict.evidence[0].sentence if verdict.evidence else ""
        hit = any(_norm(top) in g or g in _norm(top) for g in gold) if top else False
        return verdict, hit

    started = time.perf_counter()
    table = [
        ("FEVER-Symmetric dev", "verify", *run_task(fever, verify_gold("fever"))),
        ("Fool Me Twice dev", "verify", *run_task(fmt, verify_gold("fmt-verify"))),
        ("Fool Me Twice dev", "select-then-verify", *run_task(fmt, select)),
    ]
    elapsed = time.perf_counter() - started
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        or "unknown"
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(f"command: python benchmarks/claim_bench.py --half {args.half}")
    print(f"commit: {commit}{' (with uncommitted changes)' if dirty else ''}")
    print()
    print("| set | task | rows | strict acc % | coverage % | answered acc % | evidence P@1 % |")
    print("|---|---|---|---|---|---|---|")
    for name, task, overall, dated in table:
        print("| " + " | ".join([name, task, *overall.cells()]) + " |")
        print("| " + " | ".join([name + ", digit/month", task, *dated.cells()]) + " |")
    print()
    print(f"({elapsed:.1f} s for {len(fever) + 2 * len(fmt)} checks)")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for m in mistakes:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
