"""The HTML report: one self-contained page, the essay's quotes marked once each, hostile
text kept as text. Checked with the standard library's HTML parser."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.formats import OutputFormat, RenderOptions, render
from factcheck.formats.html import HtmlFormatter, _Mark, _nested
from factcheck.mediawiki import ClientSettings
from factcheck.models import Report
from tests.fakes import FakeSource
from tests.test_formats_sample import sample_report

ESSAY = (
    "In those years the Warsaw Pact, founded in 1955, faced NATO.\n"
    "NATO had 12 founding members in 1949, they say. <script>alert(1)</script>\n"
    "The pact was dissolved in 1990 & gone.\n"
)
QUOTES = {
    "warsaw-pact-founded": "the Warsaw Pact, founded in 1955",
    "warsaw-pact-dissolved": "The pact was dissolved in 1990",
    "nato-founding-members": "NATO had 12 founding members in 1949",
    "budapest-memorandum": "a quote that is nowhere",
}


def with_essay(report: Report, essay: str = ESSAY) -> Report:
    results = tuple(
        replace(r, claim=replace(r.claim, quote=QUOTES[r.claim.id])) for r in report.results
    )
    return replace(report, results=results, essay_path="essay.txt", essay_text=essay)


class Page(HTMLParser):
    """What a browser would build: tags, their attributes, the text inside each mark."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.marks: dict[str, str] = {}  # claim id -> text inside its mark (refs left out)
        self.ids: list[str] = []
        self.data: list[str] = []
        self._open: list[str] = []  # claim ids of the marks we are inside
        self._in_ref = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        self.tags.append((tag, found))
        if "id" in found:
            self.ids.append(found["id"])
        if tag == "mark" and "q" in found.get("class", "").split():
            claim = found["data-claim"]
            assert claim not in self.marks, f"{claim} is marked twice"
            self.marks[claim] = ""
            self._open.append(claim)
        if tag == "a" and "ref" in found.get("class", "").split():
            self._in_ref = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open:
            self._open.pop()
        if tag == "a":
            self._in_ref = False

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        if not self._in_ref:
            for claim in self._open:
                self.marks[claim] += data


def parse(page: str) -> Page:
    parsed = Page()
    parsed.feed(page)
    parsed.close()
    return parsed


def test_every_quote_in_the_essay_is_marked_exactly_once() -> None:
    page = parse(render(with_essay(sample_report()), OutputFormat.HTML, RenderOptions()))
    assert page.marks == {
        "warsaw-pact-founded": "the Warsaw Pact, founded in 1955",
        "warsaw-pact-dissolved": "The pact was dissolved in 1990",
        "nato-founding-members": "NATO had 12 founding members in 1949",
    }
    refs = [a["href"] for tag, a in page.tags if tag == "a" and "ref" in a.get("class", "")]
    assert sorted(refs) == sorted(f"#c-{claim}" for claim in page.marks)
    assert len(page.ids) == len(set(page.ids))
    for claim in QUOTES:  # every claim has its card, the one not found says so
        assert f"c-{claim}" in page.ids
    assert "The quote was not found in the essay." in "".join(page.data)


def test_the_essay_is_shown_exactly_with_its_marks() -> None:
    report = with_essay(sample_report(), "The pact was dissolved in 1990, in <Prague>.\n")
    output = render(report, OutputFormat.HTML, RenderOptions())
    assert (
        '<div class="essay"><mark class="q v-contradicted" id="q-warsaw-pact-dissolved" '
        'data-claim="warsaw-pact-dissolved" title="contradicted: The Warsaw Pact was dissolved '
        'in 1990.">The pact was dissolved in 1990<a class="ref" href="#c-warsaw-pact-dissolved" '
        'aria-label="claim warsaw-pact-dissolved: contradicted">✘</a></mark>, in &lt;Prague&gt;.\n'
        "</div>"
    ) in output


