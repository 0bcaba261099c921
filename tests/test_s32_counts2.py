"""Patterns of the thirty-second session's helper `counts2` (counts and items told apart from their transfer).

- A known designation written with its variant pair and a plural ending after a slash ("40 F-16C/Ds", "12
  F/A-18E/Fs", "the 30 AH-64D/Es that Y ordered"): the tokenizer cuts it at the slash and the known first part
  ("F-16C") alone was the item, so the count, which the parser hangs on the last part ("Ds"), was lost, and with it
  the count of a transfer told in a relative clause on the counted noun (extraction/recognizers.py,
  `_slashed_variants` now runs before single designations, and a span inside the unspaced run gives way). A
  sentence's stop glued to the run ("F/A-18E/Fs.") is no part of the name.

Sentences written for these tests (not taken from any article). The counted noun as subject or in a relative clause
("The 40 F-16C/Ds that Peru asked France for", "The 24 F-16C/Ds that Chile bought ...", "F/A-18E/Fs," with its
comma) and the one-span test failed before the change; the object cases, which passed, guard the old behaviour."""
from __future__ import annotations

import pytest

from _helpers import find

SLASHED = [
    ("Norland asked Veltra for 40 F-16C/Ds in 2006.", "veltra", "norland", "F-16C/Ds", 40, "requested"),
    ("France has turned down an old request. The 40 F-16C/Ds that Peru asked France for in 2006 were not "
     "included.", "france", "peru", "F-16C/Ds", 40, "requested"),
    ("Norland bought 12 F/A-18E/Fs from Veltra.", "", "norland", "F/A-18E/Fs", 12, "delivered"),
    ("The 24 F-16C/Ds that Chile bought from the Netherlands arrived in 2006.", "netherlands", "chile", "F-16C/Ds",
     24, "delivered"),
    ("The 30 AH-64D/Es that Norland ordered from Veltra in 2015 have all arrived.", "veltra", "norland",
     "AH-64D/Es", 30, "ordered"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "item", "qty", "stage"), SLASHED)
def test_a_slashed_plural_variant_keeps_its_count(extractor, text, sup, rec, item, qty, stage):  # noqa: ANN001
    report = extractor.extract_text(text)
    found = [t for t in find(report, sup, rec, item) if t.stage == stage and t.item.text == item]
    assert any(t.quantity == qty for t in found), report.transfers


def test_a_glued_comma_is_no_part_of_the_name(extractor):  # noqa: ANN001
    report = extractor.extract_text("Eight F/A-18E/Fs, which Peru ordered from the United States, arrived.")
    assert [t.item.text for t in find(report, "united states", "peru", "F/A-18")] == ["F/A-18E/Fs"] * 2


def test_a_slashed_variant_is_one_span(extractor):  # noqa: ANN001
    doc = extractor.nlp("Norland flies 40 F-16C/Ds and 12 F/A-18E/Fs.")
    assert [s.text for s in doc.spans["materiel"]] == ["F-16C/Ds", "F/A-18E/Fs"]


NEGATIVE = [
    "Norland and Veltra split the cost 50/50 in 2006.",  # a ratio, no known designation
    "Norland flies 40 Zq-77C/Ds.",  # no known designation starts the run
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_span_without_a_known_designation(extractor, text):  # noqa: ANN001
    doc = extractor.nlp(text)
    assert not any("/" in s.text for s in doc.spans["materiel"])


def test_a_single_variant_stays_itself(extractor):  # noqa: ANN001
    doc = extractor.nlp("Norland flies 40 F-16C jets and six F/A-18C fighters.")
    assert [s.text for s in doc.spans["materiel"] if "-" in s.text] == ["F-16C", "F/A-18C"]
