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
        (0.653, 1.0),
        (0.961, 1.0),
    ),  # 208 verdicts
    ("contradicted", "FC1/list/one"): (
        (0.841, 1.0),
        (0.99, 1.0),
    ),  # 36 verdicts
    ("contradicted", "FC1/page"): (
        (0.762, 0.999),
        (0.99, 0.999),
    ),  # 19 verdicts
    ("contradicted", "FC1/page/one"): (
        (0.884, 1.0),
        (0.99, 1.0),
    ),  # 24 verdicts
    ("contradicted", "FC4/list/one"): (
        (0.593, 1.0),
        (0.89, 1.0),
    ),  # 48 verdicts
    ("contradicted", "FC4/page/one"): (
        (0.581, 1.0),
        (0.878, 1.0),
    ),  # 39 verdicts
    ("not_enough_evidence", "*"): ((0.631, 0.443),),  # 2597 verdicts
    ("not_enough_evidence", "NE0/list"): ((0.685, 0.44),),  # 1314 verdicts
    ("not_enough_evidence", "NE0/page"): (
        (0.332, 0.438),
        (0.818, 0.455),
    ),  # 1283 verdicts
    ("supported", "*"): (
        (0.767, 0.91),
        (0.909, 0.92),
    ),  # 377 verdicts
    ("supported", "S101/list/short"): ((0.831, 0.701),),  # 15 verdicts
    ("supported", "S101/list/short/one"): (
        (0.784, 0.958),
        (0.857, 0.977),
    ),  # 94 verdicts
    ("supported", "S101/page/short"): ((0.828, 0.733),),  # 36 verdicts
    ("supported", "S101/page/short/one"): (
        (0.776, 0.934),
        (0.85, 0.994),
    ),  # 84 verdicts
    ("supported", "S102/list/short/one"): (
        (0.9, 0.992),
        (0.99, 0.992),
    ),  # 27 verdicts
    ("supported", "S102/page/short"): (
        (0.799, 0.984),
        (0.911, 0.984),
    ),  # 15 verdicts
    ("supported", "S102/page/short/one"): (
        (0.945, 0.989),
        (0.99, 0.989),
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
