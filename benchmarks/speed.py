"""Time each stage of quizgen on a set of articles and report medians and peak memory.

    python benchmarks/speed.py [FILE ...] [--repeat 5]

spaCy's analysis is the irreducible cost; the figure to watch is the ratio of everything after it
(extract, select, generate, choices, export) to the analysis itself.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

import quizgen
from quizgen import jsonio
from quizgen.analyse import analyse_many, load_pipeline
from quizgen.anki import apkg_bytes
from quizgen.extract import extract
from quizgen.pipeline import make_items
from quizgen.select import default_item_count, select_facts

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[ROOT / "decks" / "atacms-ukraine.txt"])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    load_pipeline()
    load_seconds = time.perf_counter() - started
    articles = [quizgen.read_article(f) for f in args.files]
    timings: dict[str, list[float]] = {"analyse": [], "extract+select": [], "items+choices": [], "export": []}
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        all_docs = analyse_many(articles)
        t1 = time.perf_counter()
        chosen = []
        for article, docs in zip(articles, all_docs, strict=True):
            facts, _ = extract(article, docs)
            chosen.append(select_facts(facts, max_items=default_item_count(article.text))[0])
        t2 = time.perf_counter()
        quizzes = [
            quizgen.Quiz(article=a, items=make_items(c, d, article_key=a.key)[0])
            for a, d, c in zip(articles, all_docs, chosen, strict=True)
        ]
        t3 = time.perf_counter()
        for quiz in quizzes:
            jsonio.dumps(quiz)
        apkg_bytes(quizzes)
        t4 = time.perf_counter()
        for key, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            timings[key].append(value)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} article(s), {words:,} words, {args.repeat} runs; pipeline load {load_seconds:.2f} s")
    analyse = statistics.median(timings["analyse"])
    for key, values in timings.items():
        median = statistics.median(values)
        print(f"  {key:15s} median {median * 1000:8.1f} ms   {median / analyse:6.2f} x analysis")
    after = sum(statistics.median(v) for k, v in timings.items() if k != "analyse")
    print(f"  after analysis  {after * 1000:8.1f} ms   {after / analyse:6.2f} x analysis")
    print(f"  peak memory     {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
