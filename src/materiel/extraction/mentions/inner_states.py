"""The state named on a noun modifier of a body's head rather than on the head: "the Kyrgyz border guards"
(the tagger hangs "Kyrgyz" on "border"), "the Malian border police"."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.mentions.resolved import Resolved


def inner_state(c: Token, res: Any) -> Resolved | None:
    """The party a name or demonym before the noun modifier c names, or None (`res`: the ActorResolver)."""
    if c.dep_ != "compound" or c.pos_ != "NOUN":
        return None
    return next((r for d in c.children if d.dep_ in ("compound", "amod") and d.i < c.i and d.i in res.by_token
                 for r in [res._demonym_modifier(d) or res.resolve(d)] if r is not None), None)
