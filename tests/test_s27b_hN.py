"""Look-alikes with no transfer (twenty-seventh session, helper hN; `extraction/frames/captures.py`, predicates.toml
[seizure] booty_nouns, taking_verbs, hostile_holders, disarmament_nouns; `extraction/local_seller.py`, words.toml
[local_sellers]):

- weapons one side takes from its enemy as trophies or war booty, or takes from a force or armed group in or after
  a fight, are captured in battle: no delivery to the taker;
- fighters handing their weapons to an army or police under an amnesty or in a disarmament drive move nothing
  between two parties of the register;
- goods bought from a seller in the buyer's own state (a local dealer, a firm named by the buyer's capital or
  demonym) were bought at home: the maker's state of a designated item is not their supplier.

Sentences written for these tests (invented models, groups and firms; combinations of states taken from no
article). Each negative has a transfer beside it that must keep its row."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

NONE = [
    "The Chilean army took a lot of Bolivian equipment as trophies, including four Ostrava-9 howitzers.",
    "Zambian troops took dozens of Angolan vehicles as war booty during the 1990s.",
    "The Tarvel-3 tanks that Peru took from Ecuador as war booty in 1995 now stand outside a museum in Lima.",
    "As trophies, Ghanaian soldiers took two Kestrel-5 armoured cars from the rebels.",
    "Captured as spoils of war, the Norvane-2 jets were later repainted by the Moroccan air force.",
    "The Senegalese army has also seized rifles from the insurgents, including mortars taken from the Orun Front "
    "after a battle near the border.",
    "Mortars were taken from the Daskal Brigades during an ambush, a Kenyan army spokesman said.",
    "Last month Thai marines took three machine guns from the militants in a clash on the island.",
    "More than 200 fighters of the Morvane Movement handed over their weapons to the Bangladeshi army under an amnesty.",
    "Under a disarmament programme, 300 former rebels gave their rifles to the Malian police on Tuesday.",
    "Militia members handed 1,200 guns to Colombian authorities as part of the demobilisation.",
    "The fighters handed in their weapons to Nigerian troops in exchange for an amnesty, officials said.",
    "The Ghanaian army is fighting an insurgency in the north. Many of their guns were captured from the Togolese "
    "army and police in raids, residents say.",
    "Senegal's troops have struggled in the border war. Most of their mortars were seized from the Malian army in "
    "attacks on outposts, the report said.",
    "The Namibian police took delivery of 40 Hilux pick-ups, bought from a Windhoek dealer, the minister said.",
    "Last week the Kenyan prisons service received 12 Land Cruiser vehicles purchased from a local dealer.",
    "Twenty Land Cruiser trucks, bought from a Nairobi distributor, were handed to the Kenyan police on Monday.",
    "The Ghanaian army has bought 30 Hilux pick-ups from a local dealership in Kumasi, officials said.",
    "The Peruvian navy said it had acquired two Land Cruiser ambulances from a Peruvian importer.",
    "Peru's interior ministry, which bought 50 Hilux vans from a domestic distributor, handed them to the police.",
    "The Zambian police received eight Hilux pick-ups, which were bought from a Lusaka dealer, officials said.",
    "According to the ministry, the Malian gendarmerie took 20 Land Cruiser trucks bought from a Bamako firm.",
]

ROWS = [  # sentence, supplier, recipient, stage, item word, quantity
    ("The Chilean army took delivery of four Ostrava-9 howitzers from Brazil last month.",
     "BRA", "CHL", "delivered", "howitzers", 4),
    ("At a ceremony in Accra, Norway handed over six Kestrel-5 patrol boats to the Ghana Navy.",
     "NOR", "GHA", "delivered", "patrol boats", 6),
    ("Zambia took two Tarvel-3 transport aircraft from Italy in 2019, the air force said.",
     "ITA", "ZMB", "delivered", "aircraft", 2),
    ("Under a security programme, Spain gave 300 rifles to the Malian police on Tuesday.",
     "ESP", "MLI", "delivered", "rifles", 300),
    ("Peru received three Norvane-2 jets from Argentina after a long battle over the price.",
     "ARG", "PER", "delivered", "jets", 3),
    ("The Namibian police took delivery of 40 armoured vehicles, bought from a South African dealer.",
     "ZAF", "NAM", "delivered", "armoured vehicles", 40),
]


@pytest.mark.parametrize("text", NONE)
def test_capture_or_disarmament_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), ROWS)
def test_transfer_beside_it_keeps_its_row(extractor, text: str, sup: str, rec: str, stage: str, word: str,  # noqa: ANN001
                                          qty: int) -> None:
    assert has_country_row(_rows(extractor, text), sup, rec, stage, word, qty), _rows(extractor, text)


def test_capture_words_are_data() -> None:
    """The [seizure] keys of this pattern are lists of lower-case words; a taking verb is a verb of receiving."""
    from materiel import lexicon

    data = lexicon.toml("predicates.toml")
    for key in ("booty_nouns", "taking_verbs", "hostile_holders", "disarmament_nouns"):
        words = data["seizure"][key]
        assert words and all(isinstance(w, str) and w == w.lower() for w in words), key
    assert set(data["seizure"]["taking_verbs"]) <= set(data["classes"]["receive"]["verbs"])
