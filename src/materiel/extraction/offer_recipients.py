"""The buyer of an offer that names none: "Hanwha has offered its K9 howitzer", "Paris had promised transport
helicopters" in a report about one state's purchase or competition. An offer is made to someone; when
neither its clause nor the sentences just before name who, it is the state the text is about (its
topic state, mentions/topic.py, use "offer_buyer": the state its headline and dateline name most, else
the state of its first line), unless that state is the one offering; but an offer goes to the state that receives
in most of the text's complete rows (`_receiving`), when one does.

So is a purchase told in the passive with a seller and no buyer: "the howitzers have been procured from the
USA", "ten guns were imported from South Korea" in a report on one state's arms buying: the buyer is
that state (unless it is the seller's). So is a request put to a named supplier with no asker (extraction/asked_topic.py)."""
from __future__ import annotations

from collections import Counter

from materiel import lexicon
from materiel.extraction.asked_topic import asked_of
from materiel.extraction.discourse import Row
from materiel.extraction.frames.bidder_items import bidder_offer
from materiel.extraction.frames.contenders import option_told
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

OFFER_CLASSES = lexicon.word_set("offers", "topic_classes")
OFFER_WORDS = lexicon.word_set("offers", "topic_words")
BUYING_CLASSES = lexicon.word_set("offers", "passive_buying_classes")
TOPIC_CONFIDENCE = 0.7
RECEIVING_SHARE = 0.75  # the state receiving at least this share of the text's complete rows, and two or more


def to_topic_state(rows: list[Row], res: ActorResolver) -> None:
    """Give each offer row with a supplier and no recipient the text's state as the recipient; so too a buyer's
    noun frame ("talks on the purchase of X") whose recipient was only the last one told before."""
    topic = res.topics.decide("offer_buyer")
    country = res.lex.countries.get(topic.iso3) if topic is not None else None
    receiving = res.lex.countries.get(_receiving(rows) or "")
    for r in rows:
        target = receiving if receiving is not None and r.frame.stage == "offered" else country
        if target is None:
            continue
        if r.recent and r.supplier is not None and r.supplier.actor.country != target.iso3 and \
                (r.frame.cls in BUYER_CLASSES and r.frame.trigger.pos_ == "NOUN" or bidder_offer(r.frame)):
            r.recipient = None  # "talks on the purchase of Chinese X", "a rival offer of the Y-firm Z": the text's buyer
        if r.recipient is not None or r.supplier is None or r.supplier.actor.country == target.iso3:
            continue
        if not (_passive_purchase(r) or _active_supply(r) or _deal_told(r) or r.recent or asked_of(r) or option_told(r.frame)) and (
                r.frame.cls not in OFFER_CLASSES or r.frame.stage != "offered" or
                r.frame.trigger.lemma_.lower() not in OFFER_WORDS or r.supplier.token.pos_ == "PRON"):
            continue  # "agreed to install X", "we have offered X" (a speaker the parse may not place)
        actor = Actor(id=target.iso3, name=target.name, kind="state", country=target.iso3, text="")
        r.recipient, r.inherited = Resolved(actor, TOPIC_CONFIDENCE, r.item.head), True


def _passive_purchase(r: Row) -> bool:
    """"X have been procured from Y": a verb of buying or receiving in the passive, its seller in a phrase."""
    t = r.frame.trigger
    return r.supplier is not None and r.frame.cls in BUYING_CLASSES and t.pos_ in ("VERB", "AUX") and \
        any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) and \
        any(a.dep_ == "prep" and a.lower_ == "from" and a.head.i == t.i for a in r.supplier.token.ancestors)


def _deal_told(r: Row) -> bool:
    """"The largest contract is for 80 X, signed with Y": a buying noun the copula tells the items of, with its
    seller and no buyer (`offers.passive_buying_classes`)."""
    t = r.frame.trigger
    return r.frame.cls in BUYING_CLASSES and t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_.lower() == "be"


SUPPLY_CLASSES = lexicon.word_set("offers", "topic_supply_classes")
BUYER_CLASSES = lexicon.word_set("offers", "topic_buyer_classes")


def _active_supply(r: Row) -> bool:
    """"Over three decades the United States delivered 220 F-16s" in a report on one state's arms: an active
    verb of supplying or selling, its giver the subject, no one named to receive."""
    t = r.frame.trigger
    return r.supplier is not None and r.frame.cls in SUPPLY_CLASSES and t.pos_ == "VERB" and \
        r.frame.stage in ("delivered", "ordered") and r.supplier.token.pos_ != "PRON" and \
        r.supplier.token.head.i == t.i and r.supplier.token.dep_ == "nsubj" and \
        not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)


def _receiving(rows: list[Row]) -> str | None:
    """The state that receives in most of the text's rows with both parties, when it does in at least
    RECEIVING_SHARE of them and in two or more: "US announces new aid for Ghana" is about what Ghana gets, though
    its headline's subject is the giver."""
    got = Counter(r.recipient.actor.country for r in rows if r.supplier is not None and r.recipient is not None
                  and r.recipient.actor.kind in ("state", "government_body") and r.recipient.actor.country)
    if not got:
        return None
    top, n = got.most_common(1)[0]
    return top if n >= 2 and n >= RECEIVING_SHARE * sum(got.values()) else None
