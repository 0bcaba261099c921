"""A deal noun's "for" phrase the parser hangs on the verb as its indirect object: in "Ruritania signed a deal
worth $300 million for Kvarnstad Industries' Sparrowhawk drones" or "signed a deal for Tarnex Aerospace
Industries' KT-3 trainers" the small English model reads "for ..." as the verb's "dative" (the one it is done
for), and the frames, which take a deal's goods from its own "for" phrase or the verb's prepositions, lose the
item: no row at all. It does so most often before a maker's possessive name. The spaCy component
``materiel_deal_for_datives`` (after ``materiel_included_deals``) moves such a "for" to the deal noun that is
the verb's object before it (the nouns of the deal classes: extraction/deal_noun_of.py), unless its object is a
named party ("signed a deal for Ruritania": the one it is done for) or the noun already has a "for" phrase."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel.extraction.deal_noun_of import DEAL_NOUNS, PARTY_TYPES


def _deal_noun(prep: Token) -> Token | None:
    """The deal noun, object of the verb before this dative "for", that the "for" belongs to; None otherwise."""
    verb = prep.head
    if prep.dep_ != "dative" or verb.pos_ not in ("VERB", "AUX"):
        return None
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs or any(o.ent_type_ in PARTY_TYPES and o.pos_ == "PROPN" for o in objs):
        return None  # "signed a deal for Ruritania"
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < prep.i and
                 c.lemma_.lower() in DEAL_NOUNS and not any(g.lower_ == "for" for g in c.children)), None)


@Language.component("materiel_deal_for_datives")
def deal_for_datives(doc: Doc) -> Doc:
    for tok in doc:
        noun = _deal_noun(tok) if tok.lower_ == "for" else None
        if noun is not None:  # "signed a deal [worth $X] for Y's A": the deal's goods
            tok.head, tok.dep_ = noun, "prep"
    return doc
