"""The object of a relative clause on an item: "rifles that X had ordered" (no object: the item the clause
hangs on), "the guns it has given Ukraine", "the jets Russia sold Iran" (the only object is a party: it
is the recipient, and the item is the noun the clause hangs on)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import RELATIVE, Frame


def relative_objects(finder: Any, v: Token, objects: list[Token], passive: bool, spec: dict[str, Any],
                     f: Frame) -> list[Token]:
    """The objects of v, a relative clause's verb, with the noun it hangs on where that is the item."""
    if passive or v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in v.children):
        return objects
    if not objects:
        return [finder._antecedent_of_relative(v, v.head)]  # "rifles that X had ordered"
    if finder.items.is_materiel(v.head) and all(not finder.items.is_materiel(o) and finder.res.resolve(o) is not None
                                                for o in objects):
        role = spec.get("dative") or spec.get("object") or "recipient"
        for o in objects:  # "the guns it has given Ukraine": Ukraine receives the guns
            f.add(role, finder.res.resolve_all(o))
        return [finder._antecedent_of_relative(v, v.head)]
    return objects
