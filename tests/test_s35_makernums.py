"""Items named by a maker and a bare model number written apart ("two Vandor 220 planes" with Vandor a listed
maker: Saab, Embraer, Piaggio, Bell, Beechcraft, Cessna ... in [maker_numbers] makers of words.toml): the maker
and the number make one designation (maker_numbers.py), so the item keeps its maker instead of the number alone
("340 aircraft"), a designation the gazetteer lists only as another type's alias ("Bell 412" under a military
type) gives way to the pair as written, and a gazetteer entry named by the number ("Fokker-50") is its designation. A date after a maker's
name, a count of other things, or a lower-case word is no model; an airline's purchase stays a civil deal."""
from __future__ import annotations

import pytest

from materiel import lexicon
from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(t.supplier.name if t.supplier else "", t.recipient.name if t.recipient else "", t.item.designation,
             t.item.text) for t in get_extractor().extract_text(text).transfers]


@pytest.mark.parametrize(("text", "designation", "words"), [
    ("The Ghanaian navy bought two Saab 340 aircraft from Sweden last year.", "Saab-340", "Saab 340"),
    ("Brazil handed three Embraer 145 surveillance jets to the Bolivian air force.", "Embraer 145", "Embraer 145"),
    ("Italy sold four Piaggio 180 planes to the Malian army in March.", "Piaggio 180", "Piaggio 180"),
    ("The Chilean air force received six Bell 412 helicopters from Canada.", "Bell 412", "Bell 412"),
    ("The United States donated two Beechcraft 350 aircraft to the Ugandan army.", "Beechcraft 350", "Beechcraft 350"),
    ("The Zambian air force has ordered two Embraer 145 from Brazil.", "Embraer 145", "Embraer 145"),
])
def test_maker_and_number_make_one_item(text: str, designation: str, words: str) -> None:
    rows = _rows(text)
    assert rows, text
    assert any(d == designation and words in item for _, _, d, item in rows), rows


def test_plural_model_keeps_its_maker() -> None:
    rows = _rows("The Peruvian air force bought three Saab 340s from Sweden, the ministry said.")
    assert rows and all(item.startswith("Saab 340") for _, _, _, item in rows), rows


def test_gazetteer_entry_named_by_the_number_gives_the_origin() -> None:
    from materiel.extraction import nlp
    doc = nlp.load()("The Bolivian air force received two Fokker 50 aircraft last year.")
    assert [s.kb_id_ for s in doc.spans["materiel"] if s.kb_id_] == ["Fokker-50"]
    assert lexicon.load().origin_of("Fokker-50") == "NLD"


@pytest.mark.parametrize("text", [
    "Kenya Airways bought four Saab 340 aircraft from a leasing firm.",
    "The regional carrier Flyjet ordered ten Embraer 145 jets from Brazil.",
])
def test_airline_purchase_stays_civil(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize("text", [
    "Saab 2023 profits rose sharply, the company said.",
    "Saab 30 jobs were cut at the plant in March.",
])
def test_no_model_after_the_maker(text: str) -> None:
    from materiel.extraction import nlp
    doc = nlp.load()(text)
    assert not any(s.kb_id_.startswith("Saab") for s in doc.spans.get("materiel", [])), text


@pytest.mark.parametrize("text", [
    "Brazil sold ten Embraer 190 jets to Kenya Airways.",
    "The carrier Air Zamunda received two Saab 340 aircraft from Sweden.",
])
def test_regional_plane_for_a_carrier_stays_civil(text: str) -> None:
    assert _rows(text) == []


def test_named_variant_after_the_pair_stays_the_designation() -> None:
    from materiel.extraction import nlp
    doc = nlp.load()("Sweden delivered a Saab 2000 Erieye early-warning plane to the Vostian air force.")
    assert not any(s.kb_id_ == "Saab-2000" for s in doc.spans["materiel"]), [(s.text, s.kb_id_) for s in doc.spans["materiel"]]
