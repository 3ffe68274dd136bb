"""quizgen: quiz items and Anki decks from articles, offline.

>>> import quizgen
>>> quiz = quizgen.generate(open("article.txt").read())   # doctest: +SKIP
>>> for item in quiz.items:                                  # doctest: +SKIP
...     print(item.question, "->", item.answer)
"""

from __future__ import annotations

__version__ = "0.1.0"

from quizgen.analyse import analyse, analyse_many, load_pipeline
from quizgen.ask import ask
from quizgen.errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    InputTooLarge,
    ModelNotInstalled,
    NoFacts,
    OutputError,
    QuizFormatError,
    QuizgenError,
    SourceNotFound,
    UnknownEncoding,
    UnreadableInput,
    UnsupportedLanguage,
    UsageError,
)
from quizgen.extract import extract
from quizgen.generate import generate_items
from quizgen.ingest import ingest_text, read_article
from quizgen.model import Article, Dropped, Fact, Item, Paragraph, Quiz, Source
from quizgen.pipeline import Explanation, build_quizzes, explain, generate, generate_file
from quizgen.select import select_facts

__all__ = [
    "Article",
    "BinaryInput",
    "Dropped",
    "EmptyInput",
    "Explanation",
    "Fact",
    "InputError",
    "InputTooLarge",
    "Item",
    "ModelNotInstalled",
    "NoFacts",
    "OutputError",
    "Paragraph",
    "Quiz",
    "QuizFormatError",
    "QuizgenError",
    "Source",
    "SourceNotFound",
    "UnknownEncoding",
    "UnreadableInput",
    "UnsupportedLanguage",
    "UsageError",
    "__version__",
    "analyse",
    "analyse_many",
    "ask",
    "build_quizzes",
    "explain",
    "extract",
    "generate",
    "generate_file",
    "generate_items",
    "ingest_text",
    "load_pipeline",
    "read_article",
    "select_facts",
]
