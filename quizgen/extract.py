"""Extract: find the checkable facts of an article in its dependency parse.

Each fact is a statement with its source sentence, its answer span and answer type, and the
wh-question whose answer it is, made by transforming the clause (subject questions, object questions
with do-support, when/where/how many/how much, roles, acronyms, quote attribution). Candidates that
fail a quality gate come back as ``Dropped`` with the reason, never silently.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterator, Sequence

import attrs
from lemminflect import getInflection, getLemma
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from quizgen.acronyms import Acronym, find_acronyms
from quizgen.entities import (
    ORG_HEADS,
    PLACE_HEADS,
    TITLES,
    ArticleEntities,
    country_name,
    is_absolute_date,
    place_kind,
)
from quizgen.model import Article, Dropped, Fact, Source
from quizgen.references import (
    PERSONAL,
    Context,
    biography_subject,
    check_references,
    resolve_pronoun,
    resolve_term_pronoun,
    resolve_topic_pronoun,
    short_for_a_name,
)
from quizgen.render import Piece, render
from quizgen.terms import NOT_CONCEPTS, Terms, generic_present

__all__ = ["extract", "extract_sentence"]

SPEECH_VERBS = frozenset(
    [
        "say",
        "state",
        "tell",
        "add",
        "warn",
        "explain",
        "note",
        "emphasize",
        "emphasise",
        "stress",
        "argue",
        "claim",
        "insist",
        "declare",
        "announce",
        "write",
        "remark",
        "comment",
        "reply",
        "respond",
        "observe",
        "acknowledge",
        "admit",
        "suggest",
        "express",
        "describe",
        "recall",
        "predict",
    ]
)
DISCOURSE = frozenset(
    [
        "furthermore",
        "however",
        "moreover",
        "also",
        "meanwhile",
        "additionally",
        "instead",
        "still",
        "thus",
        "therefore",
        "nonetheless",
        "subsequently",
        "nevertheless",
        "indeed",
        "consequently",
        "hence",
        "besides",
        "likewise",
        "similarly",
        "then",
        "so",
        "accordingly",
        "finally",
        "first",
        "second",
        "third",
        "lastly",
        "ultimately",
        "importantly",
        "notably",
        "overall",
        "currently",
        "now",
        "previously",
        "yet",
        "already",
        "even",
    ]
)
LOCATIVE = frozenset(
    ["in", "at", "near", "within", "inside", "outside", "across", "throughout", "on", "into", "to", "toward", "towards"]
)
DROPPABLE_ADVERBS = frozenset(
    [
        "also", "previously", "currently", "now", "already", "even", "subsequently", "later", "then", "therefore",
        "thus", "hence", "consequently", "however", "moreover", "furthermore", "nevertheless", "nonetheless",
        "accordingly",
    ]
)  # fmt: skip
MEDIA_WORDS = frozenset(
    [
        "news",
        "times",
        "post",
        "herald",
        "tribune",
        "journal",
        "magazine",
        "weekly",
        "gazette",
        "daily",
        "telegraph",
        "press",
        "chronicle",
        "observer",
        "wikinews",
        "reuters",
        "afp",
        "ap",
    ]
)
QUOTE_REFERENCES = frozenset(
    ["it", "its", "they", "them", "their", "this", "these", "those", "he", "she", "him", "her", "his"]
)
HEDGES = frozenset(
    ["probably", "possibly", "perhaps", "likely", "allegedly", "reportedly", "apparently", "seemingly", "maybe"]
)
MODALS = frozenset(["may", "might", "could", "would", "should", "must"])
MAX_QUESTION_WORDS = 24
TOPIC_SENTENCE_BONUS = 0.1
STUDY_NOUNS = frozenset(["study", "survey", "report", "poll", "paper", "census", "review", "analysis"])
BOUNDARY_PREPOSITIONS = frozenset(["since", "until", "till", "before", "after", "from", "by", "prior"])
MIN_ACRONYM_USES = 3
# an acronym as frequent as "MVP" (3.9 on the Zipf scale: a few times per million words) is common
# knowledge; "NSF" (3.1) and "ATACMS" (0) are not
WELL_KNOWN_ZIPF = 3.5
MIN_PERSON_MENTIONS = 2
HIGH_OFFICE = frozenset(
    [
        "president",
        "prime",
        "minister",
        "chancellor",
        "king",
        "queen",
        "secretary",
        "governor",
        "senator",
        "mayor",
        "general",
        "pope",
        "ceo",
        "chairman",
        "chairwoman",
        "chief",
        "head",
        "leader",
        "founder",
        "premier",
    ]
)
MIN_CONTENT_WEIGHT = 4.0
# A figure or date from inside a long paragraph is most often a detail: readers kept 36% of those
# against 55-69% from a paragraph's first sentence (and names alike wherever they stand).
LONG_PARAGRAPH = 4
# An article states what matters first: encyclopedia items from its first tenth were rated trivial
# 13% of the time, from its last quarter 42%. The malus grows with the sentence's relative position.
POSITION_MALUS = 0.3
INNER_FIGURE_MALUS = 0.15
FIGURE_TYPES = frozenset(["number", "quantity", "percent", "money", "date"])
_CURRENCY_WORDS = frozenset(
    [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "franc", "francs",
        "cent", "cents", "pence", "peso", "pesos", "mark", "marks", "lira", "shilling", "shillings", "krona",
    ]
)  # fmt: skip
# verbs whose object says little by itself: "had a meeting", "made a statement", "took place"
LIGHT_VERBS = frozenset(
    [
        "be",
        "have",
        "do",
        "get",
        "take",
        "make",
        "give",
        "include",
        "use",
        "see",
        "say",
        "tell",
        "want",
        "need",
        "become",
        "find",
        "keep",
        "hold",
        "put",
        "let",
        "show",
        "play",
        "receive",
        "contain",
        "mark",
        "reach",
        "face",
        "lead",
        "follow",
        "feature",
        "remain",
        "cause",
        "involve",
        "offer",
        "provide",
        "meet",
        "win",
        "lose",
        "gain",
        "pay",
        "spend",
        "add",
        "join",
        "enter",
        "leave",
        "begin",
        "start",
        "end",
        "continue",
    ]
)
# verbs that say too little of a key term to ask what it is: "Cells have ...", "Plants use ..."
TERM_WEAK_VERBS = frozenset(
    [
        "have", "do", "get", "become", "remain", "seem", "appear", "include", "see", "want", "need", "let",
        "contain", "bear", "represent", "cover", "happen", "occur", "take", "rely", "depend",
        "put", "keep", "use", "show", "begin", "start", "end", "continue", "mark", "face", "win", "lose", "mean",
        "refer", "call", "know", "name", "consider", "describe", "think", "believe", "feature", "go", "come",
    ]
)  # fmt: skip
# a question whose answer is a key term ranks below one about a name, a date or a figure: on pages that
# have those, they are what readers ask about; lecture notes have few, and their terms fill the quiz
TERM_SCORE = 0.85
# verbs that stand without an object: after a passive, "was founded ... and grew" keeps its active voice
INTRANSITIVE = frozenset(
    [
        "die", "live", "move", "open", "close", "remain", "return", "become", "grow", "serve", "work", "retire",
        "go", "come", "run", "continue", "begin", "end", "stay", "collapse", "sink", "expand", "merge", "rise",
        "fall", "arrive", "emerge", "survive", "operate", "flourish", "decline", "spread", "fail", "succeed",
    ]
)  # fmt: skip
# answers that are concepts: a question about one is tied to the article by the key terms it uses
CONCEPT_TYPES = frozenset(["term", "definition"])
POINTERS = frozenset(
    [
        "this",
        "that",
        "these",
        "those",
        "such",
        "some",
        "any",
        "each",
        "both",
        "all",
        "other",
        "another",
        "same",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "one",
        "most",
        "many",
        "much",
        "more",
        "few",
        "several",
        "various",
        "numerous",
        "new",
        "further",
        "additional",
    ]
)
VAGUE_ADJECTIVES = frozenset(
    [
        "important",
        "major",
        "significant",
        "key",
        "big",
        "great",
        "good",
        "bad",
        "large",
        "small",
        "main",
        "certain",
        "particular",
        "special",
        "serious",
        "strong",
        "high",
        "low",
        "recent",
        "notable",
        "huge",
        "considerable",
        "different",
        "similar",
        "whole",
        "full",
        "real",
        "true",
        "own",
        "possible",
    ]
)
MAX_THING_WORDS = 8
COUNT_NOUNS = frozenset(
    ["digit", "dozen", "hundred", "thousand", "million", "percent", "number", "amount", "total", "majority", "share"]
)
FIGURE_ENTITIES = frozenset(["CARDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME"])
MAX_STATEMENT_WORDS = 32  # words, not counting punctuation: longer statements tire the reader


@attrs.frozen
class _Sentence:
    span: Span
    offset: int  # offset of the paragraph in Article.text
    index: int  # position of the sentence in the article


def extract(
    article: Article, docs: Sequence[Doc], *, judge_importance: bool = True
) -> tuple[list[Fact], list[Dropped]]:
    """Return the facts of ``article`` (parsed as one Doc per paragraph) and the rejected candidates.

    With ``judge_importance`` (the default, for whole articles) people the article mentions once and
    holds no office are dropped as trivia; turn it off to get every well-formed fact of a short text.
    """
    entities = ArticleEntities.from_docs(docs)
    acronyms: dict[str, str] = {}
    first_seen: dict[str, int] = {}
    for paragraph, doc in zip(article.paragraphs, docs, strict=True):
        for found in find_acronyms(doc):
            acronyms.setdefault(found.short, found.long)
            first_seen.setdefault(found.short, paragraph.start + found.long_span.start_char)
    uses = {
        short: len(re.findall(rf"\b{re.escape(short)}\b", f"{article.title}\n{article.text}")) for short in acronyms
    }
    entities = attrs.evolve(entities, acronyms=acronyms, first_seen=first_seen, acronym_uses=uses)
    context = Context(
        entities,
        title=article.title,
        text=article.text if judge_importance else "",
        terms=Terms.of(docs, article.title),
        subject_person=biography_subject(article.title, docs, entities),
    )
    facts: list[Fact] = []
    dropped: list[Dropped] = []
    index = 0
    total = max(1, sum(1 for doc in docs for _ in doc.sents))
    transcript = any(p.speaker is not None for p in article.paragraphs)
    centrality = _Centrality.of(docs, article.title) if judge_importance else None
    for paragraph, doc in zip(article.paragraphs, docs, strict=True):
        doc_acronyms = list(find_acronyms(doc))
        long_paragraph = len(list(doc.sents)) >= LONG_PARAGRAPH
        for position, span in enumerate(doc.sents):
            sentence = _Sentence(span, paragraph.start, index)
            # a paragraph's first sentence states its topic; later ones add detail
            place = TOPIC_SENTENCE_BONUS if position == 0 else -0.03 * min(position, 5)
            inner = position > 0 and long_paragraph
            for result in extract_sentence(sentence.span, sentence.offset, entities, context, acronyms=doc_acronyms):
                if isinstance(result, Fact) and paragraph.speaker is not None:
                    dropped.append(_spoken(result, paragraph.speaker))
                elif isinstance(result, Fact) and transcript and _about_the_interview(span):
                    dropped.append(
                        Dropped(
                            result.question or result.statement,
                            result.answer,
                            "trivial",
                            "a sentence about the interview itself, not its subject",
                            result.source,
                        )
                    )
                elif (
                    isinstance(result, Fact)
                    and centrality is not None
                    and (why := centrality.detail(span, position, result))
                ):
                    dropped.append(
                        Dropped(result.question or result.statement, result.answer, "trivial", why, result.source)
                    )
                elif (
                    isinstance(result, Fact)
                    and centrality is not None
                    and not context.terms.teaches  # notes state a new fact in each sentence
                    and centrality.aside(span)
                    and not _names_the_subject(result, context)
                ):
                    dropped.append(
                        Dropped(
                            result.question or result.statement,
                            result.answer,
                            "trivial",
                            "an aside: the sentence's words recur little in the article",
                            result.source,
                        )
                    )
                elif isinstance(result, Fact):
                    detail = INNER_FIGURE_MALUS if inner and result.answer_type in FIGURE_TYPES else 0.0
                    late = POSITION_MALUS * index / total
                    about = centrality.about(span, result) if centrality is not None else 0.0
                    facts.append(attrs.evolve(result, score=result.score + place - detail - late + about))
                else:
                    dropped.append(result)
            context = context.after(span, entities)
            index += 1
    return [
        attrs.evolve(f, score=f.score + _salience(f, article.text) + _anchor_salience(f, article)) for f in facts
    ], dropped


_MONTH_NAMES = tuple(calendar.month_name[1:])
_CALENDAR_WORDS = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
ONE_OFF_MALUS = 0.25
# An aside is a sentence whose three most recurrent content words (verbs of saying aside) together
# occur in fewer than ASIDE_SHARE of the article's sentences, or ASIDE_MAX sentences in a long
# article ("Who said that he had only seen the Silver Clouds installation before in film?").
# Readers kept 2 of 9 such news items, against 72% of the rest, and 9 of 24 such encyclopedia
# items, against 43%; judged only in articles of MIN_ASIDE_SENTENCES or more.
ASIDE_SHARE, ASIDE_MAX = 0.3, 18
MIN_ASIDE_SENTENCES = 10
_CENTRAL_POS = frozenset(["NOUN", "PROPN", "VERB", "ADJ"])


# A long article (LONG_ARTICLE sentences or more, about 2,000 words) covers many subtopics, and
# readers judge most of what stands inside its paragraphs to be detail. On encyclopedia articles they
# kept 15% of counts, amounts and measures from a paragraph's later sentences (61% from its first),
# 30% of organisations there (the source of a figure: "What estimates that ...?"), and 30% of any
# item from a paragraph's third sentence on that names neither a word of the title nor a name the
# article mentions RECURRING_NAME times or more. Short articles (news) are about one event: there
# readers kept over 90% of such items, so they are judged only in long ones.
LONG_ARTICLE = 80
RECURRING_NAME = 6
SUBJECT_BONUS, ANCHOR_BONUS, FIGURE_MALUS = 0.15, 0.05, 0.1
# "Where is Newcastle School for Boys situated?", "What plays host to the annual Civil War Revisited?":
# readers kept 2 of 16 such encyclopedia items
_STANDS = re.compile(
    r"^(?:Where (?:is|are|was|were) .+ (?:situated|located|centred|centered|based|held|housed)\?$"
    r"|What (?:is|was|are|were) (?:now )?home to\b|What (?:plays|played|play) host to\b|What (?:hosts|hosted)\b)"
)
_INNER_TRIVIA = {"number": "a count", "quantity": "a measure", "money": "an amount", "organisation": "a source"}


def _names_the_subject(fact: Fact, context: Context) -> bool:
    """Whether a fact of a person's life names that person ("she" rewritten to "Lovelace")."""
    if context.subject_person is None:
        return False
    return re.search(rf"\b{re.escape(context.subject_person[0])}\b", fact.question or fact.statement) is not None


@attrs.frozen
class _Centrality:
    """How many of the article's sentences hold each content lemma, and how often each name recurs."""

    counts: dict[str, int]
    sentences: int
    names: dict[str, int]
    title: frozenset[str]
    shorts: dict[str, int] = attrs.field(factory=dict)  # in how many paragraphs each all-capital word stands

    @classmethod
    def of(cls, docs: Sequence[Doc], title: str = "") -> _Centrality:
        counts: dict[str, int] = {}
        names: dict[str, int] = {}
        shorts: dict[str, int] = {}
        sentences = 0
        for doc in docs:
            for sent in doc.sents:
                sentences += 1
                for lemma in _content_lemmas(sent):
                    counts[lemma] = counts.get(lemma, 0) + 1
            for ent in doc.ents:
                names[ent.text.lower()] = names.get(ent.text.lower(), 0) + 1
            for short in {t.text for t in doc if t.is_upper and len(t) > 1}:
                shorts[short] = shorts.get(short, 0) + 1
        words = frozenset(w for w in re.findall(r"\w+", title.lower()) if w not in STOP_WORDS)
        return cls(counts, sentences, names, words, shorts)

    def aside(self, sent: Span) -> bool:
        """Whether ``sent`` is an aside: its most recurrent words are rare in the article."""
        if self.sentences < MIN_ASIDE_SENTENCES:
            return False
        top = sorted((self.counts.get(lemma, 0) for lemma in _content_lemmas(sent)), reverse=True)[:3]
        return sum(top) < min(ASIDE_SHARE * self.sentences, ASIDE_MAX)

    def detail(self, sent: Span, position: int, fact: Fact) -> str | None:
        """Why a fact from the ``position``-th sentence of its paragraph is a long article's detail."""
        if self.sentences < LONG_ARTICLE:
            return None
        if (
            fact.answer_type == "person"
            and _asks_who_said(fact.question)
            and self._mentions(fact.answer) < RECURRING_NAME
        ):
            return "who said or thought it: in a long article, a commentator's name is a detail"
        if _STANDS.match(fact.question):
            return "where something stands or is held: in a long article, a venue is a detail"
        short = re.fullmatch(r"What does (\S+) stand for\?", fact.question)
        if short and self.shorts.get(short.group(1), 0) < 2:
            return "an acronym used in one paragraph only: in a long article, a passing detail"
        if position == 0:
            return None
        if fact.answer_type in _INNER_TRIVIA:
            return f"{_INNER_TRIVIA[fact.answer_type]} from inside a paragraph of a long article"
        if position >= 2 and not self._anchored(sent, fact.answer):
            return "a detail deep in a paragraph of a long article, naming neither its subject nor a recurring name"
        shown = {w[:5] for w in re.findall(r"\w+", (fact.question or fact.statement).lower())}
        about = {w[:5] for w in self.title if len(w) >= 3} & shown  # "Normandy" in "Normans"
        if position >= 2 and fact.answer_type == "date" and not about:
            # readers kept 7 of 16 such dates whose question does not name the article's subject
            return "a date deep in a paragraph of a long article, not about its subject"
        return None

    def about(self, sent: Span, fact: Fact) -> float:
        """A long article's bonus for a fact about its subject, a malus for a count, an amount or a day.

        Among encyclopedia items that pass the gates, readers kept 76% of those whose sentence has a
        word of the title in its subject, against 59%; 68% of those naming a recurring name, against
        57%; and fewer counts and amounts.
        """
        if self.sentences < LONG_ARTICLE:
            return 0.0
        subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        words = {t.lower_ for c in subjects for t in c.subtree} | {
            t.lemma_.lower() for c in subjects for t in c.subtree
        }
        bonus = SUBJECT_BONUS if words & self.title else 0.0
        bonus += ANCHOR_BONUS if self._anchored(sent, fact.answer) else 0.0
        # a month or a day dates an episode: readers kept 57% of those, against 72% of years
        dated = fact.answer_type == "date" and any(m in fact.answer for m in _MONTH_NAMES)
        return bonus - (FIGURE_MALUS if fact.answer_type in {"number", "quantity", "money"} or dated else 0.0)

    def _mentions(self, person: str) -> int:
        """How often the article names ``person``, by surname."""
        surname = person.split()[-1].lower()
        return sum(count for name, count in self.names.items() if name.split()[-1:] == [surname])

    def _anchored(self, sent: Span, answer: str) -> bool:
        """Whether ``sent``, outside ``answer``, holds a word of the title or a recurring name."""
        answered = set(re.findall(r"\w+", answer.lower()))
        if any(t.lower_ in self.title or t.lemma_.lower() in self.title for t in sent if t.lower_ not in answered):
            return True
        return any(
            self.names.get(ent.text.lower(), 0) >= RECURRING_NAME
            for ent in sent.ents
            if not answered & set(re.findall(r"\w+", ent.text.lower()))
        )


# "Who wrote ...?" asks for an author, a fact; "Who argued that ...?" for whose view it was
_OPINION_VERBS = (SPEECH_VERBS - {"write"}) | {"express", "believe", "conclude", "consider", "see", "think", "describe"}


def _asks_who_said(question: str) -> bool:
    """Whether ``question`` asks who said or thought something ("Who argues that ...?")."""
    found = re.match(r"Who (?:has |had |have )?([a-z]+)\b", question)
    return found is not None and getLemma(found.group(1), upos="VERB")[0] in _OPINION_VERBS


def _content_lemmas(sent: Span) -> set[str]:
    return {
        t.lemma_.lower()
        for t in sent
        if t.pos_ in _CENTRAL_POS and not t.is_stop and t.lemma_.lower() not in SPEECH_VERBS
    }


def _anchor_salience(fact: Fact, article: Article) -> float:
    """A malus for a question whose every name the article mentions once: a one-off detail.

    ("When was Charles Avison born?" in an article about a city.) Readers rated such items
    trivial more than half the time, against a quarter for questions about recurring names.
    """
    shown = fact.question or fact.statement[: fact.statement_answer[0]] + fact.statement[fact.statement_answer[1] :]
    names = {
        name.split()[-1]  # a name's last word: "Avison" of "Charles Avison"
        for name in re.findall(r"(?<=\s)[A-Z][\w'-]*[a-z][\w'-]*(?:\s+[A-Z][\w'-]*[a-z][\w'-]*)*", shown)
        if name.split()[-1] not in _CALENDAR_WORDS and name not in fact.answer
    }
    if not names or any(name in article.title for name in names):
        return 0.0
    if max(len(re.findall(rf"\b{re.escape(name)}\b", article.text)) for name in names) > 1:
        return 0.0
    return -ONE_OFF_MALUS


def _asks_a_speaker(question: str, tokens: Sequence[Token]) -> bool:
    """Whether a who-question asks who said, wrote or expressed something."""
    return question.startswith("Who ") and any(
        t.dep_ == "ROOT" and t.lemma_.lower() in SPEECH_VERBS | {"express", "comment"} for t in tokens
    )


def _about_the_interview(sent: Span) -> bool:
    """ "Sarvis answered five questions submitted via e-mail": how the interview was made, not news."""
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & {"interview", "question", "e-mail", "email"}) and bool(
        lemmas & {"answer", "ask", "submit", "interview", "conduct", "speak", "talk"}
    )


def _spoken(fact: Fact, speaker: str) -> Dropped:
    """An interviewee's answer is their claim, not a fact the article vouches for."""
    return Dropped(
        fact.question,
        fact.answer,
        "vague",
        f"said by {speaker} in the interview: the speaker's claim, not the article's",
        fact.source,
    )


def _salience(fact: Fact, text: str) -> float:
    """A bonus for answers the article keeps coming back to, a malus for names it mentions once."""
    if fact.answer_type not in {"person", "organisation", "place"}:
        return 0.0
    key = fact.answer.split()[-1] if fact.answer_type == "person" else fact.answer
    mentions = len(re.findall(rf"\b{re.escape(key)}\b", text))
    return 0.1 if mentions >= 3 else 0.0 if mentions == 2 else -0.1


