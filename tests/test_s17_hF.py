"""Wire-service conflict reporting (seventeenth session, helper F):

- parts of a named system ("components of the X-9 missile system") are told as that system
  (mentions/part_of.py).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


def test_parts_of_a_named_system_are_that_system(extractor):
    rows = _rows(extractor, "China delivered components of the HQ-9 surface-to-air missile system to Colombia "
                            "in March.")
    assert [t for t in find(rows, "China", "Colombia", "component") if t.item.designation]


def test_parts_for_a_named_system_keep_their_own_reading(extractor):
    rows = _rows(extractor, "Saab has been shipping parts for the GlobalEye to the Emirates all year.")
    assert not find(rows, None, "GlobalEye", "part") and not find(rows, "Sweden", "GlobalEye", "part")
