"""factcheck.extract: reading essays, choosing and cutting claims, ids, pages, writing, merging.

The essays are short pieces written for these tests (tests/data/essays/); each assertion
says what a reader of the sentence would expect the draft to hold.
"""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from pathlib import Path

import pytest

from factcheck.claims import load_claims
from factcheck.errors import ExtractError, SourceError
from factcheck.extract import (
    EssayFormat,
    ExtractOptions,
    PageChoice,
    draft_claims,
    merge_claims,
    read_essay,
    render_claims,
    resolve_pages,
)
from factcheck.extract.clauses import split_clauses
from factcheck.extract.pages import SEARCHES_IN_FLIGHT
from factcheck.extract.reader import Essay
from factcheck.extract.score import matched, quote_span
from factcheck.extract.segment import paragraphs, sentences
from factcheck.extract.slugs import slugify, unique_slugs
from factcheck.extract.writer import toml_string
from factcheck.models import ClaimKind
from factcheck.values import extract_values
from tests.fakes import FakeSource

ESSAYS = Path(__file__).resolve().parent / "data" / "essays"


def essay(text: str) -> Essay:
    return Essay("essay.txt", text, EssayFormat.TEXT)


def quotes(text: str, **options: bool) -> list[str]:
    return [c.quote for c in draft_claims(essay(text), ExtractOptions(**options)).candidates]


def texts(text: str) -> list[str]:
    return [c.text for c in draft_claims(essay(text)).candidates]


# -- reading ---------------------------------------------------------------------------------


def test_plain_text_is_read_as_it_is() -> None:
    read = read_essay(ESSAYS / "tunnel.txt")
    assert read.format is EssayFormat.TEXT
    assert read.text == (ESSAYS / "tunnel.txt").read_text(encoding="utf-8")
    assert (read.title, read.published) == ("", None)


def test_markdown_loses_its_marks_and_keeps_title_and_date() -> None:
    read = read_essay(ESSAYS / "tunnel.md")
    assert read.format is EssayFormat.MARKDOWN
    assert (read.title, read.published) == ("Under the sea", dt.date(2024, 5, 6))
    assert read.text == (
        "The Channel Tunnel opened in May 1994, and trains carried the first paying passengers "
        "that November. The Treaty of Canterbury had been signed by Britain and France in 1986.\n"
        "Governments should learn from its cost overruns.\n"
    )


def test_html_keeps_the_article_body_only() -> None:
    read = read_essay(ESSAYS / "tunnel.html")
    assert read.format is EssayFormat.HTML
    assert (read.title, read.published) == ("Under the sea", dt.date(2024, 5, 6))
    lines = read.text.splitlines()
    assert lines[0].startswith("The Channel Tunnel opened in May 1994")
    assert len(lines) == 3
    for boilerplate in ("Follow us", "Home", "By A. Writer", "folkestone_portal", "Subscribe"):
        assert boilerplate not in read.text


def test_format_is_sniffed_from_the_first_bytes(tmp_path: Path) -> None:
    page = tmp_path / "saved"
    page.write_bytes((ESSAYS / "tunnel.html").read_bytes())
    assert read_essay(page).format is EssayFormat.HTML
    assert read_essay(page, EssayFormat.TEXT).format is EssayFormat.TEXT


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfeabc", "not valid UTF-8 (byte 0xFF at offset 0); save the essay as UTF-8"),
        (b"a\x00b", "contains NUL bytes; an essay is text, save it as UTF-8"),
    ],
)
def test_unreadable_essays_are_one_line_errors(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "essay.txt"
    path.write_bytes(content)
    with pytest.raises(ExtractError) as caught:
        read_essay(path)
    assert str(caught.value) == f"{path}: {message}"


def test_a_missing_essay_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match=r"nope\.txt: file not found; check the path$"):
        read_essay(tmp_path / "nope.txt")


# -- paragraphs and sentences ----------------------------------------------------------------


def test_hard_wrapped_lines_make_one_paragraph_and_captions_do_not() -> None:
    wrapped = "The pact was signed in Warsaw in\nMay 1955 by eight states of the\nEast.\n"
    assert paragraphs(wrapped) == [(0, len(wrapped) - 1)]
    found = sentences(wrapped)
    assert [s.text for s in found] == [wrapped.strip()]
    # A line longer than any wrap width, then a short one: two paragraphs (a caption, a tag).
    caption = "Photo: the leaders of eight states at the signing in Warsaw in May 1955, " * 2
    assert len(paragraphs(caption + "\nAnalysis | Europe\n")) == 2
    # Lines of very different lengths are not wrapped either.
    assert len(paragraphs("Analysis | Europe\nThe pact was signed in Warsaw in May 1955.\n")) == 2


def test_file_names_and_single_tokens_are_not_sentences() -> None:
    text = "2022-01-21t1542_photo-scaled\n\nThe pact was signed in 1955.\n"
    assert [s.text for s in sentences(text)] == ["The pact was signed in 1955."]


