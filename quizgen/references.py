"""References a question cannot carry alone: pronouns, demonstratives, "the move", "other officials".

A question must stand on its own. A pronoun is allowed only when it is bound inside the question's
own clause to the person who is the answer ("Who has aimed to ... ahead of his departure?"); any other
pronoun, demonstrative or context-bound description makes the candidate vague, and it is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from quizgen.entities import ORG_HEADS, PLACE_HEADS, ArticleEntities
from quizgen.terms import Terms

__all__ = ["Context", "biography_subject", "check_references", "resolve_topic_pronoun", "short_for_a_name"]

PERSONAL = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself"])
UNRESOLVABLE = frozenset(
    [
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "this",
        "that",
        "these",
        "those",
        "here",
        "one",
        "ones",
        "someone",
        "something",
    ]
)
CONTEXT_DETS = frozenset(
    [
        "this",
        "that",
        "these",
        "those",
        "such",
        "other",
        "another",
        "latter",
        "aforementioned",
        "same",
        "following",
        "similar",
        "above",
        "both",
    ]
)
# quantifiers that stand for a group named elsewhere ("many participated", "all three had")
QUANTIFIERS = frozenset(
    ["many", "all", "both", "some", "most", "several", "others", "few", "each", "either", "neither", "none"]
)
ORDINAL_WORDS = frozenset(
    ["first", "second", "third", "last", "latest", "previous", "next", "same", "former", "new", "original", "initial"]
)
RELATIVE_DAYS = frozenset(["today", "yesterday", "tomorrow", "tonight"])
ANAPHORIC_HEADS = frozenset(
    [
        "move",
        "decision",
        "announcement",
        "development",
        "plan",
        "step",
        "deal",
        "change",
        "incident",
        "event",
        "report",
        "statement",
        "measure",
        "proposal",
        "approach",
        "effort",
        "action",
        "idea",
        "case",
        "situation",
        "issue",
        "news",
        "company",
        "firm",
        "country",
        "city",
        "man",
        "woman",
        "boy",
        "girl",
        "group",
        "organisation",
        "organization",
        "team",
        "official",
        "officials",
        "agency",
        "administration",
        "government",
        "pair",
        "couple",
        "former",
        "latter",
        "case",
        "date",
        "area",
        "region",
        "site",
        "town",
        "village",
        "district",
        "constituency",
        "program",
        "programme",
        "project",
        "study",
        "request",
        "process",
        "exhibit",
        "exhibition",
        "scheme",
        "affair",
        "matter",
        "question",
        "problem",
        "explanation",
        "answer",
        "solution",
        "result",
        "opening",
        "ceremony",
        "visit",
        "meeting",
        "service",
        "island",
        "islands",
        "book",
        "theory",
        "treaty",
        "agreement",
        "policy",
        "method",
        "technique",
    ]
)


@attrs.frozen
class Context:
    """What the article said before the current sentence (for reference checks)."""

    entities: ArticleEntities
    title: str = ""
    text: str = ""
    terms: Terms = attrs.field(factory=Terms)
    previous_people: frozenset[str] = frozenset()
    previous_subject: str | None = None
    recent_nouns: frozenset[str] = frozenset()  # noun lemmas of the two sentences before
    last_nouns: frozenset[str] = frozenset()  # those of the sentence just before
    previous_term: tuple[str, bool, int] | None = None  # the key term subject before: text, plural, paragraph
    subject_person: tuple[str, str] | None = None  # a biography's subject and its pronoun: ("Lovelace", "she")
    previous_topic: tuple[str, int] | None = None  # the title's name as the subject before: text, paragraph

    def after(self, sent: Span, entities: ArticleEntities | None = None) -> Context:
        """The context for the sentence that follows ``sent``: who it named and who its subject is."""
        known = entities or self.entities
        people = frozenset(_people_in(sent, known, len(sent.doc)))
        subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        name: str | None = None
        if subject is not None:
            if subject.lower_ in {"he", "she"}:
                name = resolve_pronoun(subject, self)
            else:
                name = known.person_name(sent.doc[subject.left_edge.i : subject.i + 1])
        if name is not None:
            people = people | {name}
        if not people and _speaker_goes_on(sent, subject):
            # "... she told the meeting. "Every time ... we are gambling ..."": a quotation that names
            # no one keeps its speaker as the one a later "she" can be
            people, name = self.previous_people, self.previous_subject
        nouns = frozenset(t.lemma_.lower() for t in sent if t.pos_ in {"NOUN", "PROPN"} and t.is_alpha)
        return attrs.evolve(
            self,
            entities=known,
            previous_people=people,
            previous_subject=name,
            recent_nouns=nouns | self.last_nouns,
            last_nouns=nouns,
            previous_term=self._subject_term(subject),
            previous_topic=self._subject_topic(subject),
        )

    def _subject_topic(self, subject: Token | None) -> tuple[str, int] | None:
        """The article's own subject as a sentence's subject ("Mount Vesuvius is ..."), by its name."""
        if subject is None:
            return None
        if subject.lower_ == "it":
            return self.previous_topic if resolve_topic_pronoun(subject, self) else None
        name = subject.doc[subject.left_edge.i : subject.i + 1]
        title = set(self.title.split())
        if subject.pos_ != "PROPN" or subject.ent_type_ in {"PERSON", "NORP"} or not title:
            return None
        if not all(t.pos_ == "PROPN" for t in name) or not title <= {t.text for t in name} | {"Mount", "The"}:
            return None
        return name.text, id(subject.doc)

    def _subject_term(self, subject: Token | None) -> tuple[str, bool, int] | None:
        """The key term a sentence's subject names (carried on by a resolved "it" or "they")."""
        if subject is None:
            return None
        if subject.lower_ in {"it", "they"}:
            return self.previous_term if resolve_term_pronoun(subject, self) else None
        term = self.terms.term(subject)
        if term is None:
            return None
        words = [t for t in term if t.lower_ not in {"a", "an"}]
        text = " ".join(
            t.text if (t.pos_ == "PROPN" and t.i != t.sent.start) or not t.text[1:].islower() else t.lower_
            for t in words
            if not t.is_punct
        ).replace(" - ", "-")  # "pH" keeps its case
        return (
            text,
            subject.tag_ in {"NNS", "NNPS"} or (subject.lower_.endswith("a") and subject.tag_ == "NNP"),
            id(subject.doc),
        )


