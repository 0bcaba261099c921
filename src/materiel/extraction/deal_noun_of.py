"""An "of" phrase the parser hangs on the party after a deal noun: in "Ruritania made an offer to Borduria of
six ZX-4 jets" the small English model reads "of six ZX-4 jets" as a modifier of "Borduria" (the pobj of the
verb's "to"), so the offer loses its item. The spaCy component ``materiel_deal_noun_of`` (after the parser)
moves such an "of", and the "to" before it, to the deal noun that is the verb's object ("offer", "request", "order": the nouns of the
deal classes of `data/predicates.toml`): a named party is not "of" anything that follows it."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

_CLASSES = lexicon.toml("predicates.toml")["classes"]
DEAL_NOUNS = frozenset(n for c in lexicon.word_list("frames", "deal_noun_classes") for n in _CLASSES[c]["nouns"])
PARTY_TYPES = ("GPE", "NORP", "ORG")


def _party_to(t: Token) -> bool:
    """A "to" of the verb with a named party as its object."""
    return t.lower_ == "to" and t.dep_ in ("dative", "prep") and \
        any(c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ in PARTY_TYPES for c in t.children)


def _deal_noun(prep: Token) -> tuple[Token, Token] | None:
    """(deal noun, "to") of the verb whose "to PARTY" precedes this stray "of" (on the party or the verb)."""
    if prep.dep_ != "prep" or any(c.dep_ == "pobj" and c.ent_type_ in PARTY_TYPES for c in prep.children):
        return None  # "the Government of Y": a party's own name
    to: Token | None = prep.head.head if prep.head.dep_ == "pobj" and _party_to(prep.head.head) else \
        next((c for c in prep.head.children if c.i < prep.i and _party_to(c)), None)
    if to is None:
        return None
    verb = to.head
    if verb.pos_ not in ("VERB", "AUX") or prep.head not in (verb, *to.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < to.i
                 and c.lemma_.lower() in DEAL_NOUNS and not any(g.lower_ == "of" for g in c.children)), None)
    return (noun, to) if noun is not None else None


@Language.component("materiel_deal_noun_of")
def deal_noun_of(doc: Doc) -> Doc:
    for tok in doc:
        found = _deal_noun(tok) if tok.lower_ == "of" else None
        if found is not None:  # "an offer to Y of six X": both phrases the noun's
            noun, to = found
            tok.head, to.head, to.dep_ = noun, noun, "prep"
    return doc
