"""The phrases of what a value is given in: "$40 million in security assistance to X", with the "in" phrase hung
on the value or on the verb; its "to" phrase names the recipient of the items the sentence lists ("..., including
six patrol boats")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.mentions import counts


def content_phrases(value: Token) -> list[Token]:
    """The prepositions inside the "in" phrase of a value object (none when `value` is no amount of money)."""
    if not counts.is_money(value):
        return []
    hosts = [value, value.head] if value.dep_ in ("dobj", "obj") else [value]
    return [c for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
            for q in p.children if q.dep_ == "pobj" for c in q.children if c.dep_ == "prep"]


def value_recipients(verb: Token) -> list[Token]:
    """The objects of "to" inside the content of the verb's value object: "gave $12 million in aid to X"."""
    return [q for o in verb.children if o.dep_ in ("dobj", "obj") for c in content_phrases(o)
            if c.lower_ == "to" for q in c.children if q.dep_ == "pobj"]
