"""Clause tests the governors share: a verb with its particle, a clause a reporting verb reports or a
question asks, a "that" clause of what was found."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

QUESTION_MARKS = lexicon.word_set("governors", "question_marks")
REPORTING = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"])


def reports_or_asks(clause: Token, governor: str) -> bool:
    """A finite clause that a reporting verb reports ("announced that it had received X": the clause's own
    stage, not an announcement's) or that asks a question ("asked whether X had sent Y": no request)."""
    return governor in REPORTING or any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def phrasal(tok: Token) -> str:
    """A verb's lemma with its particle ("turn down", "rule out"), else its lemma."""
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {particle}" if particle else tok.lemma_.lower()


def finding(t: Token) -> bool:
    """A "that" clause under a verb of a deal ("concluded that X had been sent"): what was found, not a deal."""
    return t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
