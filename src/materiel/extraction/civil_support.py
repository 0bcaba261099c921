"""Civil types in a civil clause, and support lent for a civil task: rows that are no arms transfer.

A row is dropped when
- its item's own words name a civil type (civil_items.csv: a regional jet, a ferry, pickup trucks), no
  military variant, no military party, and its own clause holds no military word and no other weapon: a
  military word in a clause coordinated with it ("X leased two regional jets, and the ministry received
  trucks for the guard") speaks of the other clause;
- its verb lends a service ("provided", "sent", "deployed") and a purpose on the verb or its item (a "to"
  infinitive or a "for" phrase) names a civil task with no military word ("provided helicopters and a
  supply ship to carry election materials", "sent two transport aircraft to evacuate its citizens"): the
  supplier's own crews do the work, nothing changes hands.

Every word list is data (civil.toml [service] support_verbs and support_purposes, civil_items.csv).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row

CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "parataxis")  # the links that open a clause of its own
PURPOSE_CLAUSES = ("advcl", "xcomp", "acl", "relcl")  # a purpose clause on the verb or the item ("to carry X")
PURPOSE_PREPS = ("for",)  # a purpose phrase ("for the evacuation of its citizens")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], re.Pattern[str]]:
    data = lexicon.toml("civil.toml")["service"]
    return frozenset(data["support_verbs"]), civil.words_pattern(data["support_purposes"])


def clause_tokens(r: Row) -> set[int]:
    """The tokens of the trigger's clause, without the clauses coordinated with it."""
    clause = r.frame.trigger
    while clause.dep_ not in CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    cut = {t.i for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return {t.i for t in clause.subtree if t.i not in cut}


def _parties_military(r: Row) -> bool:
    return any(civil.military_party(p) for p in (r.supplier, r.recipient, r.intermediary) if p is not None)


def civil_type_in_clause(r: Row) -> str | None:
    """The item's own words name a civil type, and nothing in its own clause or parties makes it military."""
    head = r.item.head
    phrase = head.doc[min(head.left_edge.i, r.item.span.start): r.item.span.end].text  # "two ATR 72 aircraft"
    kind = civil.civil_item(civil.item_text(r)) or civil.civil_item(phrase)
    if kind is None or civil.marked_variant(r) or civil.military_variant(phrase) or _parties_military(r):
        return None
    if civil.military_modifier(r) or civil.military_sentence(r, clause_tokens(r)):
        return None
    return f"civil type in a civil clause: {kind.family}"


def _infinitive(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def purpose_texts(r: Row) -> list[str]:
    """The "to" infinitive clauses and "for" phrases on the trigger and on the item's head."""
    found = []
    for anchor in (r.frame.trigger, r.item.head):
        for c in anchor.children:
            if (c.dep_ in PURPOSE_CLAUSES and _infinitive(c)) or (c.dep_ == "prep" and c.lower_ in PURPOSE_PREPS):
                found.append(c.doc[c.left_edge.i: c.right_edge.i + 1].text.lower())
    return found


def civil_support(r: Row) -> str | None:
    """A verb that lends a service and a purpose that names a civil task with no military word."""
    verbs, purposes = _lexicon()
    trigger = r.frame.trigger
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in verbs:
        return None
    military = civil.load().military_words
    for text in purpose_texts(r):
        m = purposes.search(text)
        if m and not military.search(text):
            return f"support for a civil task: {m.group(0)}"
    return None


def civil_task(r: Row) -> str | None:
    """Why the row is a civil type in a civil clause or support for a civil task, None when it stays."""
    return civil_type_in_clause(r) or civil_support(r)


__all__ = ["civil_support", "civil_task", "civil_type_in_clause", "clause_tokens", "purpose_texts"]
