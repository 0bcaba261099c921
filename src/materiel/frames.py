"""Transfer frames: predicates (verbs and their nominalisations) with their parties and items,
read from the dependency parse. The verb and noun classes are data (`data/predicates.toml`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.items import ItemFinder, ItemMention
from materiel.resolve import ActorResolver, Resolved

ROLES = ("supplier", "recipient", "intermediary")
INCLUDE_VERBS = {"include", "contain", "comprise", "feature", "cover", "consist"}
SUPPORT_VERBS = {"have", "hold", "sign", "conclude", "agree", "reach", "make", "place", "win", "be",
                 "enter", "finalise", "finalize", "seal", "strike", "ink", "begin", "start", "complete",
                 "close", "confirm", "announce", "receive", "get", "secure", "submit", "file", "lodge",
                 "issue", "renew", "repeat", "send", "put", "table"}
FUTURE_AUX = {"will", "shall", "'ll"}
NEG_MODALS = {"can", "could", "will", "would", "ca", "wo"}
RELATIVE = {"that", "which", "who", "whom"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}


@dataclass
class Frame:
    trigger: Token
    cls: str
    stage: str
    rule: str
    roles: dict[str, list[Resolved]] = field(default_factory=lambda: {r: [] for r in ROLES})
    items: list[ItemMention] = field(default_factory=list)
    implicit: str | None = None
    places: list[Token] = field(default_factory=list)
    governor: Token | None = None
    negated: bool = False
    modal_refusal: bool = False
    confidence: float = 0.8

    def add(self, role: str, actors: list[Resolved]) -> None:
        have = {a.actor.id for a in self.roles[role]}
        self.roles[role].extend(a for a in actors if a.actor.id not in have)


class FrameFinder:
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
        self.res = resolver
        self.items = items

    # -- triggers ---------------------------------------------------------------------------------
    def find(self, sent: Span) -> list[Frame]:
        frames: list[Frame] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.dep_ in ("amod", "compound") and not (tok.tag_ == "VBG" and tok.i == tok.head.left_edge.i
                                                          and self.items.is_materiel(tok.head)):
                continue  # "the requested weapons": an adjective, not a predicate
            if self.verbs.get(lemma) == "arrive" and tok.dep_ in ("advcl", "conj", "xcomp") and \
                    tok.head.lemma_.lower() in self.verbs:
                continue  # "were delivered ..., arriving at the port": the same transfer
            if tok.pos_ in ("VERB", "AUX") and lemma in self.verbs and not self._is_governor_only(tok):
                frames.append(self._verb_frame(tok, self.verbs[lemma]))
            elif tok.pos_ in ("NOUN", "PROPN") and (lemma in self.nouns or tok.lower_ in self.nouns):
                f = self._noun_frame(tok, self.nouns.get(lemma) or self.nouns[tok.lower_])
                if f:
                    frames.append(f)
        return self._drop_nested(frames)

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
            objects = [c for c in v.children if c.dep_ == "nsubjpass"]
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
            objects = [v.head]  # "rifles that X had ordered"
        subject_role = spec.get("subject")
        if cls == "consider":  # "consider a delivery of X" (a supplier) / "the purchase of X" (a buyer)
            nominal = [self.nouns.get(o.lemma_.lower()) for o in objects if o.lemma_.lower() in self.nouns]
            if nominal and nominal[0]:
                subject_role = self.classes[nominal[0]].get("possessor", subject_role)
        if subj is not None and subject_role and subject_role != "item":
            f.add(subject_role, self.res.resolve_all(subj))
        elif subj is not None and subject_role == "item":
            pass
        for o in objects:
            found = self.items.items(o)
            if found:
                f.items.extend(found)
                self._actor_inside(o, f, spec)
                if not self.items.is_materiel(o):
                    self._container_parties(o, f, spec)
            elif spec.get("object"):
                f.add(spec["object"], self.res.resolve_all(o))
                for c in o.children:  # "arming militias with rifles" with the phrase on the object
                    if c.dep_ == "prep" and c.lower_ == "with" and spec.get("preps", {}).get("with") == "item":
                        f.items.extend(m for p in c.children if p.dep_ == "pobj" for m in self.items.items(p))
        for c in v.children:
            if c.dep_ == "dative" and c.pos_ in ("ADP", "PART"):  # "sent weapons to X" parsed as dative
                self._prep(c, f, spec.get("preps", {}))
            elif c.dep_ == "dative" or (c.dep_ in ("dep", "mark") and self.res.is_actor_span(c)):
                f.add(spec.get("dative") or spec.get("object") or "recipient", self.res.resolve_all(c))
            elif c.dep_ == "prep":
                self._prep(c, f, spec.get("preps", {}))
            elif c.dep_ == "prt":
                for p in c.children:
                    if p.dep_ == "prep":
                        self._prep(p, f, spec.get("preps", {}))
        if not f.items and not objects and not (cls == "refuse" and any(c.dep_ in ("ccomp", "xcomp") for c in v.children)):
            f.items.extend(self._items_after(v))
        if any(o.lower_ in ("none", "nothing", "neither") or _no_det(o) for o in objects):
            f.negated = True
        self._item_arguments(f, spec)
        if not f.items and spec.get("implicit") and (f.roles["recipient"] or objects):
            f.implicit = spec["implicit"]
        self._addressee(v, f, spec)
        self._modality(v, f, spec)
        self._deal_clause(v, f, spec)
        return f

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
        if subj is not None and not f.roles[other]:
            f.add(other, self.res.resolve_all(subj))
        lemma = host.lemma_.lower()
        if lemma in self.gov_verbs and f.stage in ("delivered", "offered"):
            f.stage, f.governor = self.gov_verbs[lemma], host

    def _items_after(self, v: Token) -> list[ItemMention]:
        """Fallback when the parse gives the verb no object: the first materiel phrase after it
        in its clause, before any other predicate."""
        for t in v.doc[v.i + 1: v.sent.end]:
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.verbs and t.dep_ not in ("amod", "acl"):
                return []
            if t.is_punct and t.text in ".;:,":
                return []
            if self.items.is_materiel(t):
                span = self.items.span_at[t.i]
                return self.items.items(span.root)
        return []

    def _item_arguments(self, f: Frame, spec: dict[str, Any]) -> None:
        """Arguments the parse hangs on the item ("jets from France", "grenades in Syria"), the
        origin of the item as its supplier ("obtained Iranian drones"), and where it happened."""
        preps = spec.get("preps", {})
        for m in f.items:
            for c in m.head.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "to", "in", "at") and preps.get(c.lower_) != "item":
                    self._prep(c, f, preps)
        t = f.trigger
        if not f.roles["recipient"] and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ in ("dobj", "obj") \
                and f.cls in ("buy", "receive", "supply", "sell"):
            holder = self.subject_of(t.head.head)  # "X operates 20 helicopters bought from Y"
            if holder is not None:
                f.add("recipient", self.res.resolve_all(holder))
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
                            nxt.lower_ in ("made", "built", "supplied", "designed", "manufactured", "produced"):
                        r = self.res._demonym_modifier(t) or (self.res.resolve(t) if self.res.is_actor_span(t) else None)
                        if r:
                            f.add("supplier", [r])
        if not f.roles["supplier"]:
            for m in f.items:
                for c in m.head.children:
                    r = self.res._demonym_modifier(c) if c.dep_ in ("amod", "compound") else None
                    if r and not any(x.actor.id == r.actor.id for x in f.roles["recipient"]):
                        f.add("supplier", [r])
        if not f.roles["supplier"] and not f.places:
            cur = f.trigger
            for _ in range(3):
                if cur.dep_ not in ("advcl", "xcomp", "conj") or cur.head.i == cur.i:
                    break
                cur = cur.head
                for c in cur.children:
                    if c.dep_ == "prep" and c.lower_ in ("to", "in", "at"):
                        f.places.extend(p for p in c.children if p.dep_ == "pobj" and self._is_place(p))

    def _addressee(self, v: Token, f: Frame, spec: dict[str, Any]) -> None:
        """"X informed/told Y they could not export Z": the addressee is the recipient."""
        if f.roles["recipient"] or spec.get("subject") != "supplier":
            return
        for a in v.ancestors:
            if a.lemma_.lower() in ("inform", "tell", "notify", "assure", "promise", "write"):
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
            if a.dep_ == "relcl":
                return a.head
        return rel

    def _container_parties(self, o: Token, f: Frame, spec: dict[str, Any]) -> None:
        """"rejected a request from X for jets": the parties of the phrase that holds the item."""
        is_request = self.nouns.get(o.lemma_.lower()) == "request"
        for c in o.children:
            if c.dep_ == "poss" and is_request:
                f.add("recipient", self.res.resolve_all(c))
            elif c.dep_ == "prep" and c.lower_ in ("from", "to"):
                role = ("recipient" if c.lower_ == "from" else "supplier") if is_request else \
                    spec.get("preps", {}).get(c.lower_)
                if role in ROLES:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            f.add(role, self.res.resolve_all(p))

    def _actor_inside(self, obj: Token, f: Frame, spec: dict[str, Any]) -> None:
        """"send Wagner 300,000 rounds" parsed as one phrase: an actor before the item."""
        role = spec.get("dative")
        if not role:
            return
        for c in obj.subtree:
            if c.i >= obj.i or c.i != obj.left_edge.i:
                continue
            if c.dep_ in ("nmod", "compound", "dep", "npadvmod") and self.res.is_actor_span(c):
                span = self.res.by_token[c.i]
                if span.kb_id_ != "demonym":
                    f.add(role, self.res.resolve_all(c))

    def _prep(self, p: Token, f: Frame, preps: dict[str, str]) -> None:
        word = p.lower_
        pobjs = [c for c in p.children if c.dep_ == "pobj"]
        if word == "on" and pobjs and pobjs[0].lower_ == "behalf":
            owner = [c for c in pobjs[0].children if c.dep_ == "poss"] + \
                    [q for c in pobjs[0].children if c.dep_ == "prep" for q in c.children if q.dep_ == "pobj"]
            if owner:
                f.add("intermediary", f.roles["recipient"])
                f.roles["recipient"] = []
                f.add("recipient", self.res.resolve_all(owner[0]))
            return
        for pobj in pobjs:
            role = preps.get(word)
            if role == "item":
                f.items.extend(self.items.items(pobj))
                continue
            if word in ("in", "at", "inside", "to") and self._is_place(pobj) and not (role and self.res.resolve(pobj) and word == "to"):
                f.places.append(pobj)
                continue
            if role in ROLES:
                actors = self.res.resolve_all(pobj)
                if actors:
                    f.add(role, actors)
                elif role == "recipient" and word == "with":
                    f.items.extend(self.items.items(pobj))
            elif role == "item":
                f.items.extend(self.items.items(pobj))

    def _is_place(self, tok: Token) -> bool:
        span = self.res.by_token.get(tok.i)
        if span is not None and span.kb_id_ in ("country", "metonym"):
            return True
        return tok.ent_type_ in PLACE_ENTS and span is None

    # -- nouns ------------------------------------------------------------------------------------
    def _noun_frame(self, n: Token, cls: str) -> Frame | None:
        spec = self.classes[cls]
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.verbs and c.i > n.i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in n.children):
            return None  # "a deal to buy X": the verb frame carries it
        f = Frame(n, cls, spec["stage"], rule=f"noun:{cls}:{n.lemma_.lower()}", confidence=0.7)
        noun_preps = spec.get("noun_preps", {"of": "item", "to": "recipient", "from": "supplier",
                                             "for": "item", "with": "supplier", "about": "item",
                                             "on": "item", "over": "item"})
        possessor = spec.get("possessor", "supplier")
        for c in n.children:
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
                    elif role in ROLES:
                        f.add(role, self.res.resolve_all(pobj))
                    elif word in ("in", "at") and self._is_place(pobj):
                        f.places.append(pobj)
            elif c.dep_ == "relcl" and c.lemma_.lower() in INCLUDE_VERBS:
                for o in c.children:
                    if o.dep_ in ("dobj", "obj"):
                        f.items.extend(self.items.items(o))
        self._item_arguments(f, {"preps": {k: v for k, v in noun_preps.items() if v != "item"}})
        if n.dep_ in ("nsubj", "nsubjpass"):  # "the cargo (was believed to) include shells"
            verbs = [n.head] + [c for c in n.head.children if c.dep_ == "xcomp"]
            for verb in verbs:
                if verb.lemma_.lower() in INCLUDE_VERBS:
                    for o in verb.children:
                        if o.dep_ in ("dobj", "obj"):
                            f.items.extend(self.items.items(o))
        # "Egypt signed a deal", "Cairo is in talks with Moscow": the support verb's subject.
        if not f.roles[possessor]:
            host = n.head.head if n.dep_ == "pobj" else n.head if n.dep_ in ("dobj", "attr") else None
            if host is not None and host.pos_ in ("VERB", "AUX") and (host.lemma_.lower() in SUPPORT_VERBS or n.dep_ == "pobj"):
                subj = self.subject_of(host)
                if subj is not None and host.lemma_.lower() not in self.gov_verbs:
                    f.add(possessor, self.res.resolve_all(subj))
        f.negated = _no_det(n)
        self._modality(n, f, spec)
        return f

    # -- subjects, governors, modality --------------------------------------------------------------
    def subject_of(self, v: Token, depth: int = 0) -> Token | None:
        if depth > 5:
            return None
        for c in v.children:
            if c.dep_ in ("nsubj", "csubj") or (depth > 0 and c.dep_ == "nsubjpass"):
                if c.lower_ in RELATIVE and v.dep_ == "relcl":
                    return v.head
                return c
        dep, head = v.dep_, v.head
        if head.i == v.i:
            return None
        if dep == "conj":
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
                    poss = [c for c in head.children if c.dep_ == "poss"]
                    return poss[0] if poss else self.subject_of(head.head, depth + 1)
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
        lemma = head.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and dep in ("xcomp", "ccomp", "advcl", "pcomp", "conj"):
            if dep == "conj":
                return self.governor_stage(head) if head.lemma_.lower() in self.verbs else (None, None)
            if dep == "pcomp" and head.dep_ == "prep":
                head = head.head
                lemma = head.lemma_.lower()
            if lemma in self.gov_verbs and (head.pos_ in ("VERB", "AUX")):
                return self.gov_verbs[lemma], head
            if lemma in self.gov_nouns or head.lower_ in self.gov_nouns:
                return self.gov_nouns.get(lemma) or self.gov_nouns[head.lower_], head
        if dep == "acl" and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            if lemma in self.gov_nouns or head.lower_ in self.gov_nouns:
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

    def _modality(self, t: Token, f: Frame, spec: dict[str, Any]) -> None:
        stage, gov = self.governor_stage(t)
        neg = any(c.dep_ == "neg" for c in t.children)
        modals = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if neg and modals & NEG_MODALS and spec.get("subject") == "supplier":
            f.stage, f.modal_refusal, neg = "refused", True, False
            f.rule += ":cannot"
        elif stage:
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
        elif modals & (FUTURE_AUX | {"would"}):
            if f.stage == "delivered" and spec.get("subject") == "supplier":
                f.stage = "offered"  # "will send", "would supply": an offer, hedged when conditional
                f.rule += ":future"
        f.negated = f.negated or neg


def _no_det(n: Token) -> bool:
    """"no weapons deliveries", "had no contact regarding deliveries": a "no" up to the verb."""
    cur: Token | None = n
    while cur is not None and cur.pos_ in ("NOUN", "PROPN", "ADP"):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
            return True
        cur = cur.head if cur.head.i != cur.i else None
    return False