def test_every_sentence_is_a_slice_of_the_text() -> None:
    text = (ESSAYS / "tunnel.txt").read_text(encoding="utf-8")
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


# -- clauses -----------------------------------------------------------------------------------


def cut(sentence: str) -> list[str]:
    spans = [v.span for v in extract_values(sentence)]
    return [sentence[c.start : c.end] for c in split_clauses(sentence, spans)]


def test_clauses_are_cut_at_coordination_with_a_new_subject() -> None:
    assert cut("The Duma passed the law on 21 November, and the Council approved it.") == [
        "The Duma passed the law on 21 November",
        "the Council approved it.",
    ]


def test_a_shared_subject_is_carried_over() -> None:
    clauses = split_clauses("The rebels took the city in 1912 and then declared a republic.")
    assert [c.shared_subject for c in clauses] == ["", "The rebels"]


def test_lists_of_names_are_not_cut() -> None:
    sentence = "In 1999, Poland, Hungary, and the Czech Republic joined the alliance."
    assert cut(sentence) == [sentence]


def test_a_fronted_clause_is_cut_at_its_comma() -> None:
    assert cut("When the army invaded in 1939, the government fled to Bucharest.") == [
        "When the army invaded in 1939",
        "the government fled to Bucharest.",
    ]


# -- which sentences, which claims -------------------------------------------------------------


def test_opinion_prediction_and_advice_are_left_out() -> None:
    text = (
        "Governments should learn from the 1994 overruns. I believe Britain will build "
        "another by 2040. If fares fell, Europeans would travel more. Surely the Eurostar "
        "deserves praise.\n"
    )
    assert quotes(text) == []


def test_opinion_is_kept_as_other_only_when_asked() -> None:
    draft = draft_claims(
        essay("Britain will build another tunnel by 2040.\n"), ExtractOptions(True)
    )
    assert [(c.quote, c.kind, c.review) for c in draft.candidates] == [
        (
            "Britain will build another tunnel by 2040.",
            ClaimKind.OTHER,
            "opinion or prediction: keep only if it states a fact",
        )
    ]


def test_reported_speech_is_a_fact_about_the_speaker() -> None:
    assert quotes("The minister said the line would open in 2007.\n") == [
        "The minister said the line would open in 2007."
    ]


def test_a_sentence_without_date_figure_or_name_is_not_a_claim() -> None:
    assert quotes("This gamble did not work.\n") == []


def test_the_bundled_test_essay_gives_these_claims() -> None:
    draft = draft_claims(read_essay(ESSAYS / "tunnel.txt"))
    assert draft.sentences == 9  # the heading "Under the sea" is no sentence
    assert [(c.id, c.kind.value, c.text, c.quote, c.review) for c in draft.candidates] == [
        (
            "channel-tunnel-opened-may-1994",
            "date",
            "The Channel Tunnel opened in May 1994.",
            "The Channel Tunnel opened in May 1994",
            "",
        ),
        (
            "trains-carried-first-paying-passengers-november",
            "figure",
            "Trains carried the first paying passengers that November.",
            "trains carried the first paying passengers that November.",
            "",
        ),
        (
            "treaty-canterbury-signed-britain-france-1986",
            "date",
            "The Treaty of Canterbury had been signed by Britain and France in 1986.",
            "The Treaty of Canterbury had been signed by Britain and France in 1986.",
            "",
        ),
        (
            "treaty-canterbury-let-private-companies-build",
            "event",
            "The Treaty of Canterbury let private companies build and run the link.",
            "The treaty let private companies build and run the link.",
            "",
        ),
        (
            "francois-mitterrand-led-france-time",
            "event",
            "François Mitterrand led France at the time.",
            "François Mitterrand led France at the time.",
            "",
        ),
        (
            "francois-mitterrand-president-since-1981",
            "date",
            "François Mitterrand had been president since 1981.",
            "He had been president since 1981.",
            "",
        ),
        (
            "tunnel-about-50-kilometres-long",
            "figure",
            "The tunnel is about 50 kilometres long.",
            "The tunnel is about 50 kilometres long",
            "",
        ),
        (
            "deepest-point-lies-75-metres-below",
            "figure",
            "Its deepest point lies 75 metres below the sea.",
            "its deepest point lies 75 metres below the sea.",
            '"its": name what is meant',
        ),
    ]


def test_an_office_is_a_claim_about_its_holder() -> None:
    assert texts("In 2003, Finnish Prime Minister Anneli Jäätteenmäki resigned.\n") == [
        "Anneli Jäätteenmäki was the Finnish Prime Minister.",
        "In 2003, Finnish Prime Minister Anneli Jäätteenmäki resigned.",
    ]
    assert (
        texts("Kofi Annan, the secretary-general of the United Nations, spoke in 1999.\n")[0]
        == "Kofi Annan was the secretary-general of the United Nations."
    )


def test_a_relative_clause_is_a_claim_about_its_name() -> None:
    assert texts("The Hanseatic League, which was founded in 1356, traded salt.\n")[0] == (
        "The Hanseatic League was founded in 1356."
    )


