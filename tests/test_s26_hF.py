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
    ("Serbia has never supplied arms to any party in Yemen, its foreign ministry said.",
     "SRB", "YEM", "delivered", "arms"),
    ("The ministry denied that Belarus had sold weapons to any faction in Libya.", "BLR", "LBY", "delivered", "weapons"),
    ("Romania has not transferred any ammunition to any Sudanese entity, the statement said.",
     "ROU", "SDN", "delivered", "ammunition"),
    ("In a statement on Tuesday, Hungary said it had never provided weapons to any armed group in Mali.",
     "HUN", "MLI", "delivered", "weapons"),
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
    ("Serbia has never supplied arms to any party to the conflict, its foreign ministry said.", "SRB"),
    ("Bulgaria will sell ammunition to any buyer in Europe, the minister said.", "BGR"),
    ("Romania has not transferred any ammunition to any party, the statement said.", "ROU"),
    ("Slovakia has never authorised the sale of rifles to any party in Chad, the ministry said.", "SVK"),
    ("No Slovak firm has been authorised to sell Tarvik-3 drones to any faction in Mali.", "SVK"),
]


@pytest.mark.parametrize(("text", "supplier"), NOT_PLACED)
def test_a_party_placed_in_no_state_names_no_recipient(extractor, text, supplier) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[0] == supplier and r[1] is not None], rows

