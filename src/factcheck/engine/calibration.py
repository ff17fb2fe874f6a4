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

import itertools

from factcheck.models import Label

# A claim of more content words than this is "long": more parts that could be wrong, and a
# sentence that shares its words proves less (measured: supported verdicts on long claims
# are right far less often).
LONG_CLAIM = 5

# (label, rule family) -> ((raw score, probability right), ...), raw scores ascending.
# Fitted with `python benchmarks/calibrate.py --half tune` (see its docstring).
TABLE: dict[tuple[str, str], tuple[tuple[float, float], ...]] = {
    ("contradicted", "*"): (
        (0.729, 0.933),
        (1.0, 0.992),
    ),  # 172 verdicts
    ("contradicted", "FC1/list"): (
        (0.593, 1.0),
        (0.87, 1.0),
        (1.0, 1.0),
    ),  # 27 verdicts
    ("contradicted", "FC1/page"): (
        (0.692, 0.907),
        (1.0, 0.97),
    ),  # 33 verdicts
    ("contradicted", "FC4/list"): (
        (0.524, 1.0),
        (0.643, 1.0),
        (0.8, 1.0),
        (1.0, 1.0),
    ),  # 38 verdicts
    ("contradicted", "FC4/page"): (
        (0.545, 1.0),
        (0.671, 1.0),
        (0.856, 1.0),
        (1.0, 1.0),
    ),  # 44 verdicts
    ("not_enough_evidence", "*"): (
        (0.517, 0.419),
        (1.0, 0.452),
    ),  # 2636 verdicts
    ("not_enough_evidence", "NE0/list"): (
        (0.589, 0.401),
        (1.0, 0.487),
    ),  # 1354 verdicts
    ("not_enough_evidence", "NE0/page"): (
        (0.245, 0.404),
        (0.546, 0.434),
        (0.982, 0.45),
    ),  # 1282 verdicts
    ("supported", "*"): (
        (0.738, 0.599),
        (0.832, 0.881),
        (0.955, 0.896),
    ),  # 374 verdicts
    ("supported", "S101/list/long"): (
        (0.74, 0.833),
        (0.838, 0.833),
        (0.9, 0.917),
        (0.968, 0.917),
    ),  # 16 verdicts
    ("supported", "S101/list/short"): (
        (0.778, 0.701),
        (0.811, 0.907),
        (0.905, 0.907),
    ),  # 104 verdicts
    ("supported", "S101/page/long"): (
        (0.71, 0.437),
        (0.818, 0.687),
        (0.93, 0.723),
    ),  # 25 verdicts
    ("supported", "S101/page/short"): (
        (0.744, 0.592),
        (0.834, 0.852),
    ),  # 135 verdicts
    ("supported", "S102/list/short"): (
        (0.8, 0.863),
        (0.958, 0.863),
        (1.0, 0.934),
    ),  # 26 verdicts
    ("supported", "S102/page/long"): (
        (0.886, 0.858),
        (1.0, 0.903),
    ),  # 15 verdicts
    ("supported", "S102/page/short"): (
        (0.79, 0.88),
        (0.954, 0.88),
        (1.0, 0.947),
    ),  # 30 verdicts
}


def family(rule: str, given: bool = False, words: int = 0) -> str:
    """Rules calibrate by family (FC1xx values, FC2xx names, S10x support ...), by mode
    (sentences handed over as the evidence, "list", or found in articles, "page") and, for
    support, by the claim's length."""
    name = (rule[:4] if rule.startswith("S") else rule[:3]) + ("/list" if given else "/page")
    if rule.startswith("S"):
        name += "/long" if words > LONG_CLAIM else "/short"
    return name


def calibrated(label: Label, rule: str, raw: float, given: bool = False, words: int = 0) -> float:
    raw = min(1.0, max(0.0, raw))
    points = TABLE.get((label.value, family(rule, given, words)))
    if not points:
        # A family too rare to have its own table: all of the label's verdicts.
        points = TABLE.get((label.value, "*"))
    if not points:
        return round(raw, 2)
    if raw <= points[0][0]:
        return round(points[0][1], 2)
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if raw <= x1:
            share = (raw - x0) / (x1 - x0) if x1 > x0 else 1.0
            return round(y0 + share * (y1 - y0), 2)
    return round(points[-1][1], 2)
