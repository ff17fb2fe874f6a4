"""Local worker pools vs a Dask LocalCluster on the same claims, read from a dump's index.

    python benchmarks/cluster_run.py                         # 2,000 articles, 2,000 claims
    python benchmarks/cluster_run.py --articles 300 --claims 400 --repeat 1   # a quick try

What it does:

1. makes --articles articles and --claims claims with benchmarks/scale.py's generator
   (invented names, dates and figures; no outside text), writes the articles as an XML
   pages-articles dump and indexes it with `factcheck index`;
2. runs, as subprocesses, alternately --repeat times each:
   - pools:   python -m factcheck run CLAIMS --source INDEX --no-cache --jobs N ...
   - cluster: python -m factcheck run CLAIMS --source INDEX --no-cache --cluster local:N ...
   timing each with time.perf_counter and sampling the memory of its process tree (as
   scale.py does);
3. prints each time, the medians, the ratio cluster / pools, and whether the two gave the
   same verdicts (they must: the same engine checks the same claims).

The cluster's time includes starting the scheduler and N worker processes; on one machine
it is overhead that buys nothing, and the figure to read is that overhead.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The generator and the measuring of benchmarks/scale.py.
import scale


def write_dump(path: Path, articles: list[scale.Article]) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">\n'
            f"<siteinfo><base>{scale.WIKI}Main_Page</base></siteinfo>\n"
        )
        for number, article in enumerate(articles, start=1):
            out.write(
                f"<page><title>{escape(article.title)}</title><ns>0</ns><id>{number}</id>"
                f"<revision><id>{500_000 + number}</id><timestamp>{scale.TIMESTAMP}</timestamp>"
                f"<text>{escape(article.text)}</text></revision></page>\n"
            )
        out.write("</mediawiki>\n")


def verdicts(path: Path) -> dict[str, str]:
    report = json.loads(path.read_text(encoding="utf-8"))
    return {r["id"]: r["verdict"] for r in report["results"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2, help="N for --jobs and local:N")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cluster-bench-"))
    try:
        generator = scale.Generator(args.seed)
        articles = generator.articles(args.articles)
        claims = generator.claims(articles, args.claims)
        scale.write_claims(work / "claims.toml", claims, args.seed, args.articles)
        write_dump(work / "bench-20260101-pages-articles.xml", articles)
        built = scale.measure(
            [
                sys.executable,
                "-m",
                "factcheck",
                "index",
                "bench-20260101-pages-articles.xml",
                "-o",
                "bench.index",
                "-q",
            ],
            work,
            args.timeout,
        )
        if built.returncode != 0:
            print(f"index failed: {built.stderr.strip()}")
            return 2
        print(
            f"{len(articles):,} articles indexed in {built.seconds:.1f} s; "
            f"{len(claims):,} claims; {args.workers} workers",
            flush=True,
        )
        base = [sys.executable, "-m", "factcheck", "run", "claims.toml", "--source", "bench.index"]
        base += ["--no-cache", "--format", "json", "-q", "-o"]
        ways = {
            "pools": ["--jobs", str(args.workers)],
            "cluster": ["--cluster", f"local:{args.workers}"],
        }
        times: dict[str, list[float]] = {way: [] for way in ways}
        peaks: dict[str, list[float]] = {way: [] for way in ways}
        for turn in range(args.repeat):
            for way, extra in ways.items():
                run = scale.measure([*base, f"{way}.json", *extra], work, args.timeout)
                if run.returncode not in (0, 1, 3):
                    print(f"{way}: failed ({run.returncode}): {run.stderr.strip()[-300:]}")
                    return 2
                times[way].append(run.seconds)
                peaks[way].append(run.peak_mib)
                print(
                    f"turn {turn + 1}: {way:8} {run.seconds:7.2f} s  {run.peak_mib:6.0f} MiB",
                    flush=True,
                )
        pools, cluster = (statistics.median(times[w]) for w in ("pools", "cluster"))
        same = verdicts(work / "pools.json") == verdicts(work / "cluster.json")
        print(
            f"median: pools {pools:.2f} s ({max(peaks['pools']):.0f} MiB), cluster {cluster:.2f} s "
            f"({max(peaks['cluster']):.0f} MiB); cluster / pools = {cluster / pools:.2f}; "
            f"same verdicts: {same}"
        )
        return 0 if same else 2
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
