"""Shapes of the template sweep that lost their row (twenty-sixth session, helper hG):

- "X made Y an offer of six A": the parser reads "Y an offer" as a small clause; Y becomes the light verb's dative
  (`extraction/dative_deal_nouns.py`, words.toml [dative_deals]) and the offer's recipient
  (`frames/support_datives.py`).

Sentences written for these tests (invented models and firms, and combinations of states not taken from any
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

OFFERS = [
    ("Oman made Argentina an offer of four Kestrel-9 armoured vehicles during talks in Buenos Aires.",
     "OMN", "ARG", "Kestrel-9", 4),
    ("According to diplomats, Seoul has made Bangkok an offer of 36 Varn-4 missiles.", "KOR", "THA", "Varn-4", 36),
    ("Last week Nairobi made Lima an offer of 12 Tarvik-2 armoured vehicles, the ministry said.",
     "KEN", "PER", "Tarvik-2", 12),
    ("The Kenyan government made Peru's navy a formal offer of two Vantor-class corvettes.",
     "KEN", "PER", "corvettes", 2),
    ("Oslo extended Accra an offer of six Harlan K-7 helicopters.", "NOR", "GHA", "helicopters", 6),
    ("Spain could make Senegal an offer of four Ostrava-9 patrol boats.", "ESP", "SEN", "patrol boats", 4),
    ("Poland, whose Harrow-3 howitzers are built near Krakow, made Vietnam an offer of 24 Harrow-3 "
     "howitzers in May.",
     "POL", "VNM", "Harrow-3", None),
    ("Egypt gave Jordan an offer of eight Korsak-2 drones, the Egyptian embassy said.", "EGY", "JOR", "drones", 8),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), OFFERS)
def test_the_party_before_the_offer_is_its_recipient(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                      quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "offered", word, quantity), rows


def test_a_negated_offer_keeps_its_parties(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Norway has not made Ghana an offer of any Harlan K-7 helicopters.")
    found = [t for t in report.transfers if t.recipient and t.recipient.country == "GHA"]
    assert found and all(t.factuality == "negated" for t in found)


@pytest.mark.parametrize("text", [
    "Norway made Ghana an offer of help with flood relief.",
    "Oman made Argentina an offer to mediate in the border dispute.",
    "Chile made Peru an offer of talks on fishing rights.",
])
def test_an_offer_of_no_materiel_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)
