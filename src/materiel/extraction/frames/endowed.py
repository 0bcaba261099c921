"""A party endowed with materiel: "Y was presented with two patrol boats (by X)", "X presented Y with two
patrol boats". Verbs that are transfers only toward somewhere (predicates.toml `needs_destination`:
"present", "bestow") name their destination this way too: the endowed party is the verb's object or passive
subject, the materiel its "with" phrase (whose roles the class reads as for "provided Y with X"). In the passive
("the rebels were supplied with rifles by Y") the parser may hang the agent's "by" on the materiel, or on the
recipient ("weapons supplied to the rebels by Y"): it is the verb's agent all the same."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon

SOFT = lexicon.word_set("endowed_lists", "soft_categories")


def _names_materiel(q: Token, items: Any) -> bool:
    """q, or a later conjunct of it of a weapon's kind ("with ten vans and six A"), is materiel."""
    return items.is_materiel(q) or any(k in items.span_at and items.span_at[k].label_ not in SOFT  # "six A-7 jets"
                                       for x in q.conjuncts for k in range(x.left_edge.i, x.i + 1))


def endowed(v: Token, items: Any) -> bool:
    """v has a party (object or passive subject) and a "with" phrase that names materiel."""
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in v.children):
        return False
    return any(q.dep_ == "pobj" and _names_materiel(q, items)
               for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for q in c.children)


def stray_agent(v: Token, items: Any) -> list[Token]:
    """"were supplied with rifles by Y": the "by" party the parser hung on the materiel of the "with" phrase;
    "weapons supplied to the rebels by Y": the one it hung on the recipient of the "to" phrase (a name or a
    noun, never a date: "delivered to X by May")."""
    held = [q for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
            for q in c.children if q.dep_ == "pobj" and _names_materiel(q, items)]
    goals = [q for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
             for q in c.children if q.dep_ == "pobj" and not items.is_materiel(q)]
    return [a for q in (*held, *goals) for m in (q, *q.conjuncts) for b in m.children if b.dep_ == "prep" and
            b.lower_ == "by" for a in b.children if a.dep_ == "pobj" and a.ent_type_ not in ("DATE", "TIME")]
