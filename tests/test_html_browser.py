"""The HTML report as a person sees it: Debian's chromium, headless, renders the page.

Skipped where chromium is missing, failed under CI (whose .ci/run installs it). The page
is rendered from a report built here (no network, no wiki): chromium's own DOM must hold
every mark, and a 1280 px screenshot must be 1280 px wide and show the verdict colours.
chromium runs with every host name unresolvable, so a page that tried to load anything
would show nothing it fetched.
"""

from __future__ import annotations

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
