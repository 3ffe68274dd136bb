"""Export quizzes as an Anki package (``.apkg``) with genanki.

Note types have fixed ids that never change across releases (a change of fields means a new note
type with a new id). Note GUIDs come from the item id (article, kind, sentence, answer position),
deck ids from deck names, and the package bytes are the same for the same quizzes.
"""

from __future__ import annotations

import html
import io
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Sequence
from itertools import count
from pathlib import Path

import genanki

from quizgen.files import atomic_write
from quizgen.generate import BLANK
from quizgen.model import Item, Quiz, stable_hash

__all__ = ["BASIC_MODEL_ID", "CLOZE_MODEL_ID", "apkg_bytes", "deck_id", "write_apkg"]

BASIC_MODEL_ID = 1_731_560_001
CLOZE_MODEL_ID = 1_731_560_002
_EPOCH = 1_700_000_000  # fixed note time, so that builds are byte-identical

CSS = """
.card { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 20px;
  line-height: 1.45; text-align: left; color: #1f2328; background: #ffffff; max-width: 40em;
  margin: 0 auto; padding: 0.5em; }
.nightMode.card, .night_mode .card { color: #e6edf3; background: #1f2328; }
.question { font-weight: 600; }
.answer { margin-top: 0.6em; font-size: 1.1em; color: #0b6e4f; font-weight: 600; }
.nightMode .answer, .night_mode .answer { color: #56d364; }
.source { margin-top: 1em; font-size: 0.85em; color: #57606a; border-left: 3px solid #d0d7de;
  padding-left: 0.6em; }
.nightMode .source, .night_mode .source { color: #9da7b3; border-color: #444c56; }
.source mark { background: #fff3b0; color: inherit; padding: 0 0.1em; }
.nightMode .source mark, .night_mode .source mark { background: #6b5b00; }
.title { margin-top: 0.5em; font-size: 0.75em; color: #6e7781; font-style: italic; }
.cloze { font-weight: 700; color: #0969da; }
.nightMode .cloze, .night_mode .cloze { color: #58a6ff; }
@media (max-width: 480px) { .card { font-size: 18px; } }
"""

_BACK_EXTRA = """
<div class="source">{{Source}}</div>
<div class="title">{{Title}}{{#Link}} · <a href="{{Link}}">source</a>{{/Link}}</div>
"""

BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "quizgen short answer",
    fields=[{"name": n} for n in ("Question", "Answer", "Source", "Title", "Link", "Id")],
    templates=[
        {
            "name": "Question",
            "qfmt": '<div class="question">{{Question}}</div>',
            "afmt": '<div class="question">{{Question}}</div><hr id="answer"><div class="answer">{{Answer}}</div>'
            + _BACK_EXTRA,
        }
    ],
    css=CSS,
    sort_field_index=0,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "quizgen cloze",
    fields=[{"name": n} for n in ("Text", "Source", "Title", "Link", "Id")],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}" + _BACK_EXTRA,
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
    sort_field_index=0,
)


def deck_id(name: str) -> int:
    """A stable deck id from the deck's name."""
    return int(stable_hash("deck", name, length=12), 16) % (1 << 31) + (1 << 30)


def _highlighted_source(item: Item) -> str:
    source = item.source
    if source.answer_start is None or source.answer_end is None:
        return html.escape(source.sentence)
    start = source.answer_start - source.start
    end = source.answer_end - source.start
    sentence = source.sentence
    return (
        html.escape(sentence[:start])
        + "<mark>"
        + html.escape(sentence[start:end])
        + "</mark>"
        + html.escape(sentence[end:])
    )


def _link(quiz: Quiz) -> str:
    source = quiz.article.source or ""
    return html.escape(source) if source.startswith(("http://", "https://")) else ""


def _note(item: Item, quiz: Quiz, due: int) -> genanki.Note:
    title = html.escape(quiz.article.title)
    tags = [f"quizgen::{quiz.article.key}", f"kind::{item.kind}", *[t.replace(" ", "_") for t in item.tags]]
    guid = genanki.guid_for(item.id)
    if item.kind == "cloze" and BLANK in item.question:
        before, _, after = item.question.partition(BLANK)
        text = f"{html.escape(before)}{{{{c1::{html.escape(item.answer)}}}}}{html.escape(after)}"
        return genanki.Note(
            model=CLOZE_MODEL,
            fields=[text, _highlighted_source(item), title, _link(quiz), item.id],
            guid=guid,
            tags=tags,
            due=due,
        )
    question = html.escape(item.question)
    if item.choices:
        question += '<ol type="A">' + "".join(f"<li>{html.escape(c)}</li>" for c in item.choices) + "</ol>"
    return genanki.Note(
        model=BASIC_MODEL,
        fields=[question, html.escape(item.answer), _highlighted_source(item), title, _link(quiz), item.id],
        guid=guid,
        tags=tags,
        due=due,
    )


def apkg_bytes(quizzes: Sequence[Quiz], *, deck_name: str | None = None) -> bytes:
    """The ``.apkg`` bytes of one deck per quiz (sub-decks of ``deck_name`` when there are several)."""
    decks = []
    due = count()
    for quiz in quizzes:
        title = quiz.article.title or quiz.article.key
        name = f"{deck_name}::{title}" if deck_name and len(quizzes) > 1 else deck_name or title
        deck = genanki.Deck(deck_id(name), name)
        for item in quiz.items:
            deck.add_note(_note(item, quiz, next(due)))
        decks.append(deck)
    package = genanki.Package(decks)
    fd, db_path = tempfile.mkstemp(suffix=".anki2")
    os.close(fd)
    try:
        connection = sqlite3.connect(db_path)
        try:
            package.write_to_db(connection.cursor(), _EPOCH, count(_EPOCH * 1000))
            connection.commit()
        finally:
            connection.close()
        database = Path(db_path).read_bytes()
    finally:
        os.unlink(db_path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", database), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_apkg(quizzes: Sequence[Quiz], path: str | os.PathLike[str], *, deck_name: str | None = None) -> Path:
    """Write the quizzes as an Anki package at ``path`` (atomically) and return the path."""
    return atomic_write(path, apkg_bytes(quizzes, deck_name=deck_name))
