"""Indexing speed and memory of `factcheck index` on generated dumps.

    python benchmarks/dump_index.py                      # 50,000 articles, and a quarter of that
    python benchmarks/dump_index.py --articles 2000      # a quick try
    python benchmarks/dump_index.py --formats xml --keep /tmp/dumps

What it does, all from random.Random(--seed) so that a run is reproducible:

1. writes, for each --formats, two dumps of generated articles: --articles / 4 and
   --articles of them. Each article is wikitext made up here (invented names from
   syllables, dates, figures, a few verbs; no outside text): a lead, three sections, an
   infobox template, references, links, a file and a category; one redirect per four
   articles. The XML pages-articles dump is bzip2-compressed, the CirrusSearch content dump
   gzip-compressed with each page's wikitext (`source_text`) and its plain `text`, as
   Wikimedia publishes them;
2. indexes each dump in a fresh process (`python -m factcheck index DUMP -o INDEX -q`),
   timing it with time.perf_counter and taking the child's peak resident memory (ru_maxrss,
   os.wait4);
3. prints, per dump: its size on disk and decompressed, the time, throughput in MB/s of
   the dump file and of its decompressed text, pages/s, the peak memory, and the memory
   growth: peak(large) / peak(small), for a dump 4x larger (1.0 = flat).

A tool that streams keeps the same peak whatever the dump's size; one that holds pages
in memory grows with it. Exit status: 0 when every index was built, 2 otherwise.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

SYLLABLES = "ka ro mi tan vel dor sa lin ber gu nao fre ost pal vi mar cen tho ru bel".split()
VERBS = "founded signed joined opened elected appointed built dissolved renamed visited".split()
PLACES = "harbour province valley republic county city island district coast plateau".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()
SECTIONS = "History Geography Economy Politics Culture Legacy Organisation Aftermath".split()


def name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def sentence(rng: random.Random, subject: str) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1800, 2024)
    figure = f"{rng.randint(2, 900):,}{rng.choice(['', ',000'])}"
    link = f"[[{name(rng)} {rng.choice(PLACES).capitalize()}|{name(rng)}]]"
    return rng.choice(
        [
            f"{subject} was {rng.choice(VERBS)} in {link} on {day} {month} {year}.",
            f"In {year} the {rng.choice(PLACES)} of {name(rng)} counted {figure} people.",
            f"'''{name(rng, 3)}''' {rng.choice(VERBS)} the {rng.choice(PLACES)} in {month} "
            f"{year}.<ref>{{{{cite book|title={name(rng)}|year={year}}}}}</ref>",
            f"It lies {rng.randint(2, 90)} km from {link}, which was {rng.choice(VERBS)} in "
            f"{year}.",
        ]
    )


def article(rng: random.Random, title: str) -> str:
    lead = " ".join(sentence(rng, f"'''{title}'''") for _ in range(3))
    parts = [
        f"{{{{Infobox place|name={title}|founded={rng.randint(1000, 1990)}}}}}\n{lead}",
        f"[[File:{name(rng)}.jpg|thumb|The {rng.choice(PLACES)} of {title}]]",
    ]
    for heading in rng.sample(SECTIONS, 3):
        body = " ".join(sentence(rng, "It") for _ in range(rng.randint(2, 5)))
        parts.append(f"== {heading} ==\n{body}")
    parts.append(f"[[Category:{rng.choice(PLACES).capitalize()}s of {name(rng)}]]")
    return "\n\n".join(parts)


@dataclass(frozen=True)
class Page:
    title: str
    pageid: int
    revid: int
    timestamp: str
    wikitext: str
    redirects: tuple[str, ...]


def pages(count: int, seed: int) -> Iterator[Page]:
    rng = random.Random(seed)
    for number in range(1, count + 1):
        title = f"{name(rng, 3)} {rng.choice(PLACES).capitalize()} {number}"
        redirects = (f"{title} (former name)",) if number % 4 == 0 else ()
        stamp = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T12:00:00Z"
        yield Page(title, number, 1_000_000 + number, stamp, article(rng, title), redirects)


def write_xml(path: Path, count: int, seed: int) -> None:
    with bz2.open(path, "wt", encoding="utf-8") as out:
        out.write(
            '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">\n'
            "  <siteinfo><dbname>benchwiki</dbname>"
            "<base>https://bench.example/wiki/Main_Page</base></siteinfo>\n"
        )
        for page in pages(count, seed):
            out.write(
                f"  <page><title>{escape(page.title)}</title><ns>0</ns><id>{page.pageid}</id>"
                f"<revision><id>{page.revid}</id><timestamp>{page.timestamp}</timestamp>"
                f"<text xml:space={quoteattr('preserve')}>{escape(page.wikitext)}</text>"
                "</revision></page>\n"
            )
            for alias in page.redirects:
                out.write(
                    f"  <page><title>{escape(alias)}</title><ns>0</ns><id>{page.pageid + 10**8}"
                    f"</id><redirect title={quoteattr(page.title)} /><revision><id>"
                    f"{page.revid + 10**8}</id><timestamp>{page.timestamp}</timestamp><text>"
                    f"#REDIRECT [[{escape(page.title)}]]</text></revision></page>\n"
                )
        out.write("</mediawiki>\n")


def write_cirrus(path: Path, count: int, seed: int) -> None:
    from factcheck.dump.wikitext import plain_text

    with gzip.open(path, "wt", encoding="utf-8") as out:
        for page in pages(count, seed):
            text = plain_text(page.wikitext)
            plain = " ".join(line for line in text.split("\n") if line and line[0] != "=")
            doc = {
                "namespace": 0,
                "title": page.title,
                "timestamp": page.timestamp,
                "version": page.revid,
                "wiki": "benchwiki",
                "text": plain,
                "opening_text": text.split("\n")[0],
                "source_text": page.wikitext,
                "redirect": [{"namespace": 0, "title": alias} for alias in page.redirects],
            }
            out.write(json.dumps({"index": {"_type": "page", "_id": str(page.pageid)}}) + "\n")
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


def decompressed_size(path: Path) -> int:
    opener = bz2.open if path.suffix == ".bz2" else gzip.open
    size = 0
    with opener(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            size += len(chunk)
    return size


@dataclass(frozen=True)
class Measure:
    seconds: float
    peak_mib: float
    pages: int
    ok: bool
    output: str


def index(dump: Path, target: Path) -> Measure:
    command = [sys.executable, "-m", "factcheck", "index", str(dump), "-o", str(target), "-q"]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = child.stdout.read() if child.stdout else ""
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux.
    words = out.split()
    pages = int(words[2].replace(",", "")) if len(words) > 2 and words[0] == "wrote" else 0
    return Measure(seconds, usage.ru_maxrss / 1024, pages, child.returncode == 0, out.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50_000, help="articles in the larger dump")
    parser.add_argument("--formats", default="xml,cirrussearch", help="xml, cirrussearch or both")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--keep", type=Path, default=None, help="keep the dumps in this directory")
    args = parser.parse_args()
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="dump-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    sizes = [max(1, args.articles // 4), args.articles]
    failed = False
    try:
        for fmt in formats:
            peaks = []
            suffix = "pages-articles.xml.bz2" if fmt == "xml" else "cirrussearch-content.json.gz"
            for count in sizes:
                dump = work / f"benchwiki-20240101-{count}-{suffix}"
                started = time.perf_counter()
                (write_xml if fmt == "xml" else write_cirrus)(dump, count, args.seed)
                made = time.perf_counter() - started
                stored, raw = dump.stat().st_size, decompressed_size(dump)
                measure = index(dump, work / f"{fmt}-{count}.index")
                (work / f"{fmt}-{count}.index").unlink(missing_ok=True)
                if not measure.ok:
                    print(f"{fmt} {count}: index failed: {measure.output}")
                    failed = True
                    continue
                peaks.append(measure.peak_mib)
                mb = 1_000_000
                print(
                    f"{fmt:12} {count:>7,} articles  dump {stored / mb:7.1f} MB "
                    f"({raw / mb:7.1f} MB decompressed, made in {made:5.1f} s)  "
                    f"index {measure.seconds:6.1f} s  {stored / mb / measure.seconds:5.2f} MB/s "
                    f"of dump ({raw / mb / measure.seconds:5.2f} MB/s decompressed)  "
                    f"{measure.pages / measure.seconds:6,.0f} pages/s  "
                    f"peak {measure.peak_mib:6.1f} MiB",
                    flush=True,
                )
            if len(peaks) == 2:
                print(
                    f"{fmt:12} memory growth for a dump {sizes[1] // sizes[0]}x larger: "
                    f"peak {peaks[1]:.1f} / {peaks[0]:.1f} MiB = {peaks[1] / peaks[0]:.2f}",
                    flush=True,
                )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
