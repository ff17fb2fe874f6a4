"""JUnit XML: one test case per claim, parseable by xml.etree and by junitparser."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.formats import OutputFormat, RenderOptions, render
from factcheck.formats.junit import xml_text
from factcheck.models import Report
from tests.test_formats_sample import PERMALINK, contradicted, sample_report


def junit(report: Report) -> str:
    return render(report, OutputFormat.JUNIT, RenderOptions())


def test_suite_counts_and_cases() -> None:
    output = junit(sample_report(note="fell back"))
    assert output.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
    assert output.endswith("</testsuites>\n")
    root = ET.fromstring(output)
    suite = root.find("testsuite")
    assert suite is not None
    assert {k: suite.get(k) for k in ("name", "tests", "failures", "errors", "skipped")} == {
        "name": "factcheck",
        "tests": "4",
        "failures": "1",
        "errors": "1",
        "skipped": "1",
    }
    properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert properties == {
        "claims_file": "claims/essay_claims.toml",
        "source": "https://en.wikipedia.org/w/api.php",
        "note": "fell back",
        "factcheck_version": "0.1.0",
    }
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("factcheck.date", "warsaw-pact-founded"),
        ("factcheck.date", "warsaw-pact-dissolved"),
        ("factcheck.figure", "nato-founding-members"),
        ("factcheck.event", "budapest-memorandum"),
    ]
    outcomes = [[child.tag for child in case] for case in cases]
    assert outcomes == [
        ["system-out"],
        ["failure", "system-out"],
        ["skipped", "system-out"],
        ["error", "system-out"],
    ]


def test_failure_carries_reason_and_evidence() -> None:
    root = ET.fromstring(junit(sample_report()))
    failure = root.find(".//testcase[@name='warsaw-pact-dissolved']/failure")
    assert failure is not None
    assert failure.get("message") == "the claim says 1990; the article says 1 July 1991"
    assert failure.get("type") == "contradicted"
    assert failure.text == (
        "claim: The Warsaw Pact was dissolved in 1990.\n"
        "evidence: Its members formally dissolved the pact in Prague on 1 July 1991.\n"
        f"link: {PERMALINK}\n"
    )
    out = root.find(".//testcase[@name='warsaw-pact-dissolved']/system-out")
    assert out is not None
    assert out.text == (
        "claim: The Warsaw Pact was dissolved in 1990.\n"
        "verdict: ✘ contradicted (confidence 92%)\n"
        "reason: the claim says 1990; the article says 1 July 1991\n"
        "evidence 1: Its members formally dissolved the pact in Prague on 1 July 1991.\n"
        "  source: Warsaw Pact, revision 1187654321\n"
        f"  link: {PERMALINK}\n"
        "evidence 2: By 1990 the alliance had ceased to function in practice.\n"
        "  source: Warsaw Pact, revision 1187654321\n"
        f"  link: {PERMALINK}\n"
    )


def test_skipped_message_says_why() -> None:
    root = ET.fromstring(junit(sample_report()))
    skipped = root.find(".//testcase[@name='nato-founding-members']/skipped")
    assert skipped is not None
    expected = "not enough evidence: no sentence states the number of founding members"
    assert skipped.get("message") == expected


def test_hostile_text_is_escaped_and_forbidden_characters_removed() -> None:
    result = contradicted()
    claim = replace(result.claim, id='a"<b>&\x00', text="x ]]> <y/> \x1b[31m\x0b & \ufffe")
    verdict = replace(result.verdict, reason='"quoted" <b> & \n newline\x07')
    report = replace(sample_report(), results=(replace(result, claim=claim, verdict=verdict),))
    output = junit(report)
    root = ET.fromstring(output)  # would raise on an invalid document
    case = root.find(".//testcase")
    assert case is not None
    assert case.get("name") == 'a"<b>&'
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == '"quoted" <b> & \n newline'
    out = case.find("system-out")
    assert out is not None
    assert out.text is not None
    assert out.text.startswith("claim: x ]]> <y/> [31m & \n")


def test_xml_text_removes_only_forbidden_characters() -> None:
    assert xml_text("a\x00b\x08c\td\ne\rf\x1bg\ud800h\uffffi é") == "abc\td\ne\rfghi é"


def test_junitparser_reads_it(tmp_path: Path) -> None:
    junitparser = pytest.importorskip("junitparser")
    path = tmp_path / "report.xml"
    path.write_text(junit(sample_report()), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert len(suites) == 1
    suite = suites[0]
    assert (suite.name, suite.tests, suite.failures, suite.errors, suite.skipped) == (
        "factcheck",
        4,
        1,
        1,
        1,
    )
    outcomes = {case.name: [type(r).__name__ for r in case.result] for case in suite}
    assert outcomes == {
        "warsaw-pact-founded": [],
        "warsaw-pact-dissolved": ["Failure"],
        "nato-founding-members": ["Skipped"],
        "budapest-memorandum": ["Error"],
    }
