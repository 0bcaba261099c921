"""Whether a seizure frame reports a seizure of goods. A verb does, or a noun with what or whom it names
("missions such as maritime interdiction" reports none); not a verb whose object is no load: "the army seized
power", "fighters captured the town" (the objects are `non_goods_objects` of [seizure] in `data/predicates.toml`).
The shipments told just after a seizure of no goods are not the seized one (`seized_context.in_context`)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

NON_GOODS = frozenset(lexicon.toml("predicates.toml")["seizure"].get("non_goods_objects", []))


def seized_no_goods(v: Token) -> bool:
    """The seizure verb `v` takes an object that is no load ("seized power", "took control of")."""
    return v.pos_ in ("VERB", "AUX") and any(o.dep_ in ("dobj", "obj", "nsubjpass") and o.lemma_.lower() in NON_GOODS
                                             for o in v.children)


def reported(f: Frame) -> bool:
    """A seizure of goods that happened: a verb, or a noun with what or whom it names; not one of no goods."""
    if seized_no_goods(f.trigger):
        return False
    return f.trigger.pos_ in ("VERB", "AUX", "PROPN") or bool(f.items) or any(f.roles.values())
