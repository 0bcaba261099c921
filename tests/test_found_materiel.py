"""Materiel of a told origin found in someone's hands (issue 12, UN panel and arms-tracing style): the
origin supplied the holder; a bare place, or an item of no told origin, gives no row. Every sentence is
written for these tests."""
from __future__ import annotations


def _got(extractor, text: str) -> set[tuple[str | None, str | None, str]]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.id if t.recipient else None, t.stage)
            for t in rows}


def test_materiel_of_a_told_origin_in_a_holders_hands_was_supplied_to_it(extractor):
    assert _got(extractor, "Investigators documented Czech-made mortar rounds in RSF stockpiles near Omdurman.") == \
        {("CZE", "rapid-support-forces", "delivered")}
    assert _got(extractor, "The Panel identified Chinese-made anti-tank missiles in the possession of the M23.") == \
        {("CHN", "m23", "delivered")}
    assert _got(extractor, "Inspectors found Romanian-made rifles with Houthi fighters.") == {("ROU", "houthis", "delivered")}


def test_a_place_or_an_untold_origin_names_no_transfer(extractor):
    assert _got(extractor, "Debris of Russian-made missiles was found in a field in eastern Poland.") == set()
    assert _got(extractor, "At least 40 Iranian-made drones were recovered in Yemen, the report said.") == set()
    assert _got(extractor, "Investigators documented mortar rounds in RSF stockpiles near Omdurman.") == set()
    assert _got(extractor, "Police found a stolen car with the suspects.") == set()
