"""The generic phrase a list of examples replaces ("..., including six patrol boats"), and what it still tells of
them: the "to" phrase inside a value's "in" phrase names their recipient ("$40 million in security assistance to
X", the "in" phrase hung on the value or on the verb); a demonym on the generic noun names their supplier ("bought
$15 billion of American equipment, including A, B and C")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.mentions import counts
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import EXAMPLE_PREPS


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


def generic_words(m: ItemMention, trigger: Token) -> list[Token]:
    """The tokens of m's generic phrase before its list of examples (none when m replaced no generic)."""
    g = m.generic
    if g is None or g.i == trigger.i:
        return []
    lists = [c.i for c in g.subtree if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS]
    end = min([*lists, m.span.start])
    return [t for t in g.subtree if t.i < end]
