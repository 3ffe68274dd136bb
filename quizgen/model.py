"""The data model: articles, facts, items and quizzes, as frozen attrs classes.

Offsets are character offsets into ``Article.text`` (the article body; the title is kept apart and is
never a fact source). Change a value with ``attrs.evolve``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

import attrs

__all__ = [
    "ANSWER_TYPES",
    "ITEM_KINDS",
    "Article",
    "Dropped",
    "Fact",
    "Item",
    "Paragraph",
    "Quiz",
    "Source",
    "slugify",
    "stable_hash",
]

ITEM_KINDS = ("short_answer", "cloze", "multiple_choice", "true_false")
ANSWER_TYPES = (
    "person",
    "organisation",
    "place",
    "date",
    "number",
    "quantity",
    "money",
    "percent",
    "acronym",
    "expansion",
    "role",
    "thing",
    "boolean",
)


def stable_hash(*parts: str, length: int = 16) -> str:
    """Return a hex digest of ``parts`` that is the same on every machine and run."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of ``text`` ("US Approves ATACMS" -> "us-approves-atacms")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _paragraphs(values: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(values)


def _items(values: Iterable[Item]) -> tuple[Item, ...]:
    return tuple(values)


def _pair(values: Iterable[int]) -> tuple[int, int]:
    start, end = values
    return (start, end)


@attrs.frozen
class Paragraph:
    """One paragraph of an article, by its character offsets into ``Article.text``.

    ``speaker`` names who says it when the article is an interview transcript ("Hill: ...").
    """

    start: int
    end: int
    speaker: str | None = None


@attrs.frozen
class Article:
    """An article ready for analysis: its title, body text and paragraph offsets."""

    title: str
    text: str
    paragraphs: tuple[Paragraph, ...] = attrs.field(converter=_paragraphs)
    source: str | None = None
    date: str | None = None
    language: str = "en"

    @property
    def key(self) -> str:
        """A stable identity for the article: its title's slug, or a hash of its text."""
        slug = slugify(self.title)[:60].strip("-")
        return slug or stable_hash(self.text[:2000], length=12)

    def paragraph_texts(self) -> list[str]:
        """Return the text of each paragraph."""
        return [self.text[p.start : p.end] for p in self.paragraphs]


@attrs.frozen
class Source:
    """Where an item comes from: its sentence, the sentence's offsets and the answer's offsets."""

    sentence: str
    start: int
    end: int
    answer_start: int | None = None
    answer_end: int | None = None


@attrs.frozen
class Fact:
    """One checkable statement of the article with the span that answers a question about it.

    ``question`` is the wh-question whose answer is ``answer``; ``statement`` is a clean declarative
    sentence holding the answer once, at ``statement_answer`` (start, end) offsets.
    """

    relation: str
    answer: str
    answer_type: str
    question: str
    statement: str
    statement_answer: tuple[int, int] = attrs.field(converter=_pair)
    source: Source
    alternatives: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    score: float = 0.0


@attrs.frozen
class Item:
    """One quiz item: a question a student answers, with its answer and its source."""

    id: str
    kind: str = attrs.field(validator=attrs.validators.in_(ITEM_KINDS))
    question: str
    answer: str
    answer_type: str
    source: Source
    alternatives: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    choices: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@attrs.frozen
class Dropped:
    """A candidate the quality gates rejected, and why (a Heilman & Smith category and a detail)."""

    question: str
    answer: str
    reason: str
    detail: str
    source: Source


@attrs.frozen
class Quiz:
    """The items generated from one article."""

    article: Article
    items: tuple[Item, ...] = attrs.field(converter=_items)
    generator: str = ""
