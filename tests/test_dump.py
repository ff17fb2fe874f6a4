"""`factcheck index` and `--source INDEX`: dumps in both formats made from the evidence
pack (tests/dumps.py) give the essay exactly the report its snapshot gives; an interrupted
build leaves nothing that reads as an index; every bad input is one line and exit 2."""

from __future__ import annotations

import bz2
import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.dump.build import build_index, dump_date, partial_path
from factcheck.dump.index_source import IndexSource
from factcheck.dump.records import DumpPage, IndexProgress
from factcheck.dump.store import IndexWriter
from factcheck.dump.wikitext import plain_text
from factcheck.errors import DumpError
from factcheck.models import LookupStatus
from factcheck.testwiki import SHIPPED_PACK, load_pack
from tests.clirun import Result, invoke
from tests.dumps import BASE_URL, cirrus_dump, cirrus_text, snapshot_pages, xml_dump

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims" / "essay_claims.toml"
XML_NAME = "testwiki-20240101-pages-articles.xml"
CIRRUS_NAME = "testwiki-20240101-cirrussearch-content.json.gz"
PACK = load_pack(SHIPPED_PACK)
XML_LABEL = f"{XML_NAME} (XML pages-articles dump of 2024-01-01)"
CIRRUS_LABEL = f"{CIRRUS_NAME} (CirrusSearch content dump of 2024-01-01)"


def error(path: Path | str, message: str) -> Result:
    return Result(2, "", f"factcheck: error: {path}: {message}\n")


@pytest.fixture(autouse=True)
def _stable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    for name in ("NO_COLOR", "FORCE_COLOR", "FACTCHECK_API", "FACTCHECK_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("dumps")
    (directory / XML_NAME).write_text(xml_dump(), encoding="utf-8")
    (directory / CIRRUS_NAME).write_bytes(cirrus_dump())
    return directory


@pytest.fixture(scope="module")
def snapshot_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The essay checked against its snapshot: what the test wiki served, pinned; without
    the pages' wikitext, which an index does not keep (so no infobox line either)."""
    folder = tmp_path_factory.mktemp("offline")
    out = folder / "report.json"
    document = json.loads((ROOT / "claims" / "essay_claims.snapshot.json").read_text("utf-8"))
    for page in document["pages"]:
        page.pop("wikitext", None)
    plain = folder / "essay_claims.snapshot.json"
    plain.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(
            [
                *("run", str(CLAIMS), "--offline", "--no-cache", "--snapshot", str(plain)),
                *("--format", "json", "-o", str(out)),
            ]
        )
    assert exit_info.value.code == 1
    report: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return report


# -- the essay from a dump ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "extra", "label"),
    [
        (XML_NAME, (), XML_LABEL),
        (CIRRUS_NAME, ("--base-url", BASE_URL), CIRRUS_LABEL),
    ],
    ids=["xml", "cirrussearch"],
)
def test_the_essay_from_an_indexed_dump_gets_the_snapshots_report(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dumps: Path,
    snapshot_report: dict[str, object],
    name: str,
    extra: tuple[str, ...],
    label: str,
) -> None:
    index = tmp_path / "essay.index"
    built = invoke(capsys, "index", str(dumps / name), "-o", str(index), *extra)
    assert built == Result(0, f"wrote {index}: 76 pages and 46 redirects from {label}\n", "")
    assert not partial_path(index).exists()

    report_path = tmp_path / "report.json"
    ran = invoke(
        capsys,
        "run",
        str(CLAIMS),
        "--source",
        str(index),
        "--no-cache",
        "--format",
        "json",
        "-o",
        str(report_path),
    )
    note = f"evidence from the dump {label}, indexed in {index}"
    assert ran == Result(1, "", f"factcheck: note: {note}\n")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    # Same verdicts, evidence, revisions and links as the pages the test wiki served.
    assert report["results"] == snapshot_report["results"]
    assert report["source"] == {
        "api": f"dump {label}",
        "offline": True,
        "snapshot": None,
        "note": note,
        "as_of": None,
    }


def test_check_searches_the_index_when_no_page_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dumps: Path
) -> None:
    index = tmp_path / "essay.index"
    build_index(dumps / XML_NAME, index)
    result = invoke(
        capsys,
        "check",
        "The Warsaw Pact was dissolved in July 1991.",
        "--source",
        str(index),
        "--no-cache",
        "--format",
        "json",
    )
    assert result.code == 0
    report = json.loads(result.out)
    (claim,) = report["results"]
    assert claim["verdict"] == "supported"
    assert claim["evidence"][0]["title"] == "Warsaw Pact"
    assert claim["evidence"][0]["url"] == f"{BASE_URL}Warsaw_Pact?oldid=9"


