"""An interview printed as questions and answers: lines labelled "Q:" and "A:" (mentions/turns.py reads
them as two speakers) whose answers are the interviewee's, the officeholder the lede introduces ("Defence
Minister X sat down with our reporter ..."). In an answer "we", "us" and "our" are the interviewee's state,
and in a question "you" is; a question's "we" (the paper's) and an answer's "you" are no party. The state
is the office the text gives the person (mentions/persons.py), else the state the text is about
(mentions/topic.py, use "interviewee"). Labels are lexicon data (`question_labels`, `answer_labels`)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.mentions import persons, topic
from materiel.extraction.mentions.persons import Resolver
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

QUESTION_LABELS = lexicon.word_set("resolve", "question_labels")
ANSWER_LABELS = lexicon.word_set("resolve", "answer_labels")
RANKS = lexicon.word_set("resolve", "interview_ranks")
CONFIDENCE = 0.7


def is_label(name: str) -> bool:
    """The turn label is an interview's question or answer mark, not a speaker's name."""
    return name in QUESTION_LABELS or name in ANSWER_LABELS


def party(tok: Token, label: str, table: list[tuple[int, str]], offices: dict[str, Actor],
          topics: topic.TopicStates, demonym: Resolver) -> Resolved | None:
    """The state of the turn `label` (the one whose party tok names) as the reading of tok: a named
    speaker's office (mentions/persons.py), else, for the officeholder the lede introduces with an office but
    no state ("Defence Minister X spoke to ..." and "X:" turns), the interviewee's; for an answer's, the
    interviewee's; for a question's, or when the lede introduces no one holding a state office, None."""
    if not table:
        return None
    lede = tok.doc[: table[0][0]]
    if not is_label(label):  # "KERR:", "PRESENTER (Jane Smith):"
        found = persons.speaks_for(label, offices, tok, CONFIDENCE, tok.text)
        return found or (_interviewee(tok, lede, offices, topics, demonym) if _titled(label, lede) else None)
    if label not in ANSWER_LABELS or not any(persons.is_office(t) or _rank(t) for t in lede):
        return None  # "Q:" / "A:" of a company's questions page: the answers are no state's
    return _interviewee(tok, lede, offices, topics, demonym)


def _rank(tok: Token) -> bool:
    """A capitalised military rank ("Lieutenant General X"): the interviewee is a state's officer."""
    return tok.lower_ in RANKS and tok.text[:1].isupper()


def _titled(label: str, lede: Span) -> bool:
    """The lede gives the speaker of "X:" a state office right before the name ("Defence Minister ... X")."""
    last = label.split()[-1]
    return any(e.label_ == "PERSON" and e[-1].lower_ == last and
               any(persons.is_office(t) for t in e.doc[max(0, e.start - 3): e.end]) for e in lede.ents)


def _interviewee(tok: Token, lede: Span, offices: dict[str, Actor], topics: topic.TopicStates,
                 demonym: Resolver) -> Resolved | None:
    """The interviewee's state: the office of a person of the lede, else the one state an office title of
    the lede names ("X's Defence Minister on ..."), else the text's topic (use "interviewee")."""
    for ent in lede.ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ == "PERSON" and words:
            found = persons.speaks_for(words[-1].text, offices, tok, CONFIDENCE, tok.text)
            if found is not None:
                return found
    titled = {a.country for t in lede for a in [persons.title_state(t, topics.resolve, demonym)] if a is not None}
    if len(titled) == 1:
        return _state(titled.pop(), topics, tok)
    home = topics.decide("interviewee")
    return _state(home.iso3, topics, tok) if home is not None else None


def _state(iso3: str | None, topics: topic.TopicStates, tok: Token) -> Resolved | None:
    country = topics.lex.countries.get(iso3 or "")
    if country is None:
        return None
    actor = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3, text=tok.text)
    return Resolved(actor, CONFIDENCE, tok)
