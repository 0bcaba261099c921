"""A buyer a seller names as a system's customer: "Karvell named Peru as launch customer for its K-9 trainer"
(also "named Peru its first export customer"). The naming verb's object buys (the customer noun's frame,
class `customer` in predicates.toml) and its subject sells; a subject no gazetteer knows but a state owns
("Ruritania's state-owned Velka") sells for that state. An order told with the naming ("..., with a firm order
for four aircraft") gives the customer's items its count and is no transfer of its own. The verbs are
`frame_words.customer_naming_verbs` in words.toml."""
from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

NAMING_VERBS = lexicon.word_set("frame_words", "customer_naming_verbs")
CONTRACTS = lexicon.word_set("frame_words", "contract_nouns")
CUSTOMERS = frozenset({"customer", "customers"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "oprd")
MAX_CLIMB = 4  # nouns and prepositions between an order's "with" phrase and the naming verb


def naming_verb(n: Token) -> Token | None:
    """The naming verb whose "as" phrase (or predicate) is the customer noun n, or None."""
    if n.lower_ not in CUSTOMERS:
        return None
    v = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "as" else n.head if n.dep_ in ("oprd", "xcomp") else None
    return v if v is not None and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in NAMING_VERBS else None


def _customer_nouns(v: Token) -> list[Token]:
    return [n for c in v.children for n in ([c] if c.dep_ in ("oprd", "xcomp") else
                                            [p for p in c.children if p.dep_ == "pobj"] if c.lower_ == "as" else [])
            if n.lower_ in CUSTOMERS]


def _order_of(v: Token) -> Token | None:
    """The contract noun of a "with a (firm) order for N X" phrase told with the naming verb v."""
    for t in v.subtree:
        if t.dep_ != "pobj" or t.head.lower_ != "with" or t.lemma_.lower() not in CONTRACTS:
            continue
        h, steps = t.head.head, 0
        while h.i != v.i and h.pos_ not in ("VERB", "AUX") and steps < MAX_CLIMB and h.head.i != h.i:
            h, steps = h.head, steps + 1
        if h.i == v.i:
            return t
    return None


def _seller(v: Token, res: ActorResolver) -> list[Resolved]:
    """The naming verb's subject; a name no gazetteer knows that a state owns ("Ruritania's Velka"): that state."""
    subj = next((c for c in v.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return []
    found = res.resolve_all(subj)
    if found:
        return found
    return [r for c in subj.children if c.dep_ == "poss" for r in res.resolve_all(c)
            if r.actor.kind == "state" and subj.pos_ in ("PROPN", "NOUN") and subj.text[:1].isupper()]


def read(f: Frame, res: ActorResolver, items: ItemFinder) -> None:
    """Orient a customer noun's frame under a naming verb; empty an order told with it (see the module)."""
    if f.cls == "customer":
        v = naming_verb(f.trigger)
        if v is None:
            return
        buyers = [r for c in v.children if c.dep_ in OBJECT_DEPS and c.i != f.trigger.i for r in res.resolve_all(c)]
        sellers = _seller(v, res)
        if not buyers:
            return
        f.roles["recipient"], f.rule = buyers, f.rule + ":named"
        f.roles["supplier"] = sellers or [s for s in f.roles["supplier"] if s.token.i not in {b.token.i for b in buyers}]
        order = _order_of(v)
        counted = [m for c in (order.children if order is not None else []) if c.dep_ == "prep" and c.lower_ == "for"
                   for o in c.children if o.dep_ == "pobj" for m in items.items(o) if m.quantity is not None]
        if not f.items:  # "launch customer for the K-9, with an order for four aircraft": the order's items
            f.items = counted
        elif len(f.items) == 1 and f.items[0].quantity is None and len(counted) == 1:
            f.items[0] = dataclasses.replace(f.items[0], quantity=counted[0].quantity,
                                             quantity_text=counted[0].quantity_text)
    elif f.trigger.dep_ == "pobj" and f.trigger.head.lower_ == "with":
        v = next((a for a in f.trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if v is not None and v.lemma_.lower() in NAMING_VERBS and any(naming_verb(n) for n in _customer_nouns(v)) \
                and (order := _order_of(v)) is not None and order.i == f.trigger.i:
            f.items = []  # the customer's frame tells this order
