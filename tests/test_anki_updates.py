"""Rebuilt decks re-import into a real Anki collection as updates: nothing duplicated, history kept.

Anki's importer (``anki`` 26.9, default options) updates a note whose GUID it knows only when the
incoming note is newer; an equal time is a duplicate and skipped, whatever its fields.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from anki.collection import Collection
from anki.scheduler.v3 import CardAnswer

import quizgen
from quizgen import __version__
from quizgen.anki import (
    CSS,
    RELEASE_TIMES,
    SHORT_ANSWER_MODEL,
    apkg_bytes,
    note_states,
    write_apkg,
)
from quizgen.errors import OutputError
from quizgen.model import Quiz
from tests.conftest import FLAGSHIP
from tests.test_anki import SENTENCES, import_package, make_article, make_quiz, write_deck

Scheduling = tuple[int, int, int, int, int, int, int]


@pytest.fixture()
def collection(tmp_path: Path) -> Iterator[Collection]:
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def card_of(col: Collection, item_id: str) -> int:
    (card_id,) = col.find_cards(f"Id:{item_id}")
    return card_id


def review(col: Collection, card_id: int) -> None:
    """Answer the card "easy", as a student would, so that it leaves the new queue."""
    card = col.get_card(card_id)
    card.start_timer()
    states = col._backend.get_scheduling_states(card.id)
    col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=CardAnswer.EASY))


def scheduling(col: Collection, card_id: int) -> Scheduling:
    card = col.get_card(card_id)
    reviews = col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", card_id)
    return (card.type, card.queue, card.due, card.ivl, card.reps, card.factor, reviews)


def reworded(quiz: Quiz, kind: str, question: str) -> Quiz:
    """The quiz with the question of its item of ``kind`` reworded (same item, same id)."""
    return attrs.evolve(quiz, items=[attrs.evolve(i, question=question) if i.kind == kind else i for i in quiz.items])


def test_reimporting_the_same_deck_adds_and_updates_nothing(collection: Collection, tmp_path: Path) -> None:
    path = write_deck(tmp_path, "deck.apkg", apkg_bytes([make_quiz()]))
    import_package(collection, path)
    note_types = collection.models.all_names_and_ids()
    log = import_package(collection, path)
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 0, 4)
    assert collection.note_count() == 4
    assert collection.models.all_names_and_ids() == note_types


def test_a_reworded_question_updates_its_note_and_keeps_every_review_history(
    collection: Collection, tmp_path: Path
) -> None:
    quiz = make_quiz()
    path = write_apkg([quiz], tmp_path / "deck.apkg")
    import_package(collection, path)
    notes = {c: collection.get_card(c).nid for c in collection.find_cards("")}
    for card_id in notes:
        review(collection, card_id)
    before = {c: scheduling(collection, c) for c in notes}

    log = import_package(collection, write_apkg([reworded(quiz, "short_answer", "Who let Ukraine use ATACMS?")], path))

    short = next(i for i in quiz.items if i.kind == "short_answer")
    assert [n.id.nid for n in log.updated] == [collection.get_card(card_of(collection, short.id)).nid]
    assert collection.get_card(card_of(collection, short.id)).note()["Question"] == "Who let Ukraine use ATACMS?"
    assert {c: collection.get_card(c).nid for c in notes} == notes
    assert {c: scheduling(collection, c) for c in notes} == before


def test_without_the_previous_deck_a_change_within_one_release_is_skipped_by_anki(
    collection: Collection, tmp_path: Path
) -> None:
    quiz = make_quiz()
    import_package(collection, write_deck(tmp_path, "v1.apkg", apkg_bytes([quiz])))
    changed = apkg_bytes([reworded(quiz, "short_answer", "Who let Ukraine use ATACMS?")])
    log = import_package(collection, write_deck(tmp_path, "v2.apkg", changed))
    assert (len(log.updated), len(log.duplicate)) == (0, 4)
    short = next(i for i in quiz.items if i.kind == "short_answer")
    assert collection.get_card(card_of(collection, short.id)).note()["Question"] == short.question


def test_a_newer_release_updates_every_note_and_note_type_and_keeps_review_history(
    collection: Collection, tmp_path: Path
) -> None:
    quiz = make_quiz()
    import_package(collection, write_deck(tmp_path, "v1.apkg", apkg_bytes([quiz])))
    cards = collection.find_cards("")
    review(collection, cards[0])
    before = [scheduling(collection, c) for c in cards]
    note_types = len(collection.models.all_names_and_ids())
    later = apkg_bytes([quiz], base_time=RELEASE_TIMES[__version__] + 86_400)
    log = import_package(collection, write_deck(tmp_path, "v2.apkg", later))
    assert (len(log.new), len(log.updated)) == (0, 4)
    assert [scheduling(collection, c) for c in cards] == before
    assert len(collection.models.all_names_and_ids()) == note_types


def test_a_newer_release_with_a_new_style_sheet_updates_the_note_type_in_place(
    collection: Collection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quiz = make_quiz()
    import_package(collection, write_deck(tmp_path, "v1.apkg", apkg_bytes([quiz])))
    note_types = len(collection.models.all_names_and_ids())
    monkeypatch.setattr(SHORT_ANSWER_MODEL, "css", CSS + ".qz-answer { color: teal; }")
    later = apkg_bytes([quiz], base_time=RELEASE_TIMES[__version__] + 86_400)
    import_package(collection, write_deck(tmp_path, "v2.apkg", later))
    assert len(collection.models.all_names_and_ids()) == note_types
    short = next(i for i in quiz.items if i.kind == "short_answer")
    assert ".qz-answer { color: teal; }" in collection.get_card(card_of(collection, short.id)).question()


def test_editing_one_sentence_changes_only_that_sentences_notes(
    flagship_quiz: quizgen.Quiz, collection: Collection, tmp_path: Path
) -> None:
    text = FLAGSHIP.read_text(encoding="utf-8")
    old_sentence = "In the face of these challenges, Biden"
    assert text.count(old_sentence) == 1
    edited = quizgen.generate(text.replace(old_sentence, "Facing these challenges, Biden"), source=FLAGSHIP.name)
    path = write_apkg([flagship_quiz], tmp_path / "deck.apkg")
    import_package(collection, path)
    kept = [i for i in flagship_quiz.items if not i.source.sentence.startswith(old_sentence)]
    assert len(kept) == len(flagship_quiz.items) - 1
    for item in kept[:3]:
        review(collection, card_of(collection, item.id))
    before = {i.id: (collection.get_card(card_of(collection, i.id)).note(), scheduling(collection, card_of(
        collection, i.id))) for i in kept}  # fmt: skip

    log = import_package(collection, write_apkg([edited], path))

    assert {i.id for i in kept} <= {i.id for i in edited.items}
    assert len(log.updated) == 0
    new_sentences = {collection.get_note(n.id.nid)["Source"] for n in log.new}
    assert len(new_sentences) == 1 and "Facing these challenges" in new_sentences.pop()
    for item in kept:
        card_id = card_of(collection, item.id)
        note, history = before[item.id]
        after = collection.get_card(card_id).note()
        assert (after.id, after.mod, after.fields, scheduling(collection, card_id)) == (
            note.id, note.mod, note.fields, history
        )  # fmt: skip


def test_two_articles_sharing_a_sentence_do_not_collide(collection: Collection, tmp_path: Path) -> None:
    first = make_quiz(make_article("First article"))
    second = make_quiz(make_article("Second article", sentences=[SENTENCES[0], "Other news followed.", *SENTENCES[1:]]))
    assert first.items[0].source.sentence == second.items[0].source.sentence
    log = import_package(collection, write_deck(tmp_path, "c.apkg", apkg_bytes([first, second], deck_name="Course")))
    assert len(log.new) == collection.note_count() == 8
    assert len(collection.find_cards('"deck:Course::First article"')) == 4
    assert len(collection.find_cards('"deck:Course::Second article"')) == 4


def test_a_changed_note_gets_one_second_more_than_its_previous_time_and_the_others_keep_theirs() -> None:
    quiz = make_quiz()
    base = RELEASE_TIMES[__version__]
    first = note_states(apkg_bytes([quiz]))
    second = note_states(apkg_bytes([reworded(quiz, "cloze", "Their range is up to _____.")], previous=first))
    third = note_states(apkg_bytes([reworded(quiz, "cloze", "The range is up to _____.")], previous=second))
    cloze_guid = next(g for g in first if first[g].content != second[g].content)
    assert [states[cloze_guid].mtime for states in (first, second, third)] == [base, base + 1, base + 2]
    assert {g: s.mtime for g, s in third.items() if g != cloze_guid} == dict.fromkeys(set(first) - {cloze_guid}, base)


def test_a_rebuild_over_its_own_deck_is_byte_identical_after_a_change() -> None:
    changed = reworded(make_quiz(), "cloze", "Their range is up to _____.")
    once = apkg_bytes([changed], previous=note_states(apkg_bytes([make_quiz()])))
    assert apkg_bytes([changed], previous=note_states(once)) == once


def test_a_file_at_the_output_path_that_is_not_a_deck_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    path.write_text("not a deck", encoding="utf-8")
    with pytest.raises(OutputError, match=r"deck.apkg exists but is not a deck quizgen can read"):
        write_apkg([make_quiz()], path)
    assert path.read_text(encoding="utf-8") == "not a deck"


def test_release_times_cover_this_version_and_grow_with_each_release() -> None:
    assert __version__ in RELEASE_TIMES
    by_version = sorted(RELEASE_TIMES.items(), key=lambda entry: tuple(int(p) for p in entry[0].split(".")))
    times = [time for _, time in by_version]
    assert times == sorted(times) and len(set(times)) == len(times)