def _disagrees(sent: Span) -> bool:
    """Whether the sentence's main subject is a plural noun with a singular verb ("Surveys ... was")."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ != "NNS" or any(c.dep_ == "conj" for c in subject.children):
        return False
    finite = [c for c in root.children if c.dep_ in {"aux", "auxpass"}] + [root]
    return any(t.lower_ in {"is", "was", "has"} for t in finite)


def extract_sentence(
    sent: Span,
    offset: int,
    entities: ArticleEntities,
    context: Context,
    *,
    acronyms: Sequence[Acronym] | None = None,
) -> Iterator[Fact | Dropped]:
    """Yield the facts (and rejected candidates) of one sentence whose paragraph starts at ``offset``."""
    text = sent.text.strip()
    if _skip_sentence(sent) or _disagrees(sent) or _example_of_what(sent):
        return
    source = Source(sentence=text, start=offset + sent.start_char, end=offset + sent.start_char + len(text))
    found = list(find_acronyms(sent.doc)) if acronyms is None else acronyms
    builder = _Builder(sent, source, entities, context, [a for a in found if a.long_span.sent.start == sent.start])
    yield from builder.acronyms()
    yield from builder.roles()
    yield from builder.glosses()
    yield from builder.relatives()
    yield from builder.quotes()
    for verb in _clause_heads(sent):
        yield from builder.clause(verb)
    yield from builder.where_clauses()
    yield from builder.clozes()


_RELATIVE_TIME = re.compile(r"(?:At|By|Until|Since) (?:the|that|this) (?:time|point|moment|stage)\b|(?:Then|By then),")


def _example_of_what(sent: Span) -> bool:
    """ "High Force, where the water drops 21 metres, is a well-known example": of what is said before."""
    root = sent.root
    return root.lemma_ == "be" and any(
        c.dep_ == "attr"
        and c.lemma_.lower() in {"example", "instance", "illustration", "case"}
        and not any(k.dep_ in {"prep", "relcl", "acl"} for k in c.children)
        for c in root.children
    )


def _skip_sentence(sent: Span) -> bool:
    text = sent.text.strip()
    if len(sent) < 5 or text.endswith("?") or not re.search(r"[.!\"']$", text):
        return True
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"} for c in sent.root.children):
        return True  # a fragment ("Published in 2007 by the Ear Institute.") states nothing whole
    if sent[0].lower_ in HEDGES:
        return True  # "Probably ..., the Normans entered ..." hedges all that follows
    if _RELATIVE_TIME.match(sent.text.strip()):
        return True  # "At the time, Iran was ...": which time is said in the sentences before
    return not any(t.pos_ in {"VERB", "AUX"} for t in sent)


def _clause_heads(sent: Span) -> list[Token]:
    """Main-clause verbs: the root, the verbs conjoined to it, and a clause the parse hangs on the root
    that a semicolon closes ("Arteries carry blood away from the heart; they have thick walls")."""
    root = sent.root
    heads = [root]
    heads.extend(t for t in root.conjuncts if t.pos_ in {"VERB", "AUX"} and t.i > root.i)
    doc = sent.doc
    for child in root.children:
        end = child.right_edge.i
        if child.dep_ == "ccomp" and child.i < root.i and end + 1 < root.i and doc[end + 1].text == ";":
            heads.append(child)
    return heads


def _quoted_tokens(sent: Span) -> set[int]:
    """Indices of the tokens between quotation marks in ``sent``."""
    inside, out = False, set()
    for token in sent:
        if token.text == '"':
            inside = not inside
        elif inside:
            out.add(token.i)
    return out


def _subtree(token: Token) -> list[Token]:
    return list(token.subtree)


def _comma_before(token: Token) -> bool:
    first = min(token.subtree, key=lambda t: t.i)
    if first.i == 0:
        return False
    before = token.doc[first.i - 1]
    if before.text == "-" and not before.whitespace_ and not token.doc[first.i - 2].whitespace_:
        return False  # "Nouvelle-Amsterdam": a hyphen inside a word sets nothing off
    return before.text in {",", "--", "-", ";"}


class _Builder:
    """Builds the facts of one sentence."""

    def __init__(
        self, sent: Span, source: Source, entities: ArticleEntities, context: Context, acronyms: Sequence[Acronym]
    ) -> None:
        self.sent = sent
        self.tokens = list(sent)
        self.ents = list(sent.ents)
        self.found_acronyms = list(acronyms)
        self.source = source
        self.entities = entities
        self.context = context
        self.base = source.start - sent.start_char
        self.parenthetical = self._parenthetical_tokens()
        self.quoted = _quoted_tokens(sent)
        self.asked: set[tuple[int, int]] = set()
        self.ambiguous: set[int] = set()
        self.resolved = self._demonstratives() | self._pronouns() | self._first_names() | self._title_shorthand()

    def _demonstratives(self) -> dict[int, tuple[str, str]]:
        """ "These long-range missiles" after "Army Tactical Missile Systems (ATACMS)" -> "ATACMS long-range missiles".

        A demonstrative is resolved only when its noun names exactly one acronym the article has
        already expanded (the noun is a word of the expansion); the result maps the determiner's
        index to (the phrase, its rewrite).
        """
        out: dict[int, tuple[str, str]] = {}
        for token in self.tokens:
            if token.dep_ != "det" or token.lower_ not in {"this", "these", "that", "those"}:
                continue
            noun = token.head
            if noun.pos_ != "NOUN" or noun.i < token.i:
                continue
            matches = [
                short
                for short, long in self.entities.acronyms.items()
                if noun.lemma_.lower() in {w.lower().rstrip("s") for w in long.split()}
                and self.source.start > self.entities.first_seen.get(short, 1 << 62)
            ]
            if len(matches) != 1:
                continue
            phrase = self.sent.doc[token.i : noun.i + 1].text
            out[token.i] = (phrase, matches[0] + phrase[len(token.text) :])
        return out

    def _first_names(self) -> dict[int, tuple[str, str]]:
        """ "Pierre was killed in 1906" -> "Pierre Curie": a first name that begins exactly one full
        name in the article stands for it (a question must say who, not only what he was called)."""
        out: dict[int, tuple[str, str]] = {}
        full_names = set(self.entities.people.values())
        for token in self.tokens:
            alone = not token.ent_type_ or (
                token.ent_iob_ == "B" and (token.i + 1 == len(token.doc) or token.nbor().ent_iob_ != "I")
            )
            owners = {full for full in full_names if full.split()[-1] == token.text and len(full.split()) > 1}
            titled = token.text in self.context.title.split()  # "Luther" in the life of Martin Luther
            if token.pos_ == "PROPN" and alone and len(owners) > 1 and not titled:
                self.ambiguous.add(token.i)  # "Byron" of "George Gordon Byron" and "Lady Byron"
        for ent in self.ents:
            if ent.label_ != "PERSON" or len(ent) != 1:
                continue
            if any(full.split()[-1] == ent.text for full in full_names):
                continue  # "Luther": a surname, as the article calls Martin Luther
            # every "Pierre X" in the article must be the same X: not "William Iron Arm" among "William II", ...
            after = set(re.findall(rf"\b{re.escape(ent.text)} (?:(?:of|the) )?([A-Z][\w'-]*)", self.context.text))
            if len(after) > 2:
                self.ambiguous.add(ent.start)  # "William" among "William II", "William of Apulia", ...
            if ent.text in self.entities.people or [t.text for t in self.tokens].count(ent.text) != 1:
                continue
            owners = {full for full in full_names if full.split()[0] == ent.text and len(full.split()) > 1}
            if len(owners) == 1 and len(after) == 1:
                full = owners.pop()
                if after == {full.split()[1]}:
                    out[ent.start] = (ent.text, full)
        return out

    def _title_shorthand(self) -> dict[int, tuple[str, str]]:
        """ "The empire was weakened in the 1520s" in the article "Inca Empire": "the" and the title's
        last word alone stand for the title ("When was the Inca Empire weakened ...?")."""
        words = re.sub(r"^The\s+", "", self.context.title.strip()).split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return {}
        out: dict[int, tuple[str, str]] = {}
        for det in self.tokens:
            head = det.head
            if det.lower_ != "the" or det.dep_ != "det" or head.pos_ != "NOUN" or head.i != det.i + 1:
                continue
            if head.lower_ == words[-1].lower() and all(c.i == det.i for c in head.children):
                out[det.i] = (f"{det.text} {head.text}", "the " + " ".join(words))
        return out

    def _pronouns(self) -> dict[int, tuple[str, str]]:
        """He/she/his/her resolved to the one person they can refer to (see ``resolve_pronoun``).

        A pronoun is rewritten only where it is its word's first use in the sentence, and only in a
        text that shows it once or opens on it (see ``_rewrite``); "his" becomes "Kuzan's".
        """
        out: dict[int, tuple[str, str]] = {}
        words = [t.lower_ for t in self.tokens]
        for token in self.tokens:
            first = words.index(token.lower_) == token.i - self.sent.start  # the rewrite takes the first
            if token.lower_ in {"it", "they"} and first:
                term = (
                    resolve_term_pronoun(token, self.context)
                    or resolve_topic_pronoun(token, self.context)
                    or _first_clause_subject(token)
                )
                if term is not None:
                    out[token.i] = (token.text, term)
                continue
            if token.lower_ not in PERSONAL or not first or token.i in self.quoted:
                continue
            name = resolve_pronoun(token, self.context) or _first_clause_subject(token)
            if name is None:
                continue
            possessive = token.tag_ == "PRP$" or token.lower_ in {"his", "hers"}
            out[token.i] = (token.text, name + ("'s" if possessive else ""))
        return out

    def _rewrite(
        self, text: str, span: tuple[int, int] | None = None, *, answer: str = "", shown: set[int] | None = None
    ) -> tuple[str, tuple[int, int] | None]:
        """Apply the resolved references to ``text``, keeping ``span`` on the same words.

        A pronoun that refers to the answer itself stays as it is: it is bound to the wh-word or
        the blank ("Who has aimed to ... ahead of his departure?").
        """
        for index, (phrase, replacement) in self.resolved.items():
            if (answer and _leaks(replacement.removesuffix("'s"), answer)) or (
                shown is not None and index not in shown
            ):
                continue
            pattern = rf"(?<![\w'-]){re.escape(phrase)}(?![\w'-])"
            if len(re.findall(pattern, text, re.IGNORECASE)) > 1 and not (
                index == self.sent.start and text.startswith(phrase)
            ):
                continue  # "her health ... her father": only the sentence's first word is surely the one
            for variant in (phrase, phrase[:1].lower() + phrase[1:]):
                found = re.search(rf"(?<![\w'-]){re.escape(variant)}(?![\w'-])", text)
                if found is None:
                    continue
                at = found.start()
                name = re.escape(replacement.removesuffix("'s"))
                if re.search(rf"(?<![\w'-]){name}(?![\w-])", text[:at], re.IGNORECASE):
                    break  # "Britain had promised ..., and it declared": the name stands before its pronoun
                new = replacement
                if at == 0:
                    new = new[:1].upper() + new[1:]
                text = text[:at] + new + text[at + len(variant) :]
                if span is not None and at < span[0]:
                    delta = len(new) - len(variant)
                    span = (span[0] + delta, span[1] + delta)
                break
        return text, span

    # ---- shared pieces -------------------------------------------------------------------

    def _parenthetical_tokens(self) -> set[int]:
        out: set[int] = set()
        depth = 0
        for token in self.tokens:
            if token.text in {"(", "["}:
                depth += 1
            if depth:
                out.add(token.i)
            if token.text in {")", "]"} and depth:
                depth -= 1
        return out

    def _offsets(self, span: Span | Sequence[Token]) -> tuple[int, int]:
        tokens = list(span)
        start = tokens[0].idx
        end = tokens[-1].idx + len(tokens[-1].text)
        return self.base + start, self.base + end

    def _fact(
        self,
        relation: str,
        answer: Span,
        answer_type: str,
        question: str,
        statement: tuple[str, tuple[int, int] | None],
        *,
        alternatives: Sequence[str] = (),
        score: float = 1.0,
        question_tokens: Sequence[Token] = (),
        answer_text: str | None = None,
    ) -> Fact | Dropped:
        if relation not in {"why", "definition", "gloss"}:
            answer = _core(answer)
        question = self._common_first_word(_tidy(question))
        if question and relation != "acronym":
            # longest first: "National Science Foundation Network" is NSFNET, not "NSF Network"
            for short, long in sorted(self.entities.acronyms.items(), key=lambda pair: -len(pair[1])):
                question = re.sub(rf"\b{re.escape(long)}\b", short, question)
        start, end = self._offsets(answer)
        text = answer_text or answer.text
        found = self.source.sentence.find(text, start - self.source.start)
        if found < 0 or found > end - self.source.start:
            return Dropped(
                question=question or statement[0],
                answer=text,
                reason="formatting",
                detail="the answer is not a span of its sentence",
                source=self.source,
            )
        start = self.source.start + found
        end = start + len(text)
        source = attrs.evolve(self.source, answer_start=start, answer_end=end)
        sentence = self.source.sentence
        before = sentence[found - 1 : found] if found else " "
        after = sentence[found + len(text) : found + len(text) + 1] or " "
        if before.isalnum() or before in "-'" or after.isalnum() or after == "-":
            problem: tuple[str, str] | None = ("formatting", "the answer is part of a word")
        elif answer_type in {"person", "organisation", "place"} and _inside_longer_name(answer):
            problem = ("formatting", "the answer is part of a longer name")
        else:
            problem = None
        if self.resolved:
            shown = {t.i for t in question_tokens} if question_tokens else None
            question = self._rewrite(question, answer=answer_text or answer.text, shown=shown)[0]
            statement = self._rewrite(*statement, answer=answer_text or answer.text, shown=shown)
        if problem is None:
            problem = self._gate(question, text, answer_type, question_tokens, answer)
        stmt_text, stmt_span = statement
        if problem is None and stmt_span is None:
            problem = ("formatting", "the answer does not appear once in the statement")
        held = stmt_text[stmt_span[0] : stmt_span[1]] if stmt_span is not None else ""
        if held[:1].isupper() and stmt_span == (0, len(held)) and text[:1].islower():
            held = held[:1].lower() + held[1:]  # the statement capitalises its first word: "Dissolved minerals"
        if problem is None and stmt_span is not None and held != text:
            problem = ("formatting", "the statement does not hold the answer as written in the sentence")
        if problem is None and (_dangling_end(stmt_text) or (question and _dangling_end(question, _DANGLING_Q))):
            problem = ("ungrammatical", "the sentence ends on a word that needs more after it")
        if problem is None and question and re.search(r"\bbeing \w+(?:ed|en|e)\?", question):
            problem = ("ungrammatical", "a passive 'being' clause lost its verb")
        if problem is None and question and question_tokens and _bare_conjoined_verb(question_tokens):
            problem = ("ungrammatical", "the question ends on a verb joined by 'and' with nothing of its own")
        if problem is None and _comma_before_verb(question_tokens):
            problem = ("formatting", "a comma between the subject and its verb ('the Market itself, was opened')")
        if problem is None and any(t.i in self.ambiguous for t in [*question_tokens, *answer]):
            problem = ("vague", "a name the article gives to several people")
        if (
            problem is None
            and not question
            and answer_type == "date"
            and answer.root.dep_ == "pobj"
            and answer.root.head.lower_ == "of"
            and answer.root.head.head.pos_ == "NOUN"
        ):
            problem = ("vague", "a date that says which thing, not when the sentence's event was ('events of the ___')")
        if problem is None and answer_type in FIGURE_TYPES - {"date"} and _worked_example(self.sent):
            problem = ("trivial", "a figure of a made-up example ('Suppose strawberries sell for ...')")
        if problem is None and question and re.search(r"^(?!.*\b(?:do|does|did)\b).*\b(?:say|says|said)\?$", question):
            problem = ("ungrammatical", "'say' with nothing said ('How many punnets say?')")
        if (
            problem is None
            and question
            and re.match(r"^\w+(?: \w+)? (?:did|does|do) ", question)
            and any(t.dep_ == "conj" and t.tag_ == "VBD" and t.head.dep_ in {"relcl", "acl"} for t in question_tokens)
        ):
            problem = (
                "ungrammatical",
                "do-support beside a conjoined past verb ('What did Hannibal cross ... and destroyed ...?')",
            )
        if problem is None and question and _DOUBLE_FINITE.search(question):
            problem = ("ungrammatical", "do-support beside another finite verb")
        if (
            problem is None
            and not question
            and stmt_span is not None
            and text in (stmt_text[: stmt_span[0]] + " " + stmt_text[stmt_span[1] :])
        ):
            problem = ("obvious", "the answer stands elsewhere in the statement")
        if problem is None and len(re.findall(r"\s[-\u2013\u2014]\s", question or stmt_text)) % 2:
            problem = ("formatting", "half of a dash-set aside is left")
        if problem is None and not question and _agent_without_passive(question_tokens):
            problem = ("ungrammatical", "the sentence has an agent 'by' phrase on an active verb")
        if (
            problem is None
            and not question
            and stmt_span is not None
            and "," not in stmt_text[: stmt_span[0]]  # not the comma that closes an aside
            and re.match(
                r",\s+(?:would|will|is|was|has|had|can|could|should|may|might|must)\b", stmt_text[stmt_span[1] :]
            )
        ):
            problem = ("formatting", "a comma between the blank and its verb")
        if problem is None and re.search(r"×\s*10\d", stmt_text):
            problem = ("formatting", "an exponent lost its superscript ('× 1011')")
        if problem is None and re.search(r"[;:,]\s*[;:,]", stmt_text + " " + question):
            problem = ("formatting", "doubled punctuation left where text was cut")
        if problem is None and re.search(r"\b(\w+) \1\b", stmt_text + " " + question, re.IGNORECASE):
            problem = ("ungrammatical", "a word repeated twice in a row")
        if problem is None and _misplaced_quotes(stmt_text):
            problem = ("formatting", "a quotation mark is glued to the word before it")
        if problem is None and stmt_text.count('"') % 2:
            problem = ("formatting", "unbalanced quotation marks in the statement")
        if problem is None and not question and answer_type == "date":
            rest = stmt_text[: stmt_span[0]] + stmt_text[stmt_span[1] :] if stmt_span else stmt_text
            decades = [d[:3] for d in re.findall(r"\b(\d{3}0)s\b", text)]
            if any(y in rest for y in re.findall(r"\b\d{4}\b", text)) or any(
                re.search(rf"\b{d}\d\b", rest) for d in decades
            ):
                problem = ("obvious", "the answer's year is in the statement")
        if problem is None and not question and _content_weight(question_tokens) < 4.0:
            problem = ("vague", "the statement around the blank is too short to point to one answer")
        if problem is None and question_tokens and _unanchored_comparative(question_tokens):
            problem = ("vague", "a comparison without what it is compared with")
        if problem is None and question_tokens and not _connected(question_tokens, answer):
            problem = ("ungrammatical", "a word of the question lost the word it depends on")
        if problem is not None:
            return Dropped(
                question=question or stmt_text, answer=text, reason=problem[0], detail=problem[1], source=source
            )
        self.asked.add((start, end))
        assert stmt_span is not None
        return Fact(
            relation=relation,
            answer=text,
            answer_type=answer_type,
            question=question,
            statement=stmt_text,
            statement_answer=stmt_span,
            source=source,
            alternatives=tuple(a for a in dict.fromkeys(alternatives) if a and a != text),
            score=score,
        )

    def _common_first_word(self, question: str) -> str:
        """Lowercase the sentence's capitalised first word inside a question when the article also
        writes it in lower case ("How much energy does photosynthesis produce?")."""
        first = self.sent[0]
        if not (first.is_title and first.lower_ in self.entities.common and first.pos_ != "PROPN"):
            return question
        return re.sub(rf"(?<=\s){re.escape(first.text)}\b", first.lower_, question, count=1)

    def _in_title(self, answer: str) -> bool:
        """Whether the title names the answer: a country by its whole name ("South Korea" is not in
        "North Korea puts military on alert"), anything else by any name-like word of it."""
        if country_name(answer) is None:
            return _leaks(answer, self.context.title)
        return bool(re.search(rf"\b{re.escape(answer)}\b", self.context.title, re.IGNORECASE)) or any(
            country_name(m) == country_name(answer)
            for m in re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*", self.context.title)
        )

    def _about_the_title(self, tokens: Sequence[Token]) -> bool:
        """Whether the clause's subject names a word of the title ("ATACMS missiles have a range ...")."""
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", self.context.title) if w.lower() not in STOP_WORDS}
        words |= {w[:-1] for w in words if w.endswith("s")}
        return any(
            t.lower_ in words or t.lemma_.lower() in words
            for t in tokens
            if any(a.dep_ in {"nsubj", "nsubjpass"} for a in [t, *t.ancestors] if a.i in {k.i for k in tokens})
        )

    def _names_a_team(self, answer: str) -> bool:
        """Whether the article twice writes the place before a plural name ("Carolina Panthers")."""
        found = re.findall(rf"\b{re.escape(answer)} ([A-Z][a-z]+s)\b", self.context.text)
        return len(found) >= 2

    def _prominent(self, answer: str, *, speaker: bool = False) -> bool:
        """Whether a person matters to the article: named twice (title included) or holding high office.

        Who said something is worth asking only of a ``speaker`` the article keeps coming back to
        (three mentions): a passer-by's remark is a detail.
        """
        surname = answer.split()[-1]
        pattern = rf"\b{re.escape(surname)}\b"
        mentions = len(re.findall(pattern, self.context.text)) + len(re.findall(pattern, self.context.title))
        if mentions >= MIN_PERSON_MENTIONS + speaker:
            return True
        for found in re.finditer(pattern, self.context.text):
            before = self.context.text[max(0, found.start() - 60) : found.start()].lower().split()
            after = re.findall(r"[a-z]+", self.context.text[found.end() : found.end() + 40].lower())
            if set(before[-4:]) & HIGH_OFFICE or set(after[:3]) & HIGH_OFFICE:
                return True
        return False

    def _gate(
        self, question: str, answer: str, answer_type: str, tokens: Sequence[Token], answer_span: Span
    ) -> tuple[str, str] | None:
        if any(t.dep_ == "mark" and t.head.pos_ in {"NOUN", "PROPN"} and t.lower_ == "that" for t in tokens):
            return "ungrammatical", "a 'that' clause lost its verb"
        verbs = [t for t in tokens if t.pos_ == "VERB" and t.dep_ in {"ROOT", "conj"}]
        if (
            question
            and verbs
            and verbs[0].tag_ == "VBG"
            and not any(c.dep_ in {"aux", "auxpass"} for c in verbs[0].children)
        ) and not any(t.pos_ == "AUX" and t.i < verbs[0].i for t in tokens):
            return "ungrammatical", "a participle that lost its 'was' ('What pursuing the Germans?')"
        misparse = _misparse(tokens)
        if misparse:
            return "ungrammatical", f"{misparse}, so the question would be garbled"
        if _comma_spliced(tokens):
            return "ungrammatical", "two finite verbs joined by a comma alone: the parse misread a participle"
        if _lost_conjunction(tokens, answer_span):
            return "ungrammatical", "a list kept its last member but lost its 'and'"
        if _two_dates_on_one_verb(tokens):
            return "nonsense", "two dates for one event ('found oxygen in 1773 or earlier in 1774')"
        if question:
            if question.count('"') % 2:
                return "formatting", "unbalanced quotation marks"
            if re.search(r"\w\. [A-Za-z]", question) and not re.search(r"\b[A-Z]\. [A-Z]", question):
                return "formatting", "the question runs across a sentence boundary"
            concept = answer_type in CONCEPT_TYPES
            if re.match(r"^(?:What|Which \w+|Where|When)\b", question) and not (_anchored(question) or concept):
                return "vague", "no name, number or date in the question ties it to the article"
            if re.match(
                r"^(?:When|Where|Why|How)\b \w+ .*\b(?:two|three|four|five|six|several|many|multiple)\s+\w+s\b",
                question,
            ):
                return "vague", "several events in one question may each have their own answer"
            if re.match(r"^\w+ (?:did|does|do)\b", question) and any(
                t.lower_ == "by"
                and t.head.pos_ == "VERB"
                and not any(c.dep_ == "auxpass" for c in t.head.children)
                and any(
                    c.dep_ == "pobj"
                    and any(k.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} or k.pos_ == "PROPN" for k in c.subtree)
                    for c in t.children
                )
                for t in tokens
            ):
                return "ungrammatical", "an agent 'by' phrase on an active verb"
            if re.match(r"^When\b.*\b(?:include|contain|comprise|consist|involve)\b", question):
                return "wrong_wh", "'when' for what a list includes: the date belongs to one of its members"
            if re.match(r"^(?:Who|What|Which \w+|Where|When),", question):
                return "ungrammatical", "a comma-set phrase splits the wh-word from its verb"
            first = tokens[0] if tokens else None
            if (
                first is not None
                and first.i == first.sent.start
                and first.is_title
                and first.pos_ != "PROPN"
                and re.match(rf"^(?:Who|What|Which \w+) {re.escape(first.text)}\b", question)
            ):
                return "ungrammatical", f"the sentence's first word {first.text!r} is left after the wh-word"
            # a key term ties a question about a concept to the article as a name does
            keyed = concept or self.context.terms.teaches
            named = [t for t in tokens if t.pos_ == "PROPN" or (keyed and self.context.terms.names_one([t]))]
            weight = _content_weight(tokens) + 0.5 * len([t for t in named if t.pos_ != "PROPN"])
            # a resolved pronoun says what its name or term says ("Where does it occur?")
            named += [t for t in tokens if t.i in self.resolved]
            weight += 1.5 * len([t for t in tokens if t.i in self.resolved])
            has_name = bool(named)
            # "the basic unit of life" is one thing: a definite description needs fewer words
            needed = MIN_CONTENT_WEIGHT - (1 if concept and re.match(r"^What (?:is|are) the\b", question) else 0)
            if tokens and weight < needed and not (has_name and weight >= 2.5):
                return "vague", "too few content words to pin down one answer"
            words = question.split()
            if len(words) > MAX_QUESTION_WORDS:
                return "vague", f"question of {len(words)} words is too long to read as one question"
            if len(words) < 3:
                return "vague", "question too short to have one clear answer"
            if _leaks(answer, question):
                return "obvious", "the answer appears in the question"
            if answer_type == "term" and _shares_a_word(answer, question):
                return "obvious", "a word of the answer is in the question ('valve gear' drives 'valves')"
            initials = "".join(w[0] for w in answer.split() if w[:1].isupper())
            if (
                len(initials) >= 3
                and len(initials) == len(answer.split())
                and re.search(rf"\b{initials}", question)
                and not question.endswith(" stand for?")  # the acronym item asks exactly that
            ):
                return "obvious", f"the answer's initials stand in the question ({initials})"
            if answer_type == "date" and any(y in question for y in re.findall(r"\b\d{4}\b", answer)):
                return "obvious", "the answer's year is in the question"
            last = [t for t in tokens if not t.is_punct][-1:] if tokens else []
            known_as = bool(last) and (
                (last[0].lower_ == "as" and last[0].head.lemma_ == "know")
                or STRANDED.get(last[0].head.lemma_.lower()) == last[0].lower_
            )
            if last and last[0].pos_ in {"ADP", "DET", "CCONJ", "SCONJ"} and last[0].dep_ != "prt" and not known_as:
                return "ungrammatical", f"the question ends with {last[0].text!r}"
            if answer_type == "date" and any(
                e.label_ == "DATE" and is_absolute_date(e.text) and e.start in {t.i for t in tokens} for e in self.ents
            ):
                return "vague", "another date in the question makes 'when' ambiguous"
            if question.startswith("Where") and any(
                t.dep_ == "pobj"
                and t.head.lower_ in LOCATIVE
                and (t.ent_type_ in {"GPE", "LOC", "FAC"} or (t.pos_ == "PROPN" and t.head.lower_ in {"to", "into"}))
                for t in tokens
            ):  # "Where were the remains moved to the Panthéon?": the place is named
                return "vague", "another place in the question makes 'where' ambiguous"
            if question.startswith("Where") and any(
                t.ent_type_ in {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"} and any(c.isdigit() for c in t.text)
                for t in tokens
            ):
                return "trivial", "the place of a statistic ('Where does 43 million tons of dust fall?')"
        if answer.rstrip() != answer.rstrip(",;:-"):
            return "formatting", "the answer ends on a punctuation mark"
        if answer.split()[-1].lower() in _DANGLING_Q | {"of", "to", "in", "on", "at", "by", "for", "with"}:
            return "formatting", "the answer ends on a word that needs more after it ('the 1860s and')"
        if answer.split()[0].lower() in {"another", "as", "than", "further", "additional", "other"}:
            return "vague", f"the answer starts with {answer.split()[0]!r}, which points elsewhere"
        if answer.count("(") != answer.count(")") or answer.count('"') % 2:
            return "formatting", "the answer has unbalanced brackets or quotes"
        if not answer.strip() or answer.lower() in {"he", "she", "it", "they", "this", "that"}:
            return "wrong_answer", "the answer is a pronoun"
        if answer_type in {"organisation", "place"} and any(
            full != answer and full.endswith(" " + answer) for full in self.entities.people.values()
        ):
            return "wrong_wh", "the name ends a person's name the article gives ('Phillips' of 'Samuel Phillips')"
        if answer_type == "place" and self._names_a_team(answer):
            return "wrong_wh", "the place also names a team the article plays up ('Carolina' of 'Carolina Panthers')"
        if answer_type in {"place", "organisation", "person"} and self._in_title(answer):
            return "obvious", "the answer is named in the article's title"
        if (
            answer_type in {"place", "organisation"}
            and len(answer_span) == 1
            and short_for_a_name(answer_span.root, self.context)
        ):
            return "formatting", "the answer is the short form of a longer name ('Assembly' for 'National Assembly')"
        letters = answer.replace("&", "")
        if answer.isupper() and len(letters) > 1 and _initials(self.context.title).startswith(letters):
            return "obvious", "the answer is the article's own subject, abbreviated"
        if (
            answer_type == "person"
            and self.context.text
            and not self._prominent(answer, speaker=_asks_a_speaker(question, tokens))
            and not any(
                t.tag_ == "JJS" or t.lower_ == "first" for t in tokens
            )  # "the youngest member", "first described"
        ):
            return "trivial", "a person the article mentions only once, with no office"
        trivia = _trivia(answer, answer_type, answer_span)
        if trivia:
            return "trivial", trivia
        if _statistics(tokens) >= STAT_LINE:
            return "trivial", "a line of statistics ('Who caught four passes for 80 yards?')"
        if answer_type == "quantity" and self.context.title and not self._about_the_title(tokens):
            # readers called 7 of 7 such measures trivia ("the small intestine is about six metres
            # long", "dead coral covers 40 hectares"); a measure of the title's subject is its spec
            return "trivial", "a measure of something other than the article's subject"
        if answer_type in {"number", "quantity", "money", "percent"} and _rival_figure(answer_span, tokens):
            return "trivial", "one of two figures of two clauses shown together ('500 were invited and 190 accepted')"
        if answer_type in {"reason", "definition", "thing"}:
            bound = _bound_in_definition(answer_span) if answer_type == "definition" else set()
            problem = check_references(list(answer_span), self.context, exclude=set(self.resolved) | bound)
            if problem:
                return "vague", f"the answer needs context: {problem}"
        problem = check_references(tokens, self.context, exclude={t.i for t in answer_span} | set(self.resolved))
        if problem:
            return "vague", problem
        return None

    def _statement(
        self, tokens: Sequence[Token], answer: Span, *, whole: bool = False
    ) -> tuple[str, tuple[int, int] | None]:
        """The statement made of ``tokens`` with the answer marked (without a leading "the" unless ``whole``)."""
        answer_ids = {t.i for t in (answer if whole else _core(answer))}
        pieces = [Piece.of(t, mark=t.i in answer_ids) for t in tokens]
        return render(pieces, end=".")

    # ---- clause trimming -------------------------------------------------------------------

    def clause_tokens(self, verb: Token, subject: Token | None) -> tuple[list[Token], list[Token]] | None:
        """The tokens of the clause headed by ``verb`` without side material, and moved date phrases.

        Drops conjoined clauses, parentheticals, non-restrictive relative clauses and appositions,
        leading discourse connectives and comma-set phrases, and trailing comma-set participles.
        Date phrases set off at the start are returned apart so that they can go at the end.
        """
        if _shares_its_object(verb):
            return None  # "Princip shot and killed the archduke": "When did Princip shoot?" lost the object
        keep: set[int] = {t.i for t in verb.subtree}
        if subject is not None and subject.head.i != verb.i:
            keep |= {t.i for t in subject.subtree}
            keep |= {
                c.i
                for c in subject.head.children
                if c.dep_ in {"aux", "auxpass", "neg"}
                and c.i < verb.i
                and not any(c.i == t.i for t in verb.lefts)
                # a finite verb borrows no auxiliary, but "has criticized ... and suggested" shares "has";
                # one with its own ("are introduced ... and are known as") borrows none either
                and (verb.tag_ not in {"VBD", "VBZ", "VBP"} or (c.lemma_ == "have" and verb.tag_ == "VBD"))
                and not any(k.dep_ in {"aux", "auxpass"} for k in verb.children)
            }
        moved: list[Token] = []
        subject_start = min((t.i for t in subject.subtree), default=verb.i) if subject is not None else verb.i
        for child in verb.children:
            drop = False
            if child.dep_ in {"conj", "cc", "parataxis", "mark", "discourse", "intj", "preconj", "dep"} or (
                child.dep_ == "advmod"
                and child.lower_ in DISCOURSE
                and (child.i == self.sent.start or child.lower_ in DROPPABLE_ADVERBS)
            ):
                drop = True
            elif child.dep_ in {"advcl", "prep", "npadvmod", "advmod", "acl", "ccomp", "xcomp", "oprd", "attr"}:
                subtree = _subtree(child)
                end = max(t.i for t in subtree)
                followed_by_comma = end + 1 < len(child.doc) and child.doc[end + 1].text == ","
                if child.i < subject_start:
                    if child.dep_ in {"prep", "npadvmod"} and (
                        self._has_absolute_date(subtree) or not followed_by_comma
                    ):
                        moved.extend(t for t in subtree if t.i not in self.parenthetical)
                    drop = True
                elif child.i > verb.i and _comma_before(child) and child.dep_ in {"advcl", "prep", "npadvmod", "acl"}:
                    drop = child.dep_ != "prep" or not self._has_absolute_date(subtree) or child.lower_ == "with"
            if drop:
                keep -= _set_off(child)
        for token in self.tokens:
            if (
                token.i in keep
                and token.dep_ == "conj"
                and token.pos_ in {"VERB", "AUX"}
                and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)
                and token.i != verb.i
            ):
                keep -= {t.i for t in token.subtree}
                keep -= {c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i}
        for token in self.tokens:
            if (
                token.i in keep
                and _comma_before(token)
                and (
                    token.dep_ in {"relcl", "appos", "acl"}
                    or (token.dep_ in {"advcl", "prep"} and token.tag_ in {"VBG", "VBN"})
                )
            ):
                keep -= _set_off(token)
        keep -= self.parenthetical
        tokens = [t for t in self.tokens if t.i in keep]
        tokens = _strip_edges(tokens)
        moved.sort(key=lambda t: t.i)
        if not tokens:
            return None
        return tokens, moved

    def _has_absolute_date(self, tokens: Sequence[Token]) -> bool:
        ids = {t.i for t in tokens}
        return any(e.label_ == "DATE" and e.start in ids and is_absolute_date(e.text) for e in self.ents)

    # ---- clause questions -------------------------------------------------------------------

    def clause(self, verb: Token) -> Iterator[Fact | Dropped]:
        """Yield the wh-question facts of the clause headed by ``verb``."""
        if any(t.lower_ in HEDGES for t in verb.subtree if t.head.i == verb.i):
            return
        if verb.i in self.quoted:
            return
        subject = _subject(verb)
        if subject is None or (subject.lower_ in {"there", "it"} and subject.dep_ == "expl"):
            return
        if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children
        ):
            return
        if '"' in self.sent.text and verb.lemma_.lower() in SPEECH_VERBS:
            return
        trimmed = self.clause_tokens(verb, subject)
        if trimmed is None:
            return
        tokens, moved = trimmed
        if _words(tokens) > MAX_STATEMENT_WORDS + 10:
            return
        statement_tokens = moved + tokens if moved else tokens
        yield from self._subject_question(verb, subject, tokens, moved, statement_tokens)
        yield from self._definition(verb, subject, tokens, moved)
        yield from self._term_definition(verb, subject, tokens, moved)
        yield from self._naming(verb, subject, tokens, moved, statement_tokens)
        yield from self._made_of(verb, subject, tokens, moved, statement_tokens)
        yield from self._object_questions(verb, subject, tokens, moved, statement_tokens)
        yield from self._count_questions(verb, subject, tokens, moved, statement_tokens)

    def _subject_question(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token], statement: list[Token]
    ) -> Iterator[Fact | Dropped]:
        typed = self.entities.answer_type(self.sent.doc[subject.left_edge.i : subject.i + 1])
        if typed is None:
            typed = self._term_subject(verb, subject)
        if typed is None:
            return
        answer_type, answer = typed
        if answer.root.i != subject.i:
            return
        if any(c.dep_ == "conj" for c in subject.children):
            return
        finite_plural = any(verb.doc[i].tag_ == "VBP" or verb.doc[i].lower_ == "were" for i in _finite_ids(verb))
        if subject.tag_ in {"NN", "NNP"} and finite_plural and answer_type != "term":
            return  # "A (ALP), B, C and D are the main parties": a list the parse read as one name
        subject_ids = {t.i for t in subject.subtree}
        if answer_type == "person" and _predicate_is_a_thing(verb):
            return  # "Bainbridge is often cited as the world's first department store": no "who"
        wh = self._wh_subject(answer_type, answer)
        if answer_type == "organisation" and verb.lemma_.lower() in SPEECH_VERBS:
            return  # "Who said that Kerry contacted ...?" asks who reported the news, not the news
        pieces = [Piece(wh)]
        plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
        plural = plural or (answer_type == "term" and finite_plural)  # "Mitochondria produce ..."
        # "earned a victory ... and becomes the youngest member": the conjoined verb takes the first's past
        past = verb.tag_ == "VBZ" and verb.dep_ == "conj" and verb.head.tag_ == "VBD"
        for token in tokens:
            if token.i in subject_ids:
                continue
            text = _singular(token) if plural and token.i in _finite_ids(verb) else None
            if past and token.i == verb.i:
                text = (getInflection(_lemma(verb), "VBD") or (verb.text,))[0]
            if token.i == verb.i + 1 and _needs_that(verb):
                pieces.append(Piece("that"))
            pieces.append(Piece.of(token, text))
        pieces.extend(_trailing(moved))
        question, _ = render(pieces, end="?")
        if _unnamed_document(verb, tokens):
            yield Dropped(
                question,
                answer.text,
                "vague",
                "'an executive order', 'a statement': an indefinite paper or act does not say which one",
                self.source,
            )
            return
        if verb.lemma_ in {"be", "become", "remain"} and _indefinite_attribute(verb):
            yield Dropped(
                question,
                answer.text,
                "vague",
                "what is only 'a' such thing ('an ally of Israel') has other answers",
                self.source,
            )
            return
        alternatives = self._alternatives(answer_type, answer, subject)
        yield self._fact(
            "subject",
            answer,
            answer_type,
            question,
            self._statement(statement, answer),
            alternatives=alternatives,
            score=TERM_SCORE if answer_type == "term" else 1.0,
            question_tokens=[t for t in tokens if t.i not in subject_ids] + moved,
            answer_text=_answer_text(answer),
        )

    def _term_subject(self, verb: Token, subject: Token) -> tuple[str, Span] | None:
        """The key term a clause's subject names, when what the clause says of it makes a question.

        "Mitochondria produce most of the cell's energy" -> "What produces ...?". The copula counts
        only with a definite description ("The cell is the basic unit of life"); verbs that say
        little ("have", "become", "use") or report speech never do.
        """
        if verb.lemma_.lower() in TERM_WEAK_VERBS or verb.lemma_.lower() in SPEECH_VERBS:
            return None
        if subject.dep_ not in {"nsubj", "nsubjpass"} or not generic_present(verb) or not self.context.terms.teaches:
            return None
        if verb.lemma_ == "be" and not any(
            c.dep_ == "attr"
            and c.pos_ == "NOUN"
            and _definite_description(c)
            and any(d.dep_ in {"prep", "relcl", "poss"} and not _comma_before(d) for d in c.children)
            for c in verb.children
        ):
            return None  # "... is roughly the reverse, storing energy": the reverse of what?
        term = self.context.terms.term(subject)
        if term is None or not self.context.terms.answerable(term):
            return None
        return "term", _core(term)

    def _object_questions(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token], statement: list[Token]
    ) -> Iterator[Fact | Dropped]:
        kept = {t.i for t in tokens}
        for child in verb.children:
            if child.i not in kept:
                continue
            if child.dep_ == "dobj":
                typed = self.entities.answer_type(self.sent.doc[child.left_edge.i : child.right_edge.i + 1])
                if typed is None and child.pos_ == "NOUN":
                    yield from self._thing_question(verb, subject, tokens, moved, statement, child)
                    continue
                if typed is None or typed[1].root.i != child.i or typed[0] not in {"person", "place"}:
                    continue
                if any(c.dep_ == "conj" for c in child.children):
                    continue
                answer_type, answer = typed
                if any(t.i < answer.start and t.pos_ in {"ADJ", "NOUN", "PROPN", "NUM"} for t in child.subtree):
                    continue  # "defined southern California": the answer would be a part of what was defined
                wh = "Who" if answer_type == "person" else self._wh_subject(answer_type, answer)
                removed = {t.i for t in child.subtree}
                yield from self._inverted(
                    verb, subject, tokens, moved, statement, wh, removed, answer, answer_type, "object"
                )
            elif child.dep_ in {"prep", "agent"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                pobj = objects[0]
                removed = {t.i for t in child.subtree}
                date = self._date_in(pobj)
                coordinated = any(c.dep_ in {"conj", "cc"} for c in pobj.children) or any(
                    c.dep_ in {"conj", "cc"} for c in child.children
                )
                by_agent = any(
                    c.dep_ == "prep" and c.lower_ == "by" and any(o.ent_type_ not in {"DATE", ""} for o in c.subtree)
                    for c in verb.children
                )
                if date is not None and (coordinated or by_agent):
                    continue  # "in 2007 and a second recently"; "changed ... by the Monti government"
                if date is not None and child.lower_ in {"in", "on", "at", "during", "since", "by", "until"}:
                    wh = (
                        "When"
                        if child.lower_ in {"in", "on", "at", "during"}
                        else {"since": "Since when", "by": "By when", "until": "Until when"}[child.lower_]
                    )
                    yield from self._inverted(
                        verb, subject, tokens, moved, statement, wh, removed, date, "date", "when"
                    )
                    continue
                typed = self.entities.answer_type(self.sent.doc[pobj.left_edge.i : pobj.right_edge.i + 1])
                if typed is None:
                    yield from self._term_adverbial(verb, subject, tokens, moved, statement, child, pobj)
                    continue
                if typed[1].root.i != pobj.i:
                    continue
                answer_type, answer = typed
                if any(c.dep_ == "conj" for c in pobj.children):
                    continue
                if (
                    answer_type == "place"
                    and child.lower_ in LOCATIVE
                    and not (child.lower_ == "on" and place_kind(answer.text) == "country")
                ):  # "declared war on Germany" is no place
                    yield from self._inverted(
                        verb, subject, tokens, moved, statement, "Where", removed, answer, "place", "where"
                    )
                elif child.dep_ == "agent" and answer_type in {"person", "organisation"}:
                    yield from self._agent_question(verb, subject, tokens, moved, statement, child, answer, answer_type)
        yield from self._why_questions(verb, subject, tokens, moved, statement)
        moved_ids = {t.i for t in moved}
        for date_ent in self.ents:
            if date_ent.label_ != "DATE" or not is_absolute_date(date_ent.text):
                continue
            if date_ent.start in moved_ids and date_ent.root.dep_ == "pobj" and date_ent.root.head.i in moved_ids:
                yield from self._inverted(
                    verb, subject, tokens, [], statement, "When", moved_ids, date_ent, "date", "when"
                )
                continue
            root = date_ent.root
            if root.head.i == verb.i and root.dep_ in {"npadvmod", "tmod"} and root.i in kept:
                removed = {t.i for t in root.subtree}
                yield from self._inverted(
                    verb, subject, tokens, moved, statement, "When", removed, date_ent, "date", "when"
                )

    def _term_adverbial(
        self,
        verb: Token,
        subject: Token,
        tokens: list[Token],
        moved: list[Token],
        statement: list[Token],
        prep: Token,
        pobj: Token,
    ) -> Iterator[Fact | Dropped]:
        """Questions about key terms: "Plate motion is driven by mantle convection" -> "What drives
        plate motion?"; "The Calvin cycle takes place in the stroma" -> "Where does the Calvin cycle
        take place?"."""
        resolved = subject.i in self.resolved
        if (subject.pos_ == "PRON" and not resolved) or subject.lower_ in POINTERS:
            return
        if any(c.dep_ == "conj" for c in pobj.children):
            return
        if not generic_present(verb) or not self.context.terms.teaches:
            return  # "the plague reached Alexandria": a past event, asked by its names and dates
        if prep.dep_ == "agent":
            term = self.context.terms.term(pobj)
            term = term if term is not None and self.context.terms.answerable(term) else None
            extra = [t for t in pobj.subtree if t.i >= term.end] if term is not None else []
            after = [t for t in tokens if t.i > prep.right_edge.i and not t.is_punct]
            if term is not None and (not extra or extra[0].text == ",") and not after:  # "by magma welling up"
                yield from self._agent_question(
                    verb, subject, tokens, moved, statement, prep, _core(term), "term", TERM_SCORE
                )
            return
        if prep.lower_ not in {"in", "inside", "within", "at"} or verb.lemma_.lower() not in TERM_PLACE_VERBS:
            return
        if verb.lemma_ == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
            return
        shown = [t for t in subject.subtree if t.i in {k.i for k in tokens}]
        if any(t.ent_type_ == "ORDINAL" for t in shown):
            return  # "the first stage": of what?
        if not resolved and (not self.context.terms.names_one(shown) or any(t.lower_ in POINTERS for t in shown)):
            return  # the subject says which key term is meant: "fertilisation in flowering plants"
        phrase: list[Token] = []
        for token in pobj.subtree:  # up to a comma: "the chloroplasts of plant cells, where ..."
            if token.is_punct:
                break
            phrase.append(token)
        if len(phrase) > 6 or any(t.pos_ in {"VERB", "AUX", "PRON", "NUM"} or t.is_punct for t in phrase):
            return
        if not self.context.terms.names_one(phrase) or phrase[0].lower_ != "the":
            return  # a place is a definite thing: "in the stroma", not "in phosphate" or "in solution"
        answer = _core(self.sent.doc[phrase[0].i : phrase[-1].i + 1])
        yield from self._inverted(
            verb,
            subject,
            tokens,
            moved,
            statement,
            "Where",
            {t.i for t in prep.subtree},
            answer,
            "term",
            "where",
            TERM_SCORE,
        )

    def _thing_question(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token], statement: list[Token], obj: Token
    ) -> Iterator[Fact | Dropped]:
        """ "Mohamed brought a digital clock to school" -> "What did Mohamed bring to school?".

        Asked only of a named subject doing something with a plain noun phrase that says what it is
        by itself: no clause, list or aside inside it, no pointer ("this", "his") at its start.
        """
        if verb.lemma_.lower() in LIGHT_VERBS or verb.dep_ not in {"ROOT", "conj", "ccomp", "advcl"}:
            return
        if any(c.dep_ in {"auxpass", "xcomp", "ccomp", "oprd", "dative"} for c in verb.children):
            return  # "asked the governments not to turn away boats": the object is not the whole fact
        named = self.entities.answer_type(self.sent.doc[subject.left_edge.i : subject.i + 1])
        if subject.i not in self.resolved and (named is None or named[1].root.i != subject.i):
            return
        phrase = list(obj.subtree)
        if any(t.pos_ in {"VERB", "AUX", "PRON"} or t.dep_ in {"conj", "appos", "punct"} for t in phrase):
            return
        if any(t.pos_ == "NUM" or t.ent_type_ in FIGURE_ENTITIES for t in phrase) or obj.lemma_ in COUNT_NOUNS:
            return  # "47 streetcars", "double digits": a figure, asked with "how many" if at all
        if phrase[0].lower_ in POINTERS or len(phrase) > MAX_THING_WORDS:
            return
        if len([t for t in phrase if t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.lower_ not in VAGUE_ADJECTIVES]) < 2:
            return  # "the attack" points back to something; "a statement", "an important result" say nothing
        kept = {t.i for t in tokens} | {t.i for t in moved}
        if not any(c.i in kept and c.dep_ in {"prep", "npadvmod", "advcl"} for c in verb.children):
            return  # "What does Newcastle still retain?" has many answers; "... before the game?" one
        after = obj.doc[phrase[-1].i + 1] if phrase[-1].i + 1 < len(obj.doc) else None
        if any(t.dep_ == "prep" for t in phrase) and after is not None and after.dep_ == "prep":
            return  # "trial for manslaughter by gross negligence": which word the last phrase belongs to is a guess
        answer = _core(self.sent.doc[phrase[0].i : phrase[-1].i + 1])
        # humans asked about such answers a quarter as often as about names and figures: they rank lower
        yield from self._inverted(
            verb, subject, tokens, moved, statement, "What", {t.i for t in phrase}, answer, "thing", "object", 0.75
        )

    def _definition(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token]
    ) -> Iterator[Fact | Dropped]:
        """ "Super Bowl 50 was an American football game ..." -> "What was Super Bowl 50?"."""
        if verb.lemma_ != "be" or moved or any(c.dep_ in {"aux", "neg"} for c in verb.children):
            return
        attrs_ = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > verb.i]
        if not attrs_ or subject.pos_ != "PROPN" or subject.dep_ != "nsubj":
            return
        attr = attrs_[0]
        answer_tokens = [t for t in attr.subtree if t.i in {k.i for k in tokens}]
        if not 3 <= len(answer_tokens) <= 18 or answer_tokens[0].lower_ not in {"a", "an", "the"}:
            return
        if not any(t.pos_ == "PROPN" or (t.dep_ == "prep" and t.lower_ == "of") for t in answer_tokens):
            return  # "a difficult person" is an opinion; "a phylum of ..." defines
        if any(
            t.i > answer_tokens[-1].i and t.i not in {k.i for k in answer_tokens} and not t.is_punct for t in tokens
        ):
            return
        name = self.sent.doc[subject.left_edge.i : subject.right_edge.i + 1]
        if not all(t.pos_ in {"PROPN", "NUM"} or (t.lower_ in {"the", "of", "and"} and t.dep_ != "cc") for t in name):
            return
        if _leaks(name.text, self.context.title):
            return  # "What is Newcastle?" in the article on Newcastle asks nothing in particular
        if all(t.lower_ in self.entities.common for t in name if t.pos_ == "PROPN"):
            return  # "Duty is ...", "Deforestation is ...": a word the article writes in lower case is no name
        earlier = self.context.text[: self.source.start]
        if re.search(rf"\b{re.escape(name[-1].text)}\b", earlier):
            return  # only the sentence that introduces a name defines it; later ones add a detail
        if self.context.text and len(re.findall(rf"\b{re.escape(name[-1].text)}\b", self.context.text)) < 2:
            return  # a name the article never comes back to ("Tamara de Lempicka" in a list of artists)
        answer = self.sent.doc[answer_tokens[0].i : answer_tokens[-1].i + 1]
        wh = "Who" if self.entities.person_name(name) else "What"
        name_pieces = [Piece.of(t, t.lower_ if t.lower_ == "the" else None) for t in name]
        yield self._definition_fact(wh, verb, list(name), name_pieces, answer)

    def _definition_fact(
        self, wh: str, verb: Token, name: list[Token], name_pieces: list[Piece], answer: Span
    ) -> Fact | Dropped:
        """ "What is <name>?" with what the sentence says it is as the answer."""
        question, _ = render([Piece(wh), Piece.of(verb, verb.lower_), *name_pieces], end="?")
        statement = self._statement([*name, verb, *answer], answer, whole=True)
        return self._fact(
            "definition",
            answer,
            "definition",
            question,
            statement,
            score=0.95,
            question_tokens=[],
            answer_text=answer.text,
        )

    def _term_definition(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token]
    ) -> Iterator[Fact | Dropped]:
        """ "Inflation is the rate at which prices rise" -> "What is inflation?".

        Asked of a key term the article defines once, when what it is said to be is a description
        with its own restriction ("a general fall in prices", "the rate at which ..."). A short
        definite description ("the basic unit of life") is asked the other way round, if at all, by
        the subject question ("What is the basic unit of life?"): readers found "What is the cell?"
        open to many answers.
        """
        if verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP"} or moved or subject.dep_ != "nsubj":
            return
        if any(c.dep_ in {"aux", "neg", "advmod"} for c in verb.children):
            return  # "is often", "is not", "is usually": no longer what the term is
        term = self.context.terms.term(subject)
        if term is None or (subject.pos_ == "PROPN" and subject.i != self.sent.start):
            return  # a name; a sentence-initial "Demand" the tagger calls one is the term
        if (verb.tag_ == "VBP") != (subject.tag_ == "NNS"):
            return  # "heat addition and rejection are ...": the parse broke a list
        attrs_ = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > verb.i]
        if not attrs_:
            return
        attr = attrs_[0]
        kept = {t.i for t in tokens}
        answer_tokens = [t for t in attr.subtree if t.i in kept]
        if not 3 <= len(answer_tokens) <= 24:
            return
        if answer_tokens[0].lower_ not in {"a", "an", "the"} and answer_tokens[0].i != attr.left_edge.i:
            return
        if any(c.dep_ in {"relcl", "acl"} and c.i not in kept for c in [*attr.children, *subject.children]):
            return  # "a huge ball of hot gas, mostly hydrogen, that is held together by ...": cut short
        if answer_tokens[0].pos_ == "ADV":
            return  # "just one service that runs on the internet"
        if answer_tokens[0].lower_ in {"part", "one"}:
            return  # "part of a larger sequence called the cell cycle" says where it belongs, not what it is
        if answer_tokens[0].pos_ in {"DET", "PRON", "NUM"} and answer_tokens[0].lower_ not in {"a", "an", "the", "any"}:
            return  # "some ...", "two ...": not what the term is
        if not any(
            c.dep_ in {"relcl", "acl"} or (c.dep_ == "prep" and c.lower_ not in {"about", "like", "with"})
            for c in attr.children
            if not _comma_before(c)
        ):
            return  # "a serious problem", "the body's network" describe; "a general fall in prices" defines
        if any(t.i > answer_tokens[-1].i and not t.is_punct for t in tokens):
            return
        core = _core(term)
        if _definite_description(attr) and len(answer_tokens) <= 8:
            return  # asked the other way round, if at all: "What is the cell?" has many answers
        if any(t.tag_ in {"JJS", "RBS"} for t in answer_tokens):
            return  # "the largest non-colonial animals that ...": a record, not what they are
        if len(core) == 1 and _shorthand_of(core[0].text, self.context.title):
            return  # "The museum is ..." in the article on the Victoria and Albert Museum
        # "Supply and demand is the basic model" does not define demand
        defined = rf"(?<!and )(?<!or )\b{re.escape(core[-1].text)} (?:is|are) (?:a|an|the|any)\b"
        if len(re.findall(defined, self.context.text, re.IGNORECASE)) > 1:
            return  # defined twice ("a substance that releases H+", "a proton donor"): either answer is right
        answer = self.sent.doc[answer_tokens[0].i : answer_tokens[-1].i + 1]
        name = [Piece.of(t, t.lower_ if t.i == self.sent.start and t.is_title else None) for t in term]
        yield self._definition_fact("What", verb, list(term), name, answer)

    def _naming(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token], statement: list[Token]
    ) -> Iterator[Fact | Dropped]:
        """ "Very rapid inflation is called hyperinflation" -> "What is very rapid inflation called?"."""
        lemma = verb.lemma_.lower()
        if lemma not in {"call", "name", "term", "know"} or not any(c.dep_ == "auxpass" for c in verb.children):
            return
        if (subject.pos_ == "PRON" and subject.i not in self.resolved) or subject.lower_ in POINTERS:
            return
        if subject.dep_ != "nsubjpass" or any(t.is_punct for t in subject.subtree):
            return  # "problems that can be solved in theory, but ...": a subject cut short
        kept = {t.i for t in tokens}
        if any(c.dep_ == "advcl" and c.i not in kept for c in verb.children):
            return  # "While it is still underground the molten rock is called magma": only then
        if lemma == "know":
            holders = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
            names = [o for h in holders for o in h.children if o.dep_ == "pobj"]
        else:
            names = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}]
        if len(names) != 1:
            return
        name = names[0]
        phrase = list(name.subtree)
        if len(phrase) > 6 or any(t.pos_ in {"VERB", "PRON"} or t.dep_ in {"conj", "punct"} for t in phrase):
            return
        kept = {t.i for t in tokens}
        if not all(t.i in kept for t in phrase):
            return
        answer = _core(self.sent.doc[phrase[0].i : phrase[-1].i + 1])
        yield from self._inverted(
            verb, subject, tokens, moved, statement, "What", {t.i for t in phrase}, answer, "term", "naming", 0.95
        )

    def _made_of(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token], statement: list[Token]
    ) -> Iterator[Fact | Dropped]:
        """What a key term is made of or measured in: "The membrane is made of phospholipids" ->
        "What is the membrane made of?"; "Current is measured in amperes" -> "What is current measured in?"."""
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        wanted = STRANDED.get(lemma)
        if wanted is None or (lemma != "consist") != passive:
            return
        if subject.lower_ in POINTERS or (subject.pos_ == "PRON" and subject.i not in self.resolved):
            return
        if subject.lemma_.lower() in NOT_CONCEPTS:
            return  # "the rest of the Earth's crust": the rest after what?
        shown = {t.i for t in tokens}
        if subject.i not in self.resolved and not self.context.terms.names_one(
            [t for t in subject.subtree if t.i in shown]
        ):
            return
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == wanted and c.i in shown]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        if len(objects) != 1 or any(c.dep_ == "conj" for c in objects[0].children):
            return
        phrase: list[Token] = []
        rest: list[Token] = []
        for token in objects[0].subtree:  # up to an aside: "volts (V)", "the clergy, who ..."
            if token.is_punct or rest:
                rest.append(token)
                continue
            phrase.append(token)
        aside = [t for t in rest if not t.is_punct][:1]
        if aside and not any(a.dep_ in {"appos", "relcl", "acl"} for a in [aside[0], *aside[0].ancestors]):
            return  # "geologic, topographic, and natural landscapes": a list, not an aside
        if aside and phrase and phrase[0].lower_ in {"a", "an"}:
            return  # "a large cone, known as the Gran Cono, ...": the aside says which
        if not phrase or len(phrase) > 8 or any(t.pos_ in {"VERB", "AUX", "PRON", "NUM"} for t in phrase):
            return
        answer = _core(self.sent.doc[phrase[0].i : phrase[-1].i + 1])
        removed = {t.i for t in objects[0].subtree}
        yield from self._inverted(verb, subject, tokens, moved, statement, "What", removed, answer, "term", "made_of")

    def _why_questions(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token], statement: list[Token]
    ) -> Iterator[Fact | Dropped]:
        """ "X did Y because Z" / "due to Z" / "because of Z" -> "Why did X do Y?" with the reason Z."""
        kept = {t.i for t in tokens} | {t.i for t in moved}
        for child in verb.children:
            if child.i not in kept or child.i < verb.i:
                continue
            reason: list[Token] = []
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in child.children):
                reason = [t for t in child.subtree if not (t.dep_ == "mark" and t.head.i == child.i)]
            elif child.dep_ == "prep" and child.lower_ in {"because", "due"}:
                link = [c for c in child.children if c.dep_ == "pcomp" and c.lower_ in {"of", "to"}]
                holders = [child, *link]
                objects = [c for h in holders for c in h.children if c.dep_ == "pobj"]
                if objects:
                    reason = list(objects[0].subtree)
            if any(c.dep_ == "advmod" for c in child.children):
                continue  # "partly due to", "mainly because": the reason is not the whole answer
            if not reason or len(reason) > 14 or not reason[0].text[:1].isalnum():
                continue
            removed = {t.i for t in child.subtree}
            start = min(removed)
            if start > 0 and self.sent.doc[start - 1].text == ",":
                removed.add(start - 1)
            answer = self.sent.doc[reason[0].i : reason[-1].i + 1]
            body = _invert(verb, subject, [t for t in tokens if t.i not in removed])
            if body is None:
                continue
            question, _ = render([Piece("Why"), *body, *_trailing(moved)], end="?")
            yield self._fact(
                "why",
                answer,
                "reason",
                question,
                self._statement(statement, answer, whole=True),
                score=0.9,
                question_tokens=[t for t in tokens if t.i not in removed] + moved,
                answer_text=answer.text,
            )

    def where_clauses(self) -> Iterator[Fact | Dropped]:
        """ "... in the Kursk region, where Ukraine has made recent incursions" ->
        "Where has Ukraine made recent incursions?" with the place the relative clause hangs on."""
        for verb in self.tokens:
            where = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where"]
            if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"} or not where:
                continue
            if verb.i in self.parenthetical or verb.i in self.quoted:
                continue
            subject = _subject(verb)
            head = verb.head
            if subject is None or subject.i < where[0].i or head.i >= verb.i:
                continue
            typed = self.entities.answer_type(self.sent.doc[head.left_edge.i : head.i + 1])
            if typed is None or typed[0] != "place" or typed[1].root.i != head.i:
                continue
            answer = typed[1]
            clause = [
                t
                for t in verb.subtree
                if t.i != where[0].i and not (t.is_punct and t.i > verb.i and t.i == verb.right_edge.i)
            ]
            body = _invert(verb, subject, clause)
            if body is None:
                continue
            question, _ = render([Piece("Where"), *body], end="?")
            answer_ids = {t.i for t in _core(answer)}
            pieces = [Piece.of(t) for t in clause] + [Piece("in")]
            pieces += [Piece.of(t, mark=t.i in answer_ids) for t in self.sent.doc[head.left_edge.i : head.i + 1]]
            yield self._fact(
                "where",
                answer,
                "place",
                question,
                render(pieces, end="."),
                alternatives=self._alternatives("place", answer, answer.root),
                score=0.9,
                question_tokens=clause,
                answer_text=_answer_text(answer),
            )

    def _date_in(self, pobj: Token) -> Span | None:
        for ent in self.ents:
            if ent.label_ == "DATE" and ent.start <= pobj.i < ent.end and is_absolute_date(ent.text):
                return ent
        return None

    def _inverted(
        self,
        verb: Token,
        subject: Token,
        tokens: list[Token],
        moved: list[Token],
        statement: list[Token],
        wh: str,
        removed: set[int],
        answer: Span,
        answer_type: str,
        relation: str,
        score: float = 0.9,
    ) -> Iterator[Fact | Dropped]:
        if relation == "when" and verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children):
            return  # "When was the first European to ... Francisco de Orellana?" reads as nonsense
        if verb.lemma_ == "bear" and relation in {"when", "where"}:
            # "When was Marie Curie born Maria Skłodowska in Warsaw?": the birth name is not asked about
            removed = removed | {t.i for c in verb.children if c.dep_ in {"oprd", "attr"} for t in c.subtree}
        question_tokens = [t for t in tokens if t.i not in removed]
        body = _invert(verb, subject, question_tokens, past=relation == "when")
        if body is None:
            return
        if _unnamed_document(verb, [*question_tokens, *answer]):
            return  # "When did Johnson issue an executive order?", "What did Johnson issue? -> executive order"
        date_moved = [] if relation == "when" else moved
        pieces = [Piece(wh), *body, *_trailing(date_moved)]
        question, _ = render(pieces, end="?")
        shown = question_tokens + date_moved
        if relation == "where" and verb.lemma_ not in ONE_PLACE_VERBS and _bare(verb, subject, shown):
            yield Dropped(
                question,
                answer.text,
                "vague",
                "a 'where' with nothing but a subject and its verb ('Where did Tesla work?') has many answers",
                self.source,
            )
            return
        yield self._fact(
            relation,
            answer,
            answer_type,
            question,
            self._statement(statement, answer),
            alternatives=self._alternatives(answer_type, answer, answer.root),
            score=score,
            question_tokens=question_tokens + date_moved,
            answer_text=_answer_text(answer),
        )

    def _agent_question(
        self,
        verb: Token,
        subject: Token,
        tokens: list[Token],
        moved: list[Token],
        statement: list[Token],
        agent: Token,
        answer: Span,
        answer_type: str,
        score: float = 0.95,
    ) -> Iterator[Fact | Dropped]:
        """ "X was approved by Y" -> "Who approved X?"."""
        aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        passive = [c for c in aux if c.dep_ == "auxpass"]
        if not passive or verb.tag_ != "VBN":
            return
        other_aux = [c for c in aux if c.dep_ == "aux"]
        if other_aux:
            main = other_aux[-1]
            verb_text = verb.text if main.lemma_ == "have" else (getInflection(verb.lemma_, "VB") or (verb.lemma_,))[0]
            if main.lemma_ == "be":
                return
        else:
            tag = "VBZ" if passive[0].lower_ in {"is", "was"} else "VBP"
            if passive[0].tag_ == "VBD":
                tag = "VBD"
            elif passive[0].lower_ in {"is", "are"}:
                tag = "VBZ"
            verb_text = (getInflection(_lemma(verb), tag) or (verb.text,))[0]
        removed = {t.i for t in agent.subtree} | {p.i for p in passive}
        subject_ids = {t.i for t in subject.subtree}
        wh = "Who" if answer_type == "person" else self._wh_subject(answer_type, answer)
        pieces = [Piece(wh)]
        pieces.extend(Piece.of(a) for a in other_aux)
        pieces.append(Piece(verb_text))
        pieces.extend(Piece.of(t, _lower_first(t)) for t in tokens if t.i in subject_ids)
        pieces.extend(
            Piece.of(t)
            for t in tokens
            if t.i not in subject_ids and t.i not in removed and t.i != verb.i and t not in other_aux and t.i > verb.i
        )
        pieces.extend(_trailing(moved))
        question, _ = render(pieces, end="?")
        yield self._fact(
            "agent",
            answer,
            answer_type,
            question,
            self._statement(statement, answer),
            alternatives=self._alternatives(answer_type, answer, answer.root),
            score=score,
            question_tokens=[t for t in tokens if t.i not in removed] + moved,
            answer_text=_answer_text(answer),
        )

    def _count_questions(
        self, verb: Token, subject: Token, tokens: list[Token], moved: list[Token], statement: list[Token]
    ) -> Iterator[Fact | Dropped]:
        kept = {t.i for t in tokens}
        for noun in (c for c in verb.children if c.i in kept and c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
            numbers = [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
            if not numbers or noun.pos_ not in {"NOUN", "PROPN"} or noun.tag_ not in {"NNS", "NNPS"}:
                continue
            number = numbers[0]
            answer_tokens = sorted([number, *[t for t in number.subtree if t.i != number.i]], key=lambda t: t.i)
            answer = self.sent.doc[answer_tokens[0].i : answer_tokens[-1].i + 1]
            if self._is_money(answer) or (not answer.text[:1].isdigit() and answer[0].dep_ != "quantmod"):
                continue
            if noun.pos_ == "PROPN" and re.fullmatch(r"1\d{3}|20\d\d", answer.text):
                continue  # "the 1908 Summer Olympics": a year in a name, not a count
            phrase_ids = {t.i for t in noun.subtree}
            head_words = [
                t
                for t in noun.subtree
                if number.i < t.i <= noun.i  # not "an estimated" before the count
                and t.i not in {a.i for a in answer_tokens}
                and t.dep_ not in {"det", "poss", "predet"}
                and t.i not in self.parenthetical
            ]
            tail_words = [t for t in noun.subtree if t.i > noun.i and t.i in kept]
            wh_pieces = [Piece("How many"), *(Piece.of(t) for t in head_words), *(Piece.of(t) for t in tail_words)]
            if noun.dep_ in {"nsubj", "nsubjpass"}:
                rest = [Piece.of(t) for t in tokens if t.i not in phrase_ids]
                pieces = [*wh_pieces, *rest, *_trailing(moved)]
            else:
                body = _invert(verb, subject, [t for t in tokens if t.i not in phrase_ids])
                if body is None:
                    continue
                pieces = [*wh_pieces, *body, *_trailing(moved)]
            question, _ = render(pieces, end="?")
            alternatives = _number_alternatives(answer.text)
            yield self._fact(
                "how_many",
                answer,
                "number",
                question,
                self._statement(statement, answer),
                alternatives=alternatives,
                score=0.95,
                question_tokens=[t for t in tokens if t.i not in phrase_ids] + head_words + tail_words + moved,
            )

    def _is_money(self, span: Span) -> bool:
        return any(e.label_ == "MONEY" and e.start <= span.start < e.end for e in self.ents)

    def _wh_subject(self, answer_type: str, answer: Span) -> str:
        if answer_type == "person":
            return "Who"
        if answer_type == "place":
            kind = place_kind(answer.text)
            if kind is None and _team_name(answer):
                return "Who"  # "Who did the Panthers beat?" -> the Seattle Seahawks
            return {"country": "Which country", "city": "Which city"}.get(kind or "", "What")
        if answer_type == "organisation" and answer.root.lower_ not in {"army", "navy", "police", "government"}:
            return (
                "Which organisation"
                if answer.root.lower_
                in {
                    "institute",
                    "agency",
                    "organization",
                    "organisation",
                    "foundation",
                    "association",
                    "centre",
                    "center",
                    "commission",
                }
                else "What"
            )
        return "What"

    def _alternatives(self, answer_type: str, answer: Span, head: Token) -> list[str]:
        text = _answer_text(answer)
        out: list[str] = []
        if answer_type == "person":
            full = self.entities.person_name(answer)
            if full:
                out.append(full)
                parts = full.split()
                if len(parts) > 1:
                    out.append(parts[-1])
        if answer_type in {"place", "organisation"}:
            out.append(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))
            country = country_name(text)
            if country:
                out.append(country)
            for short, long in self.entities.acronyms.items():
                if long.lower() == text.lower():
                    out.append(short)
                elif short == text:
                    out.append(long)
        return out

    # ---- special facts ----------------------------------------------------------------------

    def acronyms(self) -> Iterator[Fact | Dropped]:
        """ "Army Tactical Missile Systems (ATACMS)" -> "What does ATACMS stand for?"."""
        for found in self.found_acronyms:
            uses = self.entities.acronym_uses.get(found.short, 0)
            if uses < MIN_ACRONYM_USES:
                continue
            if found.long.split()[-1].lower() in MEDIA_WORDS or found.long.lower().endswith("news agency"):
                continue  # the outlet a report cites is no fact of the story
            question = f"What does {found.short} stand for?"
            if _well_known(found.short):
                yield Dropped(
                    question,
                    found.long,
                    "obvious",
                    f"{found.short} is a word everyone knows, expansion included",
                    self.source,
                )
                continue
            statement_pieces = [
                Piece(found.short),
                Piece("stands"),
                Piece("for"),
                *(Piece.of(t, mark=True) for t in found.long_span),
            ]
            statement = render(statement_pieces, end=".")
            yield self._fact(
                "acronym",
                found.long_span,
                "expansion",
                question,
                statement,
                alternatives=[],
                score=1.0 + 0.01 * min(uses, 10),  # the acronyms the article leans on most first
                question_tokens=[],
                answer_text=found.long,
            )

    def glosses(self) -> Iterator[Fact | Dropped]:
        """ "... relies on enzymes, proteins that speed up digestion" -> "What are enzymes?".

        In notes that teach, a key term glossed by a comma-set description with its own
        restriction ("proteins that ...", "waves of contraction that ...") is defined there.
        """
        if not self.context.terms.teaches:
            return
        for appos in self.tokens:
            if appos.dep_ not in {"appos", "conj"} or appos.pos_ != "NOUN" or not _comma_before(appos):
                continue
            if appos.left_edge.i - 2 < self.sent.start:
                continue
            # the gloss follows its term at once ("amylase, an enzyme"), whichever word the parse
            # hangs it on; a list ("A, B and C") is no gloss
            head = self.sent.doc[appos.left_edge.i - 2]
            if appos.dep_ == "conj" and any(c.dep_ == "cc" for c in appos.head.children):
                continue
            term = self.context.terms.term(head)
            if term is None or head.pos_ != "NOUN" or head.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass", "attr"}:
                continue
            gloss: list[Token] = []
            for token in appos.subtree:  # up to the comma that closes the gloss
                if token.text in {",", ";", "(", ")"}:
                    break
                gloss.append(token)
            if not 3 <= len(gloss) <= 16 or gloss[-1].i != appos.right_edge.i:
                continue
            if gloss[0].lower_ in {"the", "this", "these", "its", "their"} or gloss[0].pos_ in {"PRON", "NUM"}:
                continue  # "the atria" names, "the largest artery" ranks: neither says what it is
            if not any(c.dep_ in {"prep", "relcl", "acl"} for c in appos.children):
                continue
            words = [t for t in term if t.lower_ not in {"a", "an"}]
            verb = "are" if head.tag_ in {"NNS", "NNPS"} or appos.tag_ == "NNS" else "is"  # "nebulae, vast clouds"
            name = [Piece.of(t, t.lower_ if t.pos_ != "PROPN" else None) for t in words]
            question, _ = render([Piece("What"), Piece(verb), *name], end="?")
            answer = self.sent.doc[gloss[0].i : gloss[-1].i + 1]
            statement = render([*(Piece.of(t) for t in words), Piece(verb), *(Piece.of(t, mark=True) for t in gloss)])
            yield self._fact("gloss", answer, "definition", question, statement, score=0.9, answer_text=answer.text)

    def relatives(self) -> Iterator[Fact | Dropped]:
        """ "... and platelets, which help the blood to clot" -> "What helps the blood to clot?".

        In notes that teach, a comma-set "which" clause stating a general truth of a key term says
        what the term does, as a sentence with the term as its subject would.
        """
        if not self.context.terms.teaches:
            return
        for verb in self.tokens:
            if verb.dep_ != "relcl" or not _comma_before(verb):
                continue
            noun = verb.head
            relative = verb.left_edge
            if relative.lower_ != "which" or relative.dep_ not in {"nsubj", "nsubjpass"} or relative.head.i != verb.i:
                continue
            if noun.pos_ != "NOUN" or _lemma(verb) in TERM_WEAK_VERBS | SPEECH_VERBS | {"be"}:
                continue
            listed = noun.dep_ == "conj" and not any(c.dep_ == "relcl" for c in noun.head.children)
            if not generic_present(verb) or listed or verb.left_edge.i - 2 != noun.i:
                continue  # "bases such as A or B, which ...": the clause may be the list's
            finite = verb.doc[min(_finite_ids(verb))]
            if (finite.tag_ == "VBP") != (noun.tag_ == "NNS"):
                continue  # "calcium carbonate, which neutralise": the clause is about something else
            if any(c.dep_ in {"conj", "neg", "ccomp"} or c.lower_ in MODALS for c in verb.children):
                continue
            term = self.context.terms.term(noun)
            if term is None or not self.context.terms.answerable(term) or term.end != noun.i + 1:
                continue
            clause = [t for t in verb.subtree if t.i != relative.i and t.i not in self.parenthetical]
            if any(t.is_punct for t in clause) or not 3 <= len(clause) <= 14:
                continue  # a clause that runs on past a comma is no one fact
            if any(v.dep_ == "relcl" and v.i != verb.i and v.lemma_ == verb.lemma_ for v in self.tokens):
                continue  # "granite, which cools slowly ..., whereas basalt, which cools quickly": a contrast
            before = {  # named before as a kind ("a metal wire") or an indefinite ("a wire"), not "the blood"
                t.lemma_.lower()
                for t in self.tokens
                if t.i < noun.i
                and t.pos_ == "NOUN"
                and (t.dep_ == "compound" or any(c.lower_ in {"a", "an"} for c in t.children))
            }
            if any(t.lower_ == "the" and t.head.lemma_.lower() in before for t in clause):
                continue  # "In a metal wire ... electrons, which drift through the metal": which metal?
            plural = noun.tag_ == "NNS"
            answer = _core(term)
            pieces = [Piece("What")]
            pieces += [Piece.of(t, _singular(t) if plural and t.i in _finite_ids(verb) else None) for t in clause]
            question, _ = render(pieces, end="?")
            statement = render([*(Piece.of(t, mark=True) for t in answer), *(Piece.of(t) for t in clause)])
            yield self._fact(
                "subject",
                answer,
                "term",
                question,
                statement,
                score=TERM_SCORE,
                question_tokens=clause,
                answer_text=_answer_text(answer),
            )

    def roles(self) -> Iterator[Fact | Dropped]:
        """ "Serhiy Kuzan, head of the X Centre" -> "Who is the head of the X Centre?"."""
        for ent in self.ents:
            if ent.label_ != "PERSON" or not self.entities.person_name(ent):
                continue
            root = ent.root
            for appos in (c for c in root.children if c.dep_ == "appos"):
                if appos.pos_ != "NOUN" or appos.tag_ != "NN" or appos.i < root.i:
                    continue
                role_tokens = [t for t in appos.subtree if t.i not in self.parenthetical]
                if not any(t.pos_ == "PROPN" for t in role_tokens) or len(role_tokens) > 14:
                    continue
                if any(t.dep_ in {"relcl", "acl"} or t.pos_ == "VERB" for t in role_tokens):
                    continue
                if role_tokens[0].lower_ in {"a", "an", "one", "another", "some"} or role_tokens[-1].is_punct:
                    continue
                det = [] if role_tokens[0].dep_ in {"det", "poss"} else [Piece("the")]
                question, _ = render(
                    [Piece("Who"), Piece("is"), *det, *(Piece.of(t, _lower_first(t)) for t in role_tokens)], end="?"
                )
                if root.dep_ in {"nsubj", "nsubjpass"} and _lemma(root.head) in SPEECH_VERBS | {"express"}:
                    # "Serhiy Kuzan, head of the ... Centre, expressed that ...": a quoted source's title
                    yield Dropped(
                        question,
                        _answer_text(ent),
                        "trivial",
                        "the job title of a source the article quotes",
                        self.source,
                    )
                    continue
                statement = render(
                    [
                        *(Piece.of(t, mark=True) for t in ent),
                        Piece("is"),
                        *det,
                        *(Piece.of(t, _lower_first(t)) for t in role_tokens),
                    ],
                    end=".",
                )
                yield self._fact(
                    "role",
                    ent,
                    "person",
                    question,
                    statement,
                    alternatives=self._alternatives("person", ent, root),
                    score=1.0,
                    question_tokens=role_tokens,
                    answer_text=_answer_text(ent),
                )

    def quotes(self) -> Iterator[Fact | Dropped]:
        """ "Zelensky stated, "..."" -> "Who stated, "..."?"."""
        marks = [t for t in self.tokens if t.text == '"']
        if len(marks) != 2:
            return
        inner = self.sent.doc[marks[0].i + 1 : marks[1].i]
        words = [t for t in inner if not t.is_punct]
        if not 4 <= len(words) <= 30:
            return
        verb = self.sent.root
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.i in self.quoted:
            return
        subject = _subject(verb)
        if subject is None:
            return
        typed = self.entities.answer_type(self.sent.doc[subject.left_edge.i : subject.i + 1])
        if typed is None or typed[0] != "person":
            return
        answer = typed[1]
        before = self.sent.doc[marks[0].i - 1] if marks[0].i > self.sent.start else None
        after = self.sent.doc[marks[1].i - 1]
        framed = (before is not None and before.text in {",", ":"}) or after.text == ","
        if not framed:
            return
        if any(t.lower_ in QUOTE_REFERENCES and t.pos_ in {"PRON", "DET"} for t in inner):
            return  # "nobody has looked at these together": the quote needs its context
        quote = inner.text.strip().rstrip(",.")
        verb_text = verb.text if verb.tag_ == "VBD" else (getInflection(_lemma(verb), "VBD") or (verb.text,))[0]
        question = f'Who {verb_text}, "{quote}"?'
        statement = render(
            [*(Piece.of(t, mark=True) for t in answer), Piece(verb_text + ","), Piece(f'"{quote}"')], end="."
        )
        yield self._fact(
            "quote",
            answer,
            "person",
            question,
            statement,
            alternatives=self._alternatives("person", answer, answer.root),
            score=0.95,
            question_tokens=[],
            answer_text=_answer_text(answer),
        )

    def clozes(self) -> Iterator[Fact | Dropped]:
        """Cloze statements for numbers, money, quantities, dates and names not asked about yet."""
        for answer, answer_type in self._cloze_answers():
            start, end = self._offsets(_core(answer))
            if (start, end) in self.asked or any(s <= start < e for s, e in self.asked):
                continue
            tokens = self.sentence_tokens(answer)
            if tokens is None:
                continue
            alternatives = (
                _number_alternatives(answer.text)
                if answer_type in {"number", "money", "quantity", "percent"}
                else self._alternatives(answer_type, answer, answer.root)
            )
            score = 0.85 if answer_type in {"number", "money", "quantity", "percent", "date"} else 0.7
            yield self._fact(
                "cloze",
                answer,
                answer_type,
                "",
                self._statement(tokens, answer),
                alternatives=alternatives,
                score=score,
                question_tokens=[t for t in tokens if t.i not in {a.i for a in answer}],
            )

    def _cloze_answers(self) -> Iterator[tuple[Span, str]]:
        """Numbers, money, percentages, quantities and dates: a blanked name is mostly trivia or a guess."""
        labels = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "CARDINAL": "number", "DATE": "date"}
        for ent in self.ents:
            if ent.start in self.parenthetical or ent.start in self.quoted:
                continue
            if ent.label_ in labels:
                answer = _number_core(ent)
                if answer is None or (ent.label_ == "DATE" and not is_absolute_date(ent.text)):
                    continue
                if ent.label_ != "DATE" and not any(t.like_num for t in answer):
                    continue  # "as high as" is no figure
                if ent.label_ == "MONEY" and not any(
                    t.lower_ in _CURRENCY_WORDS or any(c in t.text for c in "$€£¥₹") for t in ent.sent
                ):
                    continue  # "515 million years ago" read as money: neither a currency sign nor word
                if (
                    ent.label_ == "MONEY"
                    and answer.start > self.sent.start
                    and answer.doc[answer.start - 1].is_currency
                ):
                    answer = answer.doc[answer.start - 1 : answer.end]  # "$5.11", not "5.11"
                if (
                    ent.label_ == "CARDINAL"
                    and not any(c.isdigit() for c in answer.text)
                    and answer.text.lower()
                    in {"one", "two", "a", "an", "single", "both", "several", "dozens", "hundreds", "thousands"}
                ):
                    continue
                if ent.label_ == "CARDINAL" and any(
                    t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}
                    for t in (answer.root.head, *answer)
                ):
                    continue
                if ent.label_ == "CARDINAL" and (
                    answer.root.dep_ != "nummod"
                    or answer.root.head.pos_ not in {"NOUN", "PROPN"}
                    or answer.root.head.i in {t.i for t in answer}
                ):
                    continue
                yield answer, labels[ent.label_]

    def sentence_tokens(self, answer: Span) -> list[Token] | None:
        """The sentence as a statement: without parentheticals and leading connectives, if short enough."""
        answer_ids = {t.i for t in answer}
        tokens = [t for t in self.tokens if t.i not in self.parenthetical or t.i in answer_ids]
        root = self.sent.root
        for conj in root.conjuncts:
            ids = {t.i for t in conj.subtree}
            shared = _shares_its_object(root) and conj.i == root.i + 2
            if conj.i > root.i and conj.pos_ in {"VERB", "AUX"} and not ids & answer_ids and not shared:
                if root.i > self.sent.start and root.nbor(-1).text == "," and _finite_without_subject(conj):
                    return None  # "Bainbridge's, opened in 1838, is cited as ...": the main verb is the second
                ids |= {c.i for c in root.children if c.dep_ == "cc" and c.i < conj.i}
                tokens = [t for t in tokens if t.i not in ids]
        for child in root.children:
            if child.i > root.i or child.i in answer_ids:
                continue
            subtree = list(child.subtree)
            last = max(t.i for t in subtree)
            comma = last + 1 < len(self.sent.doc) and self.sent.doc[last + 1].text == ","
            if (child.dep_ == "advmod" and child.lower_ in DISCOURSE and child.i == self.sent.start) or (
                comma
                and child.dep_ in {"prep", "advcl", "advmod", "npadvmod"}
                and not answer_ids & {t.i for t in subtree}
                and not self._has_absolute_date(subtree)
                and not _sets_the_scene(subtree)
            ):
                dropped = _set_off(child) | ({last + 1} if comma and child.i == self.sent.start else set())
                tokens = [t for t in tokens if t.i not in dropped]
        tokens = _strip_edges(tokens)
        if any(t.i in answer_ids for t in tokens) and _words(tokens) <= MAX_STATEMENT_WORDS:
            return tokens
        verb = _governing_clause(answer.root)
        if verb is None or _misparse(self.tokens):
            return None  # cutting a sentence the parser misread splices the wrong pieces together
        trimmed = self.clause_tokens(verb, _subject(verb))
        if trimmed is None:
            return None
        clause = trimmed[1] + trimmed[0]
        if not answer_ids <= {t.i for t in clause} or _words(clause) > MAX_STATEMENT_WORDS:
            return None
        return clause


