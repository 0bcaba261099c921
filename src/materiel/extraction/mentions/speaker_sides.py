"""The side a quoted "we"/"us" stands for, from the speaker of the quotation.

Usually the speaker's state ("'We have delivered X,' the French minister said": France). But a member of
an armed group speaks for the group ("'Moscow sends us drones,' a rebel commander said": the rebels, not
the state they fight in), and a body of a state whose state is the other party of the quoted clause
speaks for the body ("'Tehran has not given us a single pistol,' a Revolutionary Guards commander said": the Guards)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import persons
from materiel.extraction.mentions.resolved import Resolved

Speaker = Callable[..., Resolved | None]  # (tok, raw=False): the speaker's state, or with raw its own reading


def _clause_other(tok: Token, resolve: Callable[[Token], Resolved | None]) -> set[str]:
    """The country of the subject of the clause whose object is tok ("Tehran has not given us")."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i), None)
    r = resolve(subj) if subj is not None else None
    return {r.actor.country} if r is not None and r.actor.country else set()


def side(tok: Token, exclude: set[str] | None, speaker: Speaker, resolve: Callable[[Token], Resolved | None],
         lex: lexicon.Lexicon) -> Resolved | None:
    """The party a quoted first-person pronoun tok stands for (see the module docstring); None without a speaker."""
    raw = speaker(tok, raw=True)
    if raw is None or raw.actor.kind == "person":
        return speaker(tok)
    state = persons.state_of(raw, tok, lex)
    if raw.actor.kind == "armed_group" or (raw.actor.kind == "government_body" and state is not None and
                                           state.actor.id in (exclude or set()) | _clause_other(tok, resolve)):
        return Resolved(raw.actor.model_copy(update={"text": tok.text}), raw.confidence, tok)
    return state
