"""Export quizzes as an Anki package (``.apkg``) that users can re-import without losing anything.

Identity: four note types with fixed ids (a change of fields means a new note type with a new id),
note GUIDs from item ids (article key, kind, source sentence, answer position), deck ids from deck
names, and card order (``due``) from the article's order.

Note times: Anki's importer updates a note whose GUID it knows only when the incoming modification
time is newer than the stored one. A note's time is therefore the later of the quizgen release's
time (``RELEASE_TIMES``) and, when a previous build of the same deck is given, that build's time
for the note, plus one second if the note's content changed since. The same input (quizzes and
previous deck) gives the same bytes; a changed note always gets a newer time than before.
"""

from __future__ import annotations

import hashlib
import html
import io
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from itertools import count
from pathlib import Path

import attrs
import genanki

from quizgen import __version__
from quizgen.errors import OutputError, UsageError
from quizgen.files import atomic_write
from quizgen.generate import BLANK
from quizgen.model import ITEM_KINDS, Item, Quiz, stable_hash

__all__ = [
    "CLOZE_MODEL_ID",
    "MULTIPLE_CHOICE_MODEL_ID",
    "RELEASE_TIMES",
    "SHORT_ANSWER_MODEL_ID",
    "TRUE_FALSE_MODEL_ID",
    "NoteState",
    "apkg_bytes",
    "deck_id",
    "note_states",
    "read_note_states",
    "write_apkg",
]

SHORT_ANSWER_MODEL_ID = 1_731_560_001
CLOZE_MODEL_ID = 1_731_560_002
MULTIPLE_CHOICE_MODEL_ID = 1_731_560_003
TRUE_FALSE_MODEL_ID = 1_731_560_004

#: Each release's note time (Unix seconds). Add the new version at every release, later than all before.
RELEASE_TIMES: Mapping[str, int] = {
    "0.1.0": 1_793_491_200,  # 2026-11-01T00:00:00Z
}

_ZIP_TIME = (2020, 1, 1, 0, 0, 0)

CSS = """\
.card {
  --qz-text: #1f2328; --qz-muted: #59636e; --qz-bg: #ffffff; --qz-accent: #0969da;
  --qz-answer: #1a7f37; --qz-rule: #d1d9e0; --qz-mark: #fff1a8;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px; line-height: 1.5; text-align: left; color: var(--qz-text); background: var(--qz-bg);
}
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  --qz-text: #e6edf3; --qz-muted: #9198a1; --qz-bg: #1f2328; --qz-accent: #58a6ff;
  --qz-answer: #3fb950; --qz-rule: #3d444d; --qz-mark: #5c4a00;
}
.qz { max-width: 36em; margin: 0 auto; padding: 0.5em 0.75em; overflow-wrap: anywhere; }
.qz-question { font-weight: 600; }
.qz-prompt { margin-top: 0.4em; color: var(--qz-muted); font-size: 0.9em; }
.qz-choices { margin: 0.6em 0 0; padding-left: 1.8em; }
.qz-choices li { margin: 0.25em 0; }
.qz hr { border: 0; border-top: 1px solid var(--qz-rule); margin: 0.8em 0; }
.qz-answer { font-size: 1.1em; font-weight: 700; color: var(--qz-answer); }
.qz-source { margin-top: 1em; padding-left: 0.7em; border-left: 3px solid var(--qz-rule);
  color: var(--qz-muted); font-size: 0.85em; }
.qz-source mark { background: var(--qz-mark); color: var(--qz-text); padding: 0 0.1em; border-radius: 2px; }
.qz-title { margin-top: 0.5em; color: var(--qz-muted); font-size: 0.75em; font-style: italic; }
.qz-title a { color: var(--qz-accent); }
.cloze { font-weight: 700; color: var(--qz-accent); }
@media (max-width: 480px) { .card { font-size: 17px; } .qz { padding: 0.25em 0.4em; } }
"""

_SOURCE = (
    '<div class="qz-source">{{Source}}</div>\n'
    '<div class="qz-title">{{Title}}{{#Link}} · <a href="{{Link}}">source</a>{{/Link}}</div>'
)
_ANSWER = '<hr id="answer">\n<div class="qz-answer">{{Answer}}</div>\n' + _SOURCE
_TRAILING = ("Source", "Title", "Link", "Id")


def _model(
    model_id: int, name: str, fields: Sequence[str], front: str, back: str, *, cloze: bool = False
) -> genanki.Model:
    return genanki.Model(
        model_id,
        name,
        fields=[{"name": field} for field in (*fields, *_TRAILING)],
        templates=[{"name": "Cloze" if cloze else "Card 1", "qfmt": front, "afmt": back}],
        css=CSS,
        model_type=genanki.Model.CLOZE if cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )


