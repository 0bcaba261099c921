"""Descriptions by role: "the recipient nation", "the buying country", "the exporting state". Such a phrase
stands for a party of the side it names, so its antecedent is never one told on the other side: "jets sold by X
... radars the buying state installs" is not X. A candidate is on the giving side as the object of
a passive's "by" or of "from", on the taking side as the object of "to" (these come first); the word lists
are in words.toml."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

TAKER_WORDS = lexicon.word_set("resolve", "taker_descriptions")
GIVER_WORDS = lexicon.word_set("resolve", "giver_descriptions")
GIVER_PREPS = ("by", "from")  # the object of an agent phrase or of a source
TAKER_PREPS = ("to",)


def described_side(tok: Token) -> str | None:
    """"taker" or "giver" when the phrase headed by tok names a party by its role, else None."""
    words = {tok.lower_, tok.lemma_.lower()} | {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if words & TAKER_WORDS:
        return "taker"
    if words & GIVER_WORDS:
        return "giver"
    return None


def fitting(tok: Token, candidates: list[Token]) -> list[Token]:
    """The candidate antecedents of tok: those told on the side tok's role names first, nearest first, then
    the others but those told on the opposite side."""
    side = described_side(tok)
    if side is None:
        return candidates
    own, opposite = (TAKER_PREPS, GIVER_PREPS) if side == "taker" else (GIVER_PREPS, TAKER_PREPS)
    on_side = [t for t in candidates if t.dep_ == "pobj" and _prep_of(t) in own]
    return on_side + [t for t in candidates if t not in on_side and not (t.dep_ == "pobj" and _prep_of(t) in opposite)]


def _prep_of(t: Token) -> str:
    """The preposition whose object is t, through a name's own "of" ("the Republic of Korea")."""
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "pobj":
        t = t.head.head
    return t.head.lower_
