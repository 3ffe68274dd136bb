"""Spaced repetition with a fixed clock: due dates advance on good answers, reset on misses, and persist."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs
import pytest

import quizgen
from quizgen import jsonio
from quizgen.srs import Progress, rating_for

from .conftest import FLAGSHIP

NOW = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
ITEM_ID = "a027062fabacf22f"


@pytest.fixture
def progress(tmp_path: Path) -> Progress:
    return Progress(tmp_path / "progress.sqlite3", enable_fuzzing=False)


@pytest.mark.parametrize(
    ("mark", "hints", "rating"),
    [
        ("right", 0, fsrs.Rating.Good),
        ("right", 1, fsrs.Rating.Hard),
        ("almost", 0, fsrs.Rating.Hard),
        ("wrong", 0, fsrs.Rating.Again),
        ("skipped", 0, fsrs.Rating.Again),
    ],
)
def test_marks_become_ratings(mark: str, hints: int, rating: fsrs.Rating) -> None:
    assert rating_for(mark, hints) == rating


def test_due_date_advances_with_each_good_answer(progress: Progress) -> None:
    first = progress.record(ITEM_ID, "right", now=NOW)
    second = progress.record(ITEM_ID, "right", now=first.due)
    third = progress.record(ITEM_ID, "right", now=second.due)
    assert NOW < first.due < second.due < third.due
    assert third.due - second.due > second.due - first.due


def test_a_miss_brings_the_due_date_back(progress: Progress) -> None:
    card = progress.record(ITEM_ID, "right", now=NOW)
    for _ in range(3):
        card = progress.record(ITEM_ID, "right", now=card.due)
    missed = progress.record(ITEM_ID, "wrong", now=card.due)
    assert missed.due - card.due <= timedelta(minutes=10)


def test_new_items_are_due_and_reviewed_ones_wait(progress: Progress, flagship_quiz: quizgen.Quiz) -> None:
    items = flagship_quiz.items
    progress.record(items[0].id, "right", now=NOW)
    schedule = progress.schedule(items, now=NOW)
    assert items[0] not in schedule.due and schedule.new == len(items) - 1
    assert schedule.next_due is not None and schedule.next_due > NOW


def test_progress_survives_a_restart_and_a_regenerated_quiz(tmp_path: Path, flagship_quiz: quizgen.Quiz) -> None:
    saved = jsonio.loads((FLAGSHIP.with_suffix(".json")).read_text("utf-8"))
    with Progress(tmp_path / "p.sqlite3", enable_fuzzing=False) as progress:
        card = progress.record(saved.items[1].id, "right", now=NOW)
    with Progress(tmp_path / "p.sqlite3", enable_fuzzing=False) as reopened:
        schedule = reopened.schedule(flagship_quiz.items, now=NOW)
        assert reopened.card(flagship_quiz.items[1].id) == card
    assert flagship_quiz.items[1] not in schedule.due
    assert schedule.new == len(flagship_quiz.items) - 1


def test_two_sessions_on_one_file_keep_every_answer(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    with Progress(path, enable_fuzzing=False) as one, Progress(path, enable_fuzzing=False) as two:
        one.record(ITEM_ID, "right", now=NOW)
        two.record(ITEM_ID, "right", now=NOW + timedelta(minutes=1))
        one.record("b9d29b3476332e7a", "wrong", now=NOW)
        card = one.card(ITEM_ID)
    assert card is not None and card.last_review == NOW + timedelta(minutes=1)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM reviews").fetchone() == (3,)
