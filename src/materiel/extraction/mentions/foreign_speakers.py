"""A speaker that is a party of its own statement: "the junta has received X from Ruritania, the Ruritanian
ministry said". A description of a state ("the junta", "the government") in a reported statement is usually the
speaker's state ("Ruritanian officials said the government would not ..."), but not when the speaker's state is
named in the same sentence as a party of a prepositional phrase ("from Ruritania", "to Ruritania", "by
Ruritania"): then the description is another state, the one of the text (mentions/topic.py, use "home_body")."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from materiel.extraction.mentions import topic
from materiel.extraction.mentions.resolved import Resolved

PARTY_DEPS = ("pobj",)  # the object of a preposition: "from X", "to X", "by X"


def unless_party(speaker: Resolved | None, tok: Token, by_token: dict[int, Span],
                 resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The speaker, or None when tok is a home body ("the junta") and its sentence names the speaker's state as
    the object of a preposition."""
    if speaker is None or not speaker.actor.country or not topic.is_home_body(tok):
        return speaker
    for t in tok.sent:
        if t.i in by_token and t.dep_ in PARTY_DEPS and t.i != tok.i:
            r = resolve(t)
            if r is not None and r.actor.country == speaker.actor.country:
                return None
    return speaker
