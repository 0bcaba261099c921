"""Session 20 (lead): the parties of a text an envoy issues (`extraction/envoy_parties.py`).

An ambassador's remarks at a handover ceremony, or an embassy's release, name giver and receiver once, in the
title block ("Canadian Ambassador to Ghana", "Embassy of Peru in Quito"), then tell "the delivery of these two
patrol boats". A row naming neither party takes the envoy's state as supplier and the host state as recipient;
an envoy named only in the body of a news story lends nothing, nor does the title block to a row that names a
party of its own, to a negated row, or to an item of a broad category.

Every text is written for these tests (not taken from any article); the names are invented."""
from __future__ import annotations

import pytest

from materiel.extraction import civil
from materiel.extraction.mentions.envoy import envoy_pair
from materiel.extraction.mentions.resolve import ActorResolver

SPEECH = """Remarks by Ambassador Jane Doucet at the Patrol Boat Handover Ceremony

Jane Doucet
{title}
Sekondi Naval Base
March 3, 2021

Good morning, and thank you all for coming.

{body}

These boats will help protect the fisheries of the Gulf of Guinea for many years to come."""

DELIVERY = "The delivery of these two patrol boats has been a long time in the making, and I am proud to be here."


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str]]:  # noqa: ANN001
    return [((t.supplier.country if t.supplier else None), (t.recipient.country if t.recipient else None),
             t.item.text, t.stage) for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize(("title", "pair"), [
    ("Canadian Ambassador to Ghana", ("CAN", "GHA")),
    ("Canada's Ambassador to Ghana", ("CAN", "GHA")),
    ("Ambassador of Canada to Ghana", ("CAN", "GHA")),
    ("Embassy of Canada in Accra", ("CAN", "GHA")),
    ("British High Commissioner to Ghana", ("GBR", "GHA")),
])
def test_the_title_block_names_giver_and_host(extractor, title, pair):
    got = _rows(extractor, SPEECH.format(title=title, body=DELIVERY))
    assert (*pair, "patrol boats", "delivered") in got, got


def test_a_handover_of_a_named_system_takes_the_pair(extractor):
    body = "Today's handover of this surveillance aircraft marks a new chapter in our partnership."
    got = _rows(extractor, SPEECH.format(title="Norwegian Ambassador to Tanzania", body=body))
    assert [r for r in got if r[:2] == ("NOR", "TZA") and "aircraft" in r[2] and r[3] == "delivered"], got


@pytest.mark.parametrize("body", [
    "Today we hand over this surveillance aircraft to the Tanzanian People's Defence Force.",
    "Today we are proud to hand over this surveillance aircraft to Tanzania.",
])
def test_we_in_an_envoys_text_is_the_envoys_state(extractor, body):
    got = _rows(extractor, SPEECH.format(title="Norwegian Ambassador to Tanzania", body=body))
    assert [r for r in got if r[0] == "NOR" and r[2] == "surveillance aircraft" and r[3] == "delivered"], got
    assert not [r for r in got if r[0] == "TZA"], got


def test_we_in_a_quotation_keeps_its_reading(extractor):
    body = ('The minister thanked the donors. "We will hand over these boats to the navy of Kenya next year," said '
            'the Tanzanian minister, Amina Salum.')
    got = _rows(extractor, SPEECH.format(title="Norwegian Ambassador to Tanzania", body=body))
    assert not [r for r in got if r[0] == "NOR"], got


def test_an_envoy_in_the_body_of_a_news_story_lends_nothing(extractor):
    text = ("Navy receives patrol boats\n\nACCRA, March 3 (Reuters) - The Canadian ambassador to Ghana, Jane Doucet, "
            "attended a ceremony at the Sekondi naval base on Wednesday.\n\n" + DELIVERY)
    got = _rows(extractor, text)
    assert all(s != "CAN" for s, _, _, _ in got), got


def test_a_row_naming_a_party_of_its_own_keeps_it(extractor):
    body = "The delivery of these two patrol boats from Brazil has been a long time in the making."
    got = _rows(extractor, SPEECH.format(title="Canadian Ambassador to Ghana", body=body))
    assert all(s != "CAN" for s, _, _, _ in got), got


def test_no_pair_is_lent_to_a_negated_delivery_or_a_broad_category(extractor):
    body = ("The delivery of these two patrol boats has not happened yet. The delivery of this equipment has been "
            "a long time in the making.")
    got = _rows(extractor, SPEECH.format(title="Canadian Ambassador to Ghana", body=body))
    assert all(s != "CAN" for s, _, _, _ in got), got


@pytest.mark.parametrize("header", [
    "Ambassador Jane Doucet visits the naval base\n\nJane Doucet\nSekondi Naval Base\n",   # no state beside the title
    "Remarks at the ceremony\n\nJane Doucet\nAmbassador to Ghana\n",                     # no giver
    "Remarks at the ceremony\n\nJane Doucet\nCanadian Ambassador\n",                       # no host
])
def test_a_title_without_both_states_gives_no_pair(extractor, header):
    doc = extractor.nlp(header + "\n" + DELIVERY)
    assert envoy_pair(doc, ActorResolver(doc)) is None


def test_the_pair_is_read_from_the_title_block(extractor):
    doc = extractor.nlp(SPEECH.format(title="Canadian Ambassador to Ghana", body=DELIVERY))
    pair = envoy_pair(doc, ActorResolver(doc))
    assert pair is not None and (pair[0].actor.country, pair[1].actor.country) == ("CAN", "GHA")


# A transfer noun whose happening is negated (`frames/postponed.py`, words.toml `frame_words.happening_verbs`).
@pytest.mark.parametrize(("sentence", "stage", "negated"), [
    ("The delivery of two patrol boats from Canada to Ghana has not happened yet.", "ordered", False),
    ("The delivery of two patrol boats from Canada to Ghana has not yet taken place.", "ordered", False),
    ("The delivery of two patrol boats from Canada to Ghana never took place.", "delivered", True),
    ("The sale of six trainer aircraft by Brazil to Nigeria never materialised.", "ordered", True),
    ("The sale of six trainer aircraft by Brazil to Nigeria did not happen.", "ordered", True),
])
def test_a_transfer_whose_happening_is_negated(extractor, sentence, stage, negated):
    got = [(t.stage, t.factuality) for t in extractor.extract_text(sentence).transfers]
    assert got == [(stage, "negated" if negated else "asserted")], got


@pytest.mark.parametrize("sentence", [
    "The delivery of two patrol boats from Canada to Ghana did not take long.",
    "The delivery of two patrol boats from Canada to Ghana happened in May.",
])
def test_a_delivery_that_happened_stays_delivered(extractor, sentence):
    got = [(t.stage, t.factuality) for t in extractor.extract_text(sentence).transfers]
    assert got == [("delivered", "asserted")], got


# The owner of an item told in an apposition to a possessed noun (`frames/owners._owner_token`).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Ghana's only submarine, a Type 209 boat that Germany sold in 1985, is in dry dock.", ("DEU", "GHA")),
    ("Peru's only helicopters, two Ansat helicopters which Russia supplied in 2009, are out of service.",
     ("RUS", "PER")),
])
def test_the_possessor_of_an_apposition_holds_the_item(extractor, sentence, want):
    got = [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None)
           for t in extractor.extract_text(sentence).transfers]
    assert want in got, got


