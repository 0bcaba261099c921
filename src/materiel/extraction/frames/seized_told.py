"""A load told as seized by a participle rather than by a clause of its own: "The seized rifles were destined for
X" (the participle a modifier of the item), "Seized off the coast, the rifles were destined for X" (a fronted
participle of the sentence whose subject is the load). The shipment on its way is intercepted. The participles are
the past forms (`lexicon.inflect`) of the verbs of the seizure classes of `predicates.toml`."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from materiel import lexicon
from materiel.lexicon.inflect import inflections

_PREDICATES = lexicon.toml("predicates.toml")
SEIZED = frozenset(form for cls in _PREDICATES["seizure"]["seize_classes"]
                   for lemma in _PREDICATES["classes"][cls]["verbs"] for form in inflections(lemma)
                   if form.endswith("ed"))  # the tagger may read "seized" as an adjective: its form, not its lemma


def told_seized(trigger: Token, item_heads: Iterable[Token]) -> bool:
    """Whether a seizing participle modifies one of the items or fronts the sentence of `trigger`."""
    if any(c.dep_ == "amod" and c.lower_ in SEIZED for h in item_heads for c in h.children):
        return True
    return any(c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < trigger.i and c.lower_ in SEIZED and
               not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children) for c in trigger.children)
