"""Session 24 (helper E): constructions the extractor did not read, so that a required row had no near prediction.

- a designation the parser hangs on the count rather than on the noun it names ("requested 20 XK-9 fighters" with
  the name a modifier of "20"): the phrase still names the system (`mentions/cut_names.py`);
- a port, airfield or depot that receives goods for a party: the "for" phrase names the recipient
  (`frames/received_for.py`, words.toml [received_for]);
- a state's formation ("Ruritania's peacekeeping battalions", "the Ruritanian marine regiment") stands for the
  state, as its army or forces do (cues.toml [formations] agent_nouns).

Every sentence is written for these tests (not taken from any article); the designations are lexicon entries
that no fixture article names."""
from __future__ import annotations

import pytest

from _helpers import country_rows

Row = tuple[str | None, str | None, str, str, object]
HEADLINE = "Defence briefing\n\n"


def _told(extractor, text: str) -> list:  # noqa: ANN001
    """The transfers of a short article: a headline, then the text (the parse of a first line differs)."""
    return list(extractor.extract_text(HEADLINE + text).transfers)


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return country_rows(extractor, HEADLINE + text)


def _has(rows: list[Row], sup: str | None, rec: str, stage: str, word: str, qty: object = None) -> bool:
    return any((sup is None or s == sup) and r == rec and st == stage and word in item and (qty is None or q == qty)
               for s, r, st, item, q in rows)


# --- a designation cut off onto the count ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), [
    ("Oman has requested 20 F-22 fighters from the United States.", "USA", "OMN", "requested", "F-22", 20),
    ("Twelve F-22 fighters were requested by the Omani air force from Washington in 2024.",
     "USA", "OMN", "requested", "F-22", 12),
    ("Oman wants to buy 12 F-15EX fighters and 20 F-22 fighters from the United States.",
     "USA", "OMN", "considered", "F-22", 20),
    ("Algeria bought 6 Su-34 bombers and 14 Tu-22 bombers from Moscow.", "RUS", "DZA", "delivered", "Tu-22", 14),
    ("In 2019, twelve Tu-22 bombers were delivered to Algeria by Russia.", "RUS", "DZA", "delivered", "Tu-22", 12),
    ("In 2021, according to two officials, the ministry in Muscat asked the United States for 16 F-22 fighters.",
     "USA", "OMN", "requested", "F-22", 16),
    ("Oman is rebuilding its air force. It has also requested 24 F-22 fighters from Washington, its defence "
     "ministry said.",
     "USA", "OMN", "requested", "F-22", 24),
    ("Algeria has formally requested 14 Su-34 bombers from Moscow, officials said.",
     "RUS", "DZA", "requested", "Su-34", 14),
])
def test_designation_hung_on_the_count(extractor, text: str, sup: str, rec: str, stage: str, word: str,  # noqa: ANN001
                                       qty: int) -> None:
    assert _has(_rows(extractor, text), sup, rec, stage, word, qty)


def test_designation_on_the_count_keeps_negation(extractor) -> None:  # noqa: ANN001
    text = "Oman has not requested any F-22 fighters from the United States."
    assert all(st == "requested" for _, _, st, _, _ in _rows(extractor, text))
    assert all(t.factuality in ("negated", "denied") for t in _told(extractor, text))


