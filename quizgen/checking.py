"""Answer checking: is a student's answer right, almost right (a small typo) or wrong?

``check(item, response)`` returns a ``Verdict``. Typed answers (short answer and cloze) are compared
after normalisation (case, accents, punctuation, whitespace, a leading article); the item's
alternatives, a person's surname and an answer's acronym are accepted too. Numbers are compared by
value ("11,000" = "11000" = "eleven thousand"), quantities with units after conversion with ``pint``
("186 miles" for "300 kilometres", within the rounding of the student's figure), and a small typo in
a name or word is "almost" (``rapidfuzz`` edit distance, with limits that keep a different name
wrong: "Prussia" is not "Russia", "Iraq" is not "Iran"). Multiple choice is answered by letter,
number or the option's text; true/false by t/f, y/n, true/false or yes/no.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

import attrs
from rapidfuzz.distance import OSA

from quizgen.entities import geonames
from quizgen.model import Item

if TYPE_CHECKING:
    import pint

__all__ = [
    "TYPED_KINDS",
    "Amount",
    "Outcome",
    "Verdict",
    "accepted_answers",
    "check",
    "choice_index",
    "choice_label",
    "normalise",
    "parse_amount",
    "parse_truth",
]

Outcome = Literal["right", "almost", "wrong"]
TYPED_KINDS = ("short_answer", "cloze")

_ARTICLES = frozenset({"the", "a", "an"})
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "a", "an"})
_TRUE = frozenset({"t", "true", "y", "yes"})
_FALSE = frozenset({"f", "false", "n", "no"})
_QUALIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "up to",
    "over",
    "under",
    "about",
    "around",
    "approximately",
    "approx",
    "roughly",
    "nearly",
    "almost",
    "some",
    "circa",
    "ca",
)
_CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "yen": "JPY",
}
_PERCENT = frozenset({"%", "percent", "per cent", "pc"})
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,  # "k" and "m" only after a currency sign: "$5m", but "300 m" is metres
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
}
_ONES = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    word: 10 * (i + 2)
    for i, word in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^[-+]?\.\d+")


@attrs.frozen
class Verdict:
    """The judgement of one answer: its outcome, the answer to show, and why (``reason``).

    ``reason`` is one of: ``exact``, ``alternative``, ``surname``, ``acronym``, ``number``, ``unit``,
    ``date``, ``choice``, ``typo`` (almost) and, for wrong answers, ``empty``, ``different``,
    ``different number``, ``different unit``, ``different currency``, ``different place``.
    """

    outcome: Outcome
    answer: str
    reason: str


@attrs.frozen
class Amount:
    """A number read from an answer, with what it counts: a currency, a unit, or a percentage.

    ``decimals`` is how many decimal places were written ("186" has 0, "55.5" has 1), which sets how
    closely a converted quantity must agree.
    """

    value: float
    decimals: int = 0
    currency: str | None = None
    unit: str | None = None
    percent: bool = False


def normalise(text: str) -> str:
    """Fold ``text`` for comparison: no accents, case, punctuation, extra spaces or leading article.

    >>> normalise("  The  Élysée-Palace! ")
    'elysee palace'
    >>> normalise("U.S.")
    'us'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"(?<=[^\W\d_])\.(?=[^\W\d_])", "", folded)
    folded = re.sub(r"[’']s\b", "", folded)
    words = re.sub(r"[\W_]+", " ", folded).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def accepted_answers(item: Item) -> tuple[str, ...]:
    """Every typed answer that counts as right for ``item``, normalised, the item's answer first.

    Beyond the answer and its alternatives: a person's surname alone, and the acronym of a
    many-word name (unless the question shows that acronym, which would give the answer away).
    """
    found: list[str] = []
    for text in (item.answer, *item.alternatives):
        if normalise(text) and normalise(text) not in found:
            found.append(normalise(text))
    for text in _derived_answers(item):
        if text not in found:
            found.append(text)
    return tuple(found)


def _derived_answers(item: Item) -> Iterator[str]:
    for text in (item.answer, *item.alternatives):
        words = normalise(text).split()
        if item.answer_type == "person" and len(words) > 1 and len(words[-1]) > 1:
            yield words[-1]
        if item.answer_type == "expansion":
            continue
        capitals = [w for w in text.split() if w[:1].isupper() and w.casefold() not in _SMALL_WORDS]
        if len(capitals) >= 2 and len(capitals) == len([w for w in text.split() if w.casefold() not in _SMALL_WORDS]):
            acronym = "".join(w[0] for w in capitals)
            if acronym.casefold() not in normalise(item.question).split():
                yield acronym.casefold()


