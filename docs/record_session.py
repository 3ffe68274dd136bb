"""Record docs/session.svg: a session over the example quiz, drawn by the same screen code the CLI uses.

Run from the project's root: ``python docs/record_session.py``.
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from quizgen import jsonio
from quizgen.play import play
from quizgen.screen import Screen

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = "Army Tactical Missile Systems\nJoe Bidne\nhint\nZelensky\nPutin\nKuzin\n:quit\n"


def main() -> None:
    quiz = jsonio.loads((ROOT / "decks" / "atacms-ukraine.json").read_text("utf-8"))
    console = Console(record=True, force_terminal=True, width=92, file=io.StringIO(), color_system="truecolor")
    screen = Screen(console, io.StringIO(ANSWERS), echo=True)
    screen.intro(quiz.article.title, len(quiz.items))
    ticks = iter(range(0, 1000, 7))
    result = play(quiz.items, read=screen.read, show=screen.show, clock=lambda: float(next(ticks)))
    screen.summary(result)
    console.save_svg(str(ROOT / "docs" / "session.svg"), title="quizgen quiz decks/atacms-ukraine.json")


if __name__ == "__main__":
    main()
