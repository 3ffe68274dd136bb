"""benchmarks/qg_eval.py: the evaluation harness, on a tiny SQuAD-shaped data set composed here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import quizgen
from quizgen.ask import article_from_context
from quizgen.model import Source

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = "Alexander Fleming discovered penicillin in 1928 in London. Howard Florey purified penicillin in 1941."


@pytest.fixture(scope="module")
def qg_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qg_eval", ROOT / "benchmarks" / "qg_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["qg_eval"] = module
    spec.loader.exec_module(module)
    return module


def _item(question: str, answer: str, kind: str = "short_answer") -> quizgen.Item:
    return quizgen.Item(
        id="x", kind=kind, question=question, answer=answer, answer_type="thing", source=Source("s.", 0, 2)
    )


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Alexander Fleming", "Who discovered penicillin in 1928 in London?"),
        ("1928", "Alexander Fleming discovered penicillin in when in London?"),
        ("penicillin", "Alexander Fleming discovered what in 1928 in London?"),
    ],
)
def test_baseline_replaces_the_answer_in_its_sentence_by_a_wh_word(
    qg_eval: ModuleType, answer: str, expected: str
) -> None:
    article = article_from_context(PARAGRAPH)
    docs = quizgen.analyse(article)
    start = PARAGRAPH.index(answer)
    assert qg_eval.baseline_question(article, docs, (start, start + len(answer))) == expected


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        ("Who discovered penicillin in 1928?", "Alexander Fleming", False),
        ("Who did Alexander Fleming meet?", "Alexander Fleming", True),
        ("What did the Fleming lab find in 1928?", "1928", True),
        ("When did Fleming find penicillin?", "192", False),
    ],
)
def test_leaks_finds_the_answer_as_whole_words_in_the_question(
    qg_eval: ModuleType, question: str, answer: str, expected: bool
) -> None:
    assert qg_eval.leaks(_item(question, answer)) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [("What did he say?", True), ("Why did this happen?", True), ("Who discovered penicillin in 1928?", False)],
)
def test_pronoun_start_flags_a_bare_pronoun_near_the_start(qg_eval: ModuleType, question: str, expected: bool) -> None:
    assert qg_eval.pronoun_start(_item(question, "x")) is expected


def test_the_harness_reports_every_figure_on_a_small_data_set(qg_eval: ModuleType, tmp_path: Path) -> None:
    pytest.importorskip("sacrebleu")
    pytest.importorskip("rouge_score")
    (tmp_path / "squad-dev-articles").mkdir()
    (tmp_path / "squad-dev-articles" / "00-Penicillin.txt").write_text(f"Penicillin\n\n{PARAGRAPH}\n", encoding="utf-8")
    rows = [
        {"question": "Who discovered penicillin?", "answer": "Alexander Fleming"},
        {"question": "When did Howard Florey purify penicillin?", "answer": "1941"},
    ]
    with (tmp_path / "squad-dev-questions.jsonl").open("w", encoding="utf-8") as out:
        for n, row in enumerate(rows):
            start = PARAGRAPH.index(row["answer"])
            record = {
                "article": "Penicillin",
                "paragraph": 0,
                "context": PARAGRAPH,
                "question": row["question"],
                "answers": [row["answer"]],
                "answer_start": [start],
                "id": str(n),
            }
            out.write(json.dumps(record) + "\n")
    report = qg_eval.evaluate(tmp_path)
    assert report["data"] == {"articles": 1, "paragraphs": 1, "questions": 2}
    assert report["ask"]["answered"] == 2
    assert report["agreement"]["kept_items"]["unplaced"] == 0
    assert report["gates"]["grounded"] == report["gates"]["items"] > 0
    assert "(b) ask()" in qg_eval.table(report)
