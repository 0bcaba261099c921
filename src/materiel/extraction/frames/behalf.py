""""on behalf of Y": Y takes the role of the one who acts. "X bought drones on behalf of Y": Y is the buyer, X
an intermediary; "the High Commissioner handed over the ship on behalf of the Government of India": India is the
supplier. A person who acts for Y (an envoy, an officer) is no party of their own; a state or firm that buys for Y
is the intermediary, when the recipient is named ("X shipped shells to Z on behalf of Y"); with no recipient named,
Y is the customer ("delivered by the maker X on behalf of the ministry")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver


def on_behalf(p: Token, f: Frame, res: ActorResolver, classes: dict[str, dict[str, Any]]) -> bool:
    """Read an "on behalf of" phrase `p` into the frame; True when `p` is one."""
    pobjs = [c for c in p.children if c.dep_ == "pobj"]
    if p.lower_ != "on" or not pobjs or pobjs[0].lower_ != "behalf":
        return False
    owner = [c for c in pobjs[0].children if c.dep_ == "poss"] + \
            [q for c in pobjs[0].children if c.dep_ == "prep" for q in c.children if q.dep_ == "pobj"]
    if owner:
        role = "supplier" if classes.get(f.cls, {}).get("subject") == "supplier" else "recipient"
        acting = [a for a in f.roles[role] if a.actor.kind != "person"]
        if role == "supplier" and acting and not f.roles["recipient"]:
            f.add("recipient", res.resolve_all(owner[0]))  # "delivered by the maker X on behalf of Y": Y buys
            return True
        f.roles[role] = []
        f.add(role, res.resolve_all(owner[0]))
        f.add("intermediary", [a for a in acting if all(a.actor.country != o.actor.country or a.actor.country is None
                                                        for o in f.roles[role])])
    return True


def on_items(f: Frame, res: ActorResolver, classes: dict[str, dict[str, Any]]) -> None:
    """"bought 500 rifles on X's behalf" with the phrase hung on the item: read as on the verb."""
    for m in f.items:
        if any(c.dep_ == "prep" and on_behalf(c, f, res, classes) for c in m.head.children):
            return