# adjectives that place a thing relative to another named before: "the outer surface" of what?
RELATIONAL = frozenset(["outer", "inner", "upper", "lower", "same", "other", "whole", "entire", "former", "latter"])


def _speaker_goes_on(sent: Span, subject: Token | None) -> bool:
    """Whether ``sent`` is quoted speech with no third person of its own as subject."""
    text = sent.text.strip()
    quoted = text.startswith(('"', "\u201c")) or (subject is not None and subject.lower_ in {"i", "we", "you"})
    return quoted and not any(t.lower_ in {"he", "she", "they"} and t.dep_ in {"nsubj", "nsubjpass"} for t in sent)


def _superlative(adjective: Token) -> bool:
    """ "latest", "most recent", "largest": an adjective that ranks among things named elsewhere."""
    return adjective.tag_ == "JJS" or any(c.tag_ == "RBS" for c in adjective.children)


def _people_in(sent: Span, entities: ArticleEntities, before: int) -> set[str]:
    """The people (by full name) that ``sent`` names before token index ``before``."""
    names = set()
    for ent in sent.ents:
        if ent.label_ == "PERSON" and ent.start < before:
            # a name the article gives to several people ("Byron") is someone, though not surely who
            names.add(entities.person_name(ent) or ent.text)
    return names


def _subject_name(sent: Span, entities: ArticleEntities) -> str | None:
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    return entities.person_name(sent.doc[subject.left_edge.i : subject.i + 1])


def _other_names(sent: Span, name: str, before: int) -> bool:
    """Whether ``sent`` has, before ``before``, a proper name that could be a person other than ``name``."""
    own = set(name.split())
    return any(
        t.pos_ == "PROPN"
        and t.i < before
        and t.text not in own
        and t.ent_type_ not in {"GPE", "ORG", "NORP", "LOC", "FAC", "DATE", "PRODUCT", "EVENT", "LAW"}
        and t.text[:1].isupper()
        for t in sent
    )


def resolve_pronoun(pronoun: Token, context: Context) -> str | None:
    """The person a main-clause subject "he" or "she" refers to, or None when unsure.

    Conservative by design (measured on hand-checked cases, see the tests): only a "he"/"she" that is
    the subject of its sentence's main clause, with no name before it in the sentence, continuing
    the previous sentence's subject when that subject is a person and the only person that sentence
    names. Possessives and objects ("his", "him") are never resolved: their referent is too often
    someone else. The name is the article's shortest unambiguous form (the surname when it names
    one person only).
    """
    biography = _biography_subject(pronoun, context)
    if biography is not None:
        return biography
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    sent = pronoun.sent
    if pronoun.head.i != sent.root.i or _people_in(sent, context.entities, pronoun.i):
        return None
    if _other_names(sent, "", pronoun.i):
        return None
    name = context.previous_subject
    if name is None or context.previous_people != {name} or _other_sex(name, pronoun.lower_):
        return None
    surname = name.split()[-1]
    return surname if context.entities.people.get(surname) == name else name