def choice_label(index: int) -> str:
    """The letter of the option at ``index`` (0 -> "A")."""
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def choice_index(item: Item, response: str) -> int | None:
    """Which option of a multiple-choice ``item`` ``response`` picks (by letter, number or text), or None."""
    text = response.strip().rstrip(").").strip()
    if len(text) == 1 and text.isalpha():
        index = ord(text.upper()) - ord("A")
        return index if 0 <= index < len(item.choices) else None
    if text.isdigit():
        index = int(text) - 1
        return index if 0 <= index < len(item.choices) else None
    wanted = normalise(response)
    matches = [i for i, choice in enumerate(item.choices) if normalise(choice) == wanted]
    return matches[0] if len(matches) == 1 else None


def parse_truth(response: str) -> bool | None:
    """Read a true/false answer: t/f, y/n, true/false, yes/no (any case), or None."""
    text = normalise(response)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def check(item: Item, response: str) -> Verdict:
    """Judge ``response`` as an answer to ``item``.

    Multiple-choice and true/false responses that pick no option are wrong here; a session should
    first use ``choice_index`` / ``parse_truth`` to ask again instead.
    """
    if not response.strip():
        return Verdict("wrong", item.answer, "empty")
    if item.kind == "multiple_choice":
        index = choice_index(item, response)
        right = index is not None and normalise(item.choices[index]) == normalise(item.answer)
        return Verdict("right" if right else "wrong", item.answer, "choice" if right else "different")
    if item.kind == "true_false":
        said, truth = parse_truth(response), parse_truth(item.answer)
        right = said is not None and said == truth
        return Verdict("right" if right else "wrong", item.answer, "choice" if right else "different")
    return _check_typed(item, response)


def _check_typed(item: Item, response: str) -> Verdict:
    said = normalise(response)
    accepted = accepted_answers(item)
    if said in accepted:
        index = accepted.index(said)
        plain = len({normalise(t) for t in (item.answer, *item.alternatives)} - {""})
        reason = "exact" if index == 0 else "alternative" if index < plain else _derived_reason(item, said)
        return Verdict("right", item.answer, reason)
    expected_amount = parse_amount(item.answer)
    if expected_amount is not None:
        return _check_amount(item, expected_amount, response)
    if item.answer_type == "date" and any(sorted(said.split()) == sorted(a.split()) for a in accepted):
        return Verdict("right", item.answer, "date")
    if item.answer_type == "place" and said in _place_names() and said not in accepted:
        return Verdict("wrong", item.answer, "different place")
    if any(_is_typo(said, expected) for expected in accepted):
        return Verdict("almost", item.answer, "typo")
    return Verdict("wrong", item.answer, "different")


def _derived_reason(item: Item, said: str) -> str:
    is_surname = item.answer_type == "person" and any(
        normalise(t).split()[-1:] == [said] for t in (item.answer, *item.alternatives)
    )
    return "surname" if is_surname else "acronym"


def _check_amount(item: Item, expected: Amount, response: str) -> Verdict:
    given = parse_amount(response)
    if given is None:
        return Verdict("wrong", item.answer, "different")
    candidates = [expected] + [a for a in map(parse_amount, item.alternatives) if a is not None]
    reasons = [_compare_amounts(e, given) for e in candidates]
    if "number" in reasons or "unit" in reasons:
        return Verdict("right", item.answer, "unit" if "unit" in reasons else "number")
    return Verdict("wrong", item.answer, reasons[0])


def _compare_amounts(expected: Amount, given: Amount) -> str:
    if expected.currency and given.currency and expected.currency != given.currency:
        return "different currency"
    if expected.unit and given.unit and expected.unit != given.unit:
        converted = _convert(expected, given.unit)
        if converted is None:
            return "different unit"
        tolerance = 0.5 * 10.0**-given.decimals
        return "unit" if abs(converted - given.value) <= tolerance + 1e-9 * abs(converted) else "different number"
    if math.isclose(expected.value, given.value, rel_tol=1e-9, abs_tol=1e-12):
        return "number"
    return "different number"