# ---- helpers -------------------------------------------------------------------------------


THING_HEADS = ORG_HEADS | PLACE_HEADS | frozenset(["store", "shop", "band", "firm", "brand", "building", "chain"])


def _well_known(acronym: str) -> bool:
    """Whether an acronym is an everyday word ("NFL", "NASA", "MVP"), by its frequency in English text.

    One spelled like a function word ("WHO", "US") is not judged: the count is the word's.
    """
    if acronym.lower() in STOP_WORDS:
        return False
    from wordfreq import zipf_frequency  # loads its word list on first use

    return bool(zipf_frequency(acronym, "en", wordlist="small") >= WELL_KNOWN_ZIPF)


def _predicate_is_a_thing(verb: Token) -> bool:
    """Whether the clause says its subject is an organisation, place or shop ("is the first department
    store", "is known as a folk-rock band"), so a name the parser took for a person is not one."""
    nouns = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
    nouns += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    return any(n.lemma_.lower() in THING_HEADS for n in nouns)


def _agent_without_passive(tokens: Sequence[Token]) -> bool:
    """ "the tax has changed ... by the Monti government": a participle with an agent but no passive
    auxiliary, an error in the source that a statement would copy."""
    return any(
        t.lower_ == "by"
        and t.head.tag_ == "VBN"
        and not any(c.dep_ == "auxpass" for c in t.head.children)
        and t.head.dep_ not in {"acl", "amod", "relcl", "advcl"}
        and any(
            c.dep_ == "pobj" and any(k.pos_ == "PROPN" or k.ent_type_ in {"ORG", "PERSON", "NORP"} for k in c.subtree)
            for c in t.children
        )
        for t in tokens
    )