def test_a_leading_pronoun_takes_the_name_before_or_asks_for_review() -> None:
    assert texts("Marie Curie moved to Paris in 1891. She won the prize in 1903.\n") == [
        "Marie Curie moved to Paris in 1891.",
        "Marie Curie won the prize in 1903.",
    ]
    draft = draft_claims(essay("The war ended in 1918. It left Europe in ruins by 1919.\n"))
    assert [c.review for c in draft.candidates] == ["", '"It": name what is meant']


def test_the_summit_takes_the_summit_named_before() -> None:
    assert (
        texts(
            "Leaders met at the Yalta Conference in February 1945. The conference divided "
            "Europe into zones.\n"
        )[-1]
        == "The Yalta Conference divided Europe into zones."
    )


def test_quotes_are_verbatim_and_drafts_are_the_same_every_time() -> None:
    read = read_essay(ESSAYS / "tunnel.txt")
    first = draft_claims(read)
    for candidate in first.candidates:
        assert candidate.quote == read.text[candidate.start : candidate.end]
    assert draft_claims(read) == first


# -- ids ---------------------------------------------------------------------------------------


def test_slugs_skip_small_words_and_fold_accents() -> None:
    assert slugify("François Mitterrand had been president since 1981.") == (
        "francois-mitterrand-president-since-1981"
    )


def test_slugs_are_unique_in_text_order_and_avoid_taken_ones() -> None:
    assert unique_slugs(["The pact ended.", "The pact ended!", "Pact ended"], ["pact-ended"]) == [
        "pact-ended-2",
        "pact-ended-3",
        "pact-ended-4",
    ]


# -- pages -------------------------------------------------------------------------------------


def test_pages_are_the_first_search_hit_of_each_name() -> None:
    draft = draft_claims(read_essay(ESSAYS / "tunnel.txt"))
    source = FakeSource(
        search_results={
            "Channel Tunnel": ["Channel Tunnel"],
            "Treaty of Canterbury": ["Treaty of Canterbury (1986)"],
            "François Mitterrand": ["François Mitterrand"],
        }
    )
    choice = resolve_pages(draft.candidates, source)
    assert choice.unresolved == ""
    assert choice.pages["channel-tunnel-opened-may-1994"] == ("Channel Tunnel",)
    assert choice.pages["treaty-canterbury-let-private-companies-build"] == (
        "Treaty of Canterbury (1986)",
    )
    # Each name is searched once, however many claims carry it.
    assert len(source.searched) == len(set(source.searched))


class _Down(FakeSource):
    def search(self, query: str, limit: int = 3) -> list[str]:
        self.searched.append(query)
        raise SourceError("cannot reach wiki.example: connection refused")


def test_no_network_leaves_pages_empty_and_says_why() -> None:
    draft = draft_claims(read_essay(ESSAYS / "tunnel.txt"))
    source = _Down()
    choice = resolve_pages(draft.candidates, source)
    assert choice == PageChoice({}, "not looked up: cannot reach wiki.example: connection refused")
    # A failure stops the searches: only those already on their way were sent.
    assert 1 <= len(source.searched) <= SEARCHES_IN_FLIGHT


# -- writing and merging -----------------------------------------------------------------------


def test_toml_strings_escape_what_toml_needs() -> None:
    value = 'a "quoted" \\ word\tand\x01'
    assert tomllib.loads(f"x = {toml_string(value)}")["x"] == value


def test_the_written_file_loads_with_the_claims_loader(tmp_path: Path) -> None:
    draft = draft_claims(read_essay(ESSAYS / "tunnel.md"))
    text = render_claims(draft, PageChoice({}, "not looked up (--offline)"))
    path = tmp_path / "claims.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_claims(path)
    assert (loaded.title, loaded.published) == ("Under the sea", dt.date(2024, 5, 6))
    assert [c.quote for c in loaded.claims] == [c.quote for c in draft.candidates]
    assert all(c.pages == () for c in loaded.claims)
    assert text.count("pages = []  # not looked up (--offline)") == len(draft.candidates)


def test_merge_appends_only_new_quotes_and_keeps_the_file_byte_for_byte(tmp_path: Path) -> None:
    draft = draft_claims(read_essay(ESSAYS / "tunnel.txt"))
    path = tmp_path / "claims.toml"
    edited = (
        "# my notes\n"
        "[[claim]]\n"
        'id = "opened"\n'
        'text = "The Channel Tunnel opened to traffic in 1994."  # reworded by hand\n'
        'quote = "The Channel Tunnel opened in May 1994"\n'
        'kind = "date"\n'
        'pages = ["Channel Tunnel"]\n'
    )
    path.write_text(edited, encoding="utf-8")
    merged = merge_claims(edited, load_claims(path), draft, PageChoice({}, "offline"))
    assert merged.text.startswith(edited)
    assert (merged.added, merged.kept) == (len(draft.candidates) - 1, 1)
    path.write_text(merged.text, encoding="utf-8")
    again = merge_claims(merged.text, load_claims(path), draft, PageChoice({}, "offline"))
    assert (again.text, again.added) == (merged.text, 0)


