"""The buyer of an offer that names none: "Hanwha has offered its K9 howitzer", "Paris had promised transport
helicopters" in a report about one state's purchase or competition. An offer is made to someone; when
neither its clause nor the sentences just before name who, it is the state the text is about (its
topic state, mentions/topic.py, use "offer_buyer": the state its headline and dateline name most, else
the state of its first line), unless that state is the one offering."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

OFFER_CLASSES = lexicon.word_set("offers", "topic_classes")
OFFER_WORDS = lexicon.word_set("offers", "topic_words")
TOPIC_CONFIDENCE = 0.7


def to_topic_state(rows: list[Row], res: ActorResolver) -> None:
    """Give each offer row with a supplier and no recipient the text's state as the recipient."""
    topic = res.topics.decide("offer_buyer")
    country = res.lex.countries.get(topic.iso3) if topic is not None else None
    if country is None:
        return
    for r in rows:
        if r.recipient is not None or r.supplier is None or r.frame.cls not in OFFER_CLASSES:
            continue
        if r.frame.stage != "offered" or r.supplier.actor.country == country.iso3 or \
                r.frame.trigger.lemma_.lower() not in OFFER_WORDS or r.supplier.token.pos_ == "PRON":
            continue  # "agreed to install X", "we have offered X" (a speaker the parse may not place)
        actor = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3, text="")
        r.recipient, r.inherited = Resolved(actor, TOPIC_CONFIDENCE, r.item.head), True
