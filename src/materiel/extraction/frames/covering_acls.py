"""What a deal document covers, told by a participle: "signed a letter of intent covering up to six X jets", "a
memorandum of understanding covering 12 Y helicopters", "a framework agreement including four Z boats". The
participle of a verb of including (words.toml [frames] include_verbs) hangs on the deal noun or, in a fixed phrase
"N of M" ("letter of intent", "memorandum of understanding"), on its "of" noun; its object's items are the deal's.
Only for a deal noun that has no item of its own."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel.extraction.frames.framebase import INCLUDE_VERBS
from materiel.extraction.mentions.item_mention import ItemMention


def covered_items(n: Token, items_of: Callable[[Token], list[ItemMention]]) -> list[ItemMention]:
    """The items of the objects of an including participle on the deal noun n or on its "of" noun."""
    hosts = [n] + [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    out: list[ItemMention] = []
    for h in hosts:
        for c in h.children:
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > h.i and c.lemma_.lower() in INCLUDE_VERBS:
                out.extend(m for o in c.children if o.dep_ in ("dobj", "obj") for m in items_of(o))
    return out
