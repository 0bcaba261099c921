"""A denial told again in blanket words: "X rejected a report that it sent Y artillery shells" in the lead and,
further down, the quoted denial "X never gave Y a single weapon or any ammunition". The later telling, with
the same parties and stage (`duplicates._party`), both tellings denied or told as not having happened, whose
item is only a blanket noun ("weapons", "arms", "ammunition", "military equipment": [duplicates] blanket_nouns
of words.toml) and names no model, restates the denial already told: one transfer with it, the first telling
kept (`duplicates.merge_duplicates`). A blanket denial told first stays its own row, and so does a later denial
of a named or specific item ("X also denied sending tanks", "nor any artillery shells")."""
from __future__ import annotations

from materiel import lexicon
from materiel.record.models import Transfer

NOUNS = lexicon.word_set("duplicates", "blanket_nouns")
MODIFIERS = lexicon.word_set("duplicates", "blanket_modifiers")
DISAVOWED = ("denied", "negated")


def blanket(words: list[str]) -> bool:
    """"weapons", "any military equipment": a blanket noun, with no word of kind."""
    return bool(words) and words[-1] in NOUNS and all(w in NOUNS or w in MODIFIERS for w in words[:-1])


def restated_denial(first: Transfer, later: Transfer, later_words: list[str]) -> bool:
    """True when `later` (its words as `duplicates.item_words` gives them) restates the denial `first` in blanket
    words; the parties and the stage are compared by the caller."""
    return first.factuality in DISAVOWED and later.factuality in DISAVOWED and \
        later.evidence.start > first.evidence.start and later.item.designation is None and blanket(later_words)
