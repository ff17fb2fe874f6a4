"""The JSON report: schema-valid, stable, and strict about its own keys."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from typing import Any

import jsonschema
import pytest

from factcheck.errors import OutputError
from factcheck.formats import SCHEMA_VERSION, OutputFormat, RenderOptions, render, report_schema
from factcheck.models import Evidence, Report
from tests.test_formats_sample import HOSTILE, PERMALINK, sample_report


def as_json(report: Report) -> str:
    return render(report, OutputFormat.JSON, RenderOptions())


def validator() -> jsonschema.protocols.Validator:
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(document: Any) -> list[str]:
    return [e.message for e in validator().iter_errors(document)]


def test_schema_is_draft_2020_12_and_versioned() -> None:
    schema = report_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    assert SCHEMA_VERSION == 1


def test_report_is_valid_against_the_schema() -> None:
    document = json.loads(as_json(sample_report(note="fell back")))
    assert errors(document) == []


def test_text_layout_is_stable() -> None:
    text = as_json(sample_report())
    assert text.endswith("}\n")
    assert text.startswith('{\n  "schema_version": 1,\n  "tool": {\n    "name": "factcheck",\n')
    assert "\u2714" not in text  # no verdict symbols leak into the data
    assert "Styled [bold red]x[/] and \\u001b[31mred\\u001b[0m" in text  # JSON escapes ESC
    assert "“" not in text  # nothing added around the sentence
    assert as_json(sample_report()) == text


def test_top_level_and_result_key_order() -> None:
    document = json.loads(as_json(sample_report()))
    assert list(document) == [
        "schema_version",
        "tool",
        "generated_at",
        "claims_file",
        "essay",
        "source",
        "engine",
        "notes",
        "summary",
        "results",
    ]
    assert list(document["results"][0]) == [
        "id",
        "text",
        "quote",
        "kind",
        "pages",
        "verdict",
        "confidence",
        "rule",
        "reason",
        "values",
        "evidence",
        "lookups",
    ]


def test_content() -> None:
    document = json.loads(as_json(sample_report(note="fell back")))
    assert document["essay"] == {
        "title": "Why Japan should take a stand in NATO tensions with Russia",
        "published": "2022-01-24",
    }
    assert document["source"] == {
        "api": "https://en.wikipedia.org/w/api.php",
        "offline": False,
        "snapshot": None,
        "note": "fell back",
        "as_of": None,
    }
    assert document["summary"] == {
        "total": 4,
        "supported": 1,
        "contradicted": 1,
        "not_enough_evidence": 1,
        "error": 1,
    }
    contradicted = document["results"][1]
    assert contradicted["verdict"] == "contradicted"
    assert contradicted["values"] == [
        {
            "kind": "date",
            "asserted": "1990",
            "status": "contradicted",
            "found": "1 July 1991",
            "evidence_index": 0,
            "note": "",
        }
    ]
    assert contradicted["evidence"][0] == {
        "title": "Warsaw Pact",
        "url": PERMALINK,
        "revid": 1187654321,
        "timestamp": "",
        "sentence": "Its members formally dissolved the pact in Prague on 1 July 1991.",
        "score": 91.5,
        "section": "Dissolution",
        "origin": "text",
    }
    assert contradicted["lookups"] == [
        {
            "requested": "Warsaw pact",
            "status": "found",
            "title": "Warsaw Pact",
            "revid": 1187654321,
            "reason": "",
            "via_search": False,
        }
    ]
    error = document["results"][3]
    assert error["lookups"][0]["title"] is None
    assert error["lookups"][0]["status"] == "missing"
    assert document["results"][2]["evidence"][0]["sentence"] == HOSTILE


def test_every_evidence_url_is_a_permanent_link() -> None:
    document = json.loads(as_json(sample_report()))
    urls = [e["url"] for r in document["results"] for e in r["evidence"]]
    assert urls == [PERMALINK, PERMALINK, PERMALINK, urls[3]]
    assert urls[3] == "https://en.wikipedia.org/w/index.php?title=NATO&oldid=42"


def test_non_ascii_is_written_as_is() -> None:
    report = sample_report(note="Zürich – 東京")
    assert '"note": "Zürich – 東京"' in as_json(report)


@pytest.mark.parametrize(
    "path",
    [
        (),
        ("tool",),
        ("essay",),
        ("source",),
        ("summary",),
        ("results", 0),
        ("results", 1, "values", 0),
        ("results", 1, "evidence", 0),
        ("results", 1, "lookups", 0),
    ],
)
def test_additional_properties_catch_typos(path: tuple[str | int, ...]) -> None:
    document = json.loads(as_json(sample_report()))
    broken = copy.deepcopy(document)
    target: Any = broken
    for step in path:
        target = target[step]
    key = next(iter(target))
    target[key + "_typo"] = target.pop(key)
    messages = errors(broken)
    assert any("Additional properties are not allowed" in m for m in messages), messages
    assert any(f"'{key}' is a required property" in m for m in messages), messages


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema_version",), 2),
        (("results", 0, "verdict"), "maybe"),
        (("results", 0, "confidence"), 1.5),
        (("results", 0, "values", 0, "status"), "sure"),
        (("summary", "total"), -1),
        (("essay", "published"), "24 January 2022"),
    ],
)
def test_schema_rejects_bad_values(path: tuple[str | int, ...], value: object) -> None:
    document = json.loads(as_json(sample_report()))
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert errors(document) != []


def test_not_a_number_is_an_output_error() -> None:
    report = sample_report()
    first = report.results[0]
    verdict = replace(first.verdict, evidence=(Evidence("x", float("nan")),))
    report = replace(report, results=(replace(first, verdict=verdict),))
    with pytest.raises(OutputError, match="cannot write the JSON report"):
        as_json(report)


def test_report_schema_returns_a_fresh_copy() -> None:
    report_schema()["title"] = "changed"
    assert report_schema()["title"] == "factcheck report, version 1"
