""""He" or "she" as the subject of a reporting verb, standing for an office holder named as a subject just before:
"The Varnian defence minister toured the yard on Monday. He said his country would buy X" reads "he" (and so
"his country") as the minister's state. Only a subject pronoun, only the nearest person-like subject (an office
title whose phrase names a state, or a person's name) of its own sentence before it or of the sentence before; a nearer subject who holds
no state's office (an analyst, a private person) gives nothing. A private person named before is read first
(mentions/private_persons.py)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import persons, private_persons
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS, Resolved

Resolver = Callable[[Token], Resolved | None]
SUBJECT_PRONOUNS = lexicon.word_set("private_persons", "subject_pronouns")
SPEAKER_VERBS = lexicon.word_set("resolve", "speaker_verbs")
OWNER_DEPS = ("amod", "poss", "compound", "nmod")
CONFIDENCE_FACTOR = 0.8


def _person_like(t: Token) -> bool:
    """A named person, or an office title whose own phrase names its state ("the Varnian minister")."""
    if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
        return True
    return persons.is_office(t) and any(c.dep_ in OWNER_DEPS and c.ent_type_ in ("GPE", "NORP") for c in t.children)


def _nearest_subject(tok: Token) -> Token | None:
    """The nearest person-like subject before tok, in its sentence or the one before."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(tok.doc[start: tok.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and (t.pos_ in ("PROPN", "NOUN")) and _person_like(t):
            return t
    return None


def office_holder(tok: Token, resolve: Resolver, lex: lexicon.Lexicon) -> Resolved | None:
    """The state of the office holder a subject "he"/"she" stands for, or None."""
    if tok.lower_ not in SUBJECT_PRONOUNS or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SPEAKER_VERBS \
            or any(c.dep_ == "conj" for c in tok.children):
        return None  # only the speaker of a statement: "he said his country would buy X"
    subj = _nearest_subject(tok)
    r = resolve(subj) if subj is not None else None
    if r is None or r.actor.kind not in OFFICIAL_KINDS:
        return None
    found = persons.state_of(r, tok, lex)
    if found is None:
        return None
    return Resolved(found.actor, found.confidence * CONFIDENCE_FACTOR, tok)


def antecedent(tok: Token, resolve: Resolver, lex: lexicon.Lexicon) -> Resolved | None:
    """A subject "he"/"she": the private person named before, else the state of the office holder before."""
    return private_persons.private_person(tok, resolve) or office_holder(tok, resolve, lex)
