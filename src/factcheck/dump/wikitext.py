"""Wikitext to the plain text the engine reads, shaped like the API's extracts: one
paragraph a line, section headings kept as "== Heading ==" lines, no markup.

Parsed with mwparserfromhell. Its own strip_code() drops headings and keeps the captions
of images and the names of categories, so the nodes are walked here instead.
"""

from __future__ import annotations

import re
from typing import cast

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

# Links to these namespaces put an image or a category on the page, not words in it.
_HIDDEN_LINK_PREFIXES = frozenset({"file", "image", "media", "category"})
# Tags whose content is not prose: references, tables, formulas, galleries...
_HIDDEN_TAGS = frozenset(
    {
        "ref",
        "references",
        "table",
        "gallery",
        "math",
        "chem",
        "score",
        "timeline",
        "graph",
        "imagemap",
        "templatedata",
        "syntaxhighlight",
        "source",
        "pre",
        "nowiki",
        "noinclude",
        "includeonly",
        "onlyinclude",
        "mapframe",
        "maplink",
        "categorytree",
        "inputbox",
        "style",
        "indicator",
    }
)
_BREAK_TAGS = frozenset({"br", "hr"})
# Marks the start of a list item in the walked text, for the blank line the API's extracts
# set before a list (a control character: wikitext cannot hold it).
_ITEM = "\x1f"
# '' italic, ''' bold, ''''' both; a fourth one is an apostrophe before bold text.
_EMPHASIS = re.compile("'{2,}")
_SPACES = re.compile(r"[ \t\u00a0]+")
# An interlanguage link ([[de:Warschauer Pakt]]): a short lower-case prefix.
_LANGUAGE_PREFIX = re.compile(r"^[a-z]{2,3}(-[a-z]+)*$")


def plain_text(wikitext: str) -> str:
    """The readable text of an article's wikitext."""
    # Bold and italic marks are left as text by the parser (building them as tags took a
    # third of its time) and removed below.
    raw = _EMPHASIS.sub(_unemphasise, _walk(mwparserfromhell.parse(wikitext, skip_style_tags=True)))
    lines: list[str] = []
    in_list = False
    for line in raw.split("\n"):
        item = line.startswith(_ITEM)
        line = _SPACES.sub(" ", line.replace(_ITEM, "")).strip()
        if not line:
            continue
        if line.startswith("==") and lines:
            # The API's extracts set a heading two blank lines below the paragraph before,
            lines.append("\n")
        elif item and not in_list and lines:
            # and a list one blank line below it.
            lines.append("")
        in_list = item
        lines.append(line)
    return "\n".join(lines)


def _unemphasise(match: re.Match[str]) -> str:
    run = len(match.group())
    return "'" if run == 4 else "'" * max(0, run - 5)


def _walk(code: Wikicode) -> str:
    return "".join(_node(node) for node in code.nodes)


def _node(node: Node) -> str:
    if isinstance(node, Text):
        return str(node.value)
    if isinstance(node, Wikilink):
        return _link(node)
    if isinstance(node, Heading):
        marks = "=" * node.level
        title = " ".join(_walk(node.title).split())
        return f"\n{marks} {title} {marks}\n"
    if isinstance(node, Tag):
        return _tag(node)
    if isinstance(node, HTMLEntity):
        return str(node.normalize())
    if isinstance(node, ExternalLink):
        return _walk(node.title) if node.title is not None else ""
    if isinstance(node, (Template, Comment)):
        return ""  # infoboxes, citations, navigation boxes; comments are for editors
    return ""  # template parameters and anything newer: never prose


def _link(link: Wikilink) -> str:
    title = str(link.title).strip()
    prefix, colon, _rest = title.partition(":")
    if colon and not title.startswith(":"):
        prefix = prefix.strip().lower()
        if prefix in _HIDDEN_LINK_PREFIXES or _LANGUAGE_PREFIX.match(prefix):
            return ""
    if link.text is not None:
        return _walk(link.text)
    return title.lstrip(":")


def _tag(tag: Tag) -> str:
    name = str(tag.tag).strip().lower()
    if name in _HIDDEN_TAGS:
        return ""
    if name in _BREAK_TAGS:
        return "\n"
    # Self-closing tags have no contents, whatever the type annotations say.
    contents = cast("Wikicode | None", tag.contents)
    text = _walk(contents) if contents is not None else ""
    if name in ("li", "dt", "dd"):
        # A list item ("*", "#", ";", ":" or <li>) starts a line of its own.
        return "\n" + _ITEM + text
    return text
