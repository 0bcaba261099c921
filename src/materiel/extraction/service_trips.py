"""Materiel sent away to be serviced is not transferred: "Freedonia shipped three trainers to Ruritania for repairs",
"the navy sent its corvette to a foreign yard for a refit", "the tanks were sent to the plant for modernisation".
The owner keeps the goods; the yard that services them is no recipient.

A row is such a trip, and dropped, when its trigger is a verb of conveying ([service_trips] verbs: "send", "ship",
"fly") with a "for" phrase, on the verb or on its destination ("to Ruritania for overhaul"), whose object is a
service noun ([service_trips] service_nouns: "overhaul", "repair", "upgrade", "modernisation"). "sent 20 tanks to
Freedonia for its war", "sold overhauled jets to Freedonia" and the onward row ("and then passed on to Y") keep
their rows. Word lists: words.toml [service_trips]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

VERBS = lexicon.word_set("service_trips", "verbs")
SERVICES = lexicon.word_set("service_trips", "service_nouns")


def _service_for(tok: Token) -> bool:
    """tok has a "for" phrase whose object is a service noun ("for overhaul", "for an upgrade")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and (o.lower_ in SERVICES or o.lemma_.lower() in SERVICES) for o in c.children)
        for c in tok.children)


def service_trip(r: Row) -> bool:
    """The row's verb of conveying sends the goods somewhere to be serviced (see the module)."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in VERBS:
        return False
    if _service_for(t):
        return True
    places = [o for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for o in c.children if o.dep_ == "pobj"]
    return any(_service_for(p) for p in places)  # "sent to Ruritania for overhaul", "for" on the place


__all__ = ["service_trip"]
