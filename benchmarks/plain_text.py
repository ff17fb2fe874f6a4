"""Which plain text of an old revision is closer to TextExtracts' extract of the current one?

    python benchmarks/plain_text.py

The API serves no extract of an old revision, so `--as-of` makes its own plain text. Two
ways are compared on the current revision of every page of the evidence pack, where the
extract is there to compare with: `wikitext.plain_text` (mwparserfromhell, no request) and
`action=parse&oldid=` (the wiki's own HTML, one more request a page) turned into text by
the small HTML reader below, which drops what TextExtracts drops (tables, references, the
table of contents, edit links). Similarity is difflib's ratio of the texts' lines, 1 being
identical. The test wiki is created in a temporary directory and stopped at the end.
"""

from __future__ import annotations

import difflib
import html.parser
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.mediawiki import ClientSettings, MediaWikiSource  # noqa: E402
from factcheck.testwiki import SHIPPED_PACK, LocalWiki, load_pack  # noqa: E402
from factcheck.wikitext import plain_text  # noqa: E402

_DROPPED = {"table", "style", "script", "sup", "figure"}
_BLOCKS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "div", "br"}


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[bool] = []  # per open element: is it dropped?

    def _dropped(self) -> bool:
        return any(self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        drop = (
            tag in _DROPPED
            or found.get("id") == "toc"
            or "mw-editsection" in (found.get("class") or "")
        )
        if tag not in ("br", "img", "hr", "meta", "link", "wbr"):
            self.stack.append(drop)
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag[:1] == "h" and tag[1:].isdigit() and not self._dropped():
            self.parts.append("=" * int(tag[1:]) + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag[:1] == "h" and tag[1:].isdigit() and not self._dropped():
            self.parts.append(" " + "=" * int(tag[1:]))
        if self.stack and tag not in ("br", "img", "hr", "meta", "link", "wbr"):
            self.stack.pop()
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._dropped():
            self.parts.append(data)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _parsed(api: str, revid: int) -> str:
    answer: dict[str, Any] = requests.get(
        api,
        params={
            "action": "parse",
            "oldid": str(revid),
            "prop": "text",
            "disableeditsection": "1",
            "format": "json",
            "formatversion": "2",
        },
        timeout=30,
    ).json()
    reader = _Text()
    reader.feed(answer["parse"]["text"])
    return "".join(reader.parts)


def _ratio(a: list[str], b: list[str]) -> float:
    return difflib.SequenceMatcher(None, "\n".join(a), "\n".join(b), autojunk=False).ratio()


def main() -> int:
    pack = load_pack(SHIPPED_PACK)
    with tempfile.TemporaryDirectory() as tmp:
        wiki = LocalWiki(Path(tmp) / "wiki")
        wiki.create(pack)
        server = wiki.start()
        try:
            titles = [page.title for page in pack.pages]
            lookups = MediaWikiSource(ClientSettings(api=server.api)).fetch(titles)
            strip: list[float] = []
            parse: list[float] = []
            for title in titles:
                page = lookups[title].page
                assert page is not None
                assert page.wikitext is not None
                extract = _lines(page.text)
                strip.append(_ratio(extract, _lines(plain_text(page.wikitext))))
                parse.append(_ratio(extract, _lines(_parsed(server.api, page.revid))))
        finally:
            server.stop()
    print(f"{len(titles)} pages; similarity to the extract (difflib ratio, 1 = identical)")
    for name, scores in (("wikitext.plain_text", strip), ("action=parse as text", parse)):
        exact = sum(1 for s in scores if s == 1.0)
        print(
            f"  {name:22} median {statistics.median(scores):.3f}, mean "
            f"{statistics.mean(scores):.3f}, lowest {min(scores):.3f}; identical on {exact}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
