"""A state's service named as the indirect object inside the object phrase: "offered the Zorvan army T-90 tanks",
"sold the Ruritanian navy two frigates" (the parser makes "army" a modifier of the item). The service noun with a
capitalised word of its own before it (a demonym or a state's name the gazetteer may not list as a span) that the
resolver reads as a state or a state's body is the party the goods go to (frames/arguments.py `_actor_inside`), and
the item's words start after it.
A bare service ("the army T-90 tanks") or one that resolves to no state is left alone."""
from __future__ import annotations

from collections.abc import Callable, Container
from typing import Any

from spacy.tokens import Token

STATE_KINDS = ("state", "government_body")


def named_service(k: Token, agent_nouns: Container[str], resolve: Callable[[Token], Any]) -> bool:
    """k is a service noun with a capitalised modifier of its own that resolves to a state or a state's body."""
    if k.lemma_.lower() not in agent_nouns:
        return False
    if not any(p.dep_ in ("compound", "amod", "nmod") and p.i < k.i and p.text[:1].isupper() for p in k.children):
        return False
    r = resolve(k)
    return r is not None and r.actor.kind in STATE_KINDS


def after_party(items: list[Any], k: Token) -> None:
    """The items whose phrase took the service in start after it: "T-90 tanks", not "army T-90 tanks"."""
    for m in items:
        if m.span.start <= k.i < m.span.end and k.i + 1 <= m.head.i:
            m.span = m.span.doc[k.i + 1: m.span.end]
