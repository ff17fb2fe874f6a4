"""Which store for `factcheck index`: SQLite (+ FTS5) against the alternatives, measured.

    python benchmarks/store_choice.py                    # 20,000 articles, 1,000 queries
    python benchmarks/store_choice.py --articles 2000 --queries 200      # a quick try

Needs, for the alternatives only (they are not dependencies of factcheck):
    pip install bm25s PyStemmer pyarrow

What it does, all from random.Random(--seed):

1. makes --articles articles with benchmarks/dump_index.py's generator (invented wikitext)
   and turns each into plain text with factcheck's own wikitext reader, as `factcheck
   index` does; writes them to a JSON-lines file, so every store below is fed the same
   pages and none pays for the parsing;
2. makes --queries search queries, each from one article: the words of its title without
   its number, one sentence of its text, one word of that sentence swapped for an invented
   word the corpus may not hold (the noise). Each query is searched the way `factcheck
   run` searches for a claim that names no page (runner.search_queries: the capitalised
   names, then the other words, up to 3 titles); a query is right at 1 when the article
   it came from is the first title, and right at 3 when it is among the three;
3. in a fresh process per store, so that peak memory (ru_maxrss, os.wait4) is the store's:
   - baseline: reads the pages file and does nothing else (the floor of every peak);
   - title stores, 2,000 lookups of random titles each:
     - sqlite-titles: the index's `pages` table alone (factcheck's IndexWriter schema
       without the full-text index);
     - parquet: a pyarrow Parquet file sorted by title, row groups of 1,000 pages, a
       lookup reading the one row group whose title range holds the key;
   - search:
     - sqlite-fts5: the whole index as `factcheck index` writes it (IndexWriter, then
       IndexSource.search: FTS5, porter stemming, bm25 with a title word worth ten);
     - bm25s: bm25s over title (ten times, as FTS5's weight) and text, Snowball English
       stemming and English stop words, saved to a directory and loaded back to search,
       plus a dict of titles for the query that names an article, as IndexSource has;
4. prints, per store: build time, size on disk, bytes per article, median and 95th
   percentile latency, peak memory above the baseline's, and for search the share of
   queries right at 1 and at 3.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dump_index  # the generator of benchmarks/dump_index.py

KINDS = ("baseline", "sqlite-titles", "parquet", "sqlite-fts5", "bm25s")
LOOKUPS = 2000
SEARCH_LIMIT = 3


def prepare(work: Path, articles: int, queries: int, seed: int) -> None:
    from factcheck.dump.wikitext import plain_text

    rng = random.Random(seed + 1)
    out_queries = []
    with (work / "pages.jsonl").open("w", encoding="utf-8") as out:
        for page in dump_index.pages(articles, seed):
            text = plain_text(page.wikitext)
            row = [page.title, page.pageid, page.revid, page.timestamp, text]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    chosen = sorted(rng.sample(range(articles), min(queries, articles)))
    wanted = set(chosen)
    with (work / "pages.jsonl").open(encoding="utf-8") as rows:
        for number, line in enumerate(rows):
            if number not in wanted:
                continue
            title, *_rest, text = json.loads(line)
            sentences = [
                s
                for s in text.replace("\n", " ").split(". ")
                if len(s.split()) > 4 and "==" not in s
            ]
            words = rng.choice(sentences).split()
            words[rng.randrange(len(words))] = dump_index.name(rng, 3).lower()
            name = " ".join(title.split()[:-1])  # the title without its number
            out_queries.append([title, f"{name} {' '.join(words)}"])
    (work / "queries.json").write_text(json.dumps(out_queries), encoding="utf-8")


def read_pages(work: Path) -> Iterable[list]:
    with (work / "pages.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            yield json.loads(line)


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def timed(calls: list[Callable[[], object]]) -> list[float]:
    out = []
    for call in calls:
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def searches(
    work: Path, search: Callable[[str, int], list[str]]
) -> tuple[list[float], float, float]:
    from factcheck.runner import search_queries

    queries = json.loads((work / "queries.json").read_text(encoding="utf-8"))

    def find(text: str) -> list[str]:
        titles: list[str] = []
        for query in search_queries(text):
            for title in search(query, SEARCH_LIMIT):
                if title not in titles:
                    titles.append(title)
            if len(titles) >= SEARCH_LIMIT:
                break
        return titles[:SEARCH_LIMIT]

    found: list[list[str]] = []
    times = timed([lambda text=text: found.append(find(text)) for _title, text in queries])
    at1 = sum(1 for (title, _), got in zip(queries, found, strict=True) if got[:1] == [title])
    at3 = sum(1 for (title, _), got in zip(queries, found, strict=True) if title in got)
    return times, at1 / len(queries), at3 / len(queries)


def child(kind: str, work: Path) -> dict[str, object]:
    rng = random.Random(7)
    result: dict[str, object] = {}
    if kind == "baseline":
        result["pages"] = sum(1 for _ in read_pages(work))
        return result
    titles = [row[0] for row in read_pages(work)]
    keys = [rng.choice(titles) for _ in range(LOOKUPS)]
    if kind in ("sqlite-titles", "sqlite-fts5"):
        from factcheck.dump.records import DumpFormat, DumpPage
        from factcheck.dump.store import IndexWriter

        path = work / f"{kind}.index"
        started = time.perf_counter()
        writer = IndexWriter(path)
        if kind == "sqlite-titles":
            writer._db.execute("COMMIT")
            writer._db.execute("DROP TABLE pages_fts")
            writer._db.execute("BEGIN")
        for title, pageid, revid, stamp, text in read_pages(work):
            writer.add_page(DumpPage(title, pageid, revid, stamp, text))
        if kind == "sqlite-titles":
            writer._flush()
            writer._db.execute("INSERT INTO meta VALUES ('complete', 'yes')")
            writer._db.execute("COMMIT")
        else:
            writer.finish("bench-20240101-pages-articles.xml", "2024-01-01", DumpFormat.XML, "")
        writer.close()
        result["build_s"] = time.perf_counter() - started
        result["bytes"] = size_of(path)
        if kind == "sqlite-titles":
            from factcheck.dump.store import IndexReader

            db = IndexReader.__new__(IndexReader)  # the reader's query, without its meta check
            import sqlite3
            import threading

            db._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            db._lock = threading.Lock()
            result["ms"] = timed([lambda key=key: db.page(key) for key in keys])
        else:
            from factcheck.dump.index_source import IndexSource

            source = IndexSource(path)
            result["ms"], result["at1"], result["at3"] = searches(work, source.search)
    elif kind == "parquet":
        import bisect

        import pyarrow as pa
        import pyarrow.parquet as pq

        path = work / "titles.parquet"
        started = time.perf_counter()
        rows = sorted(read_pages(work))  # Parquet cannot be sorted as it streams: all in memory
        columns = list(zip(*rows, strict=True))
        names = ["title", "pageid", "revid", "timestamp", "text"]
        table = pa.table(dict(zip(names, columns, strict=True)))
        del rows, columns
        pq.write_table(table, path, row_group_size=1000, compression="zstd")
        del table
        result["build_s"] = time.perf_counter() - started
        result["bytes"] = size_of(path)
        parquet = pq.ParquetFile(path)
        meta = parquet.metadata
        lows = [meta.row_group(g).column(0).statistics.min for g in range(meta.num_row_groups)]

        def lookup(key: str) -> tuple | None:
            group = bisect.bisect_right(lows, key) - 1
            if group < 0:
                return None
            chunk = parquet.read_row_group(group).to_pydict()
            at = bisect.bisect_left(chunk["title"], key)
            if at < len(chunk["title"]) and chunk["title"][at] == key:
                return tuple(chunk[n][at] for n in names)
            return None

        result["ms"] = timed([lambda key=key: lookup(key) for key in keys])
    elif kind == "bm25s":
        import bm25s
        import Stemmer

        from factcheck.dump.records import normal_title

        path = work / "bm25s"
        stemmer = Stemmer.Stemmer("english")
        started = time.perf_counter()
        # bm25s holds the whole corpus' tokens in memory while it indexes.
        corpus = [f"{(row[0] + ' ') * 10}{row[4]}" for row in read_pages(work)]
        tokens = bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False)
        retriever = bm25s.BM25()
        retriever.index(tokens, show_progress=False)
        retriever.save(path)
        del corpus, tokens, retriever
        by_title = {normal_title(t): t for t in titles}
        (path / "titles.json").write_text(json.dumps(titles), encoding="utf-8")
        result["build_s"] = time.perf_counter() - started
        result["bytes"] = size_of(path)
        retriever = bm25s.BM25.load(path, mmap=True)
        order = json.loads((path / "titles.json").read_text(encoding="utf-8"))

        def search(query: str, limit: int) -> list[str]:
            found = [by_title[normal_title(query)]] if normal_title(query) in by_title else []
            words = bm25s.tokenize(
                [query], stopwords="en", stemmer=stemmer, show_progress=False, return_ids=False
            )
            if words and words[0]:
                ids, _scores = retriever.retrieve(
                    [words[0]], k=limit, show_progress=False, n_threads=1
                )
                found += [order[i] for i in ids[0] if order[i] not in found]
            return found[:limit]

        result["ms"], result["at1"], result["at3"] = searches(work, search)
    return result


def run_child(kind: str, work: Path) -> tuple[dict[str, object], float]:
    command = [sys.executable, __file__, "--child", kind, "--work", str(work)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    out = process.stdout.read() if process.stdout else ""
    _pid, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{kind}: failed")
    return json.loads(out), usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--stores", default=",".join(KINDS[1:]))
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.work)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="store-bench-"))
    try:
        started = time.perf_counter()
        prepare(work, args.articles, args.queries, args.seed)
        print(
            f"{args.articles:,} articles ({size_of(work / 'pages.jsonl') / 1e6:.1f} MB of plain "
            f"text as JSON lines), {args.queries:,} queries, made in "
            f"{time.perf_counter() - started:.1f} s",
            flush=True,
        )
        _result, floor = run_child("baseline", work)
        print(f"baseline (read the pages, nothing else): peak {floor:.0f} MiB", flush=True)
        for kind in [k.strip() for k in args.stores.split(",") if k.strip()]:
            result, peak = run_child(kind, work)
            ms = sorted(result["ms"])  # type: ignore[arg-type]
            size = int(result["bytes"])  # type: ignore[call-overload]
            line = (
                f"{kind:14} build {result['build_s']:6.1f} s  size {size / 1e6:7.1f} MB "
                f"({size / args.articles:6,.0f} B/article)  latency median "
                f"{statistics.median(ms):6.2f} ms, p95 {ms[int(len(ms) * 0.95)]:6.2f} ms  "
                f"peak {peak:5.0f} MiB (+{peak - floor:.0f})"
            )
            if "at1" in result:
                line += f"  right at 1: {result['at1']:.3f}, at 3: {result['at3']:.3f}"
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
