"""Itemised lists of a release, one line per item with its own count (twenty-seventh session, helper hA):
a handover or donation told with its parties, then a list head ("Today's delivery includes:", "The handover
comprised:", "Items delivered include:") and bulleted or numbered lines; each line's item becomes a row with the
parties, stage and factuality of the transfer told before, and its own quantity.

Texts written for these tests (invented firms, models and people; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

LEDE_NOR_GHA = ("ACCRA - Norway's ambassador today joined the Chief of the Ghana Armed Forces at Tamale Air Base to "
                "mark the arrival of three of the eight Harrow-4 utility helicopters that Norway is providing "
                "to Ghana.")
LEDE_SWE_MDA = "Sweden handed over a further batch of military equipment to Moldova at a ceremony in Chisinau on Tuesday."
LEDE_POL_GEO = "On 4 May the Polish Ministry of National Defence delivered a donation of military aid to Georgia."
LEDE_ESP_SEN = ("DAKAR, 12 March - The Spanish embassy said the armed forces of Senegal had received a new "
                "consignment of equipment from Spain.")
LEDE_CAN_EST = "Canada will give Estonia a package of weapons worth $40 million, the Canadian defence minister said."

LISTS = [  # (lede, head, lines, rows as (supplier, recipient, stage, item word, quantity))
    (LEDE_NOR_GHA, "Today's delivery includes:",
     ["- four Ostrava-9 air surveillance radars;", "- 1,000 Kestrel-70 guided rockets for the helicopters;",
      "- 24 Varta armoured patrol vehicles;", "- 300 K-19 carbines and 200,000 rounds of 9 mm pistol ammunition;",
      "- radios and spare parts."],
     [("NOR", "GHA", "delivered", "radars", 4), ("NOR", "GHA", "delivered", "rockets", 1000),
      ("NOR", "GHA", "delivered", "patrol vehicles", 24), ("NOR", "GHA", "delivered", "carbines", 300),
      ("NOR", "GHA", "delivered", "ammunition", 200000)]),
    (LEDE_SWE_MDA, "The handover comprised:",
     ["* twenty-four Brask-3 armoured personnel carriers", "* 1,200 Torv anti-tank rockets",
      "* 150,000 rounds of 5.45 mm ammunition"],
     [("SWE", "MDA", "delivered", "armoured personnel carriers", 24), ("SWE", "MDA", "delivered", "rockets", 1200),
      ("SWE", "MDA", "delivered", "ammunition", 150000)]),
    (LEDE_POL_GEO, "Items delivered include:",
     ["• 12 Lessa 120 mm mortars,", "• 60 Rybnik machine guns, and", "• 40 Falk night-vision sights."],
     [("POL", "GEO", "delivered", "mortars", 12), ("POL", "GEO", "delivered", "machine guns", 60),
      ("POL", "GEO", "delivered", "sights", 40)]),
    (LEDE_ESP_SEN, "The consignment consisted of:",
     ["1. six Corvo patrol boats;", "2. eighteen Sella outboard-armed interceptor craft;",
      "3. 500 Tarso assault rifles."],
     [("ESP", "SEN", "delivered", "patrol boats", 6), ("ESP", "SEN", "delivered", "assault rifles", 500)]),
    (LEDE_CAN_EST, "The package includes the following:",
     ["- 30 Kettle anti-tank missile launchers", "- 2,000 Kettle missiles", "- 10 Brenna armoured ambulances"],
     [("CAN", "EST", "offered", "launchers", 30), ("CAN", "EST", "offered", "missiles", 2000)]),
    ("In March, the Dutch defence ministry said it had donated military equipment to Latvia.",
     "Tuesday's handover comprised:",
     ["a) twenty-four Pelle-2 mortars", "b) 3,000 mortar bombs", "c) eight Dorn reconnaissance drones"],
     [("NLD", "LVA", "delivered", "mortars", 24), ("NLD", "LVA", "delivered", "mortar bombs", 3000),
      ("NLD", "LVA", "delivered", "drones", 8)]),
    ("Portugal has supplied the army of Mozambique with weapons, a Portuguese official said.",
     "The shipment included:",
     ["- 400 Alva-5 rifles and 60 Beira machine guns;", "- 90,000 rounds of 14.5 mm ammunition."],
     [("PRT", "MOZ", "delivered", "rifles", 400), ("PRT", "MOZ", "delivered", "machine guns", 60),
      ("PRT", "MOZ", "delivered", "14.5 mm ammunition", 90000)]),
    ("Japan's ambassador handed over equipment to the Philippine Navy at a ceremony in Manila on Friday.",
     "Items handed over include:",
     ["• 2 Sora-class patrol boats", "• 14 Kumo radar sets"],
     [("JPN", "PHL", "delivered", "patrol boats", 2), ("JPN", "PHL", "delivered", "radar sets", 14)]),
]

NEGATIVES = [  # (lede, head, lines, item words that must give no row)
    (LEDE_SWE_MDA, "The programme also includes:",
     ["- training for 40 pilots;", "- a grant of $3 million for fuel;", "- 12 workshops on maintenance."],
     ["training", "grant", "workshops"]),
    ("Grupo Arcadia, a Chilean charity, delivered aid to a hospital in Peru on Monday.", "The donation included:",
     ["- six ambulances;", "- 200 hospital beds;", "- 40 wheelchairs."], ["ambulances", "beds", "wheelchairs"]),
]

ROUNDED_OFF = [  # a list of prose paragraphs or recommendations after the head: no line is an item
    "Release\n\nGreece delivered military aid to Cyprus last year.\n\nThe ministry also notes:\n\n"
    "1. Patrol boats. The two boats are based at Limassol. Their crews finished training in May.\n"
    "2. Radars. The coastal radars are being upgraded by a domestic firm.\n",
    "Release\n\nItaly delivered weapons to Albania in 2021, the report finds.\n\nThe report recommends:\n"
    "- marking all exported rifles;\n- tracing seized ammunition;\n- publishing licence data.\n",
]


def _text(lede: str, head: str, lines: list[str]) -> str:
    return "Release\n\n" + lede + "\n\n" + head + "\n" + "\n".join(lines) + "\n\nThe ceremony ended at noon.\n"


@pytest.mark.parametrize(("lede", "head", "lines", "expected"), LISTS)
def test_each_line_a_row(extractor, lede, head, lines, expected) -> None:  # noqa: ANN001
    rows = _rows(extractor, _text(lede, head, lines))
    for sup, rec, stage, word, qty in expected:
        assert has_country_row(rows, sup, rec, stage, word, qty), (word, rows)


@pytest.mark.parametrize(("lede", "head", "lines", "words"), NEGATIVES)
def test_no_row_for_civil_or_service_lines(extractor, lede, head, lines, words) -> None:  # noqa: ANN001
    rows = _rows(extractor, _text(lede, head, lines))
    assert not [r for r in rows if any(w in r[3] for w in words)], rows


@pytest.mark.parametrize("text", ROUNDED_OFF)
def test_prose_and_recommendations_give_no_item_rows(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if any(w in r[3] for w in ("boats", "radars", "rifles", "ammunition", "licence"))], rows


def test_paragraph_list_keeps_the_package_of_its_head(extractor) -> None:  # noqa: ANN001
    """A list head that tells its own handover takes its lines; the unnamed gear of the lede does not take them
    a second time with other parties."""
    text = _text("Austria handed over military equipment to Ghana and Togo on Monday.",
                 "The equipment handed over to Ghana today includes:",
                 ["- 12 Loden armoured cars;", "- 30 Tauern machine guns."])
    rows = _rows(extractor, text)
    assert has_country_row(rows, "AUT", "GHA", "delivered", "armoured cars", 12), rows
    assert not has_country_row(rows, "AUT", "TGO", "delivered", "armoured cars", 12), rows


def test_list_goes_to_the_state_not_an_envoy_without_one(extractor) -> None:  # noqa: ANN001
    """The package named by its day takes the parties of the nearest telling with a state for supplier, not those
    of an envoy the text names without her state."""
    lede = ("ACCRA - Ambassador Ingrid Solberg today joined the Chief of the Ghana Armed Forces at Tamale Air Base to "
            "mark the arrival of three of the eight Harrow-4 utility helicopters that Norway is providing to "
            "the Ghana Armed Forces, along with a package of arms and other equipment.")
    rows = _rows(extractor, _text(lede, "Today's delivery includes:",
                                  ["- 40 Varta armoured patrol vehicles;", "- 500 K-19 carbines."]))
    assert has_country_row(rows, "NOR", "GHA", "delivered", "patrol vehicles", 40), rows
    assert has_country_row(rows, "NOR", "GHA", "delivered", "carbines", 500), rows
    assert not any(r[0] is None and "carbines" in r[3] for r in rows), rows


def test_calibre_before_the_name_stays_in_the_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, _text(LEDE_POL_GEO, "The handover comprised:",
                                  ["- 1,500 3.5-inch laser-guided rockets;", "- 16 Lessa 81 mm mortars."]))
    assert has_country_row(rows, "POL", "GEO", "delivered", "3.5-inch laser-guided rockets", 1500), rows
    assert has_country_row(rows, "POL", "GEO", "delivered", "81 mm mortars", 16), rows


BATCHES = [  # the sentence before lists counted items; "the consignment" (named again) is each of them
    ("In 2014 the Flemish government authorised Karvell Arms to supply Kenya with 300 K-19 assault rifles, 40 Brask "
     "machine guns and cartridges. The consignment was delivered in early 2015 to the Kenyan police.",
     [(None, "KEN", "delivered", "assault rifles", 300), (None, "KEN", "delivered", "machine guns", 40)]),
    ("Last year Bulgaria agreed to sell Angola 12 Rila howitzers and 2,000 shells. This batch was handed over to the "
     "Angolan army on Monday.",
     [("BGR", "AGO", "delivered", "howitzers", 12), ("BGR", "AGO", "delivered", "shells", 2000)]),
]


@pytest.mark.parametrize(("text", "expected"), BATCHES)
def test_batch_named_again_holds_each_item(extractor, text, expected) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for sup, rec, stage, word, qty in expected:
        assert has_country_row(rows, sup, rec, stage, word, qty), (word, rows)


def test_a_part_of_no_batch_takes_no_items(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Pakistan delivered three Korra jets to Ghana in May, and Turkey sent 40 Baltas trucks. "
                            "Only a handful have arrived at the base.")
    assert len([r for r in rows if "jets" in r[3]]) == 1, rows
    assert len([r for r in rows if "trucks" in r[3]]) == 1, rows
