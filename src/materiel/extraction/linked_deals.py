"""A transfer noun whose own clause only links it to something else: "the minister denied that the radar deal had
been part of a bargain over fishing rights", "rejected claims that the purchase was tied to a loan". What is denied
or hedged is the link; the transfer itself, told as known, is not (`cues.py` does not climb above such a clause).
Words are data (`words.toml` [linked_deals])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

LINK_NOUNS = lexicon.word_set("linked_deals", "link_nouns")
LINK_VERBS = lexicon.word_set("linked_deals", "link_verbs")


def only_linked(t: Token) -> bool:
    """Whether the noun t is the subject of "was part of X", "was linked/tied to X"."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = t.head
    if v.lemma_.lower() in LINK_VERBS and any(c.dep_ == "auxpass" for c in v.children):
        return True  # "the sale was linked to X"
    return v.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in LINK_NOUNS or c.dep_ == "acomp" and c.lemma_.lower() in LINK_VERBS
        for c in v.children)  # "had been part of X", "is tied to X" (parsed as an adjective)
