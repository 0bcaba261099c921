"""Items the recogniser missed or misread (twenty-third session, round b, helper hJ):

- an unknown maker's model number in the plural, maybe past words of the system's state between the count and
  the name ("eight second-hand Kestrel 350s", "six refurbished Z-40": `counted_names._counted_before`, words.toml
  [counted_names] state_words);
- a counted name of several words with a designation and a roman numeral before a role noun ("six Zorvan ZK-6C
  Tern II trainers": `counted_names._designated_start`);
- a plural item noun the parser reads as a verb after a counted designation ("bought 2,400 Z-7 carbines":
  `item_verbs.py`).

Sentences written for these tests (invented firms, places and models; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

MODEL_PLURALS = [
    ("Kenya received eight Korvak 350s from France in 2011.", "FRA", "KEN", "delivered", "Korvak 350s", 8),
    ("In 2009 the Peruvian Air Force received six second-hand Tarvel 50s from Chile.", "CHL", "PER", "delivered",
     "Tarvel 50s", 6),
    ("Chile delivered twelve refurbished Korvak 350s to Peru.", "CHL", "PER", "delivered", "Korvak 350s", 12),
    ("Nairobi has ordered four Tarvel 220s from Spain, the ministry said.", "ESP", "KEN", "ordered", "Tarvel 220s", 4),
    ("Ghana's army has bought 10 modernised Korvak 350s from Belgium.", "BEL", "GHA", "delivered", "Korvak 350s", 10),
    ("Morocco has signed for 24 Tarvel 220s from France.", "FRA", "MAR", "ordered", "Tarvel 220s", 24),
    ("Peru was given eight Korvak 350s by Chile last year.", "CHL", "PER", "delivered", "Korvak 350s", 8),
    ("Nairobi has asked Spain for a second Korvak 350 to patrol the coast.", "ESP", "KEN", "requested",
     "Korvak 350", None),
    ("Spain delivered six Tarvel 220s and two Korvak 350s to Kenya.", "ESP", "KEN", "delivered", "Korvak 350s", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "qty"), MODEL_PLURALS)
def test_model_number_plurals(extractor, text, supplier, recipient, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, stage, word, qty), rows


ROLE_RUNS = [
    ("Kenya ordered six Zorvan K-6C Tern II trainers from the United States.", "USA", "KEN", "ordered",
     "K-6C", 6),
    ("Ghana bought 40 Karvell KX-9 Mk II boats from Spain.", "ESP", "GHA", "delivered", "KX-9", 40),
    ("The navy of Peru received four Karvell KX-9 Mk III boats from Spain in 2014.", "ESP", "PER", "delivered",
     "KX-9", 4),
    ("Last year Ghana took delivery of two Zorvan ZK-6C Tern trainers from Italy.", "ITA", "GHA", "delivered",
     "ZK-6C", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "qty"), ROLE_RUNS)
def test_role_runs(extractor, text, supplier, recipient, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, stage, word, qty), rows


ITEM_VERBS = [
    ("The Kenyan army has bought 2,400 M4 carbines from Washington.", "USA", "KEN", "delivered",
     "carbines", 2400),
    ("Since the Z-9 deliveries stopped, the Ghanaian police have bought 900 M4 carbines from the US government.",
     "USA", "GHA", "delivered", "carbines", 900),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "qty"), ITEM_VERBS)
def test_item_verbs(extractor, text, supplier, recipient, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, stage, word, qty), rows
    assert not any(item.replace(",", "").isdigit() for _s, _r, _st, item, _q in rows), rows


NEGATIVES = [
    "In the 1990s the firm moved its offices to Lima.",
    "Eight former Navy officers joined the board in the 1980s.",
    "Six Army trainers visited the academy in Accra last year.",
    "Twelve new Korvak residents moved to the capital in 2020.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_rows(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


PICKUPS = [
    ("France delivered 30 armoured pick-ups to Mali.", "FRA", "MLI", "delivered", "pick-ups", 30),
    ("Germany gave Chad 40 armored pickups in 2019.", "DEU", "TCD", "delivered", "pickups", 40),
    ("Twelve armoured pick-ups were delivered to Niger by Belgium in March.", "BEL", "NER", "delivered", "pick-ups",
     12),
    ("Spain will supply Mauritania with twenty armoured pick-ups, the ministry said.", "ESP", "MRT", "offered",
     "pick-ups", 20),
    ("Niamey has ordered 16 armoured pick-ups from a Turkish firm.", "TUR", "NER", "ordered", "pick-ups", 16),
    ("The embassy said the Netherlands had donated 25 armoured pick-ups and 10 trucks to Benin.", "NLD", "BEN",
     "delivered", "pick-ups", 25),
    ("Chad received eight armored pickups from the United Arab Emirates last month.", "ARE", "TCD", "delivered",
     "pickups", 8),
    ("Italy delivered 30 trucks, 15 armoured pick-ups and two ambulances to Togo.", "ITA", "TGO", "delivered",
     "pick-ups", 15),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "qty"), PICKUPS)
def test_armoured_pickups(extractor, text, supplier, recipient, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, stage, word, qty), rows


@pytest.mark.parametrize("text", ["Our soldiers travel for days in pick-ups, an officer said.",
                                  "The dealer sold 200 pickup trucks to a farm cooperative in Kenya."])
def test_plain_pickups_no_rows(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


GAPPED = [
    ("Spain sold Peru 20 tanks and Chile 40 trucks.", "ESP", "CHL", "delivered", "trucks", 40),
    ("In 2015 Spain sold Peru 20 tanks, and Chile 40 trucks.", "ESP", "CHL", "delivered", "trucks", 40),
    ("Italy has offered Ghana twelve patrol boats and Togo 3 corvettes.", "ITA", "TGO", "offered", "corvettes", 3),
    ("According to the ministry, Belgium sold Kenya 300 rifles and Uganda 150 machine guns.", "BEL", "UGA",
     "delivered", "machine guns", 150),
    ("Last year Madrid sold Peru four helicopters and Bolivia two transport aircraft.", "ESP", "BOL", "delivered",
     "transport aircraft", 2),
    ("The Czech firm Norvik Arms sold Ghana 2,000 rifles and Togo 500 pistols.", "CZE", "TGO", "delivered", "pistols",
     500),
    ("Spain sold Peru 20 tanks and Chile 40 trucks, the report said.", "ESP", "PER", "delivered", "tanks", 20),
    ("Italy has offered Ghana twelve patrol boats and Togo 3 corvettes.", "ITA", "GHA", "offered", "patrol boats", 12),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "qty"), GAPPED)
def test_gapped_counts(extractor, text, supplier, recipient, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, stage, word, qty), rows
    assert not any(item[:1].isdigit() for _s, _r, _st, item, _q in rows), rows


def test_gapped_no_count_in_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Spain sold Peru 20 tanks and 40 trucks in 2015.")
    assert rows and all(r == "PER" and not item[:1].isdigit() for _s, r, _st, item, _q in rows), rows


BOATS = [
    ("Spain delivered four boats to the Ghanaian navy.", "ESP", "GHA", "delivered", "boats", 4),
    ("Ghana has ordered two more boats from Spain for its navy.", "ESP", "GHA", "ordered", "boats", 2),
    ("The coast guard of Togo received six boats from France in 2019.", "FRA", "TGO", "delivered", "boats", 6),
    ("In 2019 the Togolese navy took delivery of two boats from Italy's Karvell Marine.", "ITA", "TGO",
     "delivered", "boats", 2),
    ("Italy will donate three boats to Benin's naval forces, the embassy said.", "ITA", "BEN", "offered", "boats", 3),
    ("Under the agreement, Spain sold twelve boats to the Senegalese navy.", "ESP", "SEN", "delivered", "boats", 12),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "qty"), BOATS)
def test_navy_boats(extractor, text, supplier, recipient, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, stage, word, qty), rows


@pytest.mark.parametrize("text", [
    "The navy intercepted three fishing boats carrying migrants off the coast.",
    "Smugglers sold 40 boats to fishermen near the naval base.",
    "Spain sold 40 boats to Ghana's tourist operators last year.",
    "The boats will be sold to Ghana from the Spanish navy's own fleet.",
])
def test_civil_boats_no_rows(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []
