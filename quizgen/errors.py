"""Every failure quizgen reports, as one exception tree.

::

    QuizgenError                  root: catch this to catch everything quizgen raises
    ├── UsageError                the caller asked for something impossible (bad option values)
    ├── InputError                the input cannot be turned into a quiz
    │   ├── SourceNotFound        a file that does not exist
    │   ├── UnreadableInput       a directory, a special file, or a file without read permission
    │   ├── EmptyInput            nothing but whitespace or boilerplate
    │   ├── BinaryInput           an image, PDF, archive or other non-text file
    │   ├── UnknownEncoding       text whose character encoding cannot be recognised
    │   ├── UnsupportedLanguage   text that is not English
    │   ├── InputTooLarge         more characters than the configured maximum
    │   ├── NoFacts               an article from which no item passed the quality gates
    │   └── QuizFormatError       a JSON quiz that is malformed, too new, or breaks the schema
    ├── OutputError               a result that cannot be written (or would overwrite an input)
    └── ModelNotInstalled         the spaCy pipeline package is missing

Messages say what was found, what was expected and how to fix it. Exceptions from other libraries
(``OSError``, ``json``, ``jsonschema``, ``lingua``) are translated where quizgen calls them, with the
original kept as ``__cause__``.

The command line maps the tree to exit codes: ``UsageError`` 2, ``InputError`` 3, ``OutputError`` 4,
``ModelNotInstalled`` and anything unexpected 1 (see ``quizgen.cli``).
"""

from __future__ import annotations

__all__ = [
    "BinaryInput",
    "EmptyInput",
    "InputError",
    "InputTooLarge",
    "ModelNotInstalled",
    "NoFacts",
    "OutputError",
    "QuizFormatError",
    "QuizgenError",
    "SourceNotFound",
    "UnknownEncoding",
    "UnreadableInput",
    "UnsupportedLanguage",
    "UsageError",
]


class QuizgenError(Exception):
    """Root of every error quizgen raises on purpose."""


class UsageError(QuizgenError):
    """An option or argument has a value quizgen cannot use."""


class InputError(QuizgenError):
    """The input cannot be turned into a quiz."""


class SourceNotFound(InputError):
    """A named file does not exist."""


class UnreadableInput(InputError):
    """A named path exists but cannot be read as an article: a directory, a special file, no permission."""


class EmptyInput(InputError):
    """The input holds no article text."""


class BinaryInput(InputError):
    """The input is a binary file, not text."""


class UnknownEncoding(InputError):
    """The input is text in a character encoding quizgen cannot recognise."""


class UnsupportedLanguage(InputError):
    """The input is not in a language quizgen handles."""


class InputTooLarge(InputError):
    """The input is longer than the allowed maximum."""


class NoFacts(InputError):
    """No item from the article passed the quality gates."""


class QuizFormatError(InputError):
    """A JSON quiz is malformed, from a newer format version, or breaks the schema."""


class OutputError(QuizgenError):
    """A result could not be written."""


class ModelNotInstalled(QuizgenError):
    """The spaCy pipeline quizgen needs is not installed."""
