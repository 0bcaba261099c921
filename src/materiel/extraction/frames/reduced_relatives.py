"""A reduced relative the parser reads as the sentence's verb: "bombs supplied to X were used", "The second of
two C-130s bought second-hand from X arrived at the base in March" (the parser makes "bought" the main verb,
the aircraft its subject, and "arrived" a conjunct with no "and"). A system does not buy or supply: when the
subject of a verb of supplying or buying is materiel that names no party, and the verb has no object but a
manner ("second-hand"), the subject is the item. For a verb whose subject would be the recipient, the
garden path must show: a conjunct verb after it with no subject and no "and" of its own."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.second_hand import is_manner_object
from materiel.extraction.mentions.counts import partitive_whole


def _garden_path(v: Token) -> bool:
    """"X bought from Y arrived in March": a later verb hung on v as a conjunct, with no subject, and no
    coordinator between the two."""
    if any(c.dep_ == "cc" for c in v.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > v.i and
               not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in v.children)


def item_subject(v: Token, subj: Token | None, objects: list[Token], spec: dict[str, Any],
                 is_materiel: Any, resolve: Any) -> bool:
    """The verb's subject is the item of a reduced relative (see the module)."""
    if subj is None or any(not is_manner_object(o) for o in objects):
        return False
    role = spec.get("subject")
    if role not in ("supplier", "recipient") or (role == "recipient" and not _garden_path(v)):
        return False
    whole = partitive_whole(subj)  # "the second of two C-130s"
    named = (whole, *(c for c in whole.children if c.dep_ in ("compound", "nmod", "amod")))  # "C-130H Hercules"
    return any(is_materiel(t) for t in named) and resolve(subj) is None and resolve(whole) is None
