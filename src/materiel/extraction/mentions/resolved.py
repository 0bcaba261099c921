"""An actor resolved from a token of the parse, with the confidence of the resolution."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from materiel.record.models import Actor


@dataclass(frozen=True)
class Resolved:
    actor: Actor
    confidence: float
    token: Token
    guessed: bool = False  # a name no list has, taken for an organisation (unlisted.py): lent to no other row


OFFICIAL_KINDS = ("state", "government_body")


def same_state(a: Resolved, b: Resolved) -> bool:
    """One party, or a state and its own body ("Moscow" and "the Russian army"): never the two sides."""
    return a.actor.id == b.actor.id or bool(a.actor.country) and a.actor.country == b.actor.country and \
        a.actor.kind in OFFICIAL_KINDS and b.actor.kind in OFFICIAL_KINDS


def name_part(tok: Token, conjunct: Token, resolve: Callable[[Token], Resolved | None]) -> bool:
    """Whether a conjunct joined to tok by "&" is a word of one firm's name ("Karvell & Sons"), not a party of its
    own: it names no state ("Norway & Sweden" are two)."""
    if tok.doc[conjunct.left_edge.i - 1].text != "&":
        return False
    found = resolve(conjunct)
    return found is None or found.actor.country is None


def _own_relative(t: Token) -> bool:
    """t carries a relative clause of its own set off by a comma ("X, which halted ...")."""
    return any(c.dep_ == "relcl" and c.left_edge.i > 0 and t.doc[c.left_edge.i - 1].text == "," for c in t.children)


def kept_apart(tok: Token, conjunct: Token, resolve: Callable[[Token], Resolved | None]) -> bool:
    """Whether a conjunct of tok is no party alongside it: a word of one firm's name (`name_part`), or a member told
    with a relative clause of its own, as tok is ("X, which froze A, and Y, which halted B": each clause one's)."""
    return name_part(tok, conjunct, resolve) or _own_relative(tok) and _own_relative(conjunct)
