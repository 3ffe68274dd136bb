"""Property tests: whatever goes in, quizgen returns a value or raises a QuizgenError, nothing else."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quizgen
from quizgen import QuizFormatError, QuizgenError, jsonio
from quizgen.ingest import decode, ingest_text, read_article

_SENTENCE_PARTS = (
    "the a of in on at by was is has said President Joe Biden Ukraine Russia Paris France 1990 300 "
    "kilometers $5 million NATO (ATACMS) approved visited born capital company founded Monday October "
    "Dr. Smith \u201cquoted\u201d it he this <p> </p> <script> # * \u00e9 \u4e2d \u0416 . , ;"
)
WORDS = [*_SENTENCE_PARTS.split(" "), "\n", "\r\n", "\t", "\n\n"]

article_like = st.lists(st.sampled_from(WORDS), min_size=0, max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), article_like)
binaryish = st.one_of(
    st.binary(max_size=600),
    st.tuples(
        st.sampled_from([b"", b"%PDF", b"\xff\xfe", b"\xef\xbb\xbf", b"PK\x03\x04"]), st.binary(max_size=200)
    ).map(b"".join),
    any_text.flatmap(
        lambda t: st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]).map(
            lambda codec: t.encode(codec, errors="replace")
        )
    ),
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(data=binaryish)
def test_decode_returns_text_or_raises_a_quizgen_error(data: bytes) -> None:
    try:
        text = decode(data)
    except QuizgenError:
        return
    assert isinstance(text, str) and "\r" not in text


@FAST
@given(text=any_text, fmt=st.sampled_from([None, "text", "markdown", "html"]))
def test_ingest_returns_an_article_or_raises_a_quizgen_error(text: str, fmt: str | None) -> None:
    try:
        article = ingest_text(text, fmt=fmt)
    except QuizgenError:
        return
    assert article.text.strip()
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(article.text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=binaryish, suffix=st.sampled_from([".txt", ".md", ".html", ""]))
def test_read_article_returns_an_article_or_raises_a_quizgen_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    with contextlib.suppress(QuizgenError):
        read_article(path, max_chars=500)


@SLOW
@given(text=any_text)
def test_whole_pipeline_returns_a_quiz_or_raises_a_quizgen_error(text: str) -> None:
    try:
        quiz = quizgen.generate(text, max_items=5)
    except QuizgenError:
        return
    assert isinstance(quiz, quizgen.Quiz)
    assert jsonio.loads(jsonio.dumps(quiz)) == quiz


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@FAST
@given(value=json_values)
def test_loader_refuses_arbitrary_json_with_a_quiz_format_error(value: Any) -> None:
    with pytest.raises(QuizFormatError):
        jsonio.loads(json.dumps(value))


@FAST
@given(text=st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_loader_refuses_arbitrary_text_with_a_quiz_format_error(text: str | bytes) -> None:
    with pytest.raises(QuizFormatError):
        jsonio.loads(text)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@FAST
@given(data=st.data())
def test_loader_on_a_damaged_quiz_returns_a_quiz_or_raises_a_quiz_format_error(
    flagship_json: dict[str, Any], data: st.DataObject
) -> None:
    document = json.loads(json.dumps(flagship_json))
    path = data.draw(st.sampled_from(_paths(document)[1:]))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()):
        parent[path[-1]] = data.draw(json_values)
    elif isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent.pop(path[-1])
    try:
        jsonio.loads(json.dumps(document))
    except QuizFormatError as exc:
        assert str(exc).startswith("the quiz")


@pytest.fixture(scope="module")
def flagship_json() -> dict[str, Any]:
    from .conftest import ROOT

    value: dict[str, Any] = json.loads((ROOT / "decks" / "atacms-ukraine.json").read_text("utf-8"))
    return value
