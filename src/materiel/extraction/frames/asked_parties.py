"""The party asked for a transfer in a "whether" clause: in "X asked Y whether it could export Z", the
pronoun subject of the clause is Y, the party asked (the object of the verb of asking), not X; the clause is
a request put to Y (frames/clauses.asks_the_asked), so Y is the supplier."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.clauses import asks_the_asked
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver


def put_to_asked(resolver: ActorResolver, t: Token, f: Frame) -> None:
    """When t's clause asks the party asked whether it could give the item, that party supplies it."""
    if f.stage != "requested" or not asks_the_asked(t):
        return
    asked = [c for c in t.head.children if c.dep_ in ("dobj", "dative")]
    actors = [a for c in asked for a in resolver.resolve_all(c)]
    if actors:
        f.roles["supplier"] = []
        f.add("supplier", actors)
