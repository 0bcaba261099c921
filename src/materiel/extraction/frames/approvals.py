"""Official notices of a possible sale: "The State Department has made a determination approving a
possible Foreign Military Sale to X of Y for an estimated cost of $N. X has requested to buy <list>."

The approval is an offer of Y from the approving state to X, and each item X "has requested to buy"
right after it is offered by the approving state as well (the notice approves the request). The items
follow "of", or "for" up to the price ("a sale to X for A units, B missiles and associated equipment for
an estimated cost of $N"); a "by" phrase of the sale names its seller ("approved the sale of 20 A by Y to
Z"). The words are data (`predicates.toml` [official])."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.clause_marks import has_clause
from materiel.extraction.frames.itemised import segment_item
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    return dict(lexicon.toml("predicates.toml").get("official", {}))


def is_approval(v: Token) -> bool:
    return v.lemma_.lower() in words().get("approval_verbs", [])


def sale_objects(v: Token, objects: list[Token]) -> list[Token]:
    """The sale nouns an approval verb takes ("approving a possible Foreign Military Sale")."""
    if not is_approval(v):
        return []
    nouns = set(words().get("sale_nouns", []))
    return [o for o in objects if o.lower_ in nouns or o.lemma_.lower() in nouns]


def sale_items(items: ItemFinder, res: ActorResolver, sale: Token) -> list[ItemMention]:
    """The items of an approved sale: the "of" phrases after the sale noun up to the price, wherever the
    parser attached them ("a sale to the Government of X of Y"). The construction names defence articles,
    so a phrase the gazetteer does not know is kept as equipment."""
    cost = set(words().get("cost_nouns", []))
    out: list[ItemMention] = []
    for t in sale.doc[sale.i + 1: sale.sent.end]:
        if t.lower_ == "for" and any(p.lemma_.lower() in cost for p in t.children if p.dep_ == "pobj") or \
                t.dep_ == "mark":
            break  # the price, or a clause of its own ("... because it is one of four makers of X")
        if t.dep_ == "prep" and t.lower_ in words().get("sale_end_preps", []) and t.head.pos_ in ("VERB", "AUX"):
            break  # "stopped approving exports to X after the killing of Y": a time or a cause, no item
        if t.dep_ == "prep" and t.lower_ == "for" and not out and in_sale_phrase(t, sale):
            out.extend(for_list(items, res, t))  # "a possible sale to X for A units, B missiles and ..."
            continue
        if t.dep_ != "prep" or t.lower_ != "of" or not in_sale_phrase(t, sale) or \
                any(m.span.start <= t.i < m.span.end for m in out):
            continue  # "of" inside an item found ("the export of 900 rounds of 9 mm ammunition"): no item of its own
        for p in (c for c in t.children if c.dep_ == "pobj"):
            if res.is_actor_span(p):
                continue
            for q in [p, *p.conjuncts]:
                found = items.items(q, 1)
                if not found and q.pos_ in ("NOUN", "PROPN") and not res.is_actor_span(q) and \
                        q.lemma_.lower() not in words().get("service_nouns", []):
                    found = [_unknown(items, q)]
                out.extend(found)
    boiler = set(words().get("boilerplate_modifiers", []))
    kept = [m for m in out if not (m.designation is None and m.category == "equipment"
                                   and any(c.lower_ in boiler for c in m.head.children))]
    return kept or out


def for_list(items: ItemFinder, res: ActorResolver, prep: Token) -> list[ItemMention]:
    """"approving a possible sale to X for A fire units, B missiles and associated equipment for an estimated
    cost of $N": the list after "for" up to the price, one item a segment between commas and "and" (the
    parser breaks such lists). Not a "for" phrase that names a party, a sum or a use ("for its navy")."""
    doc, cost = prep.doc, set(words().get("cost_nouns", []))
    boiler = set(words().get("boilerplate_modifiers", []))
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or res.is_actor_span(pobj) or pobj.like_num or pobj.ent_type_ == "MONEY" or \
            pobj.lemma_.lower() in cost or pobj.lower_ in words().get("sale_nouns", []):
        return []
    end = next((t.i for t in doc[prep.i + 1: prep.sent.end] if t.is_sent_end or t.text in (".", ";", ":") or
                (t.lower_ == "for" and t.i > prep.i)), prep.sent.end)
    out: list[ItemMention] = []
    start = prep.i + 1
    for i in range(prep.i + 1, end + 1):
        if i == end or doc[i].text == "," or doc[i].lower_ in ("and", "or"):
            seg = doc[start:i]
            if has_clause(seg) or any(t.lower_ in boiler and t.head.i in range(start, i) for t in seg):
                break  # "... and associated equipment, parts and support": the boilerplate that closes the list
            m = segment_item(items, seg) if i > start else None
            if m is not None and not res.is_actor_span(m.head):
                out.append(m)
            start = i + 1
    return out


def sale_agents(res: ActorResolver, sale: Token) -> list[Resolved]:
    """"approved the sale of 20 rifles by X to Y": the "by" phrase of the sale (on the sale or on its
    items) names the seller, the approving government only licensing it."""
    return [r for t in sale.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by" and in_sale_phrase(t, sale)
            for p in t.children if p.dep_ == "pobj" and (res.is_actor_span(p) or p.ent_type_ in ("ORG", "GPE"))
            for r in res.resolve_all(p)]


def in_sale_phrase(prep: Token, sale: Token) -> bool:
    """An "of" phrase of the sale: hung on the sale noun, on the approval verb, or on a word of a phrase
    they govern through the sale's own prepositions ("a sale to the Government of X of Y": on "X"); not
    one of another clause or adjunct ("approved the sale of X, and Z signed a memorandum of understanding",
    "approved exports to X after the killing of Y")."""
    path_preps = set(words().get("sale_path_preps", []))
    tok = prep.head
    while tok.i not in (sale.i, sale.head.i):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i or \
                (tok.pos_ == "ADP" and tok.lower_ not in path_preps):
            return False
        tok = tok.head
    return True


def _unknown(items: ItemFinder, head: Token) -> ItemMention:
    m = items._mention(head)
    m.category = "equipment"
    return m
