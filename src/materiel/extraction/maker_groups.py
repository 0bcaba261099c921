"""Materiel told by where it was made that reaches an armed or criminal group is the maker's make, not the maker's
delivery: in "rifles made in X are reaching the Y gang", "X-made pistols reached the rebels", "grenades of X
manufacture reached the militia" X is no supplier. The frames read a making word on the item as its supplier when
the predicate names none (frames/arguments.py); for a verb of arrival (`classes` of [maker_groups] in words.toml)
whose recipient is a group, not a state, that reading is dropped and the row, with no source told, is none. A
sender named by the predicate ("X sent Y-made rifles to the rebels") is kept. The making words are
`origin_participles` of [arguments] and `origin_nouns` of [seizure] in predicates.toml."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

CLASSES = lexicon.word_set("maker_groups", "classes")
GROUP_KINDS = lexicon.word_set("maker_groups", "recipient_kinds")
MAKING = lexicon.word_set("arguments", "origin_participles") | \
    frozenset(lexicon.toml("predicates.toml")["seizure"]["origin_nouns"])


def made_mark_only(r: Row) -> bool:
    """r's supplier is a state read from a making word in the item's own phrase, and its recipient a group."""
    if r.supplier is None or r.recipient is None or r.frame.cls not in CLASSES or \
            r.recipient.actor.kind not in GROUP_KINDS or r.recipient.actor.country:
        return False
    phrase = list(r.item.head.subtree)
    if not any(t.i == r.supplier.token.i for t in phrase):
        return False
    return any(t.lower_ in MAKING or t.lower_.rpartition("-")[2] in MAKING for t in phrase)


def drop_makers(rows: list[Row]) -> None:
    """Remove, in place, the rows whose only supplier is the maker a group's materiel is marked with."""
    rows[:] = [r for r in rows if not made_mark_only(r)]


__all__ = ["drop_makers", "made_mark_only"]