# -- what the index holds -------------------------------------------------------------------


@pytest.fixture(scope="module")
def xml_index(tmp_path_factory: pytest.TempPathFactory, dumps: Path) -> IndexSource:
    index = tmp_path_factory.mktemp("xml") / "x.index"
    build_index(dumps / XML_NAME, index)
    return IndexSource(index)


def test_pages_come_with_the_dumps_ids_and_the_text_the_wiki_showed(
    xml_index: IndexSource,
) -> None:
    recorded = snapshot_pages()["Warsaw Pact"]
    lookup = xml_index.fetch(["Warsaw Pact"])["Warsaw Pact"]
    assert lookup.status is LookupStatus.FOUND
    assert lookup.page is not None
    assert (lookup.page.pageid, lookup.page.revid, lookup.page.timestamp) == (
        recorded["pageid"],
        recorded["revid"],
        recorded["timestamp"],
    )
    assert lookup.page.text == recorded["text"]
    assert lookup.page.url == f"{BASE_URL}Warsaw_Pact"
    assert lookup.page.api == f"dump {XML_LABEL}"


def test_every_pack_article_reads_as_the_test_wiki_served_it(xml_index: IndexSource) -> None:
    recorded = snapshot_pages()
    # The essay's articles: the pack's others (infobox and as-of pages) are not in the dump.
    lookups = xml_index.fetch([page.title for page in PACK.pages if page.title in recorded])
    differing = [
        title
        for title, lookup in lookups.items()
        if lookup.page is None or lookup.page.text != recorded[title]["text"]
    ]
    assert len(lookups) == 76
    assert differing == []


def test_redirects_and_title_forms_lead_to_the_article(xml_index: IndexSource) -> None:
    redirect = PACK.redirects[0]
    asked = [redirect.title, "warsaw_Pact", "Warsaw  Pact"]
    lookups = xml_index.fetch(asked)
    found = {t: (lk.status, lk.page.title if lk.page else "") for t, lk in lookups.items()}
    assert found == {
        redirect.title: (LookupStatus.FOUND, redirect.target),
        "warsaw_Pact": (LookupStatus.FOUND, "Warsaw Pact"),
        "Warsaw  Pact": (LookupStatus.FOUND, "Warsaw Pact"),
    }
    assert lookups[redirect.title].redirected


def test_titles_the_dump_lacks_are_missing_and_other_namespaces_are_left_out(
    xml_index: IndexSource,
) -> None:
    lookups = xml_index.fetch(["Template:Infobox", "No such article", "A|B"])
    assert {t: (lk.status, lk.reason) for t, lk in lookups.items()} == {
        "Template:Infobox": (
            LookupStatus.MISSING,
            "no article titled 'Template:Infobox' in the dump",
        ),
        "No such article": (
            LookupStatus.MISSING,
            "no article titled 'No such article' in the dump",
        ),
        "A|B": (
            LookupStatus.INVALID,
            "the title contains '|', which MediaWiki titles cannot contain",
        ),
    }


def test_search_puts_the_named_article_first_and_survives_query_syntax(
    xml_index: IndexSource,
) -> None:
    assert xml_index.search("Warsaw Pact", 3)[0] == "Warsaw Pact"
    # Words FTS5 would read as operators, quotes and a hyphen are searched as words.
    assert xml_index.search('NATO AND "OR" Russia-NEAR', 3)
    assert xml_index.search("zzzqqq xxyyzz", 3) == []
    assert xml_index.search("?!", 3) == []


def test_a_cirrussearch_dump_without_wikitext_keeps_its_plain_text(tmp_path: Path) -> None:
    dump = tmp_path / "testwiki-20240101-cirrussearch-content.json.gz"
    dump.write_bytes(cirrus_dump(wikitext=False))
    build_index(dump, tmp_path / "c.index")
    source = IndexSource(tmp_path / "c.index")
    lookup = source.fetch(["Warsaw Pact"])["Warsaw Pact"]
    assert lookup.page is not None
    assert lookup.page.text == cirrus_text(str(snapshot_pages()["Warsaw Pact"]["text"]))
    # enwiki-style database names give Wikipedia's article links when none is given.
    assert lookup.page.url == "https://test.wikipedia.org/wiki/Warsaw_Pact"
    source.close()


