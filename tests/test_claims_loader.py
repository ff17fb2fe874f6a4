"""The claims-file loader: good files load, every bad file fails with one exact line."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import claims as claims_module
from factcheck.claims import MAX_TEXT_CHARS, load_claims
from factcheck.errors import ClaimsFileError
from factcheck.models import Claim, ClaimKind, ClaimsFile

BAD_DIR = Path(__file__).parent / "data" / "bad_claims"

# File name -> str(error) when the file is loaded from its own directory: "NAME:LINE: message",
# or "NAME: message" for problems of the whole file.
BAD_CASES: dict[str, str] = {
    "claim_capitalised.toml": (
        "claim_capitalised.toml:1: [[Claim]] is not a known table; write [[claim]] (singular, "
        "double brackets) before each claim"
    ),
    "claim_empty_list.toml": (
        "claim_empty_list.toml:1: no claims: claim is an empty list; add [[claim]] tables, "
        'each with id = "..." and text = "..."'
    ),
    "claim_item_not_table.toml": (
        "claim_item_not_table.toml:1: claim 2 is an integer (1991), not a table; write each "
        "claim as a [[claim]] table"
    ),
    "claim_keys_inside_essay.toml": (
        'claim_keys_inside_essay.toml:5: key "id" is inside [essay], which holds only title, '
        "published and source; put [[claim]] on a line above the claim's keys"
    ),
    "claim_keys_outside_claim.toml": (
        'claim_keys_outside_claim.toml:2: key "id" is outside any claim; put [[claim]] on a '
        "line above it"
    ),
    "claim_not_a_list.toml": (
        'claim_not_a_list.toml:1: claim must be [[claim]] tables, not a string ("The Warsaw '
        'Pact was dissolved in July 1991."); write [[claim]] on a line of its own, then id = '
        '"..." and text = "..."'
    ),
    "claims_plural.toml": (
        "claims_plural.toml:5: [[claims]] is not a known table; write [[claim]] (singular, "
        "double brackets) before each claim"
    ),
    "duplicate_id.toml": (
        'duplicate_id.toml:14: duplicate id "warsaw-pact-dissolved": the claim at line 6 has '
        "it too; give each claim its own id"
    ),
    "empty.toml": (
        'empty.toml: no claims: the file is empty; add [[claim]] tables, each with id = "..." '
        'and text = "..."'
    ),
    "empty_text.toml": (
        'empty_text.toml:3: text of claim "warsaw-pact-dissolved" is empty; state the claim in '
        "one sentence"
    ),
    "essay_array.toml": (
        "essay_array.toml:1: [[essay]] makes a list: write [essay] with single brackets"
    ),
    "essay_keys_outside_essay.toml": (
        'essay_keys_outside_essay.toml:1: key "title" is outside [essay]; put [essay] on a '
        "line above it"
    ),
    "essay_not_table.toml": (
        'essay_not_table.toml:1: essay must be a table, not a string ("The End of the Cold '
        'War"); write [essay] on a line of its own with title = "..." and published = '
        "2022-01-21 below it"
    ),
    "essay_title_not_string.toml": (
        "essay_title_not_string.toml:2: title must be a string in quotes, not an integer "
        '(1991); e.g. title = "The End of the Cold War"'
    ),
    "essay_without_claims.toml": (
        "essay_without_claims.toml: no claims: there is no [[claim]] table; add [[claim]] "
        'tables, each with id = "..." and text = "..."'
    ),
    "header_in_multiline_string.toml": (
        'header_in_multiline_string.toml:7: claim "cold-war-ended" has no text; add text = '
        '"..." stating the claim in one sentence'
    ),
    "id_empty.toml": (
        "id_empty.toml:2: id is empty; give the claim a unique slug, e.g. id = "
        '"warsaw-pact-dissolved-july-1991"'
    ),
    "id_integer.toml": (
        'id_integer.toml:2: id must be a string in quotes, not an integer (3); e.g. id = "3"'
    ),
    "id_multiline.toml": (
        'id_multiline.toml:2: id "warsaw-pact\\ndissolved" is not a slug (lower-case letters '
        'and digits, words joined by single hyphens, e.g. "warsaw-pact-dissolved"); try id = '
        '"warsaw-pact-dissolved"'
    ),
    "id_not_slug.toml": (
        'id_not_slug.toml:2: id "Warsaw Pact Dissolved" is not a slug (lower-case letters and '
        'digits, words joined by single hyphens, e.g. "warsaw-pact-dissolved"); try id = '
        '"warsaw-pact-dissolved"'
    ),
    "id_underscores.toml": (
        'id_underscores.toml:2: id "warsaw_pact_dissolved" is not a slug (lower-case letters '
        'and digits, words joined by single hyphens, e.g. "warsaw-pact-dissolved"); try id = '
        '"warsaw-pact-dissolved"'
    ),
    "kind_huge_value.toml": (
        "kind_huge_value.toml:4: kind "
        '"datedatedatedatedatedatedatedatedatedatedatedatedatedated..." is not one of date, '
        "summit, figure, person, event, other"
    ),
    "kind_not_string.toml": (
        "kind_not_string.toml:4: kind must be a string in quotes, not an integer (1); use one "
        "of date, summit, figure, person, event, other"
    ),
    "kind_typo.toml": (
        'kind_typo.toml:4: kind "dates" is not one of date, summit, figure, person, event, '
        'other; did you mean "date"?'
    ),
    "kind_unknown.toml": (
        'kind_unknown.toml:4: kind "statistic" is not one of date, summit, figure, person, '
        "event, other"
    ),
    "missing_id.toml": (
        "missing_id.toml:1: claim has no id; add a unique slug, e.g. id = "
        '"warsaw-pact-dissolved-july-1991"'
    ),
    "missing_text.toml": (
        'missing_text.toml:5: claim "cold-war-ended" has no text; add text = "..." stating the '
        "claim in one sentence"
    ),
    "not_utf8.toml": (
        "not_utf8.toml:7: not valid UTF-8: byte 0xE8 at column 62; save the file as UTF-8 (it "
        "may be in Latin-1 or Windows-1252)"
    ),
    "nul_byte.toml": (
        "nul_byte.toml:3: NUL byte at column 24; a claims file is plain text: remove it"
    ),
    "only_comments.toml": (
        "only_comments.toml: no claims: the file has only comments; add [[claim]] tables, each "
        'with id = "..." and text = "..."'
    ),
    "page_title_blank.toml": (
        'page_title_blank.toml:4: pages item 2 "  " can never be a Wikipedia title: the title '
        "is empty; give the article's exact title, or remove it"
    ),
    "page_title_control_character.toml": (
        'page_title_control_character.toml:4: pages item 1 "Warsaw\\x07Pact\\nTreaty" can '
        "never be a Wikipedia title: the title contains a control character; give the "
        "article's exact title, or remove it"
    ),
    "page_title_section.toml": (
        'page_title_section.toml:4: pages item 2 "Warsaw Pact#Dissolution" can never be a '
        "Wikipedia title: the title contains '#', which MediaWiki titles cannot contain; drop "
        'the section part: "Warsaw Pact"'
    ),
    "page_title_too_long.toml": (
        'page_title_too_long.toml:4: pages item 1 "Warszawa Warszawa Warszawa Warszawa '
        'Warszawa Warszawa War..." can never be a Wikipedia title: the title is 359 bytes '
        "long; MediaWiki titles are at most 255; give the article's exact title, or remove it"
    ),
    "page_title_wikilink.toml": (
        'page_title_wikilink.toml:4: pages item 1 "[[Warsaw Pact]]" can never be a Wikipedia '
        "title: the title contains '[' ']', which MediaWiki titles cannot contain; give the "
        "article's exact title, or remove it"
    ),
    "pages_integer_item.toml": (
        "pages_integer_item.toml:4: pages item 1 is an integer (1), not a title; write titles "
        'in quotes, e.g. pages = ["Warsaw Pact"]'
    ),
    "pages_string.toml": (
        'pages_string.toml:4: pages must be a list of titles, e.g. pages = ["Warsaw Pact"]'
    ),
    "pages_table.toml": (
        'pages_table.toml:5: pages must be a list of titles, not a table ({title = "Warsaw '
        'Pact"}), e.g. pages = ["Warsaw Pact"]'
    ),
    "published_datetime.toml": (
        "published_datetime.toml:2: published has a time of day (2022-01-21T09:30:00+00:00); "
        "give the date alone, e.g. published = 2022-01-21"
    ),
    "published_impossible_string.toml": (
        'published_impossible_string.toml:2: published "2022-02-30" is not a real date; e.g. '
        "published = 2022-01-21"
    ),
    "published_integer.toml": (
        "published_integer.toml:2: published must be a date, not an integer (2022); e.g. "
        "published = 2022-01-21"
    ),
    "published_not_date.toml": (
        'published_not_date.toml:3: published "21 January 2022" is not a date; write it as '
        "YYYY-MM-DD, e.g. published = 2022-01-21"
    ),
    "quote_not_string.toml": (
        'quote_not_string.toml:4: quote must be a string in quotes, not a list (["the Warsaw '
        'Pact was abolished"]); copy the essay\'s words, e.g. quote = "the Pact was abolished"'
    ),
    "single_claim_table.toml": (
        "single_claim_table.toml:1: [claim] makes a single table, not a list of claims; write "
        "[[claim]] (double brackets) before each claim"
    ),
    "single_claim_table_twice.toml": (
        "single_claim_table_twice.toml:5: TOML syntax error at column 7: Cannot declare "
        "('claim',) twice; [claim] (line 1) makes a single table: write [[claim]] before every "
        "claim"
    ),
    "single_then_double_claim.toml": (
        "single_then_double_claim.toml:5: TOML syntax error at column 8: Cannot overwrite a "
        "value; [claim] (line 1) makes a single table: write [[claim]] before every claim"
    ),
    "syntax_backslash.toml": (
        "syntax_backslash.toml:3: TOML syntax error at column 36: Unescaped '\\' in a string; "
        "write a backslash as \\\\ in a double-quoted string, or use 'single quotes'"
    ),
    "syntax_curly_quotes.toml": (
        "syntax_curly_quotes.toml:2: TOML syntax error at column 6: Invalid value; curly "
        'quotes are not TOML quotes: use straight double quotes "..."'
    ),
    "syntax_deep_nesting.toml": (
        "syntax_deep_nesting.toml:4: TOML syntax error: lists or inline tables are nested too "
        "deeply to read; flatten them"
    ),
    "syntax_huge_number.toml": (
        "syntax_huge_number.toml:2: TOML syntax error: a number has too many digits to read; "
        "shorten it"
    ),
    "syntax_impossible_date.toml": (
        "syntax_impossible_date.toml:2: TOML syntax error at column 17: Expected newline or "
        "end of document after a statement; write a real date as YYYY-MM-DD, e.g. published = "
        "2022-01-21"
    ),
    "syntax_key_twice.toml": (
        "syntax_key_twice.toml:5: TOML syntax error at column 15: Cannot overwrite a value; a "
        "key is given twice in the same table: keep one"
    ),
    "syntax_list_of_unquoted_titles.toml": (
        "syntax_list_of_unquoted_titles.toml:4: TOML syntax error at column 10: Invalid value; "
        'put each item of the list in double quotes, e.g. ["Warsaw Pact", "Cold War"]'
    ),
    "syntax_list_without_comma.toml": (
        "syntax_list_without_comma.toml:4: TOML syntax error at column 24: Unclosed array; "
        'separate list items with commas and close the list with ], e.g. ["A", "B"]'
    ),
    "syntax_lone_carriage_return.toml": (
        "syntax_lone_carriage_return.toml:2: TOML syntax error at column 29: Expected newline "
        "or end of document after a statement; the file has a lone carriage return: save it "
        "with LF or CRLF line endings"
    ),
    "syntax_missing_equals.toml": (
        "syntax_missing_equals.toml:2: TOML syntax error at column 4: Expected '=' after a key "
        'in a key/value pair; this line has no "=": write key = value, or start a comment with '
        "#"
    ),
    "syntax_missing_value.toml": (
        "syntax_missing_value.toml:2: TOML syntax error at column 5: Invalid value; give id a "
        'value after the "="'
    ),
    "syntax_stray_sentence.toml": (
        "syntax_stray_sentence.toml:4: TOML syntax error at column 5: Expected '=' after a key "
        'in a key/value pair; this line has no "=": write key = value, or start a comment with '
        "#"
    ),
    "syntax_unclosed_header.toml": (
        "syntax_unclosed_header.toml:1: TOML syntax error at column 8: Expected ']]' at the "
        "end of an array declaration; close the header: [[claim]] or [essay]"
    ),
    "syntax_unclosed_list.toml": (
        "syntax_unclosed_list.toml:5: TOML syntax error at column 1: Unclosed array; the list "
        "opened at line 4 needs commas between its items and a ] at its end"
    ),
    "syntax_unquoted_text.toml": (
        "syntax_unquoted_text.toml:3: TOML syntax error at column 8: Invalid value; text "
        'values need double quotes, e.g. text = "The Warsaw Pact was dissolved in July 1991."'
    ),
    "syntax_unquoted_value.toml": (
        "syntax_unquoted_value.toml:6: TOML syntax error at column 6: Invalid value; text "
        'values need double quotes, e.g. id = "warsaw-pact-dissolved"'
    ),
    "syntax_unterminated_multiline_string.toml": (
        "syntax_unterminated_multiline_string.toml:3: TOML syntax error: the multi-line string "
        'opened here is never closed; end it with """'
    ),
    "syntax_unterminated_string.toml": (
        "syntax_unterminated_string.toml:3: TOML syntax error at column 52: a string is not "
        "closed before the end of the line; close the string on the same line, or use "
        '"""...""" for text over several lines'
    ),
    "text_control_character.toml": (
        'text_control_character.toml:3: text contains the control character \\x08 ("The essay '
        'was saved in C:\\x08uild."); remove it (in a double-quoted string a backslash starts '
        "an escape: write \\\\ for one)"
    ),
    "text_not_string.toml": (
        "text_not_string.toml:3: text must be a string in quotes, not an integer (1991); e.g. "
        'text = "The Warsaw Pact was dissolved in July 1991."'
    ),
    "text_too_long.toml": (
        "text_too_long.toml:3: text is 2,639 characters long, more than the limit of 2,000 "
        '("The Warsaw Pact was dissolved in July 1991. The Warsaw Pa..."); split it into '
        "short, atomic claims"
    ),
    "unknown_claim_key.toml": (
        'unknown_claim_key.toml:4: unknown key "page" in [[claim]]; did you mean "pages"? '
        "(known keys: id, text, quote, kind, pages)"
    ),
    "unknown_claim_key_no_match.toml": (
        'unknown_claim_key_no_match.toml:4: unknown key "confidence" in [[claim]]; remove it '
        "(known keys: id, text, quote, kind, pages)"
    ),
    "unknown_essay_key.toml": (
        'unknown_essay_key.toml:3: unknown key "date" in [essay]; did you mean "published"? '
        "(known keys: title, published, source)"
    ),
    "unknown_top_key.toml": (
        'unknown_top_key.toml:1: unknown key "author" at the top of the file; a claims file '
        "has only [essay] and [[claim]] tables"
    ),
    "utf16_bom.toml": (
        "utf16_bom.toml:1: the file is encoded as UTF-16 (it starts with a UTF-16 byte-order "
        "mark); save it as UTF-8"
    ),
    "utf16_no_bom.toml": (
        "utf16_no_bom.toml:1: the file is full of NUL bytes, so it is probably UTF-16 without "
        "a byte-order mark; save it as UTF-8"
    ),
    "whitespace_only.toml": (
        "whitespace_only.toml: no claims: the file is empty; add [[claim]] tables, each with "
        'id = "..." and text = "..."'
    ),
}

