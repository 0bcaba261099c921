"""Materiel traced to a transfer: "researchers traced the rifles to a 2015 shipment from X to Y", "the rifles
were traced to / came from a delivery from X to Y", "the mortars were part of a consignment from X to Y". The
transfer noun names the parties but no item; the materiel is the origin verb's object (active "traced X to")
or its subject (passive, or a verb of origin), or the subject of the copula whose "part of" holds the noun
(`words.toml` [traced])."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon

ORIGIN_VERBS: dict[str, str] = lexicon.word_table("traced", "origin_verbs")  # verb -> the preposition it takes
PART_NOUNS = lexicon.word_set("traced", "part_nouns")
COPULAS = frozenset({"be", "form", "make"})
CONVEYANCES = frozenset(lexicon.toml("predicates.toml")["seizure"]["conveyances"])


def _verb_of(n: Token) -> Token | None:
    """The verb of origin (or the copula of "part of") whose phrase holds the transfer noun n."""
    if n.dep_ != "pobj":
        return None
    prep, head = n.head, n.head.head
    if prep.lower_ == "of" and head.lemma_.lower() in PART_NOUNS and head.dep_ in ("attr", "dobj", "acomp") \
            and head.head.lemma_.lower() in COPULAS:
        return head.head  # "the mortars were part of a consignment"
    if head.pos_ in ("VERB", "AUX") and ORIGIN_VERBS.get(head.lemma_.lower()) == prep.lower_:
        return head
    return None


def traced_heads(n: Token, items: Any) -> list[Token]:
    """The heads of the materiel phrases the transfer noun n is the origin of: the verb's subject, or that of
    the verb it is joined to ("were built in X and formed part of a lot"), the whole of a part ("some of
    the rifles"); an active "traced"'s object."""
    verb = _verb_of(n)
    if verb is None:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    held = objects if objects and verb.lemma_.lower() == "trace" else subjects
    held = [next((q for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children
                  if q.dep_ == "pobj"), c) if c.lower_ in PART_NOUNS else c for c in held]
    return [c for c in held if items.is_materiel(c)]


def items_traced(n: Token, items: Any) -> list[Any]:
    """The materiel the transfer noun n is the origin of, or [] (see the module docstring)."""
    return [m for c in traced_heads(n, items) for m in items.items(c)
            if m.designation or m.head.lemma_.lower() not in CONVEYANCES]  # "the ship was part of a convoy sent to Y"


def stray_recipients(n: Token) -> list[Token]:
    """"were traced to a shipment from X to Y": the parser hangs the noun's "to" phrase on the verb, after the
    phrase that holds the noun; the verb has no recipient of its own."""
    verb = _verb_of(n)
    if verb is None or n.head.head.i != verb.i:
        return []
    return [q for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > n.i
            for q in c.children if q.dep_ == "pobj"]


def participle_parties(n: Token, verbs: dict[str, str], shipment: str = "supply") -> dict[str, list[Token]]:
    """"the rifles were part of a consignment sent from X to Y": the noun's parties told by a participle of
    supplying on it ("from"/"by" its supplier, "to" its recipient), when the noun holds traced materiel."""
    out: dict[str, list[Token]] = {"supplier": [], "recipient": []}
    for c in n.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or verbs.get(c.lemma_.lower()) != shipment:
            continue
        for p in c.children:
            role = {"from": "supplier", "by": "supplier", "to": "recipient"}.get(p.lower_) \
                if p.dep_ in ("prep", "agent") else None
            if role:
                out[role] += [q for q in p.children if q.dep_ == "pobj"]
    return out
