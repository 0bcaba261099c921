"""A request told before, refused by a verb whose infinitive does (or moves) the request: "Y declined to carry that
request forward", "Y has refused to act on the request", "Y declined to process the application". The refusing
verb (its frame a refusal with no item of its own) governs an infinitive whose object, or the object of whose
preposition, is a request noun named as one told before (with a determiner or possessor); that noun is what the
refusal refuses, as in "Y turned the request down" (pipeline `_refused_request`). An infinitive of telling
("refused to comment on the request") is no refusal of the request (frames/withheld_words.py)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

TELLING = lexicon.word_set("withheld_words", "telling_verbs")
REQUESTS = lexicon.word_set("pipeline", "request_nouns")
TOLD = frozenset({"the", "this", "that", "these", "those", "its", "their"})  # a request named as one told before
OBJECTS = ("dobj", "obj")


def _objects(v: Token) -> list[Token]:
    """v's objects, and the objects of its prepositions ("act on the request")."""
    out = [c for c in v.children if c.dep_ in OBJECTS]
    return out + [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]


def infinitive_objects(trigger: Token) -> list[Token]:
    """The nouns that the infinitives under `trigger`, a refusing verb, do or move: "declined to carry [that
    request] forward", "refused to act on [the application]"; none for an infinitive of telling."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    return [o for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and
            c.lemma_.lower() not in TELLING for o in _objects(c)]


def _told_request(n: Token) -> bool:
    """n is a request noun named as one told before: "that request", "their application"."""
    return n.lemma_.lower() in REQUESTS and any(c.dep_ in ("det", "poss") and c.lower_ in TOLD for c in n.children)


def refuses_request(tok: Token, verbs: dict[str, str]) -> bool:
    """tok, a refusing verb, is a frame of its own (not only the governor of the request noun's frame): its
    infinitive, no predicate itself, does or moves a request told before ("declined to process the request")."""
    if verbs.get(tok.lemma_.lower()) != "refuse":
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() not in verbs and _told_request(o)
               for c in tok.children for o in _objects(c) if c.lemma_.lower() not in TELLING)


__all__ = ["infinitive_objects", "refuses_request"]
