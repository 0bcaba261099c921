"""PLOVER events: from transfer rows (linked by index) and from interaction verbs and nouns."""
from __future__ import annotations

import pytest

from materiel.extraction.events import cameo_code


def events(extractor, text):  # noqa: ANN001, ANN201
    return extractor.extract_text(text, published="2024-05-01")


@pytest.mark.parametrize("text,etype,actor,target", [
    ("Canada accused Iran of arming the rebels.", "ACCUSE", "CAN", "IRN"),
    ("The Turkish president praised Hungary for its support.", "SUPPORT", "TUR", "HUN"),
    ("Norway's foreign minister met Indian officials in Oslo.", "CONSULT", "NOR", "IND"),
    ("Washington threatened Caracas with new measures.", "THREATEN", "USA", "VEN"),
    ("The European Union sanctioned Belarus over the crackdown.", "SANCTION", "european-union", "BLR"),
    ("Brazil and Argentina agreed to cooperate on border security.", "AGREE", "BRA", None),
])
def test_interaction_events(extractor, text, etype, actor, target):
    found = [e for e in events(extractor, text).events if e.type == etype]
    assert found, [(e.type, e.actor.id) for e in events(extractor, text).events]
    e = found[0]
    assert e.actor.id == actor or e.actor.country == actor
    if target:
        assert e.target is not None and (e.target.id == target or e.target.country == target)


def test_transfer_rows_link_to_their_event(extractor):
    report = events(extractor, "Spain sent tanks and howitzers to Ukraine. Kenya asked Israel for drones.")
    aid = next(e for e in report.events if e.type == "AID")
    assert aid.mode == "military" and (aid.actor.id, aid.target.id) == ("ESP", "UKR")
    assert sorted(aid.transfers) == [0, 1]
    request = next(e for e in report.events if e.type == "REQUEST")
    assert report.transfers[request.transfers[0]].stage == "requested"
    assert (request.actor.id, request.target.id) == ("KEN", "ISR")
    for e in report.events:
        for i in e.transfers:
            assert report.transfers[i].evidence == e.evidence


def test_refusal_and_offer_events(extractor):
    report = events(extractor, "Austria refused to sell rifles to Ghana. France offered Ghana six helicopters.")
    types = {e.type: e for e in report.events}
    assert types["REJECT"].actor.id == "AUT" and types["AGREE"].mode == "offer"


def test_denial_is_an_event_and_a_factuality(extractor):
    report = events(extractor, "Tehran denied sending drones to Russia.")
    assert report.transfers[0].factuality == "denied"
    aid = next(e for e in report.events if e.transfers)
    assert aid.factuality == "denied" and aid.mode == "denied"
    assert any(e.type == "REJECT" and e.mode == "denial" and e.actor.id == "IRN" for e in report.events)


def test_negated_agreement_is_a_rejection(extractor):
    report = events(extractor, "Poland will not accept the proposal from Berlin.")
    assert any(e.type == "REJECT" and e.actor.id == "POL" for e in report.events)


def test_cameo_crosswalk(extractor):
    report = events(extractor, "Spain sent tanks to Ukraine.")
    aid = next(e for e in report.events if e.type == "AID")
    assert cameo_code(aid) == "072"  # CAMEO: provide military aid
