"""Arming in a figurative or domestic sense: no transfer.

- "the minister ought to arm the police with intelligence", "armed the squad with better training": a verb of
  arming whose item is only implied by the verb and whose "with" phrase names something the item finder does not
  take for materiel;
- "the president is arming the whole population" (a gun law at home): the implied item, a whole people as the object
  ([figurative_arming] population_nouns) and a supplier that no name tells ("the president", or one lent by
  another sentence); "Ruritania is arming the population of the enclave" stays.

"Ruritania is arming the rebels", "armed the militia with rifles" stay rows. Word lists: words.toml
[figurative_arming]."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

POPULATION = lexicon.word_set("figurative_arming", "population_nouns")
WITH_PREPS = lexicon.word_set("figurative_arming", "with_preps")


def figurative(r: Row) -> bool:
    """An implied item of a verb of arming told figuratively (see the module's text)."""
    if r.frame.cls != "arm" or not r.frame.implicit or r.frame.items:
        return False
    trigger = r.frame.trigger
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in WITH_PREPS and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                                                               for o in c.children):
            return True  # "with" names a thing ("with everything we can" names none), and no item was found in it
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in POPULATION]
    return bool(objects) and not _named_supplier(r)


def _named_supplier(r: Row) -> bool:
    """The supplier is named in its own phrase ("Iran", "the Iranian president"), not a bare "the president"."""
    if r.supplier is None:
        return False
    tok = r.supplier.token
    return tok.pos_ == "PROPN" or any(c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper()
                                      for c in tok.children)
