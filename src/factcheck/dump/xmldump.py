"""The XML pages-articles dump: one <page> per page, its latest revision's wikitext,
read as a stream (each page's elements are dropped once read, so memory stays flat)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from io import BufferedIOBase

from factcheck.dump.records import DumpFormat, DumpHeader, DumpPage, DumpRedirect
from factcheck.dump.wikitext import plain_text
from factcheck.errors import DumpError

# A redirect page in a dump without <redirect title=...> (older dumps, exports).
_REDIRECT_TEXT = re.compile(r"^\s*#REDIRECT\s*:?\s*\[\[([^\]|]+)", re.IGNORECASE)


def _local(tag: str) -> str:
    # "{http://www.mediawiki.org/xml/export-0.11/}page" -> "page": any export version.
    return tag.rpartition("}")[2]


def read_xml(stream: BufferedIOBase, name: str) -> Iterator[DumpHeader | DumpPage | DumpRedirect]:
    """The articles (namespace 0) and redirects of a pages-articles dump, the header
    (from <siteinfo>) first. Raises DumpError where the XML breaks."""
    events = ET.iterparse(stream, events=("start", "end"))
    try:
        _event, root = next(events)
        if _local(root.tag) != "mediawiki":
            raise DumpError(f"{name}: not a MediaWiki XML dump (it starts with <{root.tag}>)")
        for event, elem in events:
            if event != "end":
                continue
            tag = _local(elem.tag)
            if tag == "siteinfo":
                yield _header(elem)
                root.clear()
            elif tag == "page":
                item = _page(elem)
                # Drop the page's elements (and the root's hold on them): memory stays flat.
                root.clear()
                if item is not None:
                    yield item
    except ET.ParseError as exc:
        line, column = exc.position
        raise DumpError(f"{name}:{line}:{column + 1}: broken XML ({_reason(exc)})") from None
    except StopIteration:
        raise DumpError(f"{name}: empty XML") from None


def _reason(exc: ET.ParseError) -> str:
    return str(exc).split(":")[0]


def _child(elem: ET.Element, tag: str) -> ET.Element | None:
    for child in elem:
        if _local(child.tag) == tag:
            return child
    return None


def _text(elem: ET.Element, tag: str) -> str:
    child = _child(elem, tag)
    return (child.text or "") if child is not None else ""


def _header(siteinfo: ET.Element) -> DumpHeader:
    base = _text(siteinfo, "base")  # https://en.wikipedia.org/wiki/Main_Page
    base_url = base.rpartition("/")[0] + "/" if "/" in base else ""
    return DumpHeader(DumpFormat.XML, base_url, _text(siteinfo, "dbname"))


def _page(page: ET.Element) -> DumpPage | DumpRedirect | None:
    if _text(page, "ns").strip() not in ("", "0"):
        return None
    title = _text(page, "title")
    revision = _child(page, "revision")
    wikitext = _text(revision, "text") if revision is not None else ""
    redirect = _child(page, "redirect")
    target = redirect.get("title", "") if redirect is not None else ""
    if not target:
        match = _REDIRECT_TEXT.match(wikitext)
        target = match.group(1) if match else ""
    if target:
        return DumpRedirect(title, target.partition("#")[0].strip())
    if revision is None:
        return None
    return DumpPage(
        title=title,
        pageid=_number(_text(page, "id")),
        revid=_number(_text(revision, "id")),
        timestamp=_text(revision, "timestamp"),
        text=plain_text(wikitext),
    )


def _number(text: str) -> int:
    text = text.strip()
    return int(text) if text.isdigit() else 0
