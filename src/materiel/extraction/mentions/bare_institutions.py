"""A bare national institution ("the army", "the navy", "the air force", "the ministry") whose head noun the text
used before in the name of something that is no state's body ("the Baloch Liberation Army", "the Arakan Army"):
when the clauses just before make a state their subject ("Chad is buying aircraft. The army took
delivery of ..."), the institution is that state's, not the earlier name's (mentions/nearest.py). With no state
subject near, the earlier name stands."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import nearest, topic
from materiel.extraction.mentions.resolved import Resolved

STATE_KINDS = ("state", "government_body")


def context_body(tok: Token, same: Resolved | None, resolve: Callable[[Token], Resolved | None],
                 lex: lexicon.Lexicon) -> Resolved | None:
    """The state the clauses just before tie the bare institution tok to, over `same` (its reading by the same
    head noun before) when that reading is no state's; else `same`."""
    if same is None or same.actor.kind in STATE_KINDS or not topic.is_topic_body(tok):
        return same
    state = nearest.subject_state(tok, resolve, lambda a: True, lex, {t.i for t in tok.subtree})
    if state is None:
        return same
    return Resolved(state.model_copy(update={"text": same.actor.text}), 0.7, tok)
