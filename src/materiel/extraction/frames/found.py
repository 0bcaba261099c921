"""Materiel of a named origin found in someone's hands, as UN panels and arms-tracing reports tell it:
"the Panel identified Chinese-made FN-6 missiles in the possession of rebel forces", "investigators
documented Serbian-made mortar rounds in RSF stockpiles". The origin the text marks on the item ("X-made",
"made in X", "of X origin") supplied it; the holder ("in the possession of Y", "in Y's stockpiles", "with
Y") received it. A bare place ("debris of Russian-made missiles found in Poland") names no holder and
gives no row. The finding verbs are data (`chains.toml` finding_verbs).

Materiel found hidden is seized (or found in a place of concealment, frames/interposed_finds.py): "officers inspected the container and found 14 rifles concealed in
refrigerators" (a finding verb whose items carry a participle of hiding, [seizure] hiding_verbs in
predicates.toml), or found in a conveyance or container searched ("stopped a truck and found 60 rifles"), is a
seizure by the finder, whose shipment's parties the text may give next ("The container
was destined for X")."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames import searched_vessels
from materiel.extraction.frames.framebase import INTERCEPTOR, FinderState, Frame
from materiel.extraction.frames.interposed_finds import concealed, interposed_objects
from materiel.extraction.mentions.resolve import Resolved

FOUND_CONFIDENCE = 0.6
HOLDER_PREPS = ["in", "with", "among"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    chains = lexicon.toml("chains.toml")
    marks = lexicon.word_set("arguments", "origin_participles") | \
        frozenset(lexicon.toml("predicates.toml")["seizure"]["origin_nouns"])
    return frozenset(chains["finding_verbs"]), marks


_SEIZURE = lexicon.toml("predicates.toml")["seizure"]
HIDING = frozenset(_SEIZURE["hiding_verbs"]) - frozenset(_SEIZURE["inventory_verbs"])


def _hiding(t: Token) -> bool:
    """A participle of hiding on a noun: "rifles concealed in appliances"."""
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in HIDING


CONVEYANCES = frozenset(_SEIZURE["conveyances"])
CARRIERS = CONVEYANCES | frozenset(_SEIZURE["containers"])
CARGO_VERBS = frozenset(_SEIZURE["cargo_verbs"])
CARRIER_PREPS = frozenset(_SEIZURE["carrier_preps"])


def _searched(v: Token) -> bool:
    """"stopped a truck and found 60 rifles", "searched the van, finding ...": a finding joined to a verb whose
    object is a conveyance or container (what was found in it was seized)."""
    heads = [v.head] if v.dep_ in ("conj", "advcl") else []
    heads += [c for c in v.children if c.dep_ in ("advcl", "conj")]  # "after searching the truck, police found"
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in CARRIERS for h in heads for o in h.children)


def _in_carrier(v: Token) -> bool:
    """"found 12 pistols in a lorry", "discovered grenades inside a van": the place of the finding (a phrase of
    the verb or of its object) is a conveyance or container."""
    heads = [v, *(o for o in v.children if o.dep_ in ("dobj", "obj"))]
    return any(q.lemma_.lower() in CARRIERS for h in heads for p in h.children
               if p.dep_ == "prep" and p.lower_ in CARRIER_PREPS for q in p.children if q.dep_ == "pobj")


def _carried(v: Token) -> list[Token]:
    """"a man whose lorry was found to contain 40 carbines", "the crates were found to hold X": the objects of a verb of
    carrying (`cargo_verbs`) that a passive finding says a conveyance or container held."""
    if not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in CARRIERS for c in v.children):
        return []
    return [o for x in v.children if x.dep_ == "xcomp" and x.lemma_.lower() in CARGO_VERBS
            for o in x.children if o.dep_ in ("dobj", "obj")]


class Found(FinderState):
    def _holders(self, v: Token, preps: list[str]) -> list[Resolved]:  # provided by Chains
        raise NotImplementedError

    def _item_arguments(self, f: Frame, spec: dict[str, Any]) -> None:  # provided by Arguments
        raise NotImplementedError

    def _found(self, sent: Span, frames: list[Frame]) -> list[Frame]:
        verbs, marks = _words()
        out: list[Frame] = []
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or any(f.trigger.i == v.i for f in frames):
                continue
            objs = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            f = Frame(v, "receive", "delivered", rule=f"found:{v.lemma_.lower()}", confidence=FOUND_CONFIDENCE)
            f.items = [m for o in objs for m in self.items.items(o)
                       if any(t.lower_ in marks for t in m.head.subtree)]  # only an item whose origin is told
            if not f.items:
                out += self._found_hidden(v)
                continue
            self._item_arguments(f, {"preps": {}})
            holders = self._holders(v, HOLDER_PREPS) + [r for m in f.items for r in self._holders(m.head, HOLDER_PREPS)]
            sellers = {r.actor.id for r in f.roles["supplier"]}
            f.roles["recipient"] = []
            f.add("recipient", [r for r in holders if r.actor.id not in sellers])
            if f.roles["supplier"] and f.roles["recipient"]:
                out.append(f)
        return out

    def _found_hidden(self, v: Token) -> list[Frame]:
        """A seizure of the items the verb finds hidden, by its subject (see the module)."""
        if any(c.dep_ == "neg" for c in v.children) or any(
                d.dep_ == "det" and d.lower_ == "no" for o in v.children if o.dep_ in ("dobj", "obj") for d in o.children):
            return []  # "found nothing", "found no weapons"
        carried = _carried(v)  # "the van was found to contain 12 rifles": found in a conveyance searched
        direct = carried or [o for o in v.children if o.dep_ in ("dobj", "obj")]
        objs = direct or interposed_objects(v)
        hidden = bool(objs) and concealed(v)  # "found, under the sacks of rice, 9 carbines"
        hiding = next((t for t in v.doc[v.i + 1: v.sent.end] if _hiding(t)), None)
        if hiding is not None and any(t.pos_ in ("VERB", "AUX") for t in v.doc[v.i + 1: hiding.i]):
            hiding = None  # "found 14 rifles, two carbines and 900 rounds concealed in ...": no other predicate between
        inside = hiding is None and not carried and not _searched(v) and _in_carrier(v)
        if not objs or (hiding is None and not hidden and not carried and not _searched(v) and not inside):
            return []
        objs += [t for t in v.doc[objs[0].i + 1: hiding.i] if t.dep_ in ("npadvmod", "appos") and t.head.i != v.i
                 and self.items.is_materiel(t)] if hiding is not None else []  # a listed item the parser hung elsewhere
        items = [m for o in objs for m in self.items.items(o)]
        if not items:
            return []
        f = Frame(v, "seize", "intercepted", rule=f"found_hidden:{v.lemma_.lower()}", confidence=FOUND_CONFIDENCE)
        f.items = items
        subj = self.subject_of(v)
        f.roles.setdefault(INTERCEPTOR, [])
        if subj is not None:
            f.add(INTERCEPTOR, self.res.resolve_all(subj))
        searched_vessels.add_route(f, self.res, CONVEYANCES, self.destination_words)  # "bound for Y"
        if inside:  # "found 12 pistols in a lorry bound for Y": a seizure only of a load on its way
            searched_vessels.add_onward(f, self.res, self.destination_words)
            if not f.roles.get("recipient") and not hidden:
                return []
        return [f]
