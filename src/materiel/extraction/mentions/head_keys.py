"""The head noun of a definite description ("the army", "the junta") and the earlier phrases on the same head
that it may take up (mentions/coreference.py `_same_head`)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token


def head_key(t: Token) -> tuple[str, str]:
    """A head noun's lemma and kind: a headline's "Junta" (tagged a proper noun) is the text's "the junta"."""
    return t.lemma_.lower(), "N" if t.pos_ in ("NOUN", "PROPN") else t.pos_


def group_name(t: Token) -> bool:
    """A proper name built on the head ("the Baloch Liberation Army"), not a state's body ("the Pakistan Army"):
    a word of the name names no state or people. "the army" takes a state's body named before it, if any."""
    return t.pos_ == "PROPN" and any(c.dep_ == "compound" and not _names_state(c) for c in t.children)


def _names_state(c: Token) -> bool:
    """c names a state or its people: a tagger's place or people, or a state's name or demonym the gazetteer found
    where the tagger read the whole service as one organisation ("The Tarnia Navy's", where "Tarnia" is a gazetteer state)."""
    return c.ent_type_ in ("GPE", "NORP") or any(
        s.start <= c.i < s.end and s.kb_id_ in ("country", "demonym") for s in c.doc.spans.get("actors", []))


GROUP_KINDS = ("armed_group", "state", "government_body")


def same_head_antecedent(before: list[Token], resolve: Callable[[Token], Any]) -> int | None:
    """The index of the phrase on the same head that a bare description takes up: the nearest that is no group's
    proper name ("the army" after "Kenya's army", not after "the X Liberation Army"), else the nearest such name
    that is an armed group, a state or a state's body ("the army" after "the Zeta Army" alone, "the junta" after a
    headline's "Laos Junta"), else None: an unresolved name before leaves the description to be read on its own
    (mentions/coreference.py `_definite`)."""
    bodies = [t.i for t in before if not group_name(t)]
    groups = [t.i for t in before if (g := resolve(t)) is not None and g.actor.kind in GROUP_KINDS]
    found = bodies or groups
    return found[-1] if found else None


def site_owner(t: Token, resolve: Callable[[Token], Any]) -> Any:
    """The firm whose site an unresolved phrase names by its possessor ("its Ostby yard", "the group's Arvo plant"):
    the firm, which a later bare "the yard" takes up; None when no possessor is a company."""
    for c in t.children:
        if c.dep_ == "poss" and (r := resolve(c)) is not None and r.actor.kind == "company":
            return r
    return None