def test_an_imperative_sentence_is_left_out_whole() -> None:
    assert (
        quotes("Subscribe now to our letter, and news from Brussels arrives every Monday.\n") == []
    )


def test_a_capitalised_name_is_no_reporting_verb() -> None:
    # "States" is not "states": the modal makes it a prediction.
    assert quotes("The alliance of the United States and Japan will last beyond 2030.\n") == []


def test_a_demonstrative_after_a_fact_is_kept_for_review() -> None:
    draft = draft_claims(essay("Napoleon invaded Russia in 1812. This campaign failed badly.\n"))
    assert [(c.text, c.review) for c in draft.candidates] == [
        ("Napoleon invaded Russia in 1812.", ""),
        ("This campaign failed badly.", '"This": name what is meant'),
    ]


def test_a_clause_opened_by_after_is_a_claim_of_its_own() -> None:
    assert texts(
        "The South Fork Dam failed in 1889 after rains swelled the Conemaugh River.\n"
    ) == [
        "The South Fork Dam failed in 1889.",
        "Rains swelled the Conemaugh River.",
    ]


def test_object_and_participle_relatives_put_the_name_in_place() -> None:
    assert texts("Peace came with the Treaty of Paris, which Britain had signed in 1783.\n")[0] == (
        "Britain had signed the Treaty of Paris in 1783."
    )
    assert texts("The Zollverein, led by Prussia, was founded in 1834.\n")[0] == (
        "The Zollverein was led by Prussia."
    )


def test_each_value_of_a_clause_with_several_gets_its_phrase() -> None:
    found = quotes("The bridge was finished in June 1932 at a cost of about 10 million pounds.\n")
    assert found == [
        "The bridge was finished in June 1932 at a cost of about 10 million pounds.",
        "a cost of about 10 million pounds",
    ]


def score(essay_name: str, claims_name: str) -> tuple[int, int, int]:
    """(listed, found, extracted) for a test essay and a claims list a person wrote."""
    read = read_essay(ESSAYS / essay_name)
    draft = draft_claims(read)
    listed = load_claims(ESSAYS / claims_name).claims
    spans = [quote_span(read.text, c.quote) for c in listed]
    found = matched(spans, [(c.start, c.end) for c in draft.candidates])
    return len(listed), len(found), len(draft.candidates)


def test_the_canal_essay_scores_as_the_issue_asks() -> None:
    listed, found, extracted = score("canal.txt", "canal_claims.toml")
    assert found >= 0.85 * listed
    assert extracted <= 2 * listed


def test_matching_is_one_to_one() -> None:
    # One extracted quote covering two listed ones finds one of them.
    assert matched([(0, 10), (12, 20)], [(0, 20)]) == {0}
    assert matched([(0, 10), (12, 20)], [(0, 20), (15, 18)]) == {0, 1}
    assert matched([(0, 10)], [(10, 20)]) == set()
    assert matched([(0, 10)], [(8, 30)], half=True) == set()


def test_headings_and_labels_are_not_prose() -> None:
    text = (
        "Probe reaches the edge\n\nAnalysis | Space\n\nThe probe crossed the heliopause in 2012.\n"
    )
    assert [s.text for s in sentences(text)] == ["The probe crossed the heliopause in 2012."]


def test_a_span_of_time_belongs_to_the_clause_it_measures() -> None:
    assert cut("The line reopened, five months after a landslide buried the Simplon tracks.") == [
        "The line reopened",
        "five months after a landslide buried the Simplon tracks.",
    ]


def test_an_ing_clause_after_a_comma_is_kept_for_review() -> None:
    draft = draft_claims(
        essay("In 1911 Amundsen reached the South Pole, becoming the first man to stand there.\n")
    )
    assert [(c.text, c.review) for c in draft.candidates][-1] == (
        "In 1911 Amundsen becoming the first man to stand there.",
        "a participle: restate it as a sentence",
    )


def test_he_takes_the_subject_after_a_fronted_phrase_even_a_paragraph_on() -> None:
    assert texts("In the spring of 1912, Robert Scott reached the pole.\n\nHe died in 1912.\n") == [
        "In the spring of 1912, Robert Scott reached the pole.",
        "Robert Scott died in 1912.",
    ]


def test_a_verb_after_and_shares_the_subject() -> None:
    clauses = split_clauses("The Riksdag passed the budget in 1921 and makes clear its aims.")
    assert [c.shared_subject for c in clauses] == ["", "The Riksdag"]


def test_a_web_page_without_the_html_extra_says_how_to_add_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    page = ESSAYS / "tunnel.html"
    with pytest.raises(ExtractError) as caught:
        read_essay(page)
    assert str(caught.value) == (
        f"{page}: reading a web page needs the optional extractor: "
        "pip install 'factcheck-wiki[html]' (or save the page as text)"
    )


