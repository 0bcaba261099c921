"""A supplier told only as a word of another item's phrase ("two Russian Ka-27s came in 2008; in 2016 the army
bought six Rafales"): the demonym names the maker of that item alone, so it is not shared with a row in the
same sentence whose designated system another state makes (discourse.share_in_sentence)."""
from __future__ import annotations

from spacy.tokens import Token

MODIFIER_DEPS = ("amod", "compound", "nmod")


def origin_word(supplier: Token, item_head: Token) -> bool:
    """supplier is a word before item_head that modifies it ("three Russian Ka-27 helicopters")."""
    return supplier.i < item_head.i and supplier.dep_ in MODIFIER_DEPS and item_head in supplier.ancestors
