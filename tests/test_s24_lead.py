"""Lead of the twenty-fourth session: a number joined by a hyphen to a word ("one-way", "four-wheel-drive",
"three-dimensional") describes the item and is never its count; "twenty-four" and "20-odd" still count."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row


@pytest.mark.parametrize("text, word", [
    ("Since 2021 Belarus has supplied Armenia with hundreds of one-way attack drones.", "attack drones"),
    ("The army of Peru received four-wheel-drive armoured trucks from Chile.", "armoured trucks"),
    ("Chile shipped three-dimensional radars to Peru last spring.", "radars"),
    ("Estonia delivered two-stage interceptor missiles to Latvia, the ministry said.", "interceptor missiles"),
    ("Officials said one-way attack drones were handed to Armenia by Belarus in March.", "attack drones"),
    ("Norway has sold Finland several twin-engine transport aircraft and two-man patrol boats.", "transport aircraft"),
    ("According to the report, Chile gave Peru four-barrel anti-aircraft guns.", "anti-aircraft guns"),
    ("Lisbon transferred six-wheeled armoured vehicles to Mozambique in 2019.", "armoured vehicles"),
])
def test_a_hyphenated_number_word_is_no_count(extractor, text: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    found = [r for r in rows if word in r[3]]
    assert found, rows
    assert all(r[4] is None for r in found), rows


@pytest.mark.parametrize("text, sup, rec, word, q", [
    ("Chile sold Peru 24 two-engine jets.", "CHL", "PER", "jets", 24),
    ("Belarus delivered twenty-four attack drones to Armenia.", "BLR", "ARM", "attack drones", 24),
    ("Chile delivered six two-seat trainer jets to Peru in 2012.", "CHL", "PER", "trainer jets", 6),
    ("Estonia delivered 12 four-wheel-drive armoured trucks to Latvia.", "EST", "LVA", "armoured trucks", 12),
])
def test_a_count_before_a_hyphenated_word_still_counts(extractor, text, sup, rec, word, q) -> None:  # noqa: ANN001
    assert has_country_row(_rows(extractor, text), sup, rec, "delivered", word, q), _rows(extractor, text)


@pytest.mark.parametrize("text, sup, rec, word", [
    ("Video shows a Peruvian marine unit receiving rifles from a Chilean consignment.", "CHL", "PER", "rifles"),
    ("The navy of Latvia received mines from an Estonian shipment in May, officials said.", "EST", "LVA", "mines"),
])
def test_a_demonym_in_the_from_phrase_is_the_source_not_a_leak(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[0] == sup and r[1] == rec and word in r[3] for r in rows), rows


@pytest.mark.parametrize("text, rec, word", [
    ("Gendarmes seized Niger-bound grenades in Benin on Friday.", "NER", "grenades"),
    ("Coast guards intercepted a dhow carrying Yemen-bound rifles, officials said.", "YEM", "rifles"),
])
def test_a_destination_participle_keeps_its_state_the_recipient(extractor, text, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[1] == rec and word in r[3] and r[2] == "intercepted" for r in rows), rows
