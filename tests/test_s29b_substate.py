"""Recipients below the state (session 29b, helper substate):

- a unit of a state's force named by a number or a name of its own ("the 3rd Mechanised Brigade of the X army",
  "the X army's 5th Brigade", "the navy's 2nd Flotilla") stands for the force's state, never an armed group of its
  own: the tagger's ORG entity over it is dropped (extraction/unit_ents.py) and the resolver reads the unit like an
  agent noun (mentions/unit_of.py; words.toml [unit_of] unit_nouns, force_nouns); a unit of the same state as the
  giver ("the air force handed ... to the army's 5th Brigade") is a domestic move, no row;
- a part of a state named by its owner ("in X's north", "X's coast province") stands for the state
  (mentions/unit_of.py region_owner; words.toml [located_sources] region_nouns);
- "delivered by X to forces loyal to General Y": the parser's infinitive "to forces" is mended back into a goal
  (extraction/loyal_goals.py; words.toml [party_phrases] force_nouns, loyal_words).

Sentences written for these tests (invented models, units, commanders and places; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

UNIT_ROWS = [
    ("Zambia supplied four T-90A tanks to the 3rd Mechanised Brigade of the Czech army.", "ZMB", "CZE", "delivered",
     "tanks", 4),
    ("The 3rd Mechanised Brigade of the Czech army has received four T-90A tanks supplied by Zambia.", "ZMB", "CZE",
     "delivered", "tanks", 4),
    ("Ghana handed 24 FT-5 jets over to the Peruvian army's 5th Brigade.", "GHA", "PER", "delivered", "jets", 24),
    ("On Tuesday, Lisbon delivered six Ostrava-9 radars to the 12th Air Defence Regiment of the Kenyan army.", "PRT",
     "KEN", "delivered", "radars", 6),
    ("The Northern Division of the Thai army, which received 40 T-72B tanks from Poland in 2019, was praised.",
     "POL", "THA", "delivered", "tanks", 40),
    ("Spain is believed to have sold 36 T-72B tanks to the Presidential Guard Brigade of the Ghanaian army.",
     "ESP", "GHA", "ordered", "tanks", 36),
    ("Uruguay delivered eight T-72B tanks to the 2nd Armoured Division of the Moroccan army in 2011.", "URY", "MAR",
     "delivered", "tanks", 8),
    ("The 4th Infantry Brigade of the Senegalese army took delivery of 12 BTR-80 armoured vehicles from Bulgaria.",
     "BGR", "SEN", "delivered", "BTR-80", 12),
    ("Two Mi-17 helicopters were sold by Romania to the 9th Air Brigade of the Nigerian air force.", "ROU", "NGA",
     "delivered", "helicopters", 2),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), UNIT_ROWS)
def test_a_states_unit_stands_for_its_state(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, qty), rows


NO_ROWS = [
    "The Brazilian air force handed 24 FT-5 jets over to the army's 5th Brigade in Belgarin.",
    "The Colombian navy transferred four Mi-17 helicopters to the navy's 3rd Flotilla in Varnassa.",
    "The 5th Brigade of the Peruvian army moved 30 T-72B tanks to the border on Monday.",
    "The 2nd Armoured Division of the Kenyan army paraded 40 T-72B tanks through Tulmek.",
]


@pytest.mark.parametrize("text", NO_ROWS)
def test_moves_between_units_of_one_state_are_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


LOYAL_ROWS = [
    ("Six T-90S tanks were delivered by South Korea to forces loyal to Colonel Idris Maltane in March.", "KOR"),
    ("Four BTR-80 armoured vehicles were sold by Chile to troops loyal to General Ruvo Dastarre last year.", "CHL"),
    ("Eight Mi-17 helicopters were supplied by Belarus to fighters loyal to General Orsan Vellek in 2014.", "BLR"),
    ("In 2016, 12 T-72B tanks were shipped by Serbia to forces loyal to General Orsan Vellek, the panel said.", "SRB"),
    ("Three T-72B tanks were delivered by Oman to forces loyal to Colonel Tamsin Ekwobe in Varnassa in May.", "OMN"),
]


@pytest.mark.parametrize(("text", "sup"), LOYAL_ROWS)
def test_passive_goal_of_forces_loyal_to_a_commander(extractor, text, sup) -> None:  # noqa: ANN001
    rows = list(extractor.extract_text(text).transfers)
    surname = text.split(" loyal to ")[1].split()[2].rstrip(",.")
    assert any(r.supplier is not None and r.supplier.country == sup and r.recipient is not None
               and r.recipient.country is None and surname in (r.recipient.name or "") for r in rows), \
        [(r.supplier, r.recipient) for r in rows]


def test_loyal_without_a_transfer_is_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Forces loyal to General Orsan Vellek paraded six T-90S tanks through Varnassa.") == []


REGION_ROWS = [
    ("Italy donated three Mi-17 helicopters to the regional police in Serbia's north.", "ITA", "SRB", "delivered",
     "helicopters", 3),
    ("The regional police in Ghana's Ostreva province received six BTR-80 armoured vehicles donated by Norway.",
     "NOR", "GHA", "delivered", "BTR-80", 6),
    ("In 2019 Chile delivered 12 T-72B tanks to the army in Peru's north.", "CHL", "PER", "delivered", "tanks", 12),
    ("The provincial police of Kenya's coast province are believed to have received 30 BTR-80 armoured vehicles "
     "from Poland.", "POL", "KEN", "delivered", "BTR-80", 30),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), REGION_ROWS)
def test_a_part_of_a_state_named_by_its_owner_is_the_state(extractor, text, sup, rec, stage, word,  # noqa: ANN001
                                                            qty) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, qty), rows


def test_a_region_without_a_transfer_is_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Troops patrolled Serbia's north with three Mi-17 helicopters on Monday.") == []
