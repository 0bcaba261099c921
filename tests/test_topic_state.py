"""The topic state (mentions/topic.py): the state a text is about, from its opening institution line
("issuer"), its first line ("home") or its headline and dateline weights ("headline"), each use trying
the steps `USES` lists in that order, and the result naming the step that decided.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

from materiel import lexicon
from materiel.extraction.mentions import topic
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.topic import TopicState

# An official text: the opening line names the issuer (in capitals, which the name finder does not
# count), the body names Ukraine three times, so the headline step finds Ukraine.
OFFICIAL = ("MINISTRY OF DEFENCE OF THE KINGDOM OF NORWAY\nPress release\n\nUkraine asked for armour in March, "
            "and Ukraine will get more. The Ministry has donated 20 M113 armoured vehicles to Ukraine.")
# A feature whose title names two states, its subject first: the first line says Chile, the headline
# weights tie (one title name each), so only the "home" step finds a state.
FEATURE = "Chile turns to Sweden for new fighters\n\nThe government plans to buy 12 Gripen jets from Saab."
FEATURE_OFFER = "Chile turns to Sweden for new fighters\n\nSaab has offered 12 Gripen jets, officials said on Tuesday."
# A wire story whose title names no state: only the dateline and the body's names say Colombia; the
# last state named before "the ministry" is Spain.
WIRE = ("New ships for an old navy\nBOGOTA, May 2 (Reuters) - Colombia is weighing new frigates. Colombia needs "
        "ships but has little money, and it has looked at a design from Spain.\n\nThe ministry has ordered two "
        "corvettes.")
# The first line says Brazil, the dateline and the body say Colombia far more often (in no transfer of
# their own, so that no earlier row gives the offer its buyer).
SPLIT = ("Brazil drops out of the race\nBOGOTA, May 2 (Reuters) - Colombia held elections in March. Colombia "
         "has little money, and Colombia wants a strong navy.\n\nThe government has not commented. Naval Group "
         "has offered four Gowind corvettes.")


def _reading(extractor, text: str) -> ActorResolver:  # noqa: ANN001
    return ActorResolver(extractor.nlp(text))


def _word(res: ActorResolver, word: str):  # noqa: ANN202
    """The actor the first token `word` of the text resolves to."""
    tok = next(t for t in res.doc if t.text == word)
    found = res.resolve(tok)
    return found.actor if found is not None else None


def _rows(extractor, text: str) -> list[tuple]:  # noqa: ANN001
    return [(t.supplier and t.supplier.id, t.recipient and t.recipient.id, t.recipient and t.recipient.kind,
             t.item.text, t.stage) for t in extractor.extract_text(text, published="2024-03-01").transfers]


# -- each step ----------------------------------------------------------------------------------------------
def test_issuer_step_makes_the_ministry_of_an_official_text_its_body(extractor):
    res = _reading(extractor, OFFICIAL)
    assert res.topics.decide("issuer_body") == TopicState("NOR", "issuer")
    actor = _word(res, "Ministry")
    assert actor is not None and actor.kind == "government_body" and actor.country == "NOR", actor
    rows = _rows(extractor, OFFICIAL)
    assert any(s == "NOR-ministry" and r == "UKR" and "M113" in item for s, r, _, item, _ in rows), rows


@pytest.mark.parametrize("opening,state", [
    ("Ministry of Defence of Norway\nPress release\n", "NOR"),
    ("Norwegian Storting\nWritten answer 88\n", "NOR"),
    ("Chilean Senate\n", "CHL"),
    ("Norway sends more armour to Ukraine\n", None),  # a title: no institution noun
    ("The Chilean ministry confirmed the order.\n", None),  # a sentence, not a name
])
def test_issuer_step_reads_a_short_institution_line(opening, state):
    assert topic.issuing_state(opening + "\nBody.", lexicon.load()) == state


def test_home_step_makes_the_government_of_a_feature_its_first_lines_state(extractor):
    res = _reading(extractor, FEATURE)
    assert res.topics.decide("home_body") == TopicState("CHL", "home")
    assert res.topics.decide("topic_body") is None  # the title's two names weigh the same
    rows = _rows(extractor, FEATURE)
    assert any(r == "CHL-government" and kind == "government_body" and "Gripen" in item
               for _, r, kind, item, _ in rows), rows


def test_headline_step_makes_the_ministry_of_a_wire_story_its_datelines_state(extractor):
    res = _reading(extractor, WIRE)
    assert res.topics.decide("topic_body") == TopicState("COL", "headline")
    assert res.topics.decide("home_body") is None  # the title names no state
    actor = _word(res, "ministry")
    assert actor is not None and actor.id == "COL", actor  # not Spain, the last state named


@pytest.mark.parametrize("text,state", [
    ("OSLO, June 3 (Reuters) - The navy said ...", "NOR"),
    ("Notes\nHANOI — The army said ...", "VNM"),
    ("Quito, June 3 - The army said ...", "ECU"),  # a title-case place with a date and a dash is a dateline too
    ("Quito said on June 3 that the army ...", None),  # a sentence opening on a place name: no dateline
])
def test_dateline_counts_for_the_headline_step(text, state):
    assert topic.dateline_state(text) == state


# -- the order between the steps ------------------------------------------------------------------------
def test_offer_buyer_takes_the_headline_state_before_the_first_lines(extractor):
    res = _reading(extractor, SPLIT)
    assert res.topics.decide("offer_buyer") == TopicState("COL", "headline")
    assert res.topics.found == {"headline": "COL"}  # the first step that finds a state decides
    rows = _rows(extractor, SPLIT)
    assert any(s == "FRA" and r == "COL" and "Gowind" in item and stage == "offered"
               for s, r, _, item, stage in rows), rows


def test_offer_buyer_falls_back_to_the_first_lines_state(extractor):
    res = _reading(extractor, FEATURE_OFFER)
    assert res.topics.decide("offer_buyer") == TopicState("CHL", "home")
    rows = _rows(extractor, FEATURE_OFFER)
    assert any(s == "SWE" and r == "CHL" and "Gripen" in item and stage == "offered"
               for s, r, _, item, stage in rows), rows


def test_the_government_takes_the_first_lines_state_before_the_headlines(extractor):
    """"the government" is tried as the first line's body before salience: Brazil, not the dateline's
    Colombia that "the ministry" would take."""
    res = _reading(extractor, SPLIT)
    assert res.topics.decide("home_body") == TopicState("BRA", "home")
    assert res.topics.decide("topic_body") == TopicState("COL", "headline")
    actor = _word(res, "government")
    assert actor is not None and actor.kind == "government_body" and actor.country == "BRA", actor


def test_the_ministry_of_an_official_text_takes_the_issuer_before_the_headline(extractor):
    """The issuer line says Norway; the body names Ukraine most: "the Ministry" is still Norway's."""
    res = _reading(extractor, OFFICIAL)
    assert res.topics.decide("topic_body") == TopicState("UKR", "headline")
    rows = _rows(extractor, OFFICIAL)
    assert rows and all(s == "NOR-ministry" for s, *_ in rows), rows
