"""A load told before its seizure: "Officers inspected three crates at the port. The crates held forty
mortars. The authorities seized the cargo." A seizure verb whose object is a load named again
(a definite container, conveyance or load noun: "the cargo", "the containers") and that names no item of its own
seized what the sentence just before it (within PREVIOUS sentences) listed by a verb of holding
(`cargo_verbs` of [seizure]: "held", "contained", "carried") whose subject is a container or conveyance: those
items are its items, each an intercepted row with the seizure's parties. A sentence before that tells a transfer
of its own lists no such load."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import Frame

WORDS = lexicon.toml("predicates.toml")["seizure"]
CARGO_VERBS = frozenset(WORDS.get("cargo_verbs", []))
LOADS = frozenset(WORDS.get("containers", [])) | frozenset(WORDS.get("conveyances", [])) | \
    frozenset(WORDS.get("load_nouns", []))
DEFINITE = frozenset({"the", "this", "these", "that", "those", "its", "their"})
PREVIOUS = 1  # sentences back from the seizure to the listing


def _named_again(t: Token) -> bool:
    """"the cargo", "the containers", "its load": a load noun with a definite determiner or a possessor."""
    return t.lemma_.lower() in LOADS and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in t.children)


def _listing(sent: Span, items: Any) -> list[Any]:
    """The items a verb of holding lists with a container or conveyance as its subject ("The containers held
    A, B and C")."""
    out: list[Any] = []
    for v in sent:
        if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in CARGO_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in LOADS for c in v.children):
            continue
        for o in (c for c in v.children if c.dep_ in ("dobj", "obj")):
            found = items.items(o) or [m for t in o.subtree if t.dep_ == "pobj" and items.is_materiel(t)
                                       for m in items.items(t)]  # "the barrels of forty mortars"
            out += [m for m in found if all(m.head.i != x.head.i for x in out)]
    return out


def told_loads(by_sentence: list[tuple[Span, list[Frame]]], items: Any, words: seizure.SeizureWords) -> None:
    """Give each seizure of a load named again, with no items, the items listed by the sentence before it."""
    for n, (_, frames) in enumerate(by_sentence):
        for s in frames:
            if s.cls not in words.seize_classes or s.items or n < PREVIOUS:
                continue
            if not any(c.dep_ in ("dobj", "obj", "nsubjpass") and _named_again(c) for c in s.trigger.children):
                continue
            sent, others = by_sentence[n - PREVIOUS]
            if any(f.items for f in others):
                continue
            found = _listing(sent, items)
            s.items = [m for m in found if m.category not in words.broad_categories] or found
