"""The state an item is built in, as the seller of a build for another's forces: "two tankers are being built in
Spain for the Thai air force", "the first jet, made in Brazil for the Hungarian Air Force, flew on Monday". A verb of
building for a named buyer (predicates.toml `build_for`) whose clause names no builder takes the state of its place
phrase (`site_preps`) as the supplier. Only a state, or a city whose state the gazetteer knows: "built in 2020",
"built in a shipyard" name none; a place in the buyer's own state gives no row (the same-party filter drops it).
Only with the buyer in the verb's own "for" phrase, and not on an item another transfer verb carries ("delivered 15
of the 16 aircraft to be built in X for Y": the delivery's parties tell that item)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver


def _carried(v: Token, verbs: dict[str, str]) -> bool:
    """v is a participle or relative on an item that another transfer verb takes."""
    return v.dep_ in ("acl", "relcl") and v.head.dep_ in ("dobj", "obj", "pobj", "nsubjpass") and \
        any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in verbs for a in v.head.ancestors)


def _for_buyer(v: Token, f: Frame) -> bool:
    return any(r.token.head.dep_ == "prep" and r.token.head.lower_ == "for" and r.token.head.head.i == v.i
               for r in f.roles["recipient"])


def site_supplier(res: ActorResolver, v: Token, f: Frame, spec: dict[str, Any], verbs: dict[str, str]) -> None:
    """Add the state of v's place phrase as supplier when the frame has a buyer and no supplier."""
    preps = spec.get("site_preps") or []
    if f.roles["supplier"] or not preps or not _for_buyer(v, f) or _carried(v, verbs):
        return
    for p in (p for c in v.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"):
        f.add("supplier", [r for r in res.resolve_all(p) if r.actor.kind == "state"])