def _misparse(tokens: Sequence[Token]) -> str | None:
    """Why the parse of ``tokens`` cannot be trusted, or None: a finite verb read as a noun
    ("Buddhist and the United Nations rates"), an agent on an active verb ("..., won by the home
    team"), a present-tense verb with no subject ("Surveys of plague pit remains ... indicate"), or
    a verb with two direct objects."""
    for t in tokens:
        if t.tag_ in {"VBZ", "VBD", "VBP"} and t.dep_ in {
            "attr",
            "dobj",
            "pobj",
            "nsubj",
            "nsubjpass",
            "appos",
            "compound",
        }:
            return "the parse reads a finite verb as a noun"
        children = list(t.children)
        if t.dep_ == "agent" and not any(c.dep_ == "auxpass" for c in t.head.children) and t.head.tag_ == "VBD":
            return "the parse puts a 'by' agent on an active verb"
        if (
            t.tag_ in {"VBZ", "VBP"}
            and t.dep_ in {"ROOT", "advcl", "ccomp"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in children)
        ):
            return "the parse leaves a present-tense verb without a subject"
        if sum(1 for c in children if c.dep_ == "dobj") > 1:
            return "the parse gives a verb two direct objects"
        if (
            t.pos_ == "PROPN"
            and t.ent_type_ in {"PERSON", ""}
            and t.dep_ in {"nsubj", "nsubjpass"}
            and any(c.dep_ == "nummod" and re.fullmatch(r"1\d{3}|20\d\d", c.text) for c in children)
        ):
            return "the parse reads a year as a count of a name ('Between 1856 and 1863 Mendel')"
        if t.lower_ == "being" and t.dep_ == "auxpass" and t.head.dep_ == "conj":
            return "an absolute 'being' clause read as the sentence's own verb"
        if (
            t.tag_ == "VBD"
            and t.dep_ in {"advcl", "ccomp"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "mark", "advmod"} for c in children)
        ):
            return "the parse leaves a past-tense clause without a subject or a link"
    return None


