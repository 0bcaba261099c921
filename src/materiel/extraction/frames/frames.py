"""Transfer frames: predicates (verbs and their nominalisations) with their parties and items,
read from the dependency parse. The verb and noun classes are data (`data/predicates.toml`).

The reading is split in three: this module finds the predicates and builds verb and noun frames;
`arguments` places the parties and items around them; `governors` reads subjects through control,
the governor that sets the stage, and modality."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames import approvals, itemised, named_craft, records, seizure
from materiel.extraction.frames.arguments import Arguments
from materiel.extraction.frames.chains import Chains
from materiel.extraction.frames.components import link_components
from materiel.extraction.frames.framebase import (
    INCLUDE_VERBS,
    INTERCEPTOR,
    RELATIVE,
    ROLES,
    SUPPORT_VERBS,
    Frame,
    no_det,
)
from materiel.extraction.frames.governors import Governors
from materiel.extraction.frames.transit import blocked_in_transit
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver

__all__ = ["Frame", "FrameFinder", "ROLES"]

ADJECTIVAL_SUPPLY = lexicon.word_set("frames", "adjectival_supply")
NOUN_PREPS = lexicon.word_table("frames", "noun_preps")
NEGATIVE_OBJECTS = lexicon.word_set("frame_words", "negative_objects")
EXCHANGE_NOUNS = lexicon.word_set("frame_words", "exchange_nouns")
TOGETHER_ADVERBS = lexicon.word_set("frame_words", "together_adverbs")


class FrameFinder(Arguments, Governors, Chains):
    def __init__(self, resolver: ActorResolver, items: ItemFinder) -> None:
        data = lexicon.toml("predicates.toml")
        self.classes: dict[str, dict[str, Any]] = data["classes"]
        self.verbs: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        for name, spec in self.classes.items():
            for v in spec.get("verbs", []):
                self.verbs.setdefault(v, name)
            for n in spec.get("nouns", []):
                self.nouns.setdefault(n, name)
        gov = data["governors"]
        self.gov_verbs = {lemma: stage for stage, key in (("offered", "offer"), ("considered", "consider"),
                                                           ("requested", "request"), ("refused", "refuse"),
                                                           ("ordered", "order"))
                          for lemma in gov[key]}
        self.gov_nouns = {lemma: stage for stage, key in (("offered", "offer_nouns"), ("considered", "consider_nouns"),
                                                           ("requested", "request_nouns"), ("ordered", "order_nouns"),
                                                           ("refused", "refuse_nouns"))
                          for lemma in gov[key]}
        self.object_control = set(gov["object_control"])
        self.gov_adjectives = {**{a: "offered" for a in gov.get("offer_adjectives", [])},
                               **{a: "considered" for a in gov.get("consider_adjectives", [])}}
        self.receiving_support: dict[str, str] = dict(gov.get("receiving_support", {}))
        self.destination_words = set(gov.get("destination_words", []))
        self.future_governors = set(gov.get("future", []))
        self.support_verbs = set(SUPPORT_VERBS) | set(gov.get("aspectual_support", []))
        self.value_words = set(gov.get("value_words", []))
        self.bar_nouns = set(gov.get("bar_nouns", []))
        self.instrument_nouns = set(gov.get("instrument_nouns", []))
        self.handling = set(gov.get("handling", []))
        self.lifting = set(gov.get("lifting", []))
        self.needs_destination = {v for spec in self.classes.values() for v in spec.get("needs_destination", [])}
        self.res = resolver
        self.items = items
        actor_cues = lexicon.toml("cues.toml")["actors"]
        self.generic_actors = set(actor_cues.get("generic", []))
        self.transit_blockers = set(actor_cues.get("transit_blockers", []))
        self.state_blockers = set(actor_cues.get("state_blockers", []))
        self.seizure = seizure.SeizureWords.of(data.get("seizure", {}))
        self.consider_adjectives = set(gov.get("consider_adjectives", []))
        self.consider_modifiers = set(gov.get("consider_modifiers", []))
        self.message_nouns = set(actor_cues.get("message_nouns", []))
        self.population_nouns = set(actor_cues.get("population_nouns", []))

    # -- triggers ---------------------------------------------------------------------------------
    def find(self, sent: Span) -> list[Frame]:
        frames: list[Frame] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
            if particle and f"{lemma} {particle}" in self.verbs:
                lemma = f"{lemma} {particle}"  # "turned down a request", "ruled out sending"
            gerund = self._gerund(tok)
            if gerund:
                lemma = gerund  # "denied buying rifles" with "buying" tagged as a noun
            elif tok.dep_ in ("amod", "compound") and not (tok.tag_ == "VBG" and tok.i == tok.head.left_edge.i
                                                            and self.items.is_materiel(tok.head)):
                continue  # "the requested weapons": an adjective, not a predicate
            if self.verbs.get(lemma) == "arm" and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                    not any(c.dep_ == "agent" for c in tok.children):
                continue  # "submarines, armed with missiles": how something is fitted; "armed by X" is a transfer
            if self.verbs.get(lemma) == "arrive" and tok.dep_ in ("advcl", "conj", "xcomp") and \
                    tok.head.lemma_.lower() in self.verbs:
                continue  # "were delivered ..., arriving at the port": the same transfer
            if ((tok.pos_ in ("VERB", "AUX") or gerund) and lemma in self.verbs or
                    seizure.headline_verb(tok, self.verbs, self.seizure)) and not self._is_governor_only(tok):
                near = list(tok.children) + [g for c in tok.children if c.dep_ in ("dobj", "obj") for g in c.subtree]
                if lemma in self.needs_destination and not any(
                        c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in near) and \
                        not self._bound_for(tok) and not seizure.under_seizure(tok, self.verbs, self.seizure):
                    continue  # "the air force flies F-16s": flying is a transfer only to somewhere
                frames.append(self._verb_frame(tok, self.verbs[lemma]))
            elif tok.pos_ in ("NOUN", "PROPN") and (lemma in self.nouns or tok.lower_ in self.nouns):
                f = self._noun_frame(tok, self.nouns.get(lemma) or self.nouns[tok.lower_])
                if f:
                    frames.append(f)
        frames += [x for f in frames if f.trigger.pos_ in ("VERB", "AUX") for x in self._exchange(f)]
        frames += [x for f in frames if f.trigger.pos_ in ("VERB", "AUX") for x in self._gapped(f)]
        frames += self._adjectival(sent)
        frames += records.record_frames(self.res, self.items, sent)
        for f in frames:
            self._maker_among_parties(f)
        frames = [f for f in frames if not self._sends_message(f) and not self._describes_item(f)
                  and not self._from_population(f)]
        for f in frames:
            self._weighed(f)
        frames += self._diverted(sent, frames)
        self._chain_suppliers(frames)
        self._shared_object(frames)
        link_components(frames, self.items.is_materiel, self.res)
        for f in frames:
            if f.stage == "refused":
                blocked_in_transit(f, self._refuser(f), self.transit_blockers, self.state_blockers, self.res)
        bound = seizure.destinations(sent, self)  # "were intended for X": a destination, not a plan
        frames = [f for f in frames if f.trigger.i not in {b.trigger.i for b in bound}] + bound
        frames = seizure.apply(frames, self.seizure)
        for f in frames:
            if f.stage == seizure.STAGE:
                seizure.origin(f, self.res, self.seizure)
        return self._drop_nested(frames)

    def _bound_for(self, v: Token) -> bool:
        """"a ship carrying 40 tonnes of arms bound for X": the object names where it goes."""
        return any(t.lower_ in self.destination_words and any(p.dep_ == "prep" and p.lower_ in ("for", "to")
                                                              for p in t.children)
                   for o in v.children if o.dep_ in ("dobj", "obj") for t in o.subtree)

    def _refuser(self, f: Frame) -> Token | None:
        """The subject of a refusal: of its governor ("workers refused to unload"), else of its verb."""
        anchor = f.governor if f.governor is not None else f.trigger
        if anchor.pos_ in ("NOUN", "PROPN"):
            return self.holder_of(anchor)
        if anchor.dep_ in ("amod", "compound"):  # "is considering [halting] exports"
            anchor = anchor.head.head
        return self.subject_of(anchor)

    def _describes_item(self, f: Frame) -> bool:
        """"submarines armed with missiles", "drones equipped with bombs": a participle that describes
        the item it hangs on, not a transfer of its own."""
        t = f.trigger
        if f.cls != "arm" or t.dep_ not in ("acl", "amod") or t.tag_ != "VBN" or any(c.dep_ == "agent" for c in t.children):
            return False
        return self.items.is_materiel(t.head) or t.head.lemma_.lower() in self.nouns  # "the purchase of X, armed with Y"

    def _weighed(self, f: Frame) -> None:
        """"the possible purchase of X", "is interested in buying X": a buyer still weighing it."""
        if self.classes[f.cls].get("subject") != "recipient" and self.classes[f.cls].get("possessor") != "recipient":
            return
        if f.stage not in ("ordered", "delivered"):
            return
        t = f.trigger
        modified = t.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and c.lower_ in self.consider_modifiers for c in t.children)
        cur = t.head.head if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ == "in" else None
        if modified or (cur is not None and cur.lemma_.lower() in self.consider_adjectives):
            f.stage = "considered"
            f.rule += ":weighed"

    def _from_population(self, f: Frame) -> bool:
        """"the army collected rifles from civilians": weapons gathered from a country's own population
        (`population_nouns` in cues.toml) are no transfer."""
        if f.roles["supplier"]:
            return False
        if self.classes[f.cls].get("subject") != "recipient":
            return False
        heads = [f.trigger, *(m.head for m in f.items)]
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(
            p.dep_ == "pobj" and (p.lemma_.lower() in self.population_nouns or p.lower_ in self.population_nouns)
            for p in c.children) for h in heads for c in h.children)

    def _sends_message(self, f: Frame) -> bool:
        """"sent a notification to parliament", "a letter delivered to X": a message, not a transfer; its
        addressee is no recipient of anything (`message_nouns` in cues.toml)."""
        v = f.trigger
        if v.pos_ not in ("VERB", "AUX") or f.items or f.implicit:
            return False
        objects = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if v.dep_ in ("acl", "relcl"):
            objects.append(v.head)
        return any(o.lemma_.lower() in self.message_nouns or o.lower_ in self.message_nouns for o in objects)

    def _shared_object(self, frames: list[Frame]) -> None:
        """"X's export and Y's procurement of missiles": coordinated nouns share the object that
        only the last one carries."""
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

    def _gapped(self, f: Frame) -> list[Frame]:
        """"bought 24 jets from France and 30 helicopters from Russia": the second object, parsed as a
        conjunct of the verb, is a transfer of its own with the verb's subject and its own phrases."""
        spec = self.classes[f.cls]
        subject_role = spec.get("subject")
        v = f.trigger
        # also "sent tanks to Ukraine and howitzers to Lithuania", the second object parsed as a
        # conjunct of the first phrase's actor
        phrases = [c for c in v.children if c.dep_ in ("prep", "dative")]
        phrases += [p for o in v.children if o.dep_ in ("dobj", "obj") for p in o.children if p.dep_ == "prep"]
        conjuncts = list(v.children) + [x for p in phrases for o in p.children if o.dep_ == "pobj"
                                         and self.res.is_actor_span(o) for x in o.children]
        out = []
        for c in conjuncts:
            if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or not self.items.is_materiel(c):
                continue
            g = Frame(f.trigger, f.cls, f.stage, rule=f.rule + ":gapped", confidence=f.confidence * 0.9)
            g.items = self.items.items(c)
            for p in c.children:
                if p.dep_ == "prep":
                    self._prep(p, g, spec.get("preps", {}))
            for role, parties in f.roles.items():
                if role == subject_role or not g.roles[role]:
                    g.add(role, parties)
            g.negated, g.governor = f.negated, f.governor
            out.append(g)
        return out

    def _gerund(self, tok: Token) -> str | None:
        """The verb of a gerund the tagger took for a noun modifier at the start of an object ("denied
        [buying rifles]"), or None."""
        if tok.tag_ not in ("NN", "VBG") or tok.pos_ in ("VERB", "AUX") or not tok.lower_.endswith("ing") \
                or tok.dep_ not in ("amod", "compound") or tok.i != tok.head.left_edge.i \
                or tok.head.dep_ not in ("dobj", "obj") or not self.items.is_materiel(tok.head):
            return None
        stem = tok.lower_[:-3]
        for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if lemma in self.verbs:
                return lemma
        return None

    def _adjectival(self, sent: Span) -> list[Frame]:
        """"using US-supplied HIMARS launchers": a delivery told by an adjective; the recipient is
        whoever holds or uses the item."""
        out: list[Frame] = []
        for t in sent:
            if t.lower_ not in ADJECTIVAL_SUPPLY or t.i < 2 or t.doc[t.i - 1].text != "-":
                continue
            giver = self.res.resolve(t.doc[t.i - 2]) or self.res._demonym_modifier(t.doc[t.i - 2])
            item = t.head if self.items.is_materiel(t.head) else None
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
        return out

    def _exchange(self, f: Frame) -> list[Frame]:
        """"gave X in exchange for Y": Y moves the other way, at the same stage."""
        out: list[Frame] = []
        heads = [f.trigger, *(m.head for m in f.items)]
        for h in heads:
            for c in h.children:
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

    def _drop_nested(self, frames: list[Frame]) -> list[Frame]:
        """A noun frame that is only the container of another frame's item ("asked for supplies
        of weapons") is not a transfer of its own."""
        item_heads = {(id(f), m.head.i) for f in frames for m in f.items}
        out = []
        for f in frames:
            t = f.trigger
            nested = t.pos_ in ("NOUN", "PROPN") and any(
                o is not f and o.trigger.i != t.i and t in o.trigger.subtree and
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
        return out

    def _is_governor_only(self, tok: Token) -> bool:
        """"offered to send": the offer is the stage of the send frame, not a frame of its own."""
        if any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children):
            return False  # "pledged three systems to X, to be sent ...": a frame of its own
        return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.lemma_.lower() in self.verbs
                   and c.i > tok.i for c in tok.children) and tok.lemma_.lower() in self.gov_verbs

    # -- verbs ------------------------------------------------------------------------------------
    def _verb_frame(self, v: Token, cls: str) -> Frame:
        spec = self.classes[cls]
        f = Frame(v, cls, spec["stage"], rule=f"verb:{cls}:{v.lemma_.lower()}")
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or \
            (v.tag_ == "VBN" and v.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" for c in v.children))
        objects = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        objects += [c for c in v.children if c.dep_ in ("npadvmod", "dep", "oprd") and self.items.is_materiel(c)]
        gerund_modifier = v.dep_ in ("amod", "compound")  # "denied [shipping shells]" misparsed
        if gerund_modifier:
            objects, passive = [v.head], False
        if passive:
            kept = [c for c in objects if self.items.is_materiel(c)]  # "X was given 31 tanks": X received them
            objects = [c for c in v.children if c.dep_ == "nsubjpass"]
            if kept and objects and all(self.res.resolve(o) for o in objects):
                for o in objects:
                    f.add(spec.get("dative") or spec.get("object") or "recipient", self.res.resolve_all(o))
                objects = kept
            if not objects and v.dep_ in ("acl", "relcl"):
                objects = [v.head]
            agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            subj = agent[0] if agent else None
            f.rule += ":passive"
        elif gerund_modifier:
            subj = self.subject_of(v.head.head) if v.head.dep_ in ("dobj", "obj") else None
        else:
            subj = self.subject_of(v)
        objects = [self._antecedent_of_relative(v, o) if o.lower_ in RELATIVE else o for o in objects]
        if spec.get("object_heads") and not any(o.lemma_.lower() in spec["object_heads"] or
                                                o.lower_ in spec["object_heads"] for o in objects):
            return f  # "denied that ...": a denial, not a refusal
        if spec.get("subject") == "item" and subj is not None:
            objects, subj = [subj], None
        subject_role = spec.get("subject")
        if not objects and not passive and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and \
                not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in v.children):
            objects = [self._antecedent_of_relative(v, v.head)]  # "rifles that X had ordered"
        subject_role = spec.get("subject")
        if cls in ("consider", "cancel"):  # "consider a delivery of X" (a supplier) / "the purchase of X" (a buyer)
            nominal = [self.nouns.get(o.lemma_.lower()) for o in objects if o.lemma_.lower() in self.nouns]
            if nominal and nominal[0]:
                subject_role = self.classes[nominal[0]].get("possessor", subject_role)
                if nominal[0] == "request" and cls == "consider":
                    subject_role = "supplier"  # "Canada is considering a request from X": the one asked
        elif cls == "refuse" and objects and self.own_purchase(objects[0]):
            subject_role = "recipient"  # "Colombia suspended arms purchases from Israel": the buyer's refusal
        if subj is not None and subject_role and subject_role != "item":
            f.add(subject_role, self.res.resolve_all(subj))
            if not f.roles[subject_role] and subj.lemma_.lower() in self.generic_actors:
                f.generic.add(subject_role)
        elif subj is not None and subject_role == "item":
            pass
        sales = approvals.sale_objects(v, objects)  # "approving a possible sale to X of Y": the sale is no party
        for o in objects:
            found = self.items.items(o)
            if not found and v.dep_ == "acl" and o.i == v.head.i and o.dep_ == "pobj" and o.head.lower_ == "of" \
                    and self.items.is_materiel(o.head.head):  # "the second vessel of this class given to X"
                found = self.items.items(o.head.head, 1)
            if gerund_modifier:  # the gerund is the predicate, not part of the item's name
                for m in found:
                    if m.span.start <= v.i < m.span.end:
                        m.span = m.span.doc[v.i + 1: m.span.end]
            if v.dep_ == "relcl" and o.i == v.head.i and spec["stage"] != "delivered" and \
                    v.doc[v.left_edge.i - 1].text != ",":  # "the first six of 24 jets it ordered": all 24
                for m in found:
                    if m.whole is not None:
                        m.quantity, m.quantity_text = m.whole, str(m.whole)
            if found:
                f.items.extend(found)
                self._actor_inside(o, f, spec)
                if not self.items.is_materiel(o):
                    self._container_parties(o, f, spec)
            elif cls == "supply" and self._has_to_recipient(v) and \
                    (craft := named_craft.craft_name(o, self.items.actor_tokens)) is not None:
                f.items.append(named_craft.craft_item(self.items, craft))
                f.rule += ":named-craft"
            elif o in sales:
                f.items.extend(approvals.sale_items(self.items, self.res, o))
                f.rule += ":approved-sale"
            elif spec.get("object"):
                f.add(spec["object"], self.res.resolve_all(o))
                for c in o.children:  # "arming militias with rifles" with the phrase on the object
                    if c.dep_ == "prep" and c.lower_ == "with" and spec.get("preps", {}).get("with") == "item":
                        f.items.extend(m for p in c.children if p.dep_ == "pobj" for m in self.items.items(p))
        if f.items:
            f.items.extend(m for o in [*objects, v] for m in itemised.stray_conjuncts(self.items, o))
        listed = itemised.segments(self.items, v, objects[0] if objects else v.doc[min(v.i + 1, len(v.doc) - 1)]) \
            if f.items or not objects else []
        if len(listed) > len(f.items):  # "requested to buy 82 (82) X; 420 (420) Y; ...": one item per segment
            f.items = listed
            f.rule += ":list"
        # "denied [supplying drones] to Russia": the phrases after the item hang on the governing verb
        governed = [c for c in v.head.head.children if c.dep_ == "prep" and c.i > v.head.i] \
            if gerund_modifier and v.head.dep_ in ("dobj", "obj") else []
        for c in list(v.children) + governed:
            if c.dep_ == "dative" and c.pos_ in ("ADP", "PART"):  # "sent weapons to X" parsed as dative
                self._prep(c, f, spec.get("preps", {}))
            elif c.dep_ == "dative" or (c.dep_ in ("dep", "mark") and self.res.is_actor_span(c)):
                f.add(spec.get("dative") or spec.get("object") or "recipient", self.res.resolve_all(c))
            elif c.dep_ == "prep":
                self._prep(c, f, spec.get("preps", {}))
            elif c.dep_ == "advmod" and c.lower_ in TOGETHER_ADVERBS:  # "ordered X together with Y"
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "with":
                        f.items.extend(m for q in p.children if q.dep_ == "pobj" for m in self.items.items(q))
            elif c.dep_ == "prt":
                for p in c.children:
                    if p.dep_ == "prep":
                        self._prep(p, f, spec.get("preps", {}))
        self._examples_on_verb(v, f)
        if not f.items and not objects and not (cls == "refuse" and any(c.dep_ in ("ccomp", "xcomp") for c in v.children)):
            f.items.extend(self._items_after(v))
        if any(o.lower_ in NEGATIVE_OBJECTS or no_det(o) for o in objects):
            f.negated = True
        self._item_arguments(f, spec)
        if not f.items and spec.get("implicit") and (f.roles["recipient"] or objects):
            f.implicit = spec["implicit"]
        self._addressee(v, f, spec)
        self._modality(v, f, spec)
        self._deal_clause(v, f, spec)
        if spec.get("requires") and not f.roles[spec["requires"]]:
            f.items, f.implicit = [], None  # "removed the guns from the depot": no one put out of a deal
        return f


    def _has_to_recipient(self, v: Token) -> bool:
        """"transferred X to Vietnam": a "to" phrase on the verb names an actor."""
        return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and
                   any(p.dep_ == "pobj" and self.res.resolve(p) is not None for p in c.children)
                   for c in v.children)

    def _support_preps(self, n: Token) -> list[Token]:
        """The prepositions of the support verb whose object is `n` ("signed a deal with France for 30
        jets", "took delivery of jets from Russia"): the parser hangs them on the verb, they belong to `n`."""
        host = n.head
        worth = [p for c in n.children if c.dep_ in ("amod", "acl") and c.lower_ in self.value_words
                 for p in c.children if p.dep_ == "prep"]  # "contracts worth $400m with X for Y"
        if n.dep_ != "dobj" or host.lemma_.lower() not in self.support_verbs | set(self.receiving_support):
            return worth
        lemma = host.lemma_.lower()
        if lemma in self.verbs and lemma not in self.receiving_support:
            return worth
        return worth + [c for c in host.children if c.dep_ == "prep" and c.i > n.i]

    def _noun_frame(self, n: Token, cls: str) -> Frame | None:
        spec = self.classes[cls]
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.verbs and c.i > n.i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in n.children):
            return None  # "a deal to buy X": the verb frame carries it
        f = Frame(n, cls, spec["stage"], rule=f"noun:{cls}:{n.lemma_.lower()}", confidence=0.7)
        noun_preps = spec.get("noun_preps", NOUN_PREPS)
        possessor = spec.get("possessor", "supplier")
        for c in list(n.children) + self._support_preps(n):
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and self.res.is_actor_span(c)):
                f.add(possessor, [r for r in self.res.resolve_all(c)])
                if c.dep_ == "amod" and not f.roles[possessor]:
                    r = self.res._demonym_modifier(c)
                    if r:
                        f.add(possessor, [r])
            elif c.dep_ in ("compound", "amod") and self.items.is_materiel(c):
                f.items.extend(self.items.items(c))
            elif c.dep_ == "prep":
                word = c.lower_
                for pobj in (p for p in c.children if p.dep_ == "pobj"):
                    role = noun_preps.get(word) or ({"by": spec.get("subject")}.get(word))
                    if role == "item" or (role and not self.res.resolve(pobj)):
                        f.items.extend(self.items.items(pobj))
                    elif role in ROLES or role == INTERCEPTOR:  # "the seizure of X by the navy"
                        f.add(role, self.res.resolve_all(pobj))
                    elif word in ("in", "at") and self._is_place(pobj):
                        f.places.append(pobj)
            elif c.dep_ == "relcl" and c.lemma_.lower() in INCLUDE_VERBS:
                for o in c.children:
                    if o.dep_ in ("dobj", "obj"):
                        f.items.extend(self.items.items(o))
        self._item_arguments(f, {"preps": {k: v for k, v in noun_preps.items() if v != "item"}})
        if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.lemma_.lower() in INCLUDE_VERBS:
            f.items.extend(itemised.included_in(self.items, n.head.head))  # "Included in the package are X"
        if n.dep_ in ("nsubj", "nsubjpass"):  # "the cargo (was believed to) include shells"
            verbs = [n.head] + [c for c in n.head.children if c.dep_ == "xcomp"]
            for verb in verbs:
                if verb.lemma_.lower() in INCLUDE_VERBS:
                    for o in verb.children:
                        if o.dep_ in ("dobj", "obj"):
                            f.items.extend(self.items.items(o))
        # "Egypt signed a deal", "Cairo is in talks with Moscow": the support verb's subject; the subject of
        # "took delivery of" is the recipient.
        host = n.head.head if n.dep_ == "pobj" else n.head if n.dep_ in ("dobj", "attr") else None
        lemma = host.lemma_.lower() if host is not None else ""
        receiving = possessor == "supplier" and n.dep_ == "dobj" and lemma in self.receiving_support
        if not f.roles["recipient" if receiving else possessor]:
            if host is not None and host.pos_ in ("VERB", "AUX") and (lemma in self.support_verbs or n.dep_ == "pobj"
                                                                      or receiving):
                subj = self.subject_of(host)
                if subj is not None and lemma not in self.gov_verbs:
                    f.add("recipient" if receiving else possessor, self.res.resolve_all(subj))
        if receiving and self.receiving_support[lemma]:
            f.stage = self.receiving_support[lemma]  # "awaiting the delivery of": not delivered yet
        f.negated = no_det(n)
        self._modality(n, f, spec)
        return f

    # -- subjects, governors, modality --------------------------------------------------------------
