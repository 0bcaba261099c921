"""A party that is materiel: a system's name the tagger took for an organisation, in a party's place ("the air
force's Kestrel jets will receive new engines"). The craft are not a party: their holder is, the possessor the
phrase names ("the air force's", "Ruritania's"), or no one told when that possessor names no party (the role
stays open for the text's context). Without a possessor the name is left alone (a firm's name the lists lack)."""
from __future__ import annotations

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

ROLES = ("supplier", "recipient")
UNKNOWN_KINDS = ("other",)  # a name no list holds and no head word types: not a state, body, firm or group


def _craft(r: Resolved, items: ItemFinder) -> bool:
    """Materiel held by a possessor the phrase names ("the air force's Kestrel jets"), read as a party."""
    return r.actor.kind in UNKNOWN_KINDS and not r.actor.country and items.is_materiel(r.token) and \
        any(c.dep_ == "poss" for c in r.token.children)


def _holder(r: Resolved, res: ActorResolver) -> list[Resolved]:
    own = [p for c in r.token.children if c.dep_ == "poss" for p in [res.resolve(c)] if p is not None]
    return [Resolved(p.actor, p.confidence * 0.9, p.token) for p in own]


def item_holders(f: Frame, res: ActorResolver, items: ItemFinder) -> None:
    """Replace each party of `f` that is materiel by the possessor its phrase names, else drop it."""
    for role in ROLES:
        parties = f.roles[role]
        if not any(_craft(r, items) for r in parties):
            continue
        kept: list[Resolved] = []
        for r in parties:
            for p in (_holder(r, res) if _craft(r, items) else [r]):
                if all(p.actor.id != k.actor.id for k in kept):
                    kept.append(p)
        f.roles[role] = kept
