"""The named contents of a transfer told in a fronted "among" phrase: "Among the weapons Ruritania has received from
Borduria are six Karvell-7 jets". The transfer's clause sits on the object of "among" ("the weapons ... received"),
and the copula's complement names the items; a frame whose only items are generic ([among_contents] in
words.toml) takes the complement's items instead. "Among the systems Y has supplied to X are A" is read by the
parser with the copula as the verb's auxiliary and needs nothing here."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.item_mention import ItemMention

PREPS = lexicon.word_set("among_contents", "preps")
COPULAS = lexicon.word_set("among_contents", "copulas")
GENERIC = lexicon.word_set("among_contents", "generic_categories")


def _complement(noun: Token) -> Token | None:
    """The copula's complement when noun is the object of a fronted "among" on it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in PREPS or prep.dep_ != "prep":
        return None
    cop = prep.head
    if cop.lemma_.lower() not in COPULAS or prep.i > cop.i:
        return None
    return next((c for c in cop.children if c.dep_ in ("attr", "nsubj") and c.i > cop.i), None)


def among_contents(finder: FinderState, frames: list[Frame]) -> None:
    for f in frames:
        if not f.items or any(m.designation or m.category not in GENERIC for m in f.items):
            continue
        t = f.trigger
        if t.dep_ not in ("relcl", "acl"):
            continue
        comp = _complement(t.head)
        named: list[ItemMention] = finder.items.items(comp) if comp is not None else []
        if named:
            f.items = named
