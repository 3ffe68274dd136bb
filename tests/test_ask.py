"""quizgen.ask: the question whose answer is a given span of a given context."""

from __future__ import annotations

import pytest

import quizgen
from quizgen.ask import answer_spans, article_from_context, token_f1

AUSTEN = "Jane Austen published Emma in 1815. In 1809, Jane Austen moved to Chawton in Hampshire."
PENICILLIN = (
    "Alexander Fleming discovered penicillin in 1928 in London. Howard Florey purified penicillin in 1941 in London."
)
BLUE_TRAIN = "The  \u201cBlue  Train\u201d left Paris   in 1922 for the Riviera."
FLEMING = "Alexander Fleming discovered penicillin in 1928 in London."


@pytest.mark.parametrize(
    ("context", "answer", "expected"),
    [
        (FLEMING, "Alexander Fleming", "Who discovered penicillin in 1928 in London?"),
        (FLEMING, "1928", "When did Alexander Fleming discover penicillin in London?"),
        (FLEMING, "London", "Where did Alexander Fleming discover penicillin in 1928?"),
        (
            "Kofi Annan, the former Secretary-General of the United Nations, was born in Ghana.",
            "Ghana",
            "Where was Kofi Annan born?",
        ),
        (PENICILLIN, "Howard Florey", "Who purified penicillin in 1941 in London?"),
    ],
)
def test_ask_returns_the_question_whose_answer_is_the_span(context: str, answer: str, expected: str) -> None:
    assert quizgen.ask(context, answer) == expected


@pytest.mark.parametrize(
    ("occurrence", "expected"),
    [
        (0, "Where did Alexander Fleming discover penicillin in 1928?"),
        (1, "Where did Howard Florey purify penicillin in 1941?"),
    ],
)
def test_answer_start_picks_the_occurrence_of_a_repeated_answer(occurrence: int, expected: str) -> None:
    start = [i for i in range(len(PENICILLIN)) if PENICILLIN.startswith("London", i)][occurrence]
    assert quizgen.ask(PENICILLIN, "London", answer_start=start) == expected


def test_answer_start_survives_whitespace_and_quote_normalisation() -> None:
    start = BLUE_TRAIN.index("1922")
    expected = 'When did the "Blue Train" leave Paris for the Riviera?'
    assert quizgen.ask(BLUE_TRAIN, "1922", answer_start=start) == expected


def test_a_partial_answer_gets_the_question_of_the_overlapping_fact() -> None:
    assert quizgen.ask(FLEMING, "Fleming") == "Who discovered penicillin in 1928 in London?"


@pytest.mark.parametrize(
    ("context", "answer"),
    [
        ("He said it was important.", "He"),
        (FLEMING, "discovered"),
        ("Ada Lovelace wrote the first published algorithm in 1843.", "published algorithm"),
        ("The Nile is the longest river in Africa.\n\nThe Amazon carries more water than any other river.", "Amazon"),
    ],
)
def test_ask_returns_none_when_no_good_question_has_that_answer(context: str, answer: str) -> None:
    assert quizgen.ask(context, answer) is None


def test_a_short_first_line_stays_body_text_not_a_headline() -> None:
    article = article_from_context("Short Title\n" + FLEMING)
    assert article.title == ""
    assert article.text.startswith("Short Title")


def test_spans_map_context_offsets_to_article_offsets() -> None:
    article = article_from_context(BLUE_TRAIN)
    spans = answer_spans(BLUE_TRAIN, article, "\u201cBlue  Train\u201d", answer_start=BLUE_TRAIN.index("\u201c"))
    assert [article.text[start:end] for start, end in spans] == ['"Blue Train"']


@pytest.mark.parametrize(
    ("answer", "answer_start"),
    [("", None), ("   ", None), ("Marie Curie", None), ("1928", 0), ("1928", 10_000)],
)
def test_an_answer_that_is_not_in_the_context_is_a_usage_error(answer: str, answer_start: int | None) -> None:
    with pytest.raises(quizgen.UsageError):
        quizgen.ask(FLEMING, answer, answer_start=answer_start)


def test_every_extracted_question_is_found_again_from_its_answer_span() -> None:
    context = f"{PENICILLIN} {AUSTEN}"
    article = article_from_context(context)
    facts, _ = quizgen.extract(article, quizgen.analyse(article))
    asked = [f for f in facts if f.question]
    assert asked
    for fact in asked:
        start = fact.source.answer_start
        assert start is not None
        same_span = {f.question for f in asked if f.source.answer_start == start and f.answer == fact.answer}
        assert quizgen.ask(context, fact.answer, answer_start=start) in same_span


@pytest.mark.parametrize(
    ("prediction", "reference", "expected"),
    [
        ("Denver Broncos", "the Denver Broncos", 1.0),
        ("Broncos", "Denver Broncos", 2 / 3),
        ("Carolina", "Denver Broncos", 0.0),
        ("", "Denver", 0.0),
    ],
)
def test_token_f1_is_squads_normalised_token_overlap(prediction: str, reference: str, expected: float) -> None:
    assert token_f1(prediction, reference) == pytest.approx(expected)


def test_ask_is_public() -> None:
    assert "ask" in quizgen.__all__
