"""A transfer verb whose active subject is a noun phrase no party was read from ("our neighbours bought these
weapons", "the smugglers sold the rifles"): the party the subject names is told, only not known, so the row borrows
no party of an earlier telling of the same item for it, and a buyer's verb (`buyer_classes`) no last recipient
(discourse.fill_from_context). The item's own phrase as the
subject ("another shipment of rifles arrived"), pronouns (resolved elsewhere) and nouns that refer back to a party
("his country had ordered", cues.toml [actors.anaphors]) are no such subject."""
from __future__ import annotations

from typing import Any

from materiel import lexicon

BUYER_CLASSES = lexicon.word_set("context_fills", "buyer_classes")
# "his country had ordered", "the group received": nouns that refer back to a party told before (cues.toml).
# "the customer has also ordered": a role noun that names a party told before.
PARTY_ROLES = lexicon.word_set("context_fills", "party_roles")
ANAPHORS = frozenset(w for ws in lexicon.toml("cues.toml")["actors"]["anaphors"].values() for w in ws)


def unknown_buyer(r: Any) -> bool:
    """"Our allies purchased these weapons": a verb whose subject is the buyer, that subject unknown: the row takes
    no recipient told before."""
    return r.frame.cls in BUYER_CLASSES and unknown_subject(r)


def unknown_subject(r: Any) -> bool:
    """The row's verb has an active noun subject outside its item that resolved to no party of the row."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX"):
        return False
    told = {p.token.i for p in (r.supplier, r.recipient) if p is not None}
    for c in t.children:
        if c.dep_ != "nsubj" or c.pos_ not in ("NOUN", "PROPN") or c.i in told or _refers_back(c):
            continue
        if r.item.span.start <= c.i < r.item.span.end or _holds(c, r.item.head):
            continue
        return True
    return False


def _refers_back(subj: Any) -> bool:
    """"the country", "his government": an anaphor noun with a determiner or a possessive ("local militias" is not)."""
    return subj.lemma_.lower() in ANAPHORS and any(c.dep_ in ("det", "poss") for c in subj.children) or \
        subj.lemma_.lower() in PARTY_ROLES and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def _holds(subj: Any, item: Any) -> bool:
    """The subject is the noun whose phrase holds the item ("another shipment of 40 X")."""
    h = item
    while h.i != subj.i and h.dep_ in ("pobj", "prep", "conj", "appos") and h.head.i != h.i:
        h = h.head
    return bool(h.i == subj.i)
