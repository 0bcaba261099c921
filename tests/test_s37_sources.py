"""Session 37, the lead: a noun's "from" phrase names a source, never the goods.

"interest from the Glasgow Chinooks" (a sports club named after a helicopter) gave a row whose item was the club,
its supplier the helicopter's maker state and its recipient the country of the player's nationality: the "from"
phrase of a transfer noun fell back to being read as the item when it named no actor (`frames/nouns.py`). A "from"
phrase is now a party or nothing; the goods of a noun come from its own item slots. Positive: a real "from" seller
after the item still gives the row.
"""
from __future__ import annotations

from _helpers import named_rows


def test_interest_from_a_club_named_like_a_helicopter_is_no_row() -> None:
    assert named_rows("Ireland prop Sean Doyle is likely to remain with Bath despite reported interest "
                      "from the Glasgow Chinooks.") == []


def test_interest_in_an_item_from_its_maker_keeps_the_row() -> None:
    rows = named_rows("Malaysia has shown interest in the Rafale from Dassault.")
    assert [(s, r, stage) for s, r, _, stage, _ in rows] == [("France", "Malaysia", "considered")]
