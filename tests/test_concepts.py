"""Questions about the concepts lecture notes teach: definitions, names, places and roles of key terms."""

from __future__ import annotations

import pytest

import quizgen


def _items(text: str, title: str = "Science notes") -> list[tuple[str, str]]:
    """Every question the extractor makes of ``text`` (before selection), with its answer."""
    article = quizgen.ingest_text(f"{title}\n\n{text}")
    facts, _ = quizgen.extract(article, quizgen.analyse(article), judge_importance=False)
    return [(fact.question or fact.statement, fact.answer) for fact in facts]


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        # a key term defined where it is introduced
        (
            "Erosion is the process by which wind and water wear away rock.",
            "What is erosion?",
            "the process by which wind and water wear away rock",
        ),
        # what something is called
        ("Molten rock below the surface is called magma.", "What is molten rock below the surface called?", "magma"),
        (
            "Solid carbon dioxide is commonly known as dry ice.",
            "What is solid carbon dioxide commonly known as?",
            "dry ice",
        ),
        # a key term as the subject of what it does
        (
            "Enzymes speed up chemical reactions in living cells.",
            "What speeds up chemical reactions in living cells?",
            "Enzymes",
        ),
        (
            "The pancreas produces insulin in response to high blood sugar.",
            "What produces insulin in response to high blood sugar?",
            "pancreas",
        ),
        # a bare plural or mass noun can define a term too
        (
            "Groundwater is water stored in the pores of soil and rock.",
            "What is groundwater?",
            "water stored in the pores of soil and rock",
        ),
        # where a process takes place, with "it" continuing the term before
        (
            "Glycolysis is the first stage of cellular respiration. It occurs in the cytoplasm.",
            "Where does glycolysis occur?",
            "cytoplasm",
        ),
        # a term glossed in passing, however the parse hangs the gloss
        (
            "Chemical digestion relies on enzymes, proteins that speed up the breakdown of food.",
            "What are enzymes?",
            "proteins that speed up the breakdown of food",
        ),
        (
            "Stars are born inside nebulae, vast clouds of gas and dust.",
            "What are nebulae?",
            "vast clouds of gas and dust",
        ),
        # what it is made of, with the preposition kept at the end
        (
            "The plasma membrane is made of a double layer of phospholipids.",
            "What is the plasma membrane made of?",
            "double layer of phospholipids",
        ),
        (
            "Fertilisation in flowering plants takes place in the ovary.",
            "Where does fertilisation in flowering plants take place?",
            "ovary",
        ),
        # a comma-set "which" clause says what the term does
        (
            "The heart pumps blood through the body. Blood carries oxygen to the tissues. The rest of the blood is "
            "made of red cells, which carry oxygen; white cells, which fight disease; and platelets, which help "
            "the blood to clot.",
            "What helps the blood to clot?",
            "platelets",
        ),
        # a clause the parse hangs before a semicolon is a main clause too
        (
            "The heart pumps blood through the vessels. Blood carries oxygen to the tissues. Arteries carry blood "
            "away from the heart; they have thick walls. Veins return blood to the heart.",
            "What carries blood away from the heart?",
            "Arteries",
        ),
    ],
)
def test_a_key_term_gives_the_expected_question(text: str, question: str, answer: str) -> None:
    assert (question, answer) in _items(text)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The plague reached Alexandria in the autumn of 1347.", "plague"),  # a past event, not a general truth
        ("Economists measure inflation with the consumer price index.", "Economists"),  # people, asked with "who"
        ("The government raises taxes during a long recession.", "government"),  # an everyday word is no term
        ("Glaciers can carve deep valleys into hard rock.", "Glaciers"),  # a possibility, not a fact
        ("It occurs in the cytoplasm of the cell.", "cytoplasm"),  # "it" with nothing before to point to
        ("Plants use sunlight to make glucose from carbon dioxide.", "Plants"),  # "use" says too little
        # the "which" clause agrees with a plural the parse did not attach it to
        (
            "An acid reacts with a base to form a salt and water. Indigestion tablets hold calcium carbonate, "
            "which neutralise excess stomach acid.",
            "calcium carbonate",
        ),
        # two "which" clauses on one verb contrast, and neither answer is the only one
        (
            "Igneous rock forms when magma cools. Granite, which cools slowly deep underground, has large "
            "crystals, whereas basalt, which cools quickly at the surface, has tiny ones.",
            "basalt",
        ),
        # where a process belongs is not what it is
        (
            "Cell division is part of a larger sequence called the cell cycle. The cell cycle has two phases.",
            "part of a larger sequence called the cell cycle",
        ),
        # one of a list with no clause of its own: the clause may be the whole list's
        (
            "An acid reacts with a base to form a salt and water. Indigestion tablets hold magnesium hydroxide or "
            "calcium carbonate, which neutralises stomach acid.",
            "calcium carbonate",
        ),
    ],
)
def test_no_concept_question_without_a_clear_key_term(text: str, answer: str) -> None:
    assert all(found != answer for _, found in _items(text))