GOOD_CLAIM = 'id = "warsaw-pact-dissolved"\ntext = "The Warsaw Pact was dissolved in July 1991."\n'


def write(tmp_path: Path, content: str | bytes, name: str = "claims.toml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def error_of(path: Path | str) -> ClaimsFileError:
    with pytest.raises(ClaimsFileError) as info:
        load_claims(path)
    return info.value


# --- the corpus of bad files ---------------------------------------------------------------


def test_corpus_and_table_match() -> None:
    names = {path.name for path in BAD_DIR.iterdir()}
    assert names == set(BAD_CASES)
    assert len(names) >= 35


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_file_gives_one_exact_line(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAD_DIR)
    err = error_of(name)
    assert str(err) == BAD_CASES[name]
    assert "\n" not in str(err)
    assert err.path == name
    where = BAD_CASES[name].split(": ", 1)[0]  # "name.toml:14" or "name.toml"
    assert err.line == (int(where.rsplit(":", 1)[1]) if ":" in where else None)


def test_bad_file_by_full_path() -> None:
    path = BAD_DIR / "kind_typo.toml"
    assert str(error_of(path)) == f"{path}:4: " + BAD_CASES["kind_typo.toml"].split(": ", 1)[1]


def test_error_keeps_its_parts() -> None:
    path = BAD_DIR / "duplicate_id.toml"
    err = error_of(path)
    assert err.line == 14
    assert err.message.startswith('duplicate id "warsaw-pact-dissolved": the claim at line 6')


# --- problems of the file itself -----------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    assert str(error_of(path)) == (
        f"{path}: file not found; check the path (the usual one is claims/essay_claims.toml)"
    )


