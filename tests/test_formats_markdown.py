"""The Markdown report: exact text, and hostile text that cannot break out of its cell."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pytest

from factcheck.formats import OutputFormat, RenderOptions, render
from factcheck.formats.markdown import cell, claim_id, link
from factcheck.models import Report
from tests.test_formats_sample import PERMALINK, contradicted, sample_report

EXPECTED = """\
## factcheck report: Why Japan should take a stand in NATO tensions with Russia

Claims from claims/essay\\_claims.toml; evidence from https://en.wikipedia.org/w/api.php; \
factcheck 0.1.0, 2024-05-01T12:00:00Z.

| Verdict | Claims |
|---|---:|
| ✔ supported | 1 |
| ✘ contradicted | 1 |
| ? not enough evidence | 1 |
| ! error | 1 |
| **total** | **4** |

> **Note:** fell back to the snapshot

### Contradicted claims (1)

| Claim | Statement | Evidence | Reason |
|---|---|---|---|
| `warsaw-pact-dissolved` | The Warsaw Pact was dissolved in 1990. | “Its members formally \
dissolved the pact in Prague on 1 July 1991.” — [Warsaw Pact (rev 1187654321)]\
(https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321) | the claim says 1990; \
the article says 1 July 1991 |

<details>
<summary>All claims (4)</summary>

| Claim | Verdict | Statement | Evidence | Reason |
|---|---|---|---|---|
| `warsaw-pact-founded` | ✔ supported (90%) | The Warsaw Pact was founded in 1955. | “The treaty \
that set up the pact was signed in Warsaw on 14 May 1955.” — [Warsaw Pact (rev 1187654321)]\
(https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321) | the year 1955 matches \
the article |
| `warsaw-pact-dissolved` | ✘ contradicted (92%) | The Warsaw Pact was dissolved in 1990. | “Its \
members formally dissolved the pact in Prague on 1 July 1991.” — [Warsaw Pact (rev 1187654321)]\
(https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321) | the claim says 1990; \
the article says 1 July 1991 |
| `nato-founding-members` | ? not enough evidence (30%) | NATO had 12 founding members in 1949. | \
“Styled \\[bold red\\]x\\[/\\] and ␛\\[31mred␛\\[0m \\| \\`tick\\` &lt;b&gt;bold&lt;/b&gt; next \
line.” — [NATO &lt;script&gt; (rev 42)](https://en.wikipedia.org/w/index.php?title=NATO&oldid=42) \
| no sentence states the number of founding members |
| `budapest-memorandum` | ! error (0%) | The Budapest Memorandum was signed in 1994. | none found \
| no page could be read for this claim |

</details>
"""

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def markdown(report: Report, quiet: bool = False) -> str:
    return render(report, OutputFormat.MARKDOWN, RenderOptions(quiet=quiet))


def test_exact_output() -> None:
    assert markdown(sample_report(note="fell back to the snapshot")) == EXPECTED


def test_quiet_leaves_out_the_full_list() -> None:
    output = markdown(sample_report(note="fell back to the snapshot"), quiet=True)
    assert output == EXPECTED[: EXPECTED.index("<details>")].rstrip("\n") + "\n"


def test_nothing_contradicted() -> None:
    report = sample_report()
    report = replace(report, results=report.results[:1])
    assert "No claim is contradicted by its evidence." in markdown(report)


def hostile_report() -> Report:
    result = contradicted()
    claim = replace(
        result.claim,
        id="bad|id`x`",
        text="A | B\nC `code` <img src=x onerror=alert(1)> [link](javascript:x) **b**",
    )
    verdict = replace(result.verdict, reason="reason | with\r\npipes </td>")
    return replace(sample_report(), results=(replace(result, claim=claim, verdict=verdict),))


def test_hostile_text_cannot_break_table_rows() -> None:
    output = markdown(hostile_report())
    rows = [line for line in output.splitlines() if line.startswith("| ")]
    contradicted_rows = [r for r in rows if "bad" in r]
    assert len(contradicted_rows) == 2  # one in each table, each on a single line
    for row in contradicted_rows:
        assert len(UNESCAPED_PIPE.findall(row)) in (5, 6)  # 4 or 5 columns
    assert "<img" not in output
    assert "</td>" not in output
    assert "[link](javascript" not in output
    assert "\\[link\\](javascript:x)" in output
    assert "\r" not in output


def test_cell_escaping() -> None:
    assert cell("a|b`c<d>&e\nf") == "a\\|b\\`c&lt;d&gt;&amp;e f"
    assert cell("[x](y) *z* _w_ ~v~") == "\\[x\\](y) \\*z\\* \\_w\\_ \\~v\\~"
    assert cell("back\\slash") == "back\\\\slash"
    assert cell("\x1b[1m") == "␛\\[1m"


def test_claim_ids() -> None:
    assert claim_id("warsaw-pact-dissolved") == "`warsaw-pact-dissolved`"
    assert claim_id("a`b") == "a\\`b"


def test_links() -> None:
    assert (
        link("T (rev 1)", "https://w.org/x?a=(1) b") == "[T (rev 1)](https://w.org/x?a=%281%29%20b)"
    )
    assert link("T", "javascript:alert(1)") == "T"
    assert link("T", "") == "T"


def test_a_markdown_parser_sees_the_intended_tables() -> None:
    # markdown-it-py comes with rich; with tables on it reads GFM tables like GitHub does.
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(markdown(hostile_report()))

    def flat(tokens: list[Any]) -> list[Any]:
        out = []
        for token in tokens:
            out.append(token)
            out.extend(flat(token.children or []))
        return out

    everything = flat(tokens)
    html = [t.content.strip() for t in everything if t.type in ("html_block", "html_inline")]
    assert html == ["<details>\n<summary>All claims (1)</summary>", "</details>"]
    links = [t.attrs["href"] for t in everything if t.type == "link_open"]
    assert links == [PERMALINK, PERMALINK]
    rows = [t for t in tokens if t.type == "tr_open"]
    cells_per_row = []
    for row in rows:
        start = tokens.index(row)
        end = next(i for i in range(start, len(tokens)) if tokens[i].type == "tr_close")
        cells_per_row.append(sum(1 for t in tokens[start:end] if t.type in ("td_open", "th_open")))
    # summary table (header, 4 verdicts, total), contradicted table, table of all claims
    assert cells_per_row == [2] * 6 + [4, 4] + [5, 5]
