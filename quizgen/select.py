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
# On encyclopedia articles readers kept 72% of the five best-ranked items, 63% of the next five, 48%
# of ranks 10-14 and 28% of ranks 15-19: past a dozen, more items mostly add trivia
MIN_ITEMS, MAX_ITEMS = 5, 12
MAX_PER_SENTENCE = 2
# Encyclopedia items scoring under 0.45 were kept by readers 17% of the time, against 55% above:
# they fill a quiz only up to MIN_ITEMS.
MIN_SCORE = 0.45
# a quiz whose answer is "Montalvo" three times gives itself away; a figure or date asked twice ("eight
# comb rows", "eight rows of combs") is most often one fact told twice, and is asked once; so is a place
# ("Where did Tesla move ...?", "Which city did Tesla leave ...?" both "Colorado Springs")
MAX_PER_ANSWER = 2
# a quiz of acronym expansions tests a glossary, not the article
MAX_PER_TYPE = {"expansion": 2}
# definitions are what lecture notes teach, but a quiz of them only is a glossary: a third at most
DEFINITION_SHARE = 3
# figures are the items readers most often call trivia (a third kept on encyclopedia articles):
# at most a quarter of a quiz, and never fewer than three
FIGURES = frozenset(["number", "quantity", "percent", "money"])
MIN_FIGURES, FIGURE_SHARE = 3, 4
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
    """How many items to keep by default: one per 35 words of the article, between 5 and 12."""
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
    """Return up to ``max_items`` facts, best first chosen, returned in article order; and the rest.

    A second item with the same answer from the same sentence (another clause: "Trump has criticized
    ... and suggested ...") is held back and used only if the quiz still has room at the end; a fact
    scoring under ``MIN_SCORE`` is used only while the quiz has fewer than ``MIN_ITEMS``.
    """
    order = sorted(range(len(facts)), key=lambda i: (-rank(facts[i]), i))
    kept: list[int] = []
    dropped: list[Dropped] = []
    held: list[int] = []
    per_sentence: Counter[int] = Counter()
    per_answer: Counter[str] = Counter()
    per_type: Counter[str] = Counter()
    seen_questions: set[str] = set()
    seen_answers: set[tuple[int, str]] = set()
    seen_facts: set[tuple[int, str, str]] = set()

    def why_not(fact: Fact, question: str) -> str | None:
        if (fact.source.start, _norm(fact.answer), _norm(fact.statement)) in seen_facts:
            return "the same fact is already asked"
        if question in seen_questions:
            return "the same question is already asked"
        if per_sentence[fact.source.start] >= MAX_PER_SENTENCE:
            return f"already {MAX_PER_SENTENCE} items from this sentence"
        limit = 1 if fact.answer_type in FIGURES | {"date", "place"} else MAX_PER_ANSWER
        if per_answer[_answer_key(fact)] >= limit:
            return (
                "the same figure or date is already asked"
                if limit == 1
                else f"the same answer is already asked {limit} times"
            )
        limit = max(2, max_items // DEFINITION_SHARE) if fact.answer_type == "definition" else max_items
        if per_type[fact.answer_type] >= MAX_PER_TYPE.get(fact.answer_type, limit):
            return f"already {per_type[fact.answer_type]} items of type {fact.answer_type}"
        figures = sum(per_type[t] for t in FIGURES)
        if fact.answer_type in FIGURES and figures >= max(MIN_FIGURES, max_items // FIGURE_SHARE):
            return f"already {figures} figures in the quiz"
        if any(_mentions(facts[k], fact) or _mentions(fact, facts[k]) for k in kept):
            return "already given away by another item's question"
        if fact.answer_type == "expansion" and any(
            facts[k].answer_type == "expansion" and _overlap(facts[k].answer, fact.answer) for k in kept
        ):
            return "already asked: one expansion holds the other ('National Science Foundation (Network)')"
        if len(kept) >= max_items:
            return f"below the best {max_items} items"
        return None

    weak = {i for i in order if rank(facts[i]) < MIN_SCORE}
    stages = {"strong": [i for i in order if i not in weak], "held": held, "weak": [i for i in order if i in weak]}
    for stage, indices in stages.items():  # "held" fills while "strong" runs
        for i in indices:
            fact = facts[i]
            question = _norm(fact.question or fact.statement)
            second = (fact.source.start, _norm(fact.answer)) in seen_answers
            if stage == "strong" and second:
                held.append(i)
                continue
            reason = why_not(fact, question)
            if reason is None and stage == "weak" and second:
                reason = "a weak second item on an answer of the same sentence"
            elif reason is None and stage == "weak" and len(kept) >= MIN_ITEMS:
                reason = f"a weak candidate (score {rank(fact):.2f}), used only to reach {MIN_ITEMS} items"
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
            seen_answers.add((fact.source.start, _norm(fact.answer)))
            seen_facts.add((fact.source.start, _norm(fact.answer), _norm(fact.statement)))
            seen_questions.add(question)
            per_sentence[fact.source.start] += 1
            per_answer[_answer_key(fact)] += 1
            per_type[fact.answer_type] += 1
    return [attrs.evolve(facts[i], score=rank(facts[i])) for i in sorted(kept)], dropped


def _overlap(first: str, second: str) -> bool:
    a, b = _norm(first), _norm(second)
    return bool(a and b) and (re.search(rf"\b{re.escape(a)}\b", b) or re.search(rf"\b{re.escape(b)}\b", a)) is not None


def _answer_key(fact: Fact) -> str:
    """What makes two answers the same: a person by surname ("Daniel Montalvo" is "Montalvo")."""
    key = _norm(fact.answer)
    return key.split()[-1] if fact.answer_type == "person" and key else key


def _mentions(asker: Fact, answered: Fact) -> bool:
    """Whether ``asker``'s question (or cloze statement) shows ``answered``'s answer."""
    shown = _norm(
        asker.question or asker.statement[: asker.statement_answer[0]] + asker.statement[asker.statement_answer[1] :]
    )
    answer = _norm(answered.answer)
    return bool(answer) and re.search(rf"\b{re.escape(answer)}\b", shown) is not None
