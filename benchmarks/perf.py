"""How fast the parts are, as ratios against baselines measured in the same run.

    python benchmarks/perf.py

The machines this runs on are shared and noisy, so every figure is a ratio to a simple
baseline timed right before it on the same input:

- engine: checking the essay's claims against the evidence pack, per claim, against a bare
  rapidfuzz scan of the same sentences (the least any sentence matcher must do);
- value grammar: `extract_values` against a regex that only finds digits, on the pack's text;
- claims loader: `load_claims` on a generated 100,000-claim file against `tomllib.loads` alone.

The README records the figures with the commit they were measured at.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

from factcheck.claims import load_claims
from factcheck.engine import Engine
from factcheck.models import Page
from factcheck.sentences import split_sentences
from factcheck.testwiki.pack import load_pack
from factcheck.values import extract_values

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "src" / "factcheck" / "testwiki" / "pack"
CLAIMS = ROOT / "claims" / "essay_claims.toml"


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    pack = load_pack(PACK)
    pages = {p.title: Page(p.title, n, n, "", "", p.text) for n, p in enumerate(pack.pages, 1)}
    claims = load_claims(CLAIMS).claims
    sentences = {t: [s.text for s in split_sentences(p.text)] for t, p in pages.items()}
    engine = Engine()

    def bare_scan() -> None:
        for claim in claims:
            for title in claim.pages:
                for sentence in sentences.get(title, []):
                    fuzz.token_set_ratio(claim.text, sentence)

    def check_all() -> None:
        for claim in claims:
            engine.check(claim, [pages[t] for t in claim.pages if t in pages])

    check_all()  # warm the per-page caches, as a run does for the second claim on a page
    base = best_of(3, bare_scan)
    full = best_of(3, check_all)
    print(
        f"engine: {1000 * full / len(claims):.2f} ms per claim; "
        f"{full / base:.0f}x a bare rapidfuzz scan ({1000 * base / len(claims):.3f} ms)"
    )

    text = "\n".join(p.text for p in pages.values())
    lines = [s for ss in sentences.values() for s in ss]
    digits = re.compile(r"\d+")
    base = best_of(3, lambda: [digits.findall(s) for s in lines])
    grammar = best_of(3, lambda: [extract_values(s) for s in lines])
    print(
        f"value grammar: {len(lines) / grammar:,.0f} sentences/s; "
        f"{grammar / base:.0f}x a digit regex ({len(text):,} characters)"
    )

    body = "".join(
        f'[[claim]]\nid = "claim-{n}"\ntext = "The Warsaw Pact was dissolved in July {n}."\n'
        f'pages = ["Warsaw Pact"]\n\n'
        for n in range(100_000)
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "many.toml"
        path.write_text(body, encoding="utf-8")
        base = best_of(1, lambda: tomllib.loads(body))
        load = best_of(1, lambda: load_claims(path))
    print(
        f"claims loader: 100,000 claims in {load:.1f} s; {load / base:.1f}x tomllib alone "
        f"({base:.1f} s)"
    )
    print(f"(python {sys.version.split()[0]}; each figure the best of its runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
