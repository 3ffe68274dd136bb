"""The JSON quiz format: one versioned document per article, validated by a shipped JSON Schema.

``loads(dumps(quiz)) == quiz`` for every quiz. Keys are sorted and the text is UTF-8, so the same
quiz always gives the same bytes.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
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
            "paragraphs": [_paragraph_to_list(p) for p in article.paragraphs],
        },
        "items": [_item_to_dict(item) for item in quiz.items],
    }


def _paragraph_to_list(paragraph: Paragraph) -> list[int | str]:
    if paragraph.speaker is None:
        return [paragraph.start, paragraph.end]
    return [paragraph.start, paragraph.end, paragraph.speaker]


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
    """Rebuild a quiz from JSON data, after checking it against the schema.

    Raises ``QuizFormatError`` naming the JSON path of the first problem (``$.items[3].kind``).
    """
    import jsonschema

    if isinstance(data, dict):
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise QuizFormatError(
                f"the quiz is in format version {version}, newer than the version {FORMAT_VERSION} "
                "this quizgen reads; upgrade quizgen"
            )
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        error = errors[0]
        raise QuizFormatError(
            f"the quiz does not follow the quizgen format at {_json_path(error.absolute_path)}: "
            f"{_describe(error)}; fix that value or rebuild the quiz with `quizgen build`"
        )
    article_data = data["article"]
    try:
        article = Article(
            title=article_data["title"],
            text=article_data["text"],
            paragraphs=[Paragraph(*p) for p in article_data["paragraphs"]],
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
    except (TypeError, ValueError) as exc:
        raise QuizFormatError(f"the quiz holds a value quizgen cannot use: {exc}") from exc
    return Quiz(article=article, items=items, generator=data["generator"])


def _json_path(parts: Iterable[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    type(None): "null",
}


def _describe(error: Any) -> str:
    """A short message for a schema error (jsonschema's own repeats the whole offending value)."""
    if error.validator == "type":
        found = _JSON_TYPES.get(type(error.instance), type(error.instance).__name__)
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return f"expected {expected}, found {found}"
    message = str(error.message)
    return message if len(message) <= 160 else message[:157] + "..."


def loads(text: str | bytes) -> Quiz:
    """Parse a JSON quiz."""
    if isinstance(text, str):
        text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizFormatError(
            f"the quiz is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}; "
            "fix the file or rebuild it with `quizgen build`"
        ) from exc
    except UnicodeDecodeError as exc:
        raise QuizFormatError(
            f"the quiz is not valid JSON: it is not UTF-8 text (bad byte at offset {exc.start:,})"
        ) from exc
    except RecursionError as exc:
        raise QuizFormatError("the quiz is not valid quizgen JSON: its values are nested too deeply") from exc
    return from_dict(data)