def test_an_office_the_name_reader_does_not_know_is_split_off() -> None:
    assert texts("Mayor Anna Lind opened the bridge in 1998.\n")[0] == "Anna Lind was the mayor."


def test_according_to_is_no_clause_of_its_own() -> None:
    assert cut("Trams carry 40 percent of riders, according to the Oslo transport board.") == [
        "Trams carry 40 percent of riders, according to the Oslo transport board."
    ]


def test_a_role_with_a_before_a_name_is_a_claim_about_the_person() -> None:
    assert texts(
        "Last spring, a retired teacher from Leeds, Mary Holt, won the prize in 2019.\n"
    ) == [
        "Mary Holt was a retired teacher from Leeds.",
        "Last spring, a retired teacher from Leeds, Mary Holt, won the prize in 2019.",
    ]
    # After a preposition "a speech" is no role of the name that follows.
    assert texts("In a speech in Paris, Emmanuel Macron, the president, spoke.\n")[0] == (
        "Emmanuel Macron was the president."
    )
    assert texts("On a visit to Kyiv, Joe Biden met soldiers in 2023.\n") == [
        "On a visit to Kyiv, Joe Biden met soldiers in 2023."
    ]


def test_a_role_with_the_before_or_a_role_after_a_name_is_a_claim_about_the_person() -> None:
    assert texts("The head of the Oslo port board, Nils Dahl, said traffic fell in 2020.\n") == [
        "Nils Dahl was the head of the Oslo port board.",
        "The head of the Oslo port board, Nils Dahl, said traffic fell in 2020.",
    ]
    # After the name, closed by a comma or the sentence's end, up to a relative clause;
    # its value's phrase is no claim besides it.
    assert texts("In 1899 she met Karl Holm, a painter ten years her senior.\n") == [
        "Karl Holm was a painter ten years her senior.",
        "In 1899 she met Karl Holm, a painter ten years her senior.",
    ]
    assert texts("It was run by Ada Lunde, an engineer who left in 1950.\n")[0] == (
        "Ada Lunde was an engineer."
    )
    # A time is no role, nor is the next item of a list.
    assert texts("The next day, Nils Dahl, the mayor, resigned in 1931.\n")[0] == (
        "Nils Dahl was the mayor."
    )
    assert texts("In 1990 she wrote to Nils Dahl, the port board, and the mayor.\n") == [
        "In 1990 she wrote to Nils Dahl, the port board, and the mayor."
    ]


def test_a_count_opens_a_new_subject_and_so_after_a_comma_joins_clauses() -> None:
    assert cut("Nine ships sank in the storm, and 400 sailors drowned off Jutland.") == [
        "Nine ships sank in the storm",
        "400 sailors drowned off Jutland.",
    ]
    assert cut("The mill closed in 1921, so the workers moved to Leeds.") == [
        "The mill closed in 1921",
        "the workers moved to Leeds.",
    ]
    assert cut("The dam was raised in 1930, so that ships could pass.") == [
        "The dam was raised in 1930, so that ships could pass."
    ]


def test_a_lone_capitalised_word_opening_a_sentence_is_no_one_she_stands_for() -> None:
    assert texts("Nurses could not vote, so she moved to Oslo in 1902.\n") == [
        "She moved to Oslo in 1902."
    ]
    assert texts("Anna Berg moved to Oslo in 1902. Berg married in 1904. She died in 1950.\n")[
        -1
    ] == ("Berg died in 1950.")


def test_a_relative_clause_after_a_noun_is_a_claim_when_it_names_something() -> None:
    assert texts("Most grain leaves by the railway, which joins Basel with Genoa.\n") == [
        "The railway joins Basel with Genoa.",
        "Most grain leaves by the railway, which joins Basel with Genoa.",
    ]
    assert texts("Most grain leaves by the old railway, which was built in 1882.\n")[0] == (
        "The old railway was built in 1882."
    )
    # Without a name, a date or a figure in it, it is none.
    assert texts("In 1990 ships began to use the canal, which saves time.\n") == [
        "In 1990 ships began to use the canal, which saves time."
    ]


def test_he_after_a_name_makes_a_clause_about_that_person() -> None:
    assert texts("Ida Lund ran the mill in 1911. She said the workers would strike.\n") == [
        "Ida Lund ran the mill in 1911.",
        "Ida Lund said the workers would strike.",
    ]
    # "He" for no one named is no claim.
    assert texts("The mill closed in 1911. He said the workers would strike.\n") == [
        "The mill closed in 1911."
    ]


def test_where_a_named_thing_is_is_a_claim_of_its_own() -> None:
    assert texts("The probe was built at the Ames Research Center in Mountain View.\n") == [
        "The probe was built at the Ames Research Center in Mountain View.",
        "The Ames Research Center is in Mountain View.",
    ]
    # A person is named without "the"; a prize's field or a month is no place.
    for sentence in (
        "In 1901 the prize went to Wilhelm Röntgen in Munich.\n",
        "In 1901 the Nobel Prize in Physics of that year went to Wilhelm Röntgen.\n",
        "The probe was shown at the Ames Research Center in May 1990.\n",
    ):
        assert len(texts(sentence)) == 1, sentence


