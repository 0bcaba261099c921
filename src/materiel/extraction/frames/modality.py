"""Modality of a frame: the governor that sets its stage or makes it a refusal ("refused to sell",
"urged X to stop arming Y"), the future ("will deliver", "is scheduled to"), negation ("could not")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import (
    applied_acts,
    asked_parties,
    completed,
    consent,
    interest_scope,
    licensed_acts,
    no_future,
    part_told,
    partners,
    proceeding,
    requested_acts,
    shared_negation,
    under_way,
    weighed_requests,
)
from materiel.extraction.frames.buyer_bids import BID_STAGE, buyer_bid
from materiel.extraction.frames.framebase import FUTURE_AUX, NEG_MODALS, Frame, headline_head
from materiel.extraction.frames.governors import PERMISSION_VERBS, TRANSPARENT, Governors
from materiel.extraction.frames.halted_grants import halted_noun
from materiel.extraction.frames.infinitive_relatives import to_be_done
from materiel.extraction.frames.owed_arrivals import owed_subject
from materiel.extraction.frames.possible import only_possible
from materiel.extraction.frames.sales_efforts import own_sales_effort
from materiel.extraction.frames.shared_infinitives import infinitive_host

CEASING = lexicon.word_set("frame_words", "cessation_adverbs")
COMPELLING = frozenset(lexicon.toml("predicates.toml")["governors"]["compelling"])
DECIDING_NOT = lexicon.word_set("frames", "deciding_not")
APPROVAL_NOUNS = lexicon.word_set("revoked_licences", "approval_nouns")
INTENT_NOT = lexicon.word_set("refusing_intent", "intent_verbs")


def ceased(t: Token) -> bool:
    """"no longer supplies", "does not sell them any more", "won't send anymore": the transfer has stopped."""
    ends = [c for c in t.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in CEASING and
            not any(g.lower_ == "than" for g in c.subtree)]  # "no longer than a year": a length of time
    negated = any(c.dep_ == "neg" for c in t.children)
    return any(any(g.lower_ == "no" for g in e.children) or
               (negated and (e.lower_ == "anymore" or any(g.lower_ == "any" for g in e.children))) for e in ends)


def negated(t: Token) -> bool:
    """A "not" of the verb, or one the parser hung on a word between it and the verb ("would not itself
    supply", "will not even send")."""
    return shared_negation.shares_negation(t) or \
        any(c.dep_ == "neg" or (c.i < t.i and c.dep_ in ("dep", "advmod", "npadvmod") and
                                any(g.dep_ == "neg" and g.i < c.i for g in c.children)) for c in t.children)


def never_before(t: Token) -> bool:
    """"has never supplied and will never supply X", "has not provided and will not provide X": a negated future
    coordinated with a negated past of the same verb says the transfer never happened (a negated delivery), not
    only that it is refused from now on."""
    pair = t.head if t.dep_ == "conj" else next((c for c in t.children if c.dep_ == "conj"), None)
    if pair is None or pair.lemma_.lower() != t.lemma_.lower():
        return False
    past = pair if t.dep_ == "conj" else t
    return any(c.dep_ == "neg" for c in pair.children) and any(c.dep_ == "neg" for c in t.children) and \
        not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in past.children)


