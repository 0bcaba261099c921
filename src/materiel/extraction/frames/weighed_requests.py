"""A request weighed by the one asked: "France is studying Ghana's request for two patrol boats", "the request from
X for Y is being considered by Z". The request stands, made to the one who weighs it: stage requested (the weigher
supplies, as `frames.py` reads a consider verb over a request), not a purchase the weigher considers. A negation of
the weighing ("Z is not weighing a request from X for Y") is the weigher's, not the request's: the request
was made all the same (`mark` tells the caller so, which then leaves the row asserted)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

REQUESTS = lexicon.word_set("weighed_requests", "request_nouns")


def mark(t: Token, f: Frame) -> bool:
    """Set f, a weighing verb's frame over a request noun (its object or passive subject), to requested; whether
    it did (a negation of t is then no negation of the request)."""
    if f.cls != "consider" or f.stage != "considered" or t.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in REQUESTS for c in t.children):
        f.stage, f.rule = "requested", f.rule + ":request"
        return True
    return False
