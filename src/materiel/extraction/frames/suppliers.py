"""A party named as another's supplier: "X was Y's main arms supplier", "X remained the main supplier of
arms to Y", "the major suppliers of arms to Y were X and Z", "X, Y's largest arms supplier, ...", "named
X as the main supplier of drones to Y" (the nouns and copulas are [suppliers] in `words.toml`). X
delivered the items to Y; with no item named ("X is Y's main supplier") there is no row, unless a participle
names the share it supplies ("..., providing 82 per cent of its arms imports")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame

NOUNS = lexicon.word_set("suppliers", "nouns")
COPULAS = lexicon.word_set("suppliers", "copulas")
ROLE_CATEGORIES = lexicon.word_set("suppliers", "role_categories")  # "arms supplier": a role, no item


def _holder(n: Token, finder: FinderState) -> Token | None:
    """The phrase that names who the supplier noun n is."""
    head = n.head
    if n.dep_ == "attr" and head.lemma_.lower() in COPULAS:
        return finder.subject_of(head)  # "X was Y's main supplier"
    if n.dep_ == "nsubj" and head.lemma_.lower() in COPULAS:
        return next((c for c in head.children if c.dep_ == "attr"), None)  # "the main suppliers were X and Z"
    if n.dep_ == "appos":
        return head  # "X, Y's largest arms supplier, ..."
    if n.dep_ == "pobj" and head.lower_ == "as":
        return next((c for c in head.head.children if c.dep_ in ("dobj", "obj")), None)  # "named X as the supplier"
    return None


def _frame(n: Token, holder: Token, finder: FinderState) -> Frame:
    f = Frame(n, "supply", "delivered", rule="supplier:noun", confidence=0.6)
    f.add("supplier", finder.res.resolve_all(holder))
    objects = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    modifiers = [c for c in n.children if c.dep_ in ("compound", "amod") and finder.items.is_materiel(c)]
    named = [m for o in objects for m in finder.items.items(o)]
    named += [m for o in modifiers for m in finder.items.items(o) if m.category not in ROLE_CATEGORIES]
    f.items = named or _share_items(n, finder)
    ends = [n, *(m.head for m in f.items)]
    goals = [c for c in n.children if c.dep_ == "poss"] + \
        [q for e in ends for c in e.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
         for q in c.children if q.dep_ == "pobj"]
    suppliers = {a.actor.id for a in f.roles["supplier"]}
    f.add("recipient", [a for g in goals for a in finder.res.resolve_all(g) if a.actor.id not in suppliers])
    f.negated = any(c.dep_ == "neg" for c in n.head.children) and n.dep_ in ("attr", "nsubj")
    return f


SHARE_VERBS = lexicon.word_set("suppliers", "share_verbs")


def _share_items(n: Token, finder: FinderState) -> list[Any]:
    """"X became Y's main supplier, providing 82 per cent of its arms imports", "..., accounting for a third of
    its arms imports": the items of the share the supplier's participle names."""
    hosts = [n, n.head] if n.dep_ in ("attr", "nsubj", "appos") else [n]
    parts = [c for h in hosts for c in h.children if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in SHARE_VERBS]
    return [m for v in parts for t in v.subtree if t.i > v.i and finder.items.is_materiel(t)
            for m in finder.items.items(t)][:1]


def supplier_frames(finder: FinderState, sent: Span) -> list[Frame]:
    """Frames of the parties named as another's supplier of a named item."""
    out: list[Frame] = []
    for n in sent:
        if n.lower_ not in NOUNS or n.pos_ not in ("NOUN", "PROPN"):
            continue
        holder = _holder(n, finder)
        if holder is None:
            continue
        f = _frame(n, holder, finder)
        if f.items and f.roles["supplier"] and f.roles["recipient"]:
            out.append(f)
    return out
