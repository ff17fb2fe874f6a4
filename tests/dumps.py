"""Small Wikipedia dumps in both formats, made from the evidence pack (our own words), for
the tests of `factcheck index` and `--source`.

Page and revision ids are those the test wiki gave each page when the essay's snapshot
was recorded, so that reports read from a dump can be compared with the snapshot's.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from factcheck.testwiki import SHIPPED_PACK, load_pack
from factcheck.testwiki.pack import PackPage

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "claims" / "essay_claims.snapshot.json"
# The test wiki's article path when the snapshot was recorded.
BASE_URL = "http://127.0.0.1:55555/index.php/"


def snapshot_pages() -> dict[str, dict[str, object]]:
    document = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return {page["title"]: page for page in document["pages"]}


def _essay_pages(recorded: dict[str, dict[str, object]]) -> list[PackPage]:
    """The pack's articles the essay's snapshot recorded (the pack has others, for the
    infobox and as-of tests, that the essay does not use)."""
    return [page for page in load_pack(SHIPPED_PACK).pages if page.title in recorded]


def xml_dump(limit: int | None = None) -> str:
    """The pack as a pages-articles dump: wikitext, redirects as pages of their own."""
    pack = load_pack(SHIPPED_PACK)
    recorded = snapshot_pages()
    essay_pages = _essay_pages(recorded)
    parts = [
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">\n'
        "  <siteinfo>\n    <sitename>Test wiki</sitename>\n    <dbname>testwiki</dbname>\n"
        f"    <base>{BASE_URL}Main_Page</base>\n  </siteinfo>\n"
    ]
    pages = essay_pages[:limit] if limit is not None else essay_pages
    for page in pages:
        ids = recorded[page.title]
        parts.append(
            f"  <page>\n    <title>{escape(page.title)}</title>\n    <ns>0</ns>\n"
            f"    <id>{ids['pageid']}</id>\n    <revision>\n      <id>{ids['revid']}</id>\n"
            f"      <timestamp>{page.timestamp}</timestamp>\n"
            f"      <text xml:space={quoteattr('preserve')}>{escape(page.text)}</text>\n"
            "    </revision>\n  </page>\n"
        )
    # A page of another namespace, which an index of articles leaves out.
    parts.append(
        "  <page>\n    <title>Template:Infobox</title>\n    <ns>10</ns>\n    <id>9001</id>\n"
        "    <revision>\n      <id>9001</id>\n      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
        "      <text>The Warsaw Pact was dissolved in 1950.</text>\n    </revision>\n  </page>\n"
    )
    redirects = [r for r in pack.redirects if r.target in recorded]
    for number, redirect in enumerate(redirects, start=10_000):
        parts.append(
            f"  <page>\n    <title>{escape(redirect.title)}</title>\n    <ns>0</ns>\n"
            f"    <id>{number}</id>\n    <redirect title={quoteattr(redirect.target)} />\n"
            f"    <revision>\n      <id>{number}</id>\n"
            "      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
            f"      <text>#REDIRECT [[{escape(redirect.target)}]]</text>\n"
            "    </revision>\n  </page>\n"
        )
    parts.append("</mediawiki>\n")
    return "".join(parts)


def cirrus_text(text: str) -> str:
    """A page's plain text as CirrusSearch stores it: without its headings (a field of
    their own), its paragraphs run together."""
    lines = [line for line in text.split("\n") if line.strip() and not line.startswith("==")]
    return " ".join(lines)


def cirrus_dump(wikitext: bool = True) -> bytes:
    """The pack as a CirrusSearch content dump, gzipped: each page's wikitext (unless
    `wikitext` is false) and the test wiki's own plain text of it (as the snapshot recorded
    it, made as CirrusSearch's), its redirects listed with it."""
    pack = load_pack(SHIPPED_PACK)
    recorded = snapshot_pages()
    lines = []
    for page in _essay_pages(recorded):
        snap = recorded[page.title]
        redirects = [
            {"namespace": 0, "title": r.title} for r in pack.redirects if r.target == page.title
        ]
        lines.append({"index": {"_type": "page", "_id": str(snap["pageid"])}})
        lines.append(
            {
                "namespace": 0,
                "title": page.title,
                "timestamp": snap["timestamp"],
                "version": snap["revid"],
                "wiki": "testwiki",
                "text": cirrus_text(str(snap["text"])),
                "opening_text": str(snap["text"]).split("\n")[0],
                "redirect": redirects,
            }
        )
        if wikitext:
            lines[-1]["source_text"] = page.text
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    return gzip.compress(text.encode("utf-8"))
