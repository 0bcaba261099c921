"""A holder's item described by who supplied it, in a relative clause: "Ruritania's navy relies on its four
Kestrel-class corvettes, which Karvell Marine built in Borduvia and delivered between 2010 and 2014". The verb of
supply in the clause (or joined to its verb) names the seller; the possessor of the noun the clause hangs on
("its", "Ruritania's") holds the item, and so received it. Not for a verb of making alone (words.toml
`former_holders.making_classes`: "its boats, which Y built" may be the holder's own yard's work), nor where the
seller is of the holder's state."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver

MAKING_CLASSES = lexicon.word_set("former_holders", "making_classes")


def _clause_noun(t: Token) -> Token | None:
    """The noun a relative clause hangs on, from its verb or a verb joined to it."""
    v = t.head if t.dep_ == "conj" and t.head.i < t.i else t
    return v.head if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") else None


def relative_holder(f: Frame, res: ActorResolver, items: ItemFinder) -> None:
    """Make the possessor of the noun a relative clause of supply hangs on its recipient."""
    if f.roles["recipient"] or not f.roles["supplier"] or f.trigger.pos_ != "VERB" or f.cls in MAKING_CLASSES:
        return
    noun = _clause_noun(f.trigger)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    if noun is None or owner is None:
        return
    holder = res.resolve(owner)
    if holder is None or holder.actor.kind not in ("state", "government_body") or \
            any(s.actor.id == holder.actor.id or s.actor.country == holder.actor.country for s in f.roles["supplier"]):
        return
    if not f.items:
        f.items = list(items.items(noun))
    if f.items:
        f.roles["recipient"] = [holder]
        f.rule += ":relative_holder"