SHORT_ANSWER_MODEL = _model(
    SHORT_ANSWER_MODEL_ID,
    "quizgen short answer",
    ("Question", "Answer"),
    '<div class="qz qz-short"><div class="qz-question">{{Question}}</div></div>',
    '<div class="qz qz-short"><div class="qz-question">{{Question}}</div>\n' + _ANSWER + "</div>",
)
CLOZE_MODEL = _model(
    CLOZE_MODEL_ID,
    "quizgen cloze",
    ("Text",),
    '<div class="qz qz-cloze"><div class="qz-question">{{cloze:Text}}</div></div>',
    '<div class="qz qz-cloze"><div class="qz-question">{{cloze:Text}}</div>\n<hr id="answer">\n' + _SOURCE + "</div>",
    cloze=True,
)
MULTIPLE_CHOICE_MODEL = _model(
    MULTIPLE_CHOICE_MODEL_ID,
    "quizgen multiple choice",
    ("Question", "Choices", "Answer"),
    '<div class="qz qz-choice"><div class="qz-question">{{Question}}</div>{{Choices}}</div>',
    '<div class="qz qz-choice"><div class="qz-question">{{Question}}</div>{{Choices}}\n' + _ANSWER + "</div>",
)
TRUE_FALSE_MODEL = _model(
    TRUE_FALSE_MODEL_ID,
    "quizgen true or false",
    ("Statement", "Answer"),
    '<div class="qz qz-truth"><div class="qz-question">{{Statement}}</div>'
    '<div class="qz-prompt">True or false?</div></div>',
    '<div class="qz qz-truth"><div class="qz-question">{{Statement}}</div>'
    '<div class="qz-prompt">True or false?</div>\n' + _ANSWER + "</div>",
)


@attrs.frozen
class NoteState:
    """What a previous build wrote for one note: its modification time and a digest of its content."""

    mtime: int
    content: str


def deck_id(name: str) -> int:
    """A stable deck id from the deck's name."""
    return int(stable_hash("deck", name, length=12), 16) % (1 << 31) + (1 << 30)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _highlighted_source(item: Item) -> str:
    source = item.source
    if source.answer_start is None or source.answer_end is None:
        return _escape(source.sentence)
    start = source.answer_start - source.start
    end = source.answer_end - source.start
    sentence = source.sentence
    return f"{_escape(sentence[:start])}<mark>{_escape(sentence[start:end])}</mark>{_escape(sentence[end:])}"


def _link(quiz: Quiz) -> str:
    source = quiz.article.source or ""
    return _escape(source) if source.startswith(("http://", "https://")) else ""


def _cloze_escape(text: str) -> str:
    """Escape ``text`` for a cloze field, where braces and ``::`` have a meaning of their own."""
    return _escape(text).replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;")


def _tag(text: str) -> str:
    return "_".join(text.split())


def _tags(item: Item, quiz: Quiz) -> list[str]:
    tags = {
        f"quizgen::article::{_tag(quiz.article.key)}",
        f"quizgen::kind::{item.kind}",
        f"quizgen::type::{_tag(item.answer_type)}",
        *(f"quizgen::{_tag(tag)}" for tag in item.tags),
    }
    return sorted(tags)


def _checked_choice(item: Item) -> int:
    if item.answer not in item.choices:
        raise UsageError(
            f"item {item.id} ({item.kind}): its answer {item.answer!r} is not among its choices "
            f"{list(item.choices)!r}; a {item.kind} item needs its answer as one of its choices"
        )
    return item.choices.index(item.answer)


def _fields(item: Item) -> tuple[genanki.Model, list[str]]:
    """The note type and the leading fields (before Source, Title, Link, Id) of ``item``."""
    if item.kind == "cloze":
        before, blank, after = item.question.partition(BLANK)
        if not blank:
            raise UsageError(
                f"item {item.id} (cloze): its question {item.question!r} has no blank {BLANK!r}; "
                "a cloze item marks where its answer goes with the blank"
            )
        text = f"{_cloze_escape(before)}{{{{c1::{_cloze_escape(item.answer)}}}}}{_cloze_escape(after)}"
        return CLOZE_MODEL, [text]
    if item.kind == "multiple_choice":
        index = _checked_choice(item)
        letter = chr(ord("A") + index)
        choices = "".join(f"<li>{_escape(choice)}</li>" for choice in item.choices)
        return MULTIPLE_CHOICE_MODEL, [
            _escape(item.question),
            f'<ol class="qz-choices" type="A">{choices}</ol>',
            f"{letter}. {_escape(item.answer)}",
        ]
    if item.kind == "true_false":
        if item.choices:
            _checked_choice(item)
        return TRUE_FALSE_MODEL, [_escape(item.question), _escape(item.answer)]
    return SHORT_ANSWER_MODEL, [_escape(item.question), _escape(item.answer)]


def _note(item: Item, quiz: Quiz, due: int) -> genanki.Note:
    model, fields = _fields(item)
    return genanki.Note(
        model=model,
        fields=[*fields, _highlighted_source(item), _escape(quiz.article.title), _link(quiz), item.id],
        guid=genanki.guid_for(item.id),
        tags=_tags(item, quiz),
        due=due,
    )


