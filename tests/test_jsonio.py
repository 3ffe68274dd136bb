"""The JSON quiz format: round trips, the schema, and the committed flagship quiz."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quizgen
from quizgen import QuizFormatError, jsonio
from quizgen.model import Article, Item, Paragraph, Quiz, Source

from .conftest import ROOT

_text = st.text(min_size=1, max_size=40)
_items = st.builds(
    Item,
    id=st.text("0123456789abcdef", min_size=16, max_size=16),
    kind=st.sampled_from(["short_answer", "cloze", "multiple_choice", "true_false"]),
    question=_text,
    answer=_text,
    answer_type=st.sampled_from(["person", "place", "number"]),
    source=st.builds(
        Source,
        sentence=st.text(max_size=80),
        start=st.integers(0, 10**6),
        end=st.integers(0, 10**6),
        answer_start=st.none() | st.integers(0, 10**6),
        answer_end=st.none() | st.integers(0, 10**6),
    ),
    alternatives=st.lists(_text, max_size=3),
    choices=st.lists(_text, max_size=4),
    tags=st.lists(_text, max_size=3),
)
_quizzes = st.builds(
    Quiz,
    article=st.builds(
        Article,
        title=st.text(max_size=30),
        text=st.text(max_size=200),
        paragraphs=st.lists(
            st.builds(Paragraph, st.integers(0, 500), st.integers(0, 500), st.none() | st.text(min_size=1)), max_size=3
        ),
        source=st.none() | _text,
        date=st.none() | _text,
        language=st.just("en"),
    ),
    items=st.lists(_items, max_size=4),
    generator=st.text(max_size=20),
)


@given(_quizzes)
def test_json_round_trips_exactly(quiz: Quiz) -> None:
    assert jsonio.loads(jsonio.dumps(quiz)) == quiz


def test_flagship_round_trips(flagship_quiz: quizgen.Quiz) -> None:
    assert jsonio.loads(jsonio.dumps(flagship_quiz)) == flagship_quiz


def test_committed_flagship_json_equals_a_fresh_build(flagship_quiz: quizgen.Quiz) -> None:
    committed = (ROOT / "decks" / "atacms-ukraine.json").read_text("utf-8")
    assert committed == jsonio.dumps(flagship_quiz), "rebuild with: quizgen build decks/atacms-ukraine.txt"


def test_committed_lecture_notes_json_equals_a_fresh_build() -> None:
    committed = (ROOT / "decks" / "the-cell.json").read_text("utf-8")
    fresh = quizgen.generate_file(ROOT / "decks" / "the-cell.txt").quiz
    assert committed == jsonio.dumps(fresh), "rebuild with: quizgen build decks/the-cell.txt"


def test_malformed_json_is_a_format_error() -> None:
    with pytest.raises(QuizFormatError, match="not valid JSON"):
        jsonio.loads("{not json")


def test_schema_violation_names_the_json_path(flagship_quiz: quizgen.Quiz) -> None:
    data = json.loads(jsonio.dumps(flagship_quiz))
    data["items"][1]["kind"] = "essay"
    with pytest.raises(QuizFormatError, match=r"\$\.items\[1\]\.kind"):
        jsonio.from_dict(data)


def test_newer_format_version_is_refused(flagship_quiz: quizgen.Quiz) -> None:
    data = json.loads(jsonio.dumps(flagship_quiz))
    data["version"] = 99
    with pytest.raises(QuizFormatError, match="upgrade quizgen"):
        jsonio.from_dict(data)