def test_missing_parent_directory(tmp_path: Path) -> None:
    path = tmp_path / "claims.toml" / "more.toml"
    write(tmp_path, "")
    assert "file not found" in str(error_of(path))


def test_directory_with_a_claims_file_suggests_it(tmp_path: Path) -> None:
    write(tmp_path, "", "essay_claims.toml")
    write(tmp_path, "", "notes.txt")
    assert str(error_of(tmp_path)) == (
        f"{tmp_path}: is a directory, not a claims file; give the file's path, e.g. "
        f"{tmp_path / 'essay_claims.toml'}"
    )


def test_directory_without_toml(tmp_path: Path) -> None:
    assert str(error_of(tmp_path)) == (
        f"{tmp_path}: is a directory, not a claims file; give the path of the .toml file"
    )


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "[[claim]]\n" + GOOD_CLAIM)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Root reads files whatever their mode, so the refusal is simulated at open().
    monkeypatch.setattr(claims_module, "open", refuse, raising=False)
    assert str(error_of(path)) == (
        f"{path}: cannot read the file: permission denied; make it readable (chmod u+r)"
    )


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    path = write(tmp_path, "[[claim]]\n" + GOOD_CLAIM)
    path.chmod(0)
    try:
        assert "permission denied" in str(error_of(path))
    finally:
        path.chmod(0o644)


