"""Anki export, checked by importing into a real collection with Anki's own backend.

Imports use Anki's defaults for users: a note or note type is updated only when the incoming one is
newer.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportResponse

import quizgen
from quizgen.anki import (
    CLOZE_MODEL_ID,
    MULTIPLE_CHOICE_MODEL_ID,
    SHORT_ANSWER_MODEL_ID,
    TRUE_FALSE_MODEL_ID,
    apkg_bytes,
    deck_id,
    write_apkg,
)
from quizgen.cli import main
from quizgen.errors import UsageError
from quizgen.model import Article, Item, Paragraph, Quiz, Source, stable_hash
from tests.conftest import FLAGSHIP

SENTENCES = (
    "Joe Biden approved the use of ATACMS missiles by Ukraine.",
    "ATACMS missiles have a range of up to 300 kilometers.",
    "Serhiy Kuzan heads the Ukrainian Security and Cooperation Centre.",
)


def make_article(title: str = "US approves ATACMS", sentences: Sequence[str] = SENTENCES, **kwargs: str) -> Article:
    text = " ".join(sentences)
    return Article(title=title, text=text, paragraphs=[Paragraph(0, len(text))], **kwargs)


def make_item(
    article: Article,
    kind: str,
    sentence: str,
    answer: str,
    question: str,
    *,
    answer_type: str = "person",
    choices: Sequence[str] = (),
    span: str | None = None,
) -> Item:
    """An item about ``sentence`` of ``article``, its answer span at ``span`` (by default the answer)."""
    start = article.text.index(sentence)
    answer_start = start + sentence.index(span or answer)
    answer_end = answer_start + len(span or answer)
    source = Source(sentence, start, start + len(sentence), answer_start, answer_end)
    return Item(
        id=stable_hash(article.key, kind, sentence, f"{answer_start - start}:{answer_end - start}"),
        kind=kind,
        question=question,
        answer=answer,
        answer_type=answer_type,
        source=source,
        choices=choices,
        tags=(f"type::{answer_type}",),
    )


def make_quiz(article: Article | None = None) -> Quiz:
    """One item of each kind about the sentences of ``article`` (by default ``SENTENCES``)."""
    article = article or make_article()
    first, second, third = SENTENCES
    return Quiz(
        article,
        [
            make_item(
                article, "short_answer", first, "Joe Biden", "Who approved the use of ATACMS missiles by Ukraine?"
            ),
            make_item(
                article, "cloze", second, "300 kilometers", "ATACMS missiles have a range of up to _____.",
                answer_type="quantity",
            ),
            make_item(
                article, "multiple_choice", third, "Serhiy Kuzan",
                "Who heads the Ukrainian Security and Cooperation Centre?",
                choices=("Joe Biden", "Serhiy Kuzan", "Volodymyr Zelensky"),
            ),
            make_item(
                article, "true_false", second, "True", second, answer_type="boolean",
                choices=("True", "False"), span="300 kilometers",
            ),
        ],
    )  # fmt: skip


def import_package(col: Collection, path: Path) -> ImportResponse.Log:
    """Import the package as Anki does by default: update notes and note types only when newer."""
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(with_scheduling=False, update_notes=0, update_notetypes=0),
    )
    return col.import_anki_package(request).log


def write_deck(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def visible_text(side: str) -> str:
    """The text a student sees on a rendered card side (no style sheet, no tags)."""
    return html.unescape(re.sub(r"<[^>]+>", "", side.split("</style>")[-1]))


@pytest.fixture()
def collection(tmp_path: Path) -> Iterator[Collection]:
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture()
def imported(collection: Collection, tmp_path: Path) -> dict[str, int]:
    """The example quiz imported into ``collection``: card id by item id."""
    import_package(collection, write_deck(tmp_path, "deck.apkg", apkg_bytes([make_quiz()])))
    return {collection.get_card(c).note()["Id"]: c for c in collection.find_cards("")}


def test_flagship_deck_imports_with_one_note_and_card_per_item(
    flagship_quiz: quizgen.Quiz, collection: Collection, tmp_path: Path
) -> None:
    log = import_package(collection, write_apkg([flagship_quiz], tmp_path / "deck.apkg"))
    assert len(log.new) == collection.note_count() == collection.card_count() == len(flagship_quiz.items)


def test_flagship_question_side_never_shows_the_answer_and_the_answer_side_does(
    flagship_quiz: quizgen.Quiz, collection: Collection, tmp_path: Path
) -> None:
    import_package(collection, write_apkg([flagship_quiz], tmp_path / "deck.apkg"))
    by_id = {item.id: item for item in flagship_quiz.items}
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        item = by_id[card.note()["Id"]]
        front = visible_text(card.question())
        if item.kind == "true_false":  # the front asks "true or false?" about the statement
            assert item.question in front and item.answer in visible_text(card.answer())
            continue
        for option in item.choices:  # multiple choice lists each option once, the answer among them
            assert option in front
            front = front.replace(option, "", 1)
        assert item.answer not in front
        assert item.answer in visible_text(card.answer())


@pytest.mark.parametrize(
    ("kind", "model_id", "name"),
    [
        ("short_answer", SHORT_ANSWER_MODEL_ID, "quizgen short answer"),
        ("cloze", CLOZE_MODEL_ID, "quizgen cloze"),
        ("multiple_choice", MULTIPLE_CHOICE_MODEL_ID, "quizgen multiple choice"),
        ("true_false", TRUE_FALSE_MODEL_ID, "quizgen true or false"),
    ],
)
def test_each_kind_has_its_own_note_type_with_a_fixed_id(
    kind: str, model_id: int, name: str, collection: Collection, imported: dict[str, int]
) -> None:
    item = next(i for i in make_quiz().items if i.kind == kind)
    note = collection.get_card(imported[item.id]).note()
    assert (note.mid, note.note_type()["name"]) == (model_id, name)  # type: ignore[index]


def test_note_type_ids_never_change() -> None:
    assert (SHORT_ANSWER_MODEL_ID, CLOZE_MODEL_ID, MULTIPLE_CHOICE_MODEL_ID, TRUE_FALSE_MODEL_ID) == (
        1_731_560_001,
        1_731_560_002,
        1_731_560_003,
        1_731_560_004,
    )


@pytest.mark.parametrize(
    ("kind", "front"),
    [
        ("short_answer", "Who approved the use of ATACMS missiles by Ukraine?"),
        ("cloze", "ATACMS missiles have a range of up to [...]."),
        (
            "multiple_choice",
            "Who heads the Ukrainian Security and Cooperation Centre?Joe BidenSerhiy KuzanVolodymyr Zelensky",
        ),
        ("true_false", "ATACMS missiles have a range of up to 300 kilometers.True or false?"),
    ],
)
def test_question_side_shows_the_question_alone(
    kind: str, front: str, collection: Collection, imported: dict[str, int]
) -> None:
    item = next(i for i in make_quiz().items if i.kind == kind)
    assert visible_text(collection.get_card(imported[item.id]).question()) == front


@pytest.mark.parametrize(
    ("kind", "answer", "highlighted"),
    [
        ("short_answer", '<div class="qz-answer">Joe Biden</div>', "<mark>Joe Biden</mark> approved"),
        ("cloze", '<span class="cloze" data-ordinal="1">300 kilometers</span>', "up to <mark>300 kilometers</mark>."),
        ("multiple_choice", '<div class="qz-answer">B. Serhiy Kuzan</div>', "<mark>Serhiy Kuzan</mark> heads"),
        ("true_false", '<div class="qz-answer">True</div>', "up to <mark>300 kilometers</mark>."),
    ],
)
def test_answer_side_shows_answer_highlighted_source_and_title(
    kind: str, answer: str, highlighted: str, collection: Collection, imported: dict[str, int]
) -> None:
    item = next(i for i in make_quiz().items if i.kind == kind)
    back = collection.get_card(imported[item.id]).answer()
    assert answer in back
    assert highlighted in back
    assert '<div class="qz-title">US approves ATACMS</div>' in back


def test_answer_side_links_to_a_url_source_with_the_url_escaped(collection: Collection, tmp_path: Path) -> None:
    quiz = make_quiz(make_article(source="https://example.org/atacms?a=1&b=2"))
    import_package(collection, write_deck(tmp_path, "deck.apkg", apkg_bytes([quiz])))
    back = collection.get_card(collection.find_cards("")[0]).answer()
    assert '· <a href="https://example.org/atacms?a=1&amp;b=2">source</a>' in back


def test_answer_side_has_no_link_for_a_file_source(collection: Collection, tmp_path: Path) -> None:
    quiz = make_quiz(make_article(source="atacms-ukraine.txt"))
    import_package(collection, write_deck(tmp_path, "deck.apkg", apkg_bytes([quiz])))
    assert "<a " not in collection.get_card(collection.find_cards("")[0]).answer()


def test_fields_are_escaped_html_and_cloze_syntax_in_text_stays_text(collection: Collection, tmp_path: Path) -> None:
    sentence = "The <b> tag & the {{c2::x}} marker :: both appear in 1984."
    article = make_article(sentences=[sentence])
    quiz = Quiz(
        article,
        [
            make_item(
                article, "cloze", sentence, "1984", "The <b> tag & the {{c2::x}} marker :: both appear in _____.",
                answer_type="date",
            ),
            make_item(
                article, "short_answer", sentence, "1984", "When did <b> & {{c2::x}} appear?", answer_type="date"
            ),
        ],
    )  # fmt: skip
    import_package(collection, write_deck(tmp_path, "deck.apkg", apkg_bytes([quiz])))
    assert collection.card_count() == 2
    cards = [collection.get_card(c) for c in collection.find_cards("")]
    assert all("&lt;b&gt;" in card.question() and "<b>" not in card.question() for card in cards)
    assert {visible_text(card.question()) for card in cards} == {
        "The <b> tag & the {{c2::x}} marker :: both appear in [...].",
        "When did <b> & {{c2::x}} appear?",
    }


def test_tags_name_the_article_kind_and_answer_type(collection: Collection, imported: dict[str, int]) -> None:
    item = next(i for i in make_quiz().items if i.kind == "cloze")
    assert collection.get_card(imported[item.id]).note().tags == [
        "quizgen::article::us-approves-atacms",
        "quizgen::kind::cloze",
        "quizgen::type::quantity",
    ]


def test_new_cards_come_in_article_order(collection: Collection, imported: dict[str, int]) -> None:
    items = make_quiz().items
    order = sorted(imported, key=lambda item_id: collection.get_card(imported[item_id]).due)
    by_position = sorted(items, key=lambda i: (i.source.start, i.source.answer_start, ("short_answer", "cloze",
                         "multiple_choice", "true_false").index(i.kind)))  # fmt: skip
    assert order == [i.id for i in by_position]


def test_course_deck_has_a_sub_deck_per_article_in_article_order(collection: Collection, tmp_path: Path) -> None:
    first = make_quiz(make_article("First article"))
    second = make_quiz(make_article("Second article"))
    import_package(collection, write_deck(tmp_path, "c.apkg", apkg_bytes([second, first], deck_name="History 101")))
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert {"History 101", "History 101::First article", "History 101::Second article"} <= names
    for title, quiz in (("First article", first), ("Second article", second)):
        ids = collection.find_cards(f'"deck:History 101::{title}"')
        assert sorted(collection.get_card(c).note()["Id"] for c in ids) == sorted(i.id for i in quiz.items)
    dues = {collection.get_card(c).note()["Id"]: collection.get_card(c).due for c in collection.find_cards("")}
    assert max(dues[i.id] for i in second.items) < min(dues[i.id] for i in first.items)


def test_deck_ids_come_from_deck_names() -> None:
    assert deck_id("History 101") == deck_id("History 101") != deck_id("History 102")
    assert deck_id("History 101") == 1_315_148_575


def test_a_multiple_choice_answer_missing_from_its_choices_is_refused() -> None:
    quiz = make_quiz()
    broken = next(i for i in quiz.items if i.kind == "multiple_choice")
    bad = Quiz(quiz.article, [attrs.evolve(broken, choices=("Joe Biden", "Volodymyr Zelensky"))])
    with pytest.raises(UsageError, match=r"answer 'Serhiy Kuzan' is not among its choices \['Joe Biden'"):
        apkg_bytes([bad])


def test_a_cloze_without_its_blank_is_refused() -> None:
    quiz = make_quiz()
    cloze = next(i for i in quiz.items if i.kind == "cloze")
    bad = Quiz(quiz.article, [attrs.evolve(cloze, question="ATACMS missiles have a long range.")])
    with pytest.raises(UsageError, match="has no blank"):
        apkg_bytes([bad])


def test_package_bytes_are_deterministic(flagship_quiz: quizgen.Quiz) -> None:
    assert apkg_bytes([flagship_quiz]) == apkg_bytes([flagship_quiz])


def test_rebuilding_over_the_same_deck_gives_the_same_bytes(flagship_quiz: quizgen.Quiz, tmp_path: Path) -> None:
    path = write_apkg([flagship_quiz], tmp_path / "deck.apkg")
    first = path.read_bytes()
    assert write_apkg([flagship_quiz], path).read_bytes() == first == apkg_bytes([flagship_quiz])


def test_build_command_makes_a_course_deck_with_a_sub_deck_per_article(
    collection: Collection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = FLAGSHIP.read_text(encoding="utf-8")
    headline = "US Approves ATACMS Missile Use for Ukraine Amid Intensifying Conflict"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace(headline, "Missiles for Ukraine: A Second Account"), encoding="utf-8")
    out = tmp_path / "course.apkg"
    code = main(["build", str(first), str(second), "-o", str(out), "--deck", "History 101", "--format", "apkg"])
    assert code == 0, capsys.readouterr().err
    log = import_package(collection, out)
    in_first = collection.find_cards(f'"deck:History 101::{headline}"')
    in_second = collection.find_cards('"deck:History 101::Missiles for Ukraine: A Second Account"')
    # the two headlines differ, so the title gate may keep different items from the same body
    assert len(in_first) == len(quizgen.generate_file(first).quiz.items) > 0
    assert len(in_second) == len(quizgen.generate_file(second).quiz.items) > 0
    assert len(log.new) == len(in_first) + len(in_second) == collection.card_count()
