"""A payer who pays for another party: "the Pentagon paid $486 million for 20 transport planes from X for the
Afghans", "Riyadh paid for 40 howitzers for the Lebanese army", "a loan that will pay for two patrol boats for
the country's coast guard". A paying verb's first "for" phrase names the item; a second "for" phrase, on the
verb, on the item or on the item's "from" phrase, that names a state, a state's body or an armed group names
the party the items are for: it receives them, and the payer (if of another state) is the intermediary. A "for"
phrase naming a use ("for missions abroad") names no party (frames/beneficiary.py); nor does a pronoun or the
payer's own ("for its special forces"), nor a clause whose item is not in a "for" phrase ("loans to pay for them")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

PAYING_CLASS = "pay"
PURPOSE_NOUNS = lexicon.word_set("beneficiary", "purpose_nouns")
PARTY_KINDS = frozenset({"state", "government_body", "armed_group"})


def _hosts(f: Frame) -> set[int]:
    """The verb, its items and the objects of its items' "from" phrases: where a second "for" phrase hangs."""
    hosts = {f.trigger.i}
    for m in f.items:
        hosts.add(m.head.i)
        hosts.update(o.i for p in m.head.children if p.dep_ == "prep" and p.lower_ == "from"
                     for o in p.children if o.dep_ == "pobj")
    return hosts


def _item_phrase(p: Token, f: Frame) -> bool:
    """The "for" phrase whose object is one of the frame's items ("paid ... for 20 planes")."""
    items = {m.head.i for m in f.items}
    return any(o.i in items for o in p.subtree)


def _direct(t: Token, o: Token) -> bool:
    """t is o or in o's own phrase, not in a phrase hung on it ("missions in X": X is not what "for" names)."""
    while t.i != o.i:
        if t.dep_ in ("prep", "pobj", "relcl", "acl") or t.head.i == t.i:
            return False
        t = t.head
    return True


def paid_for(f: Frame, res: Any) -> None:
    """Make the party of a paying verb's second "for" phrase the recipient (module text)."""
    if f.cls != PAYING_CLASS or not f.items:
        return
    hosts = _hosts(f)
    fors = [t for t in f.trigger.subtree if t.dep_ == "prep" and t.lower_ == "for" and t.head.i in hosts]
    if not any(_item_phrase(t, f) for t in fors):
        return  # "a loan to pay for them": the item is not told in this clause's own "for" phrase
    phrases = [t for t in fors if not _item_phrase(t, f)]
    payers = f.roles["recipient"]
    for o in (o for p in phrases for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() not in PURPOSE_NOUNS
              and o.pos_ != "PRON" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)):
        found = [r for r in res.resolve_all(o) if r.actor.kind in PARTY_KINDS and r.actor.country
                 and _direct(r.token, o)]
        if not found or any(r.actor.country == q.actor.country for r in found for q in payers):
            continue
        f.roles["recipient"] = found
        if payers and not f.roles["intermediary"]:
            f.roles["intermediary"] = payers[:1]
        f.rule += ":for"
        return


__all__ = ["paid_for"]
