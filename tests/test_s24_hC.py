"""Session 24 (helper C): suppliers of items passed on.

- items a party was told to have received, told again as passed on to another party ("ten of those", "the
  vehicles", "them"), are the holder's supply, not the first seller's (`onward_holders.py`); not "ten more",
  not "its first", not items only offered before, not a handover to the holder's own forces;
- a "from" phrase that opens a clause (after a list mark) before a comma and a transfer noun names its supplier
  ("(b) from X, the delivery of A to Y"), not the maker of A (`fronted_sources.py`);
- a line of findings labelled by supplying state ("- X: two A were delivered to the Y army") gives X as supplier
  also when a holder was guessed for the maker, and the label read as a recipient makes no row (`supplier_labels.py`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows


def _pairs(rows: list[tuple[str | None, str | None, str, str, object]]) -> set[tuple[str | None, str | None]]:
    return {(s, r) for s, r, *_ in rows}


@pytest.mark.parametrize(("text", "supplier", "recipient", "quantity"), [
    ("Chile bought 40 M113 armoured carriers from the United States in 2010. In 2019, 12 of those vehicles were "
     "sold to Ecuador.", "CHL", "ECU", 12),
    ("Egypt bought 24 BMP-2 vehicles from Russia in 2009. Ten of the vehicles were later handed to Chad.",
     "EGY", "TCD", 10),
    ("Egypt bought 24 BMP-2 vehicles from Russia in 2009. In 2014 Chad received ten of those vehicles.",
     "EGY", "TCD", 10),
    ("Egypt bought 24 BMP-2 vehicles from Russia in 2009. The vehicles were refurbished in Belarus and delivered "
     "to Chad in 2014.", "EGY", "TCD", None),
    ("The Peruvian defence ministry, which resells weapons to other forces, received 5,000 M113 vehicles from "
     "Norway in 2015. Bolivia's army later bought 300 of those vehicles, according to sales records.",
     "PER", "BOL", 300),
    ("Kenya received 30 BMP-2 vehicles from Ukraine in 2012. Some of those vehicles were probably passed on to "
     "Somalia.", "KEN", "SOM", None),
    ("Slovakia bought 2,000 M113 vehicles from the United States in 2005. It is likely that some of those "
     "vehicles were re-exported to Georgia by the buyers.", "SVK", "GEO", None),
    ("In 2010 Ghana received 16 BMP-2 vehicles from Ukraine. In 2018, 6 of these vehicles were donated to Togo.",
     "GHA", "TGO", 6),
    ("Egypt bought 24 BMP-2 vehicles from Russia in 2009. Cairo denied that any of those vehicles had been passed "
     "on to Chad.", "EGY", "TCD", None),
    ("Egypt bought 24 BMP-2 vehicles and 12 M113 vehicles from Belarus in 2009. In 2014, ten of the BMP-2 "
     "vehicles and four of the M113 vehicles were handed to Chad.", "EGY", "TCD", 4),
])
def test_items_passed_on_are_the_holders_supply(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                quantity: object) -> None:
    rows = _rows(extractor, text)
    onward = [r for r in rows if r[1] == recipient]
    assert onward and all(r[0] == supplier for r in onward), rows
    assert quantity is None or any(r[4] == quantity for r in onward), rows


@pytest.mark.parametrize(("text", "pair", "wrong"), [
    ("Russia delivered 12 BMP-2 vehicles to Egypt in 2009. Ten more BMP-2 vehicles were delivered to Chad in "
     "2014.", ("RUS", "TCD"), ("EGY", "TCD")),
    ("The United States delivered 31 M113 vehicles to Ukraine in 2023. Poland received its first M113 vehicles "
     "in 2022.", ("USA", "POL"), ("UKR", "POL")),
    ("Russia offered 24 BMP-2 vehicles to Egypt in 2009. The vehicles were eventually sold to Chad instead.",
     ("RUS", "TCD"), ("EGY", "TCD")),
])
def test_other_items_keep_their_seller(extractor, text: str, pair: tuple[str, str],  # noqa: ANN001
                                       wrong: tuple[str, str]) -> None:
    pairs = _pairs(_rows(extractor, text))
    assert pair in pairs and wrong not in pairs, pairs


def test_handover_to_the_holders_own_forces_is_no_resale(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile bought 40 M113 armoured carriers from the United States in 2010. The vehicles "
                            "were delivered to the Chilean army in 2011.")
    assert ("USA", "CHL") in _pairs(rows) and all(r[0] != "CHL" for r in rows), rows


@pytest.mark.parametrize(("text", "supplier", "recipient"), [
    ("The committee received these notifications: (a) from Romania, the delivery on 3 March 2015 of six "
     "refurbished BMP-2 vehicles to the Malian army; (b) from Serbia, the export on 9 May 2015 of 2,000 M113 "
     "vehicles to the Chadian army.", "ROU", None),
    ("The committee received these notifications: (a) from Romania, the delivery on 3 March 2015 of six "
     "refurbished BMP-2 vehicles to the Malian army; (b) from Serbia, the export on 9 May 2015 of 2,000 M113 "
     "vehicles to the Chadian army.", "SRB", "TCD"),
    ("From Romania, the delivery of six refurbished BMP-2 vehicles to the Malian army was notified in March.",
     "ROU", "MLI"),
    ("(c) from Brazil, a planned shipment of 300 M113 vehicles for the Malian army.", "BRA", "MLI"),
    ("2. From Slovakia, the transfer in June of 12 M113 vehicles to Ghana's army.", "SVK", "GHA"),
    ("- from the Czech Republic, the sale of four BMP-2 vehicles to the Zambian army;", "CZE", "ZMB"),
    ("From Poland, a further delivery of twenty M113 vehicles to the army of Ukraine, according to the register.",
     "POL", "UKR"),
])
def test_a_fronted_from_phrase_names_the_supplier(extractor, text: str, supplier: str,  # noqa: ANN001
                                                  recipient: str | None) -> None:
    rows = _rows(extractor, "Notifications received by the committee\n\n" + text)
    assert any(s == supplier and (recipient is None or r == recipient) for s, r, *_ in rows), rows


@pytest.mark.parametrize("text", [
    "From Kyiv, the defence minister said the delivery of 12 M113 vehicles to the Ghanaian army had been completed.",
    "Apart from Hungary, the delivery of six BMP-2 vehicles to the Malian army went ahead.",
    "Far from Warsaw, the delivery of 12 M113 vehicles to Ukraine was celebrated by the United States embassy.",
])
def test_a_from_phrase_of_no_transfer_noun_names_no_supplier(extractor, text: str) -> None:  # noqa: ANN001
    transfers = extractor.extract_text("Notifications received by the committee\n\n" + text).transfers
    assert transfers and all("fronted-from" not in (t.rule or "") for t in transfers), transfers


LABELLED = """The report's key findings include:

- Ukraine: two M113 vehicles were delivered to the Chadian army in 2007, according to customs records.

- Serbia: 40 BMP-2 vehicles were exported to Niger's army in 2008.

- Romania: a shipment of 2,000 BMP-2 vehicles reached the Malian army in May.

- Poland: twelve M113 vehicles, bought in 2015, were handed to the army of Lithuania.

- Slovakia: six BMP-2 vehicles were reportedly delivered to Zambia's army last year.

- Brazil: Ghana's navy received four M113 vehicles in 2019.
"""


@pytest.mark.parametrize(("supplier", "recipient"), [
    ("UKR", "TCD"), ("SRB", "NER"), ("ROU", "MLI"), ("POL", "LTU"), ("SVK", "ZMB"), ("BRA", "GHA"),
])
def test_a_supplier_label_supplies_its_line(extractor, supplier: str, recipient: str) -> None:  # noqa: ANN001
    pairs = _pairs(_rows(extractor, LABELLED))
    assert (supplier, recipient) in pairs, pairs


def test_a_supplier_label_is_no_recipient_of_its_line(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, LABELLED)
    labels = {"UKR", "SRB", "ROU", "POL", "SVK", "BRA"}
    assert rows and all(r not in labels for _, r, *_ in rows), rows
