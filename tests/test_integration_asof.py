"""--as-of against the real test wiki: pages as they stood on a date, by their revisions.

The pack's Kharkiv has a revision of 2021-06-01 (population 1,433,886 as of 2021) and the
current one of 2024-01-01 (1,421,125 as of 2022); Kharkov redirects to it today; Member
states of NATO was created on 2024-01-01.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck import cli
from factcheck.formats.json_report import report_schema
from factcheck.mediawiki import ClientSettings, MediaWikiSource
from factcheck.models import LookupStatus
from factcheck.wikitext import plain_text
from tests.clirun import Result, invoke
from tests.conftest import RunningTestWiki

pytestmark = pytest.mark.wiki

CLAIMS = """
[essay]
title = "An essay of early 2022"
published = 2022-01-21

[[claim]]
id = "kharkiv-2021"
text = "Kharkiv had a population of 1,433,886 people."
pages = ["Kharkov"]

[[claim]]
id = "sweden"
text = "Sweden joined NATO in 2024."
pages = ["Member states of NATO"]
"""


@pytest.fixture
def essay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    for name in ("NO_COLOR", "FORCE_COLOR", "FACTCHECK_API"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "essay.toml").write_text(CLAIMS, encoding="utf-8")
    return "essay.toml"


def as_of(api: str, day: str) -> MediaWikiSource:
    return MediaWikiSource(ClientSettings(api=api, as_of=day))


def test_the_last_revision_at_or_before_the_day_is_read(testwiki: RunningTestWiki) -> None:
    then = as_of(testwiki.api, "2021-12-31").fetch(["Kharkiv"])["Kharkiv"]
    now = as_of(testwiki.api, "2024-01-01").fetch(["Kharkiv"])["Kharkiv"]
    assert then.page is not None
    assert now.page is not None
    old = testwiki.loaded.page("Kharkiv").history[0]
    assert (then.page.timestamp, then.page.wikitext) == (old.timestamp, old.text)
    assert then.page.text == plain_text(old.text)
    assert "== Since 2022 ==" not in then.page.text
    assert now.page.timestamp == "2024-01-01T00:00:00Z"
    assert now.page.revid > then.page.revid


def test_a_page_renamed_since_is_read_through_todays_redirect(testwiki: RunningTestWiki) -> None:
    source = as_of(testwiki.api, "2022-01-21")
    lookup = source.fetch(["Kharkov"])["Kharkov"]
    assert lookup.status is LookupStatus.FOUND
    assert lookup.page is not None
    assert (lookup.redirected, lookup.page.title, lookup.page.timestamp) == (
        True,
        "Kharkiv",
        "2021-06-01T00:00:00Z",
    )
    assert source.requests_made == 1


@pytest.mark.parametrize(
    ("title", "day", "reason"),
    [
        (
            "Member states of NATO",
            "2022-01-21",
            "no article titled 'Member states of NATO' as of 2022-01-21",
        ),
        ("Kharkiv", "2021-05-31", "no article titled 'Kharkiv' as of 2021-05-31"),
    ],
)
def test_a_page_created_after_the_day_is_no_article_as_of_it(
    testwiki: RunningTestWiki, title: str, day: str, reason: str
) -> None:
    lookup = as_of(testwiki.api, day).fetch([title])[title]
    assert (lookup.status, lookup.reason) == (LookupStatus.MISSING, reason)


def test_plain_text_of_the_wikitext_is_the_extract_on_every_pack_page(
    testwiki: RunningTestWiki,
) -> None:
    # Old revisions have no extract: this is how close their text is to one.
    titles = [page.title for page in testwiki.loaded.pages]
    lookups = MediaWikiSource(ClientSettings(api=testwiki.api)).fetch(titles)
    for title in titles:
        page = lookups[title].page
        assert page is not None
        assert page.wikitext is not None
        extract = [" ".join(line.split()) for line in page.text.splitlines() if line.strip()]
        assert plain_text(page.wikitext).splitlines() == extract, title


def test_before_and_after_the_change_give_two_verdicts_each_naming_its_revision(
    capsys: pytest.CaptureFixture[str], testwiki: RunningTestWiki, essay: str
) -> None:
    then = invoke(capsys, "run", essay, "--api", testwiki.api, "--as-of", "published", "-q")
    later = invoke(
        capsys, "run", essay, "--api", testwiki.api, "--as-of", "2025-01-01", "--format", "json"
    )
    # Without --as-of, the same cache directory: today's pages, not the ones of 2022.
    today = invoke(capsys, "run", essay, "--api", testwiki.api, "--format", "json")
    assert (then.code, then.err) == (0, "")
    assert then.out.splitlines()[:2] == [
        "2 claims: 1 supported, 0 contradicted, 1 not enough evidence, 0 errors",
        "note: as of 2022-01-21: each page as it stood at the end of that day",
    ]
    (later_code, later_doc), (today_code, today_doc) = [
        (r.code, json.loads(r.out)) for r in (later, today)
    ]
    assert (later_code, today_code) == (1, 1)
    assert (later_doc["source"]["as_of"], today_doc["source"]["as_of"]) == ("2025-01-01", None)
    assert later_doc["results"] == today_doc["results"]
    kharkiv = {r["id"]: r for r in later_doc["results"]}["kharkiv-2021"]
    assert kharkiv["verdict"] == "contradicted"
    assert kharkiv["evidence"][0]["timestamp"] == "2024-01-01T00:00:00Z"
    json_then = invoke(
        capsys, "run", essay, "--api", testwiki.api, "--as-of", "2022-01-21", "--format", "json"
    )
    results = {r["id"]: r for r in json.loads(json_then.out)["results"]}
    assert results["kharkiv-2021"]["verdict"] == "supported"
    assert results["kharkiv-2021"]["evidence"][0]["timestamp"] == "2021-06-01T00:00:00Z"
    assert results["kharkiv-2021"]["evidence"][0]["revid"] < kharkiv["evidence"][0]["revid"]
    assert results["sweden"]["verdict"] == "not_enough_evidence"
    assert results["sweden"]["reason"] == (
        "no article to check against (Member states of NATO: no article titled "
        "'Member states of NATO' as of 2022-01-21)"
    )


def test_then_and_now_lists_the_claims_whose_verdict_changed(
    capsys: pytest.CaptureFixture[str], testwiki: RunningTestWiki, essay: str
) -> None:
    args = ("run", essay, "--api", testwiki.api, "--as-of", "published", "--compare-now")
    result = invoke(capsys, *args, "-q")
    # The exit code is the as-of run's: nothing contradicted on 2022-01-21.
    assert (result.code, result.err) == (0, "")
    kharkiv = MediaWikiSource(ClientSettings(api=testwiki.api)).fetch(["Kharkiv"])["Kharkiv"]
    members = MediaWikiSource(ClientSettings(api=testwiki.api)).fetch(["Member states of NATO"])[
        "Member states of NATO"
    ]
    assert kharkiv.page is not None
    assert members.page is not None
    then = as_of(testwiki.api, "2022-01-21").fetch(["Kharkiv"])["Kharkiv"].page
    assert then is not None
    old = then.revid
    assert result.out.splitlines()[-9:] == [
        "Changed since 2022-01-21: 2 claims",
        "",
        f"kharkiv-2021  supported as of 2022-01-21 (rev {old}), contradicted now (rev "
        f"{kharkiv.page.revid})",
        "  then      Kharkiv — population in 2021: 1,433,886 people",
        "  now       Kharkiv — population in 2022: 1,421,125 people",
        "",
        f"sweden  not enough evidence as of 2022-01-21, supported now (rev {members.page.revid})",
        "  then      none found",
        "  now       Member states of NATO — Sweden — accession on 7 March 2024",
    ]
    document = json.loads(invoke(capsys, *args, "--format", "json").out)
    jsonschema.validate(document, report_schema())
    assert [(c["id"], c["then"]["verdict"], c["now"]["verdict"]) for c in document["changes"]] == [
        ("kharkiv-2021", "supported", "contradicted"),
        ("sweden", "not_enough_evidence", "supported"),
    ]
    assert document["changes"][0]["then"]["timestamp"] == "2021-06-01T00:00:00Z"
    assert [r["verdict"] for r in document["results"]] == ["supported", "not_enough_evidence"]
    # Compared with itself, nothing changes.
    same = invoke(
        capsys,
        "run",
        essay,
        "--api",
        testwiki.api,
        "--as-of",
        "2099-01-01",
        "--compare-now",
        "--format",
        "json",
    )
    assert json.loads(same.out)["changes"] == []


def test_a_snapshot_as_of_the_day_replays_the_as_of_run_offline(
    capsys: pytest.CaptureFixture[str],
    testwiki: RunningTestWiki,
    essay: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ("run", essay, "--api", testwiki.api, "--as-of", "published", "--format", "json")
    online = invoke(capsys, *args, "--no-cache")
    written = invoke(
        capsys, "snapshot", essay, "--api", testwiki.api, "--as-of", "published", "--no-cache"
    )
    assert written == Result(
        0,
        f"wrote essay.snapshot.json: 1 page from {testwiki.api} as of 2022-01-21\n",
        # Recorded as absent that day, so that offline it stays "no article as of".
        "factcheck: warning: Member states of NATO: no article titled 'Member states of NATO' "
        "as of 2022-01-21\n",
    )

    def refuse(settings: ClientSettings) -> MediaWikiSource:
        pytest.fail(f"an API client was built for {settings.api} in an offline run")

    monkeypatch.setattr(cli, "make_live_source", refuse)
    offline = invoke(capsys, *args, "--offline", "--no-cache")
    assert (online.code, offline.code) == (0, 0)
    assert json.loads(offline.out)["results"] == json.loads(online.out)["results"]
    assert json.loads(offline.out)["source"]["as_of"] == "2022-01-21"


def test_check_reads_the_page_of_the_day_too(
    capsys: pytest.CaptureFixture[str], testwiki: RunningTestWiki, essay: str
) -> None:
    claim = "Kharkiv had a population of 1,433,886 people."
    base = ("check", claim, "--page", "Kharkov", "--api", testwiki.api, "-q")
    then = invoke(capsys, *base, "--as-of", "2022-01-21")
    now = invoke(capsys, *base)
    assert (then.code, then.out.splitlines()[0]) == (
        0,
        "1 claim: 1 supported, 0 contradicted, 0 not enough evidence, 0 errors",
    )
    assert (now.code, now.out.splitlines()[0]) == (
        1,
        "1 claim: 0 supported, 1 contradicted, 0 not enough evidence, 0 errors",
    )
