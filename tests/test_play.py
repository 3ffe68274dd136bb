"""The quiz session through the real command line: piped answers, every item kind and command, and a terminal."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import attrs
import pexpect
import pytest

from quizgen import jsonio
from quizgen.model import Item, Quiz, Source
from quizgen.play import Asked, Event, hint, order, play

from .conftest import FLAGSHIP

DECK = FLAGSHIP.with_suffix(".json")


def _source(text: str, phrase: str, answer: str) -> Source:
    """The source of the flagship sentence holding ``phrase``, with ``answer``'s offsets."""
    at = text.index(phrase)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    end = text.index(".", at) + 1
    answer_start = text.index(answer, start)
    return Source(text[start:end], start, end, answer_start, answer_start + len(answer))


def _quiz() -> Quiz:
    """Four items, one of each kind, on the flagship article."""
    saved = jsonio.loads(DECK.read_text("utf-8"))
    by_answer = {item.answer: item for item in saved.items}
    # the deck may give these facts choices; this session wants them typed
    person = attrs.evolve(by_answer["Joe Biden"], kind="short_answer", choices=())
    cloze = Item(
        id="c0ffee0000000003",
        kind="cloze",
        question="Reports indicated that over _____ attacks took place in October alone.",
        answer="2,000",
        answer_type="number",
        source=_source(saved.article.text, "over 2,000 attacks", "2,000"),
        alternatives=("2000",),
    )
    choice = Item(
        id="c0ffee0000000001",
        kind="multiple_choice",
        question="Who heads the Ukrainian Security and Cooperation Centre?",
        answer="Serhiy Kuzan",
        answer_type="person",
        source=_source(saved.article.text, "Serhiy Kuzan, head of", "Serhiy Kuzan"),
        choices=("Vladimir Putin", "Serhiy Kuzan", "Joe Biden", "Donald Trump"),
    )
    truth = Item(
        id="c0ffee0000000002",
        kind="true_false",
        question="True or false: the US is the largest arms supplier to Ukraine.",
        answer="True",
        answer_type="boolean",
        source=_source(saved.article.text, "largest arms supplier", "US"),
        choices=("True", "False"),
    )
    return attrs.evolve(saved, items=(person, cloze, choice, truth))


@pytest.fixture
def quiz_file(tmp_path: Path) -> Path:
    path = tmp_path / "quiz.json"
    path.write_text(jsonio.dumps(_quiz()), "utf-8")
    return path


def _run(*args: str, stdin: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "quizgen", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=300, env=env)


def test_piped_session_over_every_kind(quiz_file: Path) -> None:
    result = _run("quiz", str(quiz_file), stdin="Biden\n2000\nB\nt\n")
    assert result.returncode == 0, result.stderr
    assert "Question 1 of 4 · score 0" in result.stdout and "Question 4 of 4 · score 3" in result.stdout
    assert "  B) Serhiy Kuzan" in result.stdout
    assert "Score: 4 / 4" in result.stdout and "Missed" not in result.stdout
    assert "\x1b[" not in result.stdout and "╭" not in result.stdout


def test_answers_are_echoed_after_their_prompt(quiz_file: Path) -> None:
    result = _run("quiz", str(quiz_file), stdin="Biden\n2000\n2\nyes\n")
    assert "> Biden\n" in result.stdout and "> yes\n" in result.stdout


def test_wrong_and_almost_answers_show_the_answer_and_source(quiz_file: Path) -> None:
    result = _run("quiz", str(quiz_file), stdin="Joe Bidne\n3000\nA\nf\n")
    assert "≈ Almost: check the spelling. You typed 'Joe Bidne'; the answer is Joe Biden." in result.stdout
    assert "✗ Wrong. The answer: 2,000" in result.stdout
    assert "over 2,000 attacks took place in October" in result.stdout
    assert "Score: 1 / 4 (1 almost)" in result.stdout


def test_commands_hint_skip_help_and_quit(quiz_file: Path) -> None:
    result = _run("quiz", str(quiz_file), stdin="help\nhint\nhint\nskip\nhint\n:quit\n")
    assert result.returncode == 0, result.stderr
    assert "  skip  skip this question" in result.stdout
    assert "Hint: 2 words, starting with 'J'" in result.stdout and "Hint: J__ B____" in result.stdout
    assert "Skipped. The answer: Joe Biden" in result.stdout
    assert "Hint: 1 word, starting with '2'" in result.stdout
    assert "Stopped (quit) after 1 of 4." in result.stdout
    assert "Missed:\n- Who has approved" in result.stdout


def test_a_response_that_picks_no_option_is_asked_again(quiz_file: Path) -> None:
    result = _run("quiz", str(quiz_file), stdin="Biden\n2000\nZ\n9\nB\nmaybe\ntrue\n")
    assert "'Z': please answer with a letter A-D, a number 1-4, or an option's text." in result.stdout
    assert "'maybe': please answer with t or f" in result.stdout
    assert "Score: 4 / 4" in result.stdout


