"""A word of how an item was bought that the parser takes for the verb's object: in "a fleet of Korvel jets,
bought second-hand from X" the small English model reads "hand" (with "second" and "-") as what was bought, and the
participle, its object filled, no longer takes up the jets; the row is lost. The spaCy component
``materiel_manner_objects`` (after the parser) makes such a phrase (`manner_objects.phrases` in words.toml) a manner
adverb of its verb when a preposition of source or agent (`manner_objects.preps`) follows it on the same verb. A
participle so mended that the parser joined to the clause's verb ("maintains a fleet of jets, bought ...") with no
subject of its own, right after the comma that ends that verb's object, becomes a modifier of the object."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

PHRASES = lexicon.word_set("manner_objects", "phrases")
PREPS = lexicon.word_set("manner_objects", "preps")


def _phrase(obj: Token) -> str:
    words = list(obj.subtree)
    return "".join(t.lower_ + (" " if t.whitespace_ else "") for t in words).strip()


def manner_object(obj: Token) -> bool:
    """obj is a manner phrase the parser hung on its verb as the object."""
    v = obj.head
    if obj.dep_ not in ("dobj", "obj", "npadvmod") or v.pos_ != "VERB" or obj.i < v.i or \
            obj.left_edge.i != v.i + 1 or _phrase(obj) not in PHRASES:
        return False
    return any(c.dep_ in ("prep", "agent") and c.lower_ in PREPS and c.i == obj.right_edge.i + 1 for c in v.children)


def _onto_object(v: Token) -> None:
    """The participle v, joined to the clause's verb after a comma, modifies that verb's object."""
    if v.dep_ not in ("conj", "advcl") or v.i < 2 or v.doc[v.i - 1].text != "," or v.tag_ not in ("VBN", "VBD") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in v.children):
        return
    obj = next((c for c in v.head.children if c.dep_ in ("dobj", "obj") and c.right_edge.i in (v.i - 2, v.i - 1)), None)
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        v.head, v.dep_, v.tag_ = obj, "acl", "VBN"


@Language.component("materiel_manner_objects")
def manner_objects(doc: Doc) -> Doc:
    for obj in doc:
        if manner_object(obj):
            obj.dep_ = "advmod"
            _onto_object(obj.head)
    return doc
