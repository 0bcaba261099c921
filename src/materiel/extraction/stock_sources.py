"""The owner of the holdings a transfer is drawn from supplies it: "the rifles were passed on to X from
Ruritanian army stocks", "grenades drawn from the government's stockpiles", "ammunition from Y's
arsenals". A row with no supplier whose verb, or a participle on its item, has a "from" phrase naming a
holding of `[stock_sources]` (words.toml; the parser may hang it on the phrase before it, "to Y from X stocks") with an owner (a demonym, a possessor, a name or an "of" phrase)
takes that owner as its supplier, unless the owner is the recipient."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

STOCK_NOUNS = lexicon.word_set("stock_sources", "nouns")
OWNER_DEPS = lexicon.word_set("stock_sources", "owner_deps")


def _from_stocks(heads: list[Token]) -> list[Token]:
    """The holdings nouns of "from" phrases on the given heads."""
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj" and (p.lemma_.lower() in STOCK_NOUNS or p.lower_ in STOCK_NOUNS)]


def _owner(stock: Token, res: ActorResolver) -> Resolved | None:
    """The owner the holdings phrase names: "Ruritanian (army) stocks", "its stocks", "stocks of X"."""
    for c in stock.children:
        if c.dep_ in OWNER_DEPS:
            found = res.resolve(c) or res._demonym_modifier(c)
            if found is not None:
                return found
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                found = res.resolve(p) if p.dep_ == "pobj" else None
                if found is not None:
                    return found
    return None


def stock_owner(r: Row, res: ActorResolver) -> Resolved | None:
    """The owner of the holdings the row's item is drawn from, if the text names one."""
    t = r.frame.trigger
    heads = [t, *(c for c in r.item.head.children if c.dep_ == "acl"),  # "grenades drawn from X's stocks"
             *(p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]  # "to Y from X's stocks"
    for stock in _from_stocks(heads):
        found = _owner(stock, res)
        if found is not None:
            return found
    return None


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give a row with no supplier the owner of the holdings it is drawn from."""
    for r in rows:
        if r.supplier is not None:
            continue
        owner = stock_owner(r, res)
        if owner is not None and (r.recipient is None or owner.actor.id != r.recipient.actor.id):
            r.supplier = owner


__all__ = ["fill", "stock_owner"]
