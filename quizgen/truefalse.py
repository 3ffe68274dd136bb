"""True/false: a fact's clean statement, or the same statement with its answer swapped for a distractor.

The true statement is the fact's own declarative sentence (short ones only: not a copy of a long
sentence with clauses). The false one changes exactly one thing, the answer, to a same-type value
that ``quizgen.choices`` found and checked is not also true in the article; a swap that could break
agreement (a person's name before "his" or "her") is not made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quizgen.choices import Pool, find_distractors
from quizgen.generate import item_id
from quizgen.model import Fact, Item, stable_hash

__all__ = ["MAX_WORDS", "TF_CHOICES", "false_statement", "pick_true_false", "statement_ok", "true_false_item"]

TF_CHOICES = ("True", "False")
MAX_WORDS = 22
_PRONOUNS = re.compile(r"\b(he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)


def statement_ok(fact: Fact) -> bool:
    """Whether ``fact``'s statement is short and clean enough to stand as a true/false statement."""
    words = len(fact.statement.split())
    if words > MAX_WORDS or not fact.statement.endswith((".", '."', ".\u201d")):
        return False
    if fact.statement.count('"') % 2 or "..." in fact.statement:
        return False
    if fact.relation == "cloze":
        return words <= 16 and "," not in fact.statement
    return True


def false_statement(fact: Fact, distractor: str) -> str | None:
    """The statement with its answer replaced by ``distractor``, or None when that might not read well."""
    start, end = fact.statement_answer
    if fact.answer_type == "person" and _PRONOUNS.search(fact.statement):
        return None
    if start == 0:
        distractor = distractor[:1].upper() + distractor[1:]
    return fact.statement[:start] + distractor + fact.statement[end:]


def true_false_item(fact: Fact, *, article_key: str, statement: str | None = None) -> Item:
    """A true/false item about ``fact``: true for its own statement, false for a swapped ``statement``."""
    is_false = statement is not None and statement != fact.statement
    return Item(
        id=item_id(article_key, "true_false", fact),
        kind="true_false",
        question=statement if statement is not None else fact.statement,
        answer="False" if is_false else "True",
        answer_type="boolean",
        source=attrs.evolve(fact.source, answer_start=None, answer_end=None),
        choices=TF_CHOICES,
        tags=(f"type::{fact.answer_type}", f"relation::{fact.relation}", f"truth::{str(not is_false).lower()}"),
    )


def pick_true_false(facts: Sequence[Fact], pool: Pool, *, article_key: str, every: int = 6) -> dict[int, Item]:
    """True/false items for about one fact in ``every``, spread over the article, true and false in turn.

    Returns {index in ``facts``: item}. Only facts with a clean statement that no other fact shares a
    sentence with are used (a true statement would give another item's answer away).
    """
    count = len(facts) // every
    per_sentence: dict[int, int] = {}
    for fact in facts:
        per_sentence[fact.source.start] = per_sentence.get(fact.source.start, 0) + 1
    eligible = [i for i, f in enumerate(facts) if statement_ok(f) and per_sentence[f.source.start] == 1]
    count = min(count, len(eligible))
    if count == 0:
        return {}
    parity = int(stable_hash("truth", article_key), 16) % 2
    swapped: dict[int, str] = {}
    for index in eligible:
        fact = facts[index]
        found = find_distractors(fact, pool, seed=item_id(article_key, "true_false", fact), count=1, in_statement=True)
        statement = false_statement(fact, found.options[0]) if found.options else None
        if statement is not None:
            swapped[index] = statement
    out: dict[int, Item] = {}
    for k in range(count):
        want_false = (k + parity) % 2 == 1
        target = (k + 0.5) * len(eligible) / count
        free = [i for i in eligible if i not in out and (i in swapped or not want_false)]
        if not free:
            free = [i for i in eligible if i not in out]
        index = min(free, key=lambda i: (abs(eligible.index(i) - target), i))
        statement = swapped.get(index) if want_false else None
        out[index] = true_false_item(facts[index], article_key=article_key, statement=statement)
    return dict(sorted(out.items()))
