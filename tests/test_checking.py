"""Answer checking, as tables of (answer, alternatives, response) -> outcome."""

from __future__ import annotations

import pytest

from quizgen.checking import check, normalise, parse_amount
from quizgen.model import Item, Source


def _item(
    answer: str,
    answer_type: str = "thing",
    *,
    alternatives: tuple[str, ...] = (),
    kind: str = "short_answer",
    question: str = "Question?",
    choices: tuple[str, ...] = (),
) -> Item:
    return Item(
        id="0123456789abcdef",
        kind=kind,
        question=question,
        answer=answer,
        answer_type=answer_type,
        source=Source(sentence=f"The sentence with {answer}.", start=0, end=20),
        alternatives=alternatives,
        choices=choices,
    )


RIGHT = [
    ("Joe Biden", "person", (), "joe biden", "exact"),
    ("Joe Biden", "person", (), "  JOE   BIDEN!! ", "exact"),
    ("Joe Biden", "person", (), "Biden", "surname"),
    ("Zelensky", "person", ("Volodymyr Zelensky",), "Volodymyr Zelensky", "alternative"),
    ("Élysée Palace", "place", (), "the elysee palace", "exact"),
    ("US", "place", (), "U.S.", "exact"),
    ("the Kremlin", "organisation", (), "Kremlin", "exact"),
    ("North Atlantic Treaty Organization", "organisation", (), "NATO", "acronym"),
    ("11,000", "number", (), "11000", "number"),
    ("11,000", "number", (), "eleven thousand", "number"),
    ("11,000", "number", (), "11 thousand", "number"),
    ("2,000", "number", ("2000",), "over 2,000", "number"),
    ("$55.5 billion", "money", (), "55.5 billion dollars", "number"),
    ("$55.5 billion", "money", (), "55,500,000,000", "number"),
    ("300 kilometers", "quantity", (), "300 km", "number"),
    ("300 kilometers", "quantity", (), "186 miles", "unit"),
    ("300 kilometers", "quantity", (), "300", "number"),
    ("25%", "percent", (), "25 percent", "number"),
    ("November 17", "date", (), "17 November", "date"),
]

ALMOST = [
    ("Joe Biden", "person", "Joe Bidne"),
    ("Serhiy Kuzan", "person", "Sergiy Kuzan"),
    ("Vladimir Putin", "person", "Vladmir Putin"),
    ("Army Tactical Missile Systems", "expansion", "Army Tactical Missile System"),
    ("Zelensky", "person", "Zelenskyy"),
]

WRONG = [
    ("Joe Biden", "person", "Hunter Biden", "different"),
    ("Joe Biden", "person", "Joe", "different"),
    ("Donald Trump", "person", "Donald Tusk", "different"),
    ("Vladimir Putin", "person", "Vladimir Zelensky", "different"),
    ("Putin", "person", "Rutin", "different"),
    ("Russia", "place", "Prussia", "different"),
    ("Iran", "place", "Iraq", "different place"),
    ("Ireland", "place", "Iceland", "different place"),
    ("Australia", "place", "Austria", "different place"),
    ("Army Tactical Missile Systems", "expansion", "ATMS", "different"),
    ("2,000", "number", "2,100", "different number"),
    ("2,000", "number", "two hundred", "different number"),
    ("2,000", "number", "many", "different"),
    ("$55.5 billion", "money", "55.5 billion euros", "different currency"),
    ("300 kilometers", "quantity", "190 miles", "different number"),
    ("300 kilometers", "quantity", "300 kilograms", "different unit"),
    ("Joe Biden", "person", "   ", "empty"),
]


@pytest.mark.parametrize(("answer", "answer_type", "alternatives", "response", "reason"), RIGHT)
def test_fair_answers_are_right(
    answer: str, answer_type: str, alternatives: tuple[str, ...], response: str, reason: str
) -> None:
    verdict = check(_item(answer, answer_type, alternatives=alternatives), response)
    assert (verdict.outcome, verdict.reason) == ("right", reason)


@pytest.mark.parametrize(("answer", "answer_type", "response"), ALMOST)
def test_small_typos_are_almost(answer: str, answer_type: str, response: str) -> None:
    assert check(_item(answer, answer_type), response).outcome == "almost"


@pytest.mark.parametrize(("answer", "answer_type", "response", "reason"), WRONG)
def test_different_answers_are_wrong(answer: str, answer_type: str, response: str, reason: str) -> None:
    verdict = check(_item(answer, answer_type), response)
    assert (verdict.outcome, verdict.reason) == ("wrong", reason)


def test_acronym_is_not_accepted_when_the_question_shows_it() -> None:
    item = _item("North Atlantic Treaty Organization", "organisation", question="What does NATO stand for?")
    assert check(item, "NATO").outcome == "wrong"


@pytest.mark.parametrize(
    ("response", "outcome"),
    [("b", "right"), ("B)", "right"), ("2", "right"), ("Kyiv", "right"), ("a", "wrong"), ("3", "wrong")],
)
def test_multiple_choice_by_letter_number_or_text(response: str, outcome: str) -> None:
    item = _item("Kyiv", "place", kind="multiple_choice", choices=("Lviv", "Kyiv", "Odesa"))
    assert check(item, response).outcome == outcome


@pytest.mark.parametrize(
    ("response", "outcome"),
    [("t", "right"), ("TRUE", "right"), ("y", "right"), ("yes", "right"), ("f", "wrong"), ("n", "wrong")],
)
def test_true_false_by_letter_or_word(response: str, outcome: str) -> None:
    item = _item("True", "boolean", kind="true_false", choices=("True", "False"))
    assert check(item, response).outcome == outcome


@pytest.mark.parametrize(
    ("text", "expected"), [("The  US!", "us"), ("Zelensky's", "zelensky"), ("a", "a"), ("Kraków", "krakow")]
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize("text", ["Joe Biden", "", "many", "a"])
def test_text_without_a_number_is_no_amount(text: str) -> None:
    assert parse_amount(text) is None


def test_a_metre_is_not_a_million() -> None:
    amount = parse_amount("300 m")
    assert amount is not None and (amount.value, amount.unit) == (300.0, "meter")
