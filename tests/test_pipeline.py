"""The whole pipeline on the flagship article and on shared development articles."""

from __future__ import annotations

import re

import attrs
import pytest

import quizgen
from quizgen import jsonio

from .conftest import FLAGSHIP, sample_articles


def test_flagship_has_at_least_twelve_items(flagship_quiz: quizgen.Quiz) -> None:
    assert len(flagship_quiz.items) >= 12


def test_every_answer_is_grounded_in_its_sentence_at_its_offsets(flagship_quiz: quizgen.Quiz) -> None:
    text = flagship_quiz.article.text
    for item in flagship_quiz.items:
        source = item.source
        assert text[source.start : source.end] == source.sentence
        if item.kind == "true_false":
            assert item.answer in item.choices == ("True", "False")
            assert source.answer_start is None and source.answer_end is None
            continue
        assert source.answer_start is not None and source.answer_end is not None
        assert text[source.answer_start : source.answer_end] == item.answer


def test_no_answer_appears_in_its_question(flagship_quiz: quizgen.Quiz) -> None:
    for item in flagship_quiz.items:
        assert item.answer.lower() not in item.question.lower(), item


def test_questions_end_with_question_mark_or_hold_a_blank(flagship_quiz: quizgen.Quiz) -> None:
    for item in flagship_quiz.items:
        if item.kind == "true_false":
            assert item.question.endswith((".", '."')) and "_____" not in item.question
        elif item.kind == "cloze" or "_____" in item.question:
            assert item.question.count("_____") == 1
        else:
            assert item.question.endswith("?")


def test_headline_is_never_a_source(flagship_quiz: quizgen.Quiz) -> None:
    title = flagship_quiz.article.title
    assert all(title not in item.source.sentence for item in flagship_quiz.items)


def test_no_unresolved_pronoun_starts_a_question(flagship_quiz: quizgen.Quiz) -> None:
    for item in flagship_quiz.items:
        assert not re.search(r"\b(it|they|this|these|those|he|she)\b", item.question.split(",")[0].lower()), item


def test_build_is_deterministic() -> None:
    first = quizgen.generate_file(FLAGSHIP).quiz
    second = quizgen.generate_file(FLAGSHIP).quiz
    assert jsonio.dumps(first) == jsonio.dumps(second)
    assert [i.id for i in first.items] == [i.id for i in second.items]


def test_ids_are_unique(flagship_quiz: quizgen.Quiz) -> None:
    ids = [i.id for i in flagship_quiz.items]
    assert len(ids) == len(set(ids))


def test_a_second_item_on_one_answer_of_one_sentence_comes_last_with_its_own_id() -> None:
    text = (
        "Computing pioneers\n\nIn 1967, Manuel Blum developed an axiomatic complexity theory based on his axioms "
        "and proved an important result, the speed-up theorem. Berkeley hired Blum as a professor in 1968."
    )
    roomy = quizgen.generate(text, max_items=10).items
    assert sum(1 for i in roomy if i.answer == "Manuel Blum") == 2
    ids = [i.id for i in roomy]
    assert len(ids) == len(set(ids))
    assert ids == [i.id for i in quizgen.generate(text, max_items=10).items]
    tight = quizgen.generate(text, max_items=len(roomy) - 1).items
    assert sum(1 for i in tight if i.answer == "Manuel Blum") == 1


def test_wrong_entity_labels_do_not_become_wrong_wh_words(flagship_quiz: quizgen.Quiz) -> None:
    for item in flagship_quiz.items:
        if item.question.startswith("Who "):
            assert item.answer_type == "person"
            assert item.answer not in {"ATACMS", "Kursk", "Donetsk"}


@pytest.mark.parametrize("path", sample_articles(), ids=lambda p: p.name)
def test_shared_articles_give_grounded_items(path) -> None:  # type: ignore[no-untyped-def]
    result = quizgen.generate_file(path, require_items=False)
    text = result.quiz.article.text
    for item in result.quiz.items:
        if item.kind == "true_false":
            assert (
                item.source.answer_start is None and text[item.source.start : item.source.end] == item.source.sentence
            )
            continue
        assert text[item.source.answer_start : item.source.answer_end] == item.answer
        assert not re.search(rf"\b{re.escape(item.answer.lower())}\b", item.question.lower()), item


def test_generate_accepts_a_string() -> None:
    quiz = quizgen.generate(
        "Moon Mission\n\nNeil Armstrong walked on the Moon in July 1969. "
        "The Apollo 11 mission was launched by NASA from the Kennedy Space Center. "
        "Armstrong returned to Earth with Buzz Aldrin."
    )
    assert quiz.article.title == "Moon Mission"
    assert any(item.answer == "Neil Armstrong" for item in quiz.items)


def test_one_person_answers_at_most_two_items() -> None:
    text = (
        "Early computing\n\nAda Lovelace wrote the first computer program in 1843. "
        "Lovelace translated an article by Luigi Menabrea in 1842. "
        "Lovelace corresponded with Charles Babbage in London for many years. "
        "Lovelace studied mathematics with Augustus De Morgan in 1840."
    )
    answers = [i.answer.split()[-1] for i in quizgen.generate(text, max_items=20).items]
    assert 0 < answers.count("Lovelace") <= 2


@pytest.mark.parametrize("max_items", [1, 5, 12, 40])
def test_selection_accounts_for_every_candidate(max_items: int) -> None:
    article = quizgen.read_article(FLAGSHIP)
    facts, _ = quizgen.extract(article, quizgen.analyse(article))
    kept, dropped = quizgen.select_facts(facts, max_items=max_items)
    assert len(kept) + len(dropped) == len(facts)
    assert len(kept) <= max_items


def test_a_weak_second_item_on_one_answer_of_a_sentence_is_dropped_with_its_reason() -> None:
    article = quizgen.read_article(FLAGSHIP)
    first = quizgen.extract(article, quizgen.analyse(article))[0][0]
    second = attrs.evolve(first, question=first.question.replace("?", " again?"), score=0.1)
    kept, dropped = quizgen.select_facts([first, second], max_items=10)
    assert [f.question for f in kept] == [first.question]
    assert [d.question for d in dropped] == [second.question]


def test_a_figure_or_date_is_the_answer_of_one_item_only() -> None:
    text = (
        "Comb jellies\n\nThe outer surface of a comb jelly bears eight comb rows called swimming plates. "
        "Each animal has eight rows of combs that run from the mouth to the opposite end. "
        "In 1996, scientists in China reported a fossil comb jelly with a large mouth. "
        "In 1996, scientists in Canada reported a fossil comb jelly with eight arms."
    )
    answers = [i.answer for i in quizgen.generate(text, max_items=20).items]
    assert answers.count("eight") <= 1 and answers.count("1996") <= 1