_WOMEN = frozenset(["lady", "queen", "mrs", "ms", "miss", "madame", "princess", "duchess", "countess", "dame"])
_MEN = frozenset(["lord", "king", "mr", "sir", "prince", "duke", "count", "earl", "baron", "emperor"])


def _other_sex(name: str, pronoun: str) -> bool:
    """Whether a title before the name says it is not the person the pronoun is: "Lady Byron" and "he"."""
    title = name.split()[0].lower().rstrip(".")
    return (title in _WOMEN and pronoun in {"he", "his", "him"}) or (title in _MEN and pronoun in {"she", "her"})


def _biography_subject(pronoun: Token, context: Context) -> str | None:
    """In a life of one person, a sentence's "she" or "Her ..." subject is that person ("Her notes on
    the machine, published in 1843, ..." -> "Lovelace's notes ..."): when it is the pronoun the article
    mostly uses, no name comes before it in the sentence, and the sentence before was about the
    subject or no one else."""
    if context.subject_person is None:
        return None
    name, subject_pronoun = context.subject_person
    forms = {"she": {"she", "her"}, "he": {"he", "his"}}[subject_pronoun]
    if pronoun.lower_ not in forms:
        return None
    sent = pronoun.sent
    root_subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if root_subject is None:
        return None
    main = pronoun.head.i == sent.root.i or (pronoun.head.dep_ == "conj" and pronoun.head.head.i == sent.root.i)
    as_subject = pronoun.dep_ in {"nsubj", "nsubjpass"} and main and pronoun.lower_ in {"she", "he"}
    as_owner = pronoun.dep_ == "poss" and pronoun.head.i == root_subject.i and pronoun.lower_ in {"her", "his"}
    others = {p for p in _people_in(sent, context.entities, pronoun.i) if name not in p.split()}
    if not (as_subject or as_owner) or others:
        return None
    if _other_names(sent, name, pronoun.i):
        return None
    if name in [t.text for t in root_subject.subtree] or pronoun.sent.start == 0:
        return name  # "Lindqvist returned ..., and she won ...", or a paragraph's first sentence
    if context.previous_subject not in {None, name, context.entities.people.get(name, name)}:
        return None
    return name


def biography_subject(title: str, docs: Sequence[Doc], entities: ArticleEntities) -> tuple[str, str] | None:
    """The person an article is the life of, as its surname and the pronoun it uses for them: the title
    names a person, the first sentence names them, and one of "she"/"he" outnumbers the other at least
    three to one."""
    words = title.split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() and w.istitle() for w in words):
        return None
    surname = words[-1]
    if entities.people.get(surname, title) not in {title, surname}:
        return None  # "Byron" is someone else in the article
    mentions = sum(1 for doc in docs for t in doc if t.text == surname)
    first = next((s for doc in docs for s in doc.sents), None)
    if first is None or mentions < 3:
        return None
    # a life opens on its subject's name, a person's or one with a life span: "Nikola Tesla (1856 – 1943) was"
    span = re.search(r"\([^()]*\b\d{3,4}\s*[\u2013-]\s*[^()]*\b\d{3,4}\s*\)", first.text) is not None
    if not any(set(e.text.split()) & set(words) and (e.label_ == "PERSON" or span) for e in first.ents):
        return None
    counts = Counter(t.lower_ for doc in docs for t in doc if t.lower_ in {"she", "her", "he", "his", "him"})
    she, he = counts["she"] + counts["her"], counts["he"] + counts["his"] + counts["him"]
    pronoun = "she" if she >= max(4, 3 * he) else "he" if he >= max(4, 3 * she) else None
    if pronoun is None:
        return None
    others = {full for full in entities.people.values() if full.split()[-1] == surname and full.split()[0] != words[0]}
    return (title if others else surname), pronoun  # "Marie Curie" where Pierre Curie is named too


