"""True/false: a fact's clean statement, or the same statement with exactly one fact swapped."""

from __future__ import annotations

import re

import pytest

import quizgen
from quizgen.model import Fact, Source
from quizgen.pipeline import Explanation
from quizgen.truefalse import MAX_WORDS, clean_statement, false_statement, statement_ok, true_false_item


def fact(answer: str, answer_type: str, statement: str, relation: str = "subject") -> Fact:
    start = statement.index(answer)
    return Fact(
        relation=relation,
        answer=answer,
        answer_type=answer_type,
        question="Who?",
        statement=statement,
        statement_answer=(start, start + len(answer)),
        source=Source(
            sentence=statement, start=0, end=len(statement), answer_start=start, answer_end=start + len(answer)
        ),
    )


def tf_items(results: list[Explanation]):  # type: ignore[no-untyped-def]
    return [(r, i) for r in results for i in r.quiz.items if i.kind == "true_false"]


_HISTORY = (
    "Ferries of the North Sea\n\n"
    "The Harwich ferry opened in 1893. The Harwich ferry to Bergen carried 300 passengers. "
    "The Harwich ferry closed in 1950. "
    "The Hull ferry opened in 1965. The Hull ferry to Bergen carried 450 passengers. "
    "The Hull ferry closed in 2010. "
    "The Dover ferry opened in 1936. The Dover ferry to Bergen carried 520 passengers. "
    "The Dover ferry closed in 1996. "
    "The Plymouth ferry opened in 1973. The Plymouth ferry to Bergen carried 610 passengers. "
    "The Plymouth ferry closed in 2012. "
    "The Poole ferry opened in 1986. The Poole ferry to Bergen carried 700 passengers. "
    "The Poole ferry closed in 2004. "
    "The Fishguard ferry opened in 1906. The Fishguard ferry to Bergen carried 820 passengers. "
    "The Fishguard ferry closed in 1990."
)


def test_an_article_gives_true_and_false_items_in_turn() -> None:
    items = [i for i in quizgen.generate(_HISTORY, max_items=16).items if i.kind == "true_false"]
    assert len(items) >= 2
    assert {i.answer for i in items} == {"True", "False"}


def test_true_false_items_have_the_two_choices_and_a_real_sentence(choice_quizzes: list[Explanation]) -> None:
    for result, item in tf_items(choice_quizzes):
        assert item.choices == ("True", "False") and item.answer in item.choices
        text = result.quiz.article.text
        assert text[item.source.start : item.source.end] == item.source.sentence
        assert item.source.answer_start is None and item.source.answer_end is None


def test_statements_are_short_declaratives(choice_quizzes: list[Explanation]) -> None:
    for _, item in tf_items(choice_quizzes):
        assert len(item.question.split()) <= MAX_WORDS + 3
        assert item.question.endswith((".", '."')) and item.question[0].isupper()
        assert item.question.count('"') % 2 == 0


def test_a_quiz_has_a_modest_number_of_true_false_items(choice_quizzes: list[Explanation]) -> None:
    for result in choice_quizzes:
        count = sum(i.kind == "true_false" for i in result.quiz.items)
        assert count <= max(1, len(result.quiz.items) // 5)


def test_a_false_statement_is_not_a_sentence_of_the_article(choice_quizzes: list[Explanation]) -> None:
    for result, item in tf_items(choice_quizzes):
        if item.answer == "False":
            assert item.question.rstrip(".") not in result.quiz.article.text


def test_false_statement_swaps_exactly_the_answer() -> None:
    item = fact("70", "number", "The election elects 70 members of the Legislative Council.")
    assert false_statement(item, "100") == "The election elects 100 members of the Legislative Council."


def test_people_are_never_swapped() -> None:
    # Teacher review: "Vladimir Putin is the head of the Ukrainian Security and Cooperation Centre"
    # is absurd, and a swapped person is false only because the article does not say it.
    item = fact("Serhiy Kuzan", "person", "Serhiy Kuzan is the head of the Ukrainian Security and Cooperation Centre.")
    assert false_statement(item, "Vladimir Putin") is None


def test_quotations_are_never_altered() -> None:
    item = fact("300 kilometres", "quantity", 'He said, "the missiles fly 300 kilometres".')
    assert false_statement(item, "150 kilometres") is None


def test_a_property_of_a_place_is_not_swapped() -> None:
    item = fact("Myanmar", "place", "Myanmar is mainly Buddhist.")
    assert false_statement(item, "Thailand") is None


@pytest.mark.parametrize(
    ("answer", "answer_type", "statement", "other"),
    [
        ("Carolina", "place", "Carolina suffered a major setback in the NFC Championship Game.", "Boston"),
        ("Census Bureau", "organisation", "The Census Bureau reported Fresno's population in 1940.", "FCC"),
    ],
)
def test_places_and_organisations_are_never_swapped(answer: str, answer_type: str, statement: str, other: str) -> None:
    assert false_statement(fact(answer, answer_type, statement), other) is None


def test_a_statement_of_a_few_words_is_too_thin_for_true_false() -> None:
    assert not statement_ok(fact("Pittsburgh", "place", "Tesla worked in Pittsburgh."))


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Montalvo was subsequently motivated to search.", "Montalvo was motivated to search."),
        ("However, the court ruled in 2012.", "The court ruled in 2012."),
        ("The court, however, ruled in 2012.", "The court ruled in 2012."),
        ("Then the boat was turned away.", "The boat was turned away."),
        ("The boat went to Malaysia and then to Indonesia.", "The boat went to Malaysia and then to Indonesia."),
    ],
)
def test_connectives_that_lean_on_the_sentence_before_are_dropped(statement: str, expected: str) -> None:
    assert clean_statement(statement) == expected


