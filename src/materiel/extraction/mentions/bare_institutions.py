"""A bare national institution ("the army", "the navy", "the air force", "the ministry") whose head noun the text
used before in the name of something that is no state's body ("the X Liberation Army", "the Y Army"):
when the clauses just before make a state their subject ("Chad is buying aircraft. The army took
delivery of ..."), the institution is that state's, not the earlier name's (mentions/nearest.py). So too over a
state's body on the same head told before those clauses ("Pakistan's army ... the former Afghan army ... Pakistan
is adding drones. The army took delivery"): the clauses just before tell whose it is. With no state subject near,
the earlier name stands."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import buyer_subjects, nearest, topic
from materiel.extraction.mentions.home_bodies import stale_body
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolved import Resolved

STATE_KINDS = ("state", "government_body")


def context_body(tok: Token, same: Resolved | None, resolve: Callable[[Token], Resolved | None],
                 lex: lexicon.Lexicon, home: Callable[[], Resolved | None] | None = None) -> Resolved | None:
    """The state the clauses just before tie the bare institution tok to, over `same` (its reading by the same
    head noun before) when that reading is no state's; the feature's own state over another's body told in an
    earlier paragraph (home_bodies.py); else `same`."""
    stale = stale_body(tok, same, home)
    if stale is not None:
        return stale
    if same is None or not topic.is_topic_body(tok):
        return same
    if same.actor.kind in STATE_KINDS:
        return _arming_state(tok, same, resolve, lex)
    state = nearest.subject_state(tok, resolve, lambda a: True, lex, {t.i for t in tok.subtree})
    if state is None:
        return same
    return Resolved(state.model_copy(update={"text": same.actor.text}), 0.7, tok)


def _arming_state(tok: Token, same: Resolved, resolve: Callable[[Token], Resolved | None],
                  lex: lexicon.Lexicon) -> Resolved:
    """A state's body on the same head told before: the state the clauses just before show arming itself instead,
    when its sentence or the one before tells no such body ("... Pakistan is adding drones. The army took ...")."""
    if _told_near(tok):
        return same
    others = buyer_subjects.clause_subject_states(tok, resolve)
    found = buyer_subjects.buyer_state(tok, resolve, lex, lambda a: a.country not in others)
    if found is None or found[0].country == same.actor.country:
        return same
    return Resolved(found[0].model_copy(update={"text": same.actor.text}), 0.7, tok)


def _told_near(tok: Token) -> bool:
    """The same head noun in tok's sentence before it or in the sentence before in its paragraph: the description
    takes that one up."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    start = start if same_paragraph(tok.doc, start, tok.i) else sent.start
    return any(t.lemma_.lower() == tok.lemma_.lower() and t.pos_ in ("NOUN", "PROPN") for t in tok.doc[start: tok.i])