def _lemma(verb: Token) -> str:
    """A verb's dictionary form, from lemminflect's lexicon where it knows the word ("recrossed" ->
    "recross", where the parser's rules give "recrosse")."""
    found = getLemma(verb.lower_, upos="AUX" if verb.pos_ == "AUX" else "VERB") if verb.lower_.isalpha() else ()
    return found[0] if found else verb.lemma_


def _words(tokens: Sequence[Token]) -> int:
    """How many words ``tokens`` read as (``conflict's`` is one word, a comma none)."""
    return sum(1 for word in "".join(t.text_with_ws for t in tokens).split() if any(c.isalnum() for c in word))


def _set_off(token: Token) -> set[int]:
    """The subtree of ``token`` with the commas that set it off."""
    ids = {t.i for t in token.subtree}
    doc = token.doc
    first, last = min(ids), max(ids)
    comma_after = last + 1 < len(doc) and doc[last + 1].text == ","
    if first > 0 and doc[first - 1].text == ",":
        ids.add(first - 1)
        if comma_after:
            ids.add(last + 1)
    elif token.i < token.head.i and comma_after:
        ids.add(last + 1)
    return ids


_DOUBLE_FINITE = re.compile(r"\b(?:do|does|did)\b[^?]*\b(?:is|are|was|were)\s+\w+(?:ing|ed)\b")
_DANGLING = frozenset(
    [
        "and",
        "or",
        "but",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "than",
        "that",
    ]
)


