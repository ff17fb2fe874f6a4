"""What changed between two JSON reports: which claims got worse, better, or appeared.

Verdicts are ranked by how close they are to failing a CI job:

    supported = 0,  not_enough_evidence = 1,  error = 1,  contradicted = 2

A move to a higher rank is "worse", to a lower one "better"; a move between verdicts of
the same rank (not_enough_evidence <-> error) is "changed". Claims present in only one
report are "added" or "removed"; neither counts as worse.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from factcheck.errors import OutputError
from factcheck.formats.json_report import SCHEMA_VERSION
from factcheck.formats.sanitize import visible
from factcheck.models import Label

RANK: dict[str, int] = {
    Label.SUPPORTED.value: 0,
    Label.NOT_ENOUGH_EVIDENCE.value: 1,
    Label.ERROR.value: 1,
    Label.CONTRADICTED.value: 2,
}
ABSENT = "(absent)"


class Change(StrEnum):
    WORSE = "worse"
    BETTER = "better"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"
    SAME = "same"


@dataclass(frozen=True)
class ClaimChange:
    id: str
    old: str | None  # verdict in the old report, None if the claim was not there
    new: str | None
    change: Change


@dataclass(frozen=True)
class Comparison:
    changes: tuple[ClaimChange, ...]  # claims of the new report in order, then removed ones

    @property
    def any_worse(self) -> bool:
        return any(c.change is Change.WORSE for c in self.changes)

    def count(self, change: Change) -> int:
        return sum(1 for c in self.changes if c.change is change)


def _verdicts(report: Mapping[str, Any], name: str) -> dict[str, str]:
    """Claim id -> verdict, after checking that `report` is a factcheck JSON report."""
    if not isinstance(report, Mapping) or "schema_version" not in report:
        raise OutputError(f"{name}: not a factcheck JSON report (no schema_version)")
    version = report["schema_version"]
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise OutputError(
            f"{name}: report schema_version {visible(repr(version))} is not supported; "
            f"this factcheck reads version {SCHEMA_VERSION}"
        )
    results = report.get("results")
    if not isinstance(results, list):
        raise OutputError(f"{name}: not a factcheck JSON report (results is not a list)")
    verdicts: dict[str, str] = {}
    for number, result in enumerate(results):
        where = f"{name}: results[{number}]"
        if not isinstance(result, Mapping) or not isinstance(result.get("id"), str):
            raise OutputError(f"{where} has no claim id")
        claim_id, verdict = result["id"], result.get("verdict")
        if verdict not in RANK:
            raise OutputError(f"{where} has an unknown verdict {visible(repr(verdict))}")
        if claim_id in verdicts:
            raise OutputError(f"{where} repeats the claim id {visible(claim_id)!r}")
        verdicts[claim_id] = verdict
    return verdicts


def _change(old: str | None, new: str | None) -> Change:
    if old is None:
        return Change.ADDED
    if new is None:
        return Change.REMOVED
    if old == new:
        return Change.SAME
    if RANK[new] > RANK[old]:
        return Change.WORSE
    if RANK[new] < RANK[old]:
        return Change.BETTER
    return Change.CHANGED


def compare_reports(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    *,
    old_name: str = "old report",
    new_name: str = "new report",
) -> Comparison:
    """Compare two reports as loaded from JSON. The names appear in error messages (pass
    the file paths). Raises OutputError for anything that is not a version-1 report."""
    before = _verdicts(old, old_name)
    after = _verdicts(new, new_name)
    changes = [
        ClaimChange(i, before.get(i), v, _change(before.get(i), v)) for i, v in after.items()
    ]
    changes += [
        ClaimChange(i, v, None, Change.REMOVED) for i, v in before.items() if i not in after
    ]
    return Comparison(tuple(changes))


def render_comparison(comparison: Comparison, *, show_same: bool = False) -> str:
    """One line per claim that changed (every claim with `show_same`), then the counts:

    warsaw-pact-dissolved: supported -> contradicted (worse)
    """
    lines = [
        f"{visible(c.id)}: {visible(c.old or ABSENT)} -> {visible(c.new or ABSENT)} ({c.change})"
        for c in comparison.changes
        if show_same or c.change is not Change.SAME
    ]
    counts = ", ".join(f"{comparison.count(change)} {change}" for change in Change)
    noun = "claim" if len(comparison.changes) == 1 else "claims"
    lines.append(f"{len(comparison.changes)} {noun} compared: {counts}")
    return "\n".join(lines) + "\n"
