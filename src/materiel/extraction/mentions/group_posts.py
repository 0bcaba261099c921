"""A party's post or detachment: "handed over rifles to a Tarn Front unit", "bound for KLF bases in Y",
"delivered to Kivu Front positions near Z". The post noun (words.toml [group_posts] post_nouns) names no one
itself; the name before it does, while the place in its "in"/"near" phrase does not (a province or a town is
no party). Only a named non-state party counts here: a state's unit or base is its state ("the Air Force base
in Y", "the Army's base": mentions/unit_of.py), and a weapon's name makes no party ("Patriot units")."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved

POST_NOUNS = lexicon.word_set("group_posts", "post_nouns")
NAME_DEPS = ("compound", "nmod", "poss")
PLACE_ENTS = ("GPE", "LOC", "FAC")


def owner(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The named party whose post or detachment tok is ("a Tarn Front unit": Tarn Front), or None."""
    if tok.pos_ != "NOUN" or tok.lower_ not in POST_NOUNS:
        return None
    if any(c.dep_ == "compound" and c.pos_ != "PROPN" for c in tok.children):
        return None  # "the X air base", "the Y training camp": a place's name, not a party's post
    for c in tok.children:
        if c.dep_ in NAME_DEPS and c.i < tok.i and c.pos_ == "PROPN" and c.ent_type_ not in PLACE_ENTS and \
                not _materiel(c):
            r = resolve(c)
            if r is not None and r.actor.kind in ("armed_group", "other"):
                return Resolved(r.actor, r.confidence, tok, r.guessed)
    return None


def _materiel(tok: Token) -> bool:
    """A word of the name tok heads is in an item's name the materiel gazetteer found ("Patriot units")."""
    words = [t.i for t in tok.subtree]
    return any(s.start <= max(words) and min(words) < s.end for s in tok.doc.spans.get("materiel", []))
