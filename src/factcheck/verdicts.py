"""Verdicts remembered between runs, keyed by everything they were computed from.

A verdict is a pure function of the claim's text, the pages it was checked against (their
text, revision and address) and the engine's code. A run whose pages come from the cache
or the snapshot would compute exactly the verdict of the run before; it is read back
instead. The key holds a hash of the package's own source and of the versions of the
libraries the engine uses, so any change to the engine misses and recomputes: a stale
verdict is never served.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import unicodedata
from collections.abc import Sequence
from contextlib import AbstractContextManager
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from factcheck.models import (
    Evidence,
    Label,
    LookupStatus,
    Origin,
    PageLookup,
    ValueCheck,
    ValueKind,
    ValueStatus,
    Verdict,
)
from factcheck.wordnet import lexicon_name

VERDICT_FORMAT = 3  # bump when the stored shape changes
_PACKAGE = Path(__file__).resolve().parent
# Libraries whose behaviour reaches a verdict (fuzzy scores).
_LIBRARIES = ("rapidfuzz", "nltk")


class VerdictStore(Protocol):
    def get_verdict(self, key: str) -> Verdict | None: ...

    def put_verdict(self, key: str, verdict: Verdict) -> None: ...

    def batch(self) -> AbstractContextManager[None]:
        """A context in which puts may be grouped (one transaction)."""
        ...


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """Hash of the package's Python source (the test wiki's code aside) and libraries.

    Reading about 400 KB of source costs a millisecond; comparing modification times instead
    would miss an edit that keeps the time (a checkout, a copied tree)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"format {VERDICT_FORMAT}\n".encode())
    # Folding and case rules come from the interpreter's Unicode tables.
    digest.update(f"python {sys.version} unicode {unicodedata.unidata_version}\n".encode())
    # The lexicon the engine reads words with (WordNet or the hand lexicon alone).
    digest.update(f"lexicon {lexicon_name()}\n".encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        relative = path.relative_to(_PACKAGE)
        if relative.parts[0] == "testwiki":
            continue
        digest.update(str(relative).encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    for name in _LIBRARIES:
        # Where the library is and when it was installed, without importing it (or paying
        # for importlib.metadata): an upgrade rewrites the file.
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None and spec.origin else ""
        stamp = Path(origin).stat().st_mtime_ns if origin else 0
        digest.update(f"{name}={origin}@{stamp}\n".encode())
    return digest.hexdigest()


def verdict_key(text: str, lookups: Sequence[PageLookup], searched: bool) -> str:
    """What the verdict of `text` against these lookups depends on, hashed."""
    digest = hashlib.blake2b(digest_size=20)
    parts: list[str] = [engine_fingerprint(), text, "searched" if searched else "named"]
    for lookup in lookups:
        parts += [lookup.requested, lookup.status.value]
        page = lookup.page
        if lookup.status is LookupStatus.FOUND and page is not None:
            text_hash = hashlib.blake2b(page.text.encode("utf-8", "surrogatepass")).hexdigest()
            parts += [page.title, str(page.pageid), str(page.revid), page.timestamp, page.url]
            parts.append(text_hash)
        else:
            parts.append(lookup.reason)
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


# -- JSON, both ways ----------------------------------------------------------------------


def verdict_to_json(verdict: Verdict) -> dict[str, Any]:
    return {
        "label": verdict.label.value,
        "confidence": verdict.confidence,
        "rule": verdict.rule,
        "reason": verdict.reason,
        "evidence": [
            [e.sentence, e.score, e.title, e.url, e.revid, e.timestamp, e.section, e.origin.value]
            for e in verdict.evidence
        ],
        "values": [
            [v.kind.value, v.asserted, v.status.value, v.found, v.evidence_index, v.note]
            for v in verdict.values
        ],
    }


class _Shape(Exception):
    pass


def _typed(value: object, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _Shape
    return value


def _evidence(row: object) -> Evidence:
    if not isinstance(row, list) or len(row) != 8:
        raise _Shape
    sentence, score, title, url, revid, timestamp, section, origin = row
    if revid is not None:
        _typed(revid, int)
    try:
        where = Origin(_typed(origin, str))
    except ValueError as exc:
        raise _Shape from exc
    return Evidence(
        _typed(sentence, str),
        float(_typed(score, (int, float))),
        _typed(title, str),
        _typed(url, str),
        revid,
        _typed(timestamp, str),
        _typed(section, str),
        where,
    )


def _value(row: object, evidence: int) -> ValueCheck:
    if not isinstance(row, list) or len(row) != 6:
        raise _Shape
    kind, asserted, status, found, index, note = row
    if index is not None and not 0 <= _typed(index, int) < evidence:
        raise _Shape
    try:
        return ValueCheck(
            ValueKind(kind),
            _typed(asserted, str),
            ValueStatus(status),
            _typed(found, str),
            index,
            _typed(note, str),
        )
    except ValueError as exc:
        raise _Shape from exc


def verdict_from_json(value: object) -> Verdict | None:
    """The stored verdict, or None when the entry is not one (damaged, another format)."""
    if not isinstance(value, dict):
        return None
    try:
        evidence = tuple(_evidence(e) for e in _typed(value.get("evidence"), list))
        return Verdict(
            Label(_typed(value.get("label"), str)),
            float(_typed(value.get("confidence"), (int, float))),
            _typed(value.get("reason"), str),
            evidence,
            tuple(_value(v, len(evidence)) for v in _typed(value.get("values"), list)),
            _typed(value.get("rule"), str),
        )
    except (_Shape, ValueError, TypeError):
        return None