def test_no_swap_of_a_person_before_a_pronoun() -> None:
    item = fact("Biden", "person", "Biden has aimed to accelerate aid ahead of his departure from office.")
    assert false_statement(item, "Putin") is None


def test_a_number_in_words_is_capitalised_at_the_start() -> None:
    item = fact("five", "number", "five hard drives were taken.")
    assert false_statement(item, "seven") == "Seven hard drives were taken."


@pytest.mark.parametrize(
    ("statement", "relation", "expected"),
    [
        ("In 2024 Trump suggested a reassessment of US involvement in the conflict.", "when", True),
        (
            "Russia has ramped up drone strikes, with reports indicating that over 2,000 attacks took place.",
            "cloze",
            False,
        ),
        ('Rathbun asserted that officials, "... plied the detective with a theory.', "subject", False),
        ("Serhiy Kuzan " + "said many things " * 8 + "yesterday.", "subject", False),
        ("The Andy Warhol Foundation made two donations to USI Art Collections, in 2007.", "subject", False),
        ("In 2012 the tax discipline has changed from the ICI system to the IMU system.", "subject", False),
    ],
)
def test_which_statements_can_stand_alone(statement: str, relation: str, expected: bool) -> None:
    answer = re.search(r"\b\d[\d,]*\b", statement)
    item = fact(answer.group() if answer else statement.split()[0], "date", statement, relation)
    assert statement_ok(item) is expected


def test_only_a_figure_or_a_date_makes_a_true_false_item() -> None:
    statement = "Russia has ramped up drone strikes across Ukraine in the autumn."
    assert not statement_ok(fact("Russia", "place", statement, "subject"))
    assert statement_ok(fact("2024", "date", "Russia has ramped up drone strikes across Ukraine in 2024.", "when"))


def test_true_and_false_items_share_an_id_but_not_with_other_kinds() -> None:
    item = fact("Trump", "person", "Trump has suggested a reassessment of US involvement in the conflict.")
    true = true_false_item(item, article_key="a")
    false = true_false_item(item, article_key="a", statement="Putin has suggested a reassessment of US involvement.")
    assert true.answer == "True" and false.answer == "False" and true.id == false.id


def test_a_false_date_moves_the_year_not_the_month() -> None:
    from quizgen.choices import Pool
    from quizgen.truefalse import pick_true_false

    statement = "In September 1958 Bank of America launched BankAmericard in Fresno."
    item = fact("September 1958", "date", statement, relation="when")
    pool = Pool(
        people=(),
        organisations=(),
        places=(),
        numbers=(),
        dates=("August 1958", "March 1955"),
        sentences=(statement, "The bank grew in August 1958.", "It opened in March 1955."),
    )
    for key in ("a", "b", "c", "d"):
        made = pick_true_false([item], pool, article_key=key, every=1)
        falses = [i.question for i in made.values() if i.answer == "False"]
        assert all("1958" not in q for q in falses), falses
