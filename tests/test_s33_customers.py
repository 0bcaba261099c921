"""Session 33, helper `customers`: a supplier's export record told as a list of its customers.

Patterns (extraction/customer_lines.py, hooked into destination_lines / destination_rows):
- a list line labelled by a state's service ("- Kenyan Navy: ...", "- Royal Navy of Thailand: ...", "- Peru Coast
  Guard: ...") names that state as the line's destination, as a state's name does;
- a maker's news release (its opening sentence is about one firm of a known state) whose lines each open with a
  customer: each line's rows are the firm's supplies to the line's state; never when the firm's own state is
  among the destinations (home customers), never in a text about no firm;
- a row of a verb before the list ("Highlights announced today:") takes the stage its line tells of the item
  ("a contract for 20 trucks": ordered; "delivery of six trucks was completed": delivered); an item of a later
  sentence of the line, governed by a verb of its own ("The trucks will be armed with X"), is no row.
Also lead_firm: a head line broken by the parser before the dateline is no opening sentence.
"""
from __future__ import annotations

import pytest

from materiel import lexicon
from materiel.extraction.customer_lines import body_states, service_names
from materiel.extraction.pipeline import get_extractor


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    return service_names(lexicon.load())


@pytest.mark.parametrize("label, iso3", [
    ("Kenyan Navy", "KEN"),
    ("Royal Navy of Thailand", "THA"),
    ("Peru Coast Guard", "PER"),
    ("St. Kitts and Nevis Defence Force", "KNA"),
    ("Kuwait Emiri National Guard", "KWT"),
    ("Trinidad and Tobago Coast Guard", "TTO"),
    ("Chilean Air Force (FACh)", "CHL"),
])
def test_service_labels(names: dict[str, str], label: str, iso3: str) -> None:
    assert body_states(label, names) == [iso3]


@pytest.mark.parametrize("label", ["Commercial", "Length", "Navy", "Kenya Airways", "Ghana Cocoa Board",
                                   "Highlights of the year", "Peru", "Civilian business"])
def test_no_service_labels(names: dict[str, str], label: str) -> None:
    assert body_states(label, names) == []


def _rows(text: str) -> list[tuple[str, str, str, int | None, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        out.append(((t.supplier.country or t.supplier.name) if t.supplier else "", t.recipient.country if
                    t.recipient else "", t.item.text.lower(), t.quantity, t.stage))
    return out


RELEASE = """PRESS RELEASE

Korvath Motors reports a record year of export deliveries

OSLO, 3 March 2021 — Korvath Motors, the Norwegian maker of armoured trucks, today announced its export results for 2020.

Highlights announced today:

- Kenyan Army: a contract for 20 Kestrel-6 armoured trucks, signed in March. The new trucks will be armed with Zephyr-2 machine guns.
- Royal Navy of Thailand: delivery of six Kestrel-4 armoured trucks was completed in May.
- Peru Coast Guard: the first four Kestrel-4 armoured trucks were delivered in June.

Korvath Motors employs 300 people.
"""


def test_release_lines_take_the_maker_and_their_stage() -> None:
    rows = _rows(RELEASE)
    got = {(s, r, q, st) for s, r, _, q, st in rows}
    assert ("NOR", "KEN", 20, "ordered") in got
    assert ("NOR", "THA", 6, "delivered") in got
    assert any(s == "NOR" and r == "PER" and st == "delivered" for s, r, _, _, st in rows)


def test_fitted_item_of_a_later_sentence_is_no_row() -> None:
    assert not any("zephyr" in item for _, _, item, _, _ in _rows(RELEASE))


REPORT = """Regional navies keep buying

Analysts say the market for small patrol craft is growing.

Deliveries this year include:

- Kenyan Navy: a contract for two Sabre-9 patrol boats, signed in March.
- Royal Navy of Thailand: delivery of four Sabre-7 patrol boats was completed in May.
"""


def test_list_of_no_firm_takes_no_supplier() -> None:
    assert not any(s for s, *_ in _rows(REPORT))


HOME = """NEWS RELEASE

Korvath Motors reports deliveries at home and abroad

OSLO, 3 March 2021 — Korvath Motors, the Norwegian maker of armoured trucks, today announced its results for 2020.

Deliveries announced today:

- Norwegian Army: a contract for 30 Kestrel-6 armoured trucks, signed in March.
- Kenyan Army: delivery of eight Kestrel-4 armoured trucks was completed in May.
"""


def test_maker_of_a_destination_state_is_no_supplier_to_it() -> None:
    rows = _rows(HOME)
    assert not any(s == "NOR" and r == "NOR" for s, r, *_ in rows)


def test_city_based_firm_takes_its_state() -> None:
    rows = _rows("Halvik Marine, a Bergen-based shipbuilder, delivered two patrol boats to the Kenyan Navy in May.")
    assert ("NOR", "KEN") in {(s, r) for s, r, *_ in rows}


def test_city_based_person_is_no_firm() -> None:
    rows = _rows("Lena Halvik, a Bergen-based analyst, said the Kenyan Navy had received two patrol boats in May.")
    assert not any(s == "NOR" for s, *_ in rows)


MIXED = """NEWS RELEASE

Korvath Motors reports a mixed year abroad

OSLO, 3 March 2021 — Korvath Motors, the Norwegian maker of armoured trucks, today announced its export results.

Highlights announced today:

- Kenya: Nairobi's 2015 order for 40 Kestrel-6 armoured trucks remains the largest in the firm's history. Of the 30 trucks delivered so far, Kenya refused to accept six after trials.
- Peru: delivery of eight Kestrel-4 armoured trucks was completed in May.
"""


def test_refusal_of_a_later_sentence_leaves_the_order() -> None:
    rows = _rows(MIXED)
    assert ("NOR", "KEN", 40, "ordered") in {(s, r, q, st) for s, r, _, q, st in rows}
    assert not any(r == "KEN" and q == 40 and st == "refused" for _, r, _, q, st in rows)
    assert ("NOR", "KEN", 30, "delivered") in {(s, r, q, st) for s, r, _, q, st in rows}  # "Of the 30 delivered"

