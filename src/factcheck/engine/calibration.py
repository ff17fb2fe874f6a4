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
        (0.58, 1.0),
        (0.756, 1.0),
        (0.955, 1.0),
        (0.99, 1.0),
    ),  # 164 verdicts
    ("contradicted", "FC1/list/one"): ((0.965, 0.999),),  # 23 verdicts
    ("contradicted", "FC1/page/one"): (
        (0.874, 0.999),
        (0.99, 0.999),
    ),  # 21 verdicts
    ("contradicted", "FC4/list/one"): (
        (0.538, 0.999),
        (0.676, 0.999),
        (0.862, 0.999),
        (0.99, 0.999),
    ),  # 36 verdicts
    ("contradicted", "FC4/page/one"): ((0.752, 0.999),),  # 31 verdicts
    ("not_enough_evidence", "*"): ((0.621, 0.431),),  # 2611 verdicts
    ("not_enough_evidence", "NE0/list"): (
        (0.57, 0.418),
        (0.99, 0.449),
    ),  # 1339 verdicts
    ("not_enough_evidence", "NE0/page"): (
        (0.236, 0.422),
        (0.525, 0.437),
        (0.966, 0.449),
    ),  # 1272 verdicts
    ("supported", "*"): (
        (0.719, 0.674),
        (0.8, 0.811),
        (0.85, 0.82),
        (0.947, 0.903),
    ),  # 407 verdicts
    ("supported", "S101/list/short"): (
        (0.775, 0.504),
        (0.8, 0.588),
        (0.844, 0.629),
        (0.9, 0.705),
    ),  # 18 verdicts
    ("supported", "S101/list/short/one"): (
        (0.762, 0.782),
        (0.839, 0.954),
    ),  # 92 verdicts
    ("supported", "S101/page/long"): (
        (0.695, 0.453),
        (0.72, 0.453),
        (0.843, 0.536),
        (0.945, 0.644),
    ),  # 18 verdicts
    ("supported", "S101/page/short"): (
        (0.769, 0.491),
        (0.857, 0.687),
    ),  # 61 verdicts
    ("supported", "S101/page/short/one"): (
        (0.75, 0.758),
        (0.832, 0.961),
    ),  # 81 verdicts
    ("supported", "S102/list/short/one"): (
        (0.82, 0.868),
        (0.963, 0.868),
        (0.99, 0.94),
    ),  # 26 verdicts
    ("supported", "S102/page/short/one"): (
        (0.9, 0.965),
        (0.99, 0.965),
    ),  # 20 verdicts
}


def family(rule: str, given: bool = False, words: int = 0, single: bool = False) -> str:
    """Rules calibrate by family (FC1xx values, FC2xx names, S10x support ...), by mode
    (sentences handed over as the evidence, "list", or found in articles, "page"), by
    whether the evidence was one sentence ("/one": support read from the only sentence there
    is proves more than support picked among many) and, for support, by the claim's length."""
    name = (rule[:4] if rule.startswith("S") else rule[:3]) + ("/list" if given else "/page")
    if rule.startswith("S"):
        name += "/long" if words > LONG_CLAIM else "/short"
    # Not for not_enough_evidence: whether one sentence leaves a claim open says nothing of
    # how often it really is open (the tuning sets hold no open claim of one sentence).
    return name + ("/one" if single and not rule.startswith("NE") else "")


def calibrated(
    label: Label, rule: str, raw: float, given: bool = False, words: int = 0, single: bool = False
) -> float:
    return min(CEILING, _read(label, rule, raw, given, words, single))


def _read(label: Label, rule: str, raw: float, given: bool, words: int, single: bool) -> float:
    raw = min(1.0, max(0.0, raw))
    points = TABLE.get((label.value, family(rule, given, words, single)))
    if not points and single:
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
