"""Subjects through control and coordination; governors that set a frame's stage ("offered to send", "plans to buy")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import framebase, supplier_plans, weighed_topics
from materiel.extraction.frames.accused_nouns import accused_holder
from materiel.extraction.frames.asked_weighing import asked_weighing
from materiel.extraction.frames.bars import THIRD_PARTY_BLOCKERS, BarNouns
from materiel.extraction.frames.clauses import among_members, charged, deal_content, finding, phrasal, reports_or_asks
from materiel.extraction.frames.described import designated_owner
from materiel.extraction.frames.elided_predicates import governing_verb
from materiel.extraction.frames.framebase import RELATIVE, headline_subject, near_deal, value_host
from materiel.extraction.frames.held_sales import held_sale, held_state, licensing_verb, settled_plan
from materiel.extraction.frames.option_subjects import option_subject
from materiel.extraction.frames.relatives import apposed_subject, light_object, nearest_member, stranded_subject
from materiel.extraction.frames.shared_infinitives import infinitive_host

OBJECT_OF_GERUND = lexicon.word_set("governors", "object_of_gerund")
CONTROL_PREPS = lexicon.word_set("governors", "object_control_preps")
PERMISSION_VERBS = lexicon.word_set("governors", "permission_verbs")
CONSENT_NOUNS = lexicon.word_set("governors", "consent_nouns")
TRANSPARENT = lexicon.word_set("governors", "transparent_governors")


class Governors(BarNouns):
    def subject_of(self, v: Token, depth: int = 0) -> Token | None:
        # Long (63 lines): one ordered cascade of parse shapes (control, coordination, relatives), first match wins.
        if depth > 5:
            return None
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj") or (depth > 0 and c.dep_ == "nsubjpass")
                    or c.dep_ in ("dep", "npadvmod") and c == headline_subject(v)]  # "UK to send drones to X"
        if len(subjects) > 1:  # "NAIROBI (Reuters) - Kenya has": a dateline; "X, one of the buyers, got": an apposition
            before = [c for c in subjects if c.i < v.i]
            subjects = [apposed_subject(before, self.res.resolve) or before[-1]] if before else subjects
        for c in subjects:
            if c.lower_ in RELATIVE and v.dep_ == "relcl":
                return nearest_member(v, c)  # "X, Y, which is paying for jets, and Z": Y
            if self.instrument_nouns & {c.lemma_.lower(), c.lower_} and not self.res.is_actor_span(c):
                return self.holder_of(c, depth + 1) or c  # "X's decree bans deliveries": X
            return c
        dep, head = v.dep_, v.head
        if head.i == v.i:
            return None
        prior = v.nbor(-2) if v.i >= 2 else None
        if prior is not None and v.doc[v.i - 1].lower_ == "to" and prior.dep_ == "pobj" and \
                prior.head.lower_ == "for" and dep in ("acl", "advcl", "xcomp", "relcl") and \
                self.res.resolve(prior) is not None:
            return prior  # "a deal for Norway to purchase five frigates": Norway purchases
        if dep in ("conj", "acomp") or stranded_subject(v, self.res.resolve):  # "is due to": of "is"; "and C got Y": C
            return stranded_subject(v, self.res.resolve) or self.subject_of(head, depth + 1)
        if dep == "xcomp" or (dep == "advcl" and any(c.lower_ == "to" for c in v.children)):
            if head.lemma_.lower() in self.object_control:
                objs = [c for c in head.children if c.dep_ in ("dobj", "obj")] or \
                    [p for c in head.children if c.dep_ == "prep" and c.lower_ in CONTROL_PREPS and c.i < v.i
                     for p in c.children if p.dep_ == "pobj"]  # "called on Germany to deliver X": Germany delivers
                if objs:
                    return objs[0]
            return self.subject_of(head, depth + 1) or framebase.headline_head(v)  # "X to supply Y with Z": X
        if dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                if head.dep_ in ("attr", "acomp") or head.lower_ in self.gov_nouns or head.lemma_.lower() in self.gov_nouns:
                    poss = [c for c in head.children if c.dep_ == "poss" or
                            (c.dep_ in ("compound", "amod") and c.i in self.res.by_token)]  # "an EU plan"
                    poss += [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children
                             if p.dep_ == "pobj" and self.res.resolve(p) is not None]  # "the decision of X to study Y"
                    holder = head.head.head if head.dep_ == "pobj" else head.head
                    if poss and not (poss[0].pos_ == "PRON" and head.dep_ in ("dobj", "obj") and
                                     self.subject_of(holder, depth + 1) is not None):
                        return poss[0]  # "X and Y announced their intent to": the subjects, not "their"
                    if holder.lemma_.lower() in THIRD_PARTY_BLOCKERS and self._buys(v):
                        return None  # "Britain blocked a plan to buy Korean jets": not Britain's purchase
                    return self.subject_of(holder, depth + 1)  # "is in talks to sell"
            if head.lemma_.lower() in self.instrument_nouns or head.lower_ in self.instrument_nouns:
                return self.holder_of(head, depth + 1)  # "signed a decree banning": who signed it
            if light_object(v, self.support_verbs, self.res.resolve):
                return self.subject_of(head.head, depth + 1)  # "X has made a determination approving a sale"
            return among_members(head) or head  # "X is among the countries considering Y": X
        if dep == "pcomp" and head.dep_ == "prep":
            gov = head.head
            if gov.lemma_.lower() in OBJECT_OF_GERUND and (objs := [c for c in gov.children if c.dep_ in ("dobj", "obj")]):
                return objs[0]
            if gov.pos_ in ("VERB", "AUX", "ADJ"):  # "is interested in buying": the subject of "is"
                return self.subject_of(gov, depth + 1)
            if gov.pos_ in ("NOUN", "PROPN"):  # "are in talks with X about buying Y"
                holder = gov.head.head if gov.dep_ == "pobj" else gov.head
                poss = designated_owner(gov) or [c for c in gov.children if c.dep_ == "poss"]  # "for its role in"
                if poss:
                    return poss[0]
                if accused_holder(gov, head, holder, self.res.resolve):
                    return gov  # "accused the rebels of buying X": the rebels, not the accuser
                if holder.pos_ in ("VERB", "AUX") and gov.dep_ in ("pobj", "dobj", "obj", "attr", "nsubj", "oprd"):
                    return self.subject_of(holder, depth + 1)  # not a headline's "Process of X, Officials Say"
        if dep in ("advcl", "ccomp") and head.pos_ in ("VERB", "AUX") and (v.tag_ in ("VBG", "VB") or any(
                c.dep_ == "aux" and c.lower_ == "having" for c in v.children)):  # "X is a buyer, having bought Y"
            return self.subject_of(head, depth + 1)
        return None

    def _receives(self, v: Token) -> bool:  # a verb of receiving: its subject receives a delivery ("receive", "get")
        return self._buys(v) and self.classes[self.verbs[v.lemma_.lower()]].get("stage") == "delivered"

    def _buys(self, v: Token) -> bool:
        """Whether v's subject is the recipient of its transfer ("buy", "acquire")."""
        return self.classes.get(self.verbs.get(v.lemma_.lower(), ""), {}).get("subject") == "recipient"

    def governor_stage(self, t: Token) -> tuple[str | None, Token | None]:
        # Long (68 lines): one ordered cascade of governor shapes (clauses, nouns, bars), first match wins.
        head, dep = value_host(t)  # "a contract worth $N to supply X": the contract's clause
        deal = deal_content(t)
        if deal is not None:  # "a contract supplying X", "the deal envisages the delivery of X"
            return "ordered", deal
        if head.i == t.i or dep == "ccomp" and any(c.text == ";" and t.i < c.i < head.i for c in head.children):
            return None, None  # "X had been selling Y; the sale of Z was agreed": no complement across a ";"
        if head.lemma_.lower() in TRANSPARENT and dep in ("xcomp", "ccomp") and t.pos_ in ("VERB", "AUX"):
            return self.governor_stage(head)  # "offered to help the navy acquire X": the offer's stage
        lemma = phrasal(head)
        gerund = self._refusing_gerund(t) or self._refused_permission(t)
        if gerund is not None:  # "is considering [halting] arms exports", "refused to allow X to export Y"
            return "refused", gerund
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.pos_ in ("VERB", "AUX") and dep in ("xcomp", "ccomp", "advcl", "pcomp", "conj") and \
                (dep != "advcl" or purpose) and not (dep == "ccomp" and reports_or_asks(t, lemma)):  # (see there)
            if dep == "conj":
                shared = purpose or infinitive_host(t) is not None  # "agreed to train pilots and supply X"
                return self.governor_stage(head) if head.lemma_.lower() in self.verbs or shared and head.dep_ == "xcomp" else (None, None)  # "offered to A and to sell B"
            if dep == "pcomp" and head.dep_ == "prep":
                head = head.head
                lemma = phrasal(head)
            if lemma in self.preparing and self._receives(t):
                return "ordered", head  # "prepares to receive its first X": agreed, not yet delivered
            if lemma in self.gov_verbs and head.pos_ in ("VERB", "AUX") and not charged(t) and \
                    not (self.gov_verbs[lemma] in ("ordered", "considered") and finding(t)):  # "concluded/considers that X was sent"
                return asked_weighing(self.gov_verbs[lemma], head)
            if head.pos_ == "ADJ" and head.lower_ in self.gov_adjectives:  # "is interested in buying"
                return self.gov_adjectives[head.lower_], head
            if lemma in self.gov_nouns or head.lower_ in self.gov_nouns:
                if head.dep_ in ("dobj", "obj", "nsubjpass") and self.gov_verbs.get(phrasal(head.head)) == "refused":
                    return "refused", head.head  # "scrapped a deal for buying X", as "a deal to buy X"
                return self.gov_nouns.get(lemma) or self.gov_nouns[head.lower_], head
            option = option_subject(head, self.gov_nouns) if dep in ("xcomp", "ccomp") else None
            if option is not None:  # "options include buying X", "one option is to lease Y": the option's stage
                return self.gov_nouns.get(option.lemma_.lower()) or self.gov_nouns[option.lower_], option
            talks = self._state_noun(head) if purpose else None
            if talks is not None:  # "is in talks with X to buy Y": the talks' stage
                return self.gov_nouns.get(talks.lemma_.lower()) or self.gov_nouns[talks.lower_], talks
        if dep == "acl" and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            if lemma in self.gov_nouns or head.lower_ in self.gov_nouns:
                above, role = governing_verb(head)  # "blocked an EU plan to send X": the plan is refused
                if role in ("dobj", "obj", "nsubjpass") and self.gov_verbs.get(phrasal(above)) == "refused":
                    return "refused", above  # "a request to export X was turned down", "…, as was a request to"
                if role in ("dobj", "obj", "nsubjpass") and self.on_hold(above):
                    return "refused", above  # "plans to deliver X were put on hold"
                noun_stage = self.gov_nouns.get(lemma) or self.gov_nouns[head.lower_]
                if noun_stage == "considered" and settled_plan(head):
                    return "ordered", head  # "a plan to buy X, agreed in 2018, was ...": an order
                if supplier_plans.supplier_plan(head, t, self.classes, self.verbs):
                    return "offered", head  # "our plans to gift X to Y": the supplier's announced programme
                return ("considered" if noun_stage in ("offered", "ordered") and near_deal(head) else noun_stage), head
        if t.pos_ in ("NOUN", "PROPN") and dep in ("dobj", "obj") and lemma in self.gov_verbs:
            return self.gov_verbs[lemma], head
        if t.pos_ in ("NOUN", "PROPN") and dep == "nsubjpass" and self.gov_verbs.get(lemma) == "refused":
            return "refused", head  # "the export of rifles was banned by X"
        if (t.pos_ in ("NOUN", "PROPN") and dep in ("dobj", "obj", "nsubjpass") and self.on_hold(head)) or \
                held_sale(t) is not None or held_state(t) is not None:  # "the sale was put on hold", "was on hold"
            return "refused", head
        if t.pos_ in ("NOUN", "PROPN") and dep in ("dobj", "obj") and lemma in self.handling:
            stage, gov = self.governor_stage(head)  # "refused to load a shipment of X"
            if stage == "refused":
                return stage, gov
        bar = self.bar_noun_over(t)
        if bar is not None:  # "lifted its veto on the sale of X": allowed, as an approval is
            return ("offered" if bar.dep_ in ("dobj", "obj", "nsubjpass") and bar.head.lemma_.lower() in self.lifting
                    else "refused"), bar
        if t.pos_ in ("NOUN", "PROPN") and dep in ("pobj", "appos", "conj"):
            return self._over_phrase(t)
        return None, None

    def _over_phrase(self, t: Token) -> tuple[str | None, Token | None]:
        """The verb above the phrase of a transfer noun: a refusal ("suspended its aid, including the delivery
        of X"), or the verb that issues or grants a licence for it ("stopped issuing / won't grant licences for X")."""
        cur = t
        for _ in range(5):
            if cur.dep_ not in ("pobj", "prep", "appos", "conj") or cur.head.i == cur.i:
                break
            cur = cur.head
        verb = cur if cur.pos_ in ("VERB", "AUX") else cur.head if cur.dep_ in ("dobj", "obj", "nsubjpass") else None
        if verb is not None and self.gov_verbs.get(verb.lemma_.lower()) == "refused":
            return "refused", verb
        if verb is not None and (cur.lemma_.lower() in CONSENT_NOUNS or cur.i == verb.i and licensing_verb(verb)):
            return ("refused", verb) if any(c.dep_ == "neg" for c in verb.children) else self.governor_stage(verb)
        return weighed_topics.weighed_topic(t, self.gov_nouns)  # "talks on the purchase of X": weighed

    def _refused_permission(self, t: Token) -> Token | None:
        """"refused to allow X to re-export Y", "did not permit X to send Y": a permission withheld is the
        transfer refused; the verb that withholds it."""
        head = t.head
        if t.dep_ not in ("xcomp", "ccomp", "dobj", "obj") or head.i == t.i or head.lemma_.lower() not in PERMISSION_VERBS:
            return None
        if any(c.dep_ == "neg" for c in head.children):
            return head
        stage, gov = self.governor_stage(head)
        return gov if stage == "refused" else None

    def _state_noun(self, v: Token) -> Token | None:
        """The governing noun of a state the verb's subject is in ("is in talks", "are in advanced
        negotiations"): the object of an "in" phrase on a copula, or None."""
        if v.lemma_.lower() != "be":
            return None
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    if p.dep_ == "pobj" and (p.lemma_.lower() in self.gov_nouns or p.lower_ in self.gov_nouns):
                        return p
        return None

    def _outer_stage(self, t: Token, gov: Token) -> str | None:
        """The stage of the governor above a refusal governor ("urged X to [halt]", "is weighing
        [halting] exports"); for a gerund parsed as the noun's modifier, the verb of the noun."""
        if gov.dep_ in ("amod", "compound") and gov.head.i == t.i:
            return self.gov_verbs.get(phrasal(t.head)) if t.dep_ in ("dobj", "obj") else None
        return self.governor_stage(gov)[0]

    def _refusing_gerund(self, t: Token) -> Token | None:
        """"is considering [halting arms exports]" parsed with the gerund as the noun's modifier."""
        if t.pos_ not in ("NOUN", "PROPN"):
            return None
        for c in t.children:
            if c.dep_ in ("amod", "compound") and c.tag_ == "VBG" and c.i == t.left_edge.i and \
                    self.gov_verbs.get(c.lemma_.lower()) == "refused":
                return c
        return None
