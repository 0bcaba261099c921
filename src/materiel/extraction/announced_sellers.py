"""A firm announcing its customer's order: "Kestrel Aero announced that Peru had signed a deal for nine
trainers", "Norvik Marine said Chile had ordered two patrol boats". The buyer's order names no seller, and the
firm that tells it, the subject of the reporting verb whose complement holds the order, is the seller: a maker
announces its own sales. Only a firm the gazetteer places in a state other than the buyer's (a news agency or an
analyst names no state of its own; a firm telling its own state's order tells no export), and only an order or a
signed contract of the buyer (frame classes `buying_classes`, the buyer as the clause's subject), not a request or
a plan. Words: words.toml [announced_sellers]."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import Resolved

ANNOUNCING = lexicon.word_set("announced_sellers", "announcing_verbs")
BUYING = lexicon.word_set("announced_sellers", "buying_classes")
CLIMB = 3  # heads from a noun trigger ("contract") up to its clause's verb ("signed")


def _clause_verb(t: Token) -> Token | None:
    """The verb of the clause the trigger stands in: itself, or the verb a noun trigger is the object of."""
    for _ in range(CLIMB):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ not in ("dobj", "obj", "pobj", "prep", "nsubjpass") or t.head.i == t.i:
            return None
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else None


def _announcer(verb: Token) -> Token | None:
    """The subject of the reporting verb whose complement clause is `verb`."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def fill(rows: list[Row], resolve: Callable[[Token], Resolved | None]) -> None:
    """Give an order told by a firm of another state, with no seller of its own, that firm as its seller."""
    for r in rows:
        f = r.frame
        if r.supplier is not None or r.recipient is None or f.cls not in BUYING or f.stage != "ordered" or f.negated:
            continue
        verb = _clause_verb(f.trigger)
        subject = _announcer(verb) if verb is not None else None
        if verb is None or subject is None or not any(c.dep_ == "nsubj" and r.recipient.token.i in {w.i for w in c.subtree}
                                      for c in verb.children):
            continue  # the buyer is the subject of the announced clause: "... that Peru had ordered"
        firm = resolve(subject)
        if firm is None or firm.actor.kind != "company" or not firm.actor.country or \
                firm.actor.country == r.recipient.actor.country:
            continue
        r.supplier = firm
