"""A force several states raise together, named by a capitalised phrase no gazetteer lists: "70 vehicles to the
Lake Basin Joint Force", "handed over to the Coastal Horn Task Force". The tagger calls such a name a place or
nothing; it is a party of its own (an IGO), and "the force", "the joint force" (or the possessor in "the force's
battalions") later in the text is that force, not a state or donor told just before. The name ends in one of
[joint_forces] `heads` and bears one of its `markers`, besides a word that is no common word of a body's name
(`unlisted.COMMON`); a known actor's name is left to the gazetteers."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.unlisted import COMMON, GROUP_HEADS, LINKS, name_words
from materiel.record.models import Actor

HEADS = lexicon.word_set("joint_forces", "heads")
MARKERS = lexicon.word_set("joint_forces", "markers")
CONFIDENCE = 0.5
DEFINITE = ("the", "this", "that")


def _named(tok: Token) -> Actor | None:
    """The force the capitalised name tok heads names, or None."""
    if tok.pos_ != "PROPN" or tok.lower_ not in HEADS:
        return None
    words = [t for t in name_words(tok) if t.lower_ != "the"]
    if len(words) < 2 or not any(t.lower_ in MARKERS for t in words[:-1]) or \
            all(t.lower_ in COMMON or t.lower_ in MARKERS or t.lower_ in LINKS for t in words[:-1]):
        return None
    name = " ".join(t.text for t in words)
    return Actor(id=lexicon.slug(name), name=name, kind="igo", country=None, text=name)


def _told_again(tok: Token) -> Actor | None:
    """"the force", "the joint force": the nearest force named before tok, or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in HEADS or \
            not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children) or \
            any(c.dep_ in ("compound", "amod") and c.lower_ not in MARKERS for c in tok.children):
        return None
    for t in reversed(tok.doc[: tok.i]):
        if t.lower_ == tok.lower_ or t.lower_ == tok.lemma_.lower():
            actor = _named(t)
            if actor is not None:
                return actor
    return None


def force_party(tok: Token, found: Resolved | None) -> Resolved | None:
    """The joint force tok names or tells again, or whose units it names (see the module), or None."""
    if found is not None and found.actor.kind in ("state", "government_body", "company", "igo", "person"):
        return None
    actor = _named(tok)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) if tok.lemma_.lower() in GROUP_HEADS else None
    if actor is None and owner is not None:  # "the force's battalions", "the X Joint Force's contingents"
        actor = _named(owner) or _told_again(owner)
    if actor is None and (actor := _told_again(tok)) is not None:
        actor = actor.model_copy(update={"text": " ".join(t.text for t in tok.subtree if t.i <= tok.i)})
    return Resolved(actor, CONFIDENCE, tok) if actor is not None else None
