"""Where a frame's parties and items sit around its predicate: prepositions, datives tucked into
the object, the phrase that holds the item, the addressee of "told X they could not export", the
deal whose relative clause carries the transfer, and the place when no supplier is named."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.beneficiary import for_beneficiary
from materiel.extraction.frames.bound import destination_places
from materiel.extraction.frames.framebase import RELATIVE, ROLES, Frame, participle, promised
from materiel.extraction.frames.holdings import holders_of
from materiel.extraction.frames.prep_phrases import PrepPhrases
from materiel.extraction.frames.relatives import agreeing_antecedent
from materiel.extraction.frames.service_datives import after_party, named_service
from materiel.extraction.frames.stranded import recipient_examples, stranded_preps
from materiel.extraction.frames.value_contents import content_phrases, generic_words, value_recipients
from materiel.extraction.mentions.contents import filler
from materiel.extraction.mentions.counts import class_heads, part_heads
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import EXAMPLE_PREPS, VALUE_MODIFIERS
from materiel.extraction.mentions.resolve import Resolved
from materiel.record.models import Actor

BENEFIT_VERBS = lexicon.word_set("arguments", "benefit_verbs")
ORIGIN_PARTICIPLES = lexicon.word_set("arguments", "origin_participles")
FROM_PARTICIPLES = lexicon.word_set("arguments", "from_participles")
INFORMING_VERBS = lexicon.word_set("arguments", "informing_verbs")
CLAIM_NOUNS = frozenset(lexicon.toml("cues.toml")["factuality"]["claim_nouns"])


class Arguments(PrepPhrases):
    def _deal_clause(self, v: Token, f: Frame, spec: dict[str, Any]) -> None:
        """"discussed a deal under which Iran would supply drones": the deal's holder is the other
        party, and the verb that holds the deal gives the stage."""
        noun = v.head
        if v.dep_ not in ("relcl", "acl") or self.nouns.get(noun.lemma_.lower()) not in ("buy", "consider", "offer"):
            return
        host = noun.head.head if noun.dep_ == "pobj" else noun.head
        if host.pos_ not in ("VERB", "AUX"):
            return
        subj = self.subject_of(host)
        other = "recipient" if spec.get("subject") == "supplier" else "supplier"
        have = {a.actor.id for role in ROLES for a in f.roles[role]}
        if subj is not None and not f.roles[other]:
            f.add(other, [r for r in self.res.resolve_all(subj) if r.actor.id not in have])
        lemma = host.lemma_.lower()
        if lemma in self.gov_verbs and f.stage in ("delivered", "offered"):
            f.stage, f.governor = self.gov_verbs[lemma], host

    def _items_after(self, v: Token) -> list[ItemMention]:
        """Fallback when the parse gives the verb no object: the first materiel phrase after it
        in its clause, before any other predicate."""
        for t in v.doc[v.i + 1: v.sent.end]:
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.verbs and t.dep_ not in ("amod", "acl"):
                return []
            if (t.is_punct and t.text in ".;:,") or t.lower_ in CLAIM_NOUNS:
                return []  # "rejected as a fabrication accusations that X supplied Y": the claim's item
            if self.items.is_materiel(t):
                span = self.items.span_at[t.i]
                return self.items.items(span.root)
        return []

    def _item_arguments(self, f: Frame, spec: dict[str, Any]) -> None:
        """Arguments the parse hangs on the item ("jets from France", "grenades in Syria"), the
        origin of the item as its supplier ("obtained Iranian drones"), and where it happened."""
        # Long (67 lines): one pass over each item's phrases, whose cases share the frame being filled.
        preps = spec.get("preps", {})
        for m in f.items:
            heads = [m.head, *part_heads(m.head), *class_heads(m.head), *filler(m.head)] + \
                ([m.generic] if m.generic is not None and m.generic.i != f.trigger.i else [])
            for c in (*(c for h in heads for c in h.children), *stranded_preps(m.head)):  # "X it deems surplus to Y"
                if c.dep_ == "prep" and (c.lower_ in ("from", "to", "in", "at") and preps.get(c.lower_) != "item"
                                         or c.lower_ == "for" and preps.get("for") == "recipient"):  # "jets for X"
                    self._prep(c, f, preps)
        for_beneficiary(f.trigger, f, self.res)  # "bought X for the Afghan air force": the buyer pays, the army receives
        if not f.roles["recipient"]:
            for q in destination_places(f, self.destination_words):  # "weapons bound for the rebels", "X-bound arms"
                f.add("recipient", self.res.resolve_all(q))
        t = f.trigger
        if not f.roles["recipient"] and t.dep_ == "acl" and participle(t) and f.cls in ("buy", "receive", "supply", "sell"):
            obj = t.head  # "X operates 20 helicopters bought from Y", "awaits the first of 3 ships ordered"
            conj = False  # "operates A and B bought from Y": B's holder, unless the verb moves them ("supplied A and B")
            while obj.dep_ in ("pobj", "prep", "conj", "appos") and obj.head.i != obj.i:
                conj, obj = conj or obj.dep_ == "conj", obj.head
            if obj.dep_ in ("dobj", "obj") and not (conj and obj.head.lemma_.lower() in self.verbs):
                holder = self.subject_of(obj.head)
                if holder is not None:  # "X's fleet includes A bought from Y": X
                    f.add("recipient", holders_of(holder, self.res))
        if not f.roles["recipient"]:
            for m in f.items:  # "rifles that X had ordered": X is the recipient
                for c in m.head.children:
                    if c.dep_ == "relcl" and self.classes.get(self.verbs.get(c.lemma_.lower(), ""), {}).get("subject") == "recipient":
                        subj = self.subject_of(c)
                        if subj is not None and subj.lower_ not in RELATIVE:
                            sellers = {a.actor.id for a in f.roles["supplier"]}
                            r = self.res.resolve_other(subj, sellers)
                            if r is not None and r.actor.id not in sellers:
                                f.add("recipient", [r])
        if not f.roles["supplier"]:
            for m in f.items:  # "British-made bombs", "Iranian-built drones"
                for t in m.head.subtree:
                    nxt = t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None
                    if t.i < m.head.i and nxt is not None and t.doc[t.i + 1].text == "-" and \
                            nxt.lower_ in ORIGIN_PARTICIPLES:
                        r = self.res._demonym_modifier(t) or (self.res.resolve(t) if self.res.is_actor_span(t) else None)
                        if r:
                            f.add("supplier", [r])
        if not f.roles["supplier"]:
            for m in f.items:  # "mortar rounds made in Serbia", "trainers being expected from Pakistan"
                f.add("supplier", [r for c in m.head.children if c.dep_ == "acl" for p in c.children if p.dep_ == "prep"
                                   and ((p.lower_ == "in" and c.lower_ in ORIGIN_PARTICIPLES) or
                                        (p.lower_ == "from" and c.lower_ in FROM_PARTICIPLES)) for q in p.children
                                   if q.dep_ == "pobj" and self.res.is_actor_span(q) for r in self.res.resolve_all(q)])
        if not f.roles["supplier"]:
            for m in f.items:  # "U.S.-made tanks" read as one token
                for t in (t for t in m.head.subtree if t.i < m.head.i and "-" in t.text):
                    r = self._maker_token(t)
                    if r is not None:
                        f.add("supplier", [r])
        if not f.roles["supplier"]:
            for m in f.items:  # "Russian Su-35 fighter jets": the demonym anywhere before the head, or the generic's
                for c in (t for t in [*m.head.subtree, *generic_words(m, f.trigger)] if t.i < m.head.i and not self.items.in_designation(t)):
                    r = self.res._demonym_modifier(c) if c.dep_ in ("amod", "compound", "nmod") else None
                    if r and not any(x.actor.id == r.actor.id for x in f.roles["recipient"]):
                        f.add("supplier", [r])
        if not f.roles["supplier"] and not f.places:
            cur = f.trigger
            for _ in range(3):
                if cur.dep_ not in ("advcl", "xcomp", "conj") or cur.head.i == cur.i:
                    break
                joined, cur = cur.dep_ == "conj", cur.head
                for c in cur.children:  # a joined verb's "sold X to Y": Y buys, no place of the second verb
                    if c.dep_ == "prep" and c.lower_ in ("to", "in", "at"):
                        f.places.extend(p for p in c.children if p.dep_ == "pobj" and self._is_place(p) and
                                        not (joined and c.lower_ == "to" and self.res.resolve(p) is not None))

    def _examples_on_verb(self, v: Token, f: Frame) -> None:
        """"bought weapons from X, including 12 A launchers and 30 B drones", with "including" hung
        on the verb: the named examples replace the generic object, each with its own quantity."""
        if any(m.designation for m in f.items):
            return
        worth = [w for c in v.children if c.dep_ in ("advcl", "acomp", "oprd", "prep") and c.lower_ in VALUE_MODIFIERS
                 for w in c.subtree if w.dep_ == "prep" and w.lower_ in EXAMPLE_PREPS]  # "sent X worth $5m, including"
        for c in [*v.children, *worth, *recipient_examples(v, self.items.is_materiel)]:  # "to X, including A"
            if c.dep_ != "prep" or c.lower_ not in EXAMPLE_PREPS:
                continue
            heads = {c.i, *(x.i for x in c.children)}  # "such as X": the object hangs on "as"
            found = [m for p in c.subtree if p.dep_ == "pobj" and p.head.i in heads for m in self.items.items(p)]
            if found and f.items and all(m.anaphoric for m in f.items) and not any(m.designation for m in found):
                return  # "handed over all 13, including aircraft that ...": the count of the system told before
            if found:
                generic = f.items[0].head if f.items else None
                for m in found:
                    m.generic = m.generic or generic
                f.items = found  # "gave $12 million in aid to X, including six boats": X, when no one else receives
                f.add("recipient", [] if f.roles["recipient"] else [r for q in value_recipients(v) for r in self.res.resolve_all(q)])
                return

    def _maker_token(self, t: Token) -> Resolved | None:
        """"U.S.-made", "UK-built" as a single token: the state before the hyphen."""
        name, _, made = t.text.rpartition("-")
        if made.lower() not in lexicon.toml("cues.toml")["items"].get("made_words", []) or not name:
            return None
        for c in self.res.lex.countries.values():
            if name == c.name or name in c.aliases or name in c.demonyms:
                actor = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=t.text)
                return Resolved(actor, 0.6, t)
        return None

    def _addressee(self, v: Token, f: Frame, spec: dict[str, Any]) -> None:
        """"X informed/told Y they could not export Z": the addressee is the recipient; so is the
        one a purpose clause helps ("delivered boats to help the country fight gangs")."""
        if f.roles["recipient"] or spec.get("subject") != "supplier":
            return
        for c in v.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in BENEFIT_VERBS and any(a.lower_ == "to" for a in c.children):
                for o in c.children:
                    if o.dep_ in ("dobj", "obj"):
                        f.add("recipient", self.res.resolve_all(o))
        if f.roles["recipient"] or not promised(v):
            return  # "told Kyiv it would send X"; "told Reuters that X had been delivered" only reports
        for a in v.ancestors:
            if a.lemma_.lower() in INFORMING_VERBS:
                for c in a.children:
                    if c.dep_ in ("dobj", "dative", "iobj") and c.i < v.i:
                        f.add("recipient", self.res.resolve_all(c))
                for c in v.children:
                    if c.dep_ == "mark" and self.res.is_actor_span(c):
                        f.add("recipient", self.res.resolve_all(c))
                break

    def _antecedent_of_relative(self, v: Token, rel: Token) -> Token:
        """"the tanks that Berlin plans to send": the relative pronoun stands for "tanks"."""
        for a in [v, *v.ancestors]:
            if a.dep_ == "relcl" or (a.dep_ == "acl" and rel.lower_ in RELATIVE and a.head.i < rel.i < a.i):  # "X that Y sold" parsed as acl
                head = a.head
                if head.like_num or head.pos_ == "NUM":  # "the first six of 24 jets it ordered"
                    of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"]
                    return of[0] if of else agreeing_antecedent(a, head)  # "... in 2014, which were sold"
                return agreeing_antecedent(a, head)  # "rounds made by X, which were sold to Y": the rounds
        return rel

    def _container_parties(self, o: Token, f: Frame, spec: dict[str, Any]) -> None:
        """"rejected a request from X for jets": the parties of the phrase that holds the item."""
        is_request = self.nouns.get(o.lemma_.lower()) == "request"
        for c in [*o.children, *content_phrases(o)]:  # "$40 million in assistance to X"
            if c.dep_ == "amod" and is_request:  # "a Polish request"
                r = self.res._demonym_modifier(c)
                if r is not None:
                    f.add("recipient", [r])
            if c.dep_ == "poss" and is_request:  # "declined its request": not the decliner's own
                r = self.res.resolve_other(c, {a.actor.id for a in f.roles["supplier"]})
                if r is not None:
                    f.add("recipient", [r])
            elif c.dep_ == "prep" and c.lower_ in ("from", "to"):
                role = ("recipient" if c.lower_ == "from" else "supplier") if is_request else \
                    spec.get("preps", {}).get(c.lower_)
                if role in ROLES:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            f.add(role, self.res.resolve_all(p))

    def _actor_inside(self, obj: Token, f: Frame, spec: dict[str, Any]) -> None:
        """"send Ghana 400 rifles" parsed as one phrase: an actor before the item. A possessor
        ("offered X Group's frigate") is the item's maker, not the one it goes to."""
        role = spec.get("dative")
        if not role:
            return
        first = next((t for t in obj.subtree if t.dep_ != "det"), obj)  # "gave the X Army drones"
        for k in obj.subtree:  # the phrase that opens the object, tucked in as a modifier ("sell X 66 F-16 jets")
            if k.i >= obj.i or k.left_edge.i != first.i or k.dep_ not in ("nmod", "compound", "dep", "npadvmod"):
                continue
            span = self.res.by_token.get(k.i)
            if span is not None and (span.kb_id_ == "demonym" or any(t.dep_ == "poss" and t.head.i == obj.i for t in span)
                                     or all(r.actor.kind == "company" for r in self.res.resolve_all(k))):
                continue  # "offered Greece X Group's frigate", "sell Y Corp F-16 jets": the firm makes the item
            if span is not None or (k.lemma_.lower() in self.res.agent_nouns and any(  # "gave X's forces drones"
                    p.dep_ in ("poss", "compound", "amod") and p.i in self.res.by_token for p in k.children)):
                f.add(role, self.res.resolve_all(k))
                if span is None and named_service(k, self.res.agent_nouns, self.res.resolve):
                    after_party(f.items, k)  # "offered the X army T-90 tanks": "T-90 tanks"
            elif named_service(k, self.res.agent_nouns, self.res.resolve):  # the same, "X" no span of the gazetteer
                f.add(role, self.res.resolve_all(k))
                after_party(f.items, k)
