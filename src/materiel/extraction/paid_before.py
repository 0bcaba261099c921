"""A payment told in the passive of a definite item settles a deal told before; it is no order of its own:
"Those radars were paid for with our own taxes", "the four trucks handed over last year had been
paid for". A row whose trigger is a verb of paying (`words.toml [paid_before] verbs`) in the passive, with a subject
carrying a definite or demonstrative determiner, is dropped. "X paid $95m for six drones from Y" (active) and
"Six drones were paid for by X" (no determiner) stay."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

VERBS = lexicon.word_set("paid_before", "verbs")
DEFINITE = lexicon.word_set("paid_before", "definite_dets")


def paid_before(r: Row) -> bool:
    """The row is a passive payment of an item told before (module docstring)."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in VERBS:
        return False
    subjects = [c for c in t.children if c.dep_ == "nsubjpass"]
    return any(d.dep_ == "det" and d.lower_ in DEFINITE for s in subjects for d in s.children)
