"""Acronyms with their expansions: "Army Tactical Missile Systems (ATACMS)".

The expansion is found by the Schwartz & Hearst (2003) rule: the acronym's letters, read right to
left, match letters of the words before the parenthesis in order, and its first letter starts a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from spacy.tokens import Doc, Span

__all__ = ["Acronym", "find_acronyms", "match_expansion"]

_SHORT = re.compile(r"^[A-Z][A-Za-z0-9&-]*[A-Z0-9]$")


@attrs.frozen
class Acronym:
    """An acronym, its expansion, and the expansion's tokens."""

    short: str
    long: str
    long_span: Span


def match_expansion(short: str, words: list[str]) -> int | None:
    """Return the index of the first word of the expansion of ``short`` among ``words``, or None."""
    text = " ".join(words)
    s, position = len(short) - 1, len(text) - 1
    while s >= 0:
        char = short[s].lower()
        if not char.isalnum():
            s -= 1
            continue
        while position >= 0 and (
            text[position].lower() != char or (s == 0 and position > 0 and text[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
        s -= 1
    start_char = position + 1
    consumed = 0
    for index, word in enumerate(words):
        if consumed >= start_char:
            return index
        consumed += len(word) + 1
    return None


def find_acronyms(doc: Doc) -> Iterator[Acronym]:
    """Yield "Long Form (SHORT)" pairs of ``doc`` whose expansion is a capitalised name."""
    for token in doc:
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        short = doc[token.i + 1].text
        if not _SHORT.match(short) or sum(c.isupper() for c in short) < 2 or len(short) > 10:
            continue
        start = token.i
        while (
            start > token.sent.start
            and start > token.i - (len(short) + 5)
            and doc[start - 1].text not in {",", ";", ":", "(", ")", '"', "."}
        ):
            start -= 1
        window = doc[start : token.i]
        words = [t.text for t in window]
        first = match_expansion(short, words)
        if first is None:
            continue
        long_span = window[first:]
        content = [t for t in long_span if t.is_alpha and t.lower_ not in {"of", "for", "and", "the", "on", "in", "de"}]
        if not content or not all(t.text[:1].isupper() for t in content) or len(content) < 2:
            continue
        if len(content) > len(short) + 2:
            continue
        yield Acronym(short=short, long=long_span.text, long_span=long_span)
