"""Key terms: the common-noun concepts an article teaches ("photosynthesis", "the plasma membrane").

Lecture notes and textbook pages state their facts about concepts, not people: "Mitochondria produce
most of the cell's energy" is worth asking although it names no one. A noun phrase names a key term
when its words are technical (rare in everyday English), recur in the article, or stand in its title;
everyday words ("people", "the government") never do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import attrs
from spacy.tokens import Doc, Span, Token

__all__ = ["NOT_CONCEPTS", "Terms", "generic_present"]

TECHNICAL_ZIPF = 4.0  # rarer than this in everyday English: "mitochondria" 3.1, "subduction" 2.8
RECURRING_TERM = 3  # an article that uses a word three times or more is teaching it ("inflation")
# a word as common as "heart" (5.3), "price" or "current" is a term when the article keeps using it;
# commoner ones ("government" 5.6, "country", "team", "court" 5.4) are news words, terms only in a title
EVERYDAY_ZIPF = 5.4
TITLE_ZIPF = 5.8  # "The Circulatory System", "The Water Cycle"
MAX_TERM_WORDS = 4
# "mitochondria" 3.1, "ribosomes" 2.4 in wordfreq's large list; surnames such as "Sarvis" 1.6
COMMON_WORD_ZIPF = 2.0
NAMED_WORD_ZIPF = 3.0
# lecture notes state general truths in the simple present in most sentences (0.5-1.0 of them), news
# reports tell events (0.1-0.4): what a key term does is asked only in an article that teaches
TEACHING_SHARE = 0.5
# ... and is short, as notes are: on long encyclopedia pages readers kept half of such items
TEACHING_MAX_SENTENCES = 80
_MODIFIERS = frozenset(["compound", "amod", "nmod"])
_PUNCT_INSIDE = frozenset(["-", "\u2013"])
# words that say how much or which of something, not what it is
NOT_CONCEPTS = frozenset(
    [
        "amount", "number", "part", "kind", "type", "sort", "form", "way", "lot", "majority", "rest",
        "example", "instance", "case", "fact", "thing", "one", "term", "name", "word", "use", "result",
        "effect", "idea", "aspect", "factor", "feature", "level", "rate", "range", "area", "role", "side",
        "exception", "reason", "problem", "question", "answer", "change", "difference", "group", "member",
    ]
)  # fmt: skip
# people are asked with "who", and a group of them ("economists", "consumers") is no concept
_HUMAN_SUFFIXES = ("ist", "ian", "pher")
_HUMAN = frozenset(
    [
        "people", "person", "man", "woman", "child", "expert", "critic", "teacher", "researcher", "scientist",
        "worker", "student", "farmer", "writer", "reader", "user", "player", "leader", "member", "owner",
        "officer", "soldier", "voter", "consumer", "producer", "seller", "buyer", "speaker", "manager",
        "employer", "employee", "customer", "citizen", "resident", "official", "engineer", "doctor", "author",
        "editor", "director", "governor", "professor", "investor", "lawyer", "partner", "supporter",
        "opponent", "observer", "philosopher", "astronomer", "explorer", "settler", "immigrant", "merchant",
        "peasant", "king", "queen", "ruler", "monk", "priest", "bishop", "pope", "scholar", "observer",
        "patient", "parent", "mother", "father", "son", "daughter", "friend", "neighbour", "neighbor",
        "colonist",
    ]
)  # fmt: skip
_VAGUE = frozenset(
    [
        "outer",
        "inner",
        "next",
        "last",
        "final",
        "upper",
        "lower",
        "latter",
        "former",
        "most",
        "other",
        "same",
        "such",
        "certain",
        "various",
        "several",
        "many",
        "some",
        "new",
        "own",
        "main",
        "exact",
        "precise",
        "actual",
        "particular",
        "specific",
    ]
)


@lru_cache(maxsize=8192)
def _zipf(word: str, wordlist: str = "small") -> float:
    from wordfreq import zipf_frequency  # loads its word list on first use

    return float(zipf_frequency(word, "en", wordlist=wordlist))


@attrs.frozen
class Terms:
    """How often the article uses each noun (by lemma), and the words of its title."""

    counts: dict[str, int] = attrs.field(factory=dict)
    title: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()  # the words the article writes in lower case
    capitalised: frozenset[str] = frozenset()  # the words it capitalises inside a sentence (names)
    teaches: bool = True  # whether the article states general truths (see ``TEACHING_SHARE``)

    @classmethod
    def of(cls, docs: Iterable[Doc], title: str = "") -> Terms:
        counts: Counter[str] = Counter(
            t.lemma_.lower() for doc in docs for t in doc if t.pos_ in {"NOUN", "PROPN"} and t.is_alpha
        )
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", title)}
        lower = frozenset(t.text for doc in docs for t in doc if t.is_lower and t.is_alpha)
        capitalised = frozenset(t.text for doc in docs for t in doc if t.is_title and not t.is_sent_start)
        title_words = frozenset(words | {w[:-1] for w in words if w.endswith("s")})
        roots = [s.root for doc in docs for s in doc.sents]
        general = sum(1 for root in roots if root.pos_ in {"VERB", "AUX"} and generic_present(root))
        teaches = not roots or (general >= TEACHING_SHARE * len(roots) and len(roots) < TEACHING_MAX_SENTENCES)
        return cls(counts=dict(counts), title=title_words, lower=lower, capitalised=capitalised, teaches=teaches)

    def technical(self, token: Token) -> bool:
        """Whether a noun names a concept the article teaches."""
        lemma = token.lemma_.lower()
        zipf = _zipf(token.lower_)
        if lemma in NOT_CONCEPTS:
            return False
        if lemma in self.title or token.lower_ in self.title:
            return zipf < TITLE_ZIPF
        return zipf < TECHNICAL_ZIPF or (self.counts.get(lemma, 0) >= RECURRING_TERM and zipf < EVERYDAY_ZIPF)

    def term(self, head: Token) -> Span | None:
        """The key term of the noun phrase headed by ``head`` ("the plasma membrane"), or None.

        The phrase is the head with its determiner ("the", "a" or none) and word modifiers, at most
        four words, and nothing after the head but a comma-set aside: "the reaction centre in
        photosystem 1" narrows its head, so the head alone would not be the answer.
        """
        if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in {"DATE", "TIME", "CARDINAL", "QUANTITY"}:
            return None
        if head.ent_type_ and not (head.is_lower or head.i == head.sent.start):
            return None  # a name; a common noun the recogniser calls one ("Photosynthesis", "Groundwater") is not
        if head.text in self.capitalised and head.lower_ not in self.lower:
            return None  # "Iceland" at the head of a sentence, written so inside others: a name
        lemma = head.lemma_.lower()
        if lemma in _HUMAN or (lemma.endswith(_HUMAN_SUFFIXES) and len(lemma) >= 6):
            return None
        if head.pos_ == "PROPN" and not (head.i == head.sent.start and self._common_word(head)):
            return None  # a sentence-initial "Mitochondria" may be tagged as a name; "Sarvis" is one
        lefts = list(head.lefts)
        for token in lefts:
            if token.dep_ == "det" and token.lower_ not in {"the", "a", "an"}:
                return None
            if token.dep_ not in {"det", "punct", *_MODIFIERS}:
                return None
            if token.dep_ == "punct" and token.text not in _PUNCT_INSIDE:
                return None
        for token in head.rights:
            set_off = token.i > 0 and token.doc[token.left_edge.i - 1].text in {",", "("}
            if token.dep_ in {"prep", "relcl", "acl", "conj", "cc", "nummod", "compound"} and not set_off:
                return None  # "the reaction centre in photosystem 1"; not "Potential difference, usually called ..."
        start = head.left_edge.i
        words = head.doc[start : head.i + 1]
        if any(t.pos_ in {"PRON", "NUM", "DET"} and t.i != start for t in words):
            return None
        if any(t.tag_ in {"JJR", "JJS", "PRP$"} or t.lower_ in _VAGUE or t.ent_type_ == "ORDINAL" for t in words):
            return None
        content = [t for t in words if t.pos_ != "DET" and not t.is_punct]
        if not content or len(content) > MAX_TERM_WORDS:
            return None
        if not (self.technical(head) or any(t.pos_ == "NOUN" and self.technical(t) for t in content)):
            return None
        if _zipf(head.lower_) >= TITLE_ZIPF:
            return None  # "the plant kingdom", "the carbon market": a term, but not by its head alone
        if len(content) > 1 and content[0].i == head.sent.start and head.lower_.endswith("s") and _verb_form(head):
            return None  # "Photosynthesis converts light ...": the parse took the verb for the head noun
        return words

    def answerable(self, term: Span) -> bool:
        """Whether a key term can be an answer: not the title's own subject (which gives itself
        away), and, if one word, a technical one ("ribosomes", not "disease" or "the rule")."""
        words = [t for t in term if t.pos_ != "DET" and not t.is_punct]
        if all(self._in_title(t) for t in words):
            return False  # "rocks" in notes on rocks; "sedimentary rock" is a kind of them, and fair
        return len(words) > 1 or _zipf(words[0].lower_) < TECHNICAL_ZIPF

    def _in_title(self, token: Token) -> bool:
        """Whether the title has the word, or one of its family ("Ctenophores" in "Ctenophora")."""
        lower = token.lower_
        return any(w == lower or w == token.lemma_.lower() or (len(w) >= 6 and lower[:6] == w[:6]) for w in self.title)

    def _common_word(self, token: Token) -> bool:
        """Whether a capitalised sentence-initial word is a common noun: the article writes it in
        lower case elsewhere, or it is an English word (by its frequency in wordfreq's large list)
        that the article never capitalises inside a sentence and the recogniser calls no name."""
        if token.lower_ in self.lower:
            return True
        if token.text in self.capitalised:
            return False
        # a word the recogniser calls a name needs more: "Mitochondria" 3.1, but "Whitmore" 2.8
        return _zipf(token.lower_, "large") >= (NAMED_WORD_ZIPF if token.ent_type_ else COMMON_WORD_ZIPF)

    def names_one(self, tokens: Iterable[Token]) -> bool:
        """Whether ``tokens`` use a key term (a question that does is tied to the article)."""
        return any(t.pos_ in {"NOUN", "PROPN"} and t.is_alpha and self.technical(t) for t in tokens)


def _verb_form(token: Token) -> bool:
    """Whether a word in -s also reads as a verb's third person ("converts", "produces")."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(token.lower_, upos="VERB"))


def generic_present(verb: Token) -> bool:
    """Whether a clause states a general truth in the simple present ("Mitochondria produce ...",
    "Water is split ..."), the way textbooks state what they teach; not a past event, a perfect
    ("has replaced") or a possibility ("can be made")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    finite = aux[:1] or [verb]
    return all(t.tag_ in {"VBZ", "VBP"} for t in finite)
