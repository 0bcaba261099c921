"""Transfer frames: predicates (verbs and nominalisations) with parties and items, read from the parse (classes: data).

The reading is split: this module finds predicates and builds verb frames; `nouns` builds noun frames; `objects` reads
a verb's objects and phrases; `arguments` places parties and items around them; `governors` reads subjects through
control and the governor that sets the stage; `modality` the future, negation and refusals; `derived` adds the frames
others imply (gapped, adjectival, exchanges) and drops nested ones; `checks` weighs and filters them."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

import materiel.extraction.frames.late_parties as late_parties
import materiel.extraction.frames.tenders as tenders
from materiel import lexicon
from materiel.extraction.frames import (
    accusations,
    calls,
    carriers,
    held,
    history,
    itemised,
    labelled_counts,
    records,
    seizure,
    shares,
)
from materiel.extraction.frames.applicants import settle_parties
from materiel.extraction.frames.bidder_items import named_bidders
from materiel.extraction.frames.build_sites import site_supplier
from materiel.extraction.frames.chains import Chains
from materiel.extraction.frames.checks import FrameChecks
from materiel.extraction.frames.commanded import commanded
from materiel.extraction.frames.components import link_components
from materiel.extraction.frames.counterparty import orient_parties
from materiel.extraction.frames.derived import DerivedFrames
from materiel.extraction.frames.endowed import endowed, stray_agent
from materiel.extraction.frames.found import Found
from materiel.extraction.frames.framebase import (
    NEEDS_DESTINATION,
    RELATIVE,
    ROLES,
    SUPPORT_VERBS,
    Frame,
    in_hyphen_chain,
    negated_numeral,
    no_det,
    participle,
)
from materiel.extraction.frames.fronted import misread_main_verb
from materiel.extraction.frames.implied import implied_frames, implied_parties
from materiel.extraction.frames.infinitive_relatives import raised_subjects
from materiel.extraction.frames.licences import refused_for
from materiel.extraction.frames.nouns import NounFrames
from materiel.extraction.frames.objects import VerbObjects
from materiel.extraction.frames.predicate_readings import PredicateReadings
from materiel.extraction.frames.reduced_relatives import item_subject
from materiel.extraction.frames.relative_objects import clause_objects
from materiel.extraction.frames.subject_pronouns import item_pronouns
from materiel.extraction.frames.transit import blocked_in_transit
from materiel.extraction.mentions.counts import out_of_whole, partitive_whole
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver

__all__ = ["Frame", "FrameFinder", "ROLES"]

NEGATIVE_OBJECTS = lexicon.word_set("frame_words", "negative_objects")


class FrameFinder(NounFrames, VerbObjects, DerivedFrames, FrameChecks, Chains, Found, PredicateReadings):
    def __init__(self, resolver: ActorResolver, items: ItemFinder) -> None:
        data = lexicon.toml("predicates.toml")
        self.classes: dict[str, dict[str, Any]] = data["classes"]
        self.verbs: dict[str, str] = {}
        self.intransitive: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        for name, spec in self.classes.items():
            for v in spec.get("verbs", []):
                if v in spec.get("intransitive", []):
                    self.intransitive.setdefault(v, name)  # a class verb only with no object
                else:
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
        self.preparing = set(gov.get("preparing", []))
        self.support_verbs = set(SUPPORT_VERBS) | set(gov.get("aspectual_support", []))
        self.value_words = set(gov.get("value_words", []))
        self.bar_nouns = set(gov.get("bar_nouns", []))
        self.instrument_nouns = set(gov.get("instrument_nouns", []))
        self.handling = set(gov.get("handling", []))
        self.lifting = set(gov.get("lifting", []))
        self.needs_destination = NEEDS_DESTINATION
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

    def find(self, sent: Span) -> list[Frame]:
        frames: list[Frame] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            particle = tenders.particle(tok)
            if particle and f"{lemma} {particle}" in self.verbs:
                lemma = f"{lemma} {particle}"  # "turned down a request", "ruled out sending"
            gerund = self._gerund(tok)
            if gerund:
                lemma = gerund  # "denied buying rifles" with "buying" tagged as a noun
            elif tok.dep_ in ("amod", "compound") and not self._occasion(tok) and not (
                    tok.tag_ == "VBG" and tok.i == tok.head.left_edge.i and self.items.is_materiel(tok.head)):
                continue  # "the requested weapons": an adjective, not a predicate
            if self.verbs.get(lemma) == "arm" and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                    not any(c.dep_ == "agent" for c in tok.children):
                continue  # "submarines, armed with missiles": how something is fitted; "armed by X" is a transfer
            if self.verbs.get(lemma) == "arrive" and tok.dep_ in ("advcl", "conj", "xcomp") and \
                    tok.head.lemma_.lower() in self.verbs and not any(c.dep_ == "nsubj" for c in tok.children):
                continue  # "were delivered ..., arriving at the port": the same transfer ("and the first two arrived": its own)
            if ((tok.pos_ in ("VERB", "AUX") or gerund) and lemma in self.verbs or
                    seizure.headline_verb(tok, self.verbs, self.seizure)) and not self._no_predicate(tok):
                near = list(tok.children) + [g for c in tok.children if c.dep_ in ("dobj", "obj") for g in c.subtree]
                if lemma in self.needs_destination and not any(
                        c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in near) and \
                        not self._bound_for(tok) and not held.carried_under_seizure(tok, self.verbs, self.seizure) and \
                        not carriers.names_destination(tok, self.seizure.conveyances) and not endowed(tok, self.items):
                    continue  # "the air force flies F-16s": flying is a transfer only to somewhere
                frames.append(late_parties.read(self, self.verb_frame(tok, self.verbs[lemma])))
            elif tok.pos_ == "VERB" and lemma in self.intransitive and self._no_object(tok):
                frames.append(late_parties.read(self, self.verb_frame(tok, self.intransitive[lemma])))  # "signed for 12"
            elif tok.pos_ in ("NOUN", "PROPN") and (lemma in self.nouns or tok.lower_ in self.nouns):
                f = self._noun_frame(tok, self.nouns.get(lemma) or self.nouns[tok.lower_])
                if f:
                    frames.append(late_parties.read_noun(self, f))
        frames = settle_parties(frames, self.res)  # "X, Y, which bought jets, and Z"; "refused him a licence"
        frames += [x for f in frames if f.trigger.pos_ in ("VERB", "AUX") for x in self._exchange(f)]
        frames += [x for f in frames for x in self._derived(f)]  # gapped, split, followers
        frames += self._adjectival(sent) + implied_frames(self, sent)  # "violated the arms embargo", "Y's supplier"
        frames = history.read(self, sent, frames + records.record_frames(self.res, self.items, sent))
        for f in frames:
            self._maker_among_parties(f)
            named_bidders(f, self.res)  # "a competing offer of the X-firm Y": the firm bids
            orient_parties(f, self.res, self.items)  # a company selling to a state, a lessee leasing from X
            implied_parties(self, f)  # "violated the arms embargo on Y by supplying Z", "involvement in"
        frames = [f for f in frames if not self._not_a_transfer(f)]  # a message, an item described, an honour
        for f in frames:
            self._weighed(f)
        frames += (chained := self._diverted(sent, frames)) + self._found(sent, frames + chained)
        self._chain_suppliers(frames)
        self._shared_object(frames)
        link_components(frames, self.items.is_materiel, self.res)
        for f in frames:
            if f.stage == "refused":
                blocked_in_transit(f, self._refuser(f), self.transit_blockers, self.state_blockers, self.res)
        bound = seizure.destinations(sent, self)  # "were intended for X": a destination, not a plan
        frames = [f for f in frames if f.trigger.i not in {b.trigger.i for b in bound}] + bound
        frames = seizure.apply(held.mark_held(frames, self, sent), self.seizure)  # "held a plane carrying X": seized
        seizure.origins(frames, self.res, self.seizure)  # "seized Iranian rifles", "rifles of Iranian origin sent to X"
        frames = self._drop_nested(calls.drop_called(labelled_counts.filled(frames, sent, self.items)))  # "- A: 30 ordered"; "must halt X": a call
        return accusations.blocked_by_accused(frames, self)  # "X accused Y of blocking ..."

    def _no_predicate(self, tok: Token) -> bool:
        """A governor only, a hyphenated compound's word ("fly-to-buy missiles"), a tender verb with no item, "took off",
        a verb of supplying only by a conveyance with another subject ("brought charges")."""
        return self._is_governor_only(tok) or in_hyphen_chain(tok) or tenders.no_predicate(tok, self.items) or \
            carriers.not_carried(tok, self.seizure.conveyances) or commanded(tok)  # "ordered a plane to land"

    def verb_frame(self, v: Token, cls: str) -> Frame:
        # Long (66 lines): the steps of reading a verb in order (voice, subject, objects, phrases, modality), each a call or a guard.
        spec = self.classes[cls]
        f = Frame(v, cls, spec["stage"], rule=f"verb:{cls}:{v.lemma_.lower()}")
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (participle(v) and (  # "consigned by"
            v.dep_ in ("acl", "relcl") or v.dep_ == "conj" and any(c.dep_ == "agent" for c in v.children)) and
            not any(c.dep_ in ("aux", "nsubj") for c in v.children)) and not misread_main_verb(v)  # "Accra, for its part, handed"
        objects = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        objects += [c for c in v.children if c.dep_ in ("npadvmod", "dep", "oprd") and self.items.is_materiel(c)]
        gerund_modifier = v.dep_ in ("amod", "compound")  # "denied [shipping shells]" misparsed
        if gerund_modifier:
            objects, passive = [v.head], False
        if passive:
            kept = [c for c in objects if self.items.is_materiel(c)]  # "X was given 31 tanks": X received them
            objects = [c for c in v.children if c.dep_ == "nsubjpass"] or \
                raised_subjects(v, self.future_governors, lambda o: self.res.resolve(o) is not None)
            if (kept or endowed(v, self.items)) and objects and all(self.res.resolve(o) for o in objects):
                for o in objects:
                    f.add(spec.get("dative") or spec.get("object") or "recipient", self.res.resolve_all(o))
                objects = kept
            if not objects and (v.dep_ in ("acl", "relcl") or v.dep_ == "conj" and v.tag_ == "VBN"):  # "carried X, consigned by"
                objects = [partitive_whole(v.head)] if v.dep_ != "conj" else self.conjunct_objects(v)
            agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] or \
                stray_agent(v, self.items)  # "were supplied with rifles by Y"
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
            f.add(spec.get("object", "recipient"), [r for o in objects for r in self.res.resolve_all(o)])  # "reached X"
            objects, subj = [subj], None
        elif not passive and subj is not None and item_subject(v, subj, objects, spec, self.items.is_materiel,
                                                               self.res.resolve):
            objects, subj = [subj], None  # "bombs supplied to X were used": a reduced relative read as the verb
        objects = clause_objects(self, v, objects, passive, spec, f)  # "rifles that X ordered", "received on May 2 the first"
        subject_role = self._subject_role(cls, spec, objects)
        licences = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children
                    if spec.get("licensee") and p.lemma_.lower() in spec["licence_words"]]
        if licences:
            subject_role = spec["licensee"]  # "builds X under licence (from Y)": the licensee buys from Y
            f.add("supplier", [r for c in licences[0].children if c.dep_ == "prep" and c.lower_ == "from"
                               for p in c.children if p.dep_ == "pobj" for r in self.res.resolve_all(p)])
        if subj is not None and subject_role and subject_role != "item":
            if not (subj.tag_ == "WP" and v.dep_ != "relcl" and subj.lower_ in self.generic_actors):  # "who sold": no one named
                f.add(subject_role, self.res.resolve_all(subj))
            if not f.roles[subject_role] and (subj.lemma_.lower() in self.generic_actors or v.dep_ == "relcl" and
                                              v.head.lower_ in self.generic_actors):  # "countries that buy X"
                f.generic.add(subject_role)
        self._object_items(v, f, spec, objects, gerund_modifier)
        if f.items:
            f.items.extend(m for o in [*objects, v] for m in itemised.stray_conjuncts(self.items, o))
        listed = itemised.verb_list(self.items, v, objects, f.items)  # "requested to buy 82 (82) X; 420 (420) Y; ..."
        if listed:
            f.items, f.rule = listed, f.rule + ":list"
        self._verb_phrases(v, f, spec, gerund_modifier)
        self._examples_on_verb(v, f)
        if not f.items and cls == "refuse":
            f.items.extend(refused_for(self.items, v))  # "applications, for A and for B, were refused"
        if not f.items and not objects and not (cls in ("refuse", "request") and any(c.dep_ in ("ccomp", "xcomp") for c in v.children)):
            f.items.extend(self._items_after(v))
        f.items = itemised.more_listed(self.items, v, f.items)  # "The equipment donated includes X", "to X 120 A, 40 B"
        pronouns = item_pronouns(objects, f)  # "deliver them", "sold them to X"
        if not f.items and pronouns and not spec.get("implicit"):  # ("arm them": the armed)
            f.items = [self.items.pronoun(pronouns[0])]  # "pledged to provide both": the items told before
            for role in ROLES:
                f.roles[role] = [a for a in f.roles[role] if a.token.i != pronouns[0].i]
        if any(o.lower_ in NEGATIVE_OBJECTS or no_det(o) for o in objects):
            f.negated = True
        if subj is not None and not passive and subj.dep_ == "nsubj" and subj.head.i == v.i and (
                subj.lower_ in NEGATIVE_OBJECTS or negated_numeral(subj) or
                any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)):  # the verb's own subject
            f.negated = True  # "No Belgian firm has sold rifles to X", "none of its yards built X": no one did
        for o in (o for o in objects if negated_numeral(o)):  # "not one of the X was sent": none, no count of one
            f.negated = True
            for m in f.items:
                if m.quantity_text is not None and m.quantity_text.lower() == o.lower_:
                    m.quantity, m.quantity_text = None, None
        self._item_arguments(f, spec)
        whole = out_of_whole(v) if f.stage == "delivered" else None
        for m in f.items if whole else []:  # "delivered two out of six ordered": six were ordered
            m.whole = m.whole or whole
        shares.read_shares(self.res, f.items)
        if not f.items and spec.get("implicit") and (f.roles["recipient"] or objects):
            f.implicit = spec["implicit"]
        self._addressee(v, f, spec)
        self._modality(v, f, spec)
        self._deal_clause(v, f, spec)
        site_supplier(self.res, v, f, spec, self.verbs)  # "being built in X for Y's air force": X sells
        needs = spec.get("requires") or []
        over = spec.get("object_classes")  # "cleared the sale of X": only over a transfer noun
        if over and not any(self.nouns.get(o.lemma_.lower()) in over for o in objects):
            f.items, f.implicit = [], None
        if any(not f.roles[role] for role in ([needs] if isinstance(needs, str) else needs)):
            f.items, f.implicit = [], None  # "removed the guns from the depot": no one put out of a deal
        return f