def test_the_titles_own_term_is_not_the_answer_but_is_defined() -> None:
    text = "Volcanoes are openings in the crust through which molten rock escapes. Volcanoes release sulfur dioxide."
    items = _items(text, title="Volcanoes")
    assert ("What are volcanoes?", "openings in the crust through which molten rock escapes") in items
    assert all(answer != "Volcanoes" for _, answer in items)


def test_a_later_sentence_does_not_redefine_a_term() -> None:
    text = "Osmosis moves water across membranes. Osmosis is a kind of diffusion of water through a membrane."
    assert all(question != "What is osmosis?" for question, _ in _items(text))


def test_lecture_notes_make_a_quiz() -> None:
    notes = (
        "Lecture 4: The water cycle\n\n"
        "Evaporation is the change of liquid water into water vapour. It happens mostly at the surface of oceans. "
        "Water vapour that cools in the air is called condensation. Clouds form when condensation gathers "
        "around tiny particles of dust.\n\n"
        "Precipitation returns water to the ground as rain, snow or hail. Runoff carries water from the land "
        "into rivers and lakes. Groundwater is water stored in the pores of soil and rock."
    )
    quiz = quizgen.generate(notes)
    asked = {(item.question, item.answer) for item in quiz.items}
    # a short definite description is asked the other way round
    assert ("What is the change of liquid water into water vapour?", "Evaporation") in asked
    assert len(quiz.items) >= 4


def test_a_key_term_is_offered_among_other_kinds_of_the_same_thing() -> None:
    notes = (
        "Notes: Rocks\n\n"
        "Sedimentary rock builds up from layers of sand and mud. Volcanic rock makes up most of the ocean floor. "
        "Metamorphic rock develops under great heat and pressure deep underground. Intrusive rock cools slowly "
        "deep underground. Extrusive rock cools quickly at the surface."
    )
    quiz = quizgen.generate(notes, max_items=10)
    asked = {item.answer: item for item in quiz.items}
    item = asked["Sedimentary rock"]
    assert item.kind == "multiple_choice"
    assert item.choices.count("Sedimentary rock") == 1
    assert all(choice.endswith(" rock") for choice in item.choices)


def test_key_terms_of_other_kinds_make_no_options() -> None:
    # "What surrounds every cell?" among "ribosomes" and "cellular respiration" would be absurd
    notes = (
        "Lecture 2: Parts of the cell\n\n"
        "The nucleus holds the chromosomes. The plasma membrane surrounds every cell. "
        "The cytoplasm surrounds the organelles. The vacuole stores water and salts in plant cells. "
        "The Golgi apparatus packages proteins for export. Chloroplasts capture light energy in leaves."
    )
    quiz = quizgen.generate(notes, max_items=10)
    terms = [item for item in quiz.items if item.answer_type == "term"]
    assert terms
    assert all(item.kind == "short_answer" for item in terms)


def test_it_never_continues_a_name_as_a_term() -> None:
    text = (
        "Iceland is an island country in the North Atlantic. With a population of under 400,000, it is the "
        "most sparsely populated country in Europe. In 1944 Iceland became a republic."
    )
    items = _items(text, title="Iceland")
    assert all("iceland" not in (question + answer) for question, answer in items)


def test_a_phrase_the_parse_put_before_the_subject_ends_the_question() -> None:
    text = (
        "In China, Bi Sheng had made type from baked clay around 1040, and in Korea a Buddhist text known as the "
        "Jikji was printed with metal type in 1377."
    )
    # however the parse attaches "in Korea", it never comes between the auxiliary and the subject
    asked = [q for q, answer in _items(text, title="Printing") if answer == "1377"]
    assert asked
    assert all(q.startswith("When was a Buddhist text known as the Jikji printed") for q in asked)


def test_a_which_clause_about_a_thing_named_before_it_is_not_asked() -> None:
    text = (
        "An electric current is a flow of charge. In a metal wire the charge is carried by electrons, "
        "which drift through the metal when a voltage is applied."
    )
    assert not [q for q, _ in _items(text) if "drift" in q]
