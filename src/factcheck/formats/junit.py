"""JUnit XML, so CI systems show each claim as a test.

Mapping (the JUnit vocabulary has no "unknown"): contradicted -> <failure>, error ->
<error>, not_enough_evidence -> <skipped> (nothing was disproved, but nothing was
confirmed either, and CI dashboards show skipped tests without failing the build),
supported -> a passing test.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.formats.base import (
    Formatter,
    evidence_link,
    evidence_source,
    percent,
    verdict_tag,
)
from factcheck.models import ClaimResult, Label, Report

SUITE_NAME = "factcheck"
# Everything XML 1.0 does not allow in a document: most C0 controls, surrogates, U+FFFE/F.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` without the characters an XML 1.0 document cannot contain."""
    return _XML_FORBIDDEN.sub("", text)


def _brief(result: ClaimResult) -> str:
    """The body of a failure or error: the claim and the best evidence against it."""
    lines = [f"claim: {result.claim.text}"]
    if result.verdict.evidence:
        best = result.verdict.evidence[0]
        lines.append(f"evidence: {best.sentence}")
        link = evidence_link(best)
        if link:
            lines.append(f"link: {link}")
    return xml_text("\n".join(lines) + "\n")


def _details(result: ClaimResult) -> str:
    """The body of a test case's output: what was checked and against what."""
    verdict = result.verdict
    lines = [
        f"claim: {result.claim.text}",
        f"verdict: {verdict_tag(verdict.label)} (confidence {percent(verdict.confidence)})",
        f"reason: {verdict.reason}",
    ]
    for number, evidence in enumerate(verdict.evidence, start=1):
        lines.append(f"evidence {number}: {evidence.sentence}")
        lines.append(f"  source: {evidence_source(evidence)}")
        link = evidence_link(evidence)
        if link:
            lines.append(f"  link: {link}")
    return xml_text("\n".join(lines) + "\n")


def _testcase(result: ClaimResult) -> ET.Element:
    claim, verdict = result.claim, result.verdict
    case = ET.Element(
        "testcase",
        {"classname": f"{SUITE_NAME}.{claim.kind.value}", "name": xml_text(claim.id), "time": "0"},
    )
    message = xml_text(verdict.reason)
    if verdict.label is Label.CONTRADICTED:
        failure = ET.SubElement(case, "failure", {"message": message, "type": "contradicted"})
        failure.text = _brief(result)
    elif verdict.label is Label.ERROR:
        error = ET.SubElement(case, "error", {"message": message, "type": "error"})
        error.text = _brief(result)
    elif verdict.label is Label.NOT_ENOUGH_EVIDENCE:
        ET.SubElement(case, "skipped", {"message": f"not enough evidence: {message}"})
    out = ET.SubElement(case, "system-out")
    out.text = _details(result)
    return case


class JunitFormatter(Formatter):
    def format(self, report: Report) -> str:
        counts = {
            "tests": str(report.total),
            "failures": str(report.summary[Label.CONTRADICTED]),
            "errors": str(report.summary[Label.ERROR]),
            "skipped": str(report.summary[Label.NOT_ENOUGH_EVIDENCE]),
        }
        root = ET.Element("testsuites", {"name": SUITE_NAME, **counts})
        suite = ET.SubElement(
            root,
            "testsuite",
            {"name": SUITE_NAME, **counts, "time": "0", "timestamp": xml_text(report.generated_at)},
        )
        properties = ET.SubElement(suite, "properties")
        for name, value in (
            ("claims_file", report.claims_file),
            ("source", report.source.api),
            ("snapshot", report.source.snapshot or ""),
            ("note", report.source.note),
            ("factcheck_version", report.tool_version),
        ):
            if value:
                ET.SubElement(properties, "property", {"name": name, "value": xml_text(value)})
        suite.extend(_testcase(result) for result in report.results)
        ET.indent(root)
        body = ET.tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
