"""A party and a deal noun as the two objects of a light verb: in "Ruritania made Borduria an offer of six ZX-4
jets" the small English model reads "Borduria an offer" as a clause of its own (the party the subject of "offer",
"offer" a ccomp of "made"), and the offer loses its recipient and its supplier. The spaCy component
``materiel_dative_deal_nouns`` (after the parser) makes the party the verb's dative and the noun its object, as
the parser does for "gave Borduria an offer". Verbs: `dative_deals.verbs` in words.toml; nouns: the deal
classes' nouns (extraction/deal_noun_of.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.deal_noun_of import DEAL_NOUNS

VERBS = lexicon.word_set("dative_deals", "verbs")
PARTY_TYPES = ("GPE", "NORP", "ORG")
CLAUSAL = ("ccomp", "xcomp", "dobj", "oprd")


def _party(t: Token) -> bool:
    return t.pos_ == "PROPN" or any(s.ent_type_ in PARTY_TYPES for s in t.subtree)


def _split(v: Token) -> tuple[Token, Token] | None:
    """(party, deal noun) of "VERB PARTY a NOUN" read as a small clause or as two objects."""
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in VERBS:
        return None
    for n in v.children:
        if n.dep_ not in CLAUSAL or n.pos_ != "NOUN" or n.lemma_.lower() not in DEAL_NOUNS or n.i < v.i:
            continue
        subj = [c for c in n.children if c.dep_ in ("nsubj", "compound", "nmod") and v.i < c.i < n.i and _party(c)]
        subj += [c for c in v.children if c.dep_ in ("dobj", "obj") and v.i < c.i < n.i and _party(c)]
        if len(subj) == 1 and not any(_party(t) for t in v.doc[v.i + 1:subj[0].left_edge.i]):
            return subj[0], n
    return None


@Language.component("materiel_dative_deal_nouns")
def dative_deal_nouns(doc: Doc) -> Doc:
    for v in doc:
        found = _split(v)
        if found is not None:
            party, noun = found
            party.head, party.dep_ = v, "dative"
            noun.head, noun.dep_ = v, "dobj"
    return doc
