"""Frames derived from the frames of a sentence: shared and gapped objects, adjectival supply
("US-supplied"), exchanges ("in exchange for"), and noun frames nested in another frame's item."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames import paired_objects
from materiel.extraction.frames.actor_gaps import actor_gaps
from materiel.extraction.frames.arguments import Arguments
from materiel.extraction.frames.awards import won_over_contract
from materiel.extraction.frames.clause_subjects import own_subject
from materiel.extraction.frames.conjunct_participles import conjunct_objects, keep_own_conjuncts
from materiel.extraction.frames.destination_pairs import pair_destinations
from materiel.extraction.frames.distributive import spread_over_list
from materiel.extraction.frames.framebase import INTERCEPTOR, ROLES, Frame
from materiel.extraction.frames.gapped_counts import counted_conjuncts
from materiel.extraction.frames.gapped_makers import keep_own_maker
from materiel.extraction.frames.gapped_pairs import bare_count_pairs
from materiel.extraction.frames.interested import interested_frames
from materiel.extraction.frames.own_sources import own_sources
from materiel.extraction.frames.pronoun_deals import deals_told_again
from materiel.extraction.frames.stranded import stranded_preps
from materiel.extraction.mentions import stranded
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

ADJECTIVAL_SUPPLY = lexicon.word_set("frames", "adjectival_supply")
EXCHANGE_NOUNS = lexicon.word_set("frame_words", "exchange_nouns")
DEAL_BLOCKERS = lexicon.word_set("frame_words", "deal_blockers")
DEAL_NOUNS = lexicon.word_set("scheduled", "deal_nouns")


class DerivedFrames(Arguments):
    conjunct_objects = staticmethod(conjunct_objects)  # "X entered service and was exported to Y": X

    def _shared_object(self, frames: list[Frame]) -> None:
        """"X's export and Y's procurement of missiles": coordinated nouns share the object that
        only the last one carries; so does a verb joined to one that tells no transfer ("never ordered and never
        awaited the carbines")."""
        triggers = {f.trigger.i for f in frames}
        for f in frames:
            v = f.trigger
            if v.pos_ != "VERB" or f.items or f.implicit or any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass")
                                                                 for c in v.children):
                continue  # "the deal was signed and covers X": a passive's object is its subject
            joined = [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i not in triggers
                      and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
            objects = [o for c in joined[:1] for o in c.children if o.dep_ in ("dobj", "obj")]
            f.items = [m for o in objects for m in self.items.items(o)]
            if f.items:  # "... any rifles from X": the object's phrase names the party too
                f.rule += ":shared"
                for p in (p for o in objects for p in o.children if p.dep_ == "prep"):
                    role = self.classes[f.cls].get("preps", {}).get(p.lower_)
                    if role in ROLES and not f.roles[role]:
                        f.add(role, [a for q in p.children if q.dep_ == "pobj" for a in self.res.resolve_all(q)])
        by_trigger = {f.trigger.i: f for f in frames if f.trigger.pos_ in ("NOUN", "PROPN")}
        for f in by_trigger.values():
            if f.items or f.implicit:
                continue
            for c in f.trigger.conjuncts:
                other = by_trigger.get(c.i)
                if other is not None and other.items and c.i > f.trigger.i:
                    f.items = list(other.items)
                    f.rule += ":shared"
                    break

    def _derived(self, f: Frame) -> list[Frame]:
        """The frames f implies: gapped and split ones (a verb's); followers ("and A followed suit") are
        extraction/followers.py's."""
        return self._gapped(f) if f.trigger.pos_ in ("VERB", "AUX") else []

    def _gapped(self, f: Frame) -> list[Frame]:
        """"bought 24 jets from France and 30 helicopters from Russia": the second object, parsed as a
        conjunct of the verb, is a transfer of its own with the verb's subject and its own phrases; with a
        giver of its own ("and South Korea the K2"), see frames/actor_gaps.py."""
        keep_own_conjuncts(f)  # "two A, bought from X, and three B donated by Y": X gives the A only
        stranded.keep_own(f.roles.values(), f.trigger)  # "sold A to X and Y bought B": Y is B's buyer only, not X
        spread_over_list(f, self.res)  # "A, B and C have each received X": each of them
        spec = self.classes[f.cls]
        subject_role = spec.get("subject")
        paired = pair_destinations(f, spec.get("preps", {}), self.res, self.items, "recipient")
        if paired is not None:  # "gave A to X and B to Y": each run of items to its own party
            return paired
        v = f.trigger
        # also "sent tanks to Ukraine and howitzers to Lithuania", the second object parsed as a
        # conjunct of the first phrase's actor
        phrases = [c for c in v.children if c.dep_ in ("prep", "dative")]
        phrases += [p for o in v.children if o.dep_ in ("dobj", "obj") for p in o.children if p.dep_ == "prep"]
        conjuncts = list(v.children) + [x for p in phrases for o in p.children if o.dep_ == "pobj"
                                         and self.res.is_actor_span(o) for x in o.children]
        out = []
        objects = paired_objects.conjunct_objects(v, self.items.is_materiel)
        for c in conjuncts:
            if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or not (self.items.is_materiel(c) or c in objects):
                continue
            own = paired_objects.own_phrases(v, c, objects) if c in objects else []
            out.append(self._gap(f, ":gapped", self.items.items(c), [p for p in c.children if p.dep_ == "prep"] + own))
            own_subject(out[-1], c, self.res, self.verbs, self.classes)  # "..., and Z supplied B": Z's
        for item, own_preps in counted_conjuncts(v, f.items):  # "24 howitzers to Norway and 18 to Estonia"
            taken = {x.i for p in own_preps for x in p.subtree}
            for parties in f.roles.values():
                parties[:] = [a for a in parties if a.token.i not in taken]  # "and eight to Peru": not the first's
            out.append(self._gap(f, ":gapped-count", [item], own_preps))
        paired_objects.release(f, objects, tuple(r for r in ROLES if r != subject_role))
        out += own_sources(f, spec, self.res, self.items)  # "two A from X, with B from dealers": not X's B
        gaps = actor_gaps(f, self.res, self.items, subject_role or "supplier")  # "... and South Korea the K2"
        gaps += bare_count_pairs(f, self.res, self.items, spec.get("dative") or "recipient", subject_role)  # "and Y 8"
        taken = {m.head.i for g in gaps for m in g.items}  # "sold X 20 A, and Y 40 B": the B are Y's only
        return [g for g in out if not any(m.head.i in taken for m in g.items)] + gaps

    def _gap(self, f: Frame, mark: str, items: list[ItemMention], preps: list[Token]) -> Frame:
        """A transfer gapped from f's verb: its own items and phrases ("... and 40 B to Y": Y's), f's other
        parties and its subject's."""
        spec = self.classes[f.cls]
        g = Frame(f.trigger, f.cls, f.stage, rule=f.rule + mark, confidence=f.confidence * 0.9)
        g.items = items
        for p in preps:
            self._prep(p, g, spec.get("preps", {}))
        for role, parties in f.roles.items():
            if role == spec.get("subject") or not g.roles[role]:
                g.add(role, parties)
        g.negated, g.governor = f.negated, f.governor
        keep_own_maker(g, f, self.res)  # "from X and Ruritanian drones": Ruritania's
        return g

    def _adjectival(self, sent: Span) -> list[Frame]:
        """"using US-supplied HIMARS launchers": a delivery told by an adjective; the recipient is
        whoever holds or uses the item."""
        out: list[Frame] = []
        for t in sent:
            if t.lower_ not in ADJECTIVAL_SUPPLY or t.i < 2 or t.doc[t.i - 1].text != "-":
                continue
            giver = self.res.resolve(t.doc[t.i - 2]) or self.res._demonym_modifier(t.doc[t.i - 2])
            item = t.head if self.items.is_materiel(t.head) or _designated(self.items, t.head) else None
            if giver is None or item is None:
                continue
            f = Frame(t, "supply", "delivered", rule="adjective:supply", confidence=0.6)
            f.items = self.items.items(item)
            f.add("supplier", [giver])
            poss = [c for c in item.children if c.dep_ == "poss"]
            holder: Token | None = poss[0] if poss else None
            obj = item
            while holder is None and obj.dep_ in ("pobj", "prep") and obj.head.i != obj.i:
                obj = obj.head
            if holder is None and obj.dep_ in ("dobj", "obj", "nsubj", "nsubjpass"):
                holder = self.subject_of(obj.head) if obj.dep_ in ("dobj", "obj") else None
            if holder is not None:
                f.add("recipient", [r for r in self.res.resolve_all(holder) if r.actor.id != giver.actor.id])
            out.append(f)
        return out + interested_frames(self, sent)  # "the country was interested in X" (interested.py)

    def _exchange(self, f: Frame) -> list[Frame]:
        """"gave X in exchange for Y": Y moves the other way, at the same stage; and a deal undone (see
        `_blocked_deal`)."""
        out: list[Frame] = self._blocked_deal(f)
        heads = [f.trigger, *(m.head for m in f.items)]
        for h in heads:
            for c in (*h.children, *stranded_preps(h)):  # "X it deems surplus to Y in exchange for Z"
                if c.dep_ != "prep" or c.lower_ != "in":
                    continue
                for p in c.children:
                    if p.dep_ == "pobj" and p.lower_ in EXCHANGE_NOUNS:
                        got = [m for q in p.children if q.dep_ == "prep" and q.lower_ == "for"
                               for o in q.children if o.dep_ == "pobj" for m in self.items.items(o)]
                        if got and f.roles["supplier"] and f.roles["recipient"]:
                            x = Frame(f.trigger, f.cls, f.stage, rule=f.rule + ":exchange", items=got,
                                      confidence=f.confidence * 0.9, governor=f.governor)
                            x.roles = {"supplier": list(f.roles["recipient"]), "recipient": list(f.roles["supplier"]),
                                       "intermediary": [], INTERCEPTOR: []}
                            out.append(x)
        return out

    def _blocked_deal(self, f: Frame) -> list[Frame]:
        """"scuttled a contract under which X was to sell Y ten jets": the sale the deal set out is refused
        too (the ordered row stays), by whoever undid it; the supplier and recipient are the deal's."""
        v = f.trigger.head if f.trigger.dep_ == "xcomp" else f.trigger  # "under which X was to sell"
        deal = v.head if v.dep_ == "relcl" else None
        if deal is None or deal.lemma_.lower() not in DEAL_NOUNS or f.stage != "ordered" or not any(
                c.dep_ == "prep" and c.lower_ == "under" and any(p.lower_ == "which" for p in c.children)
                for c in v.children):
            return []
        if deal.dep_ not in ("dobj", "nsubjpass") or deal.head.lemma_.lower() not in DEAL_BLOCKERS:
            return []
        x = Frame(f.trigger, f.cls, "refused", rule=f.rule + ":blocked", items=list(f.items),
                  confidence=f.confidence * 0.9, governor=deal.head)
        x.roles = {role: list(actors) for role, actors in f.roles.items()}
        return [x]

    def _drop_nested(self, frames: list[Frame]) -> list[Frame]:
        """A noun frame that is only the container of another frame's item ("asked for supplies
        of weapons") is not a transfer of its own."""
        frames = [f for f in frames if not won_over_contract(f, frames)]  # "received an order for X": the order
        item_heads = {(id(f), m.head.i) for f in frames for m in f.items}
        out = []
        for f in frames:
            t = f.trigger
            nested = t.pos_ in ("NOUN", "PROPN") and any(
                o is not f and o.trigger.i != t.i and t in _scope(o.trigger).subtree and
                any((id(o), m.head.i) in item_heads and m.head in t.subtree for m in o.items)
                for o in frames)
            outer_refusal = any(o is not f and o.stage == "refused" and t in o.trigger.subtree for o in frames)
            if nested and f.cls == "request" and outer_refusal:
                for o in frames:
                    if o is not f and o.stage == "refused" and t in o.trigger.subtree and not f.roles["supplier"]:
                        f.add("supplier", o.roles["supplier"])
                nested = False
            if not nested:
                out.append(f)
            else:
                for o in frames:
                    if o is not f and t in o.trigger.subtree:
                        for role in ROLES:
                            if not o.roles[role]:
                                o.add(role, f.roles[role])
        return deals_told_again(out)  # "approved the sale of X to Y, but parliament blocked it"


def _scope(trigger: Token) -> Token:
    """Where a frame's phrases may hang: a deal noun's own subtree, or the verb that takes it as object
    ("signed a contract in 2021 for the delivery of X", the "for" phrase on the verb)."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB":
        return trigger.head
    return trigger


def _designated(items: ItemFinder, head: Token) -> bool:
    """"Soviet-supplied Zh-31 fighters": a noun that alone may name people is materiel when a designation names it."""
    return any(m.designation for m in items.items(head))
