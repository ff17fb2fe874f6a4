"""Read an essay file (plain text, Markdown or a saved web page) into the text claims quote.

The text a claim's `quote` is taken from is what a reader sees: a plain-text file as it is
(line endings made "\\n"); Markdown without its marks (emphasis, links, headings' hashes),
one paragraph a line; a web page's article body as trafilatura extracts it (navigation,
bylines, share buttons and image captions dropped), one paragraph a line. The title and
publication date are kept when the file states them: Markdown's first "# heading" or
front matter (`title:`, `date:`), a page's metadata. A plain-text file states neither in
a way a program can tell from the text, so none is guessed.

trafilatura is an optional extra (`pip install 'factcheck-wiki[html]'`): with lxml, justext,
htmldate and dateparser it adds about 70 MB and 0.2 s of import, which a user who only
checks claims should not pay.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from factcheck.errors import ExtractError

# An essay longer than this is not an essay (a book, a dump): refused before it is read.
MAX_ESSAY_BYTES = 5_000_000
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<article|<meta)", re.I)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class EssayFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True)
class Essay:
    """The text claims are drawn from, with what the file says about itself."""

    path: str
    text: str  # paragraphs separated by newlines; every quote is a slice of it
    format: EssayFormat
    title: str = ""
    published: dt.date | None = None


def sniff_format(path: Path, head: bytes) -> EssayFormat:
    """The format by the file's suffix, else by its first bytes."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return EssayFormat.HTML
    if suffix in MARKDOWN_SUFFIXES:
        return EssayFormat.MARKDOWN
    if _HTML_START.match(head[:2048]):
        return EssayFormat.HTML
    return EssayFormat.TEXT


def read_essay(path: Path, fmt: EssayFormat | None = None) -> Essay:
    """Read the essay at `path`; raise ExtractError for anything that makes it unusable."""
    data = _read_bytes(path)
    chosen = fmt or sniff_format(path, data)
    if chosen is EssayFormat.HTML:
        return _from_html(path, data)
    text = _decode(path, data)
    if chosen is EssayFormat.MARKDOWN:
        return _from_markdown(path, text)
    return Essay(str(path), text, EssayFormat.TEXT)


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ESSAY_BYTES + 1)
    except IsADirectoryError:
        raise ExtractError(f"{path}: is a directory; give the essay's file") from None
    except FileNotFoundError:
        raise ExtractError(f"{path}: file not found; check the path") from None
    except OSError as exc:
        raise ExtractError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_ESSAY_BYTES:
        raise ExtractError(
            f"{path}: larger than {MAX_ESSAY_BYTES:,} bytes, too big for an essay; "
            "split it into its articles"
        )
    return data


def _decode(path: Path, data: bytes) -> str:
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as err:
        raise ExtractError(
            f"{path}: not valid UTF-8 (byte 0x{data[err.start]:02X} at offset {err.start}); "
            "save the essay as UTF-8"
        ) from None
    if "\x00" in text:
        raise ExtractError(f"{path}: contains NUL bytes; an essay is text, save it as UTF-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- Markdown ---------------------------------------------------------------------------------


def _from_markdown(path: Path, source: str) -> Essay:
    # markdown-it-py comes with rich, a dependency already: no new package for Markdown.
    from markdown_it import MarkdownIt

    title, published = "", None
    front = _FRONT_MATTER.match(source)
    if front:
        title, published = _front_matter(front.group(1))
        source = source[front.end() :]
    paragraphs: list[str] = []
    tokens = MarkdownIt("commonmark").parse(source)
    for i, token in enumerate(tokens):
        if token.type != "inline":
            continue
        text = _inline_text(token.children or [])
        if not text.strip():
            continue
        opener = tokens[i - 1] if i else None
        if opener is not None and opener.type == "heading_open":
            # The first top heading is the title; section headings are no prose.
            if opener.tag == "h1" and not title:
                title = text.strip()
            continue
        paragraphs.append(" ".join(text.split()))
    return Essay(str(path), "\n".join(paragraphs) + "\n", EssayFormat.MARKDOWN, title, published)


def _inline_text(children: Sequence[object]) -> str:
    parts: list[str] = []
    for child in children:
        kind = getattr(child, "type", "")
        if kind in ("text", "code_inline"):
            parts.append(str(getattr(child, "content", "")))
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        # Images are dropped: their alt text is a caption, not the essay's prose.
        elif kind == "image":
            continue
    return "".join(parts)


def _front_matter(block: str) -> tuple[str, dt.date | None]:
    title, published = "", None
    for line in block.splitlines():
        key, _, value = line.partition(":")
        value = value.strip().strip("\"'")
        if key.strip().lower() == "title" and value:
            title = value
        elif key.strip().lower() in ("date", "published") and value:
            published = _iso_day(value)
    return title, published


def _iso_day(value: str) -> dt.date | None:
    match = _ISO_DAY.search(value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


# -- HTML -------------------------------------------------------------------------------------


def _from_html(path: Path, data: bytes) -> Essay:
    try:
        import trafilatura
    except ImportError:
        raise ExtractError(
            f"{path}: reading a web page needs the optional extractor: "
            "pip install 'factcheck-wiki[html]' (or save the page as text)"
        ) from None
    html = data.decode("utf-8", errors="replace")
    # No comments, tables or image captions: an essay's claims are in its prose.
    document = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        favor_precision=True,
    )
    body = getattr(document, "text", None) or ""
    if not body.strip():
        raise ExtractError(f"{path}: no article text found in the page")
    title = " ".join(str(getattr(document, "title", "") or "").split())
    lines = [" ".join(line.split()) for line in body.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the page's heading repeats its title: no prose
    text = "\n".join(lines) + "\n"
    published = _iso_day(str(getattr(document, "date", "") or ""))
    return Essay(str(path), text, EssayFormat.HTML, title, published)
