"""Ask: the question whose answer is a given span of a given sentence or paragraph.

A teacher picks a fact ("1903" in "Marie Curie won the Nobel Prize in 1903.") and gets the question
("When did Marie Curie win the Nobel Prize?"), or ``None`` when quizgen has no good question for it.
The question comes from the same extractor and quality gates as ``quizgen.generate``: the context is
read as article body (never as a headline), its facts are extracted, and the fact whose answer lines
up best with the requested span gives the question.

Offsets: ``answer_start`` is an offset into ``context`` as given. Ingest normalises quotes and
whitespace, so the span is carried over to the article text as "the k-th occurrence of the answer"
(matching quotes and runs of whitespace loosely), which holds whenever normalisation does not change
how often the answer occurs before it.
"""

from __future__ import annotations

import collections
import re
import string
from collections.abc import Sequence

from quizgen.analyse import DEFAULT_PIPELINE, analyse
from quizgen.errors import UsageError
from quizgen.extract import extract
from quizgen.ingest import ingest_text
from quizgen.model import Article, Fact

__all__ = [
    "MIN_F1",
    "answer_spans",
    "article_from_context",
    "ask",
    "choose_question",
    "normalise_answer",
    "token_f1",
]

MIN_F1 = 0.5
_QUOTES = "'\"\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u2033"
_PUNCTUATION = frozenset(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def ask(
    context: str,
    answer: str,
    *,
    answer_start: int | None = None,
    pipeline: str = DEFAULT_PIPELINE,
) -> str | None:
    """Return a question about ``context`` whose answer is ``answer``, or None when none is good enough.

    ``answer_start`` picks one occurrence of ``answer`` in ``context`` (a character offset); without it
    every occurrence is a candidate. Raises ``UsageError`` when ``answer`` is empty or is not in
    ``context`` (at ``answer_start``), and the ``InputError`` subclasses of ``ingest_text`` for a
    context that is empty or not English.
    """
    _check_answer(context, answer, answer_start)
    article = article_from_context(context)
    facts, _ = extract(article, analyse(article, pipeline=pipeline), judge_importance=False)
    return choose_question(facts, answer, answer_spans(context, article, answer, answer_start=answer_start))


def article_from_context(context: str) -> Article:
    """Read ``context`` as plain-text article body: no line of it is taken as the headline."""
    return ingest_text(context, title="", fmt="text")


def answer_spans(
    context: str, article: Article, answer: str, *, answer_start: int | None = None
) -> list[tuple[int, int]]:
    """Return the (start, end) offsets in ``article.text`` of the answer span(s) given in ``context``.

    With ``answer_start``, the one span that is the same occurrence of ``answer``; without it, all.
    An answer in a part of the context that ingest dropped (a dateline, boilerplate) has no span.
    """
    found = [(m.start(1), m.end(1)) for m in _occurrences(_loose(answer), article.text)]
    if answer_start is None:
        return found
    index = sum(1 for m in _occurrences(re.escape(answer), context) if m.start() < answer_start)
    return found[index : index + 1]


def choose_question(facts: Sequence[Fact], answer: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """Return the question of the fact that best answers with ``answer`` at one of ``spans``, or None.

    A fact whose answer has exactly one of the spans wins; otherwise the fact whose answer overlaps a
    span with the highest token F1 (at least ``MIN_F1``) against ``answer``; ties go to the higher
    scored, then the earlier fact. Facts without a wh-question (cloze only) give no question.
    """
    best: tuple[bool, float, float, int] | None = None
    question = None
    for index, fact in enumerate(facts):
        start, end = fact.source.answer_start, fact.source.answer_end
        if not fact.question or start is None or end is None:
            continue
        exact = (start, end) in spans
        if not exact and not any(start < s_end and s_start < end for s_start, s_end in spans):
            continue
        f1 = 1.0 if exact else token_f1(fact.answer, answer)
        if f1 < MIN_F1:
            continue
        key = (exact, f1, fact.score, -index)
        if best is None or key > best:
            best, question = key, fact.question
    return question


def normalise_answer(text: str) -> str:
    """SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", text).split())


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD's token F1 between two answers, after ``normalise_answer``."""
    predicted = normalise_answer(prediction).split()
    expected = normalise_answer(reference).split()
    common = sum((collections.Counter(predicted) & collections.Counter(expected)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return 2 * precision * recall / (precision + recall)


def _check_answer(context: str, answer: str, answer_start: int | None) -> None:
    if not answer.strip():
        raise UsageError("the answer is empty; give the span of the context that the question should ask for")
    if answer_start is None:
        if answer not in context:
            raise UsageError(f"the answer {answer!r} is not in the context; give a span copied from the context")
        return
    found = context[answer_start : answer_start + len(answer)]
    if answer_start < 0 or found != answer:
        raise UsageError(
            f"the context holds {found!r} at answer_start={answer_start}, not the answer {answer!r}; "
            "give the offset of the answer's first character, or leave answer_start out"
        )


def _loose(answer: str) -> str:
    """A pattern for ``answer`` that also matches it after ingest's quote and whitespace normalisation."""
    parts = []
    for word in answer.split():
        parts.append("".join(f"[{re.escape(_QUOTES)}]" if ch in _QUOTES else re.escape(ch) for ch in word))
    return r"\s+".join(parts)


def _occurrences(pattern: str, text: str) -> list[re.Match[str]]:
    """Every match of ``pattern`` in ``text``, overlapping ones included, in order."""
    return list(re.finditer(f"(?=({pattern}))", text))
