"""Subjects through control and coordination, governors that set a frame's stage ("offered to
send", "refused to sell", "plans to buy"), and modality (future, "could not", negation)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.framebase import FUTURE_AUX, NEG_MODALS, RELATIVE, FinderState, Frame


class Governors(FinderState):
    def subject_of(self, v: Token, depth: int = 0) -> Token | None:
        if depth > 5:
            return None
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj") or (depth > 0 and c.dep_ == "nsubjpass")]
        if len(subjects) > 1:  # "NAIROBI (Reuters) - Kenya has ...": the dateline misparsed as a subject
            before = [c for c in subjects if c.i < v.i]
            subjects = [before[-1]] if before else subjects
        for c in subjects:
            if c.lower_ in RELATIVE and v.dep_ == "relcl":
                return v.head
            return c
        dep, head = v.dep_, v.head
        if head.i == v.i:
            return None
        before = v.doc[v.i - 2] if v.i >= 2 else None
        if before is not None and v.doc[v.i - 1].lower_ == "to" and before.dep_ == "pobj" and \
                before.head.lower_ == "for" and dep in ("acl", "advcl", "xcomp", "relcl") and \
                self.res.resolve(before) is not None:
            return before  # "a deal for Norway to purchase five frigates": Norway purchases
        if dep in ("conj", "acomp"):  # "is due to receive": the subject of "is"
            return self.subject_of(head, depth + 1)
        if dep == "xcomp" or (dep == "advcl" and any(c.lower_ == "to" for c in v.children)):
            if head.lemma_.lower() in self.object_control:
                objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
                if objs:
                    return objs[0]
            return self.subject_of(head, depth + 1)
        if dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                if head.dep_ in ("attr", "acomp") or head.lower_ in self.gov_nouns or head.lemma_.lower() in self.gov_nouns:
                    poss = [c for c in head.children if c.dep_ == "poss" or
                            (c.dep_ in ("compound", "amod") and c.i in self.res.by_token)]  # "an EU plan"
                    if poss:
                        return poss[0]
                    holder = head.head.head if head.dep_ == "pobj" else head.head  # "is in talks to sell"
                    return self.subject_of(holder, depth + 1)
            if v.tag_ == "VBG" and head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in self.support_verbs:
                return self.subject_of(head.head, depth + 1)  # "X has made a determination approving a sale"
            return head
        if dep == "pcomp" and head.dep_ == "prep":
            gov = head.head
            if gov.lemma_.lower() in ("accuse", "charge", "blame", "suspect", "praise", "thank", "warn",
                                      "caution", "discourage", "prevent", "stop", "bar", "dissuade"):
                objs = [c for c in gov.children if c.dep_ in ("dobj", "obj")]
                if objs:
                    return objs[0]
            if gov.pos_ in ("VERB", "AUX"):
                return self.subject_of(gov, depth + 1)
            if gov.pos_ in ("NOUN", "PROPN"):  # "are in talks with X about buying Y"
                holder = gov.head.head if gov.dep_ == "pobj" else gov.head
                poss = [c for c in gov.children if c.dep_ == "poss"]
                if poss:
                    return poss[0]
                if holder.pos_ in ("VERB", "AUX"):
                    return self.subject_of(holder, depth + 1)
        if dep in ("advcl", "ccomp") and head.pos_ in ("VERB", "AUX") and v.tag_ in ("VBG", "VB"):
            return self.subject_of(head, depth + 1)
        return None

    def governor_stage(self, t: Token) -> tuple[str | None, Token | None]:
        head, dep = t.head, t.dep_
        if head.i == t.i:
            return None, None
        lemma = phrasal(head)
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.pos_ in ("VERB", "AUX") and dep in ("xcomp", "ccomp", "advcl", "pcomp", "conj") and \
                (dep != "advcl" or purpose):  # "declined, offering instead X" is no complement
            if dep == "conj":
                return self.governor_stage(head) if head.lemma_.lower() in self.verbs else (None, None)
            if dep == "pcomp" and head.dep_ == "prep":
                head = head.head
                lemma = phrasal(head)
            if lemma in self.gov_verbs and (head.pos_ in ("VERB", "AUX")):
                return self.gov_verbs[lemma], head
            if lemma in self.gov_nouns or head.lower_ in self.gov_nouns:
                return self.gov_nouns.get(lemma) or self.gov_nouns[head.lower_], head
        if dep == "acl" and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            if lemma in self.gov_nouns or head.lower_ in self.gov_nouns:
                above = head.head  # "blocked an EU plan to send X": the plan is refused
                if head.dep_ in ("dobj", "obj") and self.gov_verbs.get(phrasal(above)) == "refused":
                    return "refused", above
                return self.gov_nouns.get(lemma) or self.gov_nouns[head.lower_], head
        if t.pos_ in ("NOUN", "PROPN") and dep in ("dobj", "obj") and lemma in self.gov_verbs:
            return self.gov_verbs[lemma], head
        if t.pos_ in ("NOUN", "PROPN") and dep in ("pobj", "appos", "conj"):
            cur = t  # "suspended its aid, including the delivery of X": the verb above the phrase
            for _ in range(5):
                if cur.dep_ not in ("pobj", "prep", "appos", "conj") or cur.head.i == cur.i:
                    break
                cur = cur.head
            verb = cur if cur.pos_ in ("VERB", "AUX") else cur.head if cur.dep_ in ("dobj", "obj") else None
            if verb is not None and self.gov_verbs.get(verb.lemma_.lower()) == "refused":
                return "refused", verb
        return None, None

    def _scheduled(self, t: Token) -> bool:
        """"is expected to deliver", "is due to receive", "is set to send": a future step."""
        return t.dep_ == "xcomp" and t.head.lemma_.lower() in self.future_governors and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)

    def _modality(self, t: Token, f: Frame, spec: dict[str, Any]) -> None:
        stage, gov = self.governor_stage(t)
        neg = any(c.dep_ == "neg" for c in t.children)
        modals = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if neg and modals & NEG_MODALS and spec.get("subject") == "supplier":
            f.stage, f.modal_refusal, neg = "refused", True, False
            f.rule += ":cannot"
        elif stage:
            if stage == "offered" and spec.get("subject") == "recipient":
                stage = "ordered"  # "agreed to buy": the buyer's side of a deal
            request_refused = f.cls == "request" and stage == "refused" and t.pos_ in ("NOUN", "PROPN")
            f.stage, f.governor = (f.stage if request_refused else stage), gov
            if stage == "refused" and gov is not None and gov.dep_ == "xcomp" and \
                    gov.head.lemma_.lower() in self.object_control:
                f.items, f.implicit = [], None  # "urged X to stop arming Y": no refusal reported
            f.rule += f":{gov.lemma_.lower()}" if gov is not None else ""
            if gov is not None and any(c.dep_ == "neg" for c in gov.children):
                if gov.lemma_.lower() in ("allow", "permit", "authorize", "authorise", "approve", "license"):
                    f.stage = "refused"
                else:
                    neg = True
            if gov is not None and stage == "refused" and t.pos_ in ("NOUN", "PROPN") and not f.roles["supplier"]:
                subj = self.subject_of(gov)
                if subj is not None:
                    f.add("supplier", self.res.resolve_all(subj))
            if gov is not None and t.pos_ in ("NOUN", "PROPN"):
                possessor = spec.get("possessor", "supplier")
                if not f.roles[possessor]:
                    subj = self.subject_of(gov)
                    if subj is not None:
                        f.add(possessor, self.res.resolve_all(subj))
            if gov is not None and stage == "requested" and not f.roles["recipient"] and t.pos_ in ("VERB", "AUX"):
                subj = self.subject_of(gov)
                if subj is not None:
                    f.add("recipient", self.res.resolve_all(subj))
        elif modals & (FUTURE_AUX | {"would"}) or self._scheduled(t):
            if f.stage == "delivered" and spec.get("subject") == "supplier":
                f.stage = "offered"  # "will send", "would supply": an offer, hedged when conditional
                f.rule += ":future"
            elif f.stage == "delivered" and spec.get("subject") == "item":
                f.stage = "offered"  # "jets that will arrive in X": promised by their supplier, not yet delivered
                f.rule += ":future"
            elif f.stage == "delivered" and spec.get("subject") == "recipient":
                f.stage = "ordered"  # "will receive", "is due to receive": agreed, not yet delivered
                f.rule += ":future"
        f.negated = f.negated or neg



def phrasal(tok: Token) -> str:
    """A verb's lemma with its particle ("turn down", "rule out"), else its lemma."""
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {particle}" if particle else tok.lemma_.lower()
