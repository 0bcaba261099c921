"""Wrong recipients (thirtieth session, helper rec):

- a lower-case service told bare ("the navy already operates drones handed over by X", "the army fields trucks
  donated by Y") after a paragraph that named another state's service of the same kind in passing: the text's own
  service, named first and the topic of the text, is meant (`mentions/own_services`); in the same paragraph as
  the foreign service, that one stands;
- a deal noun whose only party is a state in its own "with" phrase ("A contract with Ruritania for 120 mm
  shells, signed in May, awaits a licence", "the deal with X for Y was worth"): in a maker's report the state is the
  buyer, the maker the seller (`frames/state_contracts`); not when the state makes the item ("the contract with
  France for 36 Rafale jets");
- a destination naming a firm's site by the firm's possessive ("shipped parts to X's assembly line in Y", "to the
  group's plant"): the firm receives, rather than a recipient taken from the sentences before
  (`mentions/firm_sites`); not when the possessor is no company, nor a site with no possessor.

Sentences written for these tests (invented firms and ships; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text) for t in extractor.extract_text(text).transfers]


def _recipient(rows: list[Row], word: str) -> str | None:
    return next((r for s, r, st, item in rows if word in item), None)


OWN_SERVICE = [
    ("Gabon Navy commissions first ex-Danish patrol ship\n\nLIBREVILLE — The Gabon Navy commissioned its first "
     "second-hand patrol ship on Monday, six weeks after the vessel was passed on by the Danish Navy after a refit.\n\n"
     "The vessel has a small helideck; the navy already flies Vireo drones donated by the United "
     "States in 2016.\n", "Vireo", "Gabon"),
    ("Peruvian Army takes more trucks\n\nLIMA — The Peruvian Army took delivery of 40 trucks on Tuesday, a month "
     "after the Spanish Army sold it ten surplus howitzers.\n\nThe army also fields 12 Brennor armoured vehicles "
     "donated by Germany in 2015, officials said.\n", "Brennor", "Peru"),
    ("Nigerian Air Force inducts trainers\n\nABUJA — The Nigerian Air Force inducted six new trainers on "
     "Friday at Minna, where crews had been trained by the Italian Air Force.\n\nThe air force also received "
     "two Verano transport aircraft from France last year.\n", "Verano", "Nigeria"),
]


@pytest.mark.parametrize(("text", "item", "state"), OWN_SERVICE)
def test_own_service(extractor, text: str, item: str, state: str) -> None:  # noqa: ANN001
    recipient = _recipient(_rows(extractor, text), item)
    assert recipient is not None and state in recipient


FOREIGN_STANDS = [
    # the foreign service named in the same paragraph: it stands
    ("Gabon Navy commissions patrol ship\n\nLIBREVILLE — The Gabon Navy commissioned a second-hand patrol ship on "
     "Monday.\n\nThe vessel was passed on by the Danish Navy after a refit; the navy had received Vireo drones "
     "from the United States in 2016.\n", "Vireo", "Denmark"),
    # no own service named first: the foreign one stands
    ("Patrol ship passed on\n\nLIBREVILLE — A second-hand patrol ship was passed on by the Danish Navy on Monday.\n\n"
     "The navy had received Vireo drones from the United States in 2016.\n", "Vireo", "Denmark"),
]


@pytest.mark.parametrize(("text", "item", "state"), FOREIGN_STANDS)
def test_foreign_service_stands(extractor, text: str, item: str, state: str) -> None:  # noqa: ANN001
    recipient = _recipient(_rows(extractor, text), item)
    assert recipient is None or state in recipient


MAKER = ("Zorvan Munitions posts record profit\n\nBUSAN — South Korea's Zorvan Munitions reported record profit on "
         "Tuesday, driven by export orders for artillery shells.\n\n")
STATE_CONTRACT = [
    (MAKER + "A contract with Kenya for 120 mm mortar ammunition, signed in the second quarter, is awaiting an "
     "export licence.\n", "mortar", "Kenya"),
    (MAKER + "The company said the deal with Peru for 155 mm shells was worth $40 million.\n", "155 mm", "Peru"),
    (MAKER + "An agreement with Chile for 105 mm tank ammunition was signed in March.\n", "105 mm", "Chile"),
]


@pytest.mark.parametrize(("text", "item", "state"), STATE_CONTRACT)
def test_state_contract_buyer(extractor, text: str, item: str, state: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r is not None and state in r and item in it and (s is None or state not in s)
               for s, r, st, it in rows), rows


BUYER_TEXT = "India expands its fleet\n\nNEW DELHI — India's air force will receive more jets next year, officials said.\n\n"
STATE_SELLS = [
    (BUYER_TEXT + "The contract with France for 36 Rafale jets was signed in 2016.\n", "Rafale", "France"),
    (BUYER_TEXT + "A deal with the United States for 12 F-16 fighters is still under review.\n", "F-16",
     "United States"),
    ("Ghana signed a contract with Brazil for six Super Tucano aircraft.\n", "Super Tucano", "Brazil"),
]


@pytest.mark.parametrize(("text", "item", "state"), STATE_SELLS)
def test_state_contract_seller(extractor, text: str, item: str, state: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r is not None and state in r for s, r, st, it in rows if item in it), rows
    assert any(s is not None and state in s for s, r, st, it in rows if item in it), rows


SITE_LEAD = "Defence exports rose last year, the ministry said. Ghana bought two patrol boats.\n\n"
FIRM_SITE = [
    (SITE_LEAD + "Radar components made by Belgian producers and shipped to Lockheed Martin's final assembly line in "
     "Texas represent licences worth 71 million euros.\n", "Radar components", "Lockheed"),
    (SITE_LEAD + "Norwegian firms shipped missile parts to Raytheon's plant in Arizona last year.\n", "missile parts",
     "Raytheon"),
    (SITE_LEAD + "Swedish suppliers delivered gun barrels to Rheinmetall's factory in Unterluss in May.\n",
     "gun barrels", "Rheinmetall"),
]


def _firm(name: str | None, word: str) -> bool:
    return name is not None and (word in name or (word == "Raytheon" and name == "RTX"))


@pytest.mark.parametrize(("text", "item", "firm"), FIRM_SITE)
def test_firm_site_destination(extractor, text: str, item: str, firm: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(_firm(r, firm) for s, r, st, it in rows if item in it), rows
    assert not any(r is not None and "Ghana" in r for s, r, st, it in rows if item in it), rows


NO_FIRM_SITE = [
    (SITE_LEAD + "Norwegian firms shipped missile parts to the plant in Arizona last year.\n", "missile parts"),
    (SITE_LEAD + "Swedish suppliers delivered gun barrels to Kenya's depot in Naivasha in May.\n", "gun barrels"),
]


@pytest.mark.parametrize(("text", "item"), NO_FIRM_SITE)
def test_no_firm_site(extractor, text: str, item: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r is not None and r in ("RTX", "Rheinmetall") for s, r, st, it in rows if item in it), rows
