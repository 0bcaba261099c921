"""Items that are no materiel, whatever their verb: the filter after the civil ones.

- A civilian modifier written as a compound ("non-military aid", "non-military vehicles"): the tagger splits
  it, so its "military" would read as a military modifier; the item's own text is searched for the civil.toml
  [service] civilian_modifiers, and a military modifier outside them still keeps the item.
- A container with no name of its own ("its ninth aid package", "a new tranche"; words.toml [non_items]
  container_nouns): what it holds are rows of their own, and an ordinal on it is no count.
- The craft a load travels in ("put aboard a leased ship, landed at X"): a conveyance noun with no
  name as the object of a boarding preposition ([non_items] boarding_preps; predicates.toml [seizure] conveyances).
- Spares or support kit riding with the deal's main item ("four helicopters, with a stock of spares";
  ancillary_items.py).
- An item word inside the title-case name of a law, treaty or list ("breaching the Arms Transfer Licensing Act",
  an invented name, "the Arms Trade Treaty"; [non_items] law_nouns).

Word lists: words.toml [non_items], civil.toml [service] and [items]."""
from __future__ import annotations

from functools import lru_cache
from re import Pattern

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.ancillary_items import ancillary
from materiel.extraction.civil_goods import civil_goods
from materiel.extraction.discourse import Row

CONTAINER_NOUNS = lexicon.word_set("non_items", "container_nouns")
LAW_NOUNS = lexicon.word_set("non_items", "law_nouns")
BOARDING_PREPS = lexicon.word_set("non_items", "boarding_preps")
NAME_DEPS = ("compound", "nmod", "amod")
NAME_DEPTH = 5  # words a law's name may hold before its head ("Arms Transfer Licensing Act")


@lru_cache(maxsize=1)
def _civilian() -> tuple[Pattern[str], frozenset[str]]:
    data = lexicon.toml("civil.toml")
    return (civil.words_pattern(data["service"]["civilian_modifiers"]),
            frozenset(data["items"]["military_modifiers"]))


def civilian_compound(r: Row) -> bool:
    """"non-military aid": a civilian modifier in the item's own text and no military modifier outside it."""
    if r.designation or r.item.designation:
        return False
    pattern, military = _civilian()
    own = civil.item_words(r).lower()
    if not pattern.search(own):
        return False
    rest = pattern.sub(" ", own).replace("-", " ").split()
    return not any(w in military for w in rest[:-1])


def container(r: Row) -> bool:
    """"its 16th and largest aid package": a container noun with no name as the item."""
    return not (r.designation or r.item.designation) and r.item.head.lower_ in CONTAINER_NOUNS


@lru_cache(maxsize=1)
def _conveyances() -> frozenset[str]:
    return frozenset(lexicon.toml("predicates.toml")["seizure"]["conveyances"])


def boarded_craft(r: Row) -> bool:
    """"aboard a chartered vessel": the craft the load travels in, with no name of its own."""
    head = r.item.head
    if r.designation or r.item.designation or head.dep_ != "pobj" or head.head.lower_ not in BOARDING_PREPS:
        return False
    return head.lemma_.lower() in _conveyances() or head.lower_ in _conveyances()


def in_law_name(head: Token) -> bool:
    """The item's head opens the title-case name of a law or treaty ("the Arms Transfer Licensing Act")."""
    tok = head
    for _ in range(NAME_DEPTH):
        if tok.dep_ not in NAME_DEPS or tok.head.i == tok.i or not tok.is_title:
            return False
        tok = tok.head
        if tok.lower_ in LAW_NOUNS and tok.is_title:
            return True
    return False


def non_item(r: Row) -> str | None:
    """Why the row's item is no materiel (module docstring), None when it stays."""
    if civilian_compound(r):
        return "civilian by its own compound modifier"
    if container(r):
        return "a container with no name"
    if boarded_craft(r):
        return "the craft the load travels in"
    if in_law_name(r.item.head):
        return "a word of a law's name"
    if ancillary(r):
        return "spares riding with the deal's main item"
    return civil_goods(r)


__all__ = ["non_item"]
