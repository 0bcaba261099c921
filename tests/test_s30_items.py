"""Items lost in lists (thirtieth session, helper `items`):

- coordinated prepositional phrases the parser breaks ("asked X for three cutters for its harbour police and for
  radar to watch the border", "for A for the canal, and for B"): the second preposition is joined to the first
  again, so its object is a second requested item (`joined_preps`); a second "for" phrase that holds no item
  ("and for help to train the crews", ", and for that reason") gives no row;
- an item phrase after "and" or a preposition whose head word the parser reads as a verb ("six trucks and 300
  M4 carbines to the army": "carbines" a verb, "M4" its subject): the phrase is mended into a conjunct of the
  first item, so both are rows with their counts (`listed_verb_items`); a list that no transfer verb governs
  ("Officials counted ...") still gives no row.

Sentences written for these tests (invented models; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text) for t in extractor.extract_text(text).transfers]


JOINED = [
    ("Panama asked Chile for four Halvard-9 patrol boats for the canal, and for radar to cover the border.",
     ("CHL", "PAN", "requested", "radar")),
    ("Belize said it had asked Mexico for two Corvane-2 patrol boats for its border guard and for radar to scan "
     "the river border.", ("MEX", "BLZ", "requested", "radar")),
    ("Honduras has asked Spain for six Tarvik-3 howitzers for its army and for radars to cover the mountain "
     "passes.", ("ESP", "HND", "requested", "radars")),
    ("Ghana asked Brazil for four Marvell-7 armoured vehicles for its peacekeepers, and for night-vision goggles "
     "to patrol the border.", ("BRA", "GHA", "requested", "night-vision goggles")),
]


@pytest.mark.parametrize(("text", "row"), JOINED)
def test_second_coordinated_for_phrase_is_a_second_request(extractor, text: str, row: Row) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert row in rows
    assert len({item for _, _, _, item in rows}) == 2


@pytest.mark.parametrize("text", [
    "Ghana asked Brazil for four Marvell-7 armoured vehicles, and for that reason Togo protested.",
    "Ghana asked Brazil for four Marvell-7 armoured vehicles for its army and for help to train the crews.",
])
def test_second_for_phrase_without_an_item_adds_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert [item for _, _, _, item in _rows(extractor, text)] == ["Marvell-7 armoured vehicles"]


def test_joined_preps_mends_the_parse(extractor) -> None:  # noqa: ANN001
    doc = extractor.nlp("Belize said it had asked Mexico for two patrol boats for its border guard and for radar "
                        "to scan the river border.")
    fors = [t for t in doc if t.lower_ == "for"]
    assert fors[-1].dep_ == "conj" and fors[-1].head.i == fors[0].i


VERB_READ = [
    ("Spain handed over six Halvard-5 trucks and 300 M4 carbines to the Bolivian army.",
     ("ESP", "BOL", "delivered", "M4 carbines"), 300),
    ("Norway handed over ten Brenn-4 trucks and 200 M4 carbines to the Ghanaian army.",
     ("NOR", "GHA", "delivered", "M4 carbines"), 200),
    ("The embassy handed over four Marvell-7 trucks (Jeeps) and 90 M4 carbines to the Belizean police, as well "
     "as radios.", (None, "BLZ", "delivered", "M4 carbines"), 90),
]


@pytest.mark.parametrize(("text", "row", "count"), VERB_READ)
def test_item_read_as_a_verb_in_a_list_is_a_conjunct(extractor, text: str, row: Row, count: int) -> None:  # noqa: ANN001
    got = [(t.recipient.country if t.recipient else None, t.stage, t.item.text, t.quantity)
           for t in extractor.extract_text(text).transfers]
    assert (row[1], row[2], row[3], count) in got
    assert len(got) >= 2


@pytest.mark.parametrize("text", [
    "Officials counted six Halvard-5 trucks and 300 M4 carbines at the depot.",
    "The minister said six Halvard-5 trucks and 300 M4 carbines rust in the depot.",
])
def test_listed_items_without_a_transfer_give_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert not extractor.extract_text(text).transfers


def test_listed_verb_items_mends_the_parse(extractor) -> None:  # noqa: ANN001
    doc = extractor.nlp("Spain handed over six Halvard-5 trucks and 300 M4 carbines to the Bolivian army.")
    carbines = next(t for t in doc if t.text == "carbines")
    assert carbines.pos_ == "NOUN" and carbines.dep_ == "conj" and carbines.head.text == "trucks"
