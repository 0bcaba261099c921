"""Later items of a handover list and "presented with" forms (twenty-eighth session, helper hZ):

- "presented Y with ten vans and six A": a "with" phrase whose first item is no materiel still names the
  weapons of its later conjuncts (`frames/endowed.py`, words.toml [endowed_lists]); kit and vehicles alone
  ("with vans and vests") or an award give no row;
- "handed over to the X army 40 trucks and six A": the goal moved before the items is split from them
  (`extraction/shifted_goals.py`);
- "delivered 30 trucks to the X armed forces as well as six A": the counted item hung on "to" is the object's
  conjunct (`extraction/shifted_goals.py`).

Sentences written for these tests (invented models and firms, and combinations of states not taken from any
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

PRESENTED = [
    ("Uruguay presented Vietnamese security forces with ten motorcycles and six Skeeter-7 helicopters.",
     "URY", "VNM", "Skeeter-7", 6),
    ("The Norwegian government presented the Thai police with 12 vans, 200 radios and four Ostrava-9 patrol boats.",
     "NOR", "THA", "Ostrava-9", 4),
    ("On Friday, Oslo presented Bangkok's navy with two minibuses and 3 Ostrava-9 patrol boats.",
     "NOR", "THA", "Ostrava-9", 3),
    ("Kenyan police were presented with 20 motorcycles and eight Tarvik-4 armoured cars by Poland.",
     "POL", "KEN", "Tarvik-4", 8),
    ("Chile, which has trained Peruvian pilots since 2012, presented Peru with 40 tents and two Kestrel-5 jets.",
     "CHL", "PER", "Kestrel-5", 2),
    ("The Ghanaian army was equipped with 300 helmets and 24 Varn-2 mortars by Italy, the ministry said.",
     "ITA", "GHA", "Varn-2", 24),
    ("Egypt provided the Jordanian army with 50 trucks, 900 blankets and twelve Korsak-3 howitzers.",
     "EGY", "JOR", "Korsak-3", 12),
    ("Seoul furnished the Colombian navy with two tugboats and four Delmar-6 corvettes last year.",
     "KOR", "COL", "Delmar-6", 4),
    ("The Chilean government presented Omani security forces with ten motorcycles and three Yak-130 fighters.",
     "CHL", "OMN", "Yak-130", 3),  # only the model is materiel, not the kind after it
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), PRESENTED)
def test_a_later_weapon_of_a_with_phrase_gives_its_row(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                     quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows
    assert not any(w in r[3] for r in rows for w in ("motorcycles", "minibuses", "tents", "tugboats")), rows


NOT_PRESENTED = [
    "The Thai defence minister was presented with an award by Norway's ambassador at a ceremony in Bangkok.",
    "Norway presented the Thai police with 30 vans, 300 bulletproof vests and 40 motorcycles.",
    "Uruguay presented the Vietnamese minister with a medal and a plaque.",
    "Poland presented Kenya with a plan for ten Tarvik-4 armoured cars.",
    "Chile and Peru held a handover ceremony for the new embassy building in Lima on Monday.",
]


@pytest.mark.parametrize("text", NOT_PRESENTED)
def test_a_with_phrase_without_weapons_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "delivered" and r[3] and "Tarvik" not in r[3]], rows


SHIFTED = [
    ("Serbia on Tuesday handed over to the Peruvian military 60 mortars, 400 rifles and six Karvell-9 jets.",
     "SRB", "PER", [("mortars", 60), ("Karvell-9", 6)]),
    ("Serbia handed over to the Peruvian army six Karvell-9 jets.", "SRB", "PER", [("Karvell-9", 6)]),
    ("Belgrade delivered to Lima's navy two Ostrava-9 patrol boats and 40 radios.",
     "SRB", "PER", [("Ostrava-9", 2)]),
    ("Uganda transferred to the Kenyan police 300 rifles and eight Tarvik armoured cars last week.",
     "UGA", "KEN", [("rifles", 300), ("Tarvik", 8)]),
    ("Serbia handed over to the Peruvian armed forces 20 Tarvik-4 armoured cars.", "SRB", "PER", [("Tarvik-4", 20)]),
    ("Last month Poland handed over to the Ghanaian army 150 rifles and eight Varn-2 mortars, an official said.",
     "POL", "GHA", [("rifles", 150), ("Varn-2", 8)]),
    ("Madrid, which trains Moroccan officers, delivered to the Moroccan navy four Delmar-6 corvettes.",
     "ESP", "MAR", [("Delmar-6", 4)]),
    ("Italy has handed over to the Nigerian army twelve Korsak-3 howitzers and 500 rifles.",
     "ITA", "NGA", [("Korsak-3", 12), ("rifles", 500)]),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "wanted"), SHIFTED)
def test_a_goal_before_the_items_is_the_recipient(extractor, text, supplier, recipient, wanted) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in wanted:
        assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows
    assert not any(w in r[3].lower() for r in rows for w in ("army", "navy", "police", "military")), rows


def test_a_goal_with_no_count_after_it_keeps_its_parse(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Serbia handed over to the army 12 months ago its old trucks.")
    assert not any("army" in r[3].lower() for r in rows), rows


AS_WELL_AS = [
    ("Bulgaria delivered 30 trucks to the Brazilian armed forces as well as six Karvell-9 drones.",
     "BGR", "BRA", "Karvell-9", 6),
    ("Sofia delivered 30 trucks to the Brazilian armed forces, as well as 12 Kestrel-5 jets.",
     "BGR", "BRA", "Kestrel-5", 12),
    ("In 2019 Norway supplied 40 vans to the Thai security forces as well as four Ostrava-9 patrol boats.",
     "NOR", "THA", "Ostrava-9", 4),
    ("Poland sent 200 rifles to the Kenyan armed forces as well as eight Tarvik-4 armoured cars.",
     "POL", "KEN", "Tarvik-4", 8),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), AS_WELL_AS)
def test_an_item_after_as_well_as_beside_the_goal_is_the_objects_conjunct(extractor, text, supplier,  # noqa: ANN001
                                                                         recipient, word, quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


def test_a_party_after_as_well_as_is_no_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Bulgaria delivered 30 Karvell-9 drones to the Brazilian army as well as the police.")
    assert has_country_row(rows, "BGR", "BRA", "delivered", "Karvell-9", 30), rows
    assert not any("police" in r[3].lower() for r in rows), rows


COMPRISING = [
    ("A consignment from Zambia comprising 900 rifles and 12 MiG-23ML fighters was handed over to Chile on Saturday.",
     "ZMB", "CHL", "MiG-23ML", 12),
    ("A consignment from Peru comprising 400 rifles and 4 Kestrel-5 jets was handed over to Chile in May.",
     "PER", "CHL", "Kestrel-5", 4),
    ("A consignment from Oslo comprising 30 radios and eight Ostrava-9 patrol boats was delivered to Thailand.",
     "NOR", "THA", "Ostrava-9", 8),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), COMPRISING)
def test_a_listing_participles_later_item_is_the_loads(extractor, text, supplier, recipient,  # noqa: ANN001
                                                      word, quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


def test_a_listing_participle_with_a_clause_after_and_keeps_it(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "A convoy comprising 40 trucks and three buses crossed into Chile.")
    assert not any(r[2] == "delivered" and r[0] for r in rows), rows