def test_other_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(claims_module, "open", broken, raising=False)
    assert str(error_of(path)) == (
        f"{path}: cannot read the file: Input/output error; check the path"
    )


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = "[[claim]]\n" + GOOD_CLAIM
    path = write(tmp_path, content)
    monkeypatch.setattr(claims_module, "MAX_FILE_BYTES", len(content.encode()) - 1)
    assert str(error_of(path)) == (
        f"{path}: the file is larger than {len(content) - 1:,} bytes, the limit for a claims "
        "file; split it into several files"
    )
    monkeypatch.setattr(claims_module, "MAX_FILE_BYTES", len(content.encode()))
    assert len(load_claims(path).claims) == 1


def test_path_with_a_newline_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname.toml"
    message = str(error_of(path))
    assert "\n" not in message
    assert "bad\\nname.toml" in message


# --- good files ------------------------------------------------------------------------------


def test_minimal_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[[claim]]\n" + GOOD_CLAIM)
    assert load_claims(path) == ClaimsFile(
        path=str(path),
        claims=(
            Claim(
                id="warsaw-pact-dissolved",
                text="The Warsaw Pact was dissolved in July 1991.",
                line=1,
            ),
        ),
    )


def test_full_file(tmp_path: Path) -> None:
    content = (
        "# The essay\n"
        "[essay]\n"
        'title = "  The End   of the Cold War "\n'
        "published = 2022-01-21\n"
        "\n"
        "[[claim]]\n"
        'id = "warsaw-pact-dissolved"\n'
        'text = """\n'
        "  The Warsaw Pact   was dissolved\n"
        '\tin July 1991.  """\n'
        'quote = "the Warsaw Pact was abolished in July 1991"\n'
        'kind = "date"\n'
        'pages = ["Warsaw Pact", " Warsaw Pact ", "Cold War", "Warsaw Pact"]\n'
        "\n"
        "[[claim]] # a summit\n"
        'id = "malta-summit-1989"\n'
        "text = 'Bush and Gorbachev met at Malta in December 1989.'\n"
        'kind = "summit"\n'
        "pages = []\n"
    )
    path = write(tmp_path, content)
    assert load_claims(path) == ClaimsFile(
        path=str(path),
        title="The End of the Cold War",
        published=dt.date(2022, 1, 21),
        claims=(
            Claim(
                id="warsaw-pact-dissolved",
                text="The Warsaw Pact was dissolved in July 1991.",
                quote="the Warsaw Pact was abolished in July 1991",
                kind=ClaimKind.DATE,
                # Surrounding spaces are dropped and repeats removed; order is kept.
                pages=("Warsaw Pact", "Cold War"),
                line=6,
            ),
            Claim(
                id="malta-summit-1989",
                text="Bush and Gorbachev met at Malta in December 1989.",
                kind=ClaimKind.SUMMIT,
                line=15,
            ),
        ),
    )


def test_published_as_string_and_path_as_str(tmp_path: Path) -> None:
    path = write(tmp_path, '[essay]\npublished = "2022-01-21"\n\n[[claim]]\n' + GOOD_CLAIM)
    loaded = load_claims(str(path))
    assert loaded.published == dt.date(2022, 1, 21)
    assert loaded.title == ""
    assert loaded.path == str(path)


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    content = ("\n[[claim]]\n" + GOOD_CLAIM + 'pages = ["Warszawa – Pact"]\n').replace("\n", "\r\n")
    path = write(tmp_path, b"\xef\xbb\xbf" + content.encode("utf-8"))
    (claim,) = load_claims(path).claims
    assert claim.line == 2
    assert claim.text == "The Warsaw Pact was dissolved in July 1991."
    assert claim.pages == ("Warszawa – Pact",)


def test_inline_claims_point_at_their_key(tmp_path: Path) -> None:
    content = 'claim = [\n  { id = "a", text = "A." },\n  { id = "b", text = "B." },\n]\n'
    loaded = load_claims(write(tmp_path, content))
    assert [(c.id, c.line) for c in loaded.claims] == [("a", 1), ("b", 1)]
    content = 'claim = [\n  { id = "a", text = "A." },\n  { id = "a", text = "B." },\n]\n'
    path = write(tmp_path, content)
    assert str(error_of(path)) == (
        f'{path}:1: duplicate id "a": the claim at line 1 has it too; give each claim its own id'
    )


