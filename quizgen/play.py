"""The quiz session: ask items one at a time, take answers and commands, keep the score.

``play(items, read=..., show=...)`` drives one round. It never prints: it calls ``read(item)`` for
the student's next line (None when input has ended) and ``show(event)`` for what happened, so a
terminal, a test or a script can run the same session. Commands at any prompt: ``hint``, ``skip``,
``quit`` and ``help`` (also ``:hint``, ``:skip``, ``:quit``, ``:help`` and ``?``; use the colon
form when an answer is itself one of these words).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

import attrs

from quizgen.checking import TYPED_KINDS, Verdict, check, choice_index, choice_label, normalise, parse_truth
from quizgen.model import Item

__all__ = [
    "COMMANDS",
    "Answer",
    "Asked",
    "Checked",
    "Event",
    "Helped",
    "Hinted",
    "Invalid",
    "Result",
    "Skipped",
    "hint",
    "order",
    "play",
]

COMMANDS = {
    "hint": "show a hint (again for more)",
    "skip": "skip this question (it counts as missed)",
    "quit": "stop now and show the summary",
    "help": "show these commands",
}
Ending = Literal["finished", "quit", "end of input"]
Mark = Literal["right", "almost", "wrong", "skipped"]


@attrs.frozen
class Answer:
    """How one item went: the mark, what the student typed, the hints used and the seconds taken."""

    item: Item
    mark: Mark
    response: str
    hints: int
    seconds: float
    verdict: Verdict | None = None


def _answers(values: Iterable[Answer]) -> tuple[Answer, ...]:
    return tuple(values)


@attrs.frozen
class Result:
    """A round's outcome: every answer in order, how it ended, and its duration in seconds."""

    answers: tuple[Answer, ...] = attrs.field(converter=_answers)
    total: int
    ended: Ending
    seconds: float

    @property
    def score(self) -> int:
        """Right and almost-right answers (a small typo still shows the student knew it)."""
        return sum(a.mark in {"right", "almost"} for a in self.answers)

    @property
    def missed(self) -> tuple[Answer, ...]:
        """The wrong and skipped answers."""
        return tuple(a for a in self.answers if a.mark in {"wrong", "skipped"})


@attrs.frozen
class Asked:
    """An item is asked: its number in the round, the round's size and the score so far."""

    item: Item
    number: int
    total: int
    score: int


@attrs.frozen
class Checked:
    """An answer was judged."""

    item: Item
    response: str
    verdict: Verdict


@attrs.frozen
class Hinted:
    """A hint was given (``text`` is None when the item has no more hints)."""

    item: Item
    level: int
    text: str | None


@attrs.frozen
class Skipped:
    """The student skipped the item."""

    item: Item


@attrs.frozen
class Helped:
    """The student asked for the commands."""

    commands: dict[str, str]


@attrs.frozen
class Invalid:
    """A response that picks no option of a multiple-choice or true/false item; it is asked again."""

    item: Item
    response: str
    expected: str


Event = Asked | Checked | Hinted | Skipped | Helped | Invalid
Reader = Callable[[Item], str | None]
Shower = Callable[[Event], None]


def order(items: Iterable[Item], *, shuffle: bool = False, seed: int | None = None) -> tuple[Item, ...]:
    """The items in the article's order, or shuffled (the same order for the same ``seed``)."""
    ordered = list(items)
    if shuffle:
        random.Random(seed).shuffle(ordered)
    return tuple(ordered)


def hint(item: Item, level: int) -> str | None:
    """The ``level``-th hint (1, 2, ...) for ``item``, each giving away more, or None when none are left.

    Typed answers: the number of words and the first letter, then every word's first letter, then
    about half of each word. Multiple choice: one wrong option ruled out per level, keeping two.
    """
    if item.kind == "multiple_choice":
        wrong = [i for i, c in enumerate(item.choices) if normalise(c) != normalise(item.answer)]
        if level > len(wrong) - 1:
            return None
        out = wrong[:level]
        return "Not " + ", ".join(f"{choice_label(i)}) {item.choices[i]}" for i in out)
    if item.kind not in TYPED_KINDS:
        return None
    words = item.answer.split()
    if level == 1:
        count = f"{len(words)} word{'s' if len(words) != 1 else ''}"
        return f"{count}, starting with {item.answer[0]!r}"
    if level == 2:
        return " ".join(_mask(w, 1) for w in words)
    if level == 3:
        return " ".join(_mask(w, (len(w) + 1) // 2) for w in words)
    return None


def _mask(word: str, shown: int) -> str:
    kept = 0
    out = []
    for char in word:
        if char.isalnum() and kept >= shown:
            out.append("_")
        else:
            kept += char.isalnum()
            out.append(char)
    return "".join(out)


def _command(text: str, item: Item) -> str | None:
    word = text.strip().casefold()
    if word == "?":
        return "help"
    if word.startswith(":") and word[1:] in COMMANDS:
        return word[1:]
    answer_is_word = item.kind in TYPED_KINDS and normalise(item.answer) == word
    return word if word in COMMANDS and not answer_is_word else None


def play(
    items: Sequence[Item],
    *,
    read: Reader,
    show: Shower,
    clock: Callable[[], float] = time.monotonic,
    on_answer: Callable[[Answer], None] | None = None,
) -> Result:
    """Ask every item in turn and return the round's result.

    ``on_answer`` is called as soon as each item is settled (to save progress answer by answer).
    """
    answers: list[Answer] = []
    started = clock()
    ended: Ending = "finished"
    for number, item in enumerate(items, start=1):
        score = sum(a.mark in {"right", "almost"} for a in answers)
        show(Asked(item=item, number=number, total=len(items), score=score))
        asked_at, hints = clock(), 0
        answer: Answer | None = None
        while answer is None:
            line = read(item)
            if line is None:
                ended = "end of input"
                break
            command = _command(line, item)
            if command == "quit":
                ended = "quit"
                break
            if command == "help":
                show(Helped(commands=COMMANDS))
            elif command == "hint":
                hints += 1
                show(Hinted(item=item, level=hints, text=hint(item, hints)))
            elif command == "skip":
                show(Skipped(item=item))
                answer = Answer(item=item, mark="skipped", response="", hints=hints, seconds=clock() - asked_at)
            elif not line.strip():
                continue
            elif (expected := _unreadable(item, line)) is not None:
                show(Invalid(item=item, response=line.strip(), expected=expected))
            else:
                verdict = check(item, line)
                show(Checked(item=item, response=line.strip(), verdict=verdict))
                answer = Answer(
                    item=item,
                    mark=verdict.outcome,
                    response=line.strip(),
                    hints=hints,
                    seconds=clock() - asked_at,
                    verdict=verdict,
                )
        if answer is None:
            break
        answers.append(answer)
        if on_answer is not None:
            on_answer(answer)
    return Result(answers=answers, total=len(items), ended=ended, seconds=clock() - started)


def _unreadable(item: Item, line: str) -> str | None:
    """What a multiple-choice or true/false item expects when ``line`` picks nothing, else None."""
    if item.kind == "multiple_choice" and choice_index(item, line) is None:
        last = len(item.choices)
        return f"a letter A-{choice_label(last - 1)}, a number 1-{last}, or an option's text"
    if item.kind == "true_false" and parse_truth(line) is None:
        return "t or f (also y/n, true/false, yes/no)"
    return None
