"""Misses without labels: wrong years, places, bodies, people, figures, days and denials made
from the sentences of Fool Me Twice pages, checked against the page.

    python benchmarks/mutation_check.py --half tune              # the rows rules are tuned on
    python benchmarks/mutation_check.py --half held              # the published figure
    python benchmarks/mutation_check.py --half tune --show years --limit 30

`pack_check.py`'s probes (a clause's year moved by 3; a place, a body or a person named
after "by" swapped for one the page never names; a figure doubled and one added; the day
of a date moved by 3; a clause opening on a name and "was" denied with "not"; the same
denial made in the page itself, the clause as it stood the claim), run on real
Wikipedia sentences that nobody on this team wrote instead of on the evidence pack: a
page's text is every sentence the benchmark gives for it on the chosen half (retrieved and
gold, over all its rows), as `self_consistency.py` gathers them. Each changed clause is a
claim the page settles as wrong: it should be contradicted, and should never be supported.
The original clause must not be contradicted. A recall check without labels; about two
minutes a half.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claim_bench import DEFAULT_BENCH
from pack_check import PROBES
from self_consistency import pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--half", choices=("tune", "held"), required=True)
    parser.add_argument("--show", choices=sorted(PROBES), help="list this probe's misses")
    parser.add_argument("--limit", type=int, default=20, help="how many misses to list")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    texts = {page: " ".join(sentences) for page, sentences in pages(args.bench, args.half).items()}
    print(f"Command: python benchmarks/mutation_check.py --half {args.half}")
    print(f"{args.half} half: {len(texts)} Fool Me Twice pages")
    for name, probe in PROBES.items():
        result = probe(texts)
        print(result.line(name))
        if args.show == name:
            for miss in result.misses[: args.limit]:
                print("  - " + miss)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