def test_claim_list_inside_essay_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, '[essay]\ntitle = "T"\nclaim = []\n')
    assert str(error_of(path)) == (
        f'{path}:3: key "claim" is inside [essay], which holds only title, published and '
        "source; put [[claim]] on a line above the claim's keys"
    )


def test_headers_inside_multiline_strings_are_not_claims(tmp_path: Path) -> None:
    content = (
        "[[claim]]\n"
        'id = "a"\n'
        'text = """First line\n'
        "[[claim]]\n"
        "id = 'not a key'\n"
        '\\""" still inside """\n'
        "\n"
        "[[claim]]  # the second\n"
        'id = "b"\n'
        "text = '''\n"
        "[[claim]] ''' # closed; \"\"\" in a comment opens nothing\n"
        "\n"
        "[[claim]]\n"
        'id = "c"\n'
        'text = "C with a # and \\"\\"\\" inside."\n'
        'pages = ["C"]\n'
        "[[claim]]\n"
        'id = "d"\n'
        'text = "D."\n'
    )
    loaded = load_claims(write(tmp_path, content))
    assert [(c.id, c.line) for c in loaded.claims] == [("a", 1), ("b", 8), ("c", 13), ("d", 17)]
    assert loaded.claims[0].text == 'First line [[claim]] id = \'not a key\' """ still inside'
    assert loaded.claims[1].text == "[[claim]]"


