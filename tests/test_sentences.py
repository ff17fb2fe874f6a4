"""Sentence splitting of article extracts."""

from __future__ import annotations

import pytest

from factcheck.sentences import MAX_SENTENCE_CHARS, Sentence, split_sentences


def texts(line: str) -> list[str]:
    return [s.text for s in split_sentences(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("It was signed. It was ratified.", ["It was signed.", "It was ratified."]),
        ("Is it? Yes! It is.", ["Is it?", "Yes!", "It is."]),
        ("Born c. 1700 in St. Petersburg.", ["Born c. 1700 in St. Petersburg."]),
        ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
        ("The U.S. Army left. It came back.", ["The U.S. Army left.", "It came back."]),
        ("It hit at 9:03 a.m. Another hit later.", ["It hit at 9:03 a.m.", "Another hit later."]),
        ("See No. 5 on p. 12. Then stop.", ["See No. 5 on p. 12.", "Then stop."]),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ('It ended. "We won," he said.', ["It ended.", '"We won," he said.']),
        ("It ended in 1918. 1919 was calm.", ["It ended in 1918.", "1919 was calm."]),
        ("The value is 3.5 per cent. It rose.", ["The value is 3.5 per cent.", "It rose."]),
        ("It rose. and fell.", ["It rose. and fell."]),  # no capital: not a boundary
        ("Russia objected; Ukraine did not.", ["Russia objected;", "Ukraine did not."]),
        ("Russia objected; the rest did not.", ["Russia objected; the rest did not."]),
        # Sentences pasted together without a space still end where a capital follows.
        (
            "He died at age 86.His funeral was in Lisk.",
            ["He died at age 86.", "His funeral was in Lisk."],
        ),
        ('She is alive!"In 1980 she sang.', ['She is alive!"', "In 1980 she sang."]),
        (
            "It lost 31 million kronor ($4.4 million).In 2010 it grew.",
            ["It lost 31 million kronor ($4.4 million).", "In 2010 it grew."],
        ),
        (
            "He lived in St. Louis (Mo.).Then he left.",
            ["He lived in St. Louis (Mo.).", "Then he left."],
        ),
        # A page reference stripped of its brackets sits between two sentences.
        (
            "She drifts down to Lisk.:173 In the sequel she sings.",
            ["She drifts down to Lisk.", "In the sequel she sings."],
        ),
        (
            "It ran until 1990.:12\u201314 Then it stopped. The ratio 3:2 held.",
            ["It ran until 1990.", "Then it stopped.", "The ratio 3:2 held."],
        ),
        ("He moved to St.Louis in 1900.", ["He moved to St.Louis in 1900."]),
        ("The U.S.Army left.", ["The U.S.Army left."]),
        ("Version 3.5 of Node.js came out.", ["Version 3.5 of Node.js came out."]),
        (
            "NATO (NATO; French: OTAN) is an alliance.",
            ["NATO (NATO; French: OTAN) is an alliance."],
        ),
        # A lone capital is read as an initial, so a Roman "I" keeps its sentence going.
        ("World War I. It ended.", ["World War I. It ended."]),
        ("Smith, Jr. And more.", ["Smith, Jr. And more."]),
        # An era without dots ends its sentence; with dots it is an abbreviation.
        (
            "It was first told in the 3rd century AD. Its fame grew.",
            ["It was first told in the 3rd century AD.", "Its fame grew."],
        ),
        (
            "Tarn was founded in 500 BC. Walls came later.",
            ["Tarn was founded in 500 BC.", "Walls came later."],
        ),
        (
            "Tarn was founded in 500 B.C. Walls came later.",
            ["Tarn was founded in 500 B.C. Walls came later."],
        ),
        (
            "The wall dates from AD 122. Hadrian built it.",
            ["The wall dates from AD 122.", "Hadrian built it."],
        ),
        ("", []),
        ("   ", []),
    ],
)
def test_sentence_boundaries(line: str, expected: list[str]) -> None:
    assert texts(line) == expected


def test_sections_paragraphs_and_positions() -> None:
    text = "Lead one. Lead two.\n\n== History ==\nFirst. Second.\n=== Later ===\nThird."
    assert split_sentences(text) == [
        Sentence("Lead one.", "", 0, 0),
        Sentence("Lead two.", "", 1, 0),
        Sentence("First.", "History", 2, 3),
        Sentence("Second.", "History", 3, 3),
        Sentence("Third.", "Later", 4, 5),
    ]


def test_a_run_on_line_is_cut_below_the_limit() -> None:
    words = " ".join(["word"] * 1000)
    pieces = texts(words)
    assert len(pieces) > 1
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces) == words
