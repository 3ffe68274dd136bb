"""Spaced repetition: schedule items with ``fsrs`` and keep a student's progress in one SQLite file.

Progress is keyed by the stable item ids, so a regenerated quiz keeps it. Each answer is saved in
its own transaction as soon as it is given (a killed session loses at most the answer being typed);
``BEGIN IMMEDIATE`` makes the read-schedule-write of a card atomic when two sessions share the file.

Marks become fsrs ratings: right -> Good, right after hints or almost (a typo) -> Hard,
wrong or skipped -> Again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import attrs
import fsrs

from quizgen.errors import OutputError
from quizgen.model import Item

__all__ = ["Progress", "Schedule", "default_progress_path", "rating_for"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (
    item_id TEXT PRIMARY KEY,
    due TEXT NOT NULL,
    card TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    item_id TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    rating INTEGER NOT NULL,
    mark TEXT NOT NULL
);
"""


def default_progress_path() -> Path:
    """The progress file in the user's data directory (e.g. ``~/.local/share/quizgen/progress.sqlite3``)."""
    import platformdirs

    return platformdirs.user_data_path("quizgen") / "progress.sqlite3"


def rating_for(mark: str, hints: int) -> fsrs.Rating:
    """The fsrs rating of an answer's mark ("right", "almost", "wrong", "skipped") and hint count."""
    if mark == "right":
        return fsrs.Rating.Good if hints == 0 else fsrs.Rating.Hard
    if mark == "almost":
        return fsrs.Rating.Hard
    return fsrs.Rating.Again


def _items(values: Iterable[Item]) -> tuple[Item, ...]:
    return tuple(values)


@attrs.frozen
class Schedule:
    """Where a set of items stands at ``now``: the due ones (new ones included) and the next due time."""

    due: tuple[Item, ...] = attrs.field(converter=_items)
    new: int
    next_due: datetime | None


class Progress:
    """A student's progress in one SQLite file. Use as a context manager, or call ``close``."""

    def __init__(self, path: str | Path, *, enable_fuzzing: bool = True) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise OutputError(
                f"cannot use the progress file {self.path}: {exc}; choose another with --progress FILE"
            ) from exc
        self._scheduler = fsrs.Scheduler(enable_fuzzing=enable_fuzzing)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise OutputError(f"cannot write the progress file {self.path}: {exc}") from exc
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def card(self, item_id: str) -> fsrs.Card | None:
        """The item's card, or None if it was never reviewed."""
        row = self._db.execute("SELECT card FROM cards WHERE item_id = ?", (item_id,)).fetchone()
        return None if row is None else fsrs.Card.from_dict(json.loads(row[0]))

    def record(self, item_id: str, mark: str, *, hints: int = 0, now: datetime) -> fsrs.Card:
        """Schedule the item after an answer given at ``now`` and save it; return the new card."""
        rating = rating_for(mark, hints)
        with self._transaction() as db:
            row = db.execute("SELECT card FROM cards WHERE item_id = ?", (item_id,)).fetchone()
            card = _new_card(item_id, now) if row is None else fsrs.Card.from_dict(json.loads(row[0]))
            card, _log = self._scheduler.review_card(card, rating, review_datetime=now)
            db.execute(
                "INSERT INTO cards (item_id, due, card) VALUES (?, ?, ?) "
                "ON CONFLICT(item_id) DO UPDATE SET due = excluded.due, card = excluded.card",
                (item_id, _stamp(card.due), json.dumps(card.to_dict(), sort_keys=True)),
            )
            db.execute(
                "INSERT INTO reviews (item_id, reviewed_at, rating, mark) VALUES (?, ?, ?, ?)",
                (item_id, _stamp(now), int(rating), mark),
            )
        return card

    def schedule(self, items: Iterable[Item], *, now: datetime) -> Schedule:
        """Which of ``items`` are due at ``now`` (never-seen items are due), and when the next one is."""
        due: list[Item] = []
        new = 0
        later: list[datetime] = []
        for item in items:
            card = self.card(item.id)
            if card is None:
                new += 1
                due.append(item)
            elif card.due <= now:
                due.append(item)
            else:
                later.append(card.due)
        return Schedule(due=due, new=new, next_due=min(later) if later else None)


def _new_card(item_id: str, now: datetime) -> fsrs.Card:
    # An explicit id and due time: fsrs would otherwise read the clock (and sleep) to make them.
    return fsrs.Card(card_id=int(item_id[:12], 16) if _is_hex(item_id) else 0, due=now)


def _is_hex(text: str) -> bool:
    return bool(text) and all(c in "0123456789abcdef" for c in text.casefold())


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()
