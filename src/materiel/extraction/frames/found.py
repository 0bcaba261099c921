"""Materiel of a named origin found in someone's hands, as UN panels and arms-tracing reports tell it:
"the Panel identified Chinese-made FN-6 missiles in the possession of rebel forces", "investigators
documented Serbian-made mortar rounds in RSF stockpiles". The origin the text marks on the item ("X-made",
"made in X", "of X origin") supplied it; the holder ("in the possession of Y", "in Y's stockpiles", "with
Y") received it. A bare place ("debris of Russian-made missiles found in Poland") names no holder and
gives no row. The finding verbs are data (`chains.toml` finding_verbs)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.resolve import Resolved

FOUND_CONFIDENCE = 0.6
HOLDER_PREPS = ["in", "with", "among"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    chains = lexicon.toml("chains.toml")
    marks = lexicon.word_set("arguments", "origin_participles") | \
        frozenset(lexicon.toml("predicates.toml")["seizure"]["origin_nouns"])
    return frozenset(chains["finding_verbs"]), marks


class Found(FinderState):
    def _holders(self, v: Token, preps: list[str]) -> list[Resolved]:  # provided by Chains
        raise NotImplementedError

    def _item_arguments(self, f: Frame, spec: dict[str, Any]) -> None:  # provided by Arguments
        raise NotImplementedError

    def _found(self, sent: Span, frames: list[Frame]) -> list[Frame]:
        verbs, marks = _words()
        out: list[Frame] = []
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or any(f.trigger.i == v.i for f in frames):
                continue
            objs = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            f = Frame(v, "receive", "delivered", rule=f"found:{v.lemma_.lower()}", confidence=FOUND_CONFIDENCE)
            f.items = [m for o in objs for m in self.items.items(o)
                       if any(t.lower_ in marks for t in m.head.subtree)]  # only an item whose origin is told
            if not f.items:
                continue
            self._item_arguments(f, {"preps": {}})
            holders = self._holders(v, HOLDER_PREPS) + [r for m in f.items for r in self._holders(m.head, HOLDER_PREPS)]
            sellers = {r.actor.id for r in f.roles["supplier"]}
            f.roles["recipient"] = []
            f.add("recipient", [r for r in holders if r.actor.id not in sellers])
            if f.roles["supplier"] and f.roles["recipient"]:
                out.append(f)
        return out
