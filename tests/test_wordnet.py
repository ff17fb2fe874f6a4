"""WordNet as the engine's lexicon: what it answers, the engine without it, and how a run
says which one it used."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import wordnet
from factcheck.engine import calibration, lexical, verify
from factcheck.lexicon import _GROUPS, _OPPOSITES
from factcheck.models import Label
from factcheck.textnorm import stem
from factcheck.verdicts import engine_fingerprint

INSTALLED = wordnet.lexicon_name() != wordnet.HAND_ONLY
# CI installs WordNet (.ci/run): there, a missing WordNet fails these tests instead of
# skipping them.
needs_wordnet = pytest.mark.skipif(
    not INSTALLED and not os.environ.get("CI"),
    reason="WordNet is not installed here (factcheck wordnet install)",
)


@pytest.fixture
def without_wordnet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("FACTCHECK_WORDNET", str(tmp_path / "no-wordnet"))
    lexical.reset()
    engine_fingerprint.cache_clear()
    yield
    monkeypatch.delenv("FACTCHECK_WORDNET")
    lexical.reset()
    engine_fingerprint.cache_clear()


@needs_wordnet
def test_wordnet_answers_the_engines_questions() -> None:
    net = wordnet.load()
    assert net is not None
    assert "invade" in net.same("invasion")
    assert "frigate" in net.narrower("warship")
    assert "end" in net.opposites("begin")
    assert "publish" in net.same("release", "v")  # a rarer sense, common in the corpus
    assert "kill" in net.same("murder", "v")  # the verb above
    assert "music" not in net.closest("musician")  # a noun's noun is not the same thing
    assert net.is_nationality("german")
    assert not net.is_nationality("gothic")
    assert net.kind("senator") == "person"
    assert {"plays", "drum"} <= net.agent_gloss("drummer")  # "someone who plays a drum"
    assert net.agent_gloss("tower") == frozenset()  # a person noun's definition only


@needs_wordnet
def test_places_lie_within_others() -> None:
    net = wordnet.load()
    assert net is not None
    us, mexico, montana, new_mexico = (
        net.place(p) for p in ("United States", "Mexico", "Montana", "New Mexico")
    )
    assert us is not None
    assert mexico is not None
    assert montana is not None
    assert new_mexico is not None
    assert montana.compatible(us)
    assert us.compatible(montana)
    assert not mexico.compatible(us)
    assert not montana.compatible(new_mexico)  # both in the United States, neither in the other
    assert net.place("NATO") is None


@needs_wordnet
def test_a_continent_that_is_a_country_too_holds_no_other_country() -> None:
    # WordNet puts Jamaica on no continent, which leaves it free to lie on any continent;
    # Australia is a country as well, and Jamaica is not in it. Russia may still lie in Asia.
    net = wordnet.load()
    assert net is not None
    jamaica, australia, sydney, russia, asia = (
        net.place(p) for p in ("Jamaica", "Australia", "Sydney", "Russia", "Asia")
    )
    assert jamaica is not None
    assert australia is not None
    assert sydney is not None
    assert russia is not None
    assert asia is not None
    assert not jamaica.compatible(australia)
    assert not australia.compatible(jamaica)
    assert sydney.compatible(australia)
    assert russia.compatible(asia)


@needs_wordnet
def test_the_hand_lexicon_keeps_only_what_wordnet_lacks() -> None:
    # The measurement behind lexicon.py's lists: no hand opposite is a WordNet antonym, no
    # hand group is wholly joined by WordNet's synonyms and derived forms.
    net = wordnet.load()
    assert net is not None

    def antonyms(word: str) -> set[str]:
        return {stem(o) for base in {word, *net.base_forms(word)} for o in net.opposites(base)}

    for a, b in _OPPOSITES:
        assert stem(b) not in antonyms(a), (a, b)
        assert stem(a) not in antonyms(b), (a, b)

    def same(word: str) -> set[str]:
        return {stem(word)} | {
            stem(o) for base in {word, *net.base_forms(word)} for o in net.same(base)
        }

    for group in _GROUPS:
        pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
        assert not all(stem(b) in same(a) or stem(a) in same(b) for a, b in pairs), group


@needs_wordnet
def test_wordnet_lets_the_engine_read_paraphrases() -> None:
    claim = "Germany invaded Poland in September 1939."
    text = "The invasion of Poland by Germany began on 1 September 1939."
    assert verify(claim, [text]).label is Label.SUPPORTED


def test_without_wordnet_the_engine_still_works(without_wordnet: None) -> None:
    assert wordnet.lexicon_name() == wordnet.HAND_ONLY
    assert wordnet.load() is None
    assert wordnet.ready()
    verdict = verify(
        "The Warsaw Pact was dissolved in July 1991.",
        ["The pact was formally dissolved at a meeting in Prague on 1 July 1991."],
    )
    assert verdict.label is Label.SUPPORTED


def test_stored_verdicts_are_keyed_by_the_lexicon(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    engine_fingerprint.cache_clear()
    with_it = engine_fingerprint()
    monkeypatch.setenv("FACTCHECK_WORDNET", str(tmp_path / "no-wordnet"))
    engine_fingerprint.cache_clear()
    without = engine_fingerprint()
    monkeypatch.delenv("FACTCHECK_WORDNET")
    engine_fingerprint.cache_clear()
    assert engine_fingerprint() == with_it
    if INSTALLED:
        assert without != with_it


def test_a_run_says_once_how_to_add_wordnet_and_the_report_records_it(
    without_wordnet: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from factcheck import cli
    from tests.fakes import FakeSource

    monkeypatch.chdir(tmp_path)
    (tmp_path / "essay.toml").write_text(
        '[[claim]]\nid = "pact"\ntext = "The Warsaw Pact was dissolved in July 1991."\n'
        'pages = ["Warsaw Pact"]\n',
        encoding="utf-8",
    )
    source = FakeSource(
        {"Warsaw Pact": "The pact was dissolved in Prague on 1 July 1991."},
        name="https://wiki.example/w/api.php",
    )
    monkeypatch.setattr(cli, "make_live_source", lambda settings: source)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["run", "essay.toml", "--api", "https://wiki.example/w/api.php", "--no-cache",
                  "--format", "json", "-o", "report.json"])  # fmt: skip
    assert exit_info.value.code == 0
    err = capsys.readouterr().err
    assert err.count("WordNet is not installed") == 1
    assert f"factcheck: note: {wordnet.INSTALL_HINT}\n" in err
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["engine"] == {"lexicon": "hand lexicon"}
    assert report["results"][0]["rule"] == "S102"


def test_calibration_tables_are_probabilities_that_rise_with_strength() -> None:
    for key, points in calibration.TABLE.items():
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        assert xs == sorted(xs), key
        assert ys == sorted(ys), key  # pooled adjacent violators: never falls
        assert all(0.0 <= y <= 1.0 for y in ys), key


def test_calibrated_reads_the_table_between_its_points(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {("supported", "S102/page/short"): ((0.6, 0.5), (1.0, 0.9))}
    monkeypatch.setattr(calibration, "TABLE", table)
    assert calibration.calibrated(Label.SUPPORTED, "S102", 0.8) == 0.7
    assert calibration.calibrated(Label.SUPPORTED, "S102", 0.2) == 0.5
    assert calibration.calibrated(Label.SUPPORTED, "S102", 1.0) == 0.9
    # No table for the family or the label: the raw strength, bounded; nothing is certain.
    assert calibration.calibrated(Label.CONTRADICTED, "FC101", 0.42) == 0.42
    assert calibration.calibrated(Label.CONTRADICTED, "FC101", 1.7) == 0.99
    table[("contradicted", "*")] = ((0.5, 0.8), (1.0, 1.0))
    assert calibration.calibrated(Label.CONTRADICTED, "FC101", 1.0) == 0.99


@needs_wordnet
def test_the_lazy_index_answers_as_nltks_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # WordNet is read with its index looked up word by word (wordnet._LazyIndex); nltk's
    # reader, left to read the whole index first, must give the very same answers.
    words = sorted(
        {w for group in _GROUPS for w in group}
        | {w for pair in _OPPOSITES for w in pair}
        | {"dog", "dogs", "running", "better", "geese", "New_Mexico", "united_states", "xyzzy"}
    )

    def answers() -> dict[str, tuple[object, ...]]:
        net = wordnet.load()
        assert net is not None
        return {
            w: (net.entry(w), net.broader(w), net.base_forms(w), net.is_nationality(w))
            for w in words
        }

    lexical.reset()
    lazy = answers()
    monkeypatch.setenv("FACTCHECK_WORDNET_EAGER", "1")
    lexical.reset()
    eager = answers()
    monkeypatch.delenv("FACTCHECK_WORDNET_EAGER")
    lexical.reset()
    assert lazy == eager
