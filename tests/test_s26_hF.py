"""Parties of no name placed in a state (twenty-sixth session, helper hF):

- a blanket denial or statement whose recipient is a party of no name placed in a state, "to any party in X",
  "to any faction in X", "to non-state actors in X", "to either side in X", or named by the state's adjective,
  "to any Xian entity", "to any Xian group": the recipient is that state (`mentions/located.py`, cues.toml
  [actors] placed_party_nouns); a definite "the group in X" keeps naming the group told before, a permission
  ("never authorised sales to any party in X") names a class of buyers, and a party placed
  in no state ("any party to the conflict", "any buyer in Europe") names no one.

Sentences written for these tests (invented firms and models, and combinations of states not taken from any
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

PLACED = [
    ("Serbia has never supplied mortars to any party in Yemen, its foreign ministry said.",
     "SRB", "YEM", "delivered", "mortars"),
    ("The ministry denied that Belarus had sold weapons to any faction in Libya.", "BLR", "LBY", "delivered", "weapons"),
    ("Romania has not transferred any ammunition to any Sudanese entity, the statement said.",
     "ROU", "SDN", "delivered", "ammunition"),
    ("In a statement on Tuesday, Hungary said it had never provided rifles to any armed group in Mali.",
     "HUN", "MLI", "delivered", "rifles"),
    ("Karvell Defence rifles were never sold to any party in Myanmar by Slovakia, officials insisted.",
     "SVK", "MMR", "delivered", "rifles"),
    ("Bulgaria denied exporting ammunition to non-state actors in Syria.", "BGR", "SYR", "delivered", "ammunition"),
    ("Georgia, which has been accused of arming rebels, said it had not delivered a single rifle to any Chadian group.",
     "GEO", "TCD", "delivered", "rifle"),
    ("Vietnam has never sold Ostrava-9 radars or Tarvik-3 drones to any party in Cambodia.",
     "VNM", "KHM", "delivered", "radars"),
    ("\"Kazakhstan has not sent one rifle to any side in Afghanistan,\" a spokeswoman said.",
     "KAZ", "AFG", "delivered", "rifle"),
    ("Officials in Ankara said Turkey had sold 40 Korsak vehicles to a group in Niger.",
     "TUR", "NER", "delivered", "vehicles"),
    ("Peru's foreign ministry said Lima had never offered Harrow-3 helicopters to any Bolivian party.",
     "PER", "BOL", "offered", "helicopters"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), PLACED)
def test_a_party_of_no_name_placed_in_a_state_is_that_state(extractor, text, supplier, recipient,  # noqa: ANN001
                                                            stage, word) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word), rows


NOT_PLACED = [
    ("Serbia has never supplied mortars to any party to the civil war, its foreign ministry said.", "SRB"),
    ("Bulgaria will sell ammunition to any buyer in Europe, the minister said.", "BGR"),
    ("Romania has not transferred any ammunition to any party, the statement said.", "ROU"),
    ("Slovakia has never authorised the sale of rifles to any party in Chad, the ministry said.", "SVK"),
    ("No Slovak firm has been authorised to sell Tarvik-3 drones to any faction in Mali.", "SVK"),
]


@pytest.mark.parametrize(("text", "supplier"), NOT_PLACED)
def test_a_party_placed_in_no_state_names_no_recipient(extractor, text, supplier) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[0] == supplier and r[1] is not None], rows



# - a delivery whose subject is an item under "no" ("No rounds had been shipped", "no drone has been delivered"),
#   told just after a deal, order, offer or cancellation of an item of the same kind, is that lot's delivery,
#   negated (`extraction/no_lot_shipped.py`); an item of another kind, or no lot told before, gives no row.
NONE_OF_KIND = [
    ("In 2019 Peru ordered 16 Harrow-3 helicopters from Italy. The deal was cancelled in 2021. "
     "No helicopters were exported.", "ITA", "PER", "helicopters"),
    ("Chile cancelled an order for 120 mm mortar ammunition from Spain last year. No rounds had been shipped.",
     "ESP", "CHL", "ammunition"),
    ("Italy offered Peru Tarvik-3 drones last year. The defence minister said that \"no drone has yet been delivered\".",
     "ITA", "PER", "drones"),
    ("Slovakia agreed to sell eight Ostrava-9 radars to Ghana in March; no radars have yet been delivered, "
     "officials said.", "SVK", "GHA", "radars"),
    ("Under a 2020 contract, Poland is buying 24 Korsak armoured vehicles from Finland. So far no vehicles have "
     "been handed over.", "FIN", "POL", "vehicles"),
    ("Romania signed a deal for two Varn-class submarines with France in 2018, but no submarine has been delivered.",
     "FRA", "ROU", "submarines"),
    ("Ankara approved the sale of 40 Tarvik armoured vehicles to Qatar. No vehicles were shipped before the ban.",
     "TUR", "QAT", "vehicles"),
    ("Egypt ordered 30 Kestrel-5 jet trainers from South Korea in 2018. According to the ministry, no aircraft "
     "were delivered.", "KOR", "EGY", "trainers"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), NONE_OF_KIND)
def test_no_item_of_the_lots_kind_delivered_is_the_lots_negated_delivery(extractor, text, supplier,  # noqa: ANN001
                                                                          recipient, word) -> None:
    report = extractor.extract_text(text)
    found = [t for t in report.transfers if t.stage == "delivered" and t.factuality == "negated" and t.supplier and
             t.recipient and t.supplier.country == supplier and t.recipient.country == recipient and word.rstrip("s") in t.item.text]
    assert found, [(t.supplier, t.recipient, t.item.text, t.stage, t.factuality) for t in report.transfers]


NONE_OTHER_KIND = [
    "In 2019 Peru ordered 16 Harrow-3 helicopters from Italy. No tanks were exported.",
    "No helicopters were exported last year, the report said.",
    "Italy offered Peru Tarvik-3 drones last year. Chile's defence minister said that \"no drone has yet been delivered\".",
    "Slovakia agreed to sell eight Ostrava-9 radars to Ghana in March; no rifles have been delivered, officials said.",
]


@pytest.mark.parametrize("text", NONE_OTHER_KIND)
def test_no_item_of_another_kind_takes_no_lot(extractor, text) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    assert not [t for t in report.transfers if t.factuality == "negated" and t.supplier and t.recipient], \
        [(t.supplier, t.recipient, t.item.text, t.stage, t.factuality) for t in report.transfers]
