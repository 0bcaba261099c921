"""The buyer of a supply told in a feature on one state's imports: "Russia delivered anti-tank missiles in 2008
and 2009", "The United States gave another 60 vehicles" in a magazine feature on one country's arms purchases
over the years. Such sentences name the seller and not the buyer, who is the country the feature is about;
the last recipient told before (discourse.fill_from_context) is often another state named in passing (a
supplier's capital, a country the buyer passed weapons on to).

A text is such a feature when its topic state (mentions/topic.py, use "offer_buyer") receives at least
IMPORT_SHARE of its complete rows (at least IMPORT_MIN of them) and supplies at most SUPPLY_SHARE of them; then
a row whose recipient is only the last one told (`Row.recent`), another state than the topic, takes the topic
state instead, unless its seller is that state or its sentence names the recipient it had; so does a row whose
recipient is a name no list has in a phrase of place ("The first six arrived at X": a base of the buyer's;
`topic_imports.place_preps` in words.toml)."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS
from materiel.record.models import Actor

IMPORT_SHARE = 0.6   # the topic state receives at least this share of the complete rows
IMPORT_MIN = 4       # ... and at least this many of them
SUPPLY_SHARE = 0.25  # and supplies at most this share of them
TOPIC_CONFIDENCE = 0.6
STAGES = ("delivered", "ordered")
PLACE_PREPS = lexicon.word_set("topic_imports", "place_preps")


def _state(p: Resolved | None) -> str | None:
    """The state of a party that is a state or one of its bodies."""
    return p.actor.country if p is not None and p.actor.kind in OFFICIAL_KINDS else None


def _importer(rows: list[Row], topic: str) -> bool:
    """The topic state receives most of the text's complete rows and supplies few of them."""
    done = [r for r in rows if r.supplier is not None and r.recipient is not None and not r.recent
            and r.reading.factuality != "denied"]
    got = sum(1 for r in done if _state(r.recipient) == topic)
    gave = sum(1 for r in done if r.supplier is not None and r.supplier.actor.country == topic)
    return got >= IMPORT_MIN and got >= IMPORT_SHARE * len(done) and gave <= SUPPLY_SHARE * len(done)


def _unlisted_place(p: Resolved) -> bool:
    """A name no list has, where the item came ("arrived at X", "landed in X"): a base or a port of the buyer's."""
    t = p.token
    return p.actor.kind == "other" and not p.actor.country and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS


def to_importing_topic(rows: list[Row], res: ActorResolver) -> None:
    """Give the rows whose recipient is only the last one told, or a place no list has, the topic state of an
    imports feature."""
    topic = res.topics.decide("offer_buyer")
    country = res.lex.countries.get(topic.iso3) if topic is not None else None
    if country is None or not _importer(rows, country.iso3):
        return
    for r in rows:
        if r.supplier is None or r.recipient is None or r.frame.stage not in STAGES or \
                not (r.recent or _unlisted_place(r.recipient)):
            continue
        if r.recipient.actor.country == country.iso3 or r.supplier.actor.country == country.iso3:
            continue
        if r.recent and r.sent.start <= r.recipient.token.i < r.sent.end:
            continue  # the sentence names the recipient itself
        actor = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3, text="")
        r.recipient = Resolved(actor, TOPIC_CONFIDENCE, r.item.head)
        r.recent = False
