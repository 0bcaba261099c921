"""A maker's adjective belongs to the item it stands before, never to an item told before it: "first A jets and
Ruritanian drones arrive", "gets first A helicopters, weighs a Ruritanian corvette" give Ruritania the drones
and the ship only. A row whose supplier was read from a demonym that modifies another item of the same frame,
one that comes after the row's own item, loses that supplier (a supplier named elsewhere may fill it later;
filled again with the same demonym, the row is dropped);
"Ruritanian drones and missiles" (the adjective before both) keeps it for both.

Word lists: words.toml [origin_leaks]."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.items import ItemFinder
from materiel.lexicon import names

MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")
HOLDER_WORDS = lexicon.word_set("origin_leaks", "holder_words")
SOURCE_PREPS = lexicon.word_set("origin_leaks", "source_preps")


def _modifies(tok: Token, head: Token) -> bool:
    """tok modifies head before it, directly or through the head's own compound words ("Ruritanian patrol ship"),
    never through a force's name ("a Ruritanian air force plane", "the former Ruritanian Navy ship": the adjective
    there is the force's)."""
    t = tok
    for _ in range(4):
        if t.dep_ not in MODIFIER_DEPS or t.head.i == t.i or t.i >= head.i:
            return False
        if t is not tok and (t.lemma_.lower() in HOLDER_WORDS or t.pos_ == "PROPN"):
            return False
        if t.head.i == head.i:
            return True
        t = t.head
    return False


def leaked(r: Row, heads: list[Token]) -> bool:
    """The row's supplier is a modifier of another item of its frame that comes after the row's own item."""
    if r.supplier is None:
        return False
    tok, own = r.supplier.token, r.item.head
    if tok.doc is not own.doc or tok.i < own.i or own.left_edge.i <= tok.i <= own.i:
        return False
    return any(h.i > own.i and _modifies(tok, h) for h in heads if h.i != own.i)


def still_leaked(r: Row) -> bool:
    """A row whose supplier, filled again from its sentence, is still the demonym of a later item that names
    materiel ("gets first A helicopters, weighs a Ruritanian corvette": no row for the helicopters from it).
    The demonym is the supplier's token or a word of the supplier's text after the row's item."""
    if r.supplier is None or r.supplier.token.doc is not r.item.head.doc:
        return False
    own, text = r.item.head, r.supplier.actor.text
    if any(t.i < own.i and t.text == text for t in own.sent) or r.supplier.token.i < own.i:
        return False  # the demonym (also) stands before the row's own item
    if _named_before(r):
        return False
    marks = [t for t in own.sent if t.i > own.i and (t.i == r.supplier.token.i or t.text == text)]
    later = [h for t in marks for h in own.sent if h.i > own.i and h.pos_ in ("NOUN", "PROPN") and _modifies(t, h)
             and not _source(h)]
    finder = ItemFinder(own.doc)
    return any(finder.items(h) for h in later)


def _source(h: Token) -> bool:
    """"receiving launchers from a Ruritanian consignment", "arrived aboard a Ruritanian ship": a demonym in a phrase
    of source or conveyance (words.toml [origin_leaks] source_preps) names where the load came from."""
    return h.dep_ == "pobj" and h.head.lower_ in SOURCE_PREPS


def _named_before(r: Row) -> bool:
    """The supplier's own state is named before the row's item ("X and Ruritania signed for A, ... Ruritanian B")."""
    own, actor = r.item.head, r.supplier.actor if r.supplier else None
    return actor is not None and any(
        t.i < own.i and t.pos_ == "PROPN" and bool({actor.id, actor.country} & names.known_as(t.text)) for t in own.sent)


def drop_leaked_suppliers(rows: list[Row]) -> list[Row]:
    """Clear the suppliers read from a later item's demonym (module docstring)."""
    heads: dict[int, list[Token]] = defaultdict(list)
    for r in rows:
        heads[id(r.frame)].append(r.item.head)
    for r in rows:
        if leaked(r, heads[id(r.frame)]):
            r.supplier = None
    return rows
