"""A request weighed by the one asked: "France is studying Ghana's request for two patrol boats", "the request from
X for Y is being considered by Z". The request stands, made to the one who weighs it: stage requested (the weigher
supplies, as `frames.py` reads a consider verb over a request), not a purchase the weigher considers."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

REQUESTS = lexicon.word_set("weighed_requests", "request_nouns")


def mark(t: Token, f: Frame) -> None:
    """Set f, a weighing verb's frame over a request noun (its object or passive subject), to requested."""
    if f.cls != "consider" or f.stage != "considered" or t.pos_ not in ("VERB", "AUX"):
        return
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in REQUESTS for c in t.children):
        f.stage, f.rule = "requested", f.rule + ":request"
