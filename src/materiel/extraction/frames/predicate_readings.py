"""Readings of a predicate word for `frames.FrameFinder`: a governor with no frame of its own ("offered to send"),
a gerund the tagger took for a noun modifier ("denied [buying rifles]"), and the role of a verb's subject."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import REFLEXIVE, FinderState, asks_for_item, to_clause
from materiel.extraction.frames.licences import decider_role
from materiel.extraction.stalled_requests import refuses_request


class PredicateReadings(FinderState):
    """The predicate readings of `frames.FrameFinder` (a mixin)."""

    def _is_governor_only(self, tok: Token) -> bool:
        """"offered to send": the offer is the stage of the send frame, not a frame of its own."""
        if any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children) or asks_for_item(tok, self.items) or \
                tok.lemma_.lower() not in self.gov_verbs or refuses_request(tok, self.verbs):
            return False  # "pledged three systems to X, to be sent ...", "declined to process the request": its own
        return any(c.pos_ == "VERB" and c.i > tok.i and (c.dep_ in ("xcomp", "ccomp") or to_clause(c)) and (
            c.lemma_.lower() in self.verbs or any(  # "seeking to conclude the sale of X": the sale's stage
                o.dep_ in ("dobj", "obj") and o.lemma_.lower() in self.nouns for o in c.children))
            for c in tok.children)

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

    def _subject_role(self, cls: str, spec: dict[str, Any], objects: list[Token]) -> str | None:
        """The role of the verb's subject: the class's, or read from its object for a verb over a
        transfer noun ("considering a request", "suspended arms purchases")."""
        subject_role: str | None = "recipient" if spec.get("subject") == "supplier" and any(
            o.lower_ in REFLEXIVE for o in objects) else spec.get("subject")  # "equipped itself with X": it receives
        if cls in ("consider", "cancel", "call_off"):  # "consider a delivery of X" (a supplier) / "the purchase of X" (a buyer)
            nominal = [self.nouns.get(o.lemma_.lower()) for o in objects if o.lemma_.lower() in self.nouns]
            if nominal and nominal[0]:
                subject_role = self.classes[nominal[0]].get("possessor", subject_role)
                if nominal[0] == "request" and cls == "consider":
                    subject_role = "supplier"  # "Canada is considering a request from X": the one asked
        elif cls == "refuse" and objects and self.own_purchase(objects[0]):
            subject_role = "recipient"  # "Colombia suspended arms purchases from Israel": the buyer's refusal
        return decider_role(cls, objects, subject_role)  # "cancelled permits for X": the licensing state
