"""The objects and phrases of a transfer verb: the items its objects name (a named craft, an approved
sale, an itemised list), and the parties and items of its prepositional, dative and particle phrases."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import approvals, named_craft, permits
from materiel.extraction.frames.arguments import Arguments
from materiel.extraction.frames.bound import route_preps
from materiel.extraction.frames.displaced_for import displaced_objects, displaced_of
from materiel.extraction.frames.equipped import drop_platform
from materiel.extraction.frames.framebase import INCLUDE_VERBS, REFLEXIVE, RELATIVE, Frame, headline_subject
from materiel.extraction.frames.giver_conjuncts import giver_agents
from materiel.extraction.frames.interposed import interposed_preps
from materiel.extraction.frames.rankings import ranked_deal
from materiel.extraction.frames.stock_owners import fill_supplier
from materiel.extraction.mentions.item_mention import ItemMention, distinct_mentions
from materiel.extraction.mentions.items import VALUE_MODIFIERS

TOGETHER_ADVERBS = lexicon.word_set("frame_words", "together_adverbs")
MAKER_VERBS = lexicon.word_set("arguments", "maker_verbs")
OFFERS = lexicon.word_set("arguments", "offer_objects")  # what a taker receives that is no item: an offer, a bid
TAKING = ("receive", "buy")


class VerbObjects(Arguments):
    def _object_items(self, v: Token, f: Frame, spec: dict[str, Any], objects: list[Token],
                      gerund_modifier: bool) -> None:
        """The items of the verb's objects (or, for an object that names no item, its party)."""
        cls = f.cls
        sales = approvals.sale_objects(v, objects)  # "approving a possible sale to X of Y": the sale is no party
        for o in objects:
            if len(objects) > 1 and ranked_deal(o, self.nouns):
                continue  # "ordered four frigates, the first purchase of an Asian warship": no second item
            if approvals.is_approval(v) and self.own_purchase(o) or cls in TAKING and o.lemma_.lower() in OFFERS:
                continue  # "X approved the purchase of Y from Z"; "received two offers: A, ...": the noun's frames
            found = self.items.items(o)
            if v.dep_ == "acl" and o.i == v.head.i and v.i > o.i:  # "A bought from X, and B": the participle is A's
                found = [m for m in found if m.head.i < v.i]
            if not found and v.dep_ == "acl" and o.i == v.head.i and o.dep_ == "pobj" and o.head.lower_ == "of" \
                    and self.items.is_materiel(o.head.head):  # "the second vessel of this class given to X"
                found = self.items.items(o.head.head, 1)
            hosts = [o, *(q for p in o.children if p.dep_ == "prep" for q in p.children if self.res.is_actor_span(q))]
            included = [m for h in hosts for c in h.children if c.dep_ in ("relcl", "acl") and found  # "for X which"
                        and c.lemma_.lower() in INCLUDE_VERBS
                        for x in c.children if x.dep_ in ("dobj", "obj")
                        for y in (x, *(a for a in x.children if a.dep_ == "appos")) for m in self.items.items(y)]
            found = distinct_mentions(included) or found  # "unveiled an arms package which included X, Y and Z": X, Y, Z
            if gerund_modifier:  # the gerund is the predicate, not part of the item's name
                for m in found:
                    if m.span.start <= v.i < m.span.end:
                        m.span = m.span.doc[v.i + 1: m.span.end]
            if v.dep_ == "relcl" and o.i == v.head.i and spec["stage"] != "delivered" and \
                    v.doc[v.left_edge.i - 1].text != ",":  # "the first six of 24 jets it ordered": all 24
                for m in found:
                    if m.whole is not None:
                        m.quantity, m.quantity_text = m.whole, str(m.whole)
            if found and o in sales:  # "approved the sale of X and Y" with Y hung on the sale: X too
                have = {i for m in found for i in range(m.span.start, m.span.end)}
                for m in approvals.sale_items(self.items, self.res, o):
                    if not have & set(range(m.span.start, m.span.end)):
                        found.append(m)
                        have |= set(range(m.span.start, m.span.end))
            found = self._object_phrases(o, f, spec, o in sales, found)
            if found:
                f.items.extend(found)
                self._actor_inside(o, f, spec)
                self._maker(found, f)
                if not self.items.is_materiel(o):
                    self._container_parties(o, f, spec)
            elif (cls in ("supply", "sell") and self._has_to_recipient(v) or
                  cls in TAKING and named_craft.taken_craft(v, o)) and \
                    (craft := named_craft.handed_craft(v, o, self.items.actor_tokens)) is not None:
                f.items.append(named_craft.craft_item(self.items, craft))
                f.rule += ":named-craft"
            elif o in sales:
                f.items.extend(approvals.sale_items(self.items, self.res, o))
                f.rule += ":approved-sale"
            elif spec.get("object") and o.lower_ not in REFLEXIVE:  # "equipped itself": the subject, once
                f.add(spec["object"], self.res.resolve_all(o))
                if not f.roles[spec["object"]] and (o.lower_ in self.generic_actors or
                                                    o.lemma_.lower() in self.generic_actors):
                    f.generic.add(spec["object"])  # "we don't arm anybody": no one in particular
                for c in o.children:  # "arming militias with rifles", "asked contacts in X for Y": on the object
                    if c.dep_ == "prep" and c.lower_ in ("with", "for") and spec.get("preps", {}).get(c.lower_) == "item":
                        f.items.extend(m for p in c.children if p.dep_ == "pobj" for m in self.items.items(p))

    def _object_phrases(self, o: Token, f: Frame, spec: dict[str, Any], sale: bool,
                        found: list[ItemMention]) -> list[ItemMention]:
        """An object's own phrases: a sale's "by" seller, a permit's items and buyer, a request's "for" phrase."""
        if sale and (agents := approvals.sale_agents(self.res, o)):
            f.roles["supplier"] = []  # "the ministry approved the sale of X by Y to Z": Y sells
            f.add("supplier", agents)
        permit = permits.permit_of(o) if spec.get("object_heads") or spec.get("stage") == "refused" else None
        if permit is not None and (covered := permits.permit_items(self.items, permit)):  # "suspended it" too
            o = permit
            found = covered  # "granted licences for the export of X to Y": the permit's items and buyer
            for p in permits.permit_recipients(o):
                f.add("recipient", self.res.resolve_all(p))
            f.rule += ":permit"
        if not found and self.nouns.get(o.lemma_.lower()) == "request":  # "turned down a request last year for X"
            found = [m for p in displaced_objects(o, self.items.is_materiel) for m in self.items.items(p)]
        if not found and o.lemma_.lower() in self.items.containers:  # "took delivery in May of X"
            found = [m for p in displaced_of(o) for m in self.items.items(p)]
        return found

    def _maker(self, found: list[ItemMention], f: Frame) -> None:
        """"commissioned a frigate built for it by X": the agent of a verb of making on the item is
        its maker, the supplier when the predicate names none."""
        if f.roles["supplier"]:
            return
        for m in found:
            for acl in (c for c in m.head.children if c.dep_ == "acl" and c.lemma_.lower() in MAKER_VERBS):
                for p in giver_agents(acl):  # "boats built by A and donated by B": B gives them
                    f.add("supplier", self.res.resolve_all(p))
                for agent in (c for c in acl.children if c.dep_ == "agent" and not f.roles["supplier"]):
                    for p in (c for c in agent.children if c.dep_ == "pobj"):
                        f.add("supplier", self.res.resolve_all(p))
                if not f.roles["supplier"]:  # "patrol vessels built in China": the state it was made in
                    for p in (p for c in acl.children if c.dep_ == "prep" and c.lower_ == "in"
                              for p in c.children if p.dep_ == "pobj"):
                        f.add("supplier", [r for r in self.res.resolve_all(p) if r.actor.kind == "state"])

    def _maker_among_parties(self, f: Frame) -> None:
        """"Spain and Chile signed a deal for 12 Spanish corvettes": of two parties to a deal, the one
        whose name modifies the item is the seller."""
        if f.roles["supplier"] or len(f.roles["recipient"]) < 2:
            return
        for m in f.items:
            for c in m.head.subtree:
                span = self.res.by_token.get(c.i)
                if c.i >= m.head.i or c.dep_ not in ("compound", "nmod") or span is None or span.kb_id_ != "country":
                    continue
                r = self.res.resolve(c)
                maker = [a for a in f.roles["recipient"] if r is not None and a.actor.country == r.actor.country]
                if maker:
                    f.roles["recipient"] = [a for a in f.roles["recipient"] if a not in maker]
                    f.add("supplier", maker)
                    f.rule += ":maker"
                    return

    def _verb_phrases(self, v: Token, f: Frame, spec: dict[str, Any], gerund_modifier: bool) -> None:
        """The prepositional, dative and particle phrases on the verb: parties and more items."""
        # "denied [supplying drones] to Russia": the phrases after the item hang on the governing verb
        governed = [c for c in v.head.head.children if c.dep_ == "prep" and c.i > v.head.i] \
            if gerund_modifier and v.head.dep_ in ("dobj", "obj") else []
        worth = [p for o in (v, *(c for c in v.children if c.dep_ in ("dobj", "obj"))) for w in o.children
                 if w.lower_ in VALUE_MODIFIERS for p in w.children if p.dep_ == "prep" and p.lower_ == "to"]
        for c in list(v.children) + governed + route_preps(v) + worth + interposed_preps(v):  # "en route from X to Y", "worth $N to Y"
            if c.dep_ == "dative" and c.pos_ in ("ADP", "PART"):  # "sent weapons to X" parsed as dative
                self._prep(c, f, spec.get("preps", {}))
            elif c.dep_ == "dative" and c.lower_ in RELATIVE:
                continue  # "the battery that X gave Y": the pronoun is the item the clause hangs on
            elif c.dep_ == "dative" or (c.dep_ in ("dep", "mark") and self.res.is_actor_span(c) and c != headline_subject(v)):
                f.add(spec.get("dative") or spec.get("object") or "recipient", self.res.resolve_all(c))
            elif c.dep_ in ("advmod", "prep") and c.lower_ in TOGETHER_ADVERBS:  # "ordered X together / along with Y"
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "with":
                        f.items.extend(m for q in p.children if q.dep_ == "pobj" for m in self.items.items(q))
                    elif p.dep_ == "prep" and p.i > c.i:  # "X, along with Y, to Z": the parser hangs "to Z" here
                        self._prep(p, f, spec.get("preps", {}))
            elif c.dep_ == "prep" and c.lower_ == "with" and any(
                    a.dep_ == "advmod" and a.lower_ in TOGETHER_ADVERBS for a in c.children):
                # "ordered X in 2020, together with Y": the parser hangs the adverb on "with"
                f.items.extend(m for q in c.children if q.dep_ == "pobj" for m in self.items.items(q))
            elif c.dep_ == "prep":
                self._prep(c, f, spec.get("preps", {}))
            elif c.dep_ == "prt":
                for p in c.children:
                    if p.dep_ == "prep":
                        self._prep(p, f, spec.get("preps", {}))
        drop_platform(v, f)  # "equip 22 batteries with X missiles": the batteries are fitted out, X supplied
        fill_supplier(self.res, f, v)  # "re-transferred from Ruritanian stocks to Y": the stocks' owner


    def _has_to_recipient(self, v: Token) -> bool:
        """"transferred X to Vietnam": a "to" phrase on the verb names an actor."""
        return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and
                   any(p.dep_ == "pobj" and self.res.resolve(p) is not None for p in c.children)
                   for c in v.children)