def test_a_named_clause_the_writer_frames_is_kept_for_review() -> None:
    draft = draft_claims(essay("I do hope that the Oslo city council reads this report.\n"))
    assert [(c.quote, c.review) for c in draft.candidates] == [
        (
            "the Oslo city council reads this report.",
            "said inside the writer's view: keep it only if it states a fact",
        )
    ]
    # Not when what the writer frames is opinion or names nothing.
    assert texts("I think that the Oslo city council should read it.\n") == []
    assert texts("We believe that the council reads every report.\n") == []


def test_a_month_without_its_year_dates_a_clause() -> None:
    assert texts(
        "In 1905 Lise Berg, a chemist at the University of Oslo, was burned in a fire, "
        "and she died in June.\n"
    ) == [
        "Lise Berg was a chemist at the University of Oslo.",
        "In 1905 Lise Berg, a chemist at the University of Oslo, was burned in a fire.",
        "Lise Berg died in June.",
    ]
    draft = draft_claims(
        essay("The ferry company was founded in 1884. It went bankrupt in October.\n")
    )
    assert [(c.text, c.review) for c in draft.candidates] == [
        ("The ferry company was founded in 1884.", ""),
        ("It went bankrupt in October.", '"It": name what is meant'),
    ]
    assert texts("Ships may dock there in May.\n") == []  # a modal: a possibility


def test_a_first_a_last_or_an_only_is_a_claim() -> None:
    assert texts(
        "Paul Rees recovered in 1921, and he was the last patient to leave the ward.\n"
    ) == [
        "Paul Rees recovered in 1921.",
        "Paul Rees was the last patient to leave the ward.",
    ]


def test_what_a_claims_subject_also_did_is_a_claim() -> None:
    assert texts("The old lighthouse was lit in 1811 and still warns ships today.\n") == [
        "The old lighthouse was lit in 1811.",
        "The old lighthouse warns ships today.",
    ]
    # The subject is carried over without its apposition.
    assert texts(
        "The bridge, a steel arch built in 1932, carried trams and needed little repair.\n"
    ) == [
        "The bridge, a steel arch built in 1932, carried trams.",
        "The bridge needed little repair.",
    ]
    # Not after a clause that is no claim.
    assert texts("The old lighthouse is pretty and still warns ships today.\n") == []


def test_a_number_opening_a_sentence_is_no_name_and_its_noun_no_verb() -> None:
    # The subject between commas, after a role, is who "he" is next.
    assert texts(
        "Three weeks later, a ship's doctor in Aden, Paul Rees, fell ill. He recovered in 1921.\n"
    ) == [
        "Paul Rees was a ship's doctor in Aden.",
        "Three weeks later, a ship's doctor in Aden, Paul Rees, fell ill.",
        "Paul Rees recovered in 1921.",
    ]


def test_when_after_a_time_is_not_cut_off() -> None:
    assert cut("The union was founded in 1901, at a time when mills employed 40,000 people.") == [
        "The union was founded in 1901, at a time when mills employed 40,000 people."
    ]
    assert cut("The line reopened in 1950, when the war was over.") == [
        "The line reopened in 1950",
        "when the war was over.",
    ]


def test_a_date_before_the_subject_is_no_phrase_of_it() -> None:
    assert texts("In 1967 the Oslo city council bought the ferry.\n") == [
        "In 1967 the Oslo city council bought the ferry."
    ]


def test_the_smallpox_essay_scores_as_the_issue_asks() -> None:
    listed, found, extracted = score("smallpox.txt", "smallpox_claims.toml")
    assert found >= 0.85 * listed
    assert extracted <= 2 * listed


@pytest.mark.parametrize(
    "name",
    [
        "moon",
        "evergiven",
        "curie",
        "apollo",
        "guernsey",
        "berlinwall",
        "titanic",
        "sthelens",
        "wright",
    ],
)
def test_the_development_essays_score_as_the_issue_asks(name: str) -> None:
    # Apollo, guernsey and berlinwall were held out until their first run (136da33), titanic,
    # sthelens and wright until theirs (a4a9789); this guards them, it measures nothing new.
    listed, found, extracted = score(f"{name}.txt", f"{name}_claims.toml")
    assert found >= 0.85 * listed
    assert extracted <= 2 * listed


def test_a_participle_after_the_subject_is_a_claim_even_in_a_prediction() -> None:
    assert texts("The new bridge, expected to cost 300 million pounds, will open next year.\n") == [
        "The new bridge was expected to cost 300 million pounds."
    ]
    assert texts("The old mill, built in 1820, still grinds flour.\n") == [
        "The old mill was built in 1820.",
        "The old mill, built in 1820, still grinds flour.",
    ]
    # Without a date or figure in it, or not set off by a second comma, it is no claim.
    assert texts("The new bridge, painted red, will open next year.\n") == []


