"""Patterns of the thirty-fifth session's helper `spurious` (rows that tell no transfer, or a false party).

- A transfer verb whose subject is a class of parties under a negative quantifier ("No country has sent jets to
  Ruritania", "no neighbouring state has armed the rebels", "none of the states has shipped shells", "neither
  government supplied rifles", "no government is believed to have supplied the rebels"): the verb tells of no
  party at all, so there is no row, and above all none that borrows the supplier of the sentence before
  (quantified_subjects.py, words.toml [quantified_subjects]). A named subject, a quantifier on the item, and
  "no evidence that any state supplied ..." (a row with no supplier) keep their rows.
- A free relative "what" ("..., in what the coastguard called a cargo bound for X"): it stands for no party named
  before, so the seizer of the clause before is not the load's supplier (words.toml [resolve] indefinites).
- A boat's engine named by its mount ("outboard engines", "new outboard motors") is no materiel
  (civil_goods.civil_by_word, words.toml [civil_goods] engine_heads, civil_engine_marks); "outboard-powered boats"
  and aircraft engines stay rows.
- Goods sent away to be serviced ("sent four fighters to Russia for an upgrade", "shipped three jets to France for
  repairs"): the owner keeps them, no transfer (service_trips.py, words.toml [service_trips]); a transfer for
  another purpose and the onward pass after a modernisation stay rows.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows

QUANTIFIED = [
    ("Latvia has received howitzers from Norway. No country has sent fighter jets to Latvia so far.", "jets"),
    ("Chile bought frigates from Britain in 2005. No state has supplied missiles to Chile since then.", "missiles"),
    ("Niger gave rifles to the Tuareg rebels. No neighbouring government has armed the rebels, the panel said.",
     "weapons"),
    ("Sudan shipped mortars to the rebels. None of the neighbouring states has sent rockets to the rebels since "
     "2019.", "rockets"),
    ("Qatar has long backed the Zaydi militia. No foreign government is believed to have armed the militia, "
     "the monitors say.", "weapons"),
]


@pytest.mark.parametrize(("text", "word"), QUANTIFIED)
def test_no_class_of_parties_as_subject_is_no_row(extractor, text, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any(word in item for _, _, _, item, _ in rows), rows


NAMED = [
    ("Niger gave rifles to the Tuareg rebels. Mali has also armed the rebels, the panel said.", "MLI", "weapons"),
    ("Latvia has received howitzers from Norway. Poland has sent fighter jets to Latvia.", "POL", "jets"),
    ("Chile bought frigates from Britain in 2005. No other state sold Chile frigates, but Spain has supplied "
     "missiles to Chile since then.", "ESP", "missiles"),
]


@pytest.mark.parametrize(("text", "sup", "word"), NAMED)
def test_named_subjects_stay_rows(extractor, text, sup, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == sup and word in item for s, _, _, item, _ in rows), rows


def test_any_state_under_no_evidence_keeps_a_row_with_no_supplier(extractor) -> None:  # noqa: ANN001
    rows = country_rows(extractor, "The inspectors reported no evidence that any outside state has supplied "
                                   "the Zaydi militia with mortars.")
    assert any(s is None and "mortars" in item for s, _, _, item, _ in rows), rows


SEIZER_WHAT = [
    "A Guatemalan Navy patrol boat stopped a fishing trawler carrying assault rifles and grenades off Champerico on "
    "Tuesday, in what customs officers said was a cargo destined for a drug cartel.",
    "A Chilean Navy corvette halted a freighter carrying mortar rounds off Arica, in what the admiralty called a "
    "delivery for the rebels.",
]


@pytest.mark.parametrize("text", SEIZER_WHAT)
def test_free_relative_what_names_no_party(extractor, text) -> None:  # noqa: ANN001
    """"in what officials said was a shipment for X": "what" stands for no one, least of all the seizer."""
    rows = extractor.extract_text(text).transfers
    assert not any(t.supplier is not None and "navy" in t.supplier.name.lower() for t in rows), rows


def test_pronoun_it_still_takes_its_antecedent(extractor) -> None:  # noqa: ANN001
    rows = country_rows(extractor, "Ruritania's navy is old. Officials said Chile had sold it four frigates, in "
                                   "what they called a bargain.")
    assert any(s == "CHL" and "frigates" in item for s, _, _, item, _ in rows), rows


OUTBOARD = [
    "Canada donated four patrol boats and six outboard engines to the Gambian Navy in 2019.",
    "The Mozambican Navy took delivery of 30 outboard motors from Norway last month.",
    "Australia handed over twelve inboard engines to the Fijian Navy's small-boat squadron.",
]


@pytest.mark.parametrize("text", OUTBOARD)
def test_outboard_engines_are_no_materiel(extractor, text) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any("engines" in item or "motors" in item for _, _, _, item, _ in rows), rows


ENGINES_KEPT = [
    ("Norway delivered four outboard-powered assault boats to the Mozambican Navy.", "NOR", "MOZ", "boats"),
    ("Russia shipped spare engines for the Su-30 fighters to the Indian Air Force.", "RUS", "IND", "engines"),
    ("Canada donated four patrol boats and six outboard engines to the Gambian Navy in 2019.",
     "CAN", "GMB", "patrol boats"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), ENGINES_KEPT)
def test_boats_and_aircraft_engines_stay_rows(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == sup and r == rec and word in item for s, r, _, item, _ in rows), rows


SERVICE_TRIPS = [
    ("Algeria sent four Su-30 fighters to Russia for an upgrade in 2011.", "fighters"),
    ("Cameroon shipped three Alpha Jets to France for repairs last year.", "Alpha Jets"),
    ("The Gabonese navy sent two patrol boats to France for a refit in 2018.", "patrol boats"),
    ("Chile flew its C-130 transports to the United States for maintenance.", "transports"),
]


@pytest.mark.parametrize(("text", "word"), SERVICE_TRIPS)
def test_goods_sent_away_for_service_are_no_rows(extractor, text, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any(word in item for _, _, _, item, _ in rows), rows


SENT_KEPT = [
    ("Russia sent 20 tanks to Syria for its war against the rebels.", "RUS", "SYR", "tanks"),
    ("Cameroon shipped three refurbished Alpha Jets to Chad last year.", "CMR", "TCD", "Alpha Jets"),
    ("Some 30 T-72 tanks of the Bulgarian army were sent to Slovakia for an upgrade and then passed on to "
     "Ukraine.", "BGR", "UKR", "tanks"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), SENT_KEPT)
def test_transfers_and_onward_passes_stay_rows(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == sup and r == rec and word in item for s, r, _, item, _ in rows), rows
