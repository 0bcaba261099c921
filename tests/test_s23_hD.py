"""Who the supplier and recipient are (twenty-third session, helper hD):

- a town told as the place a delivery left or was made ("shipped from X", "From X, the rifles were flown",
  "from the port of X", "built in X") is its state, even when the tagger takes it for a firm or a person and the
  town is too small for the main index of cities (`mentions/towns.py`, [towns] in words.toml).

Sentences written for these tests (invented firms, models and combinations of states; not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


SHIPPED_FROM_A_TOWN = [
    ("Kenya's army received twelve Tarvo-7 mortars, which were shipped from Vaasa in March.",
     "Finland", "KEN", "mortars", 12),
    ("Ghana's navy took delivery of two Kestrel-class patrol boats built in Esbjerg.", "Denmark", "GHA", "boats", 2),
    ("From Eskilstuna, 40 Marten-5 rifles were flown to Peru in April, the ministry said.", "Sweden", "PER", "rifles", 40),
    ("The Malawian defence ministry said it had received six Ostrava-9 radars shipped from Thun.",
     "Switzerland", "MWI", "radars", 6),
    ("Forty Kestrel armoured trucks were shipped from the port of Aarhus to Tanzania in May.",
     "Denmark", "TZA", "trucks", 40),
    ("In its written answer, the ministry confirmed that four Vargo-2 sonar sets, sent from Horten in June, "
     "had reached Chile.", "Norway", "CHL", "sonar", 4),
    ("Uganda received 2,000 rounds of ammunition, made in Horten, last year.", "Norway", "UGA", "rounds", 2000),
    ("Forty armoured trucks were shipped from Tampere to Tanzania in May.", "Finland", "TZA", "trucks", None),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), SHIPPED_FROM_A_TOWN)
def test_a_town_a_delivery_left_is_its_state(extractor, text, supplier, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and word in item.lower() and (quantity is None or q == quantity)
               for s, r, _, item, q in rows), rows
    assert all(s in (supplier, None) for s, *_ in rows), rows  # never the bare town


@pytest.mark.parametrize("text", [
    "The ministry met the Kenyan delegation in Vaasa in March.",
    "The minister flew from Eskilstuna to Lima to sign a trade agreement.",
    "Officials from Thun visited the Malawian capital in May.",
])
def test_a_town_that_is_no_place_of_a_delivery_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)
