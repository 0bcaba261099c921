"""Second-hand ships named by their former holder (twenty-seventh session, helper hE; `frames/former_holders.py`,
words.toml [former_holders], actors.csv "Royal Navy"):

- "two former Ruritanian Navy patrol boats bought by X", "X bought three ex-Royal Navy minehunters": with no
  seller named, the state whose service held the item before sells it;
- "the corvettes, the former HMS A and HMS B, were sold to X", "the frigate, formerly ROKS A, was transferred to
  X": the hull prefix names the navy, and so the seller;
- no seller where nothing marks the item as another's before, nor where the former holder is the buyer.

Sentences written for these tests (invented ships, yards and places; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

BATTERY = [  # (sentence, supplier's state, recipient, stage, item word, quantity)
    ("Ghana bought three former Royal Navy minehunters in 2019.", "GBR", "GHA", "delivered", "minehunters", 3),
    ("The two ex-Royal Navy minehunters bought by Lithuania last year were handed over in Portsmouth.",
     "GBR", "LTU", "delivered", "minehunters", 2),
    ("Accra said it had acquired four former US Navy patrol boats.", "USA", "GHA", "delivered", "patrol boats", 4),
    ("Three former Royal New Zealand Navy patrol vessels bought by Chile in 2022 arrived at Valparaiso.",
     "NZL", "CHL", "delivered", "patrol vessels", 3),
    ("The frigate, the former ROKS Haedong, was transferred to Peru in 2021.", "KOR", "PER", "delivered", "frigate", None),
    ("The two corvettes, the former HMS Dunmore and HMS Kestrel, were sold to Bangladesh in 2010.",
     "GBR", "BGD", "delivered", "corvettes", 2),
    ("The patrol boat, formerly HMAS Tarrant, was handed over to Vanuatu in March.",
     "AUS", "VUT", "delivered", "patrol boat", None),
    ("The Royal Navy sold two survey ships to Uruguay in 2016.", "GBR", "URY", "delivered", "survey ships", 2),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), BATTERY)
def test_former_holder_sells(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


def test_hedged_purchase_keeps_its_stage(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Kenya may buy two former Royal Danish Navy patrol vessels, officials said.")
    assert any(s == "DNK" and r == "KEN" and st != "delivered" for s, r, st, _, _ in rows), rows


def test_royal_navy_of_another_state_is_its_own(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The Royal Navy of Oman has taken delivery of two corvettes built by Karvell Marine.")
    assert all(r == "OMN" for _, r, _, _, _ in rows) and rows, rows


NEGATIVES = [
    "Chile bought two Royal Navy patrol vessels in May.",  # no marker: whose service is unknown
    "The Royal Navy commissioned its new frigate HMS Kestrel in Portsmouth.",
    "Former Royal Navy officers bought the trawler at auction.",
    "The former HMS Dunmore was renamed Kestrel after her refit.",
    "Chile's navy bought two former Chilean Navy tugs back from a broker.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_former_holder_row(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(s in ("GBR", "CHL") for s, _, _, _, _ in rows), rows


FIRST_OWNER = [  # (sentence, supplier's state, recipient, item word, quantity)
    ("Built by Karvell Marine for the French Navy, the two patrol boats were sold to Senegal in 1995.",
     "FRA", "SEN", "patrol boats", 2),
    ("Constructed in Poland for the Swedish Navy, the three minehunters were sold to Ghana in 2004.",
     "SWE", "GHA", "minehunters", 3),
    ("Ghana retired its two Vigr-class corvettes last year. Originally built by Karvell Marine for the Danish Navy, "
     "the corvettes were sold to Ghana in 1991.", "DNK", "GHA", "corvettes", None),
    ("The frigate, built by Karvell Marine for the Danish Navy, was handed over to Kenya in 2012.",
     "DNK", "KEN", "frigate", None),
    ("Kenya bought two minehunters built by Karvell Marine for the Swedish Navy.", "SWE", "KEN", "minehunters", 2),
    ("Kenya bought two minehunters built in Poland for the Swedish Navy.", "SWE", "KEN", "minehunters", 2),
    ("The corvettes were built by Karvell Marine for the French Navy and sold to Senegal in 1995.",
     "FRA", "SEN", "corvettes", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), FIRST_OWNER)
def test_first_owner_sells_on(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word, qty), rows


def test_built_for_the_buyer_keeps_the_builder(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Kenya took delivery of a frigate built for its navy by Karvell Marine.")
    assert rows and all(r == "KEN" for _, r, _, _, _ in rows), rows
    rows = _rows(extractor, "Karvell Marine built two corvettes for the Ghana Navy in 2010.")
    assert all(s is None or s != "GHA" for s, _, _, _, _ in rows), rows


HOLDER_RELATIVES = [  # (sentence, supplier's name word, recipient's state, item word, quantity)
    ("Ghana's navy relies on its four Orla-class corvettes, which Karvell Marine delivered between 2010 and 2014.",
     "Karvell", "GHA", "corvettes", 4),
    ("Ghana's navy relies on its four Orla-class corvettes, which Karvell Marine built at Tarnby and delivered "
     "between 2010 and 2014.", "Karvell", "GHA", "corvettes", 4),
    ("The mainstay of Peru's coast guard is its two Skarv-class cutters, which Karvell Marine supplied in 2012.",
     "Karvell", "PER", "cutters", 2),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), HOLDER_RELATIVES)
def test_relative_clause_of_supply_on_a_held_item(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    found = [t for t in extractor.extract_text(text).transfers
             if t.supplier and sup in t.supplier.name and t.recipient and t.recipient.country == rec]
    assert any(word in t.item.text and t.quantity == qty and t.stage == "delivered" for t in found), found


@pytest.mark.parametrize("text", [
    "India's navy relies on its frigates, which India built at Mumbai.",
    "Karvell Marine's four Orla-class corvettes, which it built at Tarnby, are for sale.",
])
def test_no_holder_row_for_own_work(extractor, text) -> None:  # noqa: ANN001
    assert not extractor.extract_text(text).transfers
