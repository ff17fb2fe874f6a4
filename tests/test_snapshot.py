"""Snapshots: written reviewable and atomic, read back as a PageSource, refused when wrong."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.errors import SnapshotError
from factcheck.models import LookupStatus, Page, PageLookup
from factcheck.snapshot import SnapshotSource, default_snapshot_path, write_snapshot
from factcheck.source import PageSource
from tests.fakes import FakeSource

API = "https://en.wikipedia.org/w/api.php"
CREATED = "2024-05-01T12:00:00Z"


def page(title: str, revid: int, text: str) -> Page:
    return Page(
        title=title,
        pageid=revid + 1000,
        revid=revid,
        timestamp="2024-03-01T10:00:00Z",
        url=f"https://en.wikipedia.org/wiki/{title.replace(' ', '_')}",
        text=text,
        api=API,
    )


def lookups() -> dict[str, PageLookup]:
    warsaw = page("Warsaw Pact", 11, "The pact ended on 1 July 1991.")
    return {
        "Warsaw pact": PageLookup("Warsaw pact", LookupStatus.FOUND, page=warsaw),
        "NATO": PageLookup("NATO", LookupStatus.FOUND, page=page("NATO", 22, "Zürich – 東京\n")),
        "Nowhere": PageLookup("Nowhere", LookupStatus.MISSING, reason="no such page"),
        "Broken": PageLookup("Broken", LookupStatus.ERROR, reason="HTTP 503"),
    }


EXPECTED = """\
{
  "format": "factcheck-snapshot",
  "version": 1,
  "created_at": "2024-05-01T12:00:00Z",
  "source": {
    "api": "https://en.wikipedia.org/w/api.php",
    "label": "recorded from https://en.wikipedia.org/w/api.php"
  },
  "claims_file": "claims/essay_claims.toml",
  "pages": [
    {
      "requested": "NATO",
      "title": "NATO",
      "pageid": 1022,
      "revid": 22,
      "timestamp": "2024-03-01T10:00:00Z",
      "url": "https://en.wikipedia.org/wiki/NATO",
      "text": "Zürich – 東京\\n"
    },
    {
      "requested": "Warsaw pact",
      "title": "Warsaw Pact",
      "pageid": 1011,
      "revid": 11,
      "timestamp": "2024-03-01T10:00:00Z",
      "url": "https://en.wikipedia.org/wiki/Warsaw_Pact",
      "text": "The pact ended on 1 July 1991."
    }
  ],
  "absent": [
    {
      "requested": "Nowhere",
      "status": "missing",
      "reason": "no such page"
    }
  ],
  "searches": [
    {
      "query": "Budapest memorandum 1994",
      "limit": 5,
      "titles": [
        "Budapest Memorandum on Security Assurances"
      ]
    },
    {
      "query": "nothing",
      "limit": 3,
      "titles": []
    }
  ]
}
"""


def write(path: Path) -> None:
    write_snapshot(
        path,
        lookups(),
        {"nothing": [], "Budapest memorandum 1994": ["Budapest Memorandum on Security Assurances"]},
        API,
        "claims/essay_claims.toml",
        search_limits={"Budapest memorandum 1994": 5},
        created_at=CREATED,
    )


def test_default_path_sits_next_to_the_claims() -> None:
    assert default_snapshot_path("claims/essay_claims.toml") == Path(
        "claims/essay_claims.snapshot.json"
    )
    assert default_snapshot_path(Path("/x/y.toml")) == Path("/x/y.snapshot.json")


def test_written_file_is_sorted_reviewable_json(tmp_path: Path) -> None:
    path = tmp_path / "essay_claims.snapshot.json"
    write(path)
    assert path.read_text(encoding="utf-8") == EXPECTED
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_created_at_defaults_to_now_in_utc(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_snapshot(path, {}, {}, API, "c.toml")
    created = json.loads(path.read_text())["created_at"]
    assert len(created) == 20
    assert created.endswith("Z")
    assert created[:2] == "20"


def test_unwritable_path_is_a_snapshot_error(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "s.json"
    with pytest.raises(SnapshotError) as info:
        write(path)
    assert str(info.value) == f"cannot write {path}: No such file or directory"


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write(path)
    source = SnapshotSource(path)
    assert source.path == path
    assert source.created_at == CREATED
    assert source.source_api == API
    assert source.claims_file == "claims/essay_claims.toml"
    assert source.label == f"recorded from {API}"
    assert source.name == f"{API} (snapshot)"
    progress: list[tuple[int, int, str]] = []
    found = source.fetch(
        ["Warsaw pact", "NATO", "Nowhere", "Warsaw pact"],
        lambda done, total, title: progress.append((done, total, title)),
    )
    assert list(found) == ["Warsaw pact", "NATO", "Nowhere"]
    warsaw = found["Warsaw pact"]
    assert warsaw.status is LookupStatus.FOUND
    assert warsaw.page is not None
    expected_page = page("Warsaw Pact", 11, "The pact ended on 1 July 1991.")
    assert warsaw.page == Page(**{**expected_page.__dict__, "api": source.name})
    assert warsaw.redirected
    assert found["NATO"].page is not None
    assert found["NATO"].page.text == "Zürich – 東京\n"
    # Recorded as absent from the wiki: still absent offline.
    assert found["Nowhere"] == PageLookup("Nowhere", LookupStatus.MISSING, reason="no such page")
    assert progress == [(1, 3, "Warsaw pact"), (2, 3, "NATO"), (3, 3, "Nowhere")]


def test_only_found_pages_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write(path)
    found = SnapshotSource(path).fetch(["Broken"])
    assert found["Broken"].status is LookupStatus.ERROR


def test_titles_match_the_way_mediawiki_normalises_them(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write(path)
    source = SnapshotSource(path)
    for title in ("Warsaw_pact", "warsaw pact", "Warsaw  Pact", "Warsaw Pact"):
        lookup = source.fetch([title])[title]
        assert lookup.status is LookupStatus.FOUND, title
        assert lookup.requested == title
        assert lookup.page is not None
        assert lookup.page.title == "Warsaw Pact"


def test_impossible_titles_are_invalid_as_online(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write(path)
    lookup = SnapshotSource(path).fetch(["a|b"])["a|b"]
    assert lookup.status is LookupStatus.INVALID
    assert lookup.reason == "the title contains '|', which MediaWiki titles cannot contain"


def test_searches(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write(path)
    source = SnapshotSource(path)
    assert source.search("Budapest memorandum 1994") == [
        "Budapest Memorandum on Security Assurances"
    ]
    assert source.search("Budapest memorandum 1994", limit=0) == []
    assert source.search("nothing") == []
    assert source.search("never asked") == []


def test_it_is_a_page_source(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write(path)
    source: PageSource = SnapshotSource(path)
    assert source.name.endswith("(snapshot)")


def test_a_fetched_run_replays_the_same(tmp_path: Path) -> None:
    inner = FakeSource({"Warsaw Pact": "Dissolved in 1991."}, errors={"Broken": "HTTP 503"})
    titles = ["Warsaw Pact", "Broken", "Nowhere"]
    fetched = inner.fetch(titles)
    path = tmp_path / "s.json"
    write_snapshot(path, fetched, {"the pact": ["Warsaw Pact"]}, inner.name, "c.toml")
    replay = SnapshotSource(path)
    again = replay.fetch(titles)
    original = fetched["Warsaw Pact"].page
    assert original is not None
    assert again["Warsaw Pact"].page == replace(original, api=replay.name)
    # A page that failed was never recorded (an error offline too); one the wiki lacked was.
    assert [again[t].status for t in titles] == [
        LookupStatus.FOUND,
        LookupStatus.ERROR,
        LookupStatus.MISSING,
    ]
    assert replay.search("the pact") == ["Warsaw Pact"]


def corrupt(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    return path


def good_document(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "good.json"
    write(path)
    document: dict[str, object] = json.loads(path.read_text())
    return document


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not a snapshot (invalid JSON at line 1, column 2: Expecting property name"),
        ("[]", 'not a factcheck snapshot (no "format": "factcheck-snapshot")'),
        ('{"format": "other"}', 'not a factcheck snapshot (no "format": "factcheck-snapshot")'),
        (
            '{"format": "factcheck-snapshot", "version": 2}',
            "snapshot version 2 is not supported; this factcheck reads version 1",
        ),
        (
            '{"format": "factcheck-snapshot"}',
            "snapshot version null is not supported; this factcheck reads version 1",
        ),
        (
            '{"format": "factcheck-snapshot", "version": true}',
            "snapshot version true is not supported; this factcheck reads version 1",
        ),
    ],
)
def test_unusable_files_are_refused_in_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = corrupt(tmp_path, content)
    with pytest.raises(SnapshotError) as info:
        SnapshotSource(path)
    assert str(info.value).startswith(f"{path}: {message}")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("created_at"), "created_at is missing"),
        (lambda d: d["source"].pop("api"), "source.api is missing"),
        (lambda d: d.update(pages={}), "pages should be a list"),
        (lambda d: d["pages"].append(5), "pages[2] should be an object"),
        (lambda d: d["pages"][1].update(revid="11"), "pages[1].revid should be an integer"),
        (lambda d: d["pages"][0].update(pageid=True), "pages[0].pageid should be an integer"),
        (lambda d: d["pages"][0].pop("text"), "pages[0].text is missing"),
        (lambda d: d.update(as_of=20220121), "as_of should be a string"),
        (lambda d: d["pages"][0].update(wikitext=None), "pages[0].wikitext should be a string"),
        (lambda d: d["searches"][0].update(titles=[1]), "searches[0].titles should hold only"),
        (lambda d: d["searches"][1].pop("query"), "searches[1].query is missing"),
    ],
)
def test_malformed_fields_are_named(tmp_path: Path, change: object, message: str) -> None:
    document = good_document(tmp_path)
    change(document)  # type: ignore[operator]
    path = corrupt(tmp_path, json.dumps(document))
    with pytest.raises(SnapshotError) as info:
        SnapshotSource(path)
    assert str(info.value).startswith(f"{path}: invalid snapshot: {message}")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    with pytest.raises(SnapshotError) as info:
        SnapshotSource(path)
    assert str(info.value) == f"cannot read snapshot {path}: No such file or directory"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "bin.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SnapshotError) as info:
        SnapshotSource(path)
    assert str(info.value) == f"{path}: not a snapshot (not UTF-8 text)"


def test_lone_surrogates_in_a_snapshot_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    document = {
        "format": "factcheck-snapshot",
        "version": 1,
        "created_at": "2024-01-01T00:00:00Z",
        "source": {"api": "https://wiki.example/w/api.php", "label": "a test"},
        "claims_file": "c.toml",
        "pages": [
            {
                "requested": "A",
                "title": "A",
                "pageid": 1,
                "revid": 2,
                "timestamp": "2024-01-01T00:00:00Z",
                "url": "https://wiki.example/wiki/A",
                "text": "before \ud800 after",
            },
        ],
        "searches": [],
    }
    path.write_text(json.dumps(document), encoding="utf-8")  # json escapes it as \ud800
    page = SnapshotSource(path).fetch(["A"])["A"].page
    assert page is not None
    assert page.text == "before \ufffd after"


def test_wikitext_is_pinned_with_its_page_when_the_source_had_it(tmp_path: Path) -> None:
    boxed = replace(page("NATO", 22, "NATO is an alliance."), wikitext="{{Infobox x|a=1}}\nNATO.")
    plain = page("Warsaw Pact", 11, "The pact ended on 1 July 1991.")
    path = tmp_path / "s.json"
    write_snapshot(
        path,
        {
            "NATO": PageLookup("NATO", LookupStatus.FOUND, page=boxed),
            "Warsaw Pact": PageLookup("Warsaw Pact", LookupStatus.FOUND, page=plain),
        },
        {},
        API,
        "claims.toml",
        created_at=CREATED,
    )
    entries = json.loads(path.read_text(encoding="utf-8"))["pages"]
    assert [e.get("wikitext") for e in entries] == ["{{Infobox x|a=1}}\nNATO.", None]
    found = SnapshotSource(path).fetch(["NATO", "Warsaw Pact"])
    assert found["NATO"].page == replace(boxed, api=f"{API} (snapshot)")
    assert found["Warsaw Pact"].page is not None
    assert found["Warsaw Pact"].page.wikitext is None
