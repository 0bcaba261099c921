"""A supplier's plan is its announced programme: "the minister set out plans to gift radios to X", "the
government's plans to deliver X to Y were put on hold". DESIGN.md's `offered` covers what a supplier announces or
commits; a plan noun (`words.toml` [governors] supplier_plan_nouns) whose infinitive is a giving verb (a class whose
subject is the supplier) gives that stage. A buyer's "plans to buy X" and the verb "X plans to send Y" are untouched
(considered)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon

SUPPLIER_PLAN_NOUNS = lexicon.word_set("governors", "supplier_plan_nouns")


def supplier_plan(noun: Token, verb: Token, classes: dict[str, dict[str, Any]], verbs: dict[str, str]) -> bool:
    """Whether `noun` is a plan noun whose infinitive `verb` is one of giving (its subject is the supplier)."""
    if noun.lower_ not in SUPPLIER_PLAN_NOUNS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return classes.get(verbs.get(verb.lemma_.lower(), ""), {}).get("subject") == "supplier"
