"""Ingest: turn a file or a string (plain text, Markdown or HTML) into an ``Article``.

The title (headline) is kept apart from the body, boilerplate lines (photo credits, "Source", a bare
site name, bylines, copyright lines) are dropped, a dateline becomes ``Article.date``, and the body is
split into paragraphs on blank lines and line breaks before any parser sees it, so that a headline
never merges with the first sentence. Quotes and whitespace are normalised before offsets are taken.
"""

from __future__ import annotations

import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from quizgen.errors import (
    BinaryInput,
    EmptyInput,
    InputTooLarge,
    SourceNotFound,
    UnsupportedLanguage,
)
from quizgen.model import Article, Paragraph

__all__ = ["DEFAULT_MAX_CHARS", "decode", "detect_format", "ingest_text", "read_article"]

DEFAULT_MAX_CHARS = 2_000_000

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u00ad": "",
        "\t": " ",
    }
)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATELINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\.?$",
    re.IGNORECASE,
)
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(?:photo|image|picture|video|graphic)s?\s*(?:credit|courtesy|source|by)?s?\s*[:\-|]",
        r"^(?:sources?|references?|related(?: news| articles| stories)?|see also|external links|"
        r"share(?: this(?: article)?)?|advertisement|read more|more on this story|notes?)\s*:?\s*$",
        r"^sources?\s*:",
        r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$",
        r"^by\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*,.*)?$",
        r"^(?:©|\(c\)|copyright\b)",
        r"^(?:posted|published|updated|last updated)\s*(?:on|:)",
        r"^(?:all rights reserved|follow us|subscribe|sign up)\b",
    )
]
_SPEAKER = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}: (?=\S)")
_TERMINAL = re.compile(r"[.!?:;\"')\]]$")
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BZh")
_LANGUAGE_SAMPLE = 20_000


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.

    Raises ``BinaryInput`` for images, PDFs, archives and other data with NUL bytes.
    """
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInput(
            f"{name} is a binary file (PDF, image or archive), not text; "
            "convert it to plain text, Markdown or HTML first"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise BinaryInput(
            f"{name} holds NUL bytes, so it is binary data, not text; "
            "give quizgen a plain text, Markdown or HTML article"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(5, len(text) // 100):
            raise BinaryInput(
                f"{name} is neither UTF-8 nor Windows-1252 text; save it as UTF-8 and try again"
            ) from None
        return text


def detect_format(text: str, name: str | None = None) -> str:
    """Return "html", "markdown" or "text", from the file name if it has one, else from the content."""
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    if suffix in {".md", ".markdown", ".mdown"}:
        return "markdown"
    if suffix in {".txt", ".text"}:
        return "text"
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(p|div|body|h1|article)\b", head):
        return "html"
    if re.search(r"^#{1,6} \S", text[:2000], re.MULTILINE):
        return "markdown"
    return "text"


def read_article(path: str | os.PathLike[str], *, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Read an article from a file (``.txt``, ``.md`` or ``.html``) and return it."""
    p = Path(path)
    if not p.exists():
        raise SourceNotFound(f"{p}: no such file; check the path")
    if p.is_dir():
        raise SourceNotFound(f"{p} is a directory; give the path of an article file")
    try:
        size = p.stat().st_size
        if size > max_chars * 4:
            raise InputTooLarge(
                f"{p} is {size:,} bytes, more than the limit of {max_chars:,} "
                "characters; split the article or raise --max-chars"
            )
        data = p.read_bytes()
    except PermissionError as exc:
        raise SourceNotFound(f"{p}: permission denied; make the file readable") from exc
    except OSError as exc:
        raise SourceNotFound(f"{p}: cannot be read ({exc.strerror})") from exc
    text = decode(data, name=str(p))
    return ingest_text(text, source=p.name, fmt=detect_format(text, p.name), max_chars=max_chars)


