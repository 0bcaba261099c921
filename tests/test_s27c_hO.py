"""Parties in stories that name several states (twenty-seventh session, helper hO):

- "the police", "the gendarmerie", "the security forces" are a state's bodies, read like "the army": the text's
  topic state when no clause names one (words.toml [resolve] topic_bodies, force_bodies; cues.toml
  [actors.anaphors] state);
- a dateline in title case ("Tarvo, May 2 -", "Tarvo (Agency) -", "Tarvo, May 2:") names the text's place as a
  capitals' dateline does (mentions/titled_datelines.py, mentions/topic.py);
- a dateline before a lead that opens on a count, or a dateline naming its agency, stands alone as a sentence, so
  the count stays the lead's and the dateline's place is no party (extraction/dateline_breaks.py);
- a ship's flag state ("a Tarvian-flagged freighter", "a Tarvia-registered vessel", "under the Tarvian flag") is
  neither supplier nor recipient of its cargo, unless the ship is bound for home (extraction/flag_states.py,
  words.toml [flag_states]);
- one who thanks another for items received them from the one thanked: "X thanked Y for the twelve jets"
  (predicates.toml [classes.thank]); thanks for support or a service are no row;
- a reporting verb after a quotation that the parser hangs inside it ('"X has sold us jets," the minister said')
  becomes the sentence's head, so the quotation's "us" is the speaker's state (extraction/quote_reporters.py).

Sentences written for these tests (invented models and firms; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

POLICE = [
    ("Kenya buys riot gear\n\nThe police have received 40 Tarsin-3 armoured vehicles from Norway, the interior "
     "ministry said on Tuesday.", "NOR", "KEN", "delivered", "Tarsin-3", 40),
    ("Ghana re-equips its forces\n\nOn Monday, the police took delivery of twelve Olvar-2 helicopters donated by "
     "Chile.", "CHL", "GHA", "delivered", "Olvar-2", 12),
    ("Peru's police modernise\n\nTwo Koral-5 helicopters were handed over to the police by Spain, officials said.",
     "ESP", "PER", "delivered", "Koral-5", 2),
    ("Senegal\n\nThe gendarmerie has received 24 Brasko-7 armoured vehicles from Morocco.",
     "MAR", "SEN", "delivered", "Brasko-7", 24),
    ("Zambia\n\nThe police, which has long complained of old equipment, received six Pelta-4 patrol boats from "
     "Norway.", "NOR", "ZMB", "delivered", "Pelta-4", 6),
    ("Bulgaria\n\nThe security forces have received 30 Virna-2 armoured vehicles from Poland, a ministry spokesman "
     "said.", "POL", "BGR", "delivered", "Virna-2", 30),
    ("Kenya\n\nThe police will receive eight Tarsin-3 armoured vehicles and two Olvar-2 helicopters from Italy "
     "next year.", "ITA", "KEN", "ordered", "Olvar-2", 2),
    ("Oman\n\nThe police will receive eight Tarsin-3 armoured vehicles and two Olvar-2 helicopters from Italy "
     "next year.", "ITA", "OMN", "ordered", "Tarsin-3", 8),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), POLICE)
def test_the_police_is_the_topic_states(extractor, text, sup, rec, stage, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows
    assert all(r[1] != sup for r in rows), rows  # the supplier never receives


@pytest.mark.parametrize("text", [
    "Kenya\n\nThe police said on Tuesday that the Tarsin-3 armoured vehicle had been seen in a parade in Oslo.",
    "Kenya\n\nPolice in Norway arrested two men suspected of stealing parts for Tarsin-3 armoured vehicles.",
    "Ghana\n\nThe police praised the Olvar-2 helicopters that Chile flies, a spokesman said.",
])
def test_the_police_speaking_or_arresting_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


DATELINES = [
    ("Rome, March 4 - The army has taken delivery of two Valdor-3 corvettes from Serbia, the defence ministry said "
     "on Tuesday.", "SRB", "ITA", "delivered", "Valdor-3", 2),
    ("Nairobi, May 2 (Reuters) - The navy has received four Pelta-4 patrol boats from Poland.",
     "POL", "KEN", "delivered", "Pelta-4", 4),
    ("Lima (AFP) - The air force received six Korvan-9 jets from Spain on Monday, the ministry said.",
     "ESP", "PER", "delivered", "Korvan-9", 6),
    ("Accra, June 12: The army will receive 36 Brasko-7 armoured vehicles from Serbia by December.",
     "SRB", "GHA", "ordered", "Brasko-7", 36),
    ("Hanoi, Jan. 3, 2024 - The navy took delivery of two Valdor-3 corvettes from Chile, state media said.",
     "CHL", "VNM", "delivered", "Valdor-3", 2),
    ("Dakar, 4 March - Two Koral-5 helicopters have been handed over by Spain to the air force.",
     "ESP", "SEN", "delivered", "Koral-5", 2),
    ("DAKAR, March 4 - Two Koral-5 helicopters have been handed over by Spain to the air force.",
     "ESP", "SEN", "delivered", "Koral-5", 2),
    ("DAKAR, March 4 (Reuters) - Two Koral-5 helicopters have been handed over by Spain to the air force.",
     "ESP", "SEN", "delivered", "Koral-5", 2),
    ("Abuja, June 2 - The police have received 36 Tarsin-3 armoured vehicles donated by Jordan, the interior "
     "ministry said.", "JOR", "NGA", "delivered", "Tarsin-3", 36),
    ("Muscat, March 4 - The army has not received the four Korvan-9 jets it bought from Norway, the ministry said.",
     "NOR", "OMN", "delivered", "Korvan-9", 4),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), DATELINES)
def test_a_datelines_place_is_the_forces_state(extractor, text, sup, rec, stage, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows
    assert all(r[0] == sup and r[1] == rec for r in rows), rows  # the dateline's place is no other party


@pytest.mark.parametrize("text", [
    "Cairo, March 4 - The ministry of defence announced on Sunday that the army's Korvan-9 jets would fly at a parade.",
    "Warsaw (AFP) - The army's Olvar-2 helicopters took part in a flood rescue on Monday, officials said.",
])
def test_a_dateline_before_no_transfer_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_a_sentence_opening_on_a_place_is_no_dateline() -> None:
    from materiel.extraction.mentions.titled_datelines import titled_place
    assert titled_place("Rome, March 4 - The army") == "rome"
    assert titled_place("Lima (AFP) - The air force") == "lima"
    assert titled_place("Rome has bought two jets - officials said") is None
    assert titled_place("Kenya - a country of fifty million") is None


FLAGS = [
    ("A Panamanian-flagged cargo ship carrying eight Korvan-9 jets for the Ghanaian army docked on Monday.",
     None, "GHA", "delivered", "Korvan-9", 8),
    ("A Panamanian-flagged cargo ship carrying eight Korvan-9 jets from Nigeria for the Colombian army docked on "
     "Monday.", "NGA", "COL", "delivered", "Korvan-9", 8),
    ("A Maltese-flagged freighter delivered 12 Brasko-7 armoured vehicles from Serbia to Kenya last week.",
     "SRB", "KEN", "delivered", "Brasko-7", 12),
    ("The Liberia-registered vessel, which carried 24 Tarsin-3 armoured vehicles from Poland to Senegal, left Dakar "
     "on Friday.", "POL", "SEN", "delivered", "Tarsin-3", 24),
    ("Twelve Olvar-2 helicopters ordered by Peru arrived aboard a Panama-flagged ship from Italy, officials said.",
     "ITA", "PER", "delivered", "Olvar-2", 12),
    ("A Maltese flagged freighter carrying 30 Virna-2 armoured vehicles from Serbia for the Kenyan police docked in "
     "Mombasa.", "SRB", "KEN", "delivered", "Virna-2", 30),
    ("A ship sailing under the Liberian flag brought two Valdor-3 corvettes from Norway to Chile.",
     "NOR", "CHL", "delivered", "Valdor-3", 2),
    ("The Bahamas-flagged ro-ro ship Karvell Star unloaded six Pelta-4 patrol boats bought by Oman from Spain.",
     "ESP", "OMN", "delivered", "Pelta-4", 6),
]
FLAG_STATES = {"PAN", "MLT", "LBR", "BHS"}


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), FLAGS)
def test_a_ships_flag_state_is_no_party(extractor, text, sup, rec, stage, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows
    assert not any(r[0] in FLAG_STATES or r[1] in FLAG_STATES for r in rows), rows


def test_a_flagged_ship_with_no_cargo_is_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "A Panamanian-flagged tanker docked in Mombasa on Monday.") == []


def test_a_ship_bound_for_home_keeps_its_flag_state(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "A Liberian-flagged vessel bound for home from Cuba was found to carry two Korvan-9 "
                            "jets under sugar.")
    assert any(r[0] == "CUB" and r[1] == "LBR" for r in rows), rows


THANKS = [
    ("Kenya's president thanked Italy for the 12 Korvan-9 jets delivered last month.",
     "ITA", "KEN", "Korvan-9", 12),
    ("Kenyan President Ana Veltra thanked Italy for the donation of 12 Korvan-9 jets.", "ITA", "KEN", "Korvan-9", 12),
    ("The Ghanaian defence minister thanked the Spanish government for two Pelta-4 patrol boats and a Koral-5 "
     "helicopter.", "ESP", "GHA", "Pelta-4", 2),
    ("The Ghanaian defence minister thanked the Spanish government for two Pelta-4 patrol boats and a Koral-5 "
     "helicopter.", "ESP", "GHA", "Koral-5", 1),
    ("Senegal's navy chief thanked Norway on Friday for the four Pelta-4 patrol boats, which arrived in Dakar last "
     "week.", "NOR", "SEN", "Pelta-4", 4),
    ("In a statement, the Kenyan embassy thanked Japan for 40 Tarsin-3 armoured vehicles handed over to the police.",
     "JPN", "KEN", "Tarsin-3", 40),
    ("Peru thanked Chile for six Olvar-2 helicopters.", "CHL", "PER", "Olvar-2", 6),
    ("Zambian officials thanked Poland for the twenty Brasko-7 armoured vehicles it had sent.",
     "POL", "ZMB", "Brasko-7", 20),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "quantity"), THANKS)
def test_the_one_thanked_for_items_gave_them(extractor, text, sup, rec, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "delivered", word, quantity), rows
    assert not any(r[0] == rec for r in rows), rows


@pytest.mark.parametrize("text", [
    "Ghana thanked Spain for its support and said it wanted Korvan-9 jets one day.",
    "Kenya thanked Italy for hosting a conference on the Korvan-9 jets.",
    "Italian officials thanked Kenyan pilots for flying the Korvan-9 jets at the show.",
])
def test_thanks_for_no_items_is_no_delivery(extractor, text) -> None:  # noqa: ANN001
    assert not any(r[2] == "delivered" for r in _rows(extractor, text))


QUOTES = [
    ('"Italy will sell us 12 Korvan-9 jets," Kenya\'s defence minister told parliament.', "ITA", "KEN", "ordered",
     "Korvan-9", 12),
    ('"Italy has sold us 12 Korvan-9 jets," the Kenyan defence minister said.', "ITA", "KEN", "delivered",
     "Korvan-9", 12),
    ('"Italy sent us 12 Korvan-9 jets," the Kenyan defence minister told reporters.', "ITA", "KEN", "delivered",
     "Korvan-9", 12),
    ('"Poland delivered 24 Brasko-7 armoured vehicles to us in March," Ghana\'s army chief said on Tuesday.',
     "POL", "GHA", "delivered", "Brasko-7", 24),
    ('"Spain has handed over two Koral-5 helicopters to our navy," the Senegalese navy chief told reporters in '
     'Dakar.', "ESP", "SEN", "delivered", "Koral-5", 2),
    ('"We have sold 12 Korvan-9 jets to Kenya," the Italian defence minister said.', "ITA", "KEN", "delivered",
     "Korvan-9", 12),
    ('"Norway will not send us the Pelta-4 patrol boats," Oman\'s defence minister said.', "NOR", "OMN", "refused",
     "Pelta-4", None),
    ('"Chile has given us six Olvar-2 helicopters," Peruvian Defence Minister Ana Veltra told lawmakers.',
     "CHL", "PER", "delivered", "Olvar-2", 6),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), QUOTES)
def test_a_quoted_us_is_the_speakers_state(extractor, text, sup, rec, stage, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows


@pytest.mark.parametrize("text", [
    '"Italy flies the Korvan-9 jets very well," the Kenyan defence minister said.',
    '"The Korvan-9 jets are the best in the region," Ghana\'s air force chief told reporters.',
])
def test_a_quotation_with_no_transfer_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []
