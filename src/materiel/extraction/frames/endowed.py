"""A party endowed with materiel: "Y was presented with two patrol boats (by X)", "X presented Y with two
patrol boats". Verbs that are transfers only toward somewhere (predicates.toml `needs_destination`:
"present", "bestow") name their destination this way too: the endowed party is the verb's object or passive
subject, the materiel its "with" phrase (whose roles the class reads as for "provided Y with X")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token


def endowed(v: Token, items: Any) -> bool:
    """v has a party (object or passive subject) and a "with" phrase that names materiel."""
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in v.children):
        return False
    return any(q.dep_ == "pobj" and items.is_materiel(q)
               for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for q in c.children)
