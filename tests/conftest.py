"""Shared fixtures: the pipeline and the flagship quiz are built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import quizgen
from quizgen.pipeline import Explanation

ROOT = Path(__file__).resolve().parent.parent
FLAGSHIP = ROOT / "decks" / "atacms-ukraine.txt"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def flagship() -> Explanation:
    return quizgen.generate_file(FLAGSHIP)


@pytest.fixture(scope="session")
def flagship_quiz(flagship: Explanation) -> quizgen.Quiz:
    return flagship.quiz


def sample_articles() -> list[Path]:
    """A few of the shared development articles, when they are present beside the project."""
    found = sorted((SHARED / "news").glob("news-*.txt"))[:4] + sorted((SHARED / "squad-dev-articles").glob("*.txt"))[:3]
    return found


NEWS_FOR_CHOICES = ("asylum", "clock", "defector", "election", "flag", "korea", "nasa", "taxes", "warhol", "warming")


@pytest.fixture(scope="session")
def choice_quizzes() -> list[Explanation]:
    """The flagship and several shared news articles, built once, for multiple-choice and true/false checks."""
    paths = [FLAGSHIP, *(SHARED / "news" / f"news-{name}.txt" for name in NEWS_FOR_CHOICES)]
    articles = [quizgen.read_article(p) for p in paths if p.exists()]
    return quizgen.build_quizzes(articles)
