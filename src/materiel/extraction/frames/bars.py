"""Bar and instrument nouns over a transfer ("an embargo on arms sales to X", "put the sale on hold"), who holds
them ("Germany's ban", "X imposed an embargo"), and a buyer-side noun with no buyer of its own ("blocked purchases")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState

THIRD_PARTY_BLOCKERS = lexicon.word_set("governors", "third_party_blockers")
ACCUSING = lexicon.word_set("governors", "accusing")


class BarNouns(FinderState):
    """The bar-noun readings of the governors (`governors.Governors` builds on them)."""

    def bar_noun_over(self, t: Token) -> Token | None:
        """"an embargo on arms sales to X", "a hold on the sale of jets": the bar noun whose "on"/"of"
        phrase holds the transfer noun t (lifted or not), or None."""
        if t.pos_ not in ("NOUN", "PROPN"):
            return None
        cur = t
        while cur.dep_ == "conj" and cur.head.i != cur.i:  # "a ban on exports and sales of"
            cur = cur.head
        prep = cur.head
        if cur.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "of", "against", "to"):
            return None
        nouns = [prep.head]
        if prep.head.pos_ in ("VERB", "AUX"):  # "placed a hold on the sale": the phrase hangs on the verb
            nouns = [c for c in prep.head.children if c.dep_ in ("dobj", "obj") and c.i < prep.i]
        for noun in nouns:
            if noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in self.bar_nouns or noun.lower_ in self.bar_nouns):
                return noun
        return None

    def own_purchase(self, o: Token) -> bool:
        """A buyer-side noun ("purchases", "imports", "orders") that names no buyer of its own, so the
        subject of the verb that refuses it is the buyer."""
        cls = self.nouns.get(o.lemma_.lower()) or self.nouns.get(o.lower_)
        spec = self.classes.get(cls or "", {})
        if spec.get("possessor") != "recipient" or spec.get("stage") not in ("ordered", "delivered"):
            return False  # a request or a plan is not the buyer's own purchase
        v = o.head
        if o.dep_ in ("dobj", "obj") and v.lemma_.lower() in THIRD_PARTY_BLOCKERS and v.dep_ == "pcomp" and \
                v.head.head.lemma_.lower() in ACCUSING:
            return False  # "X accused Y of blocking the purchase of Z": Y refuses it, X is the buyer
        return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") or
                       (c.dep_ in ("compound", "amod") and self.res.is_actor_span(c)) for c in o.children)

    @staticmethod
    def _agent(v: Token) -> Token | None:
        """The "by" agent of a passive verb ("was banned by Chile")."""
        return next((p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)

    def on_hold(self, v: Token) -> bool:
        """"put the sale on hold", "plans were placed on hold": a verb whose "on" noun is a bar noun refuses it."""
        if v.pos_ in ("NOUN", "PROPN") and v.lemma_.lower() in self.bar_nouns and v.i > 0 and \
                v.doc[v.i - 1].lower_ == "on":
            return True  # "put on hold a shipment" parsed with the shipment as the object of "hold"
        if v.pos_ not in ("VERB", "AUX"):
            return False
        for c in v.subtree:  # "put the sale of X to Y on hold": the parser may hang "on hold" on Y
            if c.dep_ != "prep" or c.lower_ != "on":
                continue
            after = c.nbor(1) if c.i + 1 < len(c.doc) else None  # "put on hold a shipment": "hold" read as the object
            if not any(p.dep_ == "pobj" and p.lemma_.lower() in self.bar_nouns for p in c.children) and \
                    not (after is not None and after.head.i == v.i and after.lemma_.lower() in self.bar_nouns):
                continue
            cur = c
            while cur.i != v.i and cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
                cur = cur.head
            if cur.i == v.i:
                return True
        return False

    def holder_of(self, n: Token, depth: int = 0) -> Token | None:
        """Who holds a bar or an instrument noun: its possessor or actor modifier ("Germany's ban",
        "the EU embargo"), its "by" phrase, or the subject of the verb that holds it ("X imposed an
        embargo", "X signed a decree"; "a decree was signed by X")."""
        for c in n.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and self.res.is_actor_span(c)):
                return c
        for p in (p for c in n.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children):
            if p.dep_ == "pobj":
                return p
        host = n.head
        if host.i == n.i or host.pos_ not in ("VERB", "AUX"):
            return None
        if n.dep_ in ("dobj", "obj"):
            return self.subject_of(host, depth + 1)
        if n.dep_ == "nsubjpass":
            agent = [p for c in host.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return agent[0] if agent else None
        return None
