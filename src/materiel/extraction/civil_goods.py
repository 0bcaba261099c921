"""Civilian goods and money beside arms for armies and police: items that are no materiel.

- A head that names civilian goods by itself ("handed over ambulances, tents and generators to the army"),
  with no military modifier in the item's own words ("armoured ambulances" stays).
- A generic item told by its civil use ("office equipment", "medical supplies"), with no designation and no
  military modifier of its own.
- A mine of a mineral ("a rare-earth mine", "the gold mines"): an extraction site, no landmine.
- A boat's engine named by its kind of mount ("outboard engines", "40 new outboard motors"): a head of
  [civil_goods] engine_heads with a word of civil_engine_marks right before it; "twin outboard-powered boats" (the
  boat is the head) and "spare engines" for aircraft stay rows.
- A civilian make's pick-up or off-road model handed to a state's army or police ("60 new Brand-X pick-ups"),
  with no armed modifier; for an armed group it stays (a technical).
- Non-lethal support goods of one state's aid to another's forces ("handed lorries, field radios and two transport
  aircraft to the Y army": the lorries and radios; support_goods.py).
- A sum of money in aid ("will provide $12 million in military aid", "40 million euros of assistance"): the aid
  noun is the object of "in"/"of" on a sum of money; what the money buys, named on its own, stays a row. So are
  generic goods told only by their value ("$40 million worth of equipment", "$9 million in equipment": [civil_goods]
  money_goods, worth_nouns), with no count.

Word lists: words.toml [civil_goods], civil.toml [items] military_modifiers."""
from __future__ import annotations

from functools import lru_cache
from re import Pattern

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row
from materiel.extraction.police_goods import police_kit
from materiel.extraction.retail_sources import civil_compound, dealer_bought, retail_source
from materiel.extraction.support_goods import support_goods

CIVIL_HEADS = lexicon.word_set("civil_goods", "civil_heads")
CIVIL_MODIFIERS = lexicon.word_set("civil_goods", "civil_modifiers")
AID_HEADS = lexicon.word_set("civil_goods", "aid_heads")
MONEY_GOODS = lexicon.word_set("civil_goods", "money_goods")
WORTH_NOUNS = lexicon.word_set("civil_goods", "worth_nouns")
MONEY_PREPS = lexicon.word_set("civil_goods", "money_preps")
MONEY_WORDS = lexicon.word_set("civil_goods", "money_words")
ARMED = lexicon.word_set("civil_goods", "armed_modifiers")
MINERALS = lexicon.word_set("civil_goods", "mineral_words")
MINE_HEADS = ("mine", "mines")
ENGINE_HEADS = lexicon.word_set("civil_goods", "engine_heads")
ENGINE_MARKS = lexicon.word_set("civil_goods", "civil_engine_marks")


@lru_cache(maxsize=1)
def _military() -> frozenset[str]:
    return frozenset(lexicon.toml("civil.toml")["items"]["military_modifiers"])


def _own_words(r: Row) -> list[str]:
    return civil.item_words(r).lower().replace("-", " ").split()


def civil_by_word(r: Row) -> bool:
    """A civil head or a civil-use modifier in the item's own words and no military modifier there."""
    if r.designation or r.item.designation:
        return False
    words = _own_words(r)
    if any(w in _military() for w in words):
        return False
    head = r.item.head.lower_
    if head in MINE_HEADS and any(w in MINERALS for w in words[:-1]):
        return True  # "a rare-earth mine": an extraction site
    if head in ENGINE_HEADS and len(words) > 1 and words[-2] in ENGINE_MARKS:
        return True  # "outboard engines": a boat's motor, no materiel
    return head in CIVIL_HEADS or any(w in CIVIL_MODIFIERS for w in words[:-1])


def _money(tok: Token) -> bool:
    return tok.ent_type_ == "MONEY" or tok.lower_ in MONEY_WORDS


def sum_of_aid(r: Row) -> bool:
    """"$12 million in military aid", "$40 million worth of equipment": an aid noun, or generic goods with no count,
    that is the object of a preposition on a sum of money (or on its "worth")."""
    head = r.item.head
    if r.designation or r.item.designation or head.dep_ != "pobj":
        return False
    goods = head.lower_ in MONEY_GOODS and not any(c.like_num for c in head.children)
    if head.lower_ not in AID_HEADS and not goods:
        return False
    prep = head.head
    if prep.lower_ not in MONEY_PREPS or prep.head.i == prep.i:
        return False
    money = prep.head
    if goods and money.lower_ in WORTH_NOUNS and prep.lower_ == "of":
        return True  # "$40 million worth of equipment"
    return _money(money)


@lru_cache(maxsize=1)
def _models() -> Pattern[str]:
    return civil.words_pattern(sorted(lexicon.word_set("civil_goods", "civil_models")))


def civil_model(r: Row) -> bool:
    """A civilian make's pick-up for a state's forces, with no armed modifier of its own."""
    if r.recipient is None or r.recipient.actor.country is None:
        return False
    text = civil.item_text(r).lower()
    return bool(_models().search(text)) and not any(w in ARMED for w in text.replace("-", " ").split())


def civil_goods(r: Row) -> str | None:
    """Why the row's item is civilian goods or money, None when it stays."""
    if civil_by_word(r):
        return "civilian goods"
    if sum_of_aid(r):
        return "a sum of money in aid"
    if civil_model(r):
        return "a civilian make's pick-up for a state's forces"
    if police_kit(r):
        return "civilian kit for a police body"
    if support_goods(r):
        return "non-lethal support goods of one state's aid to another's forces"
    if civil_compound(r):
        return "a civil compound (air ambulances, fire engines)"
    if retail_source(r) or dealer_bought(r):
        return "bought from a retail dealer"
    return None


__all__ = ["civil_goods"]