def test_a_person_in_apposition_holds_nothing(extractor):
    sentence = "Ghana's president, a former pilot who flew jets that Germany sold in 1985, spoke on Tuesday."
    got = [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None)
           for t in extractor.extract_text(sentence).transfers]
    assert ("DEU", "GHA") not in got, got


# The route of an item counted in a measure, hung on its contents (`mentions/counts.class_heads`).
@pytest.mark.parametrize(("sentence", "want"), [
    ("Lithuania has ordered 3 million rounds of 9 mm ammunition from Finland for its police.", ("FIN", "LTU")),
    ("Chile has ordered 6 million rounds of 14.5 mm ammunition from Spain for the Chilean navy.", ("ESP", "CHL")),
    ("Latvia has ordered 8 million rounds of 30 mm ammunition from Poland for the Latvian army.", ("POL", "LVA")),
])
def test_a_measure_s_contents_carry_the_route(extractor, sentence, want):
    got = [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None)
           for t in extractor.extract_text(sentence).transfers]
    assert want in got, got


def test_a_measure_without_a_route_makes_no_transfer(extractor):
    assert not extractor.extract_text("Police found 200 rounds of ammunition in a car in Chad.").transfers


# A civil model number in the plural is still civil (`civil.civil_item`): a counted name ("40 A320s") is no weapon.
@pytest.mark.parametrize("text", ["40 A320s", "the 767s", "two ATR 72s"])
def test_a_civil_model_number_in_the_plural_is_civil(text):
    assert civil.civil_item(text) is not None


def test_a_plural_military_variant_stays_materiel(extractor):
    got = [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None)
           for t in extractor.extract_text("Boeing has delivered four KC-767s to Japan.").transfers]
    assert ("USA", "JPN") in got, got


def test_a_freight_carrier_s_airliners_are_no_transfer(extractor):
    text = ("The parcel carrier Nordpost said it was cutting its order for Airbus A320s from 30 planes to 20. So far, "
            "Airbus has delivered 12 A320s to Nordpost.")
    assert not extractor.extract_text(text).transfers
