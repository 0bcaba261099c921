"""The accused of an "of" + gerund the parser hangs on the object: in "X accused the rebels of buying drones from Y"
or "X has long accused Y's officers of selling rifles", the small English model attaches "of buying" to the
object noun, and the gerund's subject would be sought above it, in the accuser. The object of a verb of accusing
(words.toml [governors] object_of_gerund) that names a party is the gerund's doer: the accused, never the accuser;
after a verb of accusing proper ([governors] accusing) even a noun no gazetteer names ("the hill groups")."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from materiel import lexicon

OBJECT_OF_GERUND = lexicon.word_set("governors", "object_of_gerund")
ACCUSING = lexicon.word_set("governors", "accusing")
PREPS = frozenset({"of", "for", "with"})  # "accused X of", "blamed X for", "charged X with"


def accused_holder(noun: Token, prep: Token, holder: Token, resolve: Callable[[Token], Any]) -> bool:
    """noun, the object of an accusing verb holder, is the doer of the gerund under its preposition prep."""
    if noun.dep_ not in ("dobj", "obj") or prep.lower_ not in PREPS or holder.pos_ != "VERB":
        return False
    lemma = holder.lemma_.lower()  # the accused is the doer even unnamed ("accuse the groups of receiving X")
    return lemma in ACCUSING or lemma in OBJECT_OF_GERUND and resolve(noun) is not None
