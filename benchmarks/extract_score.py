"""How many of a person's claims `factcheck extract` finds in an essay, and how many extra.

    python benchmarks/extract_score.py [ESSAY CLAIMS.toml] [-v]

Defaults: the bundled essay (../shared/essay/, read in place) and claims/essay_claims.toml.
Scoring, as issue 12 defines it: a listed claim is *found* when an extracted claim's quote
overlaps its quote in the essay, one extracted claim per listed claim (a maximum matching,
so a whole sentence bundling three facts finds one of them). Also printed: the same with a
stricter overlap (at least half of the shorter quote), and the listed claims that carry a
date or figure. `-v` lists the claims not found.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck.claims import load_claims
from factcheck.extract import draft_claims, read_essay
from factcheck.extract.score import matched, quote_span
from factcheck.values import extract_values

ROOT = Path(__file__).resolve().parent.parent
ESSAY = ROOT.parent / "shared" / "essay" / "000_f920b37546b3ce45.txt"
CLAIMS = ROOT / "claims" / "essay_claims.toml"


def main(argv: Sequence[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    essay_path, claims_path = (Path(args[0]), Path(args[1])) if len(args) == 2 else (ESSAY, CLAIMS)
    essay = read_essay(essay_path)
    draft = draft_claims(essay)
    listed = load_claims(claims_path).claims
    spans = [quote_span(essay.text, c.quote) for c in listed]
    extracted = [(c.start, c.end) for c in draft.candidates]
    found = matched(spans, extracted)
    strict = matched(spans, extracted, half=True)
    valued = [i for i, c in enumerate(listed) if extract_values(c.quote)]
    n, m = len(listed), len(extracted)
    print(f"essay: {essay_path.name}; listed claims: {n}; extracted: {m} ({m / n:.2f}x)")
    print(f"found (quotes overlap, one to one): {len(found)} ({len(found) / n:.1%})")
    print(f"found (overlap >= half the shorter quote): {len(strict)} ({len(strict) / n:.1%})")
    hit = sum(1 for i in valued if i in found)
    print(f"listed claims with a date or figure: {len(valued)}; found: {hit}")
    if "-v" in argv:
        for i, claim in enumerate(listed):
            if i not in found:
                print(f"  not found: {claim.id}: {claim.quote}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