def _article_order(quizzes: Sequence[Quiz]) -> dict[str, int]:
    """The position of each item in reading order: article by article, then by place in the text."""

    def key(entry: tuple[int, Item]) -> tuple[int, int, int, int]:
        article, item = entry
        source = item.source
        return (article, source.start, source.answer_start or source.start, ITEM_KINDS.index(item.kind))

    entries = [(index, item) for index, quiz in enumerate(quizzes) for item in quiz.items]
    return {item.id: due for due, (_, item) in enumerate(sorted(entries, key=key))}


def _deck_name(quiz: Quiz, deck_name: str | None, several: bool) -> str:
    title = (quiz.article.title or quiz.article.key).replace("::", ":")
    if deck_name and several:
        return f"{deck_name}::{title}"
    return deck_name or title


def _content(mid: int, fields: str, tags: str) -> str:
    return hashlib.sha256(f"{mid}\x1e{fields}\x1e{tags}".encode()).hexdigest()[:32]


def _notes(connection: sqlite3.Connection) -> Iterator[tuple[str, int, str]]:
    """Each note's GUID, modification time and content digest."""
    for guid, mtime, mid, fields, tags in connection.execute("SELECT guid, mod, mid, flds, tags FROM notes"):
        yield guid, mtime, _content(mid, fields, tags)


def _stamp(connection: sqlite3.Connection, previous: Mapping[str, NoteState], base_time: int) -> None:
    """Give each note its time: ``base_time``, or later when a previous build gave it a later one."""
    for guid, _, content in list(_notes(connection)):
        before = previous.get(guid)
        mtime = base_time
        if before is not None:
            mtime = max(base_time, before.mtime if before.content == content else before.mtime + 1)
        connection.execute("UPDATE notes SET mod = ? WHERE guid = ?", (mtime, guid))


def _database(package: genanki.Package, previous: Mapping[str, NoteState], base_time: int) -> bytes:
    fd, path = tempfile.mkstemp(suffix=".anki2")
    os.close(fd)
    try:
        connection = sqlite3.connect(path)
        try:
            package.write_to_db(connection.cursor(), base_time, count(base_time * 1000))
            _stamp(connection, previous, base_time)
            connection.commit()
        finally:
            connection.close()
        return Path(path).read_bytes()
    finally:
        os.unlink(path)


def note_states(package: bytes) -> dict[str, NoteState]:
    """The time and content digest of every note of a package quizgen wrote, by GUID.

    Raises ``ValueError`` when ``package`` is not such a package.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            database = archive.read("collection.anki2")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise ValueError(f"not an Anki package with a collection.anki2 ({exc})") from exc
    fd, path = tempfile.mkstemp(suffix=".anki2")
    os.close(fd)
    try:
        Path(path).write_bytes(database)
        connection = sqlite3.connect(path)
        try:
            return {guid: NoteState(mtime, content) for guid, mtime, content in _notes(connection)}
        except sqlite3.DatabaseError as exc:
            raise ValueError(f"its collection is not a readable Anki collection ({exc})") from exc
        finally:
            connection.close()
    finally:
        os.unlink(path)


def read_note_states(path: str | os.PathLike[str]) -> dict[str, NoteState]:
    """The note states of the deck at ``path``, or none when there is no file there."""
    target = Path(path)
    if not target.exists():
        return {}
    try:
        return note_states(target.read_bytes())
    except (OSError, ValueError) as exc:
        raise OutputError(
            f"{target} exists but is not a deck quizgen can read ({exc}); quizgen reads the previous "
            "deck to keep note times advancing; move the file away or choose another output path"
        ) from exc


def apkg_bytes(
    quizzes: Sequence[Quiz],
    *,
    deck_name: str | None = None,
    previous: Mapping[str, NoteState] | None = None,
    base_time: int | None = None,
) -> bytes:
    """The ``.apkg`` bytes of one deck per quiz (sub-decks of ``deck_name`` when there are several).

    ``previous`` holds the note states of the last build of this deck (``read_note_states``) so that
    a note whose content changed gets a newer time than that build gave it. ``base_time`` is the
    earliest note time, by default this release's (``RELEASE_TIMES``).
    """
    base = RELEASE_TIMES[__version__] if base_time is None else base_time
    due = _article_order(quizzes)
    decks: dict[str, genanki.Deck] = {}
    for quiz in quizzes:
        name = _deck_name(quiz, deck_name, len(quizzes) > 1)
        deck = decks.setdefault(name, genanki.Deck(deck_id(name), name))
        for item in quiz.items:
            deck.add_note(_note(item, quiz, due[item.id]))
    database = _database(genanki.Package(list(decks.values())), previous or {}, base)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for entry, data in (("collection.anki2", database), ("media", b"{}")):
            info = zipfile.ZipInfo(entry, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_apkg(quizzes: Sequence[Quiz], path: str | os.PathLike[str], *, deck_name: str | None = None) -> Path:
    """Write the quizzes as an Anki package at ``path`` (atomically) and return the path.

    A deck already at ``path`` is taken as the previous build: notes whose content changed since
    get a newer time, so that Anki updates them on import.
    """
    previous = read_note_states(path)
    return atomic_write(path, apkg_bytes(quizzes, deck_name=deck_name, previous=previous))
