"""Generate: turn facts into quiz items (short answer from the wh-question, cloze from the statement).

Item ids are hashes of what identifies an item (article key, kind, source sentence, answer offsets
within it), not of its wording, so a reworded question keeps its id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quizgen.model import Fact, Item, stable_hash

__all__ = ["BLANK", "generate_items", "item_id"]

BLANK = "_____"


def item_id(article_key: str, kind: str, fact: Fact) -> str:
    """The stable id of the item of ``kind`` about ``fact`` in the article ``article_key``."""
    source = fact.source
    start = (source.answer_start or 0) - source.start
    end = (source.answer_end or 0) - source.start
    return stable_hash(article_key, kind, source.sentence, f"{start}:{end}")


def generate_items(facts: Iterable[Fact], *, article_key: str) -> Iterator[Item]:
    """Yield a short-answer item for each fact with a question and a cloze item for each statement."""
    for fact in facts:
        tags = (f"type::{fact.answer_type}", f"relation::{fact.relation}")
        if fact.question:
            yield Item(
                id=item_id(article_key, "short_answer", fact),
                kind="short_answer",
                question=fact.question,
                answer=fact.answer,
                answer_type=fact.answer_type,
                source=fact.source,
                alternatives=fact.alternatives,
                tags=tags,
            )
        start, end = fact.statement_answer
        yield Item(
            id=item_id(article_key, "cloze", fact),
            kind="cloze",
            question=fact.statement[:start] + BLANK + fact.statement[end:],
            answer=fact.statement[start:end],
            answer_type=fact.answer_type,
            source=fact.source,
            alternatives=fact.alternatives,
            tags=tags,
        )
