"""Session 24b (helper I): items lost to the parse.

- a part of no told size of the items named before ("hundreds of them", "several dozen of these", "a few of
  them") is a row of those items with no count (`counts.vague_part`, word list `items.vague_part_counts`);
  not a recipient ("selling it to scores of them"), not "none of them";
- a counted batch noun over a counted item ("two batches of six A", "three lots of 20 B each") tells the
  product of the counts (`counts.batched`, word list `item_words.batch_nouns`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows

_KORVAN = "The Korvan-7 is a wheeled howitzer built in Portugal. "
_VESTA = "The Vesta RX is a light reconnaissance drone made by Karvell Dynamics of Finland. "




@pytest.mark.parametrize(("text", "supplier", "recipient"), [
    (_KORVAN + "Portugal sold Ghana several hundred of them in 2019.", "PRT", "GHA"),
    (_KORVAN + "Portugal has delivered hundreds of them to Ghana since 2015.", "PRT", "GHA"),
    (_KORVAN + "Since 2015, Lisbon has shipped several dozen of them to the Ghanaian army.", "PRT", "GHA"),
    (_KORVAN + "Ghana bought dozens of them from Portugal, officials said.", "PRT", "GHA"),
    (_KORVAN + "According to the ministry, a few of them were delivered to Ghana by Portugal in March.", "PRT", "GHA"),
    (_VESTA + "Finland exported hundreds of these to Kenya between 2018 and 2021.", "FIN", "KEN"),
    (_VESTA + "Kenya, which already flies the type, received several dozen of them from Finland last year.",
     "FIN", "KEN"),
    (_VESTA + "Finland reportedly supplied thousands of them to Kenya, a rights group said.", "FIN", "KEN"),
])
def test_vague_part_of_items_named_before(extractor, text: str, supplier: str, recipient: str) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if (r[0], r[1]) == (supplier, recipient)]
    assert rows, _rows(extractor, text)
    assert all(r[4] is None for r in rows)


@pytest.mark.parametrize("text", [
    _KORVAN + "Portugal was offering it to scores of them, the ministry said.",
    _KORVAN + "Portugal sold none of them to Ghana.",
    "Portugal trained hundreds of them in Ghana last year.",
])
def test_vague_part_makes_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[1] == "GHA" and r[3] is not None and r[2] == "delivered"]


@pytest.mark.parametrize(("text", "recipient", "quantity"), [
    ("Portugal delivered two batches of six Korvan-7 howitzers to Ghana in 2019.", "GHA", 12),
    ("Ghana received three batches of 20 Korvan-7 howitzers from Portugal.", "GHA", 60),
    ("Finland shipped two batches of 40 Vesta RX drones each to Kenya last year.", "KEN", 80),
    ("In March, Portugal handed over four lots of 25 armoured trucks to the Ghanaian army.", "GHA", 100),
    ("Ghana, which is fighting an insurgency in the north, took delivery of two batches of ten Korvan-7 howitzers "
     "from Portugal.", "GHA", 20),
    ("Kenya, which ordered the type in 2020, has received two tranches of 12 Vesta RX drones from Finland.",
     "KEN", 24),
    ("Finland delivered two batches of three Vesta RX drones to Kenya, according to the embassy.", "KEN", 6),
    ("Lisbon supplied Ghana with two batches of 500 assault rifles.", "GHA", 1000),
])
def test_counted_batches_multiply(extractor, text: str, recipient: str, quantity: int) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[1] == recipient]
    assert rows, _rows(extractor, text)
    assert any(r[4] == quantity for r in rows), rows


@pytest.mark.parametrize(("text", "quantity"), [
    ("Portugal delivered a batch of six Korvan-7 howitzers to Ghana.", 6),
    ("Portugal delivered 12 Korvan-7 howitzers to Ghana in two batches of six.", 12),
    ("Portugal delivered the first batch of six Korvan-7 howitzers to Ghana.", 6),
])
def test_single_batch_keeps_its_count(extractor, text: str, quantity: int) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[1] == "GHA"]
    assert rows and all(r[4] == quantity for r in rows), rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("In 2009 Ghana received six second-hand Kestrel 90s donated by Portugal.", "PRT", "GHA", "Kestrel 90"),
    ("Ghana's air force took delivery of four Tarvos 350s built by Karvell Aero last year.", None, "GHA",
     "Tarvos 350"),
    ("Kenya flies eight Vesta 220s bought from Finland in 2015, a ministry spokesman said.", "FIN", "KEN", "Vesta 220"),
    ("Portugal sold Ghana two Kestrel 90s ordered in 2018 and four Tarvos 350s.", "PRT", "GHA", "Kestrel 90"),
    ("Last year, Finland delivered to Kenya three Vesta 220s fitted with new radars.", "FIN", "KEN", "Vesta 220"),
    ("Ghana, which lost a jet in June, received two used Kestrel 90s supplied by Portugal.", "PRT", "GHA",
     "Kestrel 90"),
    ("Kenya is believed to have received six Vesta 220s shipped from Finland in crates.", "FIN", "KEN", "Vesta 220"),
    ("Portugal handed over the first two Kestrel 90s purchased under the 2019 contract to Ghana.", "PRT", "GHA",
     "Kestrel 90"),
])
def test_counted_model_number_before_participle(extractor, text: str, supplier: str | None, recipient: str,  # noqa: ANN001
                                                item: str) -> None:
    rows = [r for r in _rows(extractor, text) if r[1] == recipient and item in r[3]]
    assert rows, _rows(extractor, text)
    assert supplier is None or any(r[0] == supplier for r in rows), rows


@pytest.mark.parametrize("text", [
    "In the 1990s landed forces of Portugal trained troops in Ghana.",
    "Portugal delivered six in the 1980s, reported in 2019 by Ghana.",
])
def test_no_model_number_from_decades(extractor, text: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if "90s" in r[3] or "80s" in r[3]]
