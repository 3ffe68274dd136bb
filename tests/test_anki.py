"""Anki export, checked by importing into a real collection with Anki's own backend."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

import quizgen
from quizgen.anki import apkg_bytes, write_apkg


def _import(col: Collection, path: Path):  # type: ignore[no-untyped-def]
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(with_scheduling=False, update_notes=1, update_notetypes=1),
    )
    return col.import_anki_package(request)


@pytest.fixture()
def collection(tmp_path: Path):  # type: ignore[no-untyped-def]
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def test_flagship_deck_imports_with_one_note_and_card_per_item(
    flagship_quiz: quizgen.Quiz, collection: Collection, tmp_path: Path
) -> None:
    path = write_apkg([flagship_quiz], tmp_path / "deck.apkg")
    _import(collection, path)
    assert collection.note_count() == len(flagship_quiz.items)
    assert collection.card_count() == len(flagship_quiz.items)


def test_question_side_never_shows_the_answer(
    flagship_quiz: quizgen.Quiz, collection: Collection, tmp_path: Path
) -> None:
    _import(collection, write_apkg([flagship_quiz], tmp_path / "deck.apkg"))
    by_id = {item.id: item for item in flagship_quiz.items}
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        item = by_id[card.note()["Id"]]
        question = re.sub(r"<[^>]+>", "", card.question().split("</style>")[-1])
        assert item.answer not in question
        assert item.answer in card.answer()
        if item.kind == "cloze":
            assert "[...]" in question


def test_reimporting_the_same_deck_adds_nothing(
    flagship_quiz: quizgen.Quiz, collection: Collection, tmp_path: Path
) -> None:
    path = write_apkg([flagship_quiz], tmp_path / "deck.apkg")
    _import(collection, path)
    models = len(collection.models.all())
    log = _import(collection, path).log
    assert len(log.new) == 0
    assert collection.note_count() == len(flagship_quiz.items)
    assert len(collection.models.all()) == models


def test_package_bytes_are_deterministic(flagship_quiz: quizgen.Quiz) -> None:
    assert apkg_bytes([flagship_quiz]) == apkg_bytes([flagship_quiz])
