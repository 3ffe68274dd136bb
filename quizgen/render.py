"""Turn a chosen sequence of tokens (with replacements) back into clean text.

Questions and statements are built by keeping, dropping, moving and replacing tokens of a parsed
sentence; this module joins what is left with the right spacing and tidies the punctuation, and
tracks where a marked span lands in the output.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from spacy.tokens import Token

__all__ = ["Piece", "render"]

_NO_SPACE_BEFORE = {",", ".", "?", "!", ":", ";", ")", "]", "'s", "'", "n't", "%", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "$", "#"}


@attrs.frozen
class Piece:
    """One output unit: a token (optionally with replaced text) or a literal string."""

    text: str
    index: int | None = None
    whitespace: str = " "
    mark: bool = False

    @classmethod
    def of(cls, token: Token, text: str | None = None, *, mark: bool = False) -> Piece:
        """A piece for ``token``, keeping its own spacing unless the text is replaced."""
        return cls(text if text is not None else token.text, token.i, token.whitespace_, mark)


def render(pieces: Sequence[Piece], *, end: str = "") -> tuple[str, tuple[int, int] | None]:
    """Join ``pieces`` into text ending with ``end``; return it and the (start, end) of marked pieces."""
    out = ""
    span: list[int] = []
    previous: Piece | None = None
    for piece in pieces:
        if not piece.text:
            continue
        if previous is not None:
            adjacent = previous.index is not None and piece.index == previous.index + 1
            if adjacent:
                out += previous.whitespace
            elif piece.text not in _NO_SPACE_BEFORE and previous.text not in _NO_SPACE_AFTER:
                out += " "
        start = len(out)
        out += piece.text
        if piece.mark:
            span = [start, len(out)] if not span else [span[0], len(out)]
        previous = piece
    text, span_out = _tidy(out, span, end)
    return text, span_out


def _tidy(text: str, span: list[int], end: str) -> tuple[str, tuple[int, int] | None]:
    """Collapse doubled punctuation and spaces, trim dangling commas, and add ``end``."""
    marker_start, marker_end = "\x02", "\x03"
    if span:
        text = text[: span[0]] + marker_start + text[span[0] : span[1]] + marker_end + text[span[1] :]
    rules = [
        (r"\s+", " "),
        (r"\s+([,.;:?!)])", r"\1"),
        (r"\(\s*\)", ""),
        (r",(\s*[,;])+", ","),
        (r'([.!?])"\.', r'\1"'),
        (r"([$\u00a3\u20ac\u00a5]) (\d)", r"\1\2"),
        (
            r"^(How (?:many|much) [^,]*),(\s+(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could)\s)",
            r"\1\2",
        ),
        (r"^[\s,;:-]+", ""),
        (r"[\s,;:-]+$", ""),
        (r"([,;:])\s*(\x03?)\s*$", r"\2"),
    ]
    for pattern, repl in rules:
        text = re.sub(pattern, repl, text)
    abbreviation = re.search(r"\b(?:[A-Za-z]\.)+[A-Za-z]\.?\x03?$", text)  # "in the U.S."
    text = text.rstrip(" .")
    if abbreviation:
        text = re.sub(r"(\x03?)$", r".\1", text)
        end = "" if end == "." else end
    if re.search(r"[.!?]\x03?[\"']\x03?$", text):  # a quotation that closes the sentence ends it
        text = re.sub(r"\.(\x03?[\"']\x03?)$", r"\1", text) if end == "?" else text
        end = "" if end == "." else end
    if end == "?":  # a quotation's full stop inside a question: '... and Orange." in 1900?'
        text = re.sub(r"\.([\"'])(?=\s)", r"\1", text)
    text = text + end
    text = text[:1].upper() + text[1:] if text[:1] != marker_start else marker_start + text[1:2].upper() + text[2:]
    if marker_start in text:
        start = text.index(marker_start)
        text = text.replace(marker_start, "")
        stop = text.index(marker_end)
        text = text.replace(marker_end, "")
        return text, (start, stop)
    return text, None
