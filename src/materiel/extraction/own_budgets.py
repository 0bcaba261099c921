"""A body asking its own government for money or kit: a domestic budget, no transfer.

"The coast guard asked the government to pay for new radios", "the air force asked the government for new radars",
"the army asked the defence ministry to finance more drones": the asked party is the asker's own state, told by a
bare state-body noun ([own_budgets] body_nouns: "the government", "the ministry", "the treasury") whose phrase names
no state, place or person (no proper noun, no nationality word, no "of"/"in" phrase naming one). Such a row is
dropped when it is a request, or when its verb is one of funding ([own_budgets] funding_verbs: "fund", "finance").
The asker must be told by a common noun ("the navy", "Chile's air force"), not by a name ("Moldova", which may
ask another state's ministry), and be no armed group (rebels asking "the government" are left alone).

A named government keeps its row: "asked the US government for missiles", "asked the government in Washington",
"asked the Norwegian ministry"; so does a supplier named in the clause ("asked the government to buy missiles from
Norway": Norway is the party). Word lists: words.toml [own_budgets]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

BODIES = lexicon.word_set("own_budgets", "body_nouns")
FUNDING = lexicon.word_set("own_budgets", "funding_verbs")
GENERIC = BODIES | lexicon.word_set("own_budgets", "portfolio_words")
NAMING_ENTS = ("GPE", "NORP", "PERSON", "LOC")


def _names_someone(t: Token) -> bool:
    """A capitalised proper noun (not a body noun tagged as one) or a named state, nationality, person or place
    anywhere in the phrase of t."""
    return any(w.ent_type_ in NAMING_ENTS or (w.pos_ == "PROPN" and w.text[:1].isupper() and w.lower_ not in GENERIC)
               for w in t.subtree)


def bare_body(t: Token) -> bool:
    """t is a bare state-body noun naming no one: "the government", "the defence ministry", "the Finance Ministry"."""
    return t.lemma_.lower() in BODIES and not _names_someone(t)


def _common_asker(t: Token) -> bool:
    """The asker is told by a common noun ("the navy", "the Chilean air force"), not by a state's or a body's name
    ("Moldova", "Congress"): a named asker may be another state than the asked government's."""
    return t.pos_ == "NOUN" and not t.text[:1].isupper() or t.lower_ in ("it", "its")


def own_budget(r: Row) -> bool:
    """Whether the row is a body asking its own government for money or kit (see the module)."""
    giver, taker = r.supplier, r.recipient
    if giver is None or taker is None or taker.actor.kind == "armed_group" or not _common_asker(taker.token):
        return False
    if giver.token.sent != r.frame.trigger.sent or not bare_body(giver.token):
        return False
    return r.frame.stage == "requested" or r.frame.trigger.lemma_.lower() in FUNDING


__all__ = ["bare_body", "own_budget"]
