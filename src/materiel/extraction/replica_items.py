"""Replicas, props and museum pieces: no transfer, whatever the verb ("supplied 200 replica rifles to the film's
producers", "dummy grenades made by a props company", "tanks lent by the museum for the parade").

- an item whose own phrase holds a replica word ([replica_items] modifiers): "replica rifles", "imitation pistols";
- an item whose supplier's own phrase, or the phrase of the verb's agent when the supplier was found elsewhere, is a
  props maker, a film studio, a museum or a collector ([replica_items] supplier_words): "lent by the war museum",
  "supplied by a props firm based in <a capital>".

Word lists: words.toml [replica_items]."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row

AGENT_DEPS = ("nsubj", "agent")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (civil.words_pattern(lexicon.word_list("replica_items", "modifiers")),
            civil.words_pattern(lexicon.word_list("replica_items", "supplier_words")))


def _agents(trigger: Token) -> list[str]:
    """The phrases of the verb's subject and of its "by" agent."""
    doc = trigger.doc
    out = []
    for c in trigger.children:
        if c.dep_ in AGENT_DEPS:
            out.append(doc[c.left_edge.i:c.right_edge.i + 1].text.lower())
    return out


def replica(r: Row) -> bool:
    """The item is a replica or prop, or its maker or lender a props firm or museum (see the module's text)."""
    items, makers = _patterns()
    if items.search(r.item.span.text.lower()):
        return True
    own = [r.sent.doc[r.supplier.token.left_edge.i:r.supplier.token.i + 1].text.lower()] if r.supplier else []
    return any(makers.search(p) for p in own + _agents(r.frame.trigger))
