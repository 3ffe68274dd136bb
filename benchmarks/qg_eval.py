"""Measure question quality on SQuAD v1.1 dev paragraphs (see README, "Measuring question quality").

    python benchmarks/qg_eval.py [--data DIR] [--limit N] [--json]

Needs the ``bench`` extra (``pip install -e '.[bench]'``: sacrebleu, rouge-score). Reports:

(a) answer agreement: the share of the items ``quizgen`` keeps (one quiz per SQuAD article) whose
    answer matches an answer the human question-writers chose in the same paragraph (SQuAD token F1
    >= 0.5, SQuAD normalisation), and the same share over every fact that passed the gates;
(b) answer-aware questions: for each human question, ``quizgen.ask`` on its paragraph and its first
    human answer; coverage, and corpus BLEU-4 (sacrebleu, default 13a tokenisation, case-sensitive)
    and mean ROUGE-L F1 (rouge-score, no stemming) against the human question, beside a trivial
    baseline scored on the same questions in the same run;
(c) gate counts over the kept items.

Nothing is downloaded: the data comes from ``--data`` and the metrics are computed locally.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

import quizgen
from quizgen.analyse import DEFAULT_PIPELINE
from quizgen.ask import answer_spans, article_from_context, choose_question, normalise_answer, token_f1
from quizgen.model import Article, Item, Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
PRONOUNS = frozenset(["he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "these", "those"])
PRONOUN_WINDOW = 3
SPAN_KINDS = ("short_answer", "cloze", "multiple_choice")
_WH_BY_LABEL = {
    "PERSON": "who",
    "NORP": "who",
    "GPE": "where",
    "LOC": "where",
    "FAC": "where",
    "DATE": "when",
    "TIME": "when",
    "MONEY": "how much",
    "QUANTITY": "how much",
    "PERCENT": "how much",
    "CARDINAL": "how many",
}


@attrs.frozen
class Question:
    """One SQuAD question with its paragraph and its human answers."""

    article: str
    paragraph: int
    context: str
    question: str
    answers: tuple[str, ...] = attrs.field(converter=tuple)
    answer_starts: tuple[int, ...] = attrs.field(converter=tuple)


def load_questions(data: Path) -> list[Question]:
    """Read ``squad-dev-questions.jsonl`` from ``data``."""
    path = data / "squad-dev-questions.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path}: not found; give the folder holding it with --data")
    questions = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            questions.append(
                Question(
                    article=row["article"],
                    paragraph=row["paragraph"],
                    context=row["context"],
                    question=row["question"],
                    answers=row["answers"],
                    answer_starts=row["answer_start"],
                )
            )
    return questions


def article_files(data: Path) -> dict[str, Path]:
    """Map each SQuAD article title to its text file (``NN-<title>.txt``)."""
    folder = data / "squad-dev-articles"
    return {p.stem.split("-", 1)[1]: p for p in sorted(folder.glob("*.txt"))}


def _key(text: str) -> str:
    """A paragraph key that survives ingest's quote and whitespace normalisation."""
    return re.sub(r"\W+", "", text.lower())


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def leaks(item: Item) -> bool:
    """Whether the item's answer appears, as whole words, in its question."""
    answer = normalise_answer(item.answer)
    return bool(answer) and f" {answer} " in f" {normalise_answer(item.question)} "


def pronoun_start(item: Item) -> bool:
    """Whether a bare pronoun or demonstrative is among the question's first words ("What did he say?")."""
    return any(w in PRONOUNS for w in _words(item.question)[:PRONOUN_WINDOW])


def agreement(
    articles: Sequence[Article], answers_by_article: Sequence[Sequence[tuple[str, int]]], human: dict[str, list[str]]
) -> dict[str, Any]:
    """Share of (answer, start) pairs whose paragraph has a human answer with token F1 >= 0.5."""
    matched = total = unplaced = 0
    for article, answers in zip(articles, answers_by_article, strict=True):
        keys = [(p.start, p.end, _key(article.text[p.start : p.end])) for p in article.paragraphs]
        for answer, start in answers:
            paragraph = next((k for p_start, p_end, k in keys if p_start <= start < p_end), None)
            if paragraph is None or paragraph not in human:
                unplaced += 1
                continue
            total += 1
            matched += max((token_f1(answer, h) for h in human[paragraph]), default=0.0) >= 0.5
    return {"matched": matched, "total": total, "share": matched / total if total else 0.0, "unplaced": unplaced}


