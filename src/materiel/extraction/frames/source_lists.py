"""A list of items each with its own source after the verb: in "received 30 A from X, six B from Y and two C from
Z" the small English model hangs "six B" on X as an apposition (and "two C" as B's conjunct), so the verb's object
is the A alone. Those later entries are items of the verb too: an item noun in apposition to the actor of the
verb's "from" phrase (or to the verb's object: the parser does both), or a conjunct of such an entry, that comes
after that phrase and has a "from" phrase of its own. The frame takes them,
and `own_sources` gives each the source its own phrase names."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver

FROM = "from"


def has_own_from(t: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == FROM and any(p.dep_ == "pobj" for p in c.children) for c in t.children)


def listed_sources(f: Frame, res: ActorResolver, items: ItemFinder) -> list[ItemMention]:
    """The items of the entries after f's verb's "from" phrase that name their own source (module text)."""
    v = f.trigger
    taken = {m.head.i for m in f.items}
    out: list[ItemMention] = []
    sources = [p for prep in v.children if prep.dep_ == "prep" and prep.lower_ == FROM
               for p in prep.children if p.dep_ == "pobj" and res.is_actor_span(p)]
    if not sources:
        return []
    hosts = [*sources, *(m.head for m in f.items if m.head.head.i == v.i)]  # on the source, or on the object
    for host in hosts:
        for entry in (c for c in host.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > sources[0].i):
            for t in (entry, *(c for c in entry.conjuncts if c.i > entry.i)):
                if t.i in taken or not has_own_from(t) or not items.is_materiel(t):
                    continue
                found = [m for m in items.items(t) if m.head.i == t.i]
                out += found
                taken.update(m.head.i for m in found)
    return out


__all__ = ["listed_sources"]