_DANGLING_Q = frozenset(["and", "or", "but", "the", "a", "an"])


_TRAILING_DATE = re.compile(
    r",? (?:in|on|during|by) (?:the )?(?:(?:early|late|mid|[A-Z][a-z]+|\d{1,2}),? ){0,3}(\d{4})\?$"
)


def _tidy(question: str) -> str:
    """Drop a date moved to a question's end that the question already shows ("... the 1893 World's Fair
    ... in 1893?"), and the spaces just inside quotation marks the source may have."""
    repeated = _TRAILING_DATE.search(question)
    if repeated and re.search(rf"\b{repeated.group(1)}\b", question[: repeated.start()]):
        question = question[: repeated.start()] + "?"
    return re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', question)


def _dangling_end(text: str, dangling: frozenset[str] = _DANGLING) -> bool:
    """Whether ``text`` ends on a word that cannot end it ("... a company award of the.").

    A question may end on a preposition ("What does ATACMS stand for?"); a statement may not.
    """
    words = re.findall(r"[\w']+", text)
    return bool(words) and words[-1].lower() in dangling


def _initials(title: str) -> str:
    """The capital initials of a title's words ("Victoria and Albert Museum" -> "VAM", of which "V&A"
    abbreviates the start)."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", title) if w[0].isupper())


def _anchored(question: str) -> bool:
    """Whether a question names something (a capitalised word or a figure) beyond its first two words."""
    words = question.rstrip("?").split()[2:]
    return any(w[:1].isupper() or any(c.isdigit() for c in w) or w.startswith('"') for w in words)


def _misplaced_quotes(text: str) -> bool:
    """Whether an opening quotation mark is glued to the preceding word (``communities," For``)."""
    for number, match in enumerate(re.finditer('"', text)):
        at = match.start()
        if (
            number % 2 == 0
            and at > 0
            and text[at - 1] not in " ([-\u2014"
            and at + 1 < len(text)
            and text[at + 1] == " "
        ):
            return True
    return False


def _of_a_study(token: Token) -> bool:
    """Whether a date phrase dates a study: it hangs on a verb that is said of a study noun
    ("a study published in 2011", "The 2011 study ... found") or whose subject is one."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    if verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in STUDY_NOUNS:
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in STUDY_NOUNS for c in verb.children)


def _trivia(answer: str, answer_type: str, span: Span) -> str | None:
    """Why an answer is a detail no teacher would test, or None.

    One name out of a list, the outlet that reported something, a unit after a number, and exact
    counts of four or more significant digits ("60,760 votes") are trivia.
    """
    root = span.root
    if answer_type in {"person", "organisation", "place"}:
        if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
            return "one name out of a list"
        if answer_type == "organisation" and answer.split()[-1].lower() in MEDIA_WORDS:
            return "which outlet reported it is a detail"
        if len([e for e in span.sent.ents if e.label_ == "PERSON"]) >= 4:
            return "one name out of a sentence listing many people"
    if span.start > span.sent.start and any(c.isdigit() for c in span.doc[span.start - 1].text):
        return "a unit after a number"
    if (
        span.start > span.sent.start
        and re.fullmatch(r"[A-Z][a-z]?", span.doc[span.start - 1].text)
        and span.doc[span.start - 1].lower_ not in STOP_WORDS  # "O2", not "On 14 July"
        and re.match(r"\d{1,2}\b", answer)
    ):
        return "part of a chemical formula"
    if re.fullmatch(r"\d+:\d+", answer):
        return "a ratio a formula gives away"
    if span.end < span.sent.end and span.doc[span.end].text in {"×", "±", "x", "^"}:
        return "part of a measurement with an error or exponent"
    if span.start > span.sent.start and span.doc[span.start - 1].text in {"±", "×"}:
        return "the error margin of a measurement"
    if (
        answer_type == "date"
        and root.head.lower_ in STUDY_NOUNS
        and root.dep_ in {"nummod", "compound", "amod", "npadvmod"}
    ):
        return "the year of a cited study"
    if answer_type == "date" and _of_a_study(root):
        return "when a study was published or made ('A study published in Nature in October 2011 ...')"
    if answer_type in {"date", "number", "money", "percent", "quantity"} and _in_a_list_of_values(span):
        return "one value out of a list"
    if answer_type == "number":
        after = span.doc[span.end : min(span.end + 4, span.sent.end)]
        if any(t.text in {":", "\u2013", "\u2014", "--"} for t in after) or _colon_list_follows(span):
            return "a count the sentence goes on to list"
        if _named_in_the_predicate(span):
            return "a count whose members the sentence names ('the three sources are A, B and C')"
        if _parts_follow(span):
            return "a total the sentence goes on to break down ('three parks, two in the city and one ...')"
    if (
        answer_type in {"number", "quantity", "money"}
        and re.search(r"\d\.\d", answer)
        and not SCALE_WORDS & set(answer.split())
        and not re.search(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?|cents?)\b", answer)
    ):
        return "a measurement to the decimal is a detail"
    if answer_type == "date" and not _has_year(answer) and root.dep_ not in {"nsubj", "nsubjpass"}:
        return "a day or month with no year"
    last = span[-1]
    if answer_type == "date" and last.dep_ in {"compound", "nummod", "amod", "poss"} and last.head.i >= span.end:
        return "the answer is cut from the phrase it modifies ('two model years of the 1973 | crisis')"
    if (
        answer_type == "date"
        and root.dep_ in {"compound", "nummod", "amod", "npadvmod", "poss"}
        and root.head.i >= span.end
    ):
        return "a year that labels something ('the 2013 election') is a detail"
    if answer_type == "date" and any(
        e.label_ in {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"} and any(c.isdigit() for c in e.text)
        for e in span.sent.ents
    ):
        return "the date of a statistic is a detail"
    if answer_type == "date" and any(
        t.like_num
        and any(c.isdigit() for c in t.text)
        and t.ent_type_ not in {"DATE", "TIME", "ORDINAL"}
        and any(a.lemma_ in VALUE_VERBS for a in t.ancestors)
        for t in span.sent
    ):
        return "the date of a statistic is a detail ('amounted to PLN 94 000 in 2008')"
    if answer_type == "date" and (answer.split()[0].lower() in {"between", "from"} or " to " in answer):
        return "a period's span is a detail"
    if answer_type in {"number", "money", "quantity", "percent"} and _range_end(span):
        return "one end of a range is a detail"
    before = span.doc[span.start - 2 : span.start] if span.start - 2 >= span.sent.start else None
    if (
        answer_type == "date"
        and before is not None
        and before[1].text in {"-", "\u2013", "\u2014", "to", "until", "through"}
        and (before[0].ent_type_ == "DATE" or before[0].like_num)
    ):
        return "the end of a period is a detail"
    if answer_type == "date":
        head = span.root.head if span.root.dep_ == "pobj" else None
        while head is not None and head.dep_ == "pcomp":
            head = head.head
        if head is not None and head.lower_ in BOUNDARY_PREPOSITIONS:
            return "the start or end of a period is a detail"
    if answer_type in {"number", "quantity", "money"}:
        digits = re.sub(r"\D", "", re.sub(r"\.\d*$", "", answer.split()[0] if answer.split() else ""))
        if len(digits.strip("0")) >= 4 and "," in answer:
            return "an exact count is a detail"
    return None


SCALE_WORDS = frozenset(["thousand", "million", "billion", "trillion"])
_YEARLIKE = re.compile(
    r"\b(?:\d{3,4}s?|\d0s|\d+(?:st|nd|rd|th) (?:century|millennium)|centur(?:y|ies)|millenni(?:um|a)|"
    r"BC|BCE|AD|CE|ago|era|age|ages|period|dynasty)\b",
    re.IGNORECASE,
)


def _has_year(answer: str) -> bool:
    """Whether a date answer places itself in history ("July 1944", "the 1960s", "3.5 billion years ago")."""
    return bool(_YEARLIKE.search(answer))


def _in_a_list_of_values(span: Span) -> bool:
    """Whether the answer stands in a list of figures or dates ("in 1361-62, 1369, 1379-83 and ...")."""
    doc, sent = span.doc, span.sent

    def value(i: int) -> bool:
        return sent.start <= i < sent.end and (doc[i].like_num or doc[i].ent_type_ in {"DATE", "CARDINAL"})

    joiners = {",", "and", "or", ";"}
    after, before = span.end, span.start - 1
    while after < sent.end and doc[after].text in joiners:
        after += 1
    while before >= sent.start and doc[before].text in joiners:
        before -= 1
    if (after > span.end and value(after)) or (before < span.start - 1 and value(before)):
        return True
    counted = span.root.head if span.root.dep_ == "nummod" else None
    if counted is not None:
        # "37 seats in the House and 12 seats in the Senate": the counted noun is one of a list
        siblings = [c for c in counted.children if c.dep_ == "conj"]
        if counted.dep_ == "conj":
            siblings.append(counted.head)
        if any(any(c.dep_ == "nummod" for c in s.children) for s in siblings):
            return True
    label = span.root.ent_type_
    others = [e for e in sent.ents if e.label_ == label and not (e.start <= span.root.i < e.end)]
    return bool(label) and len(others) >= (3 if label == "DATE" else 2)


def _range_end(span: Span) -> bool:
    """Whether the answer opens or closes a range of figures ("from $20,000 to $90,000")."""
    doc, sent = span.doc, span.sent
    start = span.start - 1 if span.start > sent.start and doc[span.start - 1].is_currency else span.start
    before = doc[start - 1] if start > sent.start else None
    after = list(doc[span.end : min(span.end + 5, sent.end)])
    opens = before is not None and before.lower_ in {"from", "between"}
    joint = next((i for i, t in enumerate(after) if t.lower_ in {"to", "and", "-", "\u2013"}), None)
    if opens and joint is not None and any(t.like_num for t in after[joint + 1 :]):
        return True
    if before is not None and before.lower_ in {"to", "-", "\u2013"} and start - 2 >= sent.start:
        earlier = doc[max(sent.start, start - 6) : start - 1]
        return any(t.like_num for t in earlier) and any(t.lower_ in {"from", "between"} for t in earlier)
    return False


def _colon_list_follows(span: Span) -> bool:
    """Whether a colon after the count, with no verb between, opens the list it counts
    ("encompasses five metropolitan areas, or MSAs: ...")."""
    for token in span.doc[span.end : span.sent.end]:
        if token.text == ":":
            return True
        if token.pos_ in {"VERB", "AUX"} or token.text == ";":
            return False
    return False


def _named_in_the_predicate(span: Span) -> bool:
    """Whether the counted subject's verb lists its members: "The three sources ... are A, B and C"."""
    counted = span.root.head
    if span.root.dep_ != "nummod" or counted.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = counted.head
    if verb.lemma_ not in {"be", "include", "comprise", "consist"}:
        return False
    listed = [t for c in verb.children if c.dep_ in {"attr", "dobj", "prep", "acomp"} for t in c.subtree]
    return sum(t.dep_ == "conj" for t in listed) >= 1


def _parts_follow(span: Span) -> bool:
    """Whether the comma after the counted noun opens its parts: "three parks, two in the city and one ..."."""
    rest = span.doc[span.end : span.sent.end]
    comma = next((t.i for t in rest if t.text in {",", ";"} or t.pos_ in {"VERB", "AUX"}), None)
    if comma is None or span.doc[comma].text != ",":
        return False
    parts = [t for t in span.doc[comma + 1 : span.sent.end] if t.pos_ == "NUM" and t.dep_ != "pobj"]
    return len(parts) >= 2 and span.doc[comma + 1].pos_ == "NUM"


def _content_weight(tokens: Sequence[Token]) -> float:
    """How much a question says: content words count 1, names 1.5; "be", "have", "do" nothing."""
    return sum(
        1.5 if t.pos_ == "PROPN" else 1.0
        for t in tokens
        if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "NUM"} and t.lemma_ not in {"be", "have", "do"}
    )


def _trailing(moved: Sequence[Token]) -> list[Piece]:
    """A phrase moved to the end of a question, its first word lowercased unless it is a name."""
    pieces = [Piece.of(t) for t in moved]
    if moved and moved[0].pos_ != "PROPN" and not moved[0].is_upper:
        pieces[0] = Piece.of(moved[0], moved[0].text[:1].lower() + moved[0].text[1:])
    return pieces


def _inside_longer_name(answer: Span) -> bool:
    """Whether a capitalised name word touches the answer on either side (a cut name)."""
    doc = answer.doc
    sides = []
    if answer.start > answer.sent.start:
        sides.append(doc[answer.start - 1])
    if answer.end < answer.sent.end:
        sides.append(doc[answer.end])
    if answer.end + 1 < answer.sent.end and doc[answer.end].lower_ in {"of", "for"} and doc[answer.end + 1].is_title:
        return True
    if answer.end < answer.sent.end and doc[answer.end].text[:1].isdigit() and answer[-1].is_title:
        return True  # "State Route" of "State Route 41" (not "Robert Hooke first ...": "first" is like a number)
    return any(
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.lower_.rstrip(".") not in TITLES
        and t.ent_type_ not in {"NORP"}
        for t in sides
    )


def _needs_that(verb: Token) -> bool:
    """Whether a speech verb's complement clause starts without "that" ("said X did" -> "said that X did")."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    complements = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not complements:
        return False
    first = min(complements[0].subtree, key=lambda t: t.i)
    return first.i == verb.i + 1 and first.lower_ not in {"that", "whether", "if", "how", "why", "what", "when"}


def _connected(tokens: Sequence[Token], answer: Span) -> bool:
    """Whether every word keeps the word it depends on (the answer's place counts as kept)."""
    ids = {t.i for t in tokens} | {t.i for t in answer}
    orphans = [t for t in tokens if t.head.i not in ids and t.head.i != t.i]
    clauses = {"conj", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "ROOT"}
    doc = answer.doc
    return all(
        t.dep_ in clauses or (t.dep_ == "ccomp" and doc[min(t.right_edge.i + 1, len(doc) - 1)].text == ";")
        for t in orphans
    )


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "expl"}:
            return child
    if verb.dep_ == "conj":
        return _subject(verb.head)
    return None


