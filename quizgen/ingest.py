"""Ingest: turn a file or a string (plain text, Markdown or HTML) into an ``Article``.

The title (headline) is kept apart from the body, boilerplate lines (photo credits, "Source", a bare
site name, bylines, copyright lines) are dropped, a dateline becomes ``Article.date``, and the body is
split into paragraphs on blank lines and line breaks before any parser sees it, so that a headline
never merges with the first sentence. Quotes and whitespace are normalised before offsets are taken.
"""

from __future__ import annotations

import functools
import html
import logging
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from quizgen.errors import (
    BinaryInput,
    EmptyInput,
    InputTooLarge,
    SourceNotFound,
    UnknownEncoding,
    UnreadableInput,
    UnsupportedLanguage,
    UsageError,
)
from quizgen.model import Article, Paragraph

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = ["DEFAULT_MAX_CHARS", "decode", "detect_format", "ingest_text", "read_article"]

DEFAULT_MAX_CHARS = 2_000_000
logger = logging.getLogger(__name__)

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
_DATE_PREFIX = re.compile(_DATELINE.pattern.rstrip("$").replace(r"\.?", r"\.?", 1) + r"\s+(?=[A-Z])", re.IGNORECASE)
_PLACE_PREFIX = re.compile(
    r"^(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*, ){1,3}[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* [-\u2013\u2014] (?=[A-Z])"
    # a wire dateline in capitals: "CORRINGTON —", "LONDON, 12 March (Reuters) —"
    r"|^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [\w ,.]{1,30}?)?(?: \([\w ]+\))? [-\u2013\u2014]{1,2} (?=[A-Z])"
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
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a zip archive (or a .docx, .odt or .epub document)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls, .ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable program"),
    (b"ID3\x03", "an MP3 audio file"),
    (b"ID3\x04", "an MP3 audio file"),
    (b"OggS", "an Ogg audio or video file"),
    (b"\x00asm", "a WebAssembly module"),
)
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_CONTROL = frozenset(chr(c) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F))
_SNIFF = 65_536
# Single-byte Latin encodings that charset-normalizer confuses with one another; Windows-1252 is
# the one old English documents use.
_WESTERN = (
    "cp1250",
    "cp1252",
    "cp1254",
    "latin_1",
    "iso8859_1",
    "iso8859_15",
    "iso8859_2",
    "iso8859_9",
    "mac_roman",
    "mac_iceland",
    "mac_latin2",
    "cp437",
    "cp850",
    "cp858",
)
_LANGUAGE_SAMPLE = 20_000
_LINGUA_SAMPLE = 3_000
_MIN_WORDS_TO_JUDGE = 8
_MIN_CHARS_TO_JUDGE = 30
_ENGLISH_SHARE = 0.25
_NOT_ENGLISH_SHARE = 0.15
_LANGUAGE_CONFIDENCE = 0.5


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode bytes as text and return it with its line endings turned into ``\\n``.

    UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are read as such; anything else is
    detected with ``charset-normalizer`` (mostly-ASCII text with a few high bytes is read as
    Windows-1252, the usual encoding of old English documents). Raises ``BinaryInput`` for
    images, PDFs, archives and other binary data, and ``UnknownEncoding`` for text whose
    encoding cannot be recognised.
    """
    kind = _binary_kind(data)
    if kind is not None:
        raise BinaryInput(f"{name} is {kind}, not text; convert it to plain text, Markdown or HTML first")
    text = _decode_text(data, name)
    controls = sum(1 for ch in text[:_SNIFF] if ch in _CONTROL)
    if controls > max(2, len(text[:_SNIFF]) // 100):
        raise BinaryInput(
            f"{name} holds {controls} control characters in its first {min(len(text), _SNIFF):,}, "
            "so it is binary data, not text; give quizgen a plain text, Markdown or HTML article"
        )
    return _newlines(text)


def _binary_kind(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` starts like, or None."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    if data[4:8] == b"ftyp":
        return "a video or HEIC image file"
    return None


def _decode_text(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise UnknownEncoding(
                    f"{name} starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                    f"(bad bytes at offset {exc.start:,}); save it as UTF-8 and try again"
                ) from exc
    from charset_normalizer import from_bytes

    sniff = data[:_SNIFF]
    if b"\x00" in sniff:
        # UTF-16 or UTF-32 without a byte-order mark: text in a Latin script has a NUL in every
        # other byte; binary data has them scattered.
        guess = from_bytes(sniff).best() if sniff.count(b"\x00") >= len(sniff) // 4 else None
        if guess is None or not guess.encoding.startswith("utf_"):
            raise BinaryInput(
                f"{name} holds NUL bytes, so it is binary data, not text; "
                "give quizgen a plain text, Markdown or HTML article"
            )
        return _decode_as(data, guess.encoding, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and sum(ch.isascii() for ch in western[:_SNIFF]) >= 0.8 * len(western[:_SNIFF]):
        logger.info("%s is not UTF-8; read it as Windows-1252", name)
        return western
    guess = from_bytes(data).best()
    if guess is None:
        raise UnknownEncoding(
            f"{name} is not UTF-8 and its character encoding could not be recognised; save it as UTF-8 and try again"
        )
    if western is not None and guess.encoding in _WESTERN:
        logger.info("%s is not UTF-8; read it as Windows-1252", name)
        return western
    logger.info("%s is not UTF-8; read it as %s", name, guess.encoding)
    return _decode_as(data, guess.encoding, name)


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnknownEncoding(
            f"{name} looks like {encoding} text but does not decode as such; save it as UTF-8 and try again"
        ) from exc


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


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


def _speakers(blocks: list[str]) -> tuple[list[str], list[str | None]]:
    """Strip interview speaker labels ("Hill: ..."); return the blocks and who speaks each one.

    Only a transcript (two or more labelled blocks) has speakers; an unlabelled block after a
    labelled one goes on with the same speaker's answer.
    """
    labels = [_SPEAKER.match(block) for block in blocks]
    transcript = sum(1 for label in labels if label) >= 2
    kept: list[str] = []
    speakers: list[str | None] = []
    speaker: str | None = None
    for block, label in zip(blocks, labels, strict=True):
        if label:
            block = block[label.end() :]
            speaker = label.group(0).rstrip(": ") if transcript else None
        if block:
            kept.append(block)
            speakers.append(speaker)
    return kept, speakers


def read_article(path: str | os.PathLike[str], *, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Read an article from a file (``.txt``, ``.md`` or ``.html``) and return it.

    At most ``4 * max_chars`` bytes are read (no character takes more than four bytes), so a huge
    file is refused from its size without being loaded.
    """
    _check_max_chars(max_chars)
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError as exc:
        raise SourceNotFound(f"{p}: no such file; check the path") from exc
    except PermissionError as exc:
        raise UnreadableInput(f"{p}: permission denied; make the file and its folder readable") from exc
    except OSError as exc:
        raise UnreadableInput(f"{p}: cannot be read ({exc.strerror or exc}); check the path") from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableInput(f"{p} is a directory; give the path of an article file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableInput(f"{p} is not a regular file (a device, pipe or socket); save the article to a file first")
    limit = max_chars * 4
    if info.st_size > limit:
        raise InputTooLarge(_too_large(f"{p} is {info.st_size:,} bytes", max_chars))
    try:
        with p.open("rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError as exc:
        raise UnreadableInput(f"{p}: permission denied; make the file readable") from exc
    except OSError as exc:
        raise UnreadableInput(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise InputTooLarge(_too_large(f"{p} is more than {limit:,} bytes", max_chars))
    text = decode(data, name=str(p))
    return ingest_text(text, source=p.name, fmt=detect_format(text, p.name), max_chars=max_chars)


def _check_max_chars(max_chars: int) -> None:
    if max_chars < 1:
        raise UsageError(f"max_chars must be at least 1, not {max_chars}")


def _too_large(found: str, max_chars: int) -> str:
    return (
        f"{found}, more than the limit of {max_chars:,} characters; split the article or raise the limit (--max-chars)"
    )


def ingest_text(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    fmt: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Turn article text in the given format ("text", "markdown", "html"; guessed if None) into an Article."""
    _check_max_chars(max_chars)
    name = source or "the article"
    if len(text) > max_chars:
        raise InputTooLarge(_too_large(f"{name} has {len(text):,} characters", max_chars))
    text = _newlines(text)
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
        if len(kept) < 3:
            prefix = _DATE_PREFIX.match(block)
            if prefix and date is None:
                date = prefix.group(0).strip().rstrip(".")
                block = block[prefix.end() :]
            block = _PLACE_PREFIX.sub("", block, count=1)
        kept.append(block)
    if found_title is None and title is None and len(kept) > 1 and _looks_like_headline(kept[0]):
        found_title = kept.pop(0)
    kept, speakers = _speakers(kept)
    if not kept:
        raise EmptyInput(
            f"{name} holds no article text (empty, whitespace or boilerplate only); "
            "give quizgen an article with at least one paragraph"
        )
    body = "\n\n".join(kept)
    _check_english(body, name)
    paragraphs, offset = [], 0
    for block, speaker in zip(kept, speakers, strict=True):
        paragraphs.append(Paragraph(offset, offset + len(block), speaker))
        offset += len(block) + 2
    final_title = _normalise(title) if title else (found_title or "")
    return Article(title=final_title, text=body, paragraphs=paragraphs, source=source, date=date)


# an encyclopedia's editorial marks: "[citation needed]", "[12]", "[note 3]", "[a]"
_EDITORIAL = re.compile(
    r"\[(?:citation needed|clarification needed|dubious(?: [^\]]*)?|when\?|who\?|which\?|by whom\?|"
    r"according to whom\?|verification needed|\d{1,3}|[a-z]|note \d+|nb \d+)\]",
    re.IGNORECASE,
)


def _normalise(line: str) -> str:
    return re.sub(r" {2,}", " ", _EDITORIAL.sub("", line.translate(_TRANSLATE))).strip()


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
    """Raise ``UnsupportedLanguage`` when the text is not English, naming the language found.

    Text where common English words are frequent is English without further ado; otherwise
    ``lingua`` (all languages, low-accuracy mode: small models, fast) names the language of a
    sample. Text too short to judge is let through.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    sample = body[:_LANGUAGE_SAMPLE]
    words = re.findall(r"[^\W\d_]+", sample.lower())
    letters = "".join(words)
    unspaced = sum(not ch.isascii() for ch in letters) > len(letters) / 2  # Chinese, Japanese, Thai...
    if len(words) < _MIN_WORDS_TO_JUDGE and not (unspaced and len(letters) >= _MIN_CHARS_TO_JUDGE):
        return
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share >= _ENGLISH_SHARE:
        return
    language, confidence = _detect_language(sample)
    if language == "English":
        return
    if language is not None and confidence >= _LANGUAGE_CONFIDENCE:
        raise UnsupportedLanguage(
            f"{name} looks like {language}, not English ({confidence:.0%} confident); "
            "quizgen reads English articles only"
        )
    if share < _NOT_ENGLISH_SHARE:
        raise UnsupportedLanguage(
            f"{name} does not look like English: only {share:.0%} of its words are common English "
            "words and its language could not be recognised; quizgen reads English articles only"
        )


def _detect_language(sample: str) -> tuple[str | None, float]:
    """The most likely language of ``sample`` (its English name) and the confidence, via lingua."""
    values = _language_detector().compute_language_confidence_values(sample[:_LINGUA_SAMPLE])
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.name.title(), float(best.value)


@functools.lru_cache(maxsize=1)
def _language_detector() -> LanguageDetector:
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


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
