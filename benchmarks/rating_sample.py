"""Write a rating package for teachers: articles, the rubric, and a shuffled sample of items.

    python benchmarks/rating_sample.py OUT_DIR ARTICLE... [--per-article N] [--seed S]

OUT_DIR gets each article, ``RATING.md`` (from ``../shared`` beside the project when present) and
``items.jsonl``: one object per item (id, article, kind, question, answer, choices, sentence), shuffled,
as the rubric asks. Raters write ``ratings.jsonl`` beside it; ``--score`` then summarises their ratings.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from collections import Counter
from pathlib import Path

import quizgen

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = ROOT.parent / "shared" / "RATING.md"


def write_package(out: Path, articles: list[Path], *, per_article: int | None, seed: int) -> int:
    """Write the package; return the number of items in it."""
    out.mkdir(parents=True, exist_ok=True)
    if RUBRIC.exists():
        shutil.copy(RUBRIC, out / "RATING.md")
    rows = []
    for path in articles:
        items = list(quizgen.generate_file(path, require_items=False).quiz.items)
        shutil.copy(path, out / path.name)
        if per_article is not None:
            random.Random(seed).shuffle(items)
            items = items[:per_article]
        for item in items:
            row = {
                "id": f"{path.stem}:{item.id}",
                "article": path.name,
                "kind": item.kind,
                "question": item.question,
                "answer": item.answer,
                "sentence": item.source.sentence,
            }
            if item.choices:
                row["choices"] = list(item.choices)
            rows.append(row)
    random.Random(seed).shuffle(rows)
    (out / "items.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return len(rows)


def score(out: Path) -> str:
    """Acceptability overall, by kind and by deficiency, from ``ratings.jsonl`` beside ``items.jsonl``."""
    items = {json.loads(line)["id"]: json.loads(line) for line in (out / "items.jsonl").open(encoding="utf-8")}
    ratings = [json.loads(line) for line in (out / "ratings.jsonl").open(encoding="utf-8")]
    kept = [r for r in ratings if r["acceptable"]]
    lines = [f"acceptable: {len(kept)} / {len(ratings)} ({len(kept) / max(1, len(ratings)):.0%})"]
    kinds = Counter(items[r["id"]]["kind"] for r in ratings)
    for kind, total in sorted(kinds.items()):
        good = sum(1 for r in kept if items[r["id"]]["kind"] == kind)
        lines.append(f"  {kind:16s} {good} / {total}")
    faults = Counter(d for r in ratings for d in r["deficiencies"])
    lines.append("deficiencies: " + ", ".join(f"{d} {n}" for d, n in faults.most_common()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--per-article", type=int, default=None, help="a random sample of N items per article")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--score", action="store_true", help="summarise OUT/ratings.jsonl instead")
    args = parser.parse_args()
    if args.score:
        print(score(args.out))
    else:
        print(f"{write_package(args.out, args.articles, per_article=args.per_article, seed=args.seed)} items")


if __name__ == "__main__":
    main()
