"""Aid packages told over several sentences: "The package also will deliver more ammunition and 12
support vehicles." A transfer verb whose subject is the package (a definite transfer noun: "the
package", "this tranche", "the shipment") gives what the package named before gives: its supplier and
its recipient."""
from __future__ import annotations

from functools import lru_cache

from materiel import lexicon
from materiel.extraction.discourse import Row

DEFINITE = lexicon.word_set("packages", "definite_dets")
WINDOW_SENTENCES = 4


@lru_cache(maxsize=1)
def transfer_nouns() -> frozenset[str]:
    classes = lexicon.toml("predicates.toml")["classes"]
    return frozenset(n for spec in classes.values() if spec["stage"] in ("delivered", "offered")
                     for n in spec.get("nouns", []))


def inherit_parties(rows: list[Row], sentence_index: dict[int, int]) -> None:
    for i, r in enumerate(rows):
        t = r.frame.trigger
        if r.supplier is not None or r.recipient is not None or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].lemma_.lower() not in transfer_nouns() or \
                not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subj[0].children):
            continue
        here = sentence_index.get(r.sent.start, 0)
        for e in reversed(rows[:i]):
            if here - sentence_index.get(e.sent.start, 0) > WINDOW_SENTENCES:
                break
            if e.supplier is not None and e.recipient is not None and e.sent.start < r.sent.start:
                r.supplier, r.recipient, r.inherited = e.supplier, e.recipient, True
                break
