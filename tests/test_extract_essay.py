"""`extract` on the bundled essay, against the 88 claims written by hand for it.

The essay is read in place from ../shared/essay/ (never copied: its words are not ours);
claims/essay_claims.toml holds the hand-written claims. Nothing here touches the network.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.claims import load_claims
from factcheck.extract import (
    Draft,
    PageChoice,
    draft_claims,
    merge_claims,
    read_essay,
    render_claims,
)
from factcheck.models import Claim
from factcheck.values import extract_values

ROOT = Path(__file__).resolve().parent.parent
ESSAY = ROOT.parent / "shared" / "essay" / "000_f920b37546b3ce45.txt"
HAND = ROOT / "claims" / "essay_claims.toml"


@pytest.fixture(scope="module")
def draft() -> Draft:
    if not ESSAY.is_file():
        # Its words are not ours, so the repository cannot carry it: a checkout without the
        # shared folder beside it runs the extract tests on our own essays only.
        pytest.skip(f"the essay is not beside this checkout: {ESSAY}")
    return draft_claims(read_essay(ESSAY))


def span_of(text: str, quote: str) -> tuple[int, int]:
    match = re.search(r"\s+".join(re.escape(w) for w in quote.split()), text)
    assert match is not None, f"not in the essay: {quote!r}"
    return match.span()


def test_the_draft_loads_and_every_quote_is_verbatim(draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "claims.toml"
    path.write_text(render_claims(draft, PageChoice({}, "offline")), encoding="utf-8")
    loaded = load_claims(path)
    assert len(loaded.claims) == len(draft.candidates) > 0
    flat = " ".join(draft.essay.text.split())
    for claim in loaded.claims:
        # Verbatim up to whitespace: the loader makes each run of it one space (the essay
        # has no-break spaces).
        assert claim.quote in flat


def test_every_hand_claim_with_a_date_or_figure_has_a_counterpart(draft: Draft) -> None:
    """A counterpart: an extracted claim whose quote overlaps the hand-written one and holds
    its date or figure."""
    text = draft.essay.text
    with_values = 0
    for claim in load_claims(HAND).claims:
        values = extract_values(claim.quote)
        if not values:
            continue
        with_values += 1
        start, end = span_of(text, claim.quote)
        value_start = start + values[0].span[0]
        assert any(
            c.start < end and start < c.end and c.start <= value_start < c.end
            for c in draft.candidates
        ), f"no counterpart for {claim.id}: {claim.quote!r}"
    assert with_values >= 25  # the file's date and figure claims were all looked at


def test_a_second_run_gives_the_same_ids(draft: Draft) -> None:
    again = draft_claims(read_essay(ESSAY))
    assert [c.id for c in again.candidates] == [c.id for c in draft.candidates]
    assert len({c.id for c in draft.candidates}) == len(draft.candidates)


def test_merge_over_the_hand_written_file_changes_nothing_there(
    draft: Draft, tmp_path: Path
) -> None:
    original = HAND.read_text(encoding="utf-8")
    path = tmp_path / "essay_claims.toml"
    path.write_text(original, encoding="utf-8")
    merged = merge_claims(original, load_claims(path), draft, PageChoice({}, "offline"))
    assert merged.text.startswith(original)
    path.write_text(merged.text, encoding="utf-8")
    after = load_claims(path).claims
    before = load_claims(HAND).claims

    def plain(claims: tuple[Claim, ...]) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
        return [(c.id, c.text, c.quote, c.kind.value, c.pages) for c in claims]

    assert plain(after[: len(before)]) == plain(before)
    assert len(after) == len(before) + merged.added