def _finite_ids(verb: Token) -> set[int]:
    """The token that carries tense and agreement: the first auxiliary, or the verb itself."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return {aux[0].i} if aux else {verb.i}


def _singular(token: Token) -> str | None:
    """Third-person singular form of a finite verb or auxiliary, for "Who has..." after a plural."""
    if token.tag_ == "VBP":
        return (getInflection(_lemma(token), "VBZ") or (token.text,))[0]
    if token.lower_ == "were":
        return "was"
    return None


def _invert(verb: Token, subject: Token, tokens: list[Token], *, past: bool = False) -> list[Piece] | None:
    """Subject-auxiliary inversion, with do-support when there is no auxiliary.

    With ``past`` (a question about a point in time) an active present perfect becomes the simple
    past: "Italy has changed its law in 2014" -> "When did Italy change its law?".
    """
    subject_ids = {t.i for t in subject.subtree}
    if not subject_ids & {t.i for t in tokens}:
        return None
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and c.lower_ != "to"]
    if not aux and verb.dep_ == "conj":  # "Trump has criticized ... and suggested": the aux is shared
        kept = {t.i for t in tokens}
        aux = [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"} and c.i in kept and c.lower_ != "to"]
        shared = [c for c in verb.head.children if c.dep_ == "auxpass"]
        if not aux and shared and _shares_passive(verb):
            # "was developed ... and exhibited at London": "Where was the indicator exhibited?"
            participle = (getInflection(_lemma(verb), "VBN") or (verb.text,))[0]
            return _invert_with(Piece(shared[0].lower_), verb, participle, subject, tokens)
    if past and len(aux) == 1 and aux[0].lemma_ == "have" and aux[0].dep_ == "aux" and verb.tag_ == "VBN":
        tokens = [t for t in tokens if t.i != aux[0].i]
        aux = []
        tag = "VBD"
    else:
        tag = verb.tag_
    copula = verb.lemma_ == "be" and not aux
    pieces: list[Piece] = []
    if aux or copula:
        lead = aux[0] if aux else verb
        pieces.append(Piece.of(lead, lead.lower_))
        skip = {lead.i}
        verb_text: str | None = None
    else:
        do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(tag)
        if do is None:
            return None
        pieces.append(Piece(do))
        # "did Hannibal cross the Alps and destroyed ...": a verb sharing the subject keeps its tense
        skip = {
            t.i
            for c in verb.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ != "VB"
            for t in [*c.subtree, *(k for k in verb.children if k.dep_ == "cc" and k.i < c.i)]
        }
        verb_text = (getInflection(_lemma(verb), "VB") or (_lemma(verb),))[0]
    start = min(subject_ids)
    # "in Korea a text was printed" -> "was a text printed ... in Korea": a phrase before the subject follows
    shown = {t.i for t in tokens}
    heads = [c for c in verb.children if c.dep_ in {"prep", "npadvmod"} and c.i < start]
    heads += [c for c in subject.children if c.dep_ == "prep" and c.i < subject.i]  # a misplaced prep
    fronted = {t.i for c in heads for t in c.subtree if t.i in shown}
    skip |= fronted
    pieces += _worded(verb, verb_text, subject, [t for t in tokens if t.i not in skip])
    pieces.extend(_trailing([t for t in tokens if t.i in fronted]))
    return pieces


def _first_clause_subject(pronoun: Token) -> str | None:
    """ "Britain had promised ..., and in 1914 it declared war": the subject of a second main clause
    that is "it"/"they" continues the first clause's named place, group or body, and "he"/"she" its
    named person ("Atahualpa offered ..., but he was executed"), when no other subject (or person)
    stands between them and the number agrees."""
    clause = pronoun.head
    root = pronoun.sent.root
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "conj" or clause.head.i != root.i:
        return None
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    person = pronoun.lower_ in {"he", "she"}
    kinds = {"PERSON", ""} if person else {"GPE", "ORG", "NORP", "LOC"}  # "he" says it is a person
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in kinds:
        return None
    if (subject.tag_ == "NNPS" or any(c.dep_ == "conj" for c in subject.children)) != (pronoun.lower_ == "they"):
        return None
    if person and any(e.label_ == "PERSON" and subject.i < e.start < pronoun.i for e in pronoun.sent.ents):
        return None  # "Atahualpa met Pizarro, but he ...": either man
    between = [t for t in pronoun.doc[subject.i + 1 : pronoun.i] if t.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if any(not person or t.pos_ in {"PROPN", "PRON"} for t in between):
        return None  # "after the ransom was collected he ...": no one else for "he" to be
    name = pronoun.doc[subject.left_edge.i : subject.i + 1]
    if any(t.pos_ not in {"PROPN", "DET"} for t in name):
        return None
    return name.text if name[0].pos_ != "DET" else name[0].lower_ + name.text[len(name[0].text) :]


def _bare_conjoined_verb(tokens: Sequence[Token]) -> bool:
    """ "Where did Okafor score twice and substitute?": the last word, a verb joined by "and", took
    nothing with it (the parse read "substitute Liam Petrescu" as a verb)."""
    words = [t for t in tokens if not t.is_punct]
    last = max(words, key=lambda t: t.i) if words else None
    if last is None or last.dep_ != "conj" or last.pos_ != "VERB":
        return False
    shown = {t.i for t in tokens}
    return not any(c.i in shown for c in last.children if c.dep_ != "cc")


def _comma_before_verb(tokens: Sequence[Token]) -> bool:
    """Whether a lone comma stands between a subject and its verb ("The market itself, was opened")."""
    for before, comma, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if comma.text != "," or after.pos_ not in {"VERB", "AUX"}:
            continue
        verb = after if after.dep_ not in {"aux", "auxpass"} else after.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(before.i in {t.i for t in s.subtree} for s in subjects):
            inside = [t for t in tokens if t.text == "," and any(t.i in {k.i for k in s.subtree} for s in subjects)]
            if not inside:
                return True
    return False


# things issued, signed or announced: "Who issued an executive order on November 29, 1963?" asks
# about one that the question does not say
DOCUMENTS = frozenset(
    [
        "order", "statement", "decree", "law", "bill", "report", "campaign", "plan", "letter", "speech",
        "proclamation", "agreement", "treaty", "announcement", "directive", "resolution", "memo", "policy",
    ]
)  # fmt: skip


def _unnamed_document(verb: Token, tokens: Sequence[Token]) -> bool:
    """Whether the verb's object is "a/an" document or act with nothing in the question to say which."""
    shown = {t.i for t in tokens}
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i not in shown or obj.lemma_.lower() not in DOCUMENTS:
            continue
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children)
        # a statement "asserting that ...", "regarding the rejection ...": not "on November 29"
        said = any(c.dep_ in {"prep", "relcl", "acl", "appos"} and c.i in shown for c in obj.children) or any(
            t.i in shown
            and (t.text == '"' or t.dep_ in {"advcl", "acl", "prep"})
            and not any(k.ent_type_ in {"DATE", "TIME"} for k in t.subtree)
            for t in obj.doc[obj.i + 1 : obj.i + 3]
        )
        if indefinite and not said:
            return True
    return False


def _worked_example(sent: Span) -> bool:
    """Whether a made-up example is running in the paragraph: "Suppose that ...", "Now imagine ..."."""
    before = sent.doc[: sent.end].text
    return bool(re.search(r"(?:^|[.!?]\s+)(?:(?:Now|So|Then|Next),?\s+)?(?:[Ss]uppose|[Ii]magine)\b", before))


def _shares_its_object(verb: Token) -> bool:
    """ "shot and killed the archduke": the verb's object is the next verb's, right after "and"."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "oprd", "prt"} for c in verb.children):
        return False
    doc = verb.doc
    nxt = verb.i + 2
    return (
        nxt < len(doc)
        and doc[verb.i + 1].dep_ == "cc"
        and doc[nxt].dep_ == "conj"
        and doc[nxt].head.i == verb.i
        and any(c.dep_ == "dobj" for c in doc[nxt].children)
    )


def _shares_passive(verb: Token) -> bool:
    """A conjoined verb with no subject, auxiliary or object of its own after a passive is passive too."""
    own = {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp"}
    return (
        verb.tag_ in {"VBD", "VBN"}
        and _lemma(verb) not in INTRANSITIVE
        and not any(c.dep_ in own for c in verb.children)
    )


def _invert_with(lead: Piece, verb: Token, verb_text: str, subject: Token, tokens: list[Token]) -> list[Piece]:
    """``lead`` + subject + the rest, with ``verb`` written as ``verb_text``."""
    return [lead, *_worded(verb, verb_text, subject, tokens)]


def _worded(verb: Token, verb_text: str | None, subject: Token, tokens: list[Token]) -> list[Piece]:
    """The tokens as pieces: ``verb`` as ``verb_text`` (if given), the subject's first word in lower case."""
    subject_ids = {t.i for t in subject.subtree}
    pieces = []
    for token in tokens:
        if token.i == verb.i and verb_text is not None:
            pieces.append(Piece.of(token, verb_text))
        elif token.i in subject_ids:
            pieces.append(Piece.of(token, _lower_first(token)))
        else:
            pieces.append(Piece.of(token))
    return pieces


def _lower_first(token: Token) -> str | None:
    """Lowercase a sentence-initial common word ("These" -> "these"), keep names as they are."""
    numeric = {"", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "DATE", "TIME"}  # "One of the claimants"
    sentence_word = (token.is_sent_start and token.ent_type_ in numeric) or token.pos_ in {"DET", "PRON"}
    mixed = any(c.isupper() for c in token.text[1:])  # "pH", "iPhone" keep their case
    if (
        sentence_word
        and token.pos_ != "PROPN"
        and not (token.is_upper and len(token) > 1)
        and token.text != "I"
        and not mixed
    ):
        return token.text[:1].lower() + token.text[1:]
    return None


def _sets_the_scene(tokens: Sequence[Token]) -> bool:
    """Whether an introductory phrase names a place or a time ("In China,", "During the 16th century,")."""
    return any(t.ent_type_ in {"GPE", "LOC", "DATE", "TIME", "EVENT", "FAC"} for t in tokens)


def _unanchored_comparative(tokens: Sequence[Token]) -> bool:
    """A comparative with nothing to compare with ("can move much faster", "more complex animals")."""
    if any(t.lower_ == "than" for t in tokens):
        return False
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.lower_ in {"more", "less"} and t.i + 1 in ids and t.doc[t.i + 1].pos_ in {"ADJ", "ADV"}:
            return True
        if t.tag_ in {"JJR", "RBR"} and t.lower_ not in {
            "more",
            "less",
            "fewer",
            "further",
            "later",
            "earlier",
            "older",
        }:
            return True
        if t.lower_ in {"more", "less"} and t.dep_ == "advmod" and t.head.pos_ == "ADJ":
            return True
    return False


def _strip_edges(tokens: list[Token]) -> list[Token]:
    """Trim punctuation and a leading "and"/"but" from the edges; a leading "although" empties the result."""
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    if tokens and tokens[0].dep_ == "mark" and tokens[0].head.dep_ in {"advcl", "ccomp", "csubj"}:
        return []
    while tokens and tokens[-1].is_punct and tokens[-1].text not in {")", '"'}:
        tokens = tokens[:-1]
    return tokens


def _core(span: Span) -> Span:
    """The answer part of a phrase: without a leading "the" or a trailing possessive."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end - 1 > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _answer_text(span: Span) -> str:
    text = span.text.strip()
    text = re.sub(r"^(the|The)\s+", "", text) if span.root.pos_ == "PROPN" or span.label_ else text
    return re.sub(r"('s|')$", "", text)


def _leaks(answer: str, question: str) -> bool:
    """Whether the answer, or a name-like word of it, appears in the question."""
    q = question.lower()
    a = answer.lower()
    if a in q:
        return True
    words = [w for w in re.findall(r"[\w'-]+", answer) if w[:1].isupper() or w[:1].isdigit()]
    stop = {"The", "Of", "For", "And", "A", "An"}
    # "Huguenots" leaks from a title "Huguenot": a name's plural is the same name
    return any(
        re.search(rf"\b{re.escape(w.lower().removesuffix('s'))}s?\b", q) for w in words if w not in stop and len(w) > 2
    )


def _number_core(ent: Span) -> Span | None:
    """The part of a number entity a student should give: drops "about", "up to", "over"."""
    tokens = list(ent)
    while tokens and (
        (
            tokens[0].dep_ in {"quantmod", "advmod"}
            and not tokens[0].like_num
            and tokens[0].text not in {"$", "£", "€", "¥"}
        )
        or tokens[0].lower_
        in {"up", "to", "about", "around", "over", "nearly", "almost", "approximately", "some", "the", "as"}
        or (tokens[0].lower_ in {"early", "late", "many", "much"} and len(tokens) > 1 and tokens[1].lower_ == "as")
    ):  # "as many as 3,600" -> "3,600"
        tokens = tokens[1:]
    if not tokens:
        return None
    return ent.doc[tokens[0].i : tokens[-1].i + 1]


# verbs that report a value: a figure they take is a statistic, however it is labelled
VALUE_VERBS = frozenset(["amount", "total", "reach", "number", "rise", "fall", "grow", "increase", "decrease", "drop"])
_FIGURE_LABELS = frozenset(["CARDINAL", "QUANTITY", "MONEY", "PERCENT"])
# A question that shows two figures besides its answer reads a line of statistics ("Who threw for
# 1,967 yards, 10 touchdowns and six interceptions?"): readers rated every one trivial.
STAT_LINE = 2


def _statistics(tokens: Sequence[Token]) -> int:
    """How many figures (counts, amounts, measures; not dates) ``tokens`` show."""
    figures = set()
    for t in tokens:
        if any(a.dep_ == "ccomp" and a.head.lemma_ in SPEECH_VERBS for a in t.ancestors):
            continue  # what someone said ("stated that the crime involved five drives of $200") is one claim
        if t.like_num and t.ent_type_ in _FIGURE_LABELS:
            figures.add(next(e.start for e in t.doc.ents if e.start <= t.i < e.end))
        elif t.like_num and not t.ent_type_ and t.pos_ == "NUM":
            figures.add(t.i)
    return len(figures)


# verbs that happen in one place, so that "Where was Tesla born?" has one answer
ONE_PLACE_VERBS = frozenset(
    ["bear", "die", "bury", "locate", "situate", "found", "establish", "headquarter", "occur", "happen"]
)
# where a process or a part is: "Photosynthesis occurs in the chloroplasts", "DNA is stored in the nucleus"
# verbs whose question keeps its preposition at the end: "What is it made of?", "What is it measured in?"
STRANDED = {"make": "of", "compose": "of", "consist": "of", "measure": "in", "express": "in"}
TERM_PLACE_VERBS = frozenset(["occur", "happen", "take", "live", "reside", "find", "locate", "store", "form"])
_FUNCTION_DEPS = frozenset(["aux", "auxpass", "neg", "punct", "advmod"])


def _bare(verb: Token, subject: Token, tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` hold nothing but ``subject`` and ``verb`` (and their auxiliaries)."""
    said = {t.i for t in subject.subtree} | {verb.i}
    return not [t for t in tokens if t.i not in said and not (t.head.i == verb.i and t.dep_ in _FUNCTION_DEPS)]


def _shares_a_word(answer: str, question: str) -> bool:
    """Whether the answer and the question share a content word or its family: "valves" and
    "valve gear", "hyperinflation" and "inflation", "SAT solvers" and "SAT"."""
    asked = [w.lower() for w in re.findall(r"[A-Za-z]+", question) if w.lower() not in STOP_WORDS]
    for word in re.findall(r"[A-Za-z]+", answer):
        lower = word.lower()
        if lower in STOP_WORDS:
            continue
        for other in asked:
            if other == lower or (len(other) >= 5 and len(lower) >= 5 and (other[:5] == lower[:5] or other in lower)):
                return True
    return False


def _comma_spliced(tokens: Sequence[Token]) -> bool:
    """Whether a past-tense verb follows the clause's verb after a comma with no word to join them
    ("Who elevated to the dignity of count ..., ultimately drove the Byzantines out?")."""
    shown = {t.i for t in tokens}
    for token in tokens:
        if token.tag_ != "VBD" or token.dep_ not in {"advcl", "conj"} or token.head.tag_ != "VBD":
            continue
        if any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in token.children):
            continue
        joined = any(c.dep_ == "cc" and c.i in shown for c in token.head.children)
        before = [t for t in token.doc[token.head.i : token.i] if t.i in shown and t.dep_ != "advmod"]
        if not joined and before and before[-1].text == ",":
            return True
    return False


def _definite_description(noun: Token) -> bool:
    """Whether a noun phrase picks out one thing: "the basic unit of life", "Warsaw's symbol"."""
    return any((d.dep_ == "det" and d.lower_ == "the") or d.dep_ == "poss" for d in noun.children)


def _shorthand_of(word: str, title: str) -> bool:
    """Whether ``word`` ends the name a title gives ("Museum" of "Victoria and Albert Museum")."""
    words = re.findall(r"[\w'-]+", title)
    return len(words) >= 2 and words[-1].lower() == word.lower() and words[-2][:1].isupper() and words[-2] != "The"


def _bound_in_definition(answer: Span) -> set[int]:
    """The pronouns of a definition that point to what it defines: "a substance that releases
    hydrogen ions when it dissolves" (the head noun, in a clause under it, of the same number)."""
    head = answer.root
    plural = head.tag_ in {"NNS", "NNPS"}
    return {
        t.i
        for t in answer
        if t.lower_ in ({"they", "them", "their"} if plural else {"it", "its"})
        and t.i > head.i
        and any(a.i == head.i for a in t.ancestors)
    }


def _indefinite_attribute(verb: Token) -> bool:
    """Whether the copula ``verb`` says its subject is "a" something ("had been an ally of Israel")."""
    return any(
        c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children) for c in verb.children
    )


def _finite_without_subject(verb: Token) -> bool:
    """Whether ``verb`` has its own auxiliary but no subject ("..., is often cited as ...")."""
    children = list(verb.children)
    return any(c.dep_ in {"aux", "auxpass"} for c in children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in children
    )


def _team_name(answer: Span) -> bool:
    """Whether ``answer`` names a team: a plural name, or a place before a plural ("Seattle Seahawks")."""
    words = [t for t in answer if t.lower_ != "the"]
    if answer.root.ent_type_ == "LOC":
        return False  # "the Alps", "the Andes": mountains, not a team
    if answer.root.tag_ == "NNPS":
        return True
    plural = len(words) >= 2 and words[-1].text.endswith("s") and not words[-1].text.endswith("ss")
    return plural and place_kind(" ".join(t.text for t in words[:-1])) is not None


def _two_dates_on_one_verb(tokens: Sequence[Token]) -> bool:
    """Whether two "in/on <date>" phrases hang on one verb: the question merged two events."""
    heads = Counter(
        token.head.i
        for token in tokens
        if token.dep_ == "prep"
        and token.lower_ in {"in", "on"}
        and token.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in token.children)
    )
    return any(n >= 2 for n in heads.values())


def _lost_conjunction(tokens: Sequence[Token], answer: Span) -> bool:
    """Whether a kept conjunct's "and"/"or" was cut away: "by Scheele, in 1773, Joseph Priestley in 1774"."""
    kept = {t.i for t in tokens} | {t.i for t in answer}
    for token in tokens:
        if token.dep_ != "conj" or token.head.i not in kept:
            continue
        between = token.doc[min(token.head.i, token.i) + 1 : max(token.head.i, token.i)]
        ccs = [t for t in between if t.dep_ == "cc" and t.head.i == token.head.i]
        if ccs and not any(t.i in kept for t in ccs):
            return True
    # "the Rights of Man [and] of the Citizen": an "and" cut from between two kept words
    return (
        any(t.dep_ == "cc" and t.i not in kept and t.i - 1 in kept and t.i + 1 in kept for t in tokens[0].sent)
        if tokens
        else False
    )


def _rival_figure(span: Span, shown: Sequence[Token]) -> bool:
    """Whether the ``shown`` words hold a figure of another clause than the answer's."""
    own = _clause_verb(span.root)
    ids = {t.i for t in shown}
    return own is not None and any(
        ent.label_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
        and any(c.isdigit() for c in ent.text)
        and ent.root.i in ids
        and _clause_verb(ent.root) not in {own, None}
        for ent in span.sent.ents
    )


def _clause_verb(token: Token) -> Token | None:
    """The verb of the smallest clause that holds ``token``."""
    current = token
    while current.pos_ not in {"VERB", "AUX"} or current.dep_ in {"amod", "compound", "acl"}:
        if current.head.i == current.i:
            return None
        current = current.head
    return current


def _governing_clause(token: Token) -> Token | None:
    """The main-clause verb (root or a conjunct of it) that ``token`` belongs to."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in {"conj"} and current.pos_ in {"VERB", "AUX"} and current.head.dep_ == "ROOT":
            return current
        current = current.head
    return current if current.pos_ in {"VERB", "AUX"} else None


def _number_alternatives(text: str) -> list[str]:
    out = []
    plain = text.replace(",", "")
    if plain != text:
        out.append(plain)
    return out