def test_text_at_the_limit_loads_and_one_more_fails(tmp_path: Path) -> None:
    text = "x" * MAX_TEXT_CHARS
    path = write(tmp_path, f'[[claim]]\nid = "long"\ntext = "{text}"\n')
    assert load_claims(path).claims[0].text == text
    # Whitespace is normalised before counting.
    path = write(tmp_path, f'[[claim]]\nid = "long"\ntext = "  {text}   "\n')
    assert load_claims(path).claims[0].text == text
    path = write(tmp_path, f'[[claim]]\nid = "long"\ntext = "{text}y"\n')
    assert str(error_of(path)) == (
        f"{path}:3: text is 2,001 characters long, more than the limit of 2,000 "
        '("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."); '
        "split it into short, atomic claims"
    )


def test_ten_megabytes_of_text_is_rejected_with_a_short_message(tmp_path: Path) -> None:
    text = "The Warsaw Pact was dissolved. " * 340_000  # about 10 MB
    path = write(tmp_path, f'[[claim]]\nid = "huge"\ntext = "{text}"\n')
    err = error_of(path)
    assert err.line == 3
    assert err.message.startswith("text is 10,539,999 characters long, more than the limit")
    assert len(str(err)) < len(str(path)) + 250


def test_duplicate_ids_far_apart_name_both_lines(tmp_path: Path) -> None:
    blocks = [f'[[claim]]\nid = "c-{i}"\ntext = "Claim {i}."\n' for i in range(50)]
    blocks.append('[[claim]]\nid = "c-7"\ntext = "Again."\n')
    path = write(tmp_path, "\n".join(blocks))
    assert str(error_of(path)) == (
        f'{path}:202: duplicate id "c-7": the claim at line 30 has it too; '
        "give each claim its own id"
    )


def test_suggested_ids_do_not_collide(tmp_path: Path) -> None:
    content = (
        '[[claim]]\nid = "warsaw-pact-dissolved-july-1991"\ntext = "x"\n'
        '[[claim]]\ntext = "The Warsaw Pact was dissolved in July 1991."\n'
    )
    assert str(error_of(write(tmp_path, content))).endswith(
        ':4: claim has no id; add a unique slug, e.g. id = "warsaw-pact-dissolved-july-1991-2"'
    )


def test_hundred_thousand_claims_load(tmp_path: Path) -> None:
    """Not timed here (that is a benchmark's job); the time is printed for the record."""
    header = '[essay]\ntitle = "Big"\npublished = 2022-01-21\n'
    body = "".join(
        f'\n[[claim]]\nid = "claim-{i}"\n'
        f'text = "The Warsaw Pact was dissolved in July 1991 (copy {i})."\n'
        f'quote = "abolished"\nkind = "date"\npages = ["Warsaw Pact", "Cold War"]\n'
        for i in range(100_000)
    )
    path = write(tmp_path, header + body)
    started = time.perf_counter()
    loaded = load_claims(path)
    elapsed = time.perf_counter() - started
    print(f"loaded 100,000 claims ({path.stat().st_size:,} bytes) in {elapsed:.2f} s")
    assert len(loaded.claims) == 100_000
    assert loaded.claims[-1] == Claim(
        id="claim-99999",
        text="The Warsaw Pact was dissolved in July 1991 (copy 99999).",
        quote="abolished",
        kind=ClaimKind.DATE,
        pages=("Warsaw Pact", "Cold War"),
        line=4 + 7 * 99_999 + 1,
    )


# --- properties -------------------------------------------------------------------------------

