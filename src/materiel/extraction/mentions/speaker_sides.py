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


SPEAKER_VERBS = lexicon.word_set("resolve", "speaker_verbs")
MEMBERS = lexicon.word_set("resolve", "member_speakers")
QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def unnamed_speaker(tok: Token, resolve: Callable[[Token], Resolved | None]) -> bool:
    """A quoted first-person pronoun whose speaker is a fighter naming no party ('"X never gave us a single gun,"
    a rebel commander said'; words.toml [resolve] member_speakers): the pronoun stands for the speaker's side,
    which no lexicon knows, so it takes no party named earlier in the text either (the antecedent search would
    give one the speaker is not). A spokesman or an official speaks for a body the context names: not this."""
    sent = tok.sent
    if sum(t.text in QUOTES for t in sent if t.i < tok.i) % 2 != 1:
        return False  # not inside a quotation opened in its own sentence
    close = next((t for t in sent if t.i > tok.i and t.text in QUOTES), None)
    if close is None:
        return False
    for a in tok.ancestors:
        said = a.head if a.dep_ == "ccomp" else next(
            (c for c in a.children if c.dep_ == "conj" and c.i > close.i), None) if a.head.i == a.i else None
        if said is None or said.lemma_.lower() not in SPEAKER_VERBS:
            continue
        subj = next((c for c in said.children if c.dep_ == "nsubj" and c.i > close.i), None) or next(
            (t for t in tok.doc[close.i + 1: said.i] if t.pos_ == "NOUN" and t.dep_ != "compound"), None)  # hung elsewhere
        if subj is None or subj.lemma_.lower() not in MEMBERS:
            return False
        r = resolve(subj)  # none, or only the person named in apposition ("a militia general, X Y,")
        return r is None or r.actor.kind == "person" and not r.actor.country
    return False
