"""A deed told of one issue of a work, or of a part of its run, that the claim does not
speak of: "released on DVD in 2001", "a remastered edition ... released in 2014",
"published in French in 1852", "grossed $40 million in its opening weekend". The date or
figure is that issue's or that part's, so it does not conflict with a claim about the work's
own release, publication or takings, which says none of those words.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck import wordnet
from factcheck.engine.sentence_values import SentenceValue
from factcheck.textnorm import STOPWORDS, Token

# Media a work is issued on again after its first release.
MEDIA = frozenset(
    """dvd dvds blu-ray bluray blu-rays vhs video videocassette laserdisc vinyl cassette
    cassettes cd cds streaming itunes uhd""".split()
)
# Screen formats a film is shown in again: "released in 3D in 2012", "in IMAX".
_SCREENS = frozenset("3d imax 4dx".split())
# A book's formats, each issued on a date of its own.
_FORMATS = frozenset("paperback paperbacks hardback hardcover audiobook e-book ebook".split())
# Words that make an issue another than the first ("a remastered edition", "the director's
# cut"); "first" or "original" before them names the first issue itself.
_ISSUES = frozenset(
    """edition editions version versions reissue reissues reissued remaster remastered
    remastering reprint reprinted reprints translation translated translations cut""".split()
)
_FIRST_ISSUE = frozenset({"first", "original", "initial"})
# A part of a run: "in its first week", "on its opening weekend".
_RUN_STARTS = frozenset({"first", "opening", "debut", "initial"})
_RUN_SPANS = frozenset(
    """day days night nights week weeks weekend weekends month months year years""".split()
)
_CLAUSE_BREAKS = frozenset({"and", "but", "while", "which", "who", "whereas", "before", "after"})
# How far before the value the qualifier may stand, and after it.
_BEFORE = 12
_AFTER = 8


def narrowed_deed(
    text: str, tokens: Sequence[Token], claim_words: frozenset[str], against: SentenceValue
) -> str | None:
    """The word that narrows the sentence's deed to an issue or a part the claim does not
    name, or None. Only the value's own clause counts: "released in 1995 and later issued
    on DVD" dates the first release."""
    start, end = against.value.span
    before = [t for t in against.anchor.clause if t.end <= start][-_BEFORE:]
    after: list[Token] = []
    for tok in (t for t in tokens if t.start >= end):
        gap = text[(after[-1].end if after else end) : tok.start]
        if any(c in gap for c in ",;:()") or tok.norm in _CLAUSE_BREAKS or len(after) >= _AFTER:
            break
        after.append(tok)
    near = before + after
    for k, tok in enumerate(near):
        if tok.norm in claim_words:
            continue
        if tok.norm in MEDIA and _after_on(near, k):
            return tok.text
        if tok.norm in _FORMATS:
            return tok.text  # "published in paperback in 1952"
        if tok.norm in _SCREENS and k > 0 and near[k - 1].norm == "in":
            return tok.text  # "re-released in 3D in 2012"
        if tok.norm in _ISSUES and not (k > 0 and near[k - 1].norm in _FIRST_ISSUE):
            return tok.text
        if (
            tok.norm in _RUN_SPANS
            and k > 0
            and near[k - 1].norm in _RUN_STARTS
            and near[k - 1].norm not in claim_words
        ):
            return f"{near[k - 1].text} {tok.text}"
        if tok.capitalised and k > 0 and near[k - 1].norm == "in" and _language(near, k):
            return tok.text
    return None


def _after_on(near: Sequence[Token], k: int) -> bool:
    """ "on DVD", "on home video", "on the Blu-ray"."""
    lead = [t.norm for t in near[max(0, k - 3) : k]]
    return "on" in lead


def _language(near: Sequence[Token], k: int) -> bool:
    """ "published in French in 1852": a language, standing alone (not "in French cinema")."""
    tok = near[k]
    following = near[k + 1] if k + 1 < len(near) else None
    if following is not None and following.norm not in STOPWORDS and not following.norm.isdigit():
        return False
    net = wordnet.load()
    if net is None or net.place(tok.text) is not None:
        return False
    return "language" in net.broader(tok.norm)
