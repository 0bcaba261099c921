"""A word of an item's name the materiel gazetteer found that the tagger takes for an organisation ("Kachin rebels
operate US-made X missiles originally supplied to them"): the name resolves to no known actor, only to an
organisation the tagger guessed, and it is neither a party nor a pronoun's antecedent. Only a word that modifies a
noun of the same item's name; a firm the gazetteer's item name runs over as a clause's subject ("X Helicopters
delivered ...") stays a party."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.mentions.resolved import Resolved


def item_name(tok: Token, found: Resolved | None) -> bool:
    """tok is a word of an item's name the materiel gazetteer found ("US-made X missiles supplied to them") that
    resolved to no known actor but an organisation the tagger guessed: no party, nor a pronoun's antecedent."""
    if found is None or found.actor.kind != "other" or found.actor.country or tok.dep_ not in ("compound", "nmod") \
            or tok.head.pos_ != "NOUN":
        return False  # "X Helicopters delivered ...": a firm the gazetteer's item name runs over is a party
    return any(s.start <= tok.i < s.end and s.start <= tok.head.i < s.end for s in tok.doc.spans.get("materiel", []))
