"""Rows whose only wrong field was the item (nineteenth session, helper N):

- a generic row ("arms", "weapons", "military equipment", a verb's implied weapons) gives way to the rows of
  named items told for the same parties and stage in its sentence or just after it ("Y shipped weapons to X.
  The shipments included A, B and C"), unless it is one item of a list in its own sentence ("weapons,
  vehicles and medical supplies") or names a kind ("small arms", "night-vision equipment")
  (extraction/covered_generic.py);
- items added by "as well as" after a participle that modifies the object or the verb ("delivered 80 A to X,
  refurbished by Y, as well as B and C"): the parser hangs them on the participle (mentions/as_well_as.py);
- a generic transfer told with the share of it that went to named items ("military exports to Y
  were worth $70 million, much of it for A missiles", "mostly for B helicopters"): the named items are its items
  (extraction/share_items.py); failing that, the named items listed after a colon ("delivered military equipment
  to X: 20 A and 400 B") or in the next sentence by a subject standing for the transfer ("They included A and
  B", "The equipment comprised A", "Among them were A") (extraction/generic_contents.py);
- a relative clause the parser reads as a participle ("ammunition that X delivered to Y", "that" the object of
  an acl): the relative pronoun stands for the noun the clause hangs on (frames/arguments.py).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


def _items(report):  # noqa: ANN001, ANN202
    return [t.item.text.lower() for t in report.transfers]


@pytest.mark.parametrize(("text", "generic", "named"), [
    ("Serbia delivered military equipment to Kenya in March. The consignment comprised 40 mortars and 12 armoured "
     "vehicles.", "military equipment", "mortars"),
    ("Last year Serbia shipped weapons to the Kenyan army. The shipments included 40 mortars, 300 rifles and 12 "
     "armoured vehicles, a ministry official said.", "weapons", "rifles"),
    ("Brazil has supplied arms to Angola since 2015. In May it delivered 16 howitzers to Angola.", "arms", "howitzers"),
])
def test_generic_row_gives_way_to_named_items(extractor, text, generic, named):  # noqa: ANN001
    r = _rows(extractor, text)
    assert any(named in i for i in _items(r)), r.transfers
    assert generic not in _items(r), r.transfers


@pytest.mark.parametrize(("text", "kept"), [
    # one item of a list in its own sentence
    ("Brazil presented $9 million in weapons, trucks, medical supplies and helmets to the Angolan army.", "weapons"),
    # a kind, not a generic noun
    ("Brazil delivered small arms to Angola in May. The consignment comprised 400 rifles and 50 pistols.",
     "small arms"),
    ("Brazil delivered night-vision equipment to Angola in May. The consignment comprised 400 goggles and 50 "
     "thermal cameras.", "night-vision equipment"),
    # named items of other parties: the generic row is another transfer
    ("Brazil delivered weapons to Angola in May. Portugal sent 40 mortars to Angola in June.", "weapons"),
])
def test_generic_row_that_stays(extractor, text, kept):  # noqa: ANN001
    assert kept in _items(_rows(extractor, text))


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Austria has handed 25 Pandur armoured personnel carriers to Ghana, refitted by a domestic workshop, "
     "together with rifles as well as machine guns.", "Austria", "Ghana", "machine guns"),
    ("Norway has sent Latvia 40 CV90 infantry fighting vehicles, overhauled at a local plant, as well as mortars.",
     "Norway", "Latvia", "mortars"),
    ("Spain shipped 12 Leopard tanks to Chile, upgraded at a plant in Seville, as well as 30 radios.",
     "Spain", "Chile", "radios"),
])
def test_as_well_as_after_participle(extractor, text, supplier, recipient, item):  # noqa: ANN001
    r = _rows(extractor, text)
    assert find(r, supplier, recipient, item), r.transfers


def test_as_well_as_adds_no_service(extractor):  # noqa: ANN001
    r = _rows(extractor, "Norway has sent Latvia 40 CV90 infantry fighting vehicles, overhauled at a local plant, as "
                         "well as training and fuel.")
    assert _items(r) == ["cv90 infantry fighting vehicles"], r.transfers


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("The cartridges were identical to ammunition that Russia sold to the Malian army in 2019, together with two "
     "Mi-8 helicopters.", "Russia", "Mali", "ammunition"),
    ("The rounds were traced to ammunition that Serbia sold to the Chadian army in 2016, along with four armoured "
     "cars.", "Serbia", "Chad", "ammunition"),
])
def test_relative_clause_read_as_participle(extractor, text, supplier, recipient, item):  # noqa: ANN001
    r = _rows(extractor, text)
    assert find(r, supplier, recipient, item), r.transfers


@pytest.mark.parametrize(("text", "item"), [
    ("Italy's exports of military hardware to Qatar last year came to about 900 million euros, much of it for "
     "NH90 helicopters.", "NH90"),
    ("Italy's arms exports to Qatar were worth 900 million euros last year, mostly for NH90 helicopters and Aster "
     "missiles.", "Aster"),
    ("Norway's weapons exports to Poland reached 3 billion kroner in 2022, most of it for NSM coastal missile "
     "batteries.", "NSM"),
])
def test_share_of_generic_transfer_names_items(extractor, text, item):  # noqa: ANN001
    r = _rows(extractor, text)
    assert [t for t in r.transfers if item.lower() in t.item.text.lower()], r.transfers
    assert not [t for t in r.transfers if t.item.text.lower() in ("arms", "military equipment", "weapons")]


@pytest.mark.parametrize("text", [
    "Italy's arms exports to Qatar reached 900 million euros last year, most of it for training.",
    "Italy sold arms to Qatar last year, mostly in the second half.",
])
def test_share_without_named_items_keeps_generic(extractor, text):  # noqa: ANN001
    assert "arms" in _items(_rows(extractor, text))


@pytest.mark.parametrize(("text", "item"), [
    ("Greece sent weapons to Armenia in May. They included 20 mortars, 400 rifles and ten armoured vehicles.",
     "mortars"),
    ("Greece sent weapons to Armenia in May. Among them were 20 mortars and 400 rifles.", "rifles"),
    ("Greece delivered military equipment to Armenia in May: 20 mortars, 400 rifles and ten armoured vehicles.",
     "armoured vehicles"),
    ("Greece delivered military equipment to Armenia in May. The equipment included 20 mortars and 400 rifles.",
     "mortars"),
])
def test_generic_transfer_takes_listed_contents(extractor, text, item):  # noqa: ANN001
    r = _rows(extractor, text)
    assert find(r, "Greece", "Armenia", item), r.transfers
    assert not [t for t in r.transfers if t.item.text.lower() in ("weapons", "military equipment")], r.transfers


def test_next_sentence_without_items_keeps_generic(extractor):  # noqa: ANN001
    r = _rows(extractor, "Greece sent weapons to Armenia in May. It included the first foreign visit of the new "
                         "minister.")
    assert "weapons" in _items(r)
