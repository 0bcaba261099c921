"""A firm described by the region it lies in and named in apposition: "the Normandy shipyard Belvane delivered
...", "ordered from the Lombard maker Corvi". Resolution reads the region's word (which the tagger takes for a
person's or an unknown organisation's name) as the party; the party is the firm the apposition names, a company
(its state is left to the gazetteers and the document's other fills). Only a firm noun of [company_anaphors]
`nouns` whose name-like modifier resolved to no known actor."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.company_anaphors import NOUNS
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

NOT_FIRM_TYPES = ("PERSON", "GPE", "NORP", "LOC", "DATE", "FAC")
CONFIDENCE = 0.5


def _next_name(tok: Token) -> Token | None:
    """The proper name right after the firm noun that the parser hung beside it ("from the X shipyard Y": Y as a
    second object of "from"), whatever the tagger calls it but a place, a people or a date."""
    if tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    beside = nxt.dep_ == tok.dep_ and nxt.head.i == tok.head.i
    return nxt if nxt.pos_ == "PROPN" and beside and nxt.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "FAC") \
        else None


def apposed_firm(tok: Token, found: Resolved | None) -> Resolved | None:
    """The firm named in apposition to the firm noun tok, when resolution read tok's region word (see the module)."""
    if found is None or found.actor.kind not in ("person", "other") or found.actor.country or \
            tok.pos_ != "NOUN" or tok.lemma_.lower() not in NOUNS:
        return None
    if not any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.text in found.actor.name
               for c in tok.children):
        return None
    name_tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                     c.ent_type_ not in NOT_FIRM_TYPES), None) or _next_name(tok)
    if name_tok is None:
        return None
    words = sorted(c for c in name_tok.children if c.dep_ == "compound" and c.i < name_tok.i)
    name = " ".join(x.text for x in (*words, name_tok))
    actor = Actor(id=lexicon.slug(name), name=name, kind="company", country=None, text=name)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)
