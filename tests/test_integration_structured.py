"""Infoboxes and tables of the real test wiki as evidence (MediaWiki 1.39, the shipped pack).

The pack's Kharkiv, Denys Shmyhal, North Atlantic Treaty and Member states of NATO keep
their figures and dates in an infobox or a table only, so only the wikitext settles them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.cache import CachedSource, PageCache
from factcheck.mediawiki import ClientSettings, MediaWikiSource, revision_url
from factcheck.models import LookupStatus, Page
from tests.clirun import Result, invoke
from tests.conftest import RunningTestWiki

pytestmark = pytest.mark.wiki

CLAIMS = """
[[claim]]
id = "kharkiv-about"
text = "Kharkiv had a population of about 1.4 million people in 2022."
pages = ["Kharkiv"]

[[claim]]
id = "kharkiv-off"
text = "Kharkiv had a population of 1.5 million people in 2022."
pages = ["Kharkiv"]

[[claim]]
id = "kharkiv-north-east"
text = "Kharkiv is a city in the north-east of Ukraine."
pages = ["Kharkiv"]

[[claim]]
id = "shmyhal-2021"
text = "Denys Shmyhal was Prime Minister of Ukraine in 2021."
pages = ["Denys Shmyhal"]

[[claim]]
id = "shmyhal-2026"
text = "Denys Shmyhal was Prime Minister of Ukraine in 2026."
pages = ["Denys Shmyhal"]

[[claim]]
id = "treaty-signed"
text = "The North Atlantic Treaty was signed in 1950."
pages = ["North Atlantic Treaty"]

[[claim]]
id = "finland"
text = "Finland joined NATO in 2023."
pages = ["Member states of NATO"]

