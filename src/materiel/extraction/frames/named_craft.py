"""Ships and aircraft handed over under their own name or hull number: "transferred CSB 8021,
formerly the John Midgett, to Vietnam", "handed over P-3107 to the navy". The gazetteer knows classes,
not individual hulls; when a transfer verb already has its recipient in a "to" phrase, a proper name
with a number in its direct object slot is the item, of the kind the text names beside it elsewhere
("the Vietnam Coast Guard ship CSB 8021")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

# Entity types of a name that is never a craft (people, places, dates, sums).
NOT_CRAFT = {"PERSON", "GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP"}


def craft_name(tok: Token, actor_tokens: set[int]) -> Span | None:
    """The named craft that `tok` heads: a proper name holding a number, not a gazetteer actor."""
    if tok.pos_ != "PROPN" or tok.i in actor_tokens or tok.ent_type_ in NOT_CRAFT:
        return None
    toks = sorted([t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "nummod", "nmod", "punct")
                   and t.i >= tok.left_edge.i] + [tok], key=lambda t: t.i)
    toks += [t for t in tok.rights if t.dep_ == "nummod" and t.like_num]
    toks = sorted(set(toks), key=lambda t: t.i)
    start, end = toks[0].i, toks[-1].i + 1
    span = tok.doc[start:end]
    if not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in span) or any(t.i in actor_tokens for t in span):
        return None
    return span


def craft_item(items: ItemFinder, name: Span) -> ItemMention:
    """The item of a named craft; its category from a materiel noun right before the same name."""
    category = "equipment"
    doc = name.doc
    for i in range(len(doc) - len(name)):
        if doc[i: i + len(name)].text == name.text and i > 0 and (i - 1) in items.span_at:
            category = items.span_at[i - 1].label_
            break
    return ItemMention(name.root, name, None, category, None, None, False)
