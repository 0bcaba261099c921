"""A relative clause opened by "that" read as a clause of the main verb: "Ruritania operates 24 ZX-4 jets that it
bought from Borduria" is parsed with "bought" a complement clause of "operates" and "that" its object, so the purchase
loses its item. The component ``materiel_that_relatives`` (after the parser) hangs the clause back on the noun just
before "that" when that noun is the main verb's object and the clause has a subject and no object of its own ("that"
is its object), unless the main verb is one of telling, whose object is the hearer and whose clause is what is told
("told reporters that it bought from X", [that_relatives] telling_verbs)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

TELLING = lexicon.word_set("that_relatives", "telling_verbs")


def _misread(that: Token) -> tuple[Token, Token] | None:
    """(noun, verb) when "that" is read as the object of a complement clause on the verb whose object precedes it."""
    if that.lower_ != "that" or that.dep_ not in ("dobj", "obj") or that.i == 0:
        return None
    v, n = that.head, that.doc[that.i - 1]
    h = v.head
    if v.dep_ != "ccomp" or v.pos_ != "VERB" or h.pos_ not in ("VERB", "AUX") or h.lemma_.lower() in TELLING:
        return None
    if n.pos_ not in ("NOUN", "PROPN") or n.head.i != h.i or n.dep_ not in ("dobj", "obj"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and n.i < c.i < v.i for c in v.children):
        return None
    if any(c.dep_ in ("dobj", "obj") and c.i != that.i for c in v.children):
        return None
    return n, v


@Language.component("materiel_that_relatives")
def that_relatives(doc: Doc) -> Doc:
    for t in doc:
        found = _misread(t)
        if found is not None:
            n, v = found
            v.head, v.dep_ = n, "relcl"
            t.tag_, t.pos_ = "WDT", "PRON"
    return doc
