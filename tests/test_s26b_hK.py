"""Handovers, donations and aid packages told by governments and embassies (session 26b, helper hK):

- a donation or package handed over in one sentence ("Y handed over a donation to X's army") whose contents the
  next sentence lists ("The donation includes: A; B; and C", "The package includes:" and one line per item): the
  items take the handover's parties, even when the parser hangs "to X" on the donation noun, and the handover's
  stage (a package handed over is delivered, not offered; `extraction/handed_packages.py`);
- "presented the keys of N A to X": the keys stand for what they open (cues.toml [items] containers);
- "The N A, funded by Y, were delivered to X by FIRM": a state that funds a delivery made by a firm of no known
  state is its supplier (`extraction/handed_packages.py`, words.toml [handed_packages]).

Texts written for these tests (invented firms, models and people; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

CONTENTS = [  # (text, supplier, recipient, stage, item word, quantity)
    ("Norway handed over a donation to the Ghanaian army on Monday. The donation includes: eight Corvan-7 patrol "
     "boats; 40 radios; and night-vision goggles.", "NOR", "GHA", "delivered", "patrol boats", 8),
    ("On Thursday the Peruvian embassy handed over a donation to the Kenyan navy in Nairobi. The donation "
     "includes six Tarlek-3 patrol boats and spare parts.", "PER", "KEN", "delivered", "patrol boats", 6),
    ("Chile handed over a gift to the Jordanian air force, the ministry said. The gift includes two Vessko-40 "
     "helicopters and a training package.", "CHL", "JOR", "delivered", "helicopters", 2),
    ("Warsaw handed over a donation to the Zambian police in Lusaka. The donation includes: twelve Ostrava-9 "
     "armoured vehicles; 300 helmets; and body armour.", "POL", "ZMB", "delivered", "armoured vehicles", 12),
    ("Brazil delivered a security assistance package to the Senegalese armed forces in Dakar on Thursday. "
     "The package includes:\n- 24 Korvel-5 armoured vehicles\n- 60 radios\n- medical kits",
     "BRA", "SEN", "delivered", "armoured vehicles", 24),
    ("Italy handed over an aid package to Uruguay on Friday. The package includes:\n- four Skarn-2 drones\n"
     "- 20 radios", "ITA", "URY", "delivered", "drones", 4),
    ("The Omani embassy handed over a donation to the Moroccan navy. The donation comprises three Selvik-12 "
     "patrol boats and 50 life jackets.", "OMN", "MAR", "delivered", "patrol boats", 3),
    ("Norway handed over a donation to the Ghanaian army on Monday. It includes eight Corvan-7 patrol boats and "
     "40 radios.", "NOR", "GHA", "delivered", "patrol boats", 8),
    ("Chile presented a gift to the Jordanian navy in Amman. It includes two Tarlek-3 patrol boats.",
     "CHL", "JOR", "delivered", "patrol boats", 2),
    ("Spain handed over a new package to Bulgaria last week, the embassy said. The package includes:\n"
     "- 36 Tarn-4 missiles\n- two Vessko-40 helicopters", "ESP", "BGR", "delivered", "missiles", 36),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), CONTENTS)
def test_handed_over_package_contents(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


ANNOUNCED = [  # a package only announced stays offered
    ("Spain announced a new package for Bulgaria last week. The package includes:\n- 36 Tarn-4 missiles\n"
     "- two Vessko-40 helicopters", "ESP", "BGR", "offered", "missiles"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), ANNOUNCED)
def test_announced_package_stays_offered(extractor, text, sup, rec, stage, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not has_country_row(rows, sup, rec, "delivered", word), rows


KEYS = [
    ("The Norwegian ambassador presented the keys of eight Corvan-7 patrol boats to the Ghanaian Minister of "
     "Defence in Accra.", "NOR", "GHA", "delivered", "patrol boats", 8),
    ("At a ceremony in Lima, the Chilean ambassador presented the keys of 12 Ostrava-9 armoured vehicles to the "
     "Peruvian army.", "CHL", "PER", "delivered", "armoured vehicles", 12),
    ("Egypt presented the keys of two Tarlek-3 patrol boats to the Omani navy on Sunday.",
     "EGY", "OMN", "delivered", "patrol boats", 2),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), KEYS)
def test_keys_of_items(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


FUNDED = [
    ("The 12 Corvan-7 patrol boats, funded by Norway, were delivered to the Ghanaian coast guard by Karvell "
     "Marine last month.", "NOR", "GHA", "delivered", "patrol boats", 12),
    ("Six Tarlek-3 patrol boats funded by Peru were handed over to the Kenyan navy by Selvik Yards on Monday.",
     "PER", "KEN", "delivered", "patrol boats", 6),
    ("The four Skarn-2 drones, which were funded by Italy, were delivered to the Zambian air force by Ostrava "
     "Dynamics.", "ITA", "ZMB", "delivered", "drones", 4),
    ("Funded by Italy, the four Skarn-2 drones were delivered to the Zambian air force by Ostrava Dynamics.",
     "ITA", "ZMB", "delivered", "drones", 4),
    ("The four Norwegian-funded Corvan-7 patrol boats were delivered to the Ghanaian navy by Karvell Marine.",
     "NOR", "GHA", "delivered", "patrol boats", 4),
    ("On Monday the Peru-funded Tarlek-3 patrol boats were handed over to the Kenyan navy.",
     "PER", "KEN", "delivered", "patrol boats", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), FUNDED)
def test_funder_of_a_firm_delivery(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


ENVOY = [  # a handover with no supplier, reported by another state's embassy or ambassador
    ("Six Corvan-7 patrol boats were handed over to the Ghanaian navy on Monday, the Norwegian embassy said.",
     "NOR", "GHA", "patrol boats", 6),
    ("Two Vessko-40 helicopters were donated to the Kenyan air force last week, the Peruvian embassy said in a "
     "statement.", "PER", "KEN", "helicopters", 2),
    ("According to the Chilean embassy, 12 Ostrava-9 armoured vehicles were recently delivered to the Jordanian army.",
     "CHL", "JOR", "armoured vehicles", 12),
    ("In Lusaka on Friday, four Skarn-2 drones were handed over to the Zambian air force, the Italian "
     "ambassador said.", "ITA", "ZMB", "drones", 4),
    ("The embassy of Uruguay said that three Tarlek-3 patrol boats had been handed over to the Senegalese navy.",
     "URY", "SEN", "patrol boats", 3),
    ("Eight Korvel-5 armoured vehicles, which were officially handed over to the Omani police on Sunday, will patrol the "
     "border, the Spanish embassy said.", "ESP", "OMN", "armoured vehicles", 8),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), ENVOY)
def test_envoy_reports_handover(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word, qty), rows


ENVOY_NOT = [  # the recipient's own embassy, or a handover only hoped for, gives no supplier
    "Six Corvan-7 patrol boats were handed over to the Ghanaian navy on Monday, the Ghanaian embassy said.",
    "The Norwegian embassy said it hoped six Corvan-7 patrol boats would one day be handed over to the Ghanaian "
    "navy.",
]


@pytest.mark.parametrize("text", ENVOY_NOT)
def test_envoy_lends_no_supplier(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not has_country_row(rows, "NOR", "GHA", "delivered", "patrol boats"), rows
    assert not has_country_row(rows, "GHA", "GHA", "delivered", "patrol boats"), rows


CEREMONY = [  # a handover with no supplier at a ceremony another state's envoy attends
    ("Six Corvan-7 patrol boats were handed over to the Ghanaian navy in a ceremony attended by Norway's "
     "ambassador, Jan Berg.", "NOR", "GHA", "patrol boats", 6),
    ("Two Vessko-40 helicopters were handed over to the Kenyan air force in the presence of the Peruvian "
     "ambassador on Monday.", "PER", "KEN", "helicopters", 2),
    ("On Friday, 12 Ostrava-9 armoured vehicles were formally delivered to the Jordanian police at a ceremony attended by "
     "the Chilean defence attaché and the interior minister.", "CHL", "JOR", "armoured vehicles", 12),
    ("The four Skarn-2 drones were donated to the Zambian army at a ceremony in Lusaka that was attended by the "
     "Italian ambassador.", "ITA", "ZMB", "drones", 4),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), CEREMONY)
def test_ceremony_envoy_supplies(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word, qty), rows


def test_host_envoy_lends_nothing(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Six Corvan-7 patrol boats were handed over to the Ghanaian navy in a ceremony "
                            "attended by Ghana's ambassador to Norway.")
    assert not any(s == "GHA" for s, *_ in rows), rows


def test_funder_of_another_clause_lends_nothing(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Karvell Marine has delivered the six patrol boats Ghana bought in 2021, and a further "
                            "four, funded jointly by Norway and Chile, are due next year.")
    assert not any(s in ("NOR", "CHL") and st == "delivered" and q == 6 for s, _, st, _, q in rows), rows


def test_own_funding_lends_no_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Funded by Ghana, the six Corvan-7 patrol boats were delivered to the Ghanaian navy by "
                            "Karvell Marine.")
    assert not any(s == "GHA" for s, *_ in rows), rows


NONE = [
    "Norway handed over a donation to the Ghanaian health ministry on Monday. The donation includes: 12 "
    "ambulances; 400 beds; and medical kits.",
    "Norway handed over a donation to the Ghanaian health ministry on Monday. It includes 12 ambulances and 400 beds.",
    "The Chilean ambassador presented the keys of 20 school buses to the Peruvian education minister.",
    "The Omani embassy handed over 200,000 doses of vaccine to Morocco on Friday.",
    "Italy trained 40 Zambian officers in maritime security under a programme funded by the embassy.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_transfer(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []
