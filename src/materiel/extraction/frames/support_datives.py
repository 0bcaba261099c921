"""The indirect object of a deal noun's support verb: "X made Y an offer of six A", "gave Y an offer": Y is the
one the offer is made to (the class's "dative" role of `data/predicates.toml`), as "offered Y six A" makes it for
the verb (extraction/dative_deal_nouns.py mends the parse of "made Y an offer")."""
from __future__ import annotations

from spacy.tokens import Token

NAMED = ("PROPN", "NOUN")


def support_datives(n: Token) -> list[Token]:
    """The datives before the deal noun n on the verb whose object n is."""
    if n.dep_ not in ("dobj", "obj") or n.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in n.head.children if c.dep_ in ("dative", "iobj") and c.i < n.i and c.pos_ in NAMED]
