"""Shapes of the template sweep that lost their row (twenty-sixth session, helper hG):

- "X made Y an offer of six A": the parser reads "Y an offer" as a small clause; Y becomes the light verb's dative
  (`extraction/dative_deal_nouns.py`, words.toml [dative_deals]) and the offer's recipient
  (`frames/support_datives.py`);
- "X received the following from Y: six A, B", "X has acquired dozens of systems from Y, among them six A": "from
  Y" hangs on the summing-up object, and the listed items took the catalogue's maker for supplier; it moves to the
  verb, and "among them six A" becomes the verb's object (`extraction/summary_sources.py`, words.toml
  [summary_sources]);
- "X signed a deal with Y. It covers six A": the opening pronoun over an include verb stands for the deal of the
  sentence before (`extraction/deal_subjects.py`, words.toml [deal_subjects]) and takes its parties as "The deal
  covers six A" does (`packages.py`, `definite_rows.py`); the subject of "signed a deal with" is the buyer;
- "X made a request for six A from Y": with the requester named by the support verb's subject (or the noun's
  possessor), "from Y" on the item names the one asked, the supplier (`frames/request_sources.py`);
- "a shipment of six A bound for X from Y was seized by the navy": "from Y" hung on the destination state moves
  to the participle, and Y is the supplier (`extraction/route_sources.py`, words.toml [route_sources]);
- "six A shipped from Y to X were seized by the coast guard": a passive conjunct with no coordinator is the
  clause's verb and "shipped" a participle on the items (`extraction/reduced_heads.py`).

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


SUMMARIES = [
    ("Chile received the following from Malaysia last year: 12 Kestrel-9 armoured vehicles, 40 trucks and 2,000 "
     "rifles.", "MYS", "CHL", "Kestrel-9", 12),
    ("According to the ministry, Romania received the following from Indonesia in 2021: three Harlan K-7 "
     "helicopters and 300 trucks.", "IDN", "ROU", "helicopters", 3),
    ("Rabat obtained the following items from Hanoi in 2022: 36 Tarvik-2 armoured vehicles, radios and body "
     "armour.", "VNM", "MAR", "Tarvik-2", 36),
    ("Over the past decade Egypt has acquired dozens of systems from Czechia, among them eight Y-12 fighters.",
     "CZE", "EGY", "Y-12", 8),
    ("Vietnam has acquired dozens of systems from Egypt, among them six Seeker-200 drones.",
     "EGY", "VNM", "Seeker-200", 6),
    ("Egypt has bought dozens of systems from Ghana, among them four Varn-2 missiles.", "GHA", "EGY", "Varn-2", 4),
    ("Peru has bought hundreds of vehicles from Spain since 2010, among them 24 Korsak-3 trucks, the report says.",
     "ESP", "PER", "Korsak-3", 24),
    ("Lima purchased a range of weapons from Seoul in 2019, among them twelve Ostrava-9 howitzers.",
     "KOR", "PER", "Ostrava-9", 12),
    ("Kenya obtained the following from Norway in 2019: two Kestrel-9 armoured vehicles and spare parts.",
     "NOR", "KEN", "Kestrel-9", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), SUMMARIES)
def test_the_named_source_of_a_summed_up_list_is_its_supplier(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                              quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows
    assert all(r[0] == supplier for r in rows if word in r[3]), rows  # not the catalogue's maker


@pytest.mark.parametrize("text", [
    "Chile received the following from Malaysia last year: 40,000 tourists and $2 billion in investment.",
    "Egypt has received dozens of letters from Ghana, among them two from its president.",
])
def test_a_summed_up_list_of_no_materiel_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


TAKEN_UP = [
    ("Kenya signed a deal with Brazil on Tuesday. It covers 12 Tarvik-2 patrol boats and a training package.",
     "BRA", "KEN", "Tarvik-2", 12),
    ("Peru signed a defence deal with Spain on Monday. It covers 24 Korsak-3 trucks and training for crews.",
     "ESP", "PER", "Korsak-3", 24),
    ("Ghana has signed a contract with Norway, the defence ministry said. It includes six Harlan K-7 helicopters.",
     "NOR", "GHA", "helicopters", 6),
    ("In Hanoi on Friday, Vietnam concluded an agreement with Poland. It comprises eight Ostrava-9 howitzers.",
     "POL", "VNM", "Ostrava-9", 8),
    ("Senegal placed an order with Egypt last year. It covers four Vantor-class corvettes, officials said.",
     "EGY", "SEN", "corvettes", 4),
    ("Jordan signed a $300 million deal with Serbia on Monday. It covers 36 Kestrel-9 armoured vehicles.",
     "SRB", "JOR", "Kestrel-9", 36),
    ("Chile, whose air force is ageing, signed a deal with Italy. It covers twelve Varn-4 fighter jets.",
     "ITA", "CHL", "Varn-4", 12),
    ("Oman signed a deal with Pakistan in May. This covers two Tarvik-2 patrol boats and spare parts.",
     "PAK", "OMN", "Tarvik-2", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), TAKEN_UP)
def test_it_after_a_signed_deal_is_the_deal(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                           quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "ordered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Peru and Spain signed a trade deal on Tuesday. It covers tariffs on steel and grain.",
    "Peru signed a deal with Spain on Tuesday. It includes 40,000 tonnes of grain.",
    "Kenya signed a deal with Brazil on Tuesday. It rained heavily in Nairobi.",
])
def test_it_over_no_materiel_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


REQUESTS = [
    ("Italy made a request for six Harlan K-7 helicopters from Poland in March, the ministry said.",
     "POL", "ITA", "helicopters", 6),
    ("Last year Hanoi made a formal request for 36 Korsak-3 trucks from Rabat.", "MAR", "VNM", "Korsak-3", 36),
    ("Peru has made a request for eight Harlan K-7 helicopters from Spain, according to officials.",
     "ESP", "PER", "helicopters", 8),
    ("The Kenyan government submitted a request for two Vantor-class corvettes from Norway in 2021.",
     "NOR", "KEN", "corvettes", 2),
    ("Chile made an urgent request for 24 Kestrel-9 armoured vehicles and 40 trucks from Brazil.",
     "BRA", "CHL", "Kestrel-9", 24),
    ("Egypt lodged a request for 2,000 Tarvik rifles from Serbia.", "SRB", "EGY", "rifles", 2000),
    ("Oman made a request for six Tarvik-2 armoured vehicles from Nigeria, which builds them under licence.",
     "NGA", "OMN", "Tarvik-2", 6),
    ("In Accra, Ghana's defence minister said the country had made a request for four Ostrava-9 howitzers from "
     "Bulgaria.", "BGR", "GHA", "Ostrava-9", 4),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), REQUESTS)
def test_from_on_the_item_of_a_made_request_is_the_one_asked(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                              quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "requested", word, quantity), rows


def test_a_request_with_no_named_maker_keeps_from_as_the_requester(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "A request for six Tarvik-2 armoured vehicles from Nigeria was turned down by Oman.")
    assert rows and all(r[1] == "NGA" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Uruguay made a request for help from Argentina after the floods.",
    "Chile made a request for talks with Peru over the disputed border.",
])
def test_a_request_for_no_materiel_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


ROUTES = [
    ("A shipment of three Tarvik-2 armoured vehicles bound for Egypt from Uruguay was seized by the navy off the "
     "coast.", "URY", "EGY", "intercepted", "Tarvik-2", 3),
    ("A consignment of 400 Tarvik rifles destined for Sudan from Belarus was seized by customs officers at the port.",
     "BLR", "SDN", "intercepted", "rifles", 400),
    ("On Friday the coast guard said a cargo of 60 Korsak mortars bound for Yemen from Oman had been intercepted.",
     "OMN", "YEM", "intercepted", "mortars", 60),
    ("Six Harlan K-7 helicopters were delivered to Ghana from Norway last year.", "NOR", "GHA", "delivered",
     "helicopters", 6),
    ("Twelve Kestrel-9 armoured vehicles, shipped to Kenya from Serbia in May, have entered service.",
     "SRB", "KEN", "delivered", "Kestrel-9", 12),
    ("Police said a container of 2,000 Tarvik rifles bound for Libya from Bulgaria was seized by the navy.",
     "BGR", "LBY", "intercepted", "rifles", 2000),
    ("Two Vantor-class patrol boats sent to Senegal from Spain arrived in Dakar on Monday.",
     "ESP", "SEN", "delivered", "patrol boats", 2),
    ("A shipment of 40 Ostrava-9 howitzers bound for Pakistan from Romania was seized by the navy.",
     "ROU", "PAK", "intercepted", "Ostrava-9", 40),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), ROUTES)
def test_from_after_the_destination_is_the_source(extractor, text, supplier, recipient, stage, word,  # noqa: ANN001
                                                  quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word, quantity), rows


@pytest.mark.parametrize("text", [
    "Two tonnes of cocaine bound for Spain from Colombia were seized by the coast guard.",
    "Flights bound for Kenya from Norway were delayed by the storm.",
])
def test_a_route_of_no_materiel_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


REDUCED = [
    ("Officials said four Ostrava-9 155mm howitzers shipped from Brazil to Ghana were seized by the coast guard "
     "on Sunday.", "BRA", "GHA", "Ostrava-9", 4),
    ("Four Ostrava-9 howitzers shipped from Brazil to Ghana were seized by the coast guard.",
     "BRA", "GHA", "howitzers", 4),
    ("Police said 300 Tarvik rifles smuggled from Serbia to Libya were confiscated at the border.",
     "SRB", "LBY", "rifles", 300),
    ("On Tuesday, six Korsak-3 mortars sent from Oman to Yemen were intercepted by the navy.",
     "OMN", "YEM", "mortars", 6),
    ("According to the ministry, 12 Kestrel-9 armoured vehicles shipped from Pakistan to Sudan were impounded in "
     "Port Sudan.", "PAK", "SDN", "Kestrel-9", 12),
    ("The navy said that 40 Harrow-3 missiles shipped from Iran to Yemen were seized off the coast.",
     "IRN", "YEM", "missiles", 40),
    ("Customs officers said 2,000 Tarvik rifles exported from Bulgaria to Libya were seized at the port.",
     "BGR", "LBY", "rifles", 2000),
    ("Eight Vantor-7 drones flown from Belarus to Sudan were seized by the authorities in Chad.",
     "BLR", "SDN", "drones", 8),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), REDUCED)
def test_a_reduced_relative_before_a_passive_seizure_keeps_the_seizure(extractor, text, supplier, recipient,  # noqa: ANN001
                                                                      word, quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "intercepted", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Two tonnes of cocaine shipped from Colombia to Spain were seized by the coast guard.",
    "Officials said 300 cars shipped from Japan to Kenya were impounded at the port.",
])
def test_a_seized_load_of_no_materiel_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)
