"""Comparing two JSON reports: which claims moved towards failing."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from factcheck.compare import Change, ClaimChange, compare_reports, render_comparison
from factcheck.errors import OutputError
from factcheck.formats import OutputFormat, RenderOptions, render
from tests.test_formats_sample import sample_report


def report() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        render(sample_report(), OutputFormat.JSON, RenderOptions())
    )
    return document


def with_verdicts(verdicts: dict[str, str]) -> dict[str, Any]:
    """A real report whose results are replaced by these ids and verdicts."""
    document = report()
    template = document["results"][0]
    document["results"] = [
        {**copy.deepcopy(template), "id": claim_id, "verdict": verdict}
        for claim_id, verdict in verdicts.items()
    ]
    return document


@pytest.mark.parametrize(
    ("old", "new", "change"),
    [
        ("supported", "contradicted", Change.WORSE),
        ("supported", "not_enough_evidence", Change.WORSE),
        ("supported", "error", Change.WORSE),
        ("not_enough_evidence", "contradicted", Change.WORSE),
        ("error", "contradicted", Change.WORSE),
        ("contradicted", "supported", Change.BETTER),
        ("contradicted", "error", Change.BETTER),
        ("not_enough_evidence", "supported", Change.BETTER),
        ("not_enough_evidence", "error", Change.CHANGED),
        ("error", "not_enough_evidence", Change.CHANGED),
        ("contradicted", "contradicted", Change.SAME),
    ],
)
def test_ranks(old: str, new: str, change: Change) -> None:
    comparison = compare_reports(with_verdicts({"c": old}), with_verdicts({"c": new}))
    assert comparison.changes == (ClaimChange("c", old, new, change),)
    assert comparison.any_worse is (change is Change.WORSE)


def test_added_and_removed_claims_and_order() -> None:
    old = with_verdicts({"a": "supported", "gone": "contradicted", "b": "supported"})
    new = with_verdicts({"b": "contradicted", "new": "contradicted", "a": "supported"})
    comparison = compare_reports(old, new)
    assert comparison.changes == (
        ClaimChange("b", "supported", "contradicted", Change.WORSE),
        ClaimChange("new", None, "contradicted", Change.ADDED),
        ClaimChange("a", "supported", "supported", Change.SAME),
        ClaimChange("gone", "contradicted", None, Change.REMOVED),
    )
    assert comparison.any_worse
    assert render_comparison(comparison) == (
        "b: supported -> contradicted (worse)\n"
        "new: (absent) -> contradicted (added)\n"
        "gone: contradicted -> (absent) (removed)\n"
        "4 claims compared: 1 worse, 0 better, 0 changed, 1 added, 1 removed, 1 same\n"
    )
    assert render_comparison(comparison, show_same=True).splitlines()[2] == (
        "a: supported -> supported (same)"
    )


def test_added_or_removed_claims_are_not_worse() -> None:
    comparison = compare_reports(
        with_verdicts({"gone": "supported"}), with_verdicts({"new": "contradicted"})
    )
    assert not comparison.any_worse


def test_identical_reports() -> None:
    comparison = compare_reports(report(), report())
    assert not comparison.any_worse
    assert render_comparison(comparison) == (
        "4 claims compared: 0 worse, 0 better, 0 changed, 0 added, 0 removed, 4 same\n"
    )


def test_example_from_the_documentation() -> None:
    old = with_verdicts({"warsaw-pact-dissolved": "supported"})
    new = with_verdicts({"warsaw-pact-dissolved": "contradicted"})
    assert render_comparison(compare_reports(old, new)).splitlines()[0] == (
        "warsaw-pact-dissolved: supported -> contradicted (worse)"
    )


def test_hostile_ids_are_shown_inertly() -> None:
    comparison = compare_reports(
        with_verdicts({"x\x1b[2J": "supported"}), with_verdicts({"x\x1b[2J": "error"})
    )
    assert render_comparison(comparison) == (
        "x␛[2J: supported -> error (worse)\n"
        "1 claim compared: 1 worse, 0 better, 0 changed, 0 added, 0 removed, 0 same\n"
    )


def broken(change: Any) -> dict[str, Any]:
    document = report()
    change(document)
    return document


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ([], "new.json: not a factcheck JSON report (no schema_version)"),
        ({"results": []}, "new.json: not a factcheck JSON report (no schema_version)"),
        (
            broken(lambda d: d.update(schema_version=2)),
            "new.json: report schema_version 2 is not supported; this factcheck reads version 1",
        ),
        (
            broken(lambda d: d.update(schema_version=True)),
            "new.json: report schema_version True is not supported; this factcheck reads version 1",
        ),
        (
            broken(lambda d: d.pop("results")),
            "new.json: not a factcheck JSON report (results is not a list)",
        ),
        (broken(lambda d: d["results"].append(3)), "new.json: results[4] has no claim id"),
        (
            broken(lambda d: d["results"][1].update(verdict="maybe")),
            "new.json: results[1] has an unknown verdict 'maybe'",
        ),
        (
            broken(lambda d: d["results"][2].update(id="warsaw-pact-founded")),
            "new.json: results[2] repeats the claim id 'warsaw-pact-founded'",
        ),
    ],
)
def test_invalid_reports_are_refused_in_one_line(new: Any, message: str) -> None:
    with pytest.raises(OutputError) as info:
        compare_reports(report(), new, new_name="new.json")
    assert str(info.value) == message


def test_old_report_is_checked_too() -> None:
    with pytest.raises(OutputError, match=r"^old report: not a factcheck JSON report"):
        compare_reports({}, report())
