"""The machine-readable report: a JSON document that follows schema/report-v1.schema.json."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from factcheck.errors import OutputError
from factcheck.formats.base import Formatter, evidence_link
from factcheck.models import (
    ClaimResult,
    Evidence,
    Label,
    PageLookup,
    Report,
    ValueCheck,
    Verdict,
    VerdictChange,
)

SCHEMA_VERSION = 1
SCHEMA_RESOURCE = "report-v1.schema.json"
TOOL_NAME = "factcheck"


@cache
def _schema_text() -> str:
    return resources.files("factcheck").joinpath("schema", SCHEMA_RESOURCE).read_text("utf-8")


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the reports this version writes; a fresh copy."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def _value(check: ValueCheck) -> dict[str, Any]:
    return {
        "kind": check.kind.value,
        "asserted": check.asserted,
        "status": check.status.value,
        "found": check.found,
        "evidence_index": check.evidence_index,
        "note": check.note,
    }


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {
        "title": evidence.title,
        "url": evidence_link(evidence),
        "revid": evidence.revid,
        "timestamp": evidence.timestamp,
        "sentence": evidence.sentence,
        # Rounded so that reruns over the same pages give byte-identical reports.
        "score": round(evidence.score, 1),
        "section": evidence.section,
        "origin": evidence.origin.value,
    }


def _lookup(lookup: PageLookup) -> dict[str, Any]:
    page = lookup.page
    return {
        "requested": lookup.requested,
        "status": lookup.status.value,
        "title": page.title if page else None,
        "revid": page.revid if page else None,
        "reason": lookup.reason,
        "via_search": lookup.via_search,
    }


def _change(change: VerdictChange) -> dict[str, Any]:
    def side(verdict: Verdict) -> dict[str, Any]:
        best = verdict.evidence[0] if verdict.evidence else None
        return {
            "verdict": verdict.label.value,
            "revid": best.revid if best else None,
            "timestamp": best.timestamp if best else "",
            "sentence": best.sentence if best else "",
            "reason": verdict.reason,
        }

    return {"id": change.claim_id, "then": side(change.then), "now": side(change.now)}


def _result(result: ClaimResult) -> dict[str, Any]:
    claim, verdict = result.claim, result.verdict
    return {
        "id": claim.id,
        "text": claim.text,
        "quote": claim.quote,
        "kind": claim.kind.value,
        "pages": list(claim.pages),
        "verdict": verdict.label.value,
        "confidence": round(verdict.confidence, 3),
        "rule": verdict.rule,
        "reason": verdict.reason,
        "values": [_value(v) for v in verdict.values],
        "evidence": [_evidence(e) for e in verdict.evidence],
        "lookups": [_lookup(lookup) for lookup in result.lookups],
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready values, keys in the documented order."""
    summary: dict[str, int] = {"total": report.total}
    summary.update({label.value: report.summary[label] for label in Label})
    published = report.essay_published
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": report.tool_version},
        "generated_at": report.generated_at,
        "claims_file": report.claims_file,
        "essay": {
            "title": report.essay_title,
            "published": published.isoformat() if published else None,
        },
        "source": {
            "api": report.source.api,
            "offline": report.source.offline,
            "snapshot": report.source.snapshot,
            "note": report.source.note,
            "as_of": report.source.as_of or None,
        },
        "engine": {"lexicon": report.lexicon},
        "notes": list(report.notes),
        "summary": summary,
        "results": [_result(r) for r in report.results],
        **({"changes": [_change(c) for c in report.changes]} if report.changes is not None else {}),
    }


class JsonFormatter(Formatter):
    def format(self, report: Report) -> str:
        try:
            text = json.dumps(report_to_dict(report), indent=2, ensure_ascii=False, allow_nan=False)
        except ValueError as exc:  # NaN or infinity in a score: not JSON
            raise OutputError(f"cannot write the JSON report: {exc}") from exc
        return text + "\n"
