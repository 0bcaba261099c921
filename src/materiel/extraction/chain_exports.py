"""The first leg of an onward chain told with no recipient of its own: "rifles used by the Z Front were originally
exported by A, B and C" tells who first sold them, not to whom; a recipient borrowed from the text around it (the
group the items reached, another state of the list) would make a row the text does not tell, so the row is
dropped. The adverbs are `chain_adverbs` of [arguments] in words.toml (frames/users.py reads them too); the items
are told by where they ended up (`end_holder_participles`, `user_verbs`, `holder_participles` there), so that "the
rifles were initially delivered by X" stays the row its context makes."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

CHAIN_ADVERBS = lexicon.word_set("arguments", "chain_adverbs")
DESTINATION_PREPS = ("to", "for", "into")
END_HOLDERS = lexicon.word_set("arguments", "end_holder_participles") | lexicon.word_set("arguments", "user_verbs") | \
    lexicon.word_set("arguments", "holder_participles")


def untold_first_leg(r: Row) -> bool:
    """r is a supply told as the chain's first leg ("originally exported by X") whose clause names no destination
    (a subject read as a second party, "the armed group fighting Y", is none)."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX") or r.frame.stage != "delivered" or \
            any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS for c in t.children):
        return False  # "originally exported by X to Y": the first leg's recipient is told
    if not any(c.dep_ == "advmod" and c.lower_ in CHAIN_ADVERBS for c in t.children):
        return False
    return any(p.dep_ in ("acl", "relcl") and p.lemma_.lower() in END_HOLDERS
               for c in t.children if c.dep_ in ("nsubjpass", "nsubj") for p in c.children)  # "rifles used by Z"


__all__ = ["untold_first_leg"]
