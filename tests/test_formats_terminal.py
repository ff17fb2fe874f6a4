"""The terminal report: exact plain text at 100 and 60 columns, colour, hostile text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from factcheck.formats import OutputFormat, RenderOptions, render
from factcheck.models import Label, Report
from tests.test_formats_sample import HOSTILE, PERMALINK, contradicted, sample_report

NOTE = "fell back to the snapshot claims/essay_claims.snapshot.json"
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colour codes rich writes

PLAIN_100 = """\
4 claims: 1 supported, 1 contradicted, 1 not enough evidence, 1 error
note: fell back to the snapshot claims/essay_claims.snapshot.json

✔ supported  warsaw-pact-founded  confidence 90%
  claim     The Warsaw Pact was founded in «1955».
  evidence  The treaty that set up the pact was signed in Warsaw on «14 May 1955».
  source    Warsaw Pact, revision 1187654321
            https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321
  reason    the year 1955 matches the article

✘ contradicted  warsaw-pact-dissolved  confidence 92%
  claim     The Warsaw Pact was dissolved in «1990».
  evidence  Its members formally dissolved the pact in Prague on «1 July 1991».
  source    Warsaw Pact, revision 1187654321
            https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321
  reason    the claim says 1990; the article says 1 July 1991

? not enough evidence  nato-founding-members  confidence 30%
  claim     NATO had «12» founding members in «1949».
  evidence  Styled [bold red]x[/] and ␛[31mred␛[0m | `tick` <b>bold</b> next line.
  source    NATO <script>, revision 42
            https://en.wikipedia.org/w/index.php?title=NATO&oldid=42
  reason    no sentence states the number of founding members

! error  budapest-memorandum  confidence 0%
  claim     The Budapest Memorandum was signed in 1994.
  evidence  none found
  reason    no page could be read for this claim
"""

VERBOSE_100 = """\
4 claims: 1 supported, 1 contradicted, 1 not enough evidence, 1 error

✔ supported  warsaw-pact-founded  confidence 90%
  claim     The Warsaw Pact was founded in «1955».
  quote     the Warsaw Pact, founded in 1955
  evidence  [1] The treaty that set up the pact was signed in Warsaw on «14 May 1955». (score 88,
                section History)
                Warsaw Pact, revision 1187654321
                https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321
  values    ✔ date «1955» confirmed by evidence 1
  pages     Warsaw Pact: found, revision 1187654321
  reason    the year 1955 matches the article

✘ contradicted  warsaw-pact-dissolved  confidence 92%
  claim     The Warsaw Pact was dissolved in «1990».
  evidence  [1] Its members formally dissolved the pact in Prague on «1 July 1991». (score 91,
                section Dissolution)
                Warsaw Pact, revision 1187654321
                https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321
            [2] By «1990» the alliance had ceased to function in practice. (score 70)
                Warsaw Pact, revision 1187654321
                https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321
  values    ✘ date «1990» contradicted: evidence 1 says «1 July 1991»
  pages     Warsaw pact → Warsaw Pact: found, revision 1187654321
  reason    the claim says 1990; the article says 1 July 1991

? not enough evidence  nato-founding-members  confidence 30%
  claim     NATO had «12» founding members in «1949».
  evidence  [1] Styled [bold red]x[/] and ␛[31mred␛[0m | `tick` <b>bold</b> next line. (score 41)
                NATO <script>, revision 42
                https://en.wikipedia.org/w/index.php?title=NATO&oldid=42
  values    ? number «12» not found
            ? date «1949» not found (no date in the evidence)
  pages     NATO: found, revision 42 (via search)
  reason    no sentence states the number of founding members

! error  budapest-memorandum  confidence 0%
  claim     The Budapest Memorandum was signed in 1994.
  evidence  none found
  pages     Budapest Memorandum on Security Assurances: missing (the wiki has no page of that title)
  reason    no page could be read for this claim
"""

QUIET_100 = """\
4 claims: 1 supported, 1 contradicted, 1 not enough evidence, 1 error

✘ contradicted  warsaw-pact-dissolved  confidence 92%
  claim     The Warsaw Pact was dissolved in «1990».
  evidence  Its members formally dissolved the pact in Prague on «1 July 1991».
  source    Warsaw Pact, revision 1187654321
            https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321
  reason    the claim says 1990; the article says 1 July 1991
"""

# The same report at 60 columns: text wraps under its label; URLs are never broken.
PLAIN_60_FIRST_BLOCKS = """\
4 claims: 1 supported, 1 contradicted, 1 not enough
  evidence, 1 error
note: fell back to the snapshot
  claims/essay_claims.snapshot.json

✔ supported  warsaw-pact-founded  confidence 90%
  claim     The Warsaw Pact was founded in «1955».
  evidence  The treaty that set up the pact was signed in
            Warsaw on «14 May 1955».
  source    Warsaw Pact, revision 1187654321
            https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321
  reason    the year 1955 matches the article

✘ contradicted  warsaw-pact-dissolved  confidence 92%
  claim     The Warsaw Pact was dissolved in «1990».
  evidence  Its members formally dissolved the pact in
            Prague on «1 July 1991».
  source    Warsaw Pact, revision 1187654321
            https://en.wikipedia.org/w/index.php?title=Warsaw_Pact&oldid=1187654321
  reason    the claim says 1990; the article says 1 July
            1991
"""


def terminal(report: Report, **options: bool | int) -> str:
    return render(report, OutputFormat.TERMINAL, RenderOptions(**options))  # type: ignore[arg-type]


def test_plain_at_100_columns() -> None:
    assert terminal(sample_report(note=NOTE), width=100) == PLAIN_100


def test_verbose_shows_every_sentence_value_and_page() -> None:
    assert terminal(sample_report(), width=100, verbose=True) == VERBOSE_100


def test_quiet_shows_only_summary_and_contradicted_claims() -> None:
    assert terminal(sample_report(), width=100, quiet=True) == QUIET_100


def test_quiet_with_nothing_contradicted_is_the_summary_alone() -> None:
    report = sample_report()
    report = replace(report, results=report.results[:1])
    expected = "1 claim: 1 supported, 0 contradicted, 0 not enough evidence, 0 errors\n"
    assert terminal(report, quiet=True) == expected


def test_at_60_columns_only_links_run_past_the_width() -> None:
    output = terminal(sample_report(note=NOTE), width=60)
    assert output.startswith(PLAIN_60_FIRST_BLOCKS)
    for line in output.splitlines():
        assert len(line) <= 60 or line.strip().startswith("https://"), line
        assert line == line.rstrip()


def test_header_pieces_are_not_split() -> None:
    # "confidence 30%" goes whole onto the next line rather than leaving "30%" alone.
    output = terminal(sample_report(), width=50)
    assert "? not enough evidence  nato-founding-members\n  confidence 30%\n" in output


def test_no_report_is_just_a_summary() -> None:
    report = replace(sample_report(), results=())
    expected = "0 claims: 0 supported, 0 contradicted, 0 not enough evidence, 0 errors\n"
    assert terminal(report) == expected


def test_plain_output_has_no_escape_sequences() -> None:
    assert "\x1b" not in terminal(sample_report(note=NOTE), verbose=True)


@pytest.mark.parametrize("verbose", [False, True])
def test_hostile_text_renders_literally_in_colour(verbose: bool) -> None:
    output = terminal(sample_report(), color=True, verbose=verbose)
    assert SGR.search(output), "colour output should be coloured"
    visible = SGR.sub("", output)
    # Markup is not parsed and the page's own escape sequences are made inert.
    assert "Styled [bold red]x[/] and ␛[31mred␛[0m | `tick` <b>bold</b> next line." in visible
    assert "\x1b" not in visible


def test_hostile_claim_text_and_id_render_literally() -> None:
    result = contradicted()
    claim = replace(result.claim, id="id[/]\x1b[2J", text="Says [bold]1990[/bold]\x07 \u202e.")
    report = replace(sample_report(), results=(replace(result, claim=claim),))
    for color in (False, True):
        visible = SGR.sub("", terminal(report, color=color))
        assert "id[/]␛[2J" in visible
        assert "Says [bold]1990[/bold]␇ \\u202e." in visible.replace("«", "").replace("»", "")
        assert "\x1b" not in visible
        assert "\x07" not in visible


def test_colour_marks_values_and_verdicts() -> None:
    output = terminal(sample_report(), color=True)
    # Found value contradicting the claim: bold, underlined, red; confirmed one green.
    assert "\x1b[1;4;31m1 July 1991\x1b[0m" in output
    assert "\x1b[1;4;32m14 May 1955\x1b[0m" in output
    assert "\x1b[1;31m✘ contradicted\x1b[0m" in output
    # Without the colour codes the text is the plain report minus the «» brackets.
    plain = terminal(sample_report())
    assert SGR.sub("", output) == plain.replace("«", "").replace("»", "")


def test_words_stand_without_colour() -> None:
    output = terminal(sample_report())
    for tag in ("✔ supported", "✘ contradicted", "? not enough evidence", "! error"):
        assert tag in output


def test_output_ignores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    expected_plain = terminal(sample_report())
    expected_colour = terminal(sample_report(), color=True)
    for name, value in (
        ("NO_COLOR", "1"),
        ("FORCE_COLOR", "1"),
        ("TERM", "dumb"),
        ("COLUMNS", "33"),
        ("TTY_COMPATIBLE", "1"),
    ):
        monkeypatch.setenv(name, value)
    assert terminal(sample_report()) == expected_plain
    assert terminal(sample_report(), color=True) == expected_colour


def test_links_are_permanent_and_have_one_oldid() -> None:
    output = terminal(sample_report(), verbose=True)
    assert output.count(PERMALINK) == 3  # one supported, two contradicted
    assert "oldid=1187654321&oldid" not in output


def test_note_is_made_visible() -> None:
    output = terminal(sample_report(note="snapshot\x1b[2J used"))
    assert output.splitlines()[1] == "note: snapshot␛[2J used"


def test_hostile_sample_is_hostile() -> None:
    # Guard against the fixture being "fixed": the tests above rely on it.
    assert "\x1b[31m" in HOSTILE
    assert "[bold red]x[/]" in HOSTILE
    assert sample_report().summary[Label.NOT_ENOUGH_EVIDENCE] == 1
