"""The HTML report as a person sees it: Debian's chromium, headless, renders the page.

Skipped where chromium is missing, failed under CI (whose .ci/run installs it). The page
is rendered from a report built here (no network, no wiki): chromium's own DOM must hold
every mark, a 1280 px and a 390 px screenshot must have their width and show the verdict
colours, at 390 px no element may be wider than the page (measured by chromium's own
layout), and following a mark's symbol (focused, then clicked) must bring its card, with
the evidence, into view at both widths. chromium runs with every host name unresolvable,
and its network log must hold no request made by the page.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.formats import OutputFormat, RenderOptions, render
from tests.test_formats_html import Page, with_essay
from tests.test_formats_sample import sample_report

pytestmark = pytest.mark.slow

# The backgrounds of supported and contradicted marks (see formats/html.py's style).
SUPPORTED_BG = (0xD7, 0xF2, 0xDC)
CONTRADICTED_BG = (0xFF, 0xD9, 0xD6)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is missing; .ci/run installs Debian's chromium", pytrace=False)
    pytest.skip("chromium is not installed (apt-get install chromium)")


def run_chromium(*args: str) -> subprocess.CompletedProcess[str]:
    """chromium, headless and unable to resolve any host name."""
    return subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) pixels of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + size]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + size
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0)
    channels = {2: 3, 6: 4}[colour]
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    at = 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        rows.append(bytes(line[i] for i in range(stride) if i % channels < 3))
        previous = line
    return width, height, rows


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    report = with_essay(sample_report())
    # A longer essay, so that the screenshot shows marks of several verdicts.
    report = replace(report, essay_text=report.essay_text * 3)
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render(report, OutputFormat.HTML, RenderOptions()), encoding="utf-8")
    return path


def test_the_browser_builds_every_mark(page_file: Path) -> None:
    dom = run_chromium("--dump-dom", page_file.as_uri()).stdout
    parsed = Page()
    parsed.feed(dom)
    assert set(parsed.marks) == {
        "warsaw-pact-founded",
        "warsaw-pact-dissolved",
        "nato-founding-members",
    }
    assert "<script>alert(1)</script>" in "".join(parsed.data)


def test_a_1280_px_screenshot_shows_the_verdict_colours(page_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    run_chromium("--window-size=1280,700", f"--screenshot={shot}", page_file.as_uri())
    width, height, rows = png_pixels(shot.read_bytes())
    assert (width, height) == (1280, 700)
    pixels = [bytes(row[i : i + 3]) for row in rows for i in range(0, len(row), 3)]
    colours = set(pixels)
    assert bytes(SUPPORTED_BG) in colours
    assert bytes(CONTRADICTED_BG) in colours
    # A page of text on white, not a blank page (one colour) or an error page.
    white = pixels.count(b"\xff\xff\xff") / len(pixels)
    assert 0.5 < white < 0.99
    assert len(colours) > 20


# Long words with no place to break: a claims file's path in the header, a web address in
# the essay. On a 390 px phone they must wrap, not widen the page.
LONG_PATH = "/".join(["averyveryverylongdirectoryname"] * 4) + "/essay_claims.toml"
LONG_URL = "https://example.org/" + "-".join(["unbrokenaddresspart"] * 8)

# Run inside the report (as a test copy only: the report itself has no script), this lists
# every element whose content is wider than its box, and the page's own width, into the
# framing page's body, which --dump-dom then prints.
MEASURE = """<script>
const out = [];
for (const e of document.querySelectorAll("body *")) {
  if (e.clientWidth && e.scrollWidth > e.clientWidth + 1) {
    const name = e.tagName.toLowerCase() + "." + e.className;
    out.push(name + " " + e.scrollWidth + ">" + e.clientWidth);
  }
}
const root = document.documentElement, host = parent.document.body;
host.dataset.width = root.clientWidth;
host.dataset.scrollWidth = root.scrollWidth;
host.dataset.overflow = out.join("; ");
host.dataset.marks = document.querySelectorAll("mark.q").length;
</script>"""


def narrow_page() -> str:
    report = with_essay(sample_report())
    report = replace(
        report,
        essay_text=report.essay_text * 3 + f"See {LONG_URL} for the minutes.\n",
        claims_file=LONG_PATH,
    )
    return render(report, OutputFormat.HTML, RenderOptions(verbose=True))


def measured_at(page: str, width: int, tmp_path: Path, script: str = MEASURE) -> dict[str, str]:
    """chromium's layout of `page` in a frame `width` px wide (headless chromium will not
    make its window narrower than 500 px): the data `script` leaves on the framing body."""
    policy = "default-src 'none';"
    assert policy in page
    measured = page.replace(policy, policy + " script-src 'unsafe-inline';").replace(
        "</body>", script + "</body>"
    )
    report = tmp_path / f"report-{width}.html"
    report.write_text(measured, encoding="utf-8")
    frame = tmp_path / f"frame-{width}.html"
    frame.write_text(
        '<!DOCTYPE html><html><body style="margin:0"><iframe style="border:0;'
        f'width:{width}px;height:800px" src="{report.name}"></iframe></body></html>',
        encoding="utf-8",
    )
    # Files may reach their frame's page; a virtual time budget lets the page's timers run
    # before the DOM is printed.
    dom = run_chromium(
        "--window-size=1280,900",
        "--allow-file-access-from-files",
        "--virtual-time-budget=2000",
        "--dump-dom",
        frame.as_uri(),
    ).stdout
    body = Page()
    body.feed(dom)
    return next(attrs for tag, attrs in body.tags if tag == "body")


# What a person does to see a claim's evidence: focus the symbol after its quote (it takes
# the keyboard's focus) and follow it. Where the page is then, and what the card shows.
FOLLOW = """<script>
const ref = document.querySelector('mark.q a.ref[href="#c-warsaw-pact-dissolved"]');
const host = parent.document.body, card = document.getElementById("c-warsaw-pact-dissolved");
ref.focus();
host.dataset.focused = document.activeElement === ref;
ref.click();
setTimeout(() => {
  const box = card.getBoundingClientRect(), style = getComputedStyle(card);
  host.dataset.target = card.matches(":target");
  host.dataset.scrolled = document.scrollingElement.scrollTop > 0;
  host.dataset.inView = box.top >= 0 && box.top < innerHeight && box.height > 0;
  host.dataset.shown = style.display + " " + style.visibility;
  host.dataset.outline = style.outlineStyle;
  host.dataset.evidence = card.querySelector("blockquote").innerText;
}, 200);
</script>"""


@pytest.mark.parametrize("width", [390, 1280])
def test_following_a_mark_shows_its_evidence(width: int, tmp_path: Path) -> None:
    found = measured_at(narrow_page(), width, tmp_path, FOLLOW)
    assert {k: found[f"data-{k}"] for k in ("focused", "target", "scrolled", "in-view")} == {
        "focused": "true",
        "target": "true",
        "scrolled": "true",
        "in-view": "true",
    }
    assert found["data-shown"] == "block visible"
    assert found["data-outline"] == "solid"
    (result,) = (r for r in sample_report().results if r.claim.id == "warsaw-pact-dissolved")
    assert found["data-evidence"] == result.verdict.evidence[0].sentence


def test_at_390_px_nothing_is_wider_than_the_page(tmp_path: Path) -> None:
    found = measured_at(narrow_page(), 390, tmp_path)
    assert found["data-width"] == "390"
    assert found["data-scroll-width"] == "390"
    assert found["data-overflow"] == ""
    assert found["data-marks"] == "3"


def test_the_measure_sees_a_page_wider_than_390_px(tmp_path: Path) -> None:
    # The same measure on a page with an unbreakable line: what the test above rules out.
    page = narrow_page().replace("</style>", ".about { overflow-wrap: normal; }</style>")
    found = measured_at(page, 390, tmp_path)
    assert int(found["data-scroll-width"]) > 390
    assert found["data-overflow"].startswith("header. ")
    assert "p.about " in found["data-overflow"]


def test_a_390_px_screenshot_shows_the_verdict_colours(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(narrow_page(), encoding="utf-8")
    shot = tmp_path / "shot.png"
    run_chromium("--window-size=390,800", f"--screenshot={shot}", page.as_uri())
    width, height, rows = png_pixels(shot.read_bytes())
    assert (width, height) == (390, 800)
    colours = {bytes(row[i : i + 3]) for row in rows for i in range(0, len(row), 3)}
    assert bytes(SUPPORTED_BG) in colours
    assert bytes(CONTRADICTED_BG) in colours


def page_requests(page: Path, tmp_path: Path) -> list[str]:
    """The http(s) requests the page made while chromium loaded it, from chromium's network
    log (the browser's own, such as its clock or spelling dictionary, have no initiator)."""
    log = tmp_path / "netlog.json"
    run_chromium(f"--log-net-log={log}", "--dump-dom", page.as_uri())
    netlog = json.loads(log.read_text(encoding="utf-8"))
    start = netlog["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return sorted(
        event["params"]["url"]
        for event in netlog["events"]
        if event["type"] == start
        and event["params"].get("url", "").startswith(("http://", "https://"))
        and event["params"].get("initiator") != "not an origin"
    )


def test_the_page_makes_no_request(page_file: Path, tmp_path: Path) -> None:
    assert page_requests(page_file, tmp_path) == []


def test_the_network_log_shows_a_request_a_page_makes(tmp_path: Path) -> None:
    # What the test above would see if the report loaded an image from elsewhere.
    page = tmp_path / "loads.html"
    page.write_text(
        '<!DOCTYPE html><html><body><img src="https://example.org/x.png"></body></html>',
        encoding="utf-8",
    )
    assert page_requests(page, tmp_path) == ["https://example.org/x.png"]
