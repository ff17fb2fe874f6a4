"""Measure the verification engine on the external benchmarks in ../shared/bench/.

    python benchmarks/claim_bench.py --half held    # the README's table (rows kept out of tuning)
    python benchmarks/claim_bench.py --half tune    # the rows rules and thresholds are tuned on
    python benchmarks/claim_bench.py --half tune --errors /tmp/mistakes.jsonl

Protocol (../shared/bench/README.md), two modes because they are two products:
- *page*: `verify(claim, {title: text})`, the evidence joined as an article (FEVER-Symmetric:
  the one sentence; Fool Me Twice: the ~10 sentences retrieved from the page). The engine
  finds the deciding sentence itself. This is what `factcheck run` does.
- *list*: `verify(claim, [sentences])`, the caller vouching for the evidence (FEVER-Symmetric:
  the one sentence; Fool Me Twice: the gold sentences).

Per set and mode: FC, the share of true (SUPPORTS) claims called contradicted (false alarms,
the figure that matters most); CR, the share of false (REFUTES) claims called contradicted;
precision of `contradicted` and of `supported`; strict accuracy (not_enough_evidence counts
as wrong); coverage (share answered); evidence precision@1 where the gold sentences are
known; the expected calibration error of the confidence over the answered verdicts (is a
"supported 0.8" right 8 times in 10?), and over all verdicts (where not_enough_evidence is
always wrong, these sets having no such class). Every figure overall and on the rows whose
claim holds a digit or a month name. Then the abstention check (Fool Me Twice claims against the
retrieved sentences that are *not* gold: must give not_enough_evidence, never
contradicted), the self-consistency check (each sentence of a Fool Me Twice page as a claim
against the page's other sentences: a label-free count of false alarms on real Wikipedia
text), a reliability table, and the false contradictions by rule.

The data are read in place, never copied. A row belongs to the tuning or the held half by
a hash of its id, so the halves never change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.engine import verify
from factcheck.models import Label, Verdict
from factcheck.textnorm import detokenize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
_DIGIT_OR_MONTH = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
BINS = 10


@dataclass(frozen=True)
class Row:
    id: str
    claim: str
    label: Label  # SUPPORTED or CONTRADICTED (NOT_ENOUGH_EVIDENCE in the abstention check)
    gold: tuple[str, ...]
    retrieved: tuple[str, ...] = ()
    page: str = ""

    @property
    def dated(self) -> bool:
        return bool(_DIGIT_OR_MONTH.search(self.claim))

    @property
    def half(self) -> str:
        digest = hashlib.sha256(self.id.encode()).digest()
        return "tune" if digest[0] % 2 == 0 else "held"


def _label(text: str) -> Label:
    return {"SUPPORTS": Label.SUPPORTED, "REFUTES": Label.CONTRADICTED}[text]


def read_fever(path: Path, raw: bool = False) -> Iterator[Row]:
    clean = (lambda s: s) if raw else detokenize
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            d = json.loads(line)
            yield Row(
                f"fs-{d.get('id', n)}-{n}",
                clean(d["claim"]),
                _label(d["label"]),
                (clean(d["evidence"]),),
            )


def read_fmt(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield Row(
                f"fmt-{d['id']}",
                d["text"],
                _label(d["label"]),
                tuple(g["text"] for g in d["gold_evidence"]),
                tuple(r["text"] for r in d["retrieved_evidence"]),
                d.get("wikipedia_page", ""),
            )


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def _is_gold(sentence: str, gold: Iterable[str]) -> bool:
    top = _norm(sentence)
    return bool(top) and any(top in g or g in top for g in (_norm(x) for x in gold))


def rule_of(verdict: Verdict) -> str:
    return getattr(verdict, "rule", "") or "-"


@dataclass
class Tally:
    rows: int = 0
    true_rows: int = 0  # SUPPORTS
    false_rows: int = 0  # REFUTES
    nei_rows: int = 0
    fc: int = 0  # true claims called contradicted
    cr: int = 0  # false claims called contradicted
    sr: int = 0  # true claims called supported
    contradicted: int = 0
    supported: int = 0
    correct: int = 0
    answered: int = 0
    p1_hits: int = 0
    p1_rows: int = 0
    confidences: list[tuple[float, bool]] = field(default_factory=list)
    answered_confidences: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, row: Row, verdict: Verdict, top_is_gold: bool | None) -> None:
        self.rows += 1
        got = verdict.label
        if row.label is Label.SUPPORTED:
            self.true_rows += 1
            self.fc += got is Label.CONTRADICTED
            self.sr += got is Label.SUPPORTED
        elif row.label is Label.CONTRADICTED:
            self.false_rows += 1
            self.cr += got is Label.CONTRADICTED
        else:
            self.nei_rows += 1
        self.contradicted += got is Label.CONTRADICTED
        self.supported += got is Label.SUPPORTED
        self.answered += got in (Label.SUPPORTED, Label.CONTRADICTED)
        self.correct += got is row.label
        self.confidences.append((verdict.confidence, got is row.label))
        if got in (Label.SUPPORTED, Label.CONTRADICTED):
            self.answered_confidences.append((verdict.confidence, got is row.label))
        if top_is_gold is not None:
            self.p1_rows += 1
            self.p1_hits += top_is_gold

    def ece(self, answered_only: bool = False) -> float:
        return expected_calibration_error(
            self.answered_confidences if answered_only else self.confidences
        )


def expected_calibration_error(pairs: Sequence[tuple[float, bool]]) -> float:
    if not pairs:
        return 0.0
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(BINS)]
    for conf, ok in pairs:
        bins[min(BINS - 1, int(conf * BINS))].append((conf, ok))
    total = len(pairs)
    return sum(
        len(b) / total * abs(sum(c for c, _ in b) / len(b) - sum(o for _, o in b) / len(b))
        for b in bins
        if b
    )


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def cells(t: Tally) -> list[str]:
    return [
        str(t.rows),
        _ratio(t.fc, t.true_rows),
        _ratio(t.cr, t.false_rows),
        _ratio(t.cr, t.contradicted),
        _ratio(t.sr, t.supported),
        _ratio(t.correct, t.rows),
        _ratio(t.answered, t.rows),
        _ratio(t.p1_hits, t.p1_rows) if t.p1_rows else "-",
        f"{t.ece(answered_only=True):.3f}",
        f"{t.ece():.3f}",
    ]


Check = Callable[[Row], tuple[Verdict, bool | None]]


def page_check(
    title_of: Callable[[Row], str], sentences_of: Callable[[Row], Sequence[str]]
) -> Check:
    def check(row: Row) -> tuple[Verdict, bool | None]:
        sentences = sentences_of(row)
        verdict = verify(row.claim, {title_of(row): " ".join(sentences)})
        known = bool(row.gold) and row.label is not Label.NOT_ENOUGH_EVIDENCE
        top = verdict.evidence[0].sentence if verdict.evidence else ""
        return verdict, (_is_gold(top, row.gold) if known and len(sentences) > 1 else None)

    return check


def list_check(sentences_of: Callable[[Row], Sequence[str]]) -> Check:
    def check(row: Row) -> tuple[Verdict, bool | None]:
        return verify(row.claim, list(sentences_of(row))), None

    return check


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip()


def _self_consistency(
    fmt: Sequence[Row], mistakes: list[dict[str, object]] | None
) -> tuple[int, list[str]]:
    """Each sentence of each page (once per page), as a claim, against the page's other
    sentences in page mode. Needs no label: a sentence of an article is true by that
    article, so a contradiction is a false alarm (of the kind a true claim meets when the
    article lacks its sentence but tells of a like event). Returns the number of claims and
    the rule of each contradiction."""
    seen: set[str] = set()
    checked = 0
    rules: list[str] = []
    for row in fmt:
        if row.page in seen:
            continue
        seen.add(row.page)
        sentences = list(dict.fromkeys(row.retrieved))
        for i, sentence in enumerate(sentences):
            if not 5 <= len(sentence.split()) <= 40:
                continue
            others = " ".join(s for j, s in enumerate(sentences) if j != i)
            verdict = verify(sentence, {row.page: others})
            checked += 1
            if verdict.label is Label.CONTRADICTED:
                rules.append(rule_of(verdict))
                if mistakes is not None:
                    mistakes.append(
                        {
                            "set": "self-consistency",
                            "mode": "page",
                            "claim": sentence,
                            "label": "supported",
                            "got": verdict.label.value,
                            "confidence": verdict.confidence,
                            "rule": rule_of(verdict),
                            "reason": verdict.reason,
                            "evidence": [s for j, s in enumerate(sentences) if j != i],
                        }
                    )
    return checked, rules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bench",
        type=Path,
        default=DEFAULT_BENCH,
        help="folder with fever-symmetric/ and fool-me-twice/",
    )
    parser.add_argument(
        "--half",
        choices=["all", "tune", "held"],
        default="held",
        help="which rows: tune (develop on these), held (publish these), all",
    )
    parser.add_argument(
        "--fever-title",
        default="",
        help="title of the one-sentence article in FEVER-Symmetric page mode (default: none)",
    )
    parser.add_argument(
        "--raw",
        action="store_true",
        help="hand FEVER-Symmetric text over in its own tokenisation (-LRB-, ' ,')",
    )
    parser.add_argument("--errors", type=Path, help="write the wrong verdicts (JSON lines) here")
    args = parser.parse_args(argv)

    keep = (lambda r: True) if args.half == "all" else (lambda r: r.half == args.half)
    fever = [
        r for r in read_fever(args.bench / "fever-symmetric" / "dev.jsonl", args.raw) if keep(r)
    ]
    fmt = [r for r in read_fmt(args.bench / "fool-me-twice" / "dev.jsonl") if keep(r)]
    # The abstention check: each claim against the sentences of its page that are not gold.
    silent = [
        Row(r.id, r.claim, Label.NOT_ENOUGH_EVIDENCE, r.gold, others, r.page)
        for r in fmt
        if (others := tuple(s for s in r.retrieved if not _is_gold(s, r.gold)))
    ]
    true_claims = {r.id for r in fmt if r.label is Label.SUPPORTED}

    tasks: list[tuple[str, str, list[Row], Check]] = [
        (
            "FEVER-Symmetric",
            "page",
            fever,
            page_check(lambda r: args.fever_title, lambda r: r.gold),
        ),
        ("Fool Me Twice", "page", fmt, page_check(lambda r: r.page, lambda r: r.retrieved)),
        ("FEVER-Symmetric", "list", fever, list_check(lambda r: r.gold)),
        ("Fool Me Twice", "list", fmt, list_check(lambda r: r.gold)),
    ]
    abstain_tasks: list[tuple[str, str, list[Row], Check]] = [
        (
            "FMT, non-gold sentences",
            "page",
            silent,
            page_check(lambda r: r.page, lambda r: r.retrieved),
        ),
        ("FMT, non-gold sentences", "list", silent, list_check(lambda r: r.retrieved)),
    ]

    mistakes: list[dict[str, object]] = []
    false_alarms: Counter[tuple[str, str]] = Counter()
    contradictions: Counter[tuple[str, str]] = Counter()
    reliability: dict[str, list[tuple[float, bool]]] = {}
    silent_alarms: dict[str, int] = {}

    def run(name: str, mode: str, rows: list[Row], check: Check) -> tuple[Tally, Tally]:
        overall, dated = Tally(), Tally()
        for row in rows:
            verdict, top_is_gold = check(row)
            overall.add(row, verdict, top_is_gold)
            if row.dated:
                dated.add(row, verdict, top_is_gold)
            key = f"{name}, {mode}"
            if verdict.label is Label.CONTRADICTED:
                contradictions[(key, rule_of(verdict))] += 1
                if row.label is Label.NOT_ENOUGH_EVIDENCE and row.id in true_claims:
                    silent_alarms[mode] = silent_alarms.get(mode, 0) + 1
                if row.label is not Label.CONTRADICTED:
                    false_alarms[(key, rule_of(verdict))] += 1
            if row.label is not Label.NOT_ENOUGH_EVIDENCE and verdict.label in (
                Label.SUPPORTED,
                Label.CONTRADICTED,
            ):
                reliability.setdefault(mode, []).append(
                    (verdict.confidence, verdict.label is row.label)
                )
            if verdict.label is not row.label and args.errors:
                mistakes.append(
                    {
                        "set": name,
                        "mode": mode,
                        "claim": row.claim,
                        "label": row.label.value,
                        "got": verdict.label.value,
                        "confidence": verdict.confidence,
                        "rule": rule_of(verdict),
                        "reason": verdict.reason,
                        "evidence": list(row.gold if mode == "list" else row.retrieved or row.gold),
                    }
                )
        return overall, dated

    started = time.perf_counter()
    table = [(name, mode, *run(name, mode, rows, check)) for name, mode, rows, check in tasks]
    abstain = [
        (name, mode, *run(name, mode, rows, check)) for name, mode, rows, check in abstain_tasks
    ]
    consistency = _self_consistency(fmt, mistakes if args.errors else None)
    elapsed = time.perf_counter() - started

    commit = _git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    command = "python benchmarks/claim_bench.py " + " ".join(
        argv if argv is not None else sys.argv[1:]
    )
    print(f"command: {command.strip()}")
    print(f"commit: {commit}{' (with uncommitted changes)' if dirty else ''}")
    print(f"rows: {args.half} half")
    print()
    print(
        "| set | mode | rows | FC | CR | precision of contradicted | precision of supported "
        "| strict acc | coverage | evidence P@1 | ECE | ECE, all verdicts |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, mode, overall, dated in table:
        print("| " + " | ".join([name, mode, *cells(overall)]) + " |")
        print("| " + " | ".join([name + ", digit/month", mode, *cells(dated)]) + " |")
    print()
    print(
        "Abstention check (the gold sentences left out; the right verdict is not_enough_evidence):"
    )
    print()
    print(
        "| set | mode | rows | contradicted | of them true claims (false alarms) | supported "
        "| not enough evidence |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, mode, overall, _dated in abstain:
        nei = overall.rows - overall.contradicted - overall.supported
        alarms = silent_alarms.get(mode, 0)
        print(
            f"| {name} | {mode} | {overall.rows} | {_ratio(overall.contradicted, overall.rows)} "
            f"| {_ratio(alarms, overall.rows)} | {_ratio(overall.supported, overall.rows)} "
            f"| {_ratio(nei, overall.rows)} |"
        )
    print()
    checked, alarms_seen = consistency
    print(
        "Self-consistency check (each sentence of a Fool Me Twice page, of 5 to 40 words, as a "
        "claim against the page's other sentences; Wikipedia agrees with itself, so every "
        f"contradicted is a false alarm, but for its rare inconsistencies): {checked} claims, "
        f"{len(alarms_seen)} contradicted ({_ratio(len(alarms_seen), checked)})"
        + "".join(f"; {rule}: {n}" for rule, n in sorted(Counter(alarms_seen).items()))
        + "."
    )
    print()
    print(
        "Reliability of answered verdicts (supported or contradicted, two-way sets; right when "
        "it is the label), by confidence:"
    )
    print()
    print(
        "| mode | "
        + " | ".join(f"{b / BINS:.1f}-{(b + 1) / BINS:.1f}" for b in range(BINS))
        + " | ECE |"
    )
    print("|---|" + "---|" * (BINS + 1))
    for mode, pairs in reliability.items():
        row_cells = []
        for b in range(BINS):
            inside = [ok for conf, ok in pairs if min(BINS - 1, int(conf * BINS)) == b]
            row_cells.append(f"{sum(inside) / len(inside):.2f} ({len(inside)})" if inside else "-")
        print(
            f"| {mode} | " + " | ".join(row_cells) + f" | {expected_calibration_error(pairs):.3f} |"
        )
    print()
    print("Contradicted verdicts by deciding rule (false alarms / all):")
    print()
    for (key, rule), n in sorted(contradictions.items()):
        print(f"- {key}: {rule}: {false_alarms.get((key, rule), 0)} / {n}")
    print()
    checks = sum(len(rows) for _n, _m, rows, _c in tasks + abstain_tasks) + checked
    print(f"({elapsed:.1f} s for {checks} checks)")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for m in mistakes:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
