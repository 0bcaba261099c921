"""A name set beside an object noun, misread as the subject of a reporting clause after it: in "the coast guard
seized a freighter, the Blue Gull, which was carrying rifles bound for X, officials said", the small English
model takes "the Blue Gull" for a subject of "said" (which has its own, "officials") and the relative clause on it
loses its conveyance. The component ``materiel_named_vessels`` (after the parser) hangs such a name, set off by a
comma right after the object noun of an earlier verb, on that noun as its apposition. A verb keeps a single
subject, so the name is moved only when the verb has another subject after it."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

OBJECTS = ("dobj", "obj", "pobj")
SUBJECTS = ("nsubj", "nsubjpass")


def _host(n: Token) -> Token | None:
    """The object noun the name `n` (a proper-noun subject) stands beside, or None."""
    if n.dep_ not in SUBJECTS or n.pos_ != "PROPN":
        return None
    v = n.head
    if not any(c.dep_ in SUBJECTS and c.i > n.i for c in v.children):
        return None  # the verb's only subject
    start = n.left_edge.i
    if start < 2 or n.doc[start - 1].text != ",":
        return None
    host = n.doc[start - 2]
    if host.pos_ not in ("NOUN", "PROPN") or host.dep_ not in OBJECTS or host.head.i == v.i:
        return None
    return host if host.head.i < host.i and host.i < v.i else None


@Language.component("materiel_named_vessels")
def named_vessels(doc: Doc) -> Doc:
    for n in doc:
        host = _host(n)
        if host is not None:
            n.head = host
            n.dep_ = "appos"
    return doc
