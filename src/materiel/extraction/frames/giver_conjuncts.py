"""A participle of giving joined to a participle of making on one item: "four boats, built by A and donated by B",
"rifles made by A and sold by B". The maker's "by" party is the supplier only when no joined participle of giving
names one: the giver's is (`frames/objects.py` `_maker`). The participles of giving are those of words.toml
[trailing_agents] but the verbs of making ([arguments] maker_verbs); paying or financing ("paid for by") names no
giver, and a joined participle with a subject or an object of its own is a clause of its own."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

MAKERS = lexicon.word_set("arguments", "maker_verbs")
GIVING = lexicon.word_set("trailing_agents", "participles") - MAKERS
OWN = ("nsubj", "nsubjpass", "dobj", "obj", "mark")


def giver_agents(made: Token) -> list[Token]:
    """The objects of the "by" phrases of the past participles of giving joined to `made`, a participle of making."""
    out: list[Token] = []
    for v in made.conjuncts:
        if v.tag_ != "VBN" or v.lemma_.lower() not in GIVING or any(c.dep_ in OWN for c in v.children):
            continue
        out += [p for c in v.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                for p in c.children if p.dep_ == "pobj"]
    return out