def _convert(amount: Amount, unit: str) -> float | None:
    import pint

    registry = _units()
    try:
        quantity = registry.Quantity(amount.value, amount.unit).to(unit)
    except pint.PintError:
        return None
    return float(quantity.magnitude)


def parse_amount(text: str) -> Amount | None:
    """Read a number with its currency, unit or percent sign from ``text``, or None if it holds none.

    >>> parse_amount("$55.5 billion")
    Amount(value=55500000000.0, decimals=1, currency='USD', unit=None, percent=False)
    >>> parse_amount("eleven thousand").value
    11000.0
    """
    rest = " ".join(text.casefold().replace("\u00a0", " ").split())
    for qualifier in _QUALIFIERS:
        if rest.startswith(qualifier + " "):
            rest = rest[len(qualifier) + 1 :]
            break
    currency = None
    for symbol in sorted(_CURRENCIES, key=len, reverse=True):
        if not symbol.isalpha() and rest.startswith(symbol):
            currency, rest = _CURRENCIES[symbol], rest[len(symbol) :].lstrip()
            break
    number = _read_number(rest, money=currency is not None)
    if number is None:
        return None
    value, decimals, rest = number
    rest = rest.strip(" .")
    percent = False
    if rest in _PERCENT:
        percent, rest = True, ""
    elif rest in _CURRENCIES or rest.split(" ")[0] in _CURRENCIES:
        currency, rest = currency or _CURRENCIES[rest.split(" ")[0]], ""
    return Amount(value=value, decimals=decimals, currency=currency, unit=_unit(rest), percent=percent)


def _read_number(text: str, *, money: bool) -> tuple[float, int, str] | None:
    match = _NUMBER.match(text)
    if match:
        digits = match.group().replace(",", "")
        decimals = len(digits.partition(".")[2])
        value, rest = float(digits), text[match.end() :].lstrip()
        scale_word = rest.split(" ")[0] if rest else ""
        if scale_word in _SCALES and (money or len(scale_word) > 1):
            value, rest = value * _SCALES[scale_word], rest[len(scale_word) :].lstrip()
        return value, decimals, rest
    return _read_number_words(text)


def _read_number_words(text: str) -> tuple[float, int, str] | None:
    words = text.replace("-", " ").split(" ")
    total = current = 0
    used = 0
    for word in words:
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred" and used:
            current = max(current, 1) * 100
        elif word in {"thousand", "million", "billion", "trillion"} and used:
            total += max(current, 1) * _SCALES[word]
            current = 0
        elif word == "and" and used:
            pass
        elif word == "a" and not used:
            current = 1
        else:
            break
        used += 1
    if not used or (words[0] in {"a", "and"} and used == 1):
        return None
    return float(total + current), 0, " ".join(words[used:])


def _unit(text: str) -> str | None:
    """The ``pint`` unit named by ``text`` ("kilometres" -> "kilometer"), or None for nouns like "attacks"."""
    import pint

    if not re.fullmatch(r"[a-z][a-z ]*", text) or text in _SMALL_WORDS:
        return None
    try:
        unit = _units().parse_units(text)
    except (pint.PintError, ValueError):
        return None
    if unit.dimensionless:
        return None
    return str(unit)


@functools.cache
def _units() -> pint.UnitRegistry[float]:
    import pint

    return pint.UnitRegistry()


@functools.cache
def _place_names() -> frozenset[str]:
    cache = geonames()
    return frozenset(normalise(c["name"]) for c in cache.get_countries().values())


def _is_typo(said: str, expected: str) -> bool:
    """True when ``said`` is ``expected`` with a small typo in some words, and no word replaced.

    Every word must keep its first letter (or swap its first two) and be within an edit distance
    that grows with its length: none for words of four letters or fewer, one up to eight, two beyond.
    """
    said_words, expected_words = said.split(), expected.split()
    if len(said_words) != len(expected_words) or said == expected:
        return False
    for got, want in zip(said_words, expected_words, strict=True):
        if got == want:
            continue
        if want.isdigit() or got.isdigit():
            return False
        if got[0] != want[0] and got[:2] != want[1::-1]:
            return False
        allowed = 0 if len(want) <= 4 else 1 if len(want) <= 8 else 2
        if OSA.distance(got, want) > allowed:
            return False
    return True
