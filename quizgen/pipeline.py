"""The whole job: article -> analysis -> facts -> items -> quiz, with the rejected candidates kept."""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from collections.abc import Sequence

import attrs
from spacy.tokens import Doc

from quizgen import __version__
from quizgen.analyse import DEFAULT_PIPELINE, analyse_many
from quizgen.choices import article_pool, find_distractors, multiple_choice_item, option_positions
from quizgen.errors import NoFacts, UsageError
from quizgen.extract import extract
from quizgen.generate import generate_items, item_id
from quizgen.ingest import DEFAULT_MAX_CHARS, ingest_text, read_article
from quizgen.model import Article, Dropped, Fact, Item, Quiz, stable_hash
from quizgen.select import default_item_count, select_facts
from quizgen.truefalse import pick_true_false

__all__ = ["Explanation", "build_quizzes", "explain", "generate", "generate_file", "make_items"]

logger = logging.getLogger(__name__)


def _dropped(values: Sequence[Dropped]) -> tuple[Dropped, ...]:
    return tuple(values)


@attrs.frozen
class Explanation:
    """A quiz together with every candidate that was dropped, and why.

    ``fallbacks`` are the items that stayed short-answer or cloze because fewer than three good
    distractors were found (``reason`` "no_choices", the detail says what was missing or refused).
    """

    quiz: Quiz
    dropped: tuple[Dropped, ...] = attrs.field(converter=_dropped)
    fallbacks: tuple[Dropped, ...] = attrs.field(default=(), converter=_dropped)


def _check_max_items(max_items: int | None) -> None:
    if max_items is not None and max_items < 1:
        raise UsageError(f"max_items must be at least 1, not {max_items}")


def build_quizzes(
    articles: Sequence[Article], *, max_items: int | None = None, pipeline: str = DEFAULT_PIPELINE
) -> list[Explanation]:
    """Build a quiz for each article (analysed together in one spaCy stream)."""
    _check_max_items(max_items)
    results = []
    for article, docs in zip(articles, analyse_many(articles, pipeline=pipeline), strict=True):
        facts, rejected = extract(article, docs)
        limit = max_items if max_items is not None else default_item_count(article.text)
        chosen, ranked_out = select_facts(facts, max_items=limit)
        items, fallbacks = make_items(
            chosen, docs, article_key=article.key, article_date=article.date, article_title=article.title
        )
        quiz = Quiz(article=article, items=items, generator=f"quizgen {__version__}")
        results.append(Explanation(quiz=quiz, dropped=[*rejected, *ranked_out], fallbacks=fallbacks))
    return results


def make_items(
    facts: Sequence[Fact],
    docs: Sequence[Doc],
    *,
    article_key: str,
    article_date: str | None = None,
    article_title: str = "",
) -> tuple[list[Item], list[Dropped]]:
    """One item per fact, in order: true/false for about one in six, multiple choice where three
    good distractors exist, short answer or cloze otherwise (those are returned as fallbacks too).

    ``article_date`` (the dateline) keeps year options on the right side of the article's own date;
    ``article_title`` counts among what the article says is true.
    """
    dated = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", article_date or "")
    pool = article_pool(docs, year=int(dated.group(1)) if dated else None, title=article_title)
    true_false = pick_true_false(facts, pool, article_key=article_key)
    planned: list[Item | tuple[Fact, tuple[str, ...]]] = []
    fallbacks: list[Dropped] = []
    for index, fact in enumerate(facts):
        if index in true_false:
            planned.append(true_false[index])
            continue
        base = next(iter(generate_items([fact], article_key=article_key)))
        found = find_distractors(fact, pool, seed=base.id, in_statement=not fact.question)
        if found.complete:
            planned.append((fact, found.options))
            continue
        planned.append(base)
        fallbacks.append(
            Dropped(
                question=base.question, answer=base.answer, reason="no_choices", detail=found.reason, source=fact.source
            )
        )
        logger.debug("no multiple choice for %r: %s", base.question, found.reason)
    ids = [item_id(article_key, "multiple_choice", p[0]) for p in planned if isinstance(p, tuple)]
    positions = option_positions(ids)
    items = [
        p
        if isinstance(p, Item)
        else multiple_choice_item(
            p[0], p[1], article_key=article_key, position=positions[item_id(article_key, "multiple_choice", p[0])]
        )
        for p in planned
    ]
    return _unique_ids(items), fallbacks


def _unique_ids(items: list[Item]) -> list[Item]:
    """Give the second item of a kind on the same answer words (two clauses of one sentence) its own id."""
    seen: Counter[str] = Counter()
    out = []
    for item in items:
        seen[item.id] += 1
        if seen[item.id] > 1:
            item = attrs.evolve(item, id=stable_hash(item.id, str(seen[item.id])))
        out.append(item)
    return out


def explain(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    fmt: str | None = None,
    max_items: int | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    pipeline: str = DEFAULT_PIPELINE,
) -> Explanation:
    """Like ``generate``, but also return the dropped candidates with their reasons."""
    article = ingest_text(text, title=title, source=source, fmt=fmt, max_chars=max_chars)
    return build_quizzes([article], max_items=max_items, pipeline=pipeline)[0]


def generate(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    fmt: str | None = None,
    max_items: int | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    pipeline: str = DEFAULT_PIPELINE,
) -> Quiz:
    """Generate a quiz from article text (plain text, Markdown or HTML; the format is guessed)."""
    return explain(
        text, title=title, source=source, fmt=fmt, max_items=max_items, max_chars=max_chars, pipeline=pipeline
    ).quiz


def generate_file(
    path: str | os.PathLike[str],
    *,
    max_items: int | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    pipeline: str = DEFAULT_PIPELINE,
    require_items: bool = True,
) -> Explanation:
    """Generate a quiz (with explanations) from an article file."""
    article = read_article(path, max_chars=max_chars)
    result = build_quizzes([article], max_items=max_items, pipeline=pipeline)[0]
    if require_items and not result.quiz.items:
        raise NoFacts(
            f"{path}: no question passed the quality gates ({len(result.dropped)} candidates "
            "were dropped); quizgen needs an article with factual sentences about named "
            "people, places, organisations, dates or numbers, or that define the terms they teach"
        )
    return result
