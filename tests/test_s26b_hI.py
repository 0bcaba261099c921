"""State parties told as forces, organs and descriptions (twenty-sixth session, round b, helper hI):

- "the Ruritanian Armed Forces (FARu) ... the FARu received six A": a state's body defined by an acronym of its name
  in another language, whose letters do not follow the English words, still stands for that body wherever the text
  uses it (`extraction/mentions/acronyms.py`, words.toml [resolve] state_body_names);
- "X is supplying the regime in CAPITAL with six A": the capital's "in" the parser hangs on the verb belongs to the
  noun of government before it (`extraction/party_phrases.py`, words.toml [party_phrases] seat_nouns);
- "troops loyal to the government in CAPITAL received six A": the force is that government's (`party_phrases.py`,
  [party_phrases] loyal_words, force_nouns).

Sentences written for these tests (invented models and firms, and combinations of states not taken from any
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

ACRONYMS = [
    ("The Ghanaian Armed Forces (FAG) have fought smugglers in the north since 2018. In May the FAG received six "
     "Kestrel-9 armoured vehicles from Chile.", "CHL", "GHA", "delivered", "Kestrel-9", 6),
    ("The Peruvian Army (EdP) has been modernising its fleet. Last month the EdP took delivery of four Harlan K-7 "
     "helicopters from Norway.", "NOR", "PER", "delivered", "helicopters", 4),
    ("Infantry units of the Armed Forces of Senegal (FAS) patrol the border. The FAS has ordered twelve Varn-4 fighter "
     "jets from Italy.", "ITA", "SEN", "ordered", "Varn-4", 12),
    ("The Romanian Navy (FNR) said on Monday that Oman had delivered two Tarvik-2 patrol boats to the FNR.",
     "OMN", "ROU", "delivered", "Tarvik-2", 2),
    ("The Colombian National Police (PNC) is expanding its air wing. According to officials, the PNC bought three "
     "Harlan K-7 helicopters from Spain.", "ESP", "COL", "delivered", "helicopters", 3),
    ("The Zambian Defence Force (ZNDF) was founded in 1964. On Friday Serbia handed over 24 Korsak-3 trucks to "
     "the ZNDF.", "SRB", "ZMB", "delivered", "Korsak-3", 24),
    ("The Malaysian Army (TDM) is short of lift. The TDM received eight Ostrava-9 howitzers from Poland, "
     "which built them.", "POL", "MYS", "delivered", "Ostrava-9", 8),
    ("The Jordanian Armed Forces (JAFK) have asked Brazil for 36 Seeker-200 drones. The JAFK said it would pay "
     "in instalments.", "BRA", "JOR", "requested", "Seeker-200", 36),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), ACRONYMS)
def test_a_force_defined_by_a_foreign_acronym_keeps_its_state(extractor, text, supplier, recipient,  # noqa: ANN001
                                                               stage, word, quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word, quantity), rows


@pytest.mark.parametrize("text", [
    "The Ghanaian Armed Forces (FAG) held a parade in Accra on Independence Day. The FAG band played.",
    "Officials of the Peruvian Army (EdP) met Norwegian diplomats to discuss fisheries.",
])
def test_a_defined_force_with_no_transfer_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


SEATS = [
    ("Pakistan is supplying the regime in Hanoi with three Harlan K-7 helicopters, the report said.",
     "PAK", "VNM", "delivered", "helicopters", 3),
    ("Last year Kenya supplied the government in Lima with 24 Korsak-3 trucks.", "KEN", "PER", "delivered",
     "Korsak-3", 24),
    ("According to the monitors, Serbia provided the junta in Dakar with six Seeker-200 drones.",
     "SRB", "SEN", "delivered", "Seeker-200", 6),
    ("Egypt, which builds the vehicles under licence, supplied the authorities in Bogotá with 12 Kestrel-9 "
     "armoured vehicles.", "EGY", "COL", "delivered", "Kestrel-9", 12),
    ("Norway will supply the government in Accra with two Tarvik-2 patrol boats.", "NOR", "GHA", "offered",
     "Tarvik-2", 2),
    ("Karvell Marine, a Polish state-owned yard, supplied the military in Rabat with four Tarvik-2 patrol boats.",
     "POL", "MAR", "delivered", "Tarvik-2", 4),
    ("Italy armed the regime in Amman with eight Varn-4 fighter jets and 40 Korsak-3 trucks.",
     "ITA", "JOR", "delivered", "Korsak-3", 40),
    ("Oslo equipped the navy in Santiago with two Ostrava-9 radars in 2020.", "NOR", "CHL", "delivered",
     "Ostrava-9", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), SEATS)
def test_the_government_in_a_capital_is_that_state(extractor, text, supplier, recipient, stage, word,  # noqa: ANN001
                                                    quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word, quantity), rows


LOYAL = [
    ("Troops loyal to the government in Cairo received six Harlan K-7 helicopters from Peru, the monitors said.",
     "PER", "EGY", "delivered", "helicopters", 6),
    ("In March, forces loyal to the government in Hanoi took delivery of 12 Kestrel-9 armoured vehicles from "
     "Chile.", "CHL", "VNM", "delivered", "Kestrel-9", 12),
    ("Units loyal to the junta in Dakar have obtained four Seeker-200 drones from Serbia.", "SRB", "SEN",
     "delivered", "Seeker-200", 4),
    ("Spain sent 24 Korsak-3 trucks to forces loyal to the authorities in Amman.", "ESP", "JOR", "delivered",
     "Korsak-3", 24),
    ("Fighters loyal to the government in Nairobi were given eight Varn-2 missiles by Oman.", "OMN", "KEN",
     "delivered", "Varn-2", 8),
    ("Brazil has delivered two Tarvik-2 patrol boats to troops loyal to the regime in Lima.", "BRA", "PER",
     "delivered", "Tarvik-2", 2),
    ("Soldiers loyal to the government in Oslo received three Ostrava-9 howitzers from Peru.", "PER", "NOR",
     "delivered", "Ostrava-9", 3),
    ("Egyptian troops loyal to the president received six Harlan K-7 helicopters from Peru.", "PER", "EGY",
     "delivered", "helicopters", 6),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), LOYAL)
def test_forces_loyal_to_a_government_are_its_state(extractor, text, supplier, recipient, stage, word,  # noqa: ANN001
                                                    quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word, quantity), rows


@pytest.mark.parametrize("text", [
    "Troops loyal to the government in Cairo paraded through the city on Monday.",
    "Pakistan is supplying the regime in Hanoi with diplomatic cover at the United Nations.",
    "The junta in Dakar met Serbian diplomats to discuss trade on Monday.",
    "Forces loyal to the government in Hanoi fought rebels near the border with Laos.",
])
def test_seats_and_loyalties_with_no_transfer_are_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


def test_a_place_that_is_no_capital_is_not_moved(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile delivered the jets to the army in March, and Peru bought 12 Kestrel-9 armoured "
                            "vehicles from Chile.")
    assert has_country_row(rows, "CHL", "PER", "delivered", "Kestrel-9", 12), rows


OF_AFTER_PARTY = [
    ("Norway made a delivery to the Chilean air force of six Varn-4 fighter jets in March.", "NOR", "CHL",
     "delivered", "Varn-4", 6),
    ("Oman completed the sale to the Jordanian army of 24 Kestrel-9 armoured vehicles, the ministry said on "
     "Tuesday.", "OMN", "JOR", "ordered", "Kestrel-9", 24),
    ("In 2021 Serbia began shipments to Zambia of twelve Ostrava-9 howitzers.", "SRB", "ZMB", "delivered",
     "Ostrava-9", 12),
    ("Poland has made deliveries to Vietnam's border guard of 36 Korsak-3 trucks and four Seeker-200 drones.",
     "POL", "VNM", "delivered", "Seeker-200", 4),
    ("Egypt confirmed the supply to the Bangladeshi army of 40 Kestrel-9 armoured vehicles.", "EGY", "BGD",
     "delivered", "Kestrel-9", 40),
    ("Seoul has resumed exports to Rabat of Varn-2 missiles, officials said.", "KOR", "MAR", "delivered",
     "Varn-2", None),
    ("Karvell Defence, a Polish state firm, completed deliveries to the Ghanaian navy of four Tarvik-2 patrol "
     "boats last year.", None, "GHA", "delivered", "Tarvik-2", 4),
    ("Italy made shipments to Kenya of 60 mm mortar bombs, according to the filing.", "ITA", "KEN", "delivered",
     "mortar bombs", None),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), OF_AFTER_PARTY)
def test_of_after_the_recipient_of_a_transfer_noun_is_the_item(extractor, text, supplier, recipient,  # noqa: ANN001
                                                               stage, word, quantity) -> None:
    rows = _rows(extractor, text)
    assert any(r == recipient and st == stage and word in item and (quantity is None or q == quantity)
               and (supplier is None or s == supplier) for s, r, st, item, q in rows), rows


@pytest.mark.parametrize("text", [
    "Italy made deliveries to the people of Senegal of food and medicine.",
    "Norway made donations to the families of Ghanaian soldiers of food parcels.",
])
def test_of_after_the_recipient_with_no_materiel_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)
