"""A group noun named by examples: "exported drones to more than 30 countries, including Poland, Ukraine
and Morocco", "sold S-400 systems to several states such as China and India", "bought rifles from suppliers
like Serbia". The group names no party of its own (cues.toml [actors] generic); its examples are the parties.
The words are data (`words.toml` [examples])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

GROUPS = lexicon.word_set("examples", "group_nouns") | set(lexicon.toml("cues.toml")["actors"]["generic"])
PREPS = lexicon.word_set("examples", "example_preps")
SUCH_AS = lexicon.word_set("examples", "such_as")


def members(tok: Token) -> list[Token]:
    """The example phrases of a group noun ("countries, including A and B": [A]; A's conjuncts follow it
    through `resolve_all`); none when `tok` is not a group noun or names no examples."""
    if tok.lower_ not in GROUPS:
        return []
    out = []
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        before = [c.doc[c.i - 1]] if c.i > 0 else []
        such = c.lower_ in SUCH_AS and any(s.lower_ == "such" for s in (*c.children, *tok.children, *before))
        if c.lower_ in PREPS or such:
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out
