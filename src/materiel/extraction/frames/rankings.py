"""A deal noun that ranks a kind of deal ("the first purchase of a Chinese combat aircraft by a US
partner") characterises a transfer told before; it is not one of its own."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

RANKING_ORDINALS = lexicon.word_set("frame_words", "ranking_ordinals")
SINGLE_DETS = frozenset({"a", "an"})


def ranks_a_kind(trigger: Token, item_head: Token) -> bool:
    """The trigger has a ranking ordinal and the item an indefinite article, or names the trigger's kind as its
    modifier ("its first warship export"): a kind, not things."""
    ranked = any(c.dep_ == "amod" and c.lower_ in RANKING_ORDINALS for c in trigger.children)
    kind = item_head.dep_ == "compound" and item_head.head.i == trigger.i
    return ranked and (kind or any(c.dep_ == "det" and c.lower_ in SINGLE_DETS for c in item_head.children))


def ranked_deal(o: Token, deal_nouns: dict[str, str]) -> bool:
    """"ordered four frigates, the first purchase of an Asian warship by ...": a second object that is a
    ranked deal noun restates the order; its items are no items of the verb."""
    if o.lemma_.lower() not in deal_nouns and o.lower_ not in deal_nouns:
        return False
    return any(c.dep_ == "amod" and c.lower_ in RANKING_ORDINALS for c in o.children)
