"""Noun frames: a transfer told by a noun ("the sale of X to Y", "a deal with France for 30 jets"),
with the support verb that holds it ("signed a deal") and its prepositions."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import itemised, notified_sales, offer_lists, submitted_requests, traced
from materiel.extraction.frames.arguments import Arguments
from materiel.extraction.frames.conjoined_preps import conjoined_phrases
from materiel.extraction.frames.covering_acls import covered_items
from materiel.extraction.frames.displaced_for import dated_of, displaced_for, displaced_of
from materiel.extraction.frames.fitted_items import accompanying
from materiel.extraction.frames.framebase import INCLUDE_VERBS, INTERCEPTOR, ROLES, Frame, near_deal, no_det, to_clause
from materiel.extraction.frames.held_down import held_down
from materiel.extraction.frames.hosts import (
    acted_on,
    ceremony,
    ceremony_preps,
    hung_includes,
    item_party_preps,
    named_deal,
    party_preps,
    stray_of,
    support_host,
    value_preps,
)
from materiel.extraction.frames.modality import Modality
from materiel.extraction.frames.on_order import on_order
from materiel.extraction.frames.passive_deals import reported_signer, signed_by, signed_with
from materiel.extraction.frames.postponed import on_hold, postponed
from materiel.extraction.frames.request_sources import item_preps
from materiel.extraction.frames.sequel_preps import sequel_preps
from materiel.extraction.frames.signed_exports import signer_sells
from materiel.extraction.frames.support_datives import support_datives
from materiel.extraction.frames.support_negation import support_negated
from materiel.extraction.frames.unnamed_parties import generic_party
from materiel.extraction.frames.weighed_offers import offer_stands, told_offer, weighs_offer

NOUN_PREPS = lexicon.word_table("frames", "noun_preps")
MILITARY_ADJECTIVES = lexicon.word_set("frames", "military_adjectives")
CRAFT_NOUNS = lexicon.word_set("frames", "craft_nouns")
COPULAS = lexicon.word_set("suppliers", "copulas")
NEGATABLE = ("offered", "ordered", "delivered", "requested")
BOUND_NOUNS: dict[str, list[str]] = lexicon.toml("predicates.toml")["governors"]["bound_nouns"]
# "a memorandum of understanding with X for Y": the nouns whose "of" phrase names the deal, with its words
OF_WORDS: dict[str, list[str]] = {n: w for spec in lexicon.toml("predicates.toml")["classes"].values()
                                  for n, w in spec.get("of_words", {}).items()}


def military_only(n: Token) -> bool:
    """"an embargo on military exports to X": weapons with no item named (not a "Foreign Military Sale")."""
    return any(c.dep_ in ("amod", "compound") and c.text in MILITARY_ADJECTIVES for c in n.children)


class NounFrames(Arguments, Modality):
    receiving_support: dict[str, str]
    value_words: set[str]

    def _support_preps(self, n: Token) -> list[Token]:
        """The prepositions of the support verb whose object is `n` ("signed a deal with France for 30
        jets", "took delivery of jets from Russia"): the parser hangs them on the verb, they belong to `n`."""
        host = n.head
        worth = [p for c in n.children if c.dep_ in ("amod", "acl") and c.lower_ in self.value_words
                 for p in c.children if p.dep_ == "prep"]  # "contracts worth $400m with X for Y"
        worth += [p for c in n.children if c.dep_ in ("amod", "acl") and c.lower_ in self.value_words
                  for q in c.children if q.dep_ in ("npadvmod", "dobj", "pobj") for p in q.children
                  if p.dep_ == "prep" and p.lower_ == "for"]  # "a contract worth 40 million euros for Y"
        worth += [p for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.support_verbs
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "with"]  # "the contract, signed with X,"
        worth += party_preps(n, lambda o: self.res.resolve(o) is not None)
        worth += value_preps(n) + ceremony_preps(n)  # "a package of $N for X", "a handover ceremony of X to Y"
        worth += stray_of(n) + sequel_preps(n)  # "took delivery, in May, of X"; "follows the donation of X to Y"
        worth += [p for o in n.children if o.dep_ == "prep" and o.lower_ == "of" for q in o.children
                  if q.dep_ == "pobj" and q.lemma_.lower() in OF_WORDS.get(n.lemma_.lower(), ())
                  for p in q.children if p.dep_ == "prep"]  # "a memorandum of understanding with X"
        worth += signed_with(n)  # "the contract for X was signed with Y"
        if n.dep_ == "attr" and host.lemma_.lower() in COPULAS and \
                self.classes.get(self.nouns.get(n.lemma_.lower(), ""), {}).get("copula_holder"):
            worth += [c for c in host.children if c.dep_ == "prep" and c.i > n.i and c.lower_ in ("for", "of")]
            # "X became the first customer in a decade for Y": the parser hangs "for Y" on the copula
        if n.dep_ == "nsubj" and host.lemma_.lower() in COPULAS and not any(c.dep_ in ("neg", "attr", "acomp")
                                                                           for c in host.children):
            worth += [c for c in host.children if c.dep_ == "prep" and c.i > n.i and c.lower_ == "for"]  # "Kenya's
            # contract with X is for 80 Y" ("is not for tanks", "were worth $9m, mostly for Y": not the noun's)
        if weighs_offer(n, self.nouns):  # "evaluating offers from X for Y"
            return worth + [c for c in host.children if c.dep_ == "prep" and c.i > n.i]
        if n.dep_ == "dobj" and self.verbs.get(host.lemma_.lower()) == "refuse":  # "suspended the export of X to A and B"
            worth += [c for c in host.children if c.dep_ == "prep" and c.i > n.i and (c.lower_ == "to" or c.lower_ == "for" and any(
                p.dep_ == "pobj" and self.items.is_materiel(p) for p in c.children))]  # "froze the deal for 20 X with Y"
        if n.dep_ != "dobj" or host.lemma_.lower() not in self.support_verbs | set(self.receiving_support):
            return worth + self._item_parties(list(n.children))
        lemma = host.lemma_.lower()
        own = self.nouns.get(n.lemma_.lower())  # "submitted an offer to X for Y": a verb of the noun's own class is light
        if lemma in self.verbs and lemma not in self.receiving_support and own != "request" and self.verbs[lemma] != own:
            return worth + self._item_parties(list(n.children))
        hung = [c for c in host.children if c.dep_ in ("prep", "dative") and c.i > n.i]
        hung += [p for p in party_preps(n, lambda o: self.res.resolve(o) is not None, tuple(hung))
                 if p not in hung and p not in worth]  # "signed a deal with the Turkish firm X for Y"
        return worth + hung + self._item_parties(list(n.children) + hung)

    def _item_parties(self, preps: list[Token]) -> list[Token]:
        """"a deal for 48 howitzers with Korea": the "with" party hung on the item (frames/hosts.py)."""
        return item_party_preps(preps, lambda o: self.res.resolve(o) is not None)

    def _noun_frame(self, n: Token, cls: str) -> Frame | None:
        # Long (79 lines): one pass over the noun's dependents and its support verb, which share the frame.
        spec = self.classes[cls]
        if self._no_noun_frame(n, spec):
            return None
        f = Frame(n, cls, spec["stage"], rule=f"noun:{cls}:{n.lemma_.lower()}", confidence=0.7)
        noun_preps = spec.get("noun_preps", NOUN_PREPS)
        possessor = spec.get("possessor", "supplier")
        target = acted_on(n, lambda t: self.res.resolve(t) is not None)  # "sanctioned X for the purchase of Y"
        displaced = displaced_for(n, self.items.is_materiel) if cls == "request" else []  # "a request last year for X"
        deps = list(n.children) + self._support_preps(n) + displaced
        deps += [j for c in deps if c.dep_ == "prep" for j in conjoined_phrases(c)
                 if j not in deps and noun_preps.get(j.lower_) == "item"]  # "for A and for B": items, not parties
        for c in deps:
            if c.dep_ == "poss" and c.pos_ == "PRON" and target is not None:
                f.add(possessor, self.res.resolve_all(target))  # "sanctions on X over its purchase": X's
            elif c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and self.res.is_actor_span(c)):
                f.add(possessor, [r for r in self.res.resolve_all(c)])
                if c.dep_ == "amod":  # "Russian and Chinese arms supplies": both
                    f.add(possessor, [r for d in (c, *c.conjuncts) for r in [self.res._demonym_modifier(d)] if r])
            elif c.dep_ in ("compound", "amod") and self.items.is_materiel(c):
                f.items.extend(self.items.items(c))
            elif c.dep_ in ("prep", "agent") or c.dep_ == "dative" and cls == "request" or c.pos_ == "ADP":  # "agent": "by X" of a
                # participle (frames/licensed_acts.py); "dative": "sent a request to X for Y" hung on "sent"
                word = c.lower_
                for pobj in (p for p in c.children if p.dep_ == "pobj"):
                    role = noun_preps.get(word) or ({"by": spec.get("subject")}.get(word))
                    if role == "item" and word == "for" and self._beneficiary(pobj):
                        role = "recipient"  # "an aid package for Ukraine that includes X"
                    if role in ROLES and not self.res.resolve(pobj) and generic_party(pobj):
                        f.generic.add(role)  # "the export of X to a customer in Asia": no one in particular
                    elif role == "item" or (role and word != "from" and not self.res.resolve(pobj)):  # "interest
                        # from the X Falcons": a source, never the goods
                        f.items.extend(self.items.items(pobj))
                    elif role in ROLES or role == INTERCEPTOR:  # "the seizure of X by the navy"
                        f.add(role, self.res.resolve_all(pobj))
                    elif word in ("in", "at") and self._is_place(pobj):
                        f.places.append(pobj)
            elif c.dep_ == "relcl" and c.lemma_.lower() in INCLUDE_VERBS:
                f.items.extend(m for o in c.children if o.dep_ in ("dobj", "obj") for m in self.items.items(o))
            elif c.dep_ in ("dobj", "obj"):  # a verb the tagger read as a noun: "to let X export 300 rifles to Y"
                f.items.extend(self.items.items(c))
                f.add(spec.get("subject") or "supplier", [r for s in n.children if s.dep_ == "nsubj"
                                                          for r in self.res.resolve_all(s)])
        for o in hung_includes(n, lambda q: self.res.resolve(q) is not None):  # "a package for X, which includes"
            f.items.extend(self.items.items(o))
        if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.lemma_.lower() in INCLUDE_VERBS:
            f.items.extend(itemised.included_in(self.items, n.head.head))  # "Included in the package are X"
        if n.dep_ in ("nsubj", "nsubjpass"):  # "the cargo (was believed to) include shells"
            verbs = [n.head] + [c for c in n.head.children if c.dep_ == "xcomp"]
            for verb in verbs:
                if verb.lemma_.lower() in INCLUDE_VERBS:
                    f.items.extend(accompanying(self.items, verb))  # "included 20 A with 300 B", "with" on the verb
                    for o in verb.children:
                        if o.dep_ in ("dobj", "obj"):
                            listed = self.items.items(o)  # "included 20 A with 300 B and 50 C": B and C too
                            f.items.extend(listed + [m for x in listed for m in itemised.stray_conjuncts(self.items, x.head)])
                        elif o.dep_ == "prep" and o.lower_ == "of":  # "the consignment consisted of X"
                            f.items.extend(m for q in o.children if q.dep_ == "pobj" for m in self.items.items(q))
        if not f.items:  # "signed a letter of intent covering up to six X jets"
            f.items.extend(covered_items(n, self.items.items))
        on_order(n, f, self.res, self.items)  # "X has eight jets (from Y) on order"
        self._item_arguments(f, {"preps": item_preps(n, noun_preps, self.support_verbs)})
        if not f.items:  # "the sale to X of arms": the item's phrase hung on the recipient
            f.items.extend(m for p in n.children if p.dep_ == "prep" and p.lower_ in ("to", "for") for q in p.children
                           for o in q.children if o.dep_ == "prep" and o.lower_ == "of" and self.res.is_actor_span(q)
                           for r in o.children if r.dep_ == "pobj" and self.items.is_materiel(r) for m in self.items.items(r))
        if not f.items:  # "notified the export on 17 May of 400 rifles to X": the "of" phrase hung past the date
            f.items.extend(m for p in displaced_of(n) + dated_of(n) if self.items.is_materiel(p) for m in self.items.items(p))
        if not f.items and (found := traced.items_traced(n, self.items)):  # "traced the rifles to a shipment from X"
            f.items = found
            f.add("recipient", [r for t in traced.stray_recipients(n) for r in self.res.resolve_all(t)])
            for role, found_in in traced.participle_parties(n, self.verbs).items():  # "a consignment sent from X to Y"
                f.add(role, [r for t in found_in for r in self.res.resolve_all(t)])
        if not f.items and cls == "offer":  # "now has two offers: A, from X, and B from Y"
            f.items, bidders = offer_lists.listed(n, self.items, self.res)
            f.add("supplier", bidders)
        f.items.extend(itemised.counted_run(self.items, f.items))  # "a sale of 50 A fighters, 18 B drones"
        f.implicit = "weapons" if not f.items and military_only(n) else f.implicit
        # "Egypt signed a deal", "Cairo is in talks with Moscow": the support verb's subject; the subject of
        # "took delivery of" is the recipient.
        host = support_host(n)
        if host is not None and near_deal(n) and f.stage == "ordered":
            host, f.stage = host.head, "considered"  # "are close to a deal": the copula's subject
        lemma = host.lemma_.lower() if host is not None else ""
        receiving = possessor == "supplier" and n.dep_ == "dobj" and lemma in self.receiving_support or \
            weighs_offer(n, self.nouns)
        if target is not None and not f.roles[possessor]:
            f.add(possessor, self.res.resolve_all(target))
        if spec.get("copula_holder") and n.dep_ == "nsubj" and n.head.lemma_.lower() in COPULAS:
            f.add(possessor, [a for c in n.head.children if c.dep_ == "attr" for a in self.res.resolve_all(c)])  # "the
            # main customers for X were Y and Z"
        if possessor == "recipient" and host is not None and (signer := self.subject_of(host)) is not None:
            signer_sells(n, f, host, signer, self.res)  # "X signed a contract for A to Y": X sells
        if not f.roles["recipient" if receiving else possessor]:
            if host is not None and host.pos_ in ("VERB", "AUX") and (lemma in self.support_verbs or n.dep_ == "pobj"
                                                                      or receiving):
                subj = self.subject_of(host)
                if subj is not None and (lemma not in self.gov_verbs or named_deal(n) or receiving and told_offer(f) or
                                         n.dep_ == "pobj" and self.gov_verbs[lemma] != "refused"):
                    role = "recipient" if receiving else possessor
                    f.add(role, self.res.resolve_all(subj))
                    if not f.roles[role] and (subj.lower_ in self.generic_actors or subj.lemma_.lower() in self.generic_actors):
                        f.generic.add(role)  # "other countries have shown interest in X": no one from context
        if spec.get("dative") and not f.roles[spec["dative"]]:  # "made Y an offer of X"
            f.add(spec["dative"], [r for d in support_datives(n) for r in self.res.resolve_all(d)])
        for agent in signed_by(n) if not f.roles[possessor] else []:  # "was signed by Estonia"
            f.add(possessor, self.res.resolve_all(agent))
        submitted_requests.fill(n, f, self.res)  # "a request for X was submitted by Y to Z"
        if possessor == "recipient" and not f.roles["recipient"]:  # "the ministry informs that ... was signed with Y"
            f.add("recipient", reported_signer(n, self.res, f.roles["supplier"]))
        if receiving and self.receiving_support.get(lemma):
            f.stage = self.receiving_support[lemma]  # "awaiting the delivery of": not delivered yet
        f.negated = no_det(n)
        self._modality(n, f, spec)
        offer_stands(n, f, self.nouns)  # "is weighing an offer of X from Y": made, whatever the buyer decides
        notified_sales.mark(n, f)  # "notified lawmakers of a possible sale of X": offered
        f.negated = f.negated or f.stage in NEGATABLE and support_negated(n)  # "has not made an offer of X"
        postponed(n, f)  # "the delivery of X was delayed": not made yet
        on_hold(n, f)  # "US bomb shipment on hold": withheld
        held_down(n, f)  # "X has limited arms exports to Y": withheld
        self._still_pursued(n, f)
        return f

    def _occasion(self, tok: Token) -> bool:
        """"a handover ceremony of X to Y": a transfer noun that names an occasion is the predicate."""
        return tok.dep_ == "compound" and tok.lemma_.lower() in self.nouns and ceremony(tok) is not tok

    def _names_craft(self, n: Token) -> bool:
        """"An-26 transports": a craft noun after a designation is the craft, not a transfer (no "of" load)."""
        if n.lemma_.lower() not in CRAFT_NOUNS or any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
            return False
        return any(c.dep_ in ("compound", "nmod", "amod") and self.items.is_materiel(c) and
                   any(m.designation for m in self.items.items(c)) for c in n.children)

    def _no_noun_frame(self, n: Token, spec: dict[str, Any]) -> bool:
        if self._names_craft(n):
            return True
        if spec.get("stage") == "refused" and n.dep_ in ("dobj", "obj", "nsubjpass") and n.head.lemma_.lower() in self.lifting:
            return True  # "lifted its veto on the sale of X": the refusal ends, none is reported
        of_words = spec.get("of_words", {}).get(n.lemma_.lower())
        if of_words is not None and not any(p.dep_ == "prep" and p.lower_ == "of" and any(
                o.lemma_.lower() in of_words for o in p.children if o.dep_ == "pobj") for p in n.children):
            return True  # "a letter to the minister": a message, not "a letter of intent"
        bound = BOUND_NOUNS.get(n.lemma_.lower())
        if bound is not None and not (n.dep_ in ("dobj", "obj", "nsubj") and n.head.lemma_.lower() in bound):
            return True  # "in the possession of X": no transfer; "took possession of X": one
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.verbs and c.i > n.i
               and not self.classes[self.verbs[c.lemma_.lower()]].get("object_heads")  # "a contract for X to replace Y"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in n.children):
            return True  # "a deal to buy X": the verb frame carries it
        # "the largest customer for X's weapons": a ranking, no transfer in particular
        return bool(spec.get("no_rankings")) and any(c.tag_ == "JJS" for c in n.children)

    def _beneficiary(self, pobj: Token) -> bool:
        """A party, not an item, after "for": a state, a state body ("Egypt's navy") or an armed group."""
        owned = any(c.dep_ == "poss" and self.res.is_actor_span(c) for c in pobj.children)
        if self.items.is_materiel(pobj) or not (self.res.is_actor_span(pobj) or owned):
            return False
        if owned and any(m.designation and m.head.i == pobj.i for m in self.items.items(pobj)):
            return False  # "an order for Y's Su-57 fighter": a named system Y makes, not Y's combatants
        return any(r.actor.kind in ("state", "government_body", "armed_group") for r in self.res.resolve_all(pobj))

    def _still_pursued(self, n: Token, f: Frame) -> None:
        """"seeking to conclude the sale of X": a deal a party still pursues is weighed, not made ("asked Y to speed
        up delivery of X": a delivery hurried or delayed is of an order already made, `postponed`)."""
        if f.stage == "ordered" and not f.rule.endswith(":postponed") and n.dep_ in ("dobj", "obj") and (n.head.dep_ == "xcomp" or to_clause(n.head)) and \
                self.gov_verbs.get(n.head.head.lemma_.lower()) in ("considered", "requested"):
            f.stage = "considered"