def resolve_topic_pronoun(pronoun: Token, context: Context) -> str | None:
    """The article's subject that a main-clause "it" continues: "Mount Vesuvius is a volcano ... It is
    best known for the eruption of AD 79" (same paragraph, the sentence before had it as subject)."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in {"nsubj", "nsubjpass"} or context.previous_topic is None:
        return None
    if pronoun.head.i != pronoun.sent.root.i or pronoun.i != pronoun.sent.start:
        return None
    text, paragraph = context.previous_topic
    return text if paragraph == id(pronoun.doc) else None


def resolve_term_pronoun(pronoun: Token, context: Context) -> str | None:
    """The key term a main-clause subject "it" or "they" continues, or None when unsure.

    "The plasma membrane surrounds every cell. It is made of phospholipids." Only a pronoun at the
    start of its sentence (or after a comma-set opener), subject of the main clause, in the same
    paragraph as a sentence whose subject was a key term of the same number.
    """
    if pronoun.lower_ not in {"it", "they"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    sent = pronoun.sent
    if pronoun.head.i != sent.root.i or context.previous_term is None:
        return None
    if pronoun.i != sent.start and not any(t.text == "," for t in sent.doc[sent.start : pronoun.i]):
        return None
    text, plural, paragraph = context.previous_term
    if paragraph != id(pronoun.doc) or plural != (pronoun.lower_ == "they"):
        return None
    return text


def check_references(tokens: Sequence[Token], context: Context, *, exclude: Collection[int] = ()) -> str | None:
    """Return why ``tokens`` (a question's words) depend on context, or None when they stand alone."""
    for token in tokens:
        if token.i in exclude:
            continue
        lower = token.lower_
        if token.tag_ in {"WDT", "WP", "WP$"} or (lower == "that" and token.head.dep_ in {"relcl", "acl"}):
            continue  # a relative pronoun points inside its own sentence
        if (
            (token.pos_ == "PRON" or token.tag_ in {"PRP", "PRP$"}) and not (token.is_upper and len(token) > 1)
        ) or lower in {
            "he",
            "she",
            "it",
            "they",
            "this",
        }:
            if lower in PERSONAL:
                if _unnamed_work(token, {t.i for t in tokens}):
                    return f"'{token.text} {token.head.text}' does not say which one"
                if _bound_to_answer(token, exclude) or _bound_to_subject(token, tokens):
                    continue
                if lower in {"his", "her"} and _only_person_before(token, tokens):
                    continue
                return f"unresolved pronoun {token.text!r}"
            if lower in UNRESOLVABLE:
                if lower in {"those", "these"} and any(c.dep_ == "relcl" for c in token.children):
                    continue  # "those who slept": the clause says who
                if _quoted(token) or (lower in {"it", "its"} and _it_bound_to_subject(token, tokens)):
                    continue
                if lower in {"its", "their", "itself", "themselves"} and _possessive_of_subject(token, tokens, exclude):
                    continue
                if lower == "they" and _reported_by_its_subject(token, tokens, exclude):
                    continue
                return f"unresolved reference {token.text!r}"
        if token.dep_ in {"det", "amod", "predet"} and lower in CONTEXT_DETS:
            if _quoted(token):
                continue
            return f"context-bound phrase {token.text!r} {token.head.text!r}"
        if (
            token.dep_ in {"nsubj", "nsubjpass", "dobj"}
            and (lower in QUANTIFIERS or token.pos_ == "NUM")
            and not any(c.dep_ in {"prep", "compound", "amod"} or c.pos_ == "NOUN" for c in token.children)
        ):
            return f"unresolved reference {token.text!r}: a quantity of something named elsewhere"
        if (
            lower == "one"
            and token.dep_ == "nummod"
            and token.head.dep_ in {"nsubj", "nsubjpass"}
            and all(c.dep_ in {"nummod", "amod", "compound", "det", "punct"} for c in token.head.children)
        ):
            return f"unresolved reference 'one {token.head.text}': which one is named elsewhere"
        if (
            lower == "the"
            and token.dep_ == "det"
            and token.head.tag_ == "NNS"
            and token.head.dep_ in {"nsubj", "nsubjpass"}
            and token.head.lemma_.lower() in ORG_HEADS | PLACE_HEADS | {"firm", "team", "side", "club", "nation"}
            and all(c.dep_ in {"det", "punct"} for c in token.head.children)
            and not _quoted(token)
        ):
            return f"context-bound subject 'the {token.head.text}': which ones are named before"
        if (
            lower == "the"
            and token.dep_ == "det"
            and token.head.tag_ == "JJS"
            and token.head.dep_ in {"nsubj", "nsubjpass"}
        ):
            return f"context-bound subject 'the {token.head.text}': the largest of what is named before"
        if (
            lower == "the"
            and token.dep_ == "det"
            and token.head.dep_ in {"nsubj", "nsubjpass"}
            and token.head.pos_ == "NOUN"
            and any(_superlative(c) for c in token.head.children if c.dep_ == "amod")
            and not any(c.dep_ in {"prep", "relcl", "acl", "compound"} for c in token.head.children)
        ):
            return f"context-bound subject 'the ... {token.head.text}': the most recent of what is named before"
        if lower in {"here", "there"} and token.dep_ == "advmod":
            return f"context-bound place {token.text!r}"
        if lower in RELATIVE_DAYS and token.dep_ == "poss":
            return f"context-bound phrase {token.text!r}"
        head = token.head
        if (
            lower == "the"
            and token.dep_ == "det"
            and head.dep_ in {"nsubj", "nsubjpass"}
            and head.tag_ == "NN"
            and all(
                (c.dep_ in {"det", "compound", "punct"} or (c.dep_ == "amod" and c.lower_ in RELATIONAL))
                and c.pos_ != "PROPN"
                for c in head.children
            )
            and not _quoted(token)
            # in a text that teaches general truths, "the body", "the stomach" are the generic ones;
            # "the outer surface" is still the surface of something named before
            and not (
                context.terms.teaches
                and head.lemma_.lower() not in ANAPHORIC_HEADS
                and not any(c.lower_ in RELATIONAL for c in head.children)
            )
        ):
            return f"context-bound subject 'the {head.text}'"
        if (
            lower == "the"
            and token.dep_ == "det"
            and head.pos_ == "NOUN"
            and head.lower_.endswith("ing")
            and not any(c.dep_ in {"prep", "amod", "compound", "poss", "relcl", "acl"} for c in head.children)
        ):
            return f"context-bound phrase 'the {head.text}'"
        if (
            lower == "the"
            and token.dep_ == "det"
            and head.pos_ == "NOUN"
            and head.dep_ in {"dobj", "pobj", "poss"}
            and head.lemma_.lower() in context.recent_nouns
            and head.lemma_.lower() not in context.title.lower()
            and all(c.dep_ in {"det", "punct"} for c in head.children)
            and not _quoted(token)
            # "the heart" in notes on the heart is the generic one; "the grains" are some named before
            and not (
                context.terms.teaches and context.terms.technical(head) and head.lemma_.lower() not in ANAPHORIC_HEADS
            )
        ):
            return f"context-bound phrase 'the {head.text}' (named more fully just before)"
        if lower == "the" and token.dep_ == "det" and short_for_a_name(head, context):
            return f"context-bound phrase 'the {head.text}' (short for a name given in full elsewhere)"
        if lower == "the" and token.dep_ == "det" and token.head.lower_ in ANAPHORIC_HEADS:
            head = token.head
            modifiers = [
                c
                for c in head.children
                if c.dep_ not in {"det", "punct", "case"}  # "the country's": still which country?
                and c.lower_ not in ORDINAL_WORDS
                and c.tag_ not in {"VBN", "VBG"}
                # "the official opening by Queen Victoria": a plain adjective or an agent says not which
                and not (c.dep_ == "amod" and c.tag_ == "JJ" and c.is_lower and not c.ent_type_ and not c.n_lefts)
                and not (c.dep_ == "prep" and c.lower_ == "by")
            ]
            if not modifiers:
                return f"context-bound phrase 'the {head.text}'"
    return None


WORK_NOUNS = frozenset(
    ["book", "work", "paper", "novel", "theory", "essay", "poem", "song", "film", "album", "painting", "treatise"]
)


def _unnamed_work(possessive: Token, shown: Collection[int]) -> bool:
    """ "When did Lyell first publish his famous book?": one of the person's works, not named in the
    ``shown`` tokens."""
    head = possessive.head
    return (
        possessive.dep_ == "poss"
        and head.lemma_.lower() in WORK_NOUNS
        and not any((c.dep_ in {"appos", "acl", "relcl"} or c.pos_ == "PROPN") and c.i in shown for c in head.children)
    )


def short_for_a_name(head: Token, context: Context) -> bool:
    """ "the Centre" for "the Copernicus Science Centre": a capitalised institution or place word,
    alone, that ends a longer name the article gives (and that the title does not name)."""
    if (
        head.tag_ not in {"NN", "NNP"}
        or not head.is_title
        or head.i == head.sent.start
        or head.lower_ not in ORG_HEADS | PLACE_HEADS
        or any(c.dep_ not in {"det", "punct"} for c in head.children)
        or re.search(rf"\b{re.escape(head.text)}\b", context.title)
    ):
        return False
    return re.search(rf"\b[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)* {re.escape(head.text)}\b", context.text) is not None


def _it_bound_to_subject(pronoun: Token, tokens: Sequence[Token]) -> bool:
    """An "it"/"its" in a subordinate clause of a sentence whose subject is a singular name kept in the
    text ("Columbia was lost in 2003 when it disintegrated"): the name is the only thing it can be."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "PROPN" or subject.tag_ != "NNP" or subject.i > pronoun.i:
        return False
    if subject.i not in {t.i for t in tokens} or subject.ent_type_ in {"PERSON", "NORP"}:
        return False
    clause = pronoun.head
    while clause.dep_ not in {"advcl", "relcl", "ccomp", "xcomp", "acl", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    others = [
        t
        for t in pronoun.sent
        if subject.i < t.i < pronoun.i
        and (t.tag_ == "NN" or (t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL"}))
    ]
    if clause.dep_ == "conj" and clause.head.i == root.i and pronoun.dep_ in {"nsubj", "nsubjpass"}:
        # "Britain had promised ..., and in 1914 it declared war": a second clause keeps the first's subject
        return not any(t.dep_ in {"nsubj", "nsubjpass"} for t in others)
    return clause.dep_ in {"advcl", "relcl", "acl"} and not others


def _only_person_before(pronoun: Token, tokens: Sequence[Token]) -> bool:
    """ "three laws published by Isaac Newton in 1687 in his book": a his/her after the one person its
    sentence names, shown in the question."""
    people = [e for e in pronoun.sent.ents if e.label_ == "PERSON"]
    if len(people) != 1 or people[0].end > pronoun.i:
        return False
    shown = {t.i for t in tokens}
    return all(t.i in shown for t in people[0])


def _reported_by_its_subject(pronoun: Token, tokens: Sequence[Token], answer: Collection[int]) -> bool:
    """ "A and B said on Monday that they had agreed to combine": "they" in what a plural subject said."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp":
        return False
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i not in {t.i for t in tokens} | set(answer):
        return False
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    between = pronoun.doc[subject.right_edge.i + 1 : pronoun.i]
    return plural and not any(t.tag_ in {"NNS", "NNPS"} for t in between)


def _possessive_of_subject(pronoun: Token, tokens: Sequence[Token], answer: Collection[int]) -> bool:
    """ "Russia began to mobilise its army": an its/their whose clause's subject (shown, or the answer)
    comes before it, agrees in number, and no other noun of that number stands between them."""
    verb = pronoun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    while subject is None and verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    shown = {t.i for t in tokens} | set(answer)
    if subject is None or subject.i > pronoun.i or subject.i not in shown or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    if pronoun.i in {t.i for t in subject.subtree}:
        return False  # "71% of its oil came from ...": inside the subject, it points elsewhere
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    if plural != (pronoun.lower_ in {"their", "themselves"}):
        return False
    tags = {"NNS", "NNPS"} if plural else {"NN", "NNP"}
    between = pronoun.doc[subject.i + 1 : pronoun.i]
    return not any(t.tag_ in tags and t.head.i != subject.i and t.dep_ != "compound" for t in between)


def _bound_to_subject(pronoun: Token, tokens: Sequence[Token]) -> bool:
    """A he/she/his after its own sentence's subject, when that subject is a person kept in the text."""
    return any(
        t.ent_type_ == "PERSON"
        and t.i < pronoun.i
        and (t.dep_ in {"nsubj", "nsubjpass"} or t.head.dep_ == "nsubj")
        and t.head.i in {pronoun.sent.root.i, *(k.i for k in tokens)}
        for t in tokens
    )


def _bound_to_answer(pronoun: Token, answer: Collection[int]) -> bool:
    """A he/she/his whose clause's subject is the answer (a person named before the pronoun)."""
    doc = pronoun.doc
    people = [doc[i] for i in answer if doc[i].ent_type_ == "PERSON" and i < pronoun.i]
    return bool(people)


def _quoted(token: Token) -> bool:
    before = sum(1 for t in token.sent if t.i < token.i and t.text == '"')
    return before % 2 == 1