def sentence_of(article: Article, docs: Sequence[Doc], span: tuple[int, int]) -> tuple[int, int, str]:
    """The sentence holding ``span`` as (start, end) in ``article.text``, and the span's entity label."""
    start, end = span
    for paragraph, doc in zip(article.paragraphs, docs, strict=True):
        for sent in doc.sents:
            s_start, s_end = paragraph.start + sent.start_char, paragraph.start + sent.end_char
            if s_start <= start < s_end:
                label = next(
                    (
                        ent.label_
                        for ent in sent.ents
                        if paragraph.start + ent.start_char < end and start < paragraph.start + ent.end_char
                    ),
                    "",
                )
                return s_start, s_end, label
    return 0, len(article.text), ""


def baseline_question(article: Article, docs: Sequence[Doc], span: tuple[int, int]) -> str:
    """The trivial baseline: the answer's sentence, the answer replaced by a wh-word, "?" at the end.

    The wh-word comes from the entity label at the answer (person -> who, place -> where, date -> when,
    money/quantity/percent -> how much, cardinal -> how many), else "what".
    """
    s_start, s_end, label = sentence_of(article, docs, span)
    start, end = span
    sentence = article.text[s_start:s_end]
    head, tail = sentence[: start - s_start], sentence[end - s_start :]
    text = f"{head}{_WH_BY_LABEL.get(label, 'what')}{tail}".strip().rstrip(".!;:").rstrip()
    return text[:1].upper() + text[1:] + "?"


def similarity(hypotheses: Sequence[str], references: Sequence[str]) -> dict[str, float]:
    """Corpus BLEU-4 (sacrebleu defaults) and mean ROUGE-L F1 (rouge-score) of hypotheses to references."""
    import sacrebleu
    from rouge_score import rouge_scorer

    if not hypotheses:
        return {"bleu4": 0.0, "rougeL": 0.0}
    bleu = sacrebleu.corpus_bleu(list(hypotheses), [list(references)]).score
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    rouge = sum(scorer.score(r, h)["rougeL"].fmeasure for h, r in zip(hypotheses, references, strict=True))
    return {"bleu4": round(bleu, 2), "rougeL": round(100 * rouge / len(hypotheses), 2)}


def evaluate(data: Path, *, limit: int | None = None, pipeline: str = DEFAULT_PIPELINE) -> dict[str, Any]:
    """Compute every figure of the report on the first ``limit`` articles (all when None)."""
    clock = time.perf_counter()
    timings: dict[str, float] = {}
    questions = load_questions(data)
    titles = list(dict.fromkeys(q.article for q in questions))[:limit]
    questions = [q for q in questions if q.article in set(titles)]
    files = article_files(data)
    missing = [t for t in titles if t not in files]
    if missing:
        raise SystemExit(f"no article file for {missing[:3]} in {data / 'squad-dev-articles'}")

    human: dict[str, list[str]] = defaultdict(list)
    for q in questions:
        human[_key(q.context)].extend(q.answers)

    # (a) and (c): one quiz per article, exactly as `quizgen build` makes it; and, from a second parse,
    # every fact that passed the gates (before ranking and the item cap).
    articles = [quizgen.read_article(files[t]) for t in titles]
    kept = [list(result.quiz.items) for result in quizgen.build_quizzes(articles, pipeline=pipeline)]
    facts_found = [
        [(f.answer, f.source.answer_start or 0) for f in quizgen.extract(article, docs)[0]]
        for article, docs in zip(articles, quizgen.analyse_many(articles, pipeline=pipeline), strict=True)
    ]
    timings["generate"] = time.perf_counter() - clock

    # True/false items answer "True" or "False", not a span: they count only in "items".
    all_items = [item for quiz in kept for item in quiz]
    kept = [[i for i in quiz if i.kind in SPAN_KINDS] for quiz in kept]
    items = [item for quiz in kept for item in quiz]
    kept_answers = [[(i.answer, i.source.answer_start or 0) for i in quiz] for quiz in kept]
    by_kind = {
        kind: agreement(
            articles, [[(i.answer, i.source.answer_start or 0) for i in quiz if i.kind == kind] for quiz in kept], human
        )
        for kind in SPAN_KINDS
    }
    gates = {
        "items": len(all_items),
        "span_items": len(items),
        "short_answer": sum(i.kind == "short_answer" for i in items),
        "grounded": sum(
            articles[n].text[i.source.answer_start or 0 : i.source.answer_end or 0] == i.answer
            for n, quiz in enumerate(kept)
            for i in quiz
        ),
        "answer_in_question": sum(leaks(i) for i in items),
        "pronoun_in_first_words": sum(pronoun_start(i) for i in items if i.kind == "short_answer"),
        "no_question_mark": sum(not i.question.rstrip().endswith("?") for i in items if i.kind == "short_answer"),
    }

    # (b): ask() on each human answer, one paragraph at a time, the paragraphs parsed in one stream.
    step = time.perf_counter()
    contexts = list(dict.fromkeys(q.context for q in questions))
    context_articles, refused = [], set()
    for n, context in enumerate(contexts):
        try:
            context_articles.append(article_from_context(context))
        except quizgen.InputError:  # ask() refuses it; the baseline still reads the raw paragraph
            refused.add(n)
            context_articles.append(Article(title="", text=context, paragraphs=[Paragraph(0, len(context))]))
    parsed = quizgen.analyse_many(context_articles, pipeline=pipeline)
    context_facts = [
        [] if n in refused else quizgen.extract(a, d, judge_importance=False)[0]
        for n, (a, d) in enumerate(zip(context_articles, parsed, strict=True))
    ]
    index = {c: n for n, c in enumerate(contexts)}
    ours: list[str | None] = []
    baseline: list[str] = []
    for q in questions:
        n = index[q.context]
        article, answer = context_articles[n], q.answers[0]
        spans = answer_spans(q.context, article, answer, answer_start=q.answer_starts[0])
        ours.append(choose_question(context_facts[n], answer, spans) if spans else None)
        baseline.append(baseline_question(article, parsed[n], spans[0]) if spans else answer + "?")
    covered = [n for n, question in enumerate(ours) if question is not None]
    references = [q.question for q in questions]
    timings["ask"] = time.perf_counter() - step
    step = time.perf_counter()
    asked = {
        "questions": len(questions),
        "answered": len(covered),
        "paragraphs_refused_by_ingest": len(refused),
        "coverage": len(covered) / len(questions) if questions else 0.0,
        "ours": similarity([ours[n] or "" for n in covered], [references[n] for n in covered]),
        "baseline_same_questions": similarity([baseline[n] for n in covered], [references[n] for n in covered]),
        "baseline_all_questions": similarity(baseline, references),
    }
    timings["metrics"] = time.perf_counter() - step
    timings["total"] = time.perf_counter() - clock
    return {
        "data": {"articles": len(titles), "paragraphs": len(contexts), "questions": len(questions)},
        "agreement": {
            "kept_items": agreement(articles, kept_answers, human),
            "kept_short_answer": by_kind["short_answer"],
            "kept_cloze": by_kind["cloze"],
            "kept_multiple_choice": by_kind["multiple_choice"],
            "all_facts": agreement(articles, facts_found, human),
        },
        "ask": asked,
        "gates": gates,
        "seconds": {k: round(v, 1) for k, v in timings.items()},
    }