def test_no_text_is_read_as_markup_and_nothing_is_fetched() -> None:
    output = render(with_essay(sample_report()), OutputFormat.HTML, RenderOptions(verbose=True))
    page = parse(output)
    names = [tag for tag, _ in page.tags]
    assert "script" not in names
    assert not any({"src", "srcset"} & set(attrs) for _, attrs in page.tags)
    assert not any(tag == "link" for tag in names)
    assert "url(" not in output
    assert "@import" not in output
    text = "".join(page.data)
    # The essay's and the evidence's markup arrive as text.
    assert "<script>alert(1)</script>" in text
    assert "<b>bold</b>" in text
    assert "NATO <script>" in text
    assert "\x1b" not in output
    csp = [a for tag, a in page.tags if tag == "meta" and a.get("http-equiv")]
    assert csp[0]["content"].startswith("default-src 'none'")
    # The escape character is shown as a picture, never sent.
    assert "␛[31mred" in text


def test_crossing_quotes_nest_the_later_from_where_the_earlier_ends() -> None:
    results = sample_report().results
    a, b, c = (_Mark(0, 10, results[0]), _Mark(5, 15, results[1]), _Mark(2, 4, results[2]))
    assert [(m.start, m.end) for m in _nested([a, b, c])] == [(0, 10), (2, 4), (10, 15)]
    # A quote inside the end of another becomes an empty mark at that end.
    assert [(m.start, m.end) for m in _nested([a, _Mark(8, 10, results[1])])] == [
        (0, 10),
        (8, 10),
    ]


def test_without_its_essay_the_page_is_the_claims() -> None:
    output = render(sample_report(), OutputFormat.HTML, RenderOptions())
    page = parse(output)
    assert page.marks == {}
    assert 'class="essay"' not in output
    assert "<h2>Claims (4)</h2>" in output


def test_quiet_keeps_the_contradicted_cards_only() -> None:
    output = render(with_essay(sample_report()), OutputFormat.HTML, RenderOptions(quiet=True))
    cards = [a["id"] for tag, a in parse(output).tags if tag == "article"]
    assert cards == ["c-warsaw-pact-dissolved"]


def test_the_summary_counts_each_verdict() -> None:
    output = HtmlFormatter(RenderOptions()).format(sample_report())
    for word in ("supported", "contradicted", "not enough evidence", "error"):
        assert f"{word}: <b>1</b></li>" in output


# -- end to end -----------------------------------------------------------------------------

CLAIMS = """\
[essay]
title = "A short essay"
source = "essay.txt"

[[claim]]
id = "pact-signed"
text = "The Warsaw Pact was signed in 1955."
quote = "the pact was signed in Warsaw in 1955"
pages = ["Warsaw Pact"]
"""


class Endpoint(FakeSource):
    down_reason: str | None = None


def test_run_writes_the_essay_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "essay.txt").write_text(
        "Back then the pact was signed in Warsaw in 1955, by eight states.\n", encoding="utf-8"
    )
    (tmp_path / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    fake = Endpoint({"Warsaw Pact": "The Warsaw Pact was signed in Warsaw on 14 May 1955."})

    def make(settings: ClientSettings) -> Endpoint:
        return fake

    monkeypatch.setattr(cli, "make_live_source", make)
    out = tmp_path / "report.html"
    with pytest.raises(SystemExit) as ended:
        cli.main(
            ["run", str(tmp_path / "claims.toml"), "--format", "html", "-o", str(out), "--no-cache"]
        )
    assert ended.value.code == 0
    page = parse(out.read_text(encoding="utf-8"))
    assert page.marks == {"pact-signed": "the pact was signed in Warsaw in 1955"}
    assert capsys.readouterr().out == ""


def test_an_unreadable_essay_is_a_note_and_the_report_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.setattr(cli, "make_live_source", lambda settings: Endpoint({"Warsaw Pact": "x"}))
    out = tmp_path / "report.html"
    with pytest.raises(SystemExit):
        cli.main(
            ["run", str(tmp_path / "claims.toml"), "--format", "html", "-o", str(out), "--no-cache"]
        )
    err = capsys.readouterr().err
    assert (
        f"factcheck: note: the essay is not shown: {tmp_path / 'essay.txt'}: file not found" in err
    )
    assert 'class="essay"' not in out.read_text(encoding="utf-8")
