"""Session 28b, helper hY: a party named as another's supplier by a broad noun ("arms supplier") names a role,
not a transfer; a named kind ("drone supplier") or a delivery told beside it still gives its row. Invented models."""
from __future__ import annotations

import pytest

from materiel import lexicon


def _rows(extractor, text: str) -> list[tuple]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.text, t.stage, t.factuality, t.quantity) for t in extractor.extract_text(text).transfers]


def test_role_categories_are_materiel_categories() -> None:
    categories = {e.category for e in lexicon.load().materiel} | {"materiel"}
    assert lexicon.word_set("suppliers", "role_categories") <= categories


@pytest.mark.parametrize("text", [
    "Norway, Kenya's main arms supplier, has criticised the border clashes, the foreign ministry said.",
    "Chile became Peru's largest arms supplier in 2011, overtaking its neighbours, the institute said.",
    "Uruguay's main weapons supplier is Spain, according to the institute.",
    "Oslo remains Nairobi's biggest arms supplier, officials in both capitals said on Tuesday.",
    "Italy, long Ghana's leading arms exporter, was pointedly absent from the talks.",
    "Romania has become Zambia's top military equipment supplier since 2015, the report said.",
    "Spain is not Morocco's main arms supplier, a diplomat said.",
    "It was Thailand's second-largest arms supplier in the decade, the think tank said.",
    "Jordan, which became Oman's main arms supplier in the 1990s, sent its foreign minister to the summit.",
])
def test_a_broad_supplier_noun_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), [
    ("Norway, Kenya's leading drone supplier, has opened a factory near the border.", "NOR", "KEN", "drone"),
    ("Chile remained the largest supplier of howitzers to Peru, the institute said.", "CHL", "PER", "howitzers"),
    ("The study identified Serbia as the main source of rifles for Zambia.", "SRB", "ZMB", "rifles"),
])
def test_a_named_kind_of_supplier_still_delivers(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                 word: str) -> None:
    rows = _rows(extractor, text)
    assert any(r[:2] == (supplier, recipient) and word in r[2] and r[3] == "delivered" for r in rows), rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), [
    ("Chile, Peru's main arms supplier, has delivered 30 Tarn-4 howitzers since 2015.", "CHL", "PER", "Tarn-4", 30),
    ("Norway was Kenya's main arms supplier between 2015 and 2019, accounting for 60 per cent of its imports, "
     "including 12 Karvell-7 jets.", "NOR", "KEN", "Karvell-7", 12),
    ("Serbia, which sold six Ostrava-9 radars to Ghana in 2012, is Ghana's largest arms supplier.", "SRB", "GHA",
     "Ostrava-9", 6),
])
def test_the_items_told_beside_a_supplier_keep_their_row(extractor, text: str, supplier: str,  # noqa: ANN001
                                                         recipient: str, word: str, quantity: int) -> None:
    rows = _rows(extractor, text)
    assert any(r[:2] == (supplier, recipient) and word in r[2] and r[5] == quantity for r in rows), rows
    assert not [r for r in rows if r[2].lower() in ("arms", "weapons")], rows


# -- a relative clause with no relative pronoun: "the jets X bought from Y were grounded" -------------------------

CONTACT = [
    ("The six Karvell-7 jets Kenya bought from Norway in 2015 have been grounded.", "NOR", "KEN", "delivered", 6),
    ("The Ostrava-9 radars Ghana bought from Serbia were switched off last week, officials said.", "SRB", "GHA",
     "delivered", None),
    ("The 12 Tarn-4 howitzers Peru ordered from Chile will arrive next year.", "CHL", "PER", "ordered", 12),
    ("The drones Oslo delivered to Nairobi last year were shot down.", "NOR", "KEN", "delivered", None),
    ("The tanks Warsaw sent to Zambia in 2022 were old, a diplomat said.", "POL", "ZMB", "delivered", None),
    ("In March, the four Kestrel-5 patrol boats Uruguay received from Spain were handed to the navy.", "ESP", "URY",
     "delivered", 4),
    ("The eight Brenna KR-12 tanks Oman acquired from Jordan have been upgraded, the ministry said.", "JOR", "OMN",
     "delivered", 8),
    ("Engineers inspected the Tarn-4 howitzers Chile sold to Peru in 2009.", "CHL", "PER", "delivered", None),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "quantity"), CONTACT)
def test_a_relative_clause_with_no_pronoun_keeps_its_parties(extractor, text: str, supplier: str,  # noqa: ANN001
                                                             recipient: str, stage: str, quantity: int | None) -> None:
    rows = _rows(extractor, text)
    assert any(r[:2] == (supplier, recipient) and r[3] == stage and r[5] == quantity for r in rows), rows


@pytest.mark.parametrize("text", [
    "The jets Kenya operates were built in the 1980s.",
    "The rifles Chile seized in May were destroyed, the police said.",
    "The howitzers Peru fields are old.",
])
def test_a_relative_clause_of_no_transfer_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []
