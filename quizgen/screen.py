"""The terminal view of a quiz session, part of the command line (with ``cli``, the only code that prints).

``Screen`` reads the student's lines and shows the session's events with ``rich``: panels and colour
on a terminal, plain lines when the output is not a terminal or ``NO_COLOR`` is set. With piped
input each answer is echoed after its prompt, so a transcript reads like the session it was.
"""

from __future__ import annotations

from datetime import datetime
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from quizgen.checking import choice_label
from quizgen.model import Item
from quizgen.play import Answer, Asked, Checked, Event, Helped, Hinted, Invalid, Result, Skipped
from quizgen.srs import Schedule

__all__ = ["Screen"]

_MARKS = {"right": ("✓ Right", "bold green"), "almost": ("≈ Almost", "bold yellow"), "wrong": ("✗ Wrong", "bold red")}


class Screen:
    """Shows a session on ``console`` and reads answers from ``stream`` (echoed when ``echo``)."""

    def __init__(self, console: Console, stream: TextIO, *, echo: bool) -> None:
        self.console = console
        self.stream = stream
        self.echo = echo
        self.fancy = console.is_terminal and not console.no_color

    def read(self, item: Item) -> str | None:
        """The student's next line, or None when input has ended."""
        prompt = "[bold cyan]›[/] " if self.fancy else "> "
        if not self.echo:
            try:
                return self.console.input(prompt)
            except EOFError:
                return None
        line = self.stream.readline()
        if not line:
            return None
        self.console.print(f"{prompt}{escape(line.rstrip())}", highlight=False)
        return line.rstrip("\n")

    def intro(self, title: str, count: int, schedule: Schedule | None = None) -> None:
        """The session's heading: the quiz title, how many items, and what is due."""
        line = f"{title}: {count} question{'s' if count != 1 else ''}"
        if schedule is not None:
            line += f" due ({schedule.new} new)"
        self.console.print(Text(line, style="bold"))
        self.console.print(Text("Answer, or type hint, skip, quit or help.", style="dim"))

    def show(self, event: Event) -> None:
        """Show one event of the session."""
        if isinstance(event, Asked):
            self._asked(event)
        elif isinstance(event, Checked):
            self._checked(event)
        elif isinstance(event, Hinted):
            text = event.text or "No more hints for this question."
            self.console.print(Text(f"Hint: {text}", style="cyan"))
        elif isinstance(event, Skipped):
            self.console.print(Text(f"Skipped. The answer: {event.item.answer}", style="yellow"))
            self._source(event.item)
        elif isinstance(event, Helped):
            for name, text in event.commands.items():
                self.console.print(Text.assemble((f"  {name:<5}", "bold"), f" {text}"))
            self.console.print(Text("  Prefix a command with ':' when the answer is that word.", style="dim"))
        elif isinstance(event, Invalid):
            self.console.print(Text(f"{event.response!r}: please answer with {event.expected}.", style="yellow"))

    def _asked(self, event: Asked) -> None:
        item = event.item
        heading = f"Question {event.number} of {event.total} · score {event.score}"
        body = Text(item.question)
        for index, choice in enumerate(item.choices if item.kind == "multiple_choice" else ()):
            body.append(f"\n  {choice_label(index)}) {choice}")
        if item.kind == "true_false":
            body.append("\n  True or false? (t/f)")
        if self.fancy:
            self.console.print()
            self.console.print(Panel(body, title=heading, title_align="left", border_style="blue"))
        else:
            self.console.print(f"\n{heading}\n{body.plain}", highlight=False)

    def _checked(self, event: Checked) -> None:
        label, style = _MARKS[event.verdict.outcome]
        outcome = event.verdict.outcome
        if outcome == "right":
            note = "" if event.verdict.reason in {"exact", "choice"} else f" ({event.verdict.reason})"
            exact = event.verdict.reason in {"exact", "choice"}
            extra = "" if exact else f". The answer: {event.item.answer}"
            self.console.print(Text.assemble((label, style), note + extra))
            return
        if outcome == "almost":
            self.console.print(
                Text.assemble((label, style), f": check the spelling. You typed {event.response!r}; ")
                + Text.assemble("the answer is ", (event.item.answer, "bold"), ".")
            )
        else:
            self.console.print(Text.assemble((label, style), ". The answer: ", (event.item.answer, "bold")))
        self._source(event.item)

    def _source(self, item: Item) -> None:
        source = item.source
        text = Text("  “", style="dim")
        sentence = Text(source.sentence, style="dim italic")
        if source.answer_start is not None and source.answer_end is not None:
            start, end = source.answer_start - source.start, source.answer_end - source.start
            if 0 <= start < end <= len(source.sentence):
                sentence.stylize("bold not dim", start, end)
        text.append_text(sentence)
        text.append("”", style="dim")
        self.console.print(text)

    def summary(self, result: Result, *, round_number: int = 1, next_due: datetime | None = None) -> None:
        """The round's score, time, and each missed item with its answer and source."""
        minutes, seconds = divmod(round(result.seconds), 60)
        almost = sum(a.mark == "almost" for a in result.answers)
        title = "Summary" if round_number == 1 else f"Summary of retry {round_number - 1}"
        lines = [
            f"Score: {result.score} / {result.total}" + (f" ({almost} almost)" if almost else ""),
            f"Time: {minutes}:{seconds:02d}",
        ]
        if result.ended != "finished":
            lines.append(f"Stopped ({result.ended}) after {len(result.answers)} of {result.total}.")
        if self.fancy:
            self.console.print()
            self.console.print(Panel("\n".join(lines), title=title, title_align="left", border_style="magenta"))
        else:
            self.console.print(f"\n{title}\n" + "\n".join(lines), highlight=False)
        if result.missed:
            self._missed(result.missed)
        if next_due is not None:
            self.console.print(f"Next review: {next_due.astimezone():%Y-%m-%d %H:%M}", highlight=False)

    def _missed(self, missed: tuple[Answer, ...]) -> None:
        if self.fancy:
            table = Table(title="Missed", title_justify="left", show_lines=True)
            table.add_column("Question")
            table.add_column("Answer", style="bold")
            table.add_column("Source", style="dim")
            for answer in missed:
                table.add_row(answer.item.question, answer.item.answer, answer.item.source.sentence)
            self.console.print(table)
            return
        self.console.print("Missed:")
        for answer in missed:
            self.console.print(
                f"- {answer.item.question}\n  Answer: {answer.item.answer}\n  Source: {answer.item.source.sentence}",
                highlight=False,
            )