class Modality(Governors):
    def _host_destination(self, noun: Token, f: Frame) -> None:
        """"imposed an embargo on arms sales to X": the "to"/"against" phrase the parser hangs on the
        verb that holds the bar noun names the barred transfer's recipient."""
        host = noun.head
        if noun.dep_ not in ("dobj", "obj") or host.pos_ not in ("VERB", "AUX"):
            return
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "against") and c.i > noun.i:
                for p in c.children:
                    if p.dep_ == "pobj":
                        f.add("recipient", self.res.resolve_all(p))

    @staticmethod
    def _refusal_under(f: Frame, outer: str) -> None:
        """A refusal under another governor: asked or urged for, it is a call, not a refusal, and gives
        no row; weighed or planned, it is a refusal still uncertain; agreed or decided, a refusal."""
        f.stage = "refused"
        if outer == "requested":
            f.items, f.implicit = [], None
        elif outer == "considered":
            f.hedged = True

    def _scheduled(self, t: Token) -> bool:
        """"is expected to deliver", "is due to receive", "is set to send": a future step (so too a bare infinitive
        coordinated with one, "was to build the hulls and deliver X")."""
        t = infinitive_host(t) or t
        return t.dep_ == "xcomp" and (t.head.lemma_.lower() in self.future_governors or  # "Serbia is to receive"
                                      t.head.lemma_.lower() == "be" and t.head.pos_ == "AUX") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)

    @staticmethod
    def _bare_infinitive(t: Token) -> bool:
        """"Spain to supply Peru with boats": a headline's infinitive with no verb above it announces a step; so
        too before the headline's source ("Spain to supply Peru with boats, minister says")."""
        sourced = t.dep_ == "ccomp" and t.head.dep_ == "ROOT" and t.head.i > t.i and \
            any(c.dep_ == "nsubj" for c in t.children)
        misread = headline_head(t) is not None  # "X to supply Y": the parser hung the infinitive on X
        return (t.dep_ == "ROOT" or sourced or misread) and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)

    def _declined_offer(self, t: Token, f: Frame, stage: str | None, gov: Token | None) -> bool:
        """"Kyiv rejected the offer of X from Y": the offer stands, made to the one who declines it (a refusal
        is the supplier's, `refused`; "Y withdrew its offer" stays one)."""
        if f.cls != "offer" or stage != "refused" or gov is None or t.pos_ not in ("NOUN", "PROPN"):
            return False
        if t.lower_ in APPROVAL_NOUNS and halted_noun(t):
            return False  # "Vienna halted the approval of X for Y": Vienna's own approval, refused
        if t.head.i != gov.i and t.head.pos_ in ("VERB", "AUX") and self.verbs.get(t.head.lemma_.lower()) == f.cls:
            return False  # "declined to approve a package of X": who would approve it refuses, no offer declined
        subj = self.subject_of(gov)
        decliners = self.res.resolve_all(subj) if subj is not None else []
        offerers = {a.actor.id for a in f.roles["supplier"]}
        if not decliners or any(a.actor.id in offerers for a in decliners):
            return False
        f.add("recipient", decliners)
        return True

    def _modality(self, t: Token, f: Frame, spec: dict[str, Any]) -> None:
        # Long (100 lines): governor stage, negation and future interact; reading them apart would re-derive each.
        carrier = proceeding.carrier(t)  # "would go ahead with delivering X": the carrier's modal, no governor
        stage, gov = (None, None) if carrier is not None else self.governor_stage(t)
        neg = negated(t) or (carrier is not None and negated(carrier))
        modals = {c.lower_ for c in (*completed.aux_host(t).children,
                                     *(t.head.children if t.dep_ == "dobj" and t.pos_ == "NOUN" else ()))
                  if c.dep_ == "aux"} | proceeding.carried_aux(t)  # "will begin deliveries of X": the support verb's future
        past_too = never_before(t)  # "has never supplied and will never supply X": a negated delivery, no refusal
        if neg and modals & NEG_MODALS and spec.get("subject") == "supplier" and not past_too:
            f.stage, f.modal_refusal, neg = "refused", True, False
            f.rule += ":cannot"
        elif stage:
            if buyer_bid(stage, t, gov, spec.get("subject")):
                stage = BID_STAGE  # "offered to buy": the buyer's bid
            elif stage == "offered" and spec.get("subject") == "recipient" and t.head.lemma_.lower() not in TRANSPARENT:
                stage = "ordered"  # "agreed to buy": the buyer's side of a deal ("offered to help X buy": an offer)
            stage = own_sales_effort(stage, t, gov, f.cls)  # "tried to sell X to Y": the seller's offer
            request_refused = f.cls == "request" and stage == "refused" and t.pos_ in ("NOUN", "PROPN")
            request_refused = request_refused or self._declined_offer(t, f, stage, gov)
            f.stage, f.governor = (f.stage if request_refused else stage), gov
            if spec.get("never_ordered") and f.stage == "ordered":
                f.stage = spec["stage"]  # "signed a letter of intent": the purchase is still weighed
            if spec.get("stage") == "refused" and stage != "refused":
                self._refusal_under(f, stage)  # "urged X to suspend sales", "is weighing halting exports"
            elif stage == "refused" and gov is not None:
                outer = self._outer_stage(t, gov)
                if outer is not None and outer != "refused":
                    self._refusal_under(f, outer)
            if stage == "refused" and gov is not None and gov.dep_ == "xcomp" and \
                    gov.head.lemma_.lower() in self.object_control - COMPELLING:
                f.items, f.implicit = [], None  # "urged X to stop arming Y": no refusal reported ("ordered X to": one)
            f.rule += f":{gov.lemma_.lower()}" if gov is not None else ""
            if gov is not None and any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in gov.children):
                if gov.lemma_.lower() in PERMISSION_VERBS or \
                        gov.lemma_.lower() in INTENT_NOT and gov.pos_ == "VERB" and spec.get("subject") == "supplier":
                    f.stage = "refused"  # "did not approve", "does not intend to supply X": the supplier's refusal
                else:
                    neg = True
            if gov is not None and stage == "refused" and t.pos_ in ("NOUN", "PROPN") and not f.roles["supplier"] \
                    and not self.own_purchase(t):  # "Colombia suspended purchases": the buyer, below
                subj = self.holder_of(gov) if gov.pos_ in ("NOUN", "PROPN") else \
                    self.subject_of(t.head if gov.dep_ in ("amod", "compound") else gov) or self._agent(gov)
                if subj is not None:
                    f.add("supplier", self.res.resolve_all(subj))
            if gov is not None and stage == "refused" and gov.pos_ in ("NOUN", "PROPN") and not f.roles["recipient"]:
                self._host_destination(gov, f)
            if gov is not None and t.pos_ in ("NOUN", "PROPN"):  # "X requested a sale of Y": X buys
                possessor = "recipient" if stage == "requested" else spec.get("possessor", "supplier")
                if not f.roles[possessor]:
                    subj = self.subject_of(gov)
                    if subj is not None:
                        f.add(possessor, self.res.resolve_all(subj))
            requested_acts.fill(self.res, self.subject_of, t, f, spec, stage, gov,  # "a Peruvian request to buy X"
                                lambda n: self.gov_nouns.get(n.lemma_.lower()) == "requested")
            partners.partner_of_talks(self.res, f, spec)  # "is negotiating with X to buy Y": X sells
            partners.partner_of_deal(self.res, f, spec)  # "signed a contract with X to buy Y": X sells
            if gov is not None and stage == "requested" and not f.roles["recipient"] and t.pos_ in ("VERB", "AUX"):
                subj = self.subject_of(gov)
                if subj is not None:
                    f.add("recipient", self.res.resolve_all(subj))
            if gov is not None and t.pos_ in ("VERB", "AUX"):
                asked_parties.put_to_asked(self.res, t, f)  # "X asked Y whether it could export Z": Y supplies
                asked_parties.asker_buys(self.res, self.subject_of, t, f)  # "X asked Y (its maker) to buy Z"
                asked_parties.asked_about(self.res, t, f)  # "X asked Y about buying Z": Y sells
        elif (modals & (FUTURE_AUX | {"would"}) or self._scheduled(t) or self._bare_infinitive(t) or to_be_done(t)) \
                and not past_too:
            if f.stage == "delivered" and spec.get("subject") == "supplier":
                f.stage = "offered"  # "will send", "would supply": an offer, hedged when conditional
                f.rule += ":future"
            elif f.stage == "delivered" and spec.get("subject") == "item":
                f.stage = "ordered" if owed_subject(t) else "offered"  # "jets that will arrive": promised; "due": owed
                f.rule += ":future:owed" if owed_subject(t) else ":future"
            elif f.stage == "delivered" and spec.get("subject") == "recipient":
                f.stage = "ordered"  # "will receive", "is due to receive": agreed, not yet delivered
                f.rule += ":future"
        if not stage and t.pos_ in ("NOUN", "PROPN") and f.stage in ("delivered", "ordered", "offered"):
            weighed = next((c for c in t.children if c.dep_ == "amod" and
                            self.gov_adjectives.get(c.lower_) == "considered"), None)
            if weighed is not None:  # "the possible purchase of X", "a proposed sale"
                f.stage = "considered"
                f.rule += f":{weighed.lower_}"
        if not stage and f.stage in ("delivered", "ordered") and only_possible(carrier or t):
            f.stage, f.rule = "considered", f.rule + ":possible"  # "Japan could export X"
        completed.mark_done(t, f)  # "China sold X to Y in 2015": done, a delivery
        part_told.mark(t, f)  # "bought 12 X, four of which have arrived": the whole is the order
        if weighed_requests.mark(t, f):  # "Z is studying X's request for Y": a request to Z
            neg = False  # "Z is not weighing X's request": the request was made, Z's weighing is negated
        asked_parties.passive_asker(self.res, t, f, spec.get("subject"))  # "Y was asked by X for Z"
        if not stage:
            under_way.mark(t, f)  # "X is now delivering 16 Y": the order being carried out
        if past_too and t.dep_ == "conj" and f.stage == "ordered":
            completed.mark_done(t.head, f)  # "has never sold and will never sell X": as "has never sold X"
        if licensed_acts.licensed(t) and f.stage in ("delivered", "ordered"):
            f.stage, f.rule = "offered", f.rule + ":licensed"  # "the licence allows X to export Y": authorised
            return
        if applied_acts.mark(t, f, self.subject_of, self.res):  # "applied for a licence to export Y": asked for
            return
        if consent.pending(t) and f.stage in ("offered", "ordered"):
            f.stage, f.negated, f.rule = "requested", False, f.rule + ":pending"  # "not yet been approved"
            return
        if consent.withheld(t) and f.stage in ("delivered", "offered", "ordered"):
            f.stage, f.negated = "refused", False  # "has not given its consent to the supply of X"
            f.rule += ":no-consent"
            return
        if ceased(t) and f.stage in ("delivered", "ordered", "offered"):
            f.stage, f.negated, f.rule = "refused", False, f.rule + ":no-longer"  # "X no longer supplies Y"
            return
        if no_future.refused(t) and f.stage in ("delivered", "ordered", "offered"):
            f.stage, f.negated, f.rule = "refused", False, f.rule + ":no-future"  # "there will be no shipments of X"
            return
        if neg and gov is not None and gov.lemma_.lower() in DECIDING_NOT and spec.get("subject") == "supplier":
            f.stage, f.rule = "refused", f.rule + ":not"  # "decided not to supply X", "chose not to send"
            return
        if interest_scope.mark(t, f, spec):  # "has no interest in selling X": refused (interest_scope.py)
            return
        f.negated = f.negated or neg