[[claim]]
id = "sweden"
text = "Sweden joined NATO in 2023."
pages = ["Member states of NATO"]
"""


def fetch(api: str, title: str) -> tuple[Page, int]:
    client = MediaWikiSource(ClientSettings(api=api))
    lookup = client.fetch([title])[title]
    assert lookup.status is LookupStatus.FOUND
    assert lookup.page is not None
    return lookup.page, client.requests_made


@pytest.fixture
def essay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    for name in ("NO_COLOR", "FORCE_COLOR", "FACTCHECK_API"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "facts.toml").write_text(CLAIMS, encoding="utf-8")
    return "facts.toml"


def test_the_wikitext_comes_with_the_extract_in_one_request(testwiki: RunningTestWiki) -> None:
    page, requests = fetch(testwiki.api, "Kharkiv")
    assert requests == 1
    assert page.wikitext == testwiki.loaded.page("Kharkiv").text
    # The infobox is not in the plain text: its figure can only come from the wikitext.
    assert page.text.startswith("Kharkiv is a city in the north-east of Ukraine")
    assert "1,421,125" not in page.text
    assert "1,421,125" in page.wikitext


def test_wikitext_is_cached_with_the_extract(testwiki: RunningTestWiki, tmp_path: Path) -> None:
    client = MediaWikiSource(ClientSettings(api=testwiki.api))
    with PageCache(tmp_path / "c") as cache:
        first = CachedSource(client, cache).fetch(["Member states of NATO"])
        again = CachedSource(client, cache).fetch(["Member states of NATO"])
    assert client.requests_made == 1
    assert again == first
    page = again["Member states of NATO"].page
    assert page is not None
    assert page.wikitext is not None
    assert "| [[Sweden]] || 7 March 2024 || Tenth" in page.wikitext


def test_infobox_and_table_figures_decide_with_their_line_as_evidence(
    capsys: pytest.CaptureFixture[str], testwiki: RunningTestWiki, essay: str
) -> None:
    kharkiv, _ = fetch(testwiki.api, "Kharkiv")
    members, _ = fetch(testwiki.api, "Member states of NATO")
    result = invoke(
        capsys,
        *("run", essay, "--api", testwiki.api, "--color", "never"),
        *("--claim", "kharkiv-about", "--claim", "kharkiv-off", "--claim", "sweden"),
    )
    box = "Kharkiv — population in 2022: 1,421,125 people"
    assert (result.code, result.err) == (1, "")
    # Line by line, so that a difference shows where it is.
    assert result.out.splitlines(keepends=True) == (
        "3 claims: 1 supported, 2 contradicted, 0 not enough evidence, 0 errors\n"
        "\n"
        "✔ supported  kharkiv-about  confidence 98%\n"
        "  claim     «Kharkiv» had a population of «about 1.4 million» people in «2022».\n"
        "  evidence  «Kharkiv» — population in «2022»: «1,421,125» people\n"
        f"  source    Kharkiv (infobox), revision {kharkiv.revid}\n"
        f"            {revision_url(kharkiv.url, kharkiv.revid)}\n"
        f"  reason    '{box}' in Kharkiv, rev {kharkiv.revid} agrees on 1,421,125,\n"
        "            2022\n"
        "\n"
        "✘ contradicted  kharkiv-off  confidence 99%\n"
        "  claim     «Kharkiv» had a population of «1.5 million» people in «2022».\n"
        "  evidence  «Kharkiv» — population in «2022»: «1,421,125» people\n"
        f"  source    Kharkiv (infobox), revision {kharkiv.revid}\n"
        f"            {revision_url(kharkiv.url, kharkiv.revid)}\n"
        "  reason    claim says 1.5 million; evidence says 1,421,125: "
        "'Kharkiv — population in 2022:\n"
        f"            1,421,125 people' in Kharkiv, rev {kharkiv.revid}\n"
        "\n"
        "✘ contradicted  sweden  confidence 99%\n"
        "  claim     «Sweden» joined «NATO» in «2023».\n"
        "  evidence  Member states of «NATO» — «Sweden» — accession on «7 March 2024»\n"
        f"  source    Member states of NATO (table), revision {members.revid}\n"
        f"            {revision_url(members.url, members.revid)}\n"
        "  reason    claim says 2023; evidence says 7 March 2024: "
        "'Member states of NATO — Sweden — accession\n"
        f"            on 7 March 2024' in Member states of NATO, rev {members.revid}\n"
    ).splitlines(keepends=True)


def test_the_json_report_says_which_evidence_came_from_an_infobox_or_a_table(
    capsys: pytest.CaptureFixture[str], testwiki: RunningTestWiki, essay: str
) -> None:
    result = invoke(capsys, "run", essay, "--api", testwiki.api, "--format", "json")
    assert (result.code, result.err) == (1, "")
    document = json.loads(result.out)
    assert document["notes"] == []
    seen = {
        r["id"]: (r["verdict"], r["evidence"][0]["origin"], r["evidence"][0]["sentence"])
        for r in document["results"]
    }
    shmyhal = "Denys Shmyhal — Prime Minister of Ukraine from 4 March 2020 to 17 July 2025"
    assert seen == {
        "kharkiv-about": (
            "supported",
            "infobox",
            "Kharkiv — population in 2022: 1,421,125 people",
        ),
        "kharkiv-off": (
            "contradicted",
            "infobox",
            "Kharkiv — population in 2022: 1,421,125 people",
        ),
        "kharkiv-north-east": (
            "supported",
            "text",
            "Kharkiv is a city in the north-east of Ukraine and, after Kyiv, the country's "
            "largest.",
        ),
        "shmyhal-2021": ("supported", "infobox", shmyhal),
        "shmyhal-2026": ("contradicted", "infobox", shmyhal),
        "treaty-signed": (
            "contradicted",
            "infobox",
            "North Atlantic Treaty — signed on 4 April 1949",
        ),
        "finland": (
            "supported",
            "table",
            "Member states of NATO — Finland — accession on 4 April 2023",
        ),
        "sweden": (
            "contradicted",
            "table",
            "Member states of NATO — Sweden — accession on 7 March 2024",
        ),
    }
    sections = {r["id"]: r["evidence"][0]["section"] for r in document["results"]}
    assert (sections["kharkiv-off"], sections["sweden"]) == (
        "Infobox settlement",
        "Table: Member states of NATO",
    )


def test_a_snapshot_pins_the_wikitext_so_offline_runs_give_the_same_verdicts(
    capsys: pytest.CaptureFixture[str],
    testwiki: RunningTestWiki,
    essay: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    online = invoke(capsys, "run", essay, "--api", testwiki.api, "--format", "json", "--no-cache")
    snapshot = invoke(capsys, "snapshot", essay, "--api", testwiki.api, "--no-cache")
    assert snapshot == Result(0, f"wrote facts.snapshot.json: 4 pages from {testwiki.api}\n", "")

    def refuse(settings: ClientSettings) -> MediaWikiSource:
        pytest.fail(f"an API client was built for {settings.api} in an offline run")

    monkeypatch.setattr(cli, "make_live_source", refuse)
    offline = invoke(
        capsys, "run", essay, "--api", testwiki.api, "--format", "json", "--offline", "--no-cache"
    )
    assert (online.code, offline.code) == (1, 1)
    assert json.loads(offline.out)["results"] == json.loads(online.out)["results"]
