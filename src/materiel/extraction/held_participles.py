"""A participle of transfer after the object of a holding verb that the parser hangs on the verb: in "the Y navy
operates six ex-Ruritanian Karvell-7 corvettes, handed over in 2015" the small English model makes "handed" an
adverbial clause of "operates", and the corvettes are nobody's delivery. The spaCy component
``materiel_held_participles`` (after the parser) makes such a participle (`held_origins.participles` in words.toml)
with no subject or auxiliary of its own, right after the comma that ends the object of a holding verb
(`held_origins.verbs`), a modifier of that object."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

HOLDING = lexicon.word_set("held_origins", "verbs")
PARTICIPLES = lexicon.word_set("held_origins", "participles")
OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj", "obj")


def _object(v: Token) -> Token | None:
    head = v.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in HOLDING or v.i < 2 or v.doc[v.i - 1].text != ",":
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.right_edge.i in (v.i - 2, v.i - 1)),
               None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


@Language.component("materiel_held_participles")
def held_participles(doc: Doc) -> Doc:
    for v in doc:
        if v.tag_ != "VBN" or v.dep_ not in ("advcl", "conj") or v.lemma_.lower() not in PARTICIPLES or \
                any(c.dep_ in OWN for c in v.children):
            continue
        obj = _object(v)
        if obj is not None:
            v.head, v.dep_ = obj, "acl"
    return doc
