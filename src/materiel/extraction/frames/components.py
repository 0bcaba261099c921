"""Components for a platform: "Germany refused to supply engines for the tanks Turkey sold to Qatar".

A component bought for a platform goes, with the platform, to the platform's customer: the row's
recipient is that end customer (the one the supplier of the component refuses or serves), and the
platform's maker, who fits the component and passes it on, is the row's intermediary. When no
transfer of the platform is told, the platform's owner or maker ("for Turkey's Altay tanks",
"for Turkish drones") receives the component. The platform itself is not a second item of the row.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved


def link_components(frames: list[Frame], is_materiel: Callable[[Token], bool], res: ActorResolver) -> None:
    """Give each frame that names no recipient and whose item is "for" a platform the platform's
    customer and maker."""
    for f in frames:
        platform = _platform(f, is_materiel) if not f.roles["recipient"] else None
        if platform is None:
            continue
        f.items = [m for m in f.items if m.head.i != platform.i] or f.items
        own = {a.actor.id for a in f.roles["supplier"]}
        told = [g for g in frames if g is not f and any(m.head.i == platform.i for m in g.items)
                and g.roles["recipient"]]
        if told:
            g = told[0]
            f.add("recipient", [a for a in g.roles["recipient"] if a.actor.id not in own])
            if not f.roles["intermediary"]:
                f.add("intermediary", [a for a in g.roles["supplier"] if a.actor.id not in own])
            f.rule += ":component"
            continue
        owner = _owner(platform, res)
        if owner is not None and owner.actor.id not in own:
            f.add("recipient", [owner])
            f.rule += ":component"


def _platform(f: Frame, is_materiel: Callable[[Token], bool]) -> Token | None:
    """The platform a frame's item is for: a materiel noun in a "for" phrase of an item or of the
    predicate, other than the item itself ("engines for the tanks", "supplied engines for tanks")."""
    if not f.items:
        return None
    heads = {m.head.i for m in f.items}
    for h in [f.trigger, *(m.head for m in f.items)]:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for p in c.children:
                if p.dep_ == "pobj" and is_materiel(p) and (p.i not in heads or len(heads) > 1) and \
                        any(i != p.i for i in heads) and not any(x.i in heads for x in p.conjuncts):
                    return p  # "a licence for A and B": a list of items, neither the other's platform
    return None


def _owner(platform: Token, res: ActorResolver) -> Resolved | None:
    """"Turkey's Altay tanks", "Turkish Bayraktar drones": who owns or makes the platform."""
    for c in platform.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and res.is_actor_span(c)):
            r = res.resolve(c)
            if r is not None:
                return r
        if c.dep_ == "amod":
            r = res._demonym_modifier(c)
            if r is not None:
                return r
    return None
