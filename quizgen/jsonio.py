"""The JSON quiz format: one versioned document per article, validated by a shipped JSON Schema.

``loads(dumps(quiz)) == quiz`` for every quiz. Keys are sorted and the text is UTF-8, so the same
quiz always gives the same bytes.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from quizgen.errors import QuizFormatError
from quizgen.model import Article, Item, Paragraph, Quiz, Source

__all__ = ["FORMAT", "FORMAT_VERSION", "dumps", "from_dict", "loads", "schema", "to_dict"]

FORMAT = "quizgen.quiz"
FORMAT_VERSION = 1


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of the quiz format."""
    text = resources.files("quizgen").joinpath("schema/quiz.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def to_dict(quiz: Quiz) -> dict[str, Any]:
    """The quiz as plain JSON data."""
    article = quiz.article
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "generator": quiz.generator,
        "article": {
            "key": article.key,
            "title": article.title,
            "source": article.source,
            "date": article.date,
            "language": article.language,
            "text": article.text,
            "paragraphs": [[p.start, p.end] for p in article.paragraphs],
        },
        "items": [_item_to_dict(item) for item in quiz.items],
    }


def _item_to_dict(item: Item) -> dict[str, Any]:
    source = item.source
    return {
        "id": item.id,
        "kind": item.kind,
        "question": item.question,
        "answer": item.answer,
        "answer_type": item.answer_type,
        "alternatives": list(item.alternatives),
        "choices": list(item.choices),
        "tags": list(item.tags),
        "source": {
            "sentence": source.sentence,
            "start": source.start,
            "end": source.end,
            "answer_start": source.answer_start,
            "answer_end": source.answer_end,
        },
    }


def dumps(quiz: Quiz) -> str:
    """The quiz as JSON text (sorted keys, two-space indent, trailing newline)."""
    return json.dumps(to_dict(quiz), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def from_dict(data: Any) -> Quiz:
    """Rebuild a quiz from JSON data, after checking it against the schema."""
    import jsonschema

    if isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] > FORMAT_VERSION:
        raise QuizFormatError(
            f"the quiz is in format version {data['version']}, newer than this quizgen reads "
            f"({FORMAT_VERSION}); upgrade quizgen"
        )
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        raise QuizFormatError(f"the quiz does not follow the quizgen format at {path}: {error.message}")
    article_data = data["article"]
    article = Article(
        title=article_data["title"],
        text=article_data["text"],
        paragraphs=[Paragraph(start, end) for start, end in article_data["paragraphs"]],
        source=article_data["source"],
        date=article_data["date"],
        language=article_data["language"],
    )
    items = [
        Item(
            id=i["id"],
            kind=i["kind"],
            question=i["question"],
            answer=i["answer"],
            answer_type=i["answer_type"],
            source=Source(**i["source"]),
            alternatives=i["alternatives"],
            choices=i["choices"],
            tags=i["tags"],
        )
        for i in data["items"]
    ]
    return Quiz(article=article, items=items, generator=data["generator"])


def loads(text: str | bytes) -> Quiz:
    """Parse a JSON quiz."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise QuizFormatError(f"the quiz is not valid JSON: {exc}") from exc
    return from_dict(data)
