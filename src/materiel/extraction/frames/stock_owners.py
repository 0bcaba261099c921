"""The owner of the holdings a transfer is drawn from: "the carbines were re-exported from Ruritanian
stocks to Y", "received tanks from the reserves of X", "passed on to Y from X army stocks" (the parser may
hang the "from" phrase on the phrase before it). Holdings nouns, their owner links and the frame classes
are `[stock_sources]` in words.toml. A frame of one of those classes with no supplier takes the owner as
its supplier (so a verb that requires one, "re-transfer", keeps its frame), unless it is its recipient."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

STOCK_NOUNS = lexicon.word_set("stock_sources", "nouns")
OWNER_DEPS = lexicon.word_set("stock_sources", "owner_deps")
CLASSES = lexicon.word_set("stock_sources", "classes")


def from_stocks(heads: list[Token]) -> list[Token]:
    """The holdings nouns of "from" phrases on the given heads."""
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj" and (p.lemma_.lower() in STOCK_NOUNS or p.lower_ in STOCK_NOUNS)]


def owner(stock: Token, res: ActorResolver) -> Resolved | None:
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


def owner_on(heads: list[Token], res: ActorResolver) -> Resolved | None:
    """The first owner of holdings named in a "from" phrase on the heads or on their phrases' objects."""
    heads = [*heads, *(p for h in heads for c in h.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    for stock in from_stocks(heads):
        found = owner(stock, res)
        if found is not None:
            return found
    return None


def fill_supplier(res: ActorResolver, f: Frame, v: Token) -> None:
    """Give a frame of the classes with no supplier the owner of the holdings on its verb, or on the last item
    of its list, where the parser hangs the phrase that closes the list."""
    if f.cls not in CLASSES or f.roles["supplier"]:
        return
    last = [m.head for m in f.items or [] if m.head.dep_ == "conj"]  # "received A, B and C from X stocks": C's phrase
    found = owner_on([v], res) or owner_on(last[-1:], res)
    if found is not None and all(found.actor.id != r.actor.id for r in f.roles["recipient"]):
        f.add("supplier", [found])


__all__ = ["fill_supplier", "from_stocks", "owner", "owner_on"]
