"""A gapped item that names its own maker: "received armoured vehicles from X and Ruritanian helicopters",
"launchers supplied by X in 2018 and Ruritanian-made drones", "bought trucks from X in 2019 and Ruritanian drones
in 2021". The source phrase of the first conjunct ("from X", "by X") is that conjunct's; the later item's own
maker's adjective (a demonym before its head, also "Ruritanian-made") gives its supplier instead. A supplier that
is the verb's subject ("X sold Y trucks and Ruritanian drones": X sells both) is kept, as is a source the gapped
item shares with the demonym ("from X ... and X-made drones")."""
from __future__ import annotations

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.resolve import ActorResolver, Resolved


def own_maker(items: list[ItemMention], res: ActorResolver) -> Resolved | None:
    """The state whose demonym modifies the gapped items' head before it (all of one state), else None."""
    found: dict[str, Resolved] = {}
    for m in items:
        head = m.head
        for t in head.lefts:
            for w in [t, *(c for c in t.lefts)]:
                if w.dep_ in ("amod", "compound", "npadvmod", "nmod") and (r := res._demonym_modifier(w)) is not None:
                    found[r.actor.id] = r
    return next(iter(found.values())) if len(found) == 1 else None


def keep_own_maker(g: Frame, f: Frame, res: ActorResolver) -> None:
    """Give gapped frame g its items' own maker for the supplier it took from f's source phrase (see the module)."""
    v = f.trigger
    subject = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree}
    if not g.roles.get("supplier") or any(p.token.i in subject for p in f.roles.get("supplier", [])):
        return
    own = own_maker(g.items, res)
    if own is None or any(p.actor.id == own.actor.id for p in g.roles["supplier"]):
        return
    told = {p.token.i for p in f.roles.get("supplier", [])}
    if any(p.token.i not in told for p in g.roles["supplier"]) or any(i > g.items[0].head.i for i in told):
        return  # a source of the gapped item's own, or one told after it: it may be the item's own
    g.roles["supplier"] = [own]
    g.rule += ":own-maker"