def table(report: dict[str, Any]) -> str:
    """The report as a compact plain-text table."""
    d, ag, asked, gates = report["data"], report["agreement"], report["ask"], report["gates"]
    lines = [f"SQuAD dev: {d['articles']} articles, {d['paragraphs']} paragraphs, {d['questions']} questions", ""]
    lines.append("(a) kept answers matching a human answer in the paragraph (token F1 >= 0.5; span answers)")
    for name, label in [
        ("kept_items", "kept items"),
        ("kept_short_answer", "  short answer"),
        ("kept_cloze", "  cloze"),
        ("kept_multiple_choice", "  multiple choice"),
        ("all_facts", "all gated facts"),
    ]:
        a = ag[name]
        lines.append(f"  {label:<18} {a['matched']:>5} / {a['total']:<5} {100 * a['share']:5.1f}%")
    lines.append("")
    lines.append(
        f"(b) ask() on the first human answer: {asked['answered']} / {asked['questions']} "
        f"answered ({100 * asked['coverage']:.1f}% coverage)"
    )
    lines.append(f"  {'':<34} {'BLEU-4':>7} {'ROUGE-L':>8}")
    for name, label in [
        ("ours", "quizgen.ask (answered questions)"),
        ("baseline_same_questions", "baseline (same questions)"),
        ("baseline_all_questions", "baseline (all questions)"),
    ]:
        m = asked[name]
        lines.append(f"  {label:<34} {m['bleu4']:>7.2f} {m['rougeL']:>8.2f}")
    lines.append("")
    lines.append(
        f"(c) gates over the {gates['span_items']} of {gates['items']} kept items whose answer is a span "
        f"({gates['short_answer']} short answer; true/false left out)"
    )
    lines.append(f"  grounded (text[start:end] == answer) {gates['grounded']:>5}")
    lines.append(f"  answer in question                   {gates['answer_in_question']:>5}")
    lines.append(f"  pronoun in first {PRONOUN_WINDOW} words (questions) {gates['pronoun_in_first_words']:>5}")
    lines.append(f"  question without final '?'          {gates['no_question_mark']:>5}")
    lines.append("")
    lines.append("seconds: " + ", ".join(f"{k} {v}" for k, v in report["seconds"].items()))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with squad-dev-questions.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE, help="spaCy pipeline package")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error(f"--limit must be at least 1, not {args.limit}")
    report = evaluate(args.data, limit=args.limit, pipeline=args.pipeline)
    print(json.dumps(report, indent=2, sort_keys=True) if args.json else table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
