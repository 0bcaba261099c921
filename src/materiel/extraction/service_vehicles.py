"""A craft that a bought service rides on: no item ("a contract with X for two launches on Y rockets", "booked
four flights aboard Z aircraft"): the deal buys the launches or flights, not the rockets or aircraft. The item's
head is the object of a preposition ([service_vehicles] preps) on a noun of service ([service_vehicles]
service_nouns). "bought two rockets", "a contract for 12 aircraft" stay. Word lists: words.toml
[service_vehicles]."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

SERVICE_NOUNS = lexicon.word_set("service_vehicles", "service_nouns")
PREPS = lexicon.word_set("service_vehicles", "preps")


def service_vehicle(r: Row) -> bool:
    """The item is only the craft of a service bought (see the module's text)."""
    head = r.item.head
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in PREPS and prep.head.pos_ == "NOUN" and \
        prep.head.lemma_.lower() in SERVICE_NOUNS
