"""The head noun of a definite description ("the army", "the junta") and the earlier phrases on the same head
that it may take up (mentions/coreference.py `_same_head`)."""
from __future__ import annotations

from spacy.tokens import Token


def head_key(t: Token) -> tuple[str, str]:
    """A head noun's lemma and kind: a headline's "Junta" (tagged a proper noun) is the text's "the junta"."""
    return t.lemma_.lower(), "N" if t.pos_ in ("NOUN", "PROPN") else t.pos_


def group_name(t: Token) -> bool:
    """A proper name built on the head ("the Baloch Liberation Army"), not a state's body ("the Pakistan Army"):
    a word of the name names no state or people. "the army" is not that group."""
    return t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.ent_type_ not in ("GPE", "NORP") for c in t.children)
