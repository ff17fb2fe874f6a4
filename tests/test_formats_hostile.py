"""Any text at all in a claim or a page: every format stays well-formed and inert."""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.formats import OutputFormat, RenderOptions, render
from factcheck.models import Evidence, Report
from tests.test_formats_sample import contradicted, sample_report

SGR = re.compile(r"\x1b\[[0-9;]*m")
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
# Text that stresses every format: markup, HTML, Markdown, XML, escapes, all code points.
nasty = st.lists(
    st.one_of(
        st.sampled_from(["[", "]", "[/]", "|", "`", "<", ">", "&", "\n", "\r", "\x1b[", "\x00"]),
        st.characters(codec="utf-8"),
    ),
    max_size=40,
).map("".join)


def report_with(claim_text: str, sentence: str, reason: str, title: str) -> Report:
    result = contradicted()
    evidence = Evidence(sentence, 50.0, title=title, url="https://x.test/w?title=A", revid=3)
    claim = replace(result.claim, text=claim_text)
    verdict = replace(result.verdict, reason=reason, evidence=(evidence,))
    return replace(sample_report(), results=(replace(result, claim=claim, verdict=verdict),))


@settings(max_examples=60, deadline=None)
@given(nasty, nasty, nasty, nasty, st.booleans())
def test_terminal_output_has_no_stray_controls(
    claim: str, sentence: str, reason: str, title: str, color: bool
) -> None:
    output = render(
        report_with(claim, sentence, reason, title),
        OutputFormat.TERMINAL,
        RenderOptions(color=color, width=60),
    )
    shown = SGR.sub("", output)
    assert all(ch == "\n" or unicodedata.category(ch) != "Cc" for ch in shown)


@settings(max_examples=60, deadline=None)
@given(nasty, nasty, nasty, nasty)
def test_markdown_rows_stay_rows(claim: str, sentence: str, reason: str, title: str) -> None:
    output = render(
        report_with(claim, sentence, reason, title), OutputFormat.MARKDOWN, RenderOptions()
    )
    rows = [line for line in output.splitlines() if line.startswith("| `warsaw")]
    assert [len(UNESCAPED_PIPE.findall(row)) for row in rows] == [5, 6]
    assert "<" not in output.replace("<details>", "").replace("</details>", "").replace(
        "<summary>", ""
    ).replace("</summary>", "")


@settings(max_examples=60, deadline=None)
@given(nasty, nasty, nasty, nasty)
def test_json_round_trips(claim: str, sentence: str, reason: str, title: str) -> None:
    output = render(report_with(claim, sentence, reason, title), OutputFormat.JSON, RenderOptions())
    result = json.loads(output)["results"][0]
    assert (result["text"], result["reason"]) == (claim, reason)
    assert (result["evidence"][0]["sentence"], result["evidence"][0]["title"]) == (sentence, title)


@settings(max_examples=60, deadline=None)
@given(nasty, nasty, nasty, nasty)
def test_junit_always_parses(claim: str, sentence: str, reason: str, title: str) -> None:
    output = render(
        report_with(claim, sentence, reason, title), OutputFormat.JUNIT, RenderOptions()
    )
    root = ET.fromstring(output.encode("utf-8"))
    assert len(root.findall(".//testcase")) == 1