def test_a_bzip2_xml_dump_is_read_like_a_plain_one(tmp_path: Path) -> None:
    dump = tmp_path / "testwiki-pages-articles.xml.bz2"
    dump.write_bytes(bz2.compress(xml_dump(limit=3).encode("utf-8")))
    info = build_index(dump, tmp_path / "b.index")
    first = {page.title for page in PACK.pages[:3]}
    # Redirects to pages left out of the dump lead nowhere and are not counted.
    redirects = sum(1 for r in PACK.redirects if r.target in first)
    assert 0 < redirects < len(PACK.redirects)
    # No date in the name: the newest revision's.
    assert (info.pages, info.redirects, info.date) == (3, redirects, "2024-01-01")


def test_dump_date_comes_from_the_name_else_the_newest_revision() -> None:
    assert dump_date("enwiki-20231120-pages-articles.xml.bz2", "2024-05-01T00:00:00Z") == (
        "2023-11-20"
    )
    assert dump_date("export.xml", "2024-05-01T10:00:00Z") == "2024-05-01"
    assert dump_date("export.xml", "") == "unknown date"


def test_wikitext_becomes_the_plain_text_of_an_extract() -> None:
    wikitext = (
        "{{Infobox treaty|name=Pact}}The '''Pact''' (''Układ'') was signed in "
        "[[Warsaw|the capital]]"
        "<ref>{{cite book|title=Treaties}}</ref> on 14&nbsp;May 1955.<!-- check -->\n"
        "[[File:Pact.jpg|thumb|Signing the pact]]\n\n"
        "== Members ==\n"
        "Eight states joined:\n"
        "* the [[Soviet Union]]\n"
        "* [[Poland]] &amp; others\n"
        "{| class=wikitable\n| a || b\n|}\n"
        "See [https://example.org the text].\n"
        "[[Category:Treaties]]\n[[de:Warschauer Pakt]]"
    )
    assert plain_text(wikitext) == (
        "The Pact (Układ) was signed in the capital on 14 May 1955.\n"
        "\n\n"
        "== Members ==\n"
        "Eight states joined:\n"
        "\n"
        "the Soviet Union\n"
        "Poland & others\n"
        "See the text."
    )


# -- interrupted builds ---------------------------------------------------------------------


def test_an_interrupted_build_leaves_no_index_and_keeps_the_previous_one(
    tmp_path: Path, dumps: Path
) -> None:
    index = tmp_path / "essay.index"
    index.write_bytes(b"the previous index")
    calls: list[IndexProgress] = []

    def interrupt(progress: IndexProgress) -> None:
        calls.append(progress)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_index(dumps / XML_NAME, index, progress=interrupt)
    assert len(calls) == 1
    assert index.read_bytes() == b"the previous index"
    assert not partial_path(index).exists()


def test_a_killed_build_never_reads_as_an_index_and_a_rerun_starts_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dumps: Path
) -> None:
    index = tmp_path / "essay.index"
    # What a build killed mid-way (no chance to clean up) leaves: a partial file...
    writer = IndexWriter(partial_path(index))
    writer.add_page(DumpPage("Warsaw Pact", 1, 1, "2024-01-01T00:00:00Z", "Half of it."))
    writer.close()
    # ...which never takes the index's name, and cannot be read as one if renamed.
    assert invoke(capsys, "run", str(CLAIMS), "--source", str(index)) == error(
        index, f"no such index; build one with `factcheck index DUMP -o {index}`"
    )
    copy = tmp_path / "renamed.index"
    copy.write_bytes(partial_path(index).read_bytes())
    assert invoke(capsys, "run", str(CLAIMS), "--source", str(copy)) == error(
        copy, "incomplete index; rebuild it with `factcheck index`"
    )
    # A rerun replaces the partial file and completes.
    assert invoke(capsys, "index", str(dumps / XML_NAME), "-o", str(index)).code == 0
    assert not partial_path(index).exists()
    assert IndexSource(index).info.pages == 76


# -- bad input: one line, exit 2 ------------------------------------------------------------


