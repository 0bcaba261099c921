"""A definite description the sentence itself names or places, before any reference back: "the government, the
Republic of X, ..." (an appositive name) and "the government that Y installed in Z" (a relative clause that places
it in a state or its capital; never the clause's own subject, who did the installing). Materiel is no body: "the
16 jets to be built in Tarnby for the Kestrel Air Force" places where they are made, not who takes them."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import believed
from materiel.extraction.mentions.resolved import Resolved

STATE_KINDS = ("state", "government_body")
_ACTORS = lexicon.toml("cues.toml")["actors"]
# bodies of a state that an "in X" after them places ("to the junta in X"); not courts, which do not take arms
STATE_BODIES = (frozenset(_ACTORS["government_nouns"]) | frozenset(_ACTORS["anaphors"]["state"])) - \
    frozenset(_ACTORS["state_blockers"])


def named(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The state an appositive name or a relative clause's place gives tok, a common noun with "the"."""
    if (hedged := believed.party(tok, resolve)) is not None:  # "to a buyer believed to be X"
        return hedged
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    for c in tok.children:
        r = resolve(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
        if r is not None and r.actor.kind in STATE_KINDS:
            return Resolved(r.actor.model_copy(update={"text": tok.text}), r.confidence * 0.9, tok)
    for clause in (c for c in tok.children if c.dep_ == "relcl" and not _materiel(tok)):
        for p in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (o for o in p.children if o.dep_ == "pobj"):
                r = resolve(place)
                if r is not None and r.actor.kind == "state":
                    return Resolved(r.actor.model_copy(update={"text": tok.text}), r.confidence * 0.8, tok)
    return _placed_after(tok, resolve)


def _materiel(tok: Token) -> bool:
    """tok is in a materiel mention ("the jets", "the six C-295 aircraft")."""
    return any(s.start <= tok.i < s.end for s in tok.doc.spans.get("materiel", []))


def _placed_after(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """"sending arms to the junta in X": the parser hangs "in X" on the verb; right after a state's body that is
    the object of the verb's phrase, with no place of its own, it places that body in X."""
    nxt = tok.i + 1
    if tok.lower_ not in STATE_BODIES or tok.dep_ != "pobj" or nxt >= len(tok.doc) or \
            any(c.dep_ == "prep" for c in tok.children):
        return None
    after = tok.doc[nxt]
    if after.lower_ != "in" or after.dep_ != "prep" or after.head.i != tok.head.head.i:
        return None
    for place in (o for o in after.children if o.dep_ == "pobj"):
        r = resolve(place)
        if r is not None and r.actor.kind == "state":
            return Resolved(r.actor.model_copy(update={"text": tok.text}), r.confidence * 0.8, tok)
    return None
