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
# No verdict read from text is certain: a confidence of 100% would promise what no sample of
# verdicts can show.
CEILING = 0.99

# (label, rule family) -> ((raw score, probability right), ...), raw scores ascending.
# Fitted with `python benchmarks/calibrate.py --half tune` (see its docstring).
TABLE: dict[tuple[str, str], tuple[tuple[float, float], ...]] = {
    ("contradicted", "*"): (
        (0.767, 0.947),
        (0.99, 0.993),
    ),  # 169 verdicts
    ("contradicted", "FC1/list"): ((0.93, 0.994),),  # 27 verdicts
    ("contradicted", "FC1/page"): ((0.913, 0.995),),  # 31 verdicts
    ("contradicted", "FC4/list"): (
        (0.538, 0.997),
        (0.66, 0.997),
        (0.878, 0.997),
        (0.99, 0.997),
    ),  # 40 verdicts
    ("contradicted", "FC4/page"): (
        (0.538, 0.997),
        (0.698, 0.997),
        (0.876, 0.997),
        (0.99, 0.997),
    ),  # 43 verdicts
    ("not_enough_evidence", "*"): (
        (0.504, 0.429),
        (0.989, 0.433),
    ),  # 2612 verdicts
    ("not_enough_evidence", "NE0/list"): (
        (0.579, 0.41),
        (0.99, 0.471),
    ),  # 1341 verdicts
    ("not_enough_evidence", "NE0/page"): (
        (0.241, 0.408),
        (0.671, 0.443),
    ),  # 1271 verdicts
    ("supported", "*"): (
        (0.73, 0.653),
        (0.828, 0.847),
        (0.95, 0.903),
    ),  # 401 verdicts
    ("supported", "S101/list/long"): (
        (0.74, 0.823),
        (0.86, 0.865),
        (0.945, 0.906),
    ),  # 17 verdicts
    ("supported", "S101/list/short"): (
        (0.765, 0.68),
        (0.837, 0.909),
    ),  # 109 verdicts
    ("supported", "S101/page/long"): (
        (0.706, 0.438),
        (0.836, 0.75),
    ),  # 30 verdicts
    ("supported", "S101/page/short"): (
        (0.746, 0.608),
        (0.8, 0.817),
        (0.853, 0.817),
    ),  # 140 verdicts
    ("supported", "S102/list/short"): (
        (0.796, 0.868),
        (0.953, 0.868),
        (0.99, 0.935),
    ),  # 29 verdicts
    ("supported", "S102/page/long"): (
        (0.884, 0.844),
        (0.99, 0.889),
    ),  # 15 verdicts
    ("supported", "S102/page/short"): (
        (0.795, 0.883),
        (0.947, 0.883),
        (0.99, 0.945),
    ),  # 33 verdicts
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
    return min(CEILING, _read(label, rule, raw, given, words))


def _read(label: Label, rule: str, raw: float, given: bool, words: int) -> float:
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
