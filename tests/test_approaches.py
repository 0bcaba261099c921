"""A buyer that approaches or contacts a supplier about buying weighs a purchase (`considered`), it has not
ordered (predicates.toml [governors] consider). Sentences written for these tests (not taken from any
article); the positive failed before the change; the counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def test_approaching_a_supplier_about_buying_is_considered(extractor):
    rows = find(extractor.extract_text("Kenya has approached Turkey about buying drones.", published="2022-01-01"),
                "TUR", "KEN", "drones")
    assert [t.stage for t in rows] == ["considered"], rows


@pytest.mark.parametrize(("text", "stage"), [
    ("Ghana asked China about buying jets.", "requested"),    # asking stays a request
    ("Kenya bought drones from Turkey in 2020.", "delivered"),  # a purchase told as done
])
def test_other_governors_keep_their_stage(extractor, text, stage):
    rows = extractor.extract_text(text, published="2022-01-01").transfers
    assert [t.stage for t in rows] == [stage], rows