def test_a_councillor_is_an_office() -> None:
    assert texts("Councillor Anna Lind voted against the plan in 2021.\n")[0] == (
        "Anna Lind was the councillor."
    )


def test_a_saved_web_page_gives_the_claims_of_its_text() -> None:
    # The same essay as a saved page, with a menu, a share bar, a byline, an image's file
    # name, links to read next and a footer around it: the draft is the text's.
    page = read_essay(ESSAYS / "smallpox.html")
    assert (page.format, page.title, page.published) == (
        EssayFormat.HTML,
        "The disease we ended",
        dt.date(2025, 2, 11),
    )
    text = read_essay(ESSAYS / "smallpox.txt")
    from_page = [(c.id, c.text, c.quote, c.kind) for c in draft_claims(page).candidates]
    assert from_page == [(c.id, c.text, c.quote, c.kind) for c in draft_claims(text).candidates]
    for boilerplate in (
        "Follow us",
        "Newsletters",
        "By a staff writer",
        "bifurcated_needle",
        "Read next",
    ):
        assert boilerplate not in page.text


def test_a_day_and_month_whose_year_was_said_before_dates_a_clause() -> None:
    draft = draft_claims(
        essay(
            "The ferry company was founded in 1884, "
            "and it sank its first boat on 3 May that year.\n"
        )
    )
    assert [(c.text, c.review) for c in draft.candidates] == [
        ("The ferry company was founded in 1884.", ""),
        ("It sank its first boat on 3 May that year.", '"it": name what is meant'),
    ]
    assert texts("The mill was sold in 1901. Its owner left on October 12.\n") == [
        "The mill was sold in 1901.",
        "Its owner left on October 12.",
    ]
    # A month needs its day beside it, after "on".
    for sentence in ("Its owner left on a May morning.", "Its owner left in the May rain."):
        assert texts(f"The mill was sold in 1901. {sentence}\n") == ["The mill was sold in 1901."]


def test_a_quotation_inside_a_clause_is_not_cut() -> None:
    assert cut(
        'The mayor asked the council to build a bridge "before the winter is over" '
        "and open it by spring."
    ) == [
        'The mayor asked the council to build a bridge "before the winter is over" '
        "and open it by spring."
    ]
    assert cut(
        'She said the town would grow "not because it is rich, but because it is free."'
    ) == ['She said the town would grow "not because it is rich, but because it is free."']
    # Outside a quotation the same words cut as before.
    assert cut("The line reopened in 1950, when the war was over.") == [
        "The line reopened in 1950",
        "when the war was over.",
    ]


def test_a_reporting_participle_makes_what_follows_reported_speech() -> None:
    assert texts(
        "Anna Lind spoke at Uppsala University in 1962, saying Sweden would build ten dams.\n"
    ) == [
        "Anna Lind spoke at Uppsala University in 1962.",
        "Anna Lind saying Sweden would build ten dams.",
    ]
    # Without the reporting verb the same words predict.
    assert texts("Sweden would build ten dams.\n") == []


def test_a_list_of_people_after_a_verb_or_with_is_a_claim_of_its_own() -> None:
    assert texts(
        "The lifeboat Mary Ann, launched in 1911, rescued Tom Hale, Ann Cole and Jim Rhys "
        "from the wreck off the coast of Wales.\n"
    )[-1] == (
        "The lifeboat Mary Ann rescued Tom Hale, Ann Cole and Jim Rhys from the wreck off "
        "the coast of Wales."
    )
    draft = draft_claims(
        essay("In 1923 the schooner Hope reached Oslo harbour with Tom Hale and Ann Cole aboard.\n")
    )
    assert [(c.text, c.review) for c in draft.candidates] == [
        ("In 1923 the schooner Hope reached Oslo harbour with Tom Hale and Ann Cole aboard.", ""),
        ("With Tom Hale and Ann Cole aboard.", "a phrase, not a sentence: say who did what"),
    ]
    # Not a list opening the clause, one of single names, or one after "the".
    for sentence in (
        "Tom Hale, Ann Cole and Jim Rhys reached the harbour of Oslo in 1923.",
        "The treaty of 1923 was signed by Britain and France in the city of Oslo.",
        "The trade of 1923 grew between the United States and the Soviet Union at sea.",
    ):
        kinds = [c.kind for c in draft_claims(essay(sentence + "\n")).candidates]
        assert ClaimKind.PERSON not in kinds, sentence


def test_a_participle_after_a_named_subject_is_a_claim_about_it() -> None:
    assert texts("Voyager 3, launched on 5 May 1979, reached Saturn two years later.\n")[0] == (
        "Voyager 3 was launched on 5 May 1979."
    )
    # A fronted phrase is no subject, and a name with small words is a phrase, not a name.
    assert texts("In 1979, launched from Florida, the probe reached Saturn.\n") == [
        "In 1979, launched from Florida, the probe reached Saturn."
    ]
    assert not any(
        t.startswith("Voyager of the north was")
        for t in texts("Voyager of the north, launched in 1979, reached Saturn.\n")
    )


