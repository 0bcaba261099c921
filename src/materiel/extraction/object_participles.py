"""A participle of buying after a verb's object that the parser hangs on the verb: in "X deployed its own
helicopters, bought from Y and Z, to the border" the small English model makes "bought" an adverbial clause of
"deployed", and the helicopters are nobody's purchase. The spaCy component ``materiel_object_participles``
(after the parser) mends such a phrase: a past participle of buying (words.toml [participle_buyers]
buying_participles) with no subject and no object of its own, right after a comma that ends the verb's object,
with a "from" or "by" phrase, becomes a modifier ("acl") of that object; the phrases after its closing comma
go back to the verb."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

BUYING = lexicon.word_set("participle_buyers", "buying_participles")
OWN_ARGS = ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass", "mark")


def _object_before(part: Token) -> Token | None:
    """The object of part's head that ends right before the comma in front of part."""
    if part.i < 2 or part.doc[part.i - 1].text != ",":
        return None
    obj = next((c for c in part.head.children if c.dep_ in ("dobj", "obj") and c.right_edge.i == part.i - 2), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


@Language.component("materiel_object_participles")
def object_participles(doc: Doc) -> Doc:
    for tok in doc:
        if tok.tag_ != "VBN" or tok.dep_ != "advcl" or tok.lemma_.lower() not in BUYING or \
                any(c.dep_ in OWN_ARGS for c in tok.children) or \
                not any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in tok.children):
            continue
        obj = _object_before(tok)
        if obj is None:
            continue
        verb = tok.head
        comma = next((c for c in tok.children if c.dep_ == "punct" and c.text == "," and c.i > tok.i), None)
        for child in list(tok.children):
            if comma is not None and child.i > comma.i:
                child.head = verb  # "..., bought from Y, to the border": the verb's phrase, not the participle's
        tok.head, tok.dep_ = obj, "acl"
    return doc