@pytest.mark.parametrize("text", [
    "Oman flies 20 F-22 fighters.",  # a fleet, no transfer
    "Hundreds of fighters crossed into the valley from the north, the governor said.",  # combatants
    "The United States has 180 F-22 fighters in service, the report said.",
])
def test_no_row_from_a_fleet_or_combatants(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


# --- a place takes the goods in for someone ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("The port of Dakar received 30 Serbian-made armoured vehicles for the Senegalese army on Tuesday.",
     "SRB", "SEN", "armoured vehicles", 30),
    ("In May the harbour received 12 patrol boats from Poland for the Senegalese navy.", "POL", "SEN", "patrol boats", 12),
    ("The airport received two Mi-8 helicopters from Serbia for the Senegalese air force, officials said.",
     "SRB", "SEN", "Mi-8", 2),
    ("The air base took delivery of four Polish-built trainer aircraft for the Senegalese air force.",
     "POL", "SEN", "trainer aircraft", 4),
    ("According to port officials, the quay received 24 howitzers from Serbia for Senegal's army.",
     "SRB", "SEN", "howitzers", 24),
    ("Last week the dock received eighteen Serbian-made mortars and 40 machine guns for the Senegalese army.",
     "SRB", "SEN", "machine guns", 40),
    ("The depot, which was expanded last year, received 50 Serbian-made trucks for the Senegalese army.",
     "SRB", "SEN", "trucks", 50),
    ("The port reportedly received 30 armoured vehicles from Serbia for the Senegalese army.",
     "SRB", "SEN", "armoured vehicles", 30),
])
def test_place_receives_for_a_party(extractor, text: str, sup: str, rec: str, word: str, qty: int) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), sup, rec, "delivered", word, qty)


def test_place_receiving_keeps_negation(extractor) -> None:  # noqa: ANN001
    text = "The port did not receive any armoured vehicles for the Senegalese army from Serbia."
    found = _told(extractor, text)
    assert found and all(t.factuality in ("negated", "denied") for t in found)


def test_a_party_subject_stays_the_recipient(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Senegal received 30 armoured vehicles from Serbia for its peacekeeping mission.")
    assert _has(rows, "SRB", "SEN", "delivered", "armoured vehicles", 30)


@pytest.mark.parametrize("text", [
    "The port received 40 containers of rice for the Senegalese army.",  # no materiel
    "The port received 30 Serbian-made armoured vehicles for repairs.",  # no party the goods are for
    "The port received 30 armoured vehicles for the Senegalese army.",  # no supplier told
])
def test_no_row_from_a_place_without_parties_or_materiel(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


# --- a state's formation as the party ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), [
    ("Poland delivered 30 armoured vehicles to Senegal's peacekeeping battalions.",
     "POL", "SEN", "delivered", "armoured vehicles", 30),
    ("In June, Serbia handed over 400 rifles to the Malian marine regiment.", "SRB", "MLI", "delivered", "rifles", 400),
    ("Twenty armoured vehicles were donated to Senegal's UN-bound battalion by Poland last week.",
     "POL", "SEN", "delivered", "armoured vehicles", 20),
    ("The Polish defence ministry said it had supplied 12 mortars to the Senegalese battalions serving in the Sahel.",
     "POL", "SEN", "delivered", "mortars", 12),
    ("Poland reportedly sent 60 machine guns and 12 mortars to Mali's special battalion.",
     "POL", "MLI", "delivered", "mortars", 12),
    ("Serbia will provide the Malian regiments with 24 trucks, the ministry in Belgrade said.",
     "SRB", "MLI", "offered", "trucks", 24),
    ("Senegal's peacekeeping contingent received 40 armoured vehicles from Poland in March.",
     "POL", "SEN", "delivered", "armoured vehicles", 40),
    ("The Senegalese battalion, which deploys to the Sahel next month, took delivery of ten armoured vehicles "
     "from Poland.", "POL", "SEN", "delivered", "armoured vehicles", 10),
])
def test_formation_of_a_state(extractor, text: str, sup: str, rec: str, stage: str, word: str,  # noqa: ANN001
                              qty: int) -> None:
    assert _has(_rows(extractor, text), sup, rec, stage, word, qty)


def test_formation_keeps_negation(extractor) -> None:  # noqa: ANN001
    found = _told(extractor, "Serbia has not delivered any rifles to the Malian regiment, officials said.")
    assert found and all(t.factuality in ("negated", "denied") for t in found)


@pytest.mark.parametrize("text", [
    "The battalion received 40 armoured vehicles last week.",  # whose battalion: not told
    "Senegal's battalions fought alongside Malian troops in 2021.",  # no transfer
    "The city's volunteer fire brigade has ordered 12 fire engines from a Polish maker.",  # a civil service
])
def test_no_row_from_a_formation_alone(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []
