"""A holder described by its kit, not a transfer: "Velorian troops, equipped with Tarvanian-made rifles, patrolled
the border", "the Ostrian army, which is armed with Karvell-built tanks", "the brigade is equipped with Z-40
howitzers". A verb of equipping (`words.toml` [equipped] verbs) as a participle on a holder (a formation word of
[equipped] formations, or a named state, demonym or organisation), or as a present-tense passive whose subject is
such a holder, with no agent ("equipped by X"), tells what the holder has, not who gave it."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

VERBS = lexicon.word_set("equipped", "verbs")
FORMATIONS = lexicon.word_set("equipped", "formations")
HOLDER_ENTS = ("GPE", "NORP", "ORG")
PRESENT_TAGS = ("VBZ", "VBP")


def holder_kit(f: Frame) -> bool:
    """The frame's trigger equips a holder it describes (a participle on it, or a present passive of it), no agent."""
    t = f.trigger
    if t.lemma_.lower() not in VERBS or t.tag_ != "VBN" or any(c.dep_ == "agent" for c in t.children):
        return False
    if t.dep_ in ("acl", "amod"):
        return _holder(t.head)
    aux = [c for c in t.children if c.dep_ == "auxpass"]
    if len(aux) != 1 or aux[0].tag_ not in PRESENT_TAGS or any(c.dep_ == "aux" for c in t.children):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in ("which", "who", "that") and t.dep_ == "relcl":
        subj = t.head
    return subj is not None and _holder(subj)


def _holder(t: Token) -> bool:
    """A formation word ("troops", "the army") or a named state, people or organisation."""
    return t.lemma_.lower() in FORMATIONS or t.lower_ in FORMATIONS or \
        (t.pos_ == "PROPN" and t.ent_type_ in HOLDER_ENTS)
