"""False alarms without labels: every sentence and clause of a Fool Me Twice page against the
page's other sentences.

    python benchmarks/self_consistency.py --half tune              # the rows rules are tuned on
    python benchmarks/self_consistency.py --half held              # the published figure
    python benchmarks/self_consistency.py --half tune --show 30    # and the first 30 alarms

A sentence of an article is true by that article, and so is each of its clauses of 5 to 25
words (cut at ";", "but", "while", "which", brackets dropped, as `pack_check.py` cuts them).
Each, as a claim, is checked in page mode against the page's other sentences: the article
agrees with itself, so a contradiction is a false alarm of the kind a true claim meets when
the article tells of a like event but not of the claim's (bar the article's rare
inconsistencies, which the listing shows). A page's sentences are all those the benchmark
gives for it on the chosen half (retrieved and gold, over all its rows). This is wider than
`claim_bench.py`'s self-consistency line, which checks whole sentences of one row's
retrieved sentences; it takes about three minutes a half.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claim_bench import DEFAULT_BENCH, read_fmt, rule_of
from factcheck.engine import verify
from factcheck.models import Label
from pack_check import _clauses

LEAST_WORDS, MOST_WORDS = 5, 40


def pages(bench: Path, half: str) -> dict[str, list[str]]:
    out: dict[str, dict[str, None]] = {}
    for row in read_fmt(bench / "fool-me-twice" / "dev.jsonl"):
        if row.half != half:
            continue
        for sentence in (*row.retrieved, *row.gold):
            out.setdefault(row.page, {})[sentence] = None
    return {page: list(sentences) for page, sentences in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--half", choices=("tune", "held"), required=True)
    parser.add_argument("--show", type=int, default=0, help="list this many false alarms")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    checked = 0
    alarms: list[tuple[str, str, str, str]] = []
    for page, sentences in pages(args.bench, args.half).items():
        for i, sentence in enumerate(sentences):
            others = " ".join(s for j, s in enumerate(sentences) if j != i)
            clauses = [c + "." for c in _clauses(sentence)] if len(sentences) > 1 else []
            for claim in dict.fromkeys([sentence, *clauses]):
                if not LEAST_WORDS <= len(claim.split()) <= MOST_WORDS:
                    continue
                checked += 1
                verdict = verify(claim, {page: others})
                if verdict.label is Label.CONTRADICTED:
                    alarms.append((page, claim, rule_of(verdict), verdict.reason))
    rules = Counter(rule for _p, _c, rule, _r in alarms)
    print(f"Command: python benchmarks/self_consistency.py --half {args.half}")
    print(
        f"{args.half} half: {checked} sentences and clauses, {len(alarms)} contradicted "
        f"({len(alarms) / max(1, checked):.4f}); "
        + ", ".join(f"{rule}: {n}" for rule, n in sorted(rules.items()))
    )
    for page, claim, rule, reason in alarms[: args.show]:
        print(f"- {page}: {claim}\n  {rule} {reason[:200]}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
