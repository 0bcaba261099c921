"""A state's service told by its usual name alone, capitalised and with "the" ("the National Army", "the Republican
Guard", "the State Border Service", "the Counter-Terrorism Service", "the Home Ministry"): the name is every state's
(`lexicon/data/services.csv`, rows with no country), so it tells no state and belongs to the state a bare "the Navy"
belongs to (mentions/bare_bodies.py: the interview turn's, the same body named with its state earlier, else the text's
topic state). A name that fixes its state ("the Royal Air Force") is a gazetteer body of that state (the rows with a
country). A word before the name naming a state or a party ("the Tarnian National Army", "the Kivu National Army"), a
possessor ("Ghana's Republican Guard"), an "of" phrase or an apposition makes it no bare name."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

NAMES = lexicon.service_names()
TELLING_DEPS = ("amod", "nmod", "poss", "appos")


def _compounds(tok: Token) -> list[Token]:
    """The words of the name before its head, through compounds of compounds ("National Coast Guard Service")."""
    out: list[Token] = []
    for c in tok.lefts:
        if c.dep_ == "compound":
            out += [*_compounds(c), c]
    return out


def name_of(tok: Token) -> str:
    """The name tok heads, in lower case ("counter-terrorism service")."""
    start = min([tok.i, *(c.i for c in _compounds(tok))])
    return tok.doc[start: tok.i + 1].text.lower()


def is_service(tok: Token) -> bool:
    """tok heads a capitalised service name of the lexicon told with "the" and nothing naming its state."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or name_of(tok) not in NAMES:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return not any(c.dep_ in TELLING_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)
