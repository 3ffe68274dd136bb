"""True/false: a fact's clean statement, or the same statement with its answer swapped for a distractor.

The true statement is the fact's own declarative sentence (short ones only: not a copy of a long
sentence with clauses, nor one that ends in a cut-off tail), without the connectives that lean on
the sentence before it ("subsequently", "however"). The false one changes exactly one thing, the
answer, to a same-type figure or date that ``quizgen.choices`` found and checked is not also true in
the article. Names are never swapped: a statement with another person, place or organisation put in
is false only because the article does not say it, and readers found it absurd more often than not
("Boston suffered a major setback" of a Carolina team; "the Census Bureau decided that Fresno would
only have UHF stations"). Quotations are never altered. Only a fact about a figure or a date makes
a true/false item, true or false: a true statement about anything else is guessed as true. True and
false alternate, the article's id drawing which comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quizgen.choices import Pool, clean_statement, find_distractors
from quizgen.generate import item_id
from quizgen.model import Fact, Item, stable_hash

__all__ = [
    "MAX_WORDS",
    "SWAPPABLE",
    "TF_CHOICES",
    "clean_statement",
    "false_statement",
    "pick_true_false",
    "statement_ok",
    "true_false_item",
]

TF_CHOICES = ("True", "False")
MAX_WORDS = 22
MIN_WORDS = 6  # "Tesla worked in Pittsburgh." states too little to test
_PERFECT_WITH_YEAR = re.compile(r"\b(?:in|on)\s+(?:1[6-9]|20)\d\d\b.*\b(?:has|have)\s+\w+(?:ed|en)\b", re.IGNORECASE)
SWAPPABLE = ("number", "quantity", "money", "percent", "date")


def statement_ok(fact: Fact) -> bool:
    """Whether ``fact``'s statement is short and clean enough to stand as a true/false statement."""
    words = len(fact.statement.split())
    if fact.answer_type not in SWAPPABLE:
        return False  # a true statement must be one a false twin could stand beside, or it is guessed
    if not MIN_WORDS <= words <= MAX_WORDS or not fact.statement.endswith((".", '."', ".\u201d")):
        return False
    if fact.statement.count('"') % 2 or "..." in fact.statement:
        return False
    tail = fact.statement.rsplit(",", 1)[1] if "," in fact.statement else ""
    if tail and len(tail.split()) <= 3 and '"' not in tail:
        return False  # a cut-off tail (", in 2007.")
    if _PERFECT_WITH_YEAR.search(fact.statement):
        return False  # "In 2012 the discipline has changed": a dated present perfect reads as an error
    if fact.relation == "cloze":
        return words <= 16 and "," not in fact.statement
    return True


def false_statement(fact: Fact, distractor: str) -> str | None:
    """The statement with its answer replaced by ``distractor``, or None when that might not read well."""
    start, end = fact.statement_answer
    if fact.answer_type not in SWAPPABLE or re.search(r"[\"\u201c\u201d]", fact.statement):
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
        question=clean_statement(statement if statement is not None else fact.statement),
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
    swapped: dict[int, str] = {}
    for index in eligible:
        fact = facts[index]
        found = find_distractors(
            fact,
            pool,
            seed=item_id(article_key, "true_false", fact),
            count=3,
            in_statement=True,
            article_names_only=True,
        )
        options = [o for o in found.options if _changes_the_year(fact.answer, o)]
        statement = false_statement(fact, options[0]) if options else None
        if statement is not None:
            swapped[index] = statement
    # which comes first, true or false, is the article's draw: a deck of one-true/false quizzes
    # must not teach that the answer is always "False"
    parity = int(stable_hash(article_key), 16) % 2 if swapped else 0
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


def _changes_the_year(answer: str, option: str) -> bool:
    """A false date must move the year to another decade, not the month, the day or a digit ("August
    1958" for "September 1958", "1538" for "1530" test a detail); values with no year qualify as they are."""
    years = {int(y) for y in re.findall(r"\b\d{3,4}\b", answer)}
    others = {int(y) for y in re.findall(r"\b\d{3,4}\b", option)}
    if not years:
        return True
    return bool(others) and all(y // 10 != o // 10 and abs(y - o) >= 5 for y in years for o in others)
