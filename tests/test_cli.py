"""The quizgen command, run as a user runs it (a real subprocess)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import FLAGSHIP


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "quizgen", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_build_writes_deck_and_json_and_prints_questions(tmp_path: Path) -> None:
    result = _run("build", str(FLAGSHIP), "-o", str(tmp_path / "out.apkg"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.apkg").stat().st_size > 0
    assert (tmp_path / "out.json").stat().st_size > 0
    assert "Anki deck:" in result.stdout and "Q: " in result.stdout
    assert not list(tmp_path.glob("*.part"))


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.startswith("quizgen ")


def test_unknown_option_is_a_usage_error() -> None:
    result = _run("build", "--no-such-flag", str(FLAGSHIP))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    result = _run("build", str(tmp_path / "nope.txt"))
    assert result.returncode == 3
    assert "no such file" in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


def test_explain_lists_why_an_article_gave_no_items(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("A note\n\nHe visited Paris in 2004. This decision was criticised in 2004.\n", "utf-8")
    plain = _run("build", str(article), "-o", str(tmp_path / "out.apkg"))
    assert plain.returncode == 3 and "see --explain" in plain.stderr
    explained = _run("build", str(article), "--explain", "-o", str(tmp_path / "out.apkg"))
    assert explained.returncode == 3 and "Traceback" not in explained.stderr
    assert "Dropped candidates" in explained.stdout and "unresolved" in explained.stdout
    assert not list(tmp_path.glob("out.*"))


def test_output_over_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "article.json"
    article.write_text(FLAGSHIP.read_text("utf-8"), "utf-8")
    result = _run("build", str(article), "--format", "json")
    assert result.returncode == 2
    assert article.read_text("utf-8") == FLAGSHIP.read_text("utf-8")