_KEYS = ["id", "text", "quote", "kind", "pages", "title", "published", "page", "essay", "claim"]
_HEADERS = ["[[claim]]", "[claim]", "[essay]", "[[essay]]", "[[claims]]", "[claim.pages]", "["]
_SCALARS = st.one_of(
    st.text(max_size=30).map(lambda s: json.dumps(s, ensure_ascii=False)),
    st.sampled_from(['"warsaw-pact"', '"date"', '"Warsaw Pact#x"', "'lit'", '""', '"  "']),
    st.integers().map(str),
    st.sampled_from(["2022-01-21", "2022-01-21T10:00:00Z", "10:00:00", "true", "nan", "1e400"]),
)
_VALUES = st.one_of(
    _SCALARS,
    st.lists(_SCALARS, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
    st.lists(st.sampled_from(["a", "[[claim]]", "id = 'x'", "'''", '"', "#"]), max_size=4).map(
        lambda lines: '"""' + "\n".join(lines) + '"""'
    ),
    st.text(max_size=20),  # often not TOML at all
)
_LINES = st.one_of(
    st.sampled_from(_HEADERS),
    st.tuples(st.sampled_from(_KEYS), _VALUES).map(lambda kv: f"{kv[0]} = {kv[1]}"),
    st.text(max_size=20),
)


def _assert_loads_or_one_line_error(path: Path) -> None:
    try:
        loaded = load_claims(path)
    except ClaimsFileError as err:
        message = str(err)
        assert message.splitlines() == [message]
        assert len(message) < len(str(path)) + 400
    else:
        assert loaded.claims
        for claim in loaded.claims:
            assert claim.text == " ".join(claim.text.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.binary(max_size=300))
def test_any_bytes_load_or_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, content: bytes
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "claims.toml"
    path.write_bytes(content)
    _assert_loads_or_one_line_error(path)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.text(max_size=300))
def test_any_text_loads_or_fails_cleanly(
    tmp_path_factory: pytest.TempPathFactory, content: str
) -> None:
    path = tmp_path_factory.mktemp("text") / "claims.toml"
    path.write_bytes(content.encode("utf-8", errors="surrogatepass"))
    _assert_loads_or_one_line_error(path)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_LINES, max_size=15))
def test_toml_like_files_load_or_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str]
) -> None:
    path = tmp_path_factory.mktemp("toml") / "claims.toml"
    path.write_bytes("\n".join(lines).encode("utf-8", errors="surrogatepass"))
    _assert_loads_or_one_line_error(path)


_BODY_LINES = st.sampled_from(["plain", "[[claim]]", "  [[claim]]", "id = 'x'", "'", '"', "#"])


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(
        st.tuples(st.booleans(), st.lists(_BODY_LINES, max_size=4)), min_size=1, max_size=6
    )
)
def test_claim_lines_are_exact_around_multiline_strings(
    tmp_path_factory: pytest.TempPathFactory, texts: list[tuple[bool, list[str]]]
) -> None:
    parts: list[str] = []
    expected: list[int] = []
    line = 1
    for number, (literal, body) in enumerate(texts):
        quote = "'''" if literal else '"""'
        # A lone quote of either kind inside the body must not close the string.
        block = ["[[claim]]", f'id = "c-{number}"', f"text = {quote}x"]
        block += [*body, f"y{quote}", ""]
        expected.append(line)
        line += len(block)
        parts.extend(block)
    path = tmp_path_factory.mktemp("lines") / "claims.toml"
    path.write_text("\n".join(parts), encoding="utf-8")
    loaded = load_claims(path)
    assert [claim.line for claim in loaded.claims] == expected


def test_essay_source_is_kept_as_written(tmp_path: Path) -> None:
    path = write(
        tmp_path, '[essay]\nsource = " essays/one.txt "\n\n[[claim]]\nid = "a"\ntext = "T"\n'
    )
    assert load_claims(path).source == "essays/one.txt"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("12", "source must be a path in quotes, not an integer (12)"),
        ('"  "', 'source "  " is not a usable path'),
    ],
)
def test_a_bad_essay_source_is_one_line(tmp_path: Path, value: str, shown: str) -> None:
    path = write(tmp_path, f'[essay]\nsource = {value}\n\n[[claim]]\nid = "a"\ntext = "T"\n')
    assert str(error_of(path)) == (
        f'{path}:2: {shown}; e.g. source = "essay.txt", a path relative to this file'
    )
