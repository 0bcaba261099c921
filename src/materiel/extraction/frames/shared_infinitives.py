"""A bare infinitive coordinated with an earlier one shares its auxiliary, its "to" and what governs it: in "X will
train the crews and deliver 12 Y", "X was to build the hulls and deliver 12 Y", "X agreed to train pilots and supply
12 Y", the second verb ("deliver", "supply") has no subject, auxiliary or "to" of its own and reads as the first
verb does (a future, a schedule, an agreement), not as a finished delivery."""
from __future__ import annotations

from spacy.tokens import Token

_OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark")
_BARE = "VB"  # the base form: a finite past ("trained pilots and supplied Y") has tense of its own


def infinitive_host(t: Token) -> Token | None:
    """The first verb of a coordination of bare infinitives whose auxiliaries and governor t shares, or None."""
    if t.dep_ != "conj" or t.tag_ != _BARE or any(c.dep_ in _OWN for c in t.children):
        return None
    host = t.head
    while host.dep_ == "conj" and host.tag_ == _BARE and host.head.pos_ in ("VERB", "AUX"):
        host = host.head
    if host.tag_ != _BARE or host.pos_ not in ("VERB", "AUX"):
        return None
    return host
