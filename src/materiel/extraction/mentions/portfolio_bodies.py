"""A state body told by its portfolio alone ("the Ministry of Defence", "the Ministry of Foreign Affairs",
"the Ministry of National Defence"): the "of" phrase names a field of government, not a state, so the body is
as bare as "the ministry" and belongs to the state a bare body belongs to (mentions/bare_bodies.py: the same
body named with its state earlier, else the text's topic state). A portfolio phrase naming a place or a
people ("the Ministry of Defence of Ukraine", "the Ministry of the Interior of Chad") is no portfolio: it names
its state. Only the heads of words.toml [portfolio_bodies] `heads` take a portfolio."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

HEADS = lexicon.word_set("portfolio_bodies", "heads")
NAMING_ENTS = ("GPE", "NORP", "LOC", "PERSON", "FAC")


def is_portfolio(head: Token, prep: Token) -> bool:
    """prep is the "of" of a portfolio ("the Ministry [of Defence]") after a body head that takes one."""
    if head.lemma_.lower() not in HEADS or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and not any(t.ent_type_ in NAMING_ENTS or t.pos_ == "PRON"
                                  for o in objs for t in o.subtree)
