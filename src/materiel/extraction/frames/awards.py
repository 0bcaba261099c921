"""Contracts a seller wins and a buyer awards: "Saab won a contract from Thailand for four jets", "the
ministry awarded Dearsan a contract for four patrol vessels", "Dearsan was awarded a contract by the navy
for two vessels". A deal noun reads the subject of its support verb as the buyer; over a verb of winning
the subject sells and the party it is won "from" (or "by") buys; over a verb of awarding the one it is
awarded to (the indirect object, or the subject of the passive) sells and the subject (or "by" agent) buys.
A transfer verb under such a contract ("won a contract from X to supply Y") takes that buyer as its
recipient. The words are `frame_words` in words.toml."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.unnamed_parties import generic_party
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

WINNING = lexicon.word_set("frame_words", "winning_verbs")
AWARDING = lexicon.word_set("frame_words", "awarding_verbs")
CONTRACTS = lexicon.word_set("frame_words", "contract_nouns")


def award_parties(f: Frame, res: ActorResolver) -> None:
    """Set the seller and the buyer of a contract won or awarded (see the module)."""
    t = f.trigger
    if t.pos_ in ("NOUN", "PROPN") and f.cls == "buy":
        sides = _sides(t, res)
        if sides is not None and sides[0]:
            f.roles["supplier"] = sides[0]
            f.roles["recipient"] = sides[1] or [r for r in f.roles["recipient"]
                                                 if r.actor.id not in {s.actor.id for s in sides[0]}]
            if not f.roles["recipient"] and any(generic_party(b) for b in _buyer_phrases(t)):
                f.generic.add("recipient")  # "received an order from an undisclosed customer": no one named
            f.rule += ":awarded"
    elif t.dep_ == "acl" and not f.roles["recipient"] and f.stage != "refused":
        sides = _sides(t.head, res)
        if sides is not None and sides[1]:
            f.roles["recipient"] = sides[1]  # "won a contract from X to supply Y": X receives


def _sides(n: Token, res: ActorResolver) -> tuple[list[Resolved], list[Resolved]] | None:
    """The sellers and buyers of contract noun n won or awarded, or None when no such verb holds it."""
    obj = n
    while (obj.dep_ == "conj" or obj.dep_ == "appos" and _contract(obj.head)) and obj.head.i != obj.i:
        obj = obj.head  # "won an order from X for A, and an order from Y for B": each the verb's object
    if not _contract(n) or obj.dep_ not in ("dobj", "obj"):
        return None
    verb, lemma = obj.head, obj.head.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    by_phrase = [p for h in (n, verb) for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
                 for p in c.children if p.dep_ == "pobj"]
    if lemma in WINNING and not passive:
        sellers = [c for c in verb.children if c.dep_ == "nsubj"]
        by_phrase += _from_after_items(n)
    elif lemma in AWARDING and passive:
        sellers = [c for c in verb.children if c.dep_ == "nsubjpass"]
        by_phrase += _from_after_items(n, "by")  # "was awarded an order for 50 A by Y": "by Y" hung on the items
    elif lemma in AWARDING:
        sellers = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")] + _awarded_to(verb, n)
        by_phrase = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return None
    return ([r for s in sellers for r in res.resolve_all(s)], [r for b in by_phrase for r in res.resolve_all(b)])


def _buyer_phrases(n: Token) -> list[Token]:
    """The nouns of the "from" and "by" phrases on contract noun n, its verb and its items."""
    verb = n.head if n.dep_ in ("dobj", "obj") else n
    return [p for h in (n, verb) for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
            for p in c.children if p.dep_ == "pobj"] + _from_after_items(n)


def _from_after_items(n: Token, prep: str = "from") -> list[Token]:
    """The buyer hung on the items of a contract won ("secured an order for 30 radars (and 12 jammers) from X") or
    awarded ("was awarded an order for 30 radars by X")."""
    items = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    items += [c for p in items for c in p.conjuncts]
    return [p for i in items for c in i.children if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children if p.dep_ == "pobj"]


def won_over_contract(f: Frame, frames: list[Frame]) -> bool:
    """A verb of winning taken for a receipt whose object is a contract read by its own frame ("Leonardo
    received an order for 24 jets from X": the order's frame, no delivery to Leonardo)."""
    t = f.trigger
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in WINNING or f.cls != "receive":
        return False
    deals = {c.i for c in t.children if c.dep_ in ("dobj", "obj") and _contract(c)}
    return any(o.trigger.i in deals for o in frames)


def _awarded_to(verb: Token, n: Token) -> list[Token]:
    """The one a contract is awarded "to" ("awarded a contract to X for Y"): on the verb, or under the contract's
    own modifier ("a contract worth 80 million euros to X")."""
    holders = [verb] + [a for a in n.children if a.dep_ == "amod"]
    return [p for h in holders for c in h.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]


def _contract(n: Token) -> bool:
    return n.lemma_.lower() in CONTRACTS or n.lower_ in CONTRACTS