def ingest_text(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    fmt: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Turn article text in the given format ("text", "markdown", "html"; guessed if None) into an Article."""
    if len(text) > max_chars:
        raise InputTooLarge(
            f"the article has {len(text):,} characters, more than the limit of "
            f"{max_chars:,}; split it or raise the limit (--max-chars)"
        )
    name = source or "the article"
    fmt = fmt or detect_format(text)
    if fmt == "html":
        found_title, lines = _html_lines(text)
    elif fmt == "markdown":
        found_title, lines = _markdown_lines(text)
    else:
        found_title, lines = None, text.splitlines()
    lines = ["" if _is_boilerplate(line) else line for line in (_normalise(line) for line in lines)]
    blocks = _blocks(lines)
    blocks = [b for b in blocks if not _is_boilerplate(b)]
    date = None
    kept: list[str] = []
    for block in blocks:
        if date is None and _DATELINE.match(block):
            date = block.rstrip(".")
            continue
        kept.append(block)
    if found_title is None and title is None and len(kept) > 1 and _looks_like_headline(kept[0]):
        found_title = kept.pop(0)
    kept = [_SPEAKER.sub("", block) for block in kept]
    kept = [block for block in kept if block]
    if not kept:
        raise EmptyInput(
            f"{name} holds no article text (empty, whitespace or boilerplate only); "
            "give quizgen an article with at least one paragraph"
        )
    body = "\n\n".join(kept)
    _check_english(body, name)
    paragraphs, offset = [], 0
    for block in kept:
        paragraphs.append(Paragraph(offset, offset + len(block)))
        offset += len(block) + 2
    final_title = _normalise(title) if title else (found_title or "")
    return Article(title=final_title, text=body, paragraphs=paragraphs, source=source, date=date)


def _normalise(line: str) -> str:
    return re.sub(r" {2,}", " ", line.translate(_TRANSLATE)).strip()


def _blocks(lines: list[str]) -> list[str]:
    """Group lines into paragraphs: a blank line or a line break ends one, unless the line is wrapped."""
    blocks: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                blocks.append(current)
            current = ""
            continue
        if current and _is_wrapped(current, line):
            current = f"{current} {line}"
            continue
        if current:
            blocks.append(current)
        current = line
    if current:
        blocks.append(current)
    return blocks


def _is_wrapped(previous: str, line: str) -> bool:
    """Whether ``line`` continues ``previous`` (a hard-wrapped paragraph rather than a new one)."""
    if _TERMINAL.search(previous):
        return False
    return line[:1].islower() or (len(previous) >= 60 and not _looks_like_headline(previous))


def _is_boilerplate(block: str) -> bool:
    return len(block) < 200 and any(p.match(block) for p in _BOILERPLATE)


def _looks_like_headline(block: str) -> bool:
    words = block.split()
    return 0 < len(words) <= 25 and not re.search(r"[.!?:;,]$", block)


def _check_english(body: str, name: str) -> None:
    """Raise ``UnsupportedLanguage`` when the text is clearly not English (few English function words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", body[:_LANGUAGE_SAMPLE].lower())
    if len(words) < 8:
        return
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share < 0.15:
        latin = sum(w.isascii() for w in words) / len(words)
        hint = "" if latin > 0.5 else " (most words are not in the Latin alphabet)"
        raise UnsupportedLanguage(
            f"{name} does not look like English: only {share:.0%} of its words are common English "
            f"words{hint}; quizgen reads English articles only"
        )


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML page's content blocks, skipping scripts, styles and navigation."""

    SKIP: ClassVar[frozenset[str]] = frozenset(
        {
            "script",
            "style",
            "nav",
            "header",
            "footer",
            "aside",
            "noscript",
            "form",
            "figure",
            "figcaption",
            "button",
            "select",
            "svg",
            "template",
            "iframe",
        }
    )
    BLOCK: ClassVar[frozenset[str]] = frozenset(
        {
            "p",
            "div",
            "li",
            "blockquote",
            "td",
            "th",
            "tr",
            "section",
            "article",
            "main",
            "dd",
            "dt",
            "pre",
            "table",
            "ul",
            "ol",
            "body",
        }
    )
    HEADINGS: ClassVar[frozenset[str]] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.heading: str | None = None
        self.h1: str | None = None
        self.page_title: str | None = None
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "br":
            self._flush()
        elif tag in self.BLOCK or tag in self.HEADINGS:
            self._flush()
            if tag in self.HEADINGS:
                self.heading = tag

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in self.HEADINGS:
            text = _normalise(" ".join(self.current))
            self.current = []
            if tag == "h1" and self.h1 is None and text:
                self.h1 = text
            self.heading = None
            self.lines.append("")
        elif tag in self.BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page_title = _normalise((self.page_title or "") + " " + data)
        elif not self.skip_depth:
            self.current.append(data.replace("\n", " "))

    def _flush(self) -> None:
        text = " ".join(self.current).strip()
        self.current = []
        if self.heading is None:
            self.lines.extend([text, ""] if text else [""])


def _html_lines(text: str) -> tuple[str | None, list[str]]:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.h1 or parser.page_title, parser.lines


_MD_RULES = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"\1"),
    (re.compile(r"<[^>]+>"), ""),
]


def _markdown_lines(text: str) -> tuple[str | None, list[str]]:
    title: str | None = None
    lines: list[str] = []
    in_code = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(("```", "~~~")):
            in_code = not in_code
            lines.append("")
            continue
        if in_code or re.match(r"^\[[^\]]+\]:\s", line) or re.match(r"^(-{3,}|\*{3,}|_{3,})$", line):
            continue
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        if heading:
            if heading.group(1) == "#" and title is None:
                title = _md_inline(heading.group(2))
            lines.extend(["", ""])
            continue
        line = re.sub(r"^(>\s*)+", "", line)
        line = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", line)
        lines.append(_md_inline(line))
    return title, lines


def _md_inline(line: str) -> str:
    for pattern, repl in _MD_RULES:
        line = pattern.sub(repl, line)
    return html.unescape(line)
