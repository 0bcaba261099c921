"""Materiel that receives something is refitted, not supplied: no row.

"The air force's A jets, bought from X in 2009, will receive new engines next year" tells a refit of the jets; the
receive class would read the engines as delivered to (or ordered by) whoever the context offers, from the jets'
supplier. A row whose trigger is a verb of receiving ([refits] verbs) whose subject is materiel (an item phrase, or a
relative pronoun standing for one: "the frigates, which got new radars") is dropped when the clause names no supplier
of its own; "the frigates will receive new radars from X" keeps its row, and so do parties that receive ("the navy
received new radars").

Word lists: words.toml [refits]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.items import ItemFinder

VERBS = lexicon.word_set("refits", "verbs")
RELATIVE = lexicon.word_set("refits", "relative_pronouns")


def _subject(v: Token) -> Token | None:
    """The verb's active subject, a relative pronoun's noun in its stead."""
    for c in v.children:
        if c.dep_ == "nsubj":
            if c.lower_ in RELATIVE and v.dep_ == "relcl" and v.head.i != v.i:
                return v.head
            return c
    return None


def refitted(r: Row) -> bool:
    """The row's verb of receiving has materiel as its subject and no supplier of its own (module docstring)."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in VERBS or r.frame.roles.get("supplier"):
        return False
    subject = _subject(t)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and bool(ItemFinder(t.doc).items(subject))