def test_input_ending_early_stops_with_the_summary_and_exit_3(quiz_file: Path) -> None:
    result = _run("quiz", str(quiz_file), stdin="Biden\n")
    assert result.returncode == 3
    assert "Stopped (end of input) after 1 of 4." in result.stdout
    assert "the input ended before the quiz did" in result.stderr


def test_json_result_on_stdout(quiz_file: Path) -> None:
    result = _run("quiz", str(quiz_file), "--json", stdin="Biden\nskip\nC\nf\n")
    data = json.loads(result.stdout)
    assert (data["format"], data["ended"], data["score"], data["total"]) == ("quizgen.session", "finished", 1, 4)
    marks = [(a["kind"], a["mark"]) for a in data["rounds"][0]["answers"]]
    assert marks == [
        ("short_answer", "right"),
        ("cloze", "skipped"),
        ("multiple_choice", "wrong"),
        ("true_false", "wrong"),
    ]
    assert "Question 1 of 4" in result.stderr


def test_seed_gives_the_same_shuffled_order(quiz_file: Path) -> None:
    def questions(seed: str) -> list[str]:
        out = _run("quiz", str(quiz_file), "--shuffle", "--seed", seed, "--json", stdin="skip\n" * 4).stdout
        return [a["id"] for a in json.loads(out)["rounds"][0]["answers"]]

    assert questions("7") == questions("7")
    assert sorted(questions("7")) == sorted(i.id for i in _quiz().items)


def test_retry_missed_asks_the_missed_items_again(quiz_file: Path) -> None:
    result = _run("quiz", str(quiz_file), "--retry-missed", "--json", stdin="Biden\nskip\nB\nnope\nf\n2,000\ntrue\n")
    data = json.loads(result.stdout)
    assert result.returncode == 0, result.stderr
    assert [r["score"] for r in data["rounds"]] == [2, 2]
    assert "Going over the 2 missed item(s) again." in result.stderr


def test_srs_session_saves_progress_and_waits_until_items_are_due(quiz_file: Path, tmp_path: Path) -> None:
    progress = tmp_path / "progress.sqlite3"
    first = _run("quiz", str(quiz_file), "--srs", "--progress", str(progress), stdin="Biden\n1000\nB\nt\n")
    assert first.returncode == 0, first.stderr
    assert "4 questions due (4 new)" in first.stdout and "Next review: " in first.stdout
    with sqlite3.connect(progress) as db:
        assert db.execute("SELECT count(*) FROM cards").fetchone() == (4,)
    second = _run("review", str(quiz_file), "--progress", str(progress), "--json", stdin="")
    assert second.returncode == 0, second.stderr
    assert "Nothing is due. Next review: " in second.stderr
    assert json.loads(second.stdout)["rounds"] == []


def test_quiz_straight_from_an_article() -> None:
    result = _run("quiz", str(FLAGSHIP), "--json", stdin="quit\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] == len(jsonio.loads(DECK.read_text("utf-8")).items)


def test_no_color_gives_plain_text(quiz_file: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm-256color"}
    result = _run("quiz", str(quiz_file), stdin="quit\n", env=env)
    assert "\x1b[" not in result.stdout


def test_terminal_session_layout(quiz_file: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | {"TERM": "xterm-256color", "COLUMNS": "100"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizgen", "quiz", str(quiz_file)],
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 100),
    )
    child.expect("Question 1 of 4")
    child.expect("╰")
    child.sendline("Joe Bidne")
    child.expect("Almost")
    child.expect("Question 2 of 4")
    child.sendline("hint")
    child.expect("Hint: ")
    child.sendline("quit")
    child.expect("Summary")
    child.expect("Score: 1 / 4")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_play_reports_events_and_settles_answers_in_order() -> None:
    items = order(_quiz().items)
    events: list[Event] = []
    lines = iter(["Biden", "2000", "B", "t"])
    ticks = iter(range(100))
    result = play(items, read=lambda item: next(lines), show=events.append, clock=lambda: float(next(ticks)))
    assert [e.number for e in events if isinstance(e, Asked)] == [1, 2, 3, 4]
    assert (result.score, result.ended, result.missed) == (4, "finished", ())
    assert result.seconds > 0


@pytest.mark.parametrize(
    ("level", "expected"), [(1, "2 words, starting with 'J'"), (2, "J__ B____"), (3, "Jo_ Bid__"), (4, None)]
)
def test_hints_give_more_each_time(level: int, expected: str | None) -> None:
    item = _quiz().items[0]
    assert hint(item, level) == expected


def test_multiple_choice_hints_rule_out_wrong_options() -> None:
    item = _quiz().items[2]
    assert hint(item, 1) == "Not A) Vladimir Putin"
    assert hint(item, 3) is None


def test_items_carry_their_source() -> None:
    assert all(isinstance(i.source, Source) for i in _quiz().items)
