"""Rank and select: keep the best facts, one item each, without near-duplicates, in article order."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from quizgen.model import Dropped, Fact

__all__ = ["default_item_count", "rank", "select_facts"]

WORDS_PER_ITEM = 35
ROLE_PENALTY = 0.3
MIN_ITEMS, MAX_ITEMS = 5, 20
MAX_PER_SENTENCE = 2
# a quiz of acronym expansions or definitions tests a glossary, not the article
MAX_PER_TYPE = {"expansion": 2, "definition": 2}
_TYPE_BONUS = {
    "person": 0.1,
    "number": 0.1,
    "money": 0.1,
    "date": 0.08,
    "quantity": 0.08,
    "percent": 0.08,
    "expansion": 0.1,
    "place": 0.05,
    "organisation": 0.05,
}


def default_item_count(text: str) -> int:
    """How many items to keep by default: one per 35 words of the article, between 5 and 20."""
    return max(MIN_ITEMS, min(MAX_ITEMS, round(len(text.split()) / WORDS_PER_ITEM)))


def rank(fact: Fact) -> float:
    """A fact's score: its extractor's confidence, its answer type, and a penalty for long questions.

    Roles ("Who is the head of ...?") rank last: teachers find a job title the least worth testing.
    """
    words = len((fact.question or fact.statement).split())
    role = ROLE_PENALTY if fact.relation == "role" else 0.0
    return fact.score + _TYPE_BONUS.get(fact.answer_type, 0.0) - 0.015 * max(0, words - 14) - role


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def select_facts(facts: Sequence[Fact], *, max_items: int) -> tuple[list[Fact], list[Dropped]]:
    """Return up to ``max_items`` facts, best first chosen, returned in article order; and the rest."""
    order = sorted(range(len(facts)), key=lambda i: (-rank(facts[i]), i))
    kept: list[int] = []
    dropped: list[Dropped] = []
    per_sentence: Counter[int] = Counter()
    per_answer: Counter[str] = Counter()
    per_type: Counter[str] = Counter()
    seen_questions: set[str] = set()
    seen_answers: set[tuple[int, str]] = set()
    for i in order:
        fact = facts[i]
        key = (fact.source.start, _norm(fact.answer))  # one sentence, one answer: a second item repeats it
        question = _norm(fact.question or fact.statement)
        reason = None
        if key in seen_answers:
            reason = "already an item with this answer from this sentence"
        elif question in seen_questions:
            reason = "the same question is already asked"
        elif per_sentence[fact.source.start] >= MAX_PER_SENTENCE:
            reason = f"already {MAX_PER_SENTENCE} items from this sentence"
        elif per_answer[_norm(fact.answer)] >= 3:
            reason = "the same answer is already asked three times"
        elif per_type[fact.answer_type] >= MAX_PER_TYPE.get(fact.answer_type, max_items):
            reason = f"already {per_type[fact.answer_type]} items of type {fact.answer_type}"
        elif any(_mentions(facts[k], fact) or _mentions(fact, facts[k]) for k in kept):
            reason = "already given away by another item's question"
        elif len(kept) >= max_items:
            reason = f"below the best {max_items} items"
        if reason:
            dropped.append(
                Dropped(
                    question=fact.question or fact.statement,
                    answer=fact.answer,
                    reason="duplicate" if "already" in reason else "ranked_out",
                    detail=reason,
                    source=fact.source,
                )
            )
            continue
        kept.append(i)
        seen_answers.add(key)
        seen_questions.add(question)
        per_sentence[fact.source.start] += 1
        per_answer[_norm(fact.answer)] += 1
        per_type[fact.answer_type] += 1
    return [attrs.evolve(facts[i], score=rank(facts[i])) for i in sorted(kept)], dropped


def _mentions(asker: Fact, answered: Fact) -> bool:
    """Whether ``asker``'s question (or cloze statement) shows ``answered``'s answer."""
    shown = _norm(
        asker.question or asker.statement[: asker.statement_answer[0]] + asker.statement[asker.statement_answer[1] :]
    )
    answer = _norm(answered.answer)
    return bool(answer) and re.search(rf"\b{re.escape(answer)}\b", shown) is not None
