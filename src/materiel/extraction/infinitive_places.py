"""A place after "to" that the tagger reads as a verb: in "delivered 24 and 20 Tarvik-3 howitzers to Ruritania
respectively" the small English model takes "to Ruritania" for an infinitive ("to" its marker, the place a verb
of an adverbial clause), and the transfer loses its recipient. The spaCy component
``materiel_infinitive_places`` (right after ``materiel_reparse``) mends it: a place entity tagged as a verb with
"to" as the marker right before it becomes the object of "to", and "to" a preposition of the clause the place
hung on; the place's other dependents move to that clause."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

PLACES = ("GPE", "LOC")


def _marker(t: Token) -> Token | None:
    """The "to" right before the place entity ending at t, when it is the infinitive marker of t."""
    i = t.i
    while i > 0 and t.doc[i - 1].ent_type_ == t.ent_type_ and t.doc[i].ent_iob_ != "B":
        i -= 1
    to = t.doc[i - 1] if i > 0 else None
    return to if to is not None and to.lower_ == "to" and to.head.i == t.i and to.dep_ == "aux" else None


@Language.component("materiel_infinitive_places")
def infinitive_places(doc: Doc) -> Doc:
    for t in doc:
        if t.pos_ != "VERB" or t.ent_type_ not in PLACES or t.head.i == t.i:
            continue
        to = _marker(t)
        if to is None:
            continue
        h = t.head
        for c in list(t.children):
            if c.i != to.i and c.i > t.i:
                c.head = h
        to.head, to.dep_, to.pos_, to.tag_ = h, "prep", "ADP", "IN"
        t.head, t.dep_, t.pos_, t.tag_, t.lemma_ = to, "pobj", "PROPN", "NNP", t.text
    return doc
