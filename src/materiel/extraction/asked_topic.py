"""A request put to a named supplier with no asker: "A request to X for upgraded jets was turned down in 2008", "a
request to X for two frigates is under review", in a report on one state's arms. The request names whom it was put
to, not who made it; like an offer that names no buyer (extraction/offer_recipients.py), the asker is the text's
state. Both the request's row and the refusal's that takes the request as its subject qualify."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

REQUEST_NOUNS = lexicon.word_set("pipeline", "request_nouns")


def _put_to(n: Token) -> bool:
    """A request noun with a "to" phrase and no asker of its own (no possessor, no "by" or "from" phrase)."""
    if n.lemma_.lower() not in REQUEST_NOUNS:
        return False
    preps = {c.lower_ for c in n.children if c.dep_ in ("prep", "agent")}
    return "to" in preps and not preps & {"by", "from"} and not any(c.dep_ == "poss" for c in n.children)


def asked_of(r: Row) -> bool:
    """The row tells a request put to its supplier whose asker the text leaves implicit (see the module's text)."""
    t = r.frame.trigger
    if r.supplier is None or r.recipient is not None:
        return False
    if t.pos_ in ("NOUN", "PROPN"):
        return _put_to(t)
    return r.frame.stage == "refused" and any(c.dep_ == "nsubjpass" and _put_to(c) for c in t.children)
