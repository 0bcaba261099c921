"""Civilian kit for a police force: the cars, trucks, motorcycles, radios, riot gear and tear gas a donor hands a
police service or gendarmerie are no materiel rows. The weapons and ammunition of the same gift stay rows; so do
armoured or armed vehicles ("armoured anti-riot vehicles"), an item with a designation, and the same goods for an
army or an armed group (a "technical" is a weapon; an army's trucks are military transport).

A row is police kit, and dropped, when
- its taker is a police body: a state body whose name or words hold a police noun ([police_goods] police_nouns),
  or a state named by the modifier of one ("the Zambian police");
- its item has no designation, and its head is one of [police_goods] kit_heads ("pick-up trucks", "hand-held
  radios", "tear gas canisters", "riot helmets") or a generic vehicle head marked civil by a modifier
  ([police_goods] civil_vehicle_marks: "utility vehicles", "double-cab vehicles", "off-road vehicles") whose other
  modifiers are neutral ones (civil_vehicle_words: "new", "light"); bare "vehicles" for a police force may be
  armoured, and stay rows;
- and no armed modifier is among the item's own words (words.toml [civil_goods] armed_modifiers, with
  [police_goods] armed_words: "anti-riot", "mine-protected", "tactical").
Word lists: words.toml [police_goods]."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row

POLICE = lexicon.word_set("police_goods", "police_nouns")
KIT_HEADS = lexicon.word_set("police_goods", "kit_heads")
VEHICLE_HEADS = lexicon.word_set("police_goods", "vehicle_heads")
CIVIL_VEHICLE = lexicon.word_set("police_goods", "civil_vehicle_words")
CIVIL_MARKS = lexicon.word_set("police_goods", "civil_vehicle_marks")
ARMED = lexicon.word_set("civil_goods", "armed_modifiers") | lexicon.word_set("police_goods", "armed_words")
BODY_KINDS = ("government_body", "state")
MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def police_taker(r: Row) -> bool:
    """The row's taker is a police body ("the National Police", "the Mounted Police Service", "the gendarmerie")."""
    taker = r.recipient
    if taker is None or taker.actor.kind not in BODY_KINDS:
        return False
    tok = taker.token  # "the Zambian police": a state named by the modifier of a police noun
    phrase = [tok.lower_] + ([tok.head.lower_] if tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i else [])
    words = f"{taker.actor.name} {taker.actor.text}".lower().replace("-", " ").split() + phrase
    return any(w in POLICE for w in words)


def _kit(words: list[str], head: str) -> bool:
    """The item's own words name police kit: a kit head, or a vehicle head with only civil modifiers."""
    if any(w in ARMED for w in words):
        return False
    if head in KIT_HEADS:
        return True
    modifiers = [w for w in words[:-1] if not w.isdigit()]
    return head in VEHICLE_HEADS and any(w in CIVIL_MARKS for w in modifiers) and \
        all(w in CIVIL_VEHICLE or w in CIVIL_MARKS for w in modifiers)


def police_kit(r: Row) -> bool:
    """Whether the row is civilian kit for a police body (see the module)."""
    if r.designation or r.item.designation or not police_taker(r):
        return False
    text = civil.item_words(r).lower()
    words = text.replace("-", " ").split()
    return bool(words) and _kit(words, r.item.head.lower_)


__all__ = ["police_kit", "police_taker"]
