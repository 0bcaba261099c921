"""Ships handed over under their own name (twenty-ninth session, helper hH):

- a ship named with no hull number is the item of a supply or sale verb with a "to" recipient when a vessel noun
  types the name, before it ("gifted the patrol boat RVS Kestra to Y") or in apposition ("the former TCG Orlu, a
  36 m patrol boat"): `frames/named_craft.py`, words.toml [named_craft] `craft_nouns`, `not_typed`;
- a navy that sends its own named warship somewhere deploys it ([named_craft] `deploy_verbs`): no row;
- a name right after a vessel noun with a capitalised hull prefix ("the patrol boat KNS Ostra") names a ship,
  never a party (`mentions/vessels.py`).

Sentences written for these tests (invented ships, classes and firms; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, str | None, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.item.category, t.factuality) for t in extractor.extract_text(text).transfers]


HANDED = [
    ("Australia gifted the Bay-class patrol boat RVS Karvella to Vanuatu in 2021.",
     "Australia", "Vanuatu", "boat", ("delivered",)),
    ("Norway is Kenya's main maritime partner. In 2019 it donated the offshore patrol vessel KNS Marendo to the "
     "Kenyan navy.", "Norway", "Kenya", "Marendo", ("delivered",)),
    ("The Danish defence ministry transferred the corvette HDMS Skarn to Estonia on Tuesday.",
     "Denmark", "Estonia", "Skarn", ("delivered",)),
    ("Greece sold the Kortenaer-class frigate HS Velos to the United Arab Emirates, the Greek defence ministry said.",
     "Greece", "United Arab Emirates", "frigate", ("delivered", "ordered")),
    ("Italy will transfer the former patrol ship ITS Orsano to Tunisia next year.",
     "Italy", "Tunisia", "patrol ship", ("offered", "ordered")),
    ("Spain transferred the patrol boats SPS Almira and SPS Torrevo to Mauritania.",
     "Spain", "Mauritania", "boat", ("delivered",)),
    ("Turkey handed over the former TCG Orlu, a 36 m patrol boat, to the Senegalese navy on Friday.",
     "Türkiye", "Senegal", "boat", ("delivered",)),
    ("Portugal handed the patrol vessel NRP Zarco, which had served for two decades, to Cape Verde in May.",
     "Portugal", "Cape Verde", "Zarco", ("delivered",)),
    ("The patrol boat KNS Ostrava was handed over to the Kenyan navy by Norway in March.",
     "Norway", "Kenya", "boat", ("delivered",)),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "stages"), HANDED)
def test_named_ship_handed_over(extractor, text, supplier, recipient, word, stages) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s and supplier in s and r and recipient in r and st in stages and word in item and cat == "ship"
               for s, r, st, item, cat, _ in rows), rows


def test_named_ship_is_no_party(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The patrol boat KNS Ostrava was handed over to the Kenyan navy by Norway in March.")
    assert not any(r and "Ostrava" in r for _, r, *_ in rows), rows


def test_hedged_and_negated_named_ship(extractor) -> None:  # noqa: ANN001
    hedged = _rows(extractor, "Officials said Norway had probably donated the offshore patrol vessel KNS Marendo to Kenya.")
    assert any(r and "Kenya" in r and "Marendo" in item and f == "uncertain" for _, r, _, item, _, f in hedged), hedged
    negated = _rows(extractor, "Norway did not transfer the offshore patrol vessel KNS Marendo to Kenya.")
    assert all(f == "negated" for *_, f in negated) and negated, negated


@pytest.mark.parametrize("text", [
    "The Royal Navy sent the destroyer HMS Daring to Bahrain last month.",
    "The Ostravan navy deployed the frigate ONS Kalder to Cyprus in May.",
    "The frigate HMS Kestrel sailed to Oman for an exercise.",
    "The navy named its new patrol boat RVS Marlo after a local chief.",
])
def test_named_ship_without_handover(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def _hull(supplier: object, recipient: str = "KEN", stage: str = "delivered", quantity: int | None = 1,
          category: str = "ship"):  # noqa: ANN202
    from materiel.record.models import Actor, Evidence, Item, Transfer

    return Transfer(supplier=supplier, recipient=Actor(id=recipient, name=recipient, kind="state", country=recipient,
                                                       text=recipient),
                    item=Item(text="patrol vessel KNS Varta", category=category), quantity=quantity, stage=stage,
                    evidence=Evidence(text="x", start=0, end=1), rule="test", confidence=0.9)


def test_titled_hull_told_twice() -> None:
    from materiel.extraction.titled_hulls import drop_titled
    from materiel.record.models import Actor

    official = Actor(id="vice-admiral-tollan", name="Vice Admiral Tollan", kind="person", text="Vice Admiral Tollan")
    state = Actor(id="NOR", name="Norway", kind="state", country="NOR", text="Norway")
    pairs = [(None, _hull(official)), (None, _hull(state))]
    assert [t.supplier.name for _, t in drop_titled(pairs)] == ["Norway"]
    # another recipient, another stage, a count of boats or no state telling: both stay
    for other in (_hull(state, recipient="TZA"), _hull(state, stage="offered"), _hull(state, quantity=None)):
        assert len(drop_titled([(None, _hull(official)), (None, other)])) == 2
    assert len(drop_titled([(None, _hull(official))])) == 1
    # a person of a state is a supplier of its own telling
    minister = Actor(id="ola-hansen", name="Ola Hansen", kind="person", country="NOR", text="Ola Hansen")
    assert len(drop_titled([(None, _hull(minister)), (None, _hull(state))])) == 2