def test_a_first_set_off_at_the_end_of_a_clause_is_a_claim_of_its_own() -> None:
    draft = draft_claims(
        essay("In 1911 the ship carried ten ponies over the ice, the first animals to get there.\n")
    )
    assert [(c.quote, c.review) for c in draft.candidates][-1] == (
        "the first animals to get there",
        "a record set off after the clause: say who or what holds it",
    )
    # Not inside the clause, nor as a role after a person's name (an office claim).
    assert len(texts("In 1911 the first ship to get there carried ten ponies to the Pole.\n")) == 1
    assert [
        c.quote
        for c in draft_claims(
            essay("In 1911 the ship was sailed by Roald Berg, the first man to get there.\n")
        ).candidates
        if c.review.startswith("a record")
    ] == []


def test_a_subordinate_clause_set_off_by_commas_is_a_claim_of_its_own() -> None:
    assert (
        texts(
            "On 4 June 1920, shortly after Anna Lind had sailed to Oslo, "
            "the mayor opened the port.\n"
        )[0]
        == "Anna Lind had sailed to Oslo."
    )
    # Not when it names nothing and holds no value, nor when no main clause follows.
    assert "The storm had passed." not in texts(
        "On 4 June 1920, after the storm had passed, the mayor of Oslo opened the port.\n"
    )
    assert texts("In 1920, after Anna Lind had sailed to Oslo.\n") == [
        "In 1920, after Anna Lind had sailed to Oslo."
    ]


def test_that_after_a_noun_and_before_a_verb_opens_a_claim_when_it_names_something() -> None:
    assert texts("The museum documents the strikes that began in March 1921.\n") == [
        "The museum documents the strikes that began in March 1921.",
        "The strikes began in March 1921.",
    ]
    draft = draft_claims(
        essay("In 1950 the city built a ring of walls, gates and towers that enclosed Old Town.\n")
    )
    assert [(c.quote, c.review) for c in draft.candidates][-1] == (
        "that enclosed Old Town",
        '"that": name what is meant',
    )
    # Not after a reporting verb, in "so that", or when what follows is no verb.
    for sentence in (
        "In 1950 the mayor said that Oslo would build a new harbour for the fleet.",
        "In 1950 the city dredged the harbour so that ships reached Oslo at low tide.",
        "In 1950 the city knew that fact about Oslo and its long harbour walls.",
    ):
        assert all(
            not c.quote.startswith("that") for c in draft_claims(essay(sentence + "\n")).candidates
        ), sentence


def test_the_last_of_a_list_of_plurals_and_a_quantifier_are_no_verbs() -> None:
    assert cut("The city built walls, fences and towers some 15 metres high.") == [
        "The city built walls, fences and towers some 15 metres high."
    ]


def test_a_shared_subject_skips_a_subordinate_clause_set_off_before_it() -> None:
    assert (
        texts(
            "On 4 June 1920, shortly after Anna Lind had sailed to Oslo, Per Berg opened the port "
            "and greeted the crew.\n"
        )[-1]
        == "On 4 June 1920, Per Berg greeted the crew."
    )


def test_a_hedged_participle_after_a_claim_is_kept_for_review() -> None:
    draft = draft_claims(
        essay("The ferry Hope sank off Cork on 4 May 1912, almost certainly struck by a mine.\n")
    )
    assert [(c.text, c.review) for c in draft.candidates] == [
        ("The ferry Hope sank off Cork on 4 May 1912.", ""),
        (
            "Almost certainly struck by a mine.",
            "hedged by the writer: keep it only if the sources state it",
        ),
    ]
    # The hedge of the clause's own verb is still opinion, and so is a hedged participle
    # after no claim.
    for sentence in (
        "The ferry Hope probably sank off Cork in 1912, struck by a mine.",
        "I think the ferry Hope sank fast, probably struck by a mine.",
    ):
        drafted = draft_claims(essay(sentence + "\n")).candidates
        assert not any(c.review.startswith("hedged") for c in drafted), sentence
        assert not any(c.text.startswith(("The ferry Hope", "I think")) for c in drafted)


@pytest.mark.parametrize("name", ["berlinwall", "wright"])
def test_a_page_saved_by_someone_else_gives_the_claims_of_its_text(name: str) -> None:
    # Written outside the team's templates (header, share bar, byline, figure and caption,
    # links to read next, footer): the page's draft is its text's, less the title line.
    page = read_essay(ESSAYS / f"{name}.html")
    text = read_essay(ESSAYS / f"{name}.txt")
    assert page.format is EssayFormat.HTML
    assert {c.quote for c in draft_claims(page).candidates} == {
        c.quote for c in draft_claims(text).candidates
    }
    for boilerplate in ("Share this article", "Follow us", "Read next"):
        assert boilerplate not in page.text
