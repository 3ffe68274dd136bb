"""Ingest: formats, paragraphs, titles and boilerplate."""

from __future__ import annotations

import pytest

import quizgen
from quizgen import EmptyInput, UnsupportedLanguage, ingest_text, read_article
from quizgen.errors import BinaryInput
from quizgen.ingest import decode

from .conftest import FLAGSHIP


def test_flagship_drops_photo_credit_and_source_lines() -> None:
    article = read_article(FLAGSHIP)
    assert article.title == "US Approves ATACMS Missile Use for Ukraine Amid Intensifying Conflict"
    assert "Photo credit" not in article.text
    assert "www.bbc.com" not in article.text
    assert not article.text.rstrip().endswith("Source")
    assert article.text.startswith("In a significant shift of US policy")


def test_headline_never_merges_with_first_sentence() -> None:
    article = ingest_text("Big News Today\nThe council voted on Monday to close the old bridge.\n")
    assert article.title == "Big News Today"
    assert article.paragraph_texts() == ["The council voted on Monday to close the old bridge."]


def test_paragraph_offsets_point_into_text() -> None:
    article = ingest_text("Title Here\n\nFirst paragraph is here.\n\nSecond paragraph is here too.")
    assert [article.text[p.start : p.end] for p in article.paragraphs] == [
        "First paragraph is here.",
        "Second paragraph is here too.",
    ]


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text = (
        "A Title\n\nThe committee met in the morning and decided that the\nbudget would be cut by ten "
        "percent for the coming year.\n"
    )
    assert ingest_text(text).paragraph_texts() == [
        "The committee met in the morning and decided that the budget would be cut by ten percent for the coming year."
    ]


def test_dateline_becomes_article_date() -> None:
    article = ingest_text("Storm hits coast\n\nWednesday, April 13, 2011\n\nA storm hit the coast of Maine.")
    assert article.date == "Wednesday, April 13, 2011"
    assert article.paragraph_texts() == ["A storm hit the coast of Maine."]


@pytest.mark.parametrize(
    "lead",
    ["CORRINGTON \u2014 ", "LONDON (Reuters) \u2014 ", "HALDEN, 5 June (Wire) \u2014 ", "PARIS -- "],
)
def test_a_wire_dateline_in_capitals_is_not_part_of_the_first_sentence(lead: str) -> None:
    article = ingest_text(f"Council backs tram\n\n{lead}The city council approved a tram line on Tuesday.")
    assert article.paragraph_texts() == ["The city council approved a tram line on Tuesday."]


def test_a_sentence_opening_on_an_acronym_keeps_it() -> None:
    article = ingest_text("Space\n\nNASA launched the probe in 2020. NASA - the agency - said so.")
    assert article.paragraph_texts()[0].startswith("NASA launched")


def test_markdown_heading_is_title_and_markup_is_removed() -> None:
    text = (
        "# Mars Landing\n\nThe **rover** landed in [Jezero Crater](https://example.org) in 2021.\n\n"
        "## Details\n\n- It carried a helicopter.\n"
    )
    article = ingest_text(text, fmt="markdown")
    assert article.title == "Mars Landing"
    assert article.paragraph_texts() == ["The rover landed in Jezero Crater in 2021.", "It carried a helicopter."]


def test_html_skips_scripts_styles_and_navigation() -> None:
    page = """<html><head><title>Site | Page</title><style>p{color:red}</style></head><body>
    <nav><a href="/">Home</a></nav><h1>Ferry Sinks</h1><p>By Jane Smith</p>
    <p>A ferry sank near Oslo on Friday, the coast guard said.</p><script>var x = 1;</script>
    <p>Photo credit: Reuters</p><footer>Copyright 2020</footer></body></html>"""
    article = ingest_text(page, fmt="html")
    assert article.title == "Ferry Sinks"
    assert article.paragraph_texts() == ["A ferry sank near Oslo on Friday, the coast guard said."]


def test_curly_quotes_are_normalised() -> None:
    article = ingest_text("Title\n\n\u201cWe won,\u201d said Ukraine\u2019s coach.")
    assert article.text == '"We won," said Ukraine\'s coach.'


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Photo credit: x.com\nSource\nwww.bbc.com\n"])
def test_empty_or_boilerplate_only_input_is_refused(text: str) -> None:
    with pytest.raises(EmptyInput):
        ingest_text(text)


def test_non_english_text_is_refused() -> None:
    german = (
        "Die Regierung hat am Montag beschlossen, die Steuern zu senken. Der Minister sagte, "
        "dass die Wirtschaft wachsen werde und die Arbeitslosigkeit sinken solle."
    )
    with pytest.raises(UnsupportedLanguage, match="English"):
        ingest_text(german)


@pytest.mark.parametrize("data", [b"%PDF-1.4 binary", b"\x89PNG\r\n\x1a\n....", b"PK\x03\x04zip", b"abc\x00\x01def"])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInput):
        decode(data)


INTERVIEW = """A conversation with a lighthouse keeper

Margaret Olsen has been the keeper of the Skerry Point lighthouse in Norway for twenty years.

Reporter: How did you start?

MargaretOlsen: The Norwegian Coastal Administration electrified the Skerry Point lighthouse in 1961.

The Norwegian Coastal Administration closed the Bergen lighthouse school in 1985.

Reporter: Do you ever get lonely?
"""


def test_interview_speaker_labels_are_stripped_and_kept_as_speakers() -> None:
    article = ingest_text(INTERVIEW)
    texts = article.paragraph_texts()
    assert texts[0].startswith("Margaret Olsen has been")
    assert texts[1] == "How did you start?"
    assert [p.speaker for p in article.paragraphs] == [None, "Reporter", "MargaretOlsen", "MargaretOlsen", "Reporter"]


def test_a_single_label_is_not_a_transcript() -> None:
    article = ingest_text("Storm warning\n\nUpdate: The storm reached the coast of Norway on Monday evening.\n")
    assert article.paragraph_texts() == ["The storm reached the coast of Norway on Monday evening."]
    assert article.paragraphs[0].speaker is None


def test_an_interviewees_answers_are_their_claims_not_quiz_facts() -> None:
    spoken = ("electrified the Skerry Point lighthouse", "closed the Bergen lighthouse school")
    result = quizgen.explain(INTERVIEW, max_items=10)
    assert not [i for i in result.quiz.items if any(s in i.source.sentence for s in spoken)]
    reasons = {d.source.sentence: d for d in result.dropped if "said by MargaretOlsen" in d.detail}
    assert len(reasons) == 2 and all(d.reason == "vague" for d in reasons.values())
    # the same sentences, told by the article rather than an interviewee, are facts
    told = quizgen.generate(INTERVIEW.replace("MargaretOlsen: ", "").replace("Reporter: ", ""), max_items=10)
    assert {s for s in spoken if any(s in i.source.sentence for i in told.items)} == set(spoken)


def test_encyclopedia_marks_are_removed() -> None:
    article = ingest_text(
        "Huguenots\n\nRoughly 500,000 Huguenots had fled France by 1700.[citation needed] They went north.[12]"
    )
    assert article.text == "Roughly 500,000 Huguenots had fled France by 1700. They went north."


def test_a_transcripts_sentence_about_the_interview_itself_is_not_asked() -> None:
    text = INTERVIEW.replace(
        "for twenty years.", "for twenty years. Olsen answered seven questions submitted by e-mail in Bergen in 2023."
    )
    result = quizgen.explain(text, max_items=10)
    assert not [i for i in result.quiz.items if "seven questions" in i.source.sentence]
    assert any("about the interview itself" in d.detail for d in result.dropped)
