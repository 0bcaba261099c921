"""A delivery programme under way: "X is now delivering 16 Y to Z", "Z is leasing six Y from X". The present
progressive of such a verb, with a count, tells the whole contracted being carried out, not a delivery of that
many done; the row is the order (stage ordered). "Has been delivering", "delivered" and a progressive with no
count stay deliveries, and so does one told on a day ("on 30 July X is delivering eight Y": that day's
handover) (words.toml [frame_words] under_way_verbs, present_be)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

UNDER_WAY = lexicon.word_set("frame_words", "under_way_verbs")
PRESENT_BE = lexicon.word_set("frame_words", "present_be")
DAY_PREPS = lexicon.word_set("frame_words", "day_preps")


def under_way(t: Token, f: Frame) -> bool:
    """t is a present progressive of a programme verb whose items are counted."""
    if t.tag_ != "VBG" or t.lemma_.lower() not in UNDER_WAY or f.stage != "delivered":
        return False
    auxes = [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")]
    if not auxes or any(a not in PRESENT_BE for a in auxes):
        return False
    return any(i.quantity for i in f.items) and not _on_a_day(t)


def _on_a_day(t: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in DAY_PREPS and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
               for c in t.children)


def mark(t: Token, f: Frame) -> None:
    """Make a counted delivery programme under way the order it carries out."""
    if under_way(t, f):
        f.stage = "ordered"
        f.rule += ":under-way"