def test_bad_indexes_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database, just notes\n" * 100, encoding="utf-8")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('format', 'something else')")
    db.close()
    assert invoke(capsys, "run", str(CLAIMS), "--source", "missing.index") == error(
        "missing.index", "no such index; build one with `factcheck index DUMP -o missing.index`"
    )
    assert invoke(capsys, "check", "A claim.", "--source", str(text)) == error(
        text, "not a factcheck index (file is not a database)"
    )
    assert invoke(capsys, "run", str(CLAIMS), "--source", str(other)) == error(
        other, "not a factcheck index"
    )
    assert invoke(capsys, "run", str(CLAIMS), "--source", str(tmp_path)) == error(
        tmp_path,
        f"is a directory, not an index; build one with `factcheck index DUMP -o {tmp_path}`",
    )


def test_source_with_snapshot_or_refresh_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dumps: Path
) -> None:
    index = tmp_path / "essay.index"
    build_index(dumps / XML_NAME, index)
    both = invoke(capsys, "run", str(CLAIMS), "--source", str(index), "--snapshot", str(CLAIMS))
    assert both == Result(
        2, "", "factcheck: error: --source and --snapshot are two sources of pages: pick one\n"
    )
    refresh = invoke(capsys, "run", str(CLAIMS), "--source", str(index), "--refresh")
    assert refresh == Result(
        2, "", "factcheck: error: --refresh does not apply to --source: an index is read as it is\n"
    )


def test_bad_dumps_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "x.index"
    notes = tmp_path / "notes.txt"
    notes.write_text("Some notes, not a dump.\n", encoding="utf-8")
    zipped_notes = tmp_path / "notes.txt.gz"
    zipped_notes.write_bytes(gzip.compress(b"Some notes, not a dump.\n"))
    cut = tmp_path / "cut-cirrussearch.json.gz"
    cut.write_bytes(cirrus_dump()[:5000])
    broken_json = tmp_path / "broken.json"
    broken_json.write_text('{"index": {"_id": "1"}}\n{"title": "A", "text": \n', encoding="utf-8")
    broken_xml = tmp_path / "broken.xml"
    broken_xml.write_text(
        "<mediawiki>\n  <page>\n    <title>Warsaw Pact</title>\n</mediawiki>\n", encoding="utf-8"
    )
    other_xml = tmp_path / "feed.xml"
    other_xml.write_text("<rss><channel/></rss>\n", encoding="utf-8")
    expected = {
        "missing.xml": error("missing.xml", "no such file"),
        str(notes): error(
            notes,
            "not a dump factcheck can read (neither CirrusSearch JSON lines nor pages-articles "
            "XML, plain or compressed with gzip or bzip2)",
        ),
        str(zipped_notes): error(
            zipped_notes,
            "not a dump factcheck can read (neither CirrusSearch JSON lines nor pages-articles "
            "XML, plain or compressed with gzip or bzip2)",
        ),
        str(cut): error(
            cut.name,
            "the compressed file is cut short or damaged (Compressed file ended before the "
            "end-of-stream marker was reached)",
        ),
        str(broken_json): error(
            f"{broken_json.name}:2",
            "not a CirrusSearch dump line (Expecting value)",
        ),
        str(broken_xml): error(f"{broken_xml.name}:4:3", "broken XML (mismatched tag)"),
        str(other_xml): error(other_xml.name, "not a MediaWiki XML dump (it starts with <rss>)"),
    }
    got = {dump: invoke(capsys, "index", dump, "-o", str(out)) for dump in expected}
    assert got == expected
    assert not out.exists()
    assert not partial_path(out).exists()


def test_an_index_that_cannot_be_written_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dumps: Path
) -> None:
    out = tmp_path / "no" / "such" / "dir" / "x.index"
    result = invoke(capsys, "index", str(dumps / XML_NAME), "-o", str(out))
    assert result == Result(
        2, "", f"factcheck: error: cannot write {partial_path(out)}: unable to open database file\n"
    )


def test_build_errors_are_dump_errors(tmp_path: Path) -> None:
    with pytest.raises(DumpError, match="no such file"):
        build_index(tmp_path / "none.xml", tmp_path / "x.index")


def test_progress_counts_bytes_and_pages_then_says_the_words_are_indexed(
    tmp_path: Path, dumps: Path
) -> None:
    seen: list[IndexProgress] = []
    build_index(dumps / CIRRUS_NAME, tmp_path / "c.index", progress=seen.append)
    size = (dumps / CIRRUS_NAME).stat().st_size
    assert seen[-1] == IndexProgress(size, size, 76, 46, "Indexing words")
    assert all(p.phase == "Reading" for p in seen[:-1])
    assert [p.bytes_read for p in seen] == sorted(p.bytes_read for p in seen)
