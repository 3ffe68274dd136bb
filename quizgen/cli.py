"""The ``quizgen`` command. It parses arguments, calls the library, and prints; nothing else.

Exit codes: 0 success, 1 unexpected internal error (or the spaCy model is missing), 2 usage error,
3 bad input, 4 output problem, 130 interrupted (Ctrl-C or SIGTERM). Every error is one line on
stderr; ``--debug`` adds the traceback of an unexpected one.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, NoReturn

from quizgen import __version__
from quizgen.errors import InputError, ModelNotInstalled, OutputError, QuizgenError, UsageError
from quizgen.select import MAX_ITEMS, MIN_ITEMS, WORDS_PER_ITEM

if TYPE_CHECKING:
    from quizgen.model import Quiz
    from quizgen.pipeline import Explanation
    from quizgen.play import Result

__all__ = ["main"]

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"quizgen: error: {message} (see `quizgen --help`)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quizgen", description="Quiz items and Anki decks from articles, offline.")
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the traceback of unexpected errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    build = commands.add_parser(
        "build",
        help="build an Anki deck and a JSON quiz from articles",
        description="Build an Anki deck (.apkg) and a JSON quiz from articles (.txt, .md or .html).",
    )
    build.add_argument("files", nargs="+", metavar="FILE", help="article files")
    build.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output path; its suffix is replaced by .apkg and .json "
        "(default: beside the first article, with its name)",
    )
    build.add_argument(
        "--format", choices=["apkg", "json", "both"], default="both", help="what to write (default: both)"
    )
    build.add_argument(
        "--max-items",
        type=int,
        default=None,
        metavar="N",
        help=(
            f"at most N items per article (default: one per {WORDS_PER_ITEM} words, "
            f"between {MIN_ITEMS} and {MAX_ITEMS})"
        ),
    )
    build.add_argument(
        "--deck",
        metavar="NAME",
        help="deck name (default: the article's title); with several articles each gets a sub-deck NAME::<title>",
    )
    build.add_argument(
        "--max-chars",
        type=int,
        default=2_000_000,
        metavar="N",
        help="refuse articles longer than N characters (default: 2,000,000)",
    )
    build.add_argument("--explain", action="store_true", help="also list the dropped candidates and why")
    build.add_argument("--quiet", action="store_true", help="print only the paths written")
    _add_play_commands(commands)
    return parser


def _add_play_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    quiz = commands.add_parser(
        "quiz",
        help="take a quiz in the terminal",
        description="Take a quiz (a JSON quiz, or an article built on the fly) in the terminal. "
        "At any prompt: hint, skip, quit, help. Answers may be piped on stdin.",
    )
    review = commands.add_parser(
        "review",
        help="review the items that are due (spaced repetition)",
        description="Review the due items of quizzes, scheduled with FSRS (the same as `quizgen quiz --srs`).",
    )
    for sub in (quiz, review):
        sub.add_argument("files", nargs="+", metavar="FILE", help="JSON quizzes or articles")
        sub.add_argument("--shuffle", action="store_true", help="ask the items in a random order")
        sub.add_argument("--seed", type=int, metavar="N", help="seed of --shuffle, for a repeatable order")
        sub.add_argument("--retry-missed", action="store_true", help="ask the missed items again until none are left")
        sub.add_argument(
            "--progress",
            metavar="FILE",
            help="the SQLite progress file (default: progress.sqlite3 in the user's data directory)",
        )
        sub.add_argument("--json", action="store_true", help="print the session's result as JSON on stdout")
    quiz.add_argument("--srs", action="store_true", help="ask only the due items and save progress")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return _play(args) if args.command in {"quiz", "review"} else _build(args)
    except UsageError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except InputError as exc:
        return _fail(EXIT_INPUT, str(exc))
    except OutputError as exc:
        return _fail(EXIT_OUTPUT, str(exc))
    except ModelNotInstalled as exc:
        return _fail(EXIT_INTERNAL, str(exc))
    except QuizgenError as exc:
        return _fail(EXIT_INTERNAL, f"{exc} (rerun with --debug for the traceback, and please report it)")
    except KeyboardInterrupt:
        return _fail(EXIT_INTERRUPTED, "interrupted; no output was changed and no partial file was left behind")
    except Exception as exc:  # the one place where anything unexpected becomes a message
        if args.debug:
            traceback.print_exc()
        return _fail(
            EXIT_INTERNAL,
            f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback, and please report it)",
        )


def _fail(code: int, message: str) -> int:
    """Print ``message`` as one line on stderr and return ``code``."""
    line = " ".join(message.split())
    print(f"quizgen: error: {line}", file=sys.stderr)
    return code


def _outputs(args: argparse.Namespace) -> tuple[Path | None, Path | None]:
    """The output paths, refused early if they would overwrite an input or cannot be written."""
    from quizgen.files import check_writable

    base = Path(args.output) if args.output else Path(args.files[0])
    if base.is_dir():  # -o FOLDER: write there, named after the first article
        base = base / (Path(args.files[0]).stem or "quiz")
    if not base.name or base.name in {".", ".."}:
        raise UsageError(f"-o {args.output!r} is not a file name; give a path such as out/deck.apkg")
    apkg = base.with_suffix(".apkg") if args.format in {"apkg", "both"} else None
    json_path = base.with_suffix(".json") if args.format in {"json", "both"} else None
    for path in (apkg, json_path):
        if path is not None and any(_same_file(path, Path(f)) for f in args.files):
            raise UsageError(f"the output {path} would overwrite an input; choose another -o")
    if json_path is not None and len(args.files) > 1:
        raise UsageError(
            "a JSON quiz holds one article; with several articles use --format apkg, "
            "or build each article's JSON quiz on its own"
        )
    for path in (apkg, json_path):
        if path is not None:
            check_writable(path)
    return apkg, json_path


def _same_file(output: Path, article: Path) -> bool:
    """Whether writing ``output`` would replace ``article`` (same path, symlink or hard link)."""
    if output.resolve() == article.resolve():
        return True
    try:
        return output.exists() and os.path.samefile(output, article)
    except OSError:
        return False


def _build(args: argparse.Namespace) -> int:
    from quizgen import jsonio
    from quizgen.anki import apkg_bytes
    from quizgen.errors import NoFacts
    from quizgen.files import atomic_write_all
    from quizgen.ingest import read_article
    from quizgen.pipeline import build_quizzes

    if args.max_items is not None and args.max_items < 1:
        raise UsageError(f"--max-items must be at least 1, not {args.max_items}")
    if args.max_chars < 1:
        raise UsageError(f"--max-chars must be at least 1, not {args.max_chars}")
    apkg, json_path = _outputs(args)
    articles = [read_article(f, max_chars=args.max_chars) for f in args.files]
    results = build_quizzes(articles, max_items=args.max_items)
    for path, result in zip(args.files, results, strict=True):
        if not result.quiz.items:
            if args.explain:
                _print_dropped(result)
            raise NoFacts(
                f"{path}: no question passed the quality gates ({len(result.dropped)} "
                f"candidates were dropped{'' if args.explain else '; see --explain'}); quizgen needs "
                "factual sentences about named people, places, organisations, dates or numbers, or that define "
                "the terms they teach"
            )
    quizzes = [r.quiz for r in results]
    outputs: list[tuple[str | os.PathLike[str], bytes]] = []
    if apkg is not None:
        outputs.append((apkg, apkg_bytes(quizzes, deck_name=args.deck)))
    if json_path is not None:
        outputs.append((json_path, jsonio.dumps(quizzes[0]).encode("utf-8")))
    written = atomic_write_all(outputs)
    for path in written:
        kind = "Anki deck" if path.suffix == ".apkg" else "JSON quiz"
        print(f"{kind}: {path}" if not args.quiet else os.fspath(path))
    if args.quiet:
        return EXIT_OK
    for result in results:
        quiz = result.quiz
        print(f"\n{quiz.article.title or quiz.article.key}: {len(quiz.items)} items")
        shown = quiz.items if args.explain else quiz.items[:5]
        for item in shown:
            print(f"  Q: {item.question}\n     A: {item.answer}")
        if len(shown) < len(quiz.items):
            print(f"  ... and {len(quiz.items) - len(shown)} more")
        if args.explain:
            _print_dropped(result)
    return EXIT_OK


def _print_dropped(result: Explanation) -> None:
    print(f"\nDropped candidates ({len(result.dropped)}):")
    for dropped in result.dropped:
        print(f"  [{dropped.reason}] {dropped.detail}\n     {dropped.question} -> {dropped.answer}")


def _load_quiz(path: str) -> Quiz:
    from quizgen import jsonio
    from quizgen.errors import SourceNotFound
    from quizgen.pipeline import generate_file

    if Path(path).suffix.lower() != ".json":
        return generate_file(path).quiz
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceNotFound(f"cannot read the quiz {path}: {exc}; give a JSON quiz or an article") from exc
    return jsonio.loads(text)


def _play(args: argparse.Namespace) -> int:
    import json
    from datetime import UTC, datetime

    from rich.console import Console

    from quizgen.play import Answer, order, play
    from quizgen.screen import Screen
    from quizgen.srs import Progress, default_progress_path

    quizzes = [_load_quiz(path) for path in args.files]
    every_item = order([item for quiz in quizzes for item in quiz.items], shuffle=args.shuffle, seed=args.seed)
    items = every_item
    title = " + ".join(quiz.article.title or quiz.article.key for quiz in quizzes)
    console = Console(stderr=args.json, highlight=False)
    if not console.is_terminal:
        console = Console(stderr=args.json, highlight=False, soft_wrap=True)
    screen = Screen(console, sys.stdin, echo=not sys.stdin.isatty())
    srs = args.command == "review" or args.srs
    progress = Progress(args.progress or default_progress_path()) if srs else None
    schedule = None
    try:

        def save(answer: Answer) -> None:
            if progress is not None:
                progress.record(answer.item.id, answer.mark, hints=answer.hints, now=datetime.now(UTC))

        if progress is not None:
            schedule = progress.schedule(items, now=datetime.now(UTC))
            items = schedule.due
        screen.intro(title, len(items), schedule)
        rounds = []
        while items:
            result = play(items, read=screen.read, show=screen.show, on_answer=save)
            rounds.append(result)
            if not (args.retry_missed and result.ended == "finished" and result.missed):
                break
            items = tuple(answer.item for answer in result.missed)
            console.print(f"\nGoing over the {len(items)} missed item(s) again.")
        next_due = progress.schedule(every_item, now=datetime.now(UTC)).next_due if progress is not None else None
        if schedule is not None and not rounds:
            later = f" Next review: {next_due.astimezone():%Y-%m-%d %H:%M}" if next_due else ""
            console.print("Nothing is due." + later)
        for number, result in enumerate(rounds, start=1):
            screen.summary(result, round_number=number, next_due=next_due if number == len(rounds) else None)
    finally:
        if progress is not None:
            progress.close()
    if args.json:
        print(json.dumps(_session_json(rounds), ensure_ascii=False, indent=2, sort_keys=True))
    if rounds and rounds[-1].ended == "end of input":
        return _fail(EXIT_INPUT, "the input ended before the quiz did; the answers given were kept")
    return EXIT_OK


def _session_json(rounds: Sequence[Result]) -> dict[str, object]:
    return {
        "format": "quizgen.session",
        "version": 1,
        "ended": rounds[-1].ended if rounds else "finished",
        "score": rounds[0].score if rounds else 0,
        "total": rounds[0].total if rounds else 0,
        "rounds": [
            {
                "ended": result.ended,
                "score": result.score,
                "total": result.total,
                "seconds": round(result.seconds, 3),
                "answers": [
                    {
                        "id": a.item.id,
                        "kind": a.item.kind,
                        "question": a.item.question,
                        "answer": a.item.answer,
                        "response": a.response,
                        "mark": a.mark,
                        "reason": a.verdict.reason if a.verdict else None,
                        "hints": a.hints,
                    }
                    for a in result.answers
                ],
            }
            for result in rounds
        ],
    }


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run() -> NoReturn:
    """Entry point of the ``quizgen`` script; SIGTERM is treated like Ctrl-C, so temp files are removed."""
    signal.signal(signal.SIGTERM, _interrupt)
    sys.exit(main())


if __name__ == "__main__":
    run()
