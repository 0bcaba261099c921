"""Twenty-fifth session, lead: a counted maker-and-model phrase the parser breaks at the model
(`materiel_designations`, extraction/designation_parse.py). Invented makers; model numbers of no fixture article."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row
from materiel.extraction.nlp import load

ROWS = [  # sentence, supplier, recipient, item words, quantity (all delivered but the last)
    ("Ghana received three Korvel AH-1F helicopters from Canada.", "CAN", "GHA", "AH-1F", 3),
    ("Ghana bought three Korvel AH-1F helicopters from Canada in 2016.", "CAN", "GHA", "AH-1F", 3),
    ("Chile has bought six Tarsk KC-46A tankers from the United States.", "USA", "CHL", "KC-46A", 6),
    ("In March, Namibia received four Korvel DR-12A helicopters from Canada, the embassy said.", "CAN", "NAM", "DR-12A", 4),
    ("Ghana received two second-hand Korvel AH-1F helicopters from Canada.", "CAN", "GHA", "AH-1F", 2),
    ("Ghana received two refurbished Korvel AH-1F helicopters from Canada.", "CAN", "GHA", "AH-1F", 2),
    ("Bolivia received two Korvel AH-1F helicopters and four Tarsk KT-22B trainers from Canada.", "CAN", "BOL", "AH-1F", 2),
    ("Bolivia received two Korvel AH-1F helicopters and four Tarsk KT-22B trainers from Canada.", "CAN", "BOL", "KT-22B", 4),
    ("Peru will receive eleven Dornel KT-22B trainers from Spain next year.", "ESP", "PER", "KT-22B", 11),
    ("Ghana bought three Korvel AH-1F attack helicopters from Canada.", "CAN", "GHA", "AH-1F", 3),
    ("Estonia delivered three Harl-200 helicopters to Latvia.", "EST", "LVA", "Harl-200", 3),  # no maker
    ("Estonia delivered 12 Harl-200 tanks to Latvia.", "EST", "LVA", "Harl-200", 12),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "quantity"), ROWS)
def test_counted_maker_model_phrase(extractor, text, supplier, recipient, item, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    stage = "ordered" if "will" in text else "delivered"
    assert has_country_row(rows, supplier, recipient, stage, item, quantity), rows


@pytest.mark.parametrize("text", [
    "Ghana received three Korvel AH-1F helicopters from Canada.",
    "Ghana received two second-hand Korvel AH-1F helicopters from Canada.",
    "Chile has bought six Tarsk KC-46A tankers from the United States.",
])
def test_phrase_headed_by_its_noun(text: str) -> None:
    doc = load()(text)
    noun = next(t for t in doc if t.text in ("helicopters", "tankers"))
    count = next(t for t in doc if t.like_num and t.pos_ == "NUM" and t.text.isalpha())
    assert noun.dep_ == "dobj" and noun.head.lemma_ in ("receive", "buy")
    assert count.head.i == noun.i and count.dep_ == "nummod"
    assert all(t.head.i == noun.i or t.head.head.i == noun.i for t in doc[count.i + 1:noun.i])


@pytest.mark.parametrize(("text", "recipient"), [
    ("Washington sold Bogota two AH-1F helicopters.", "COL"),  # no maker: the recipient stays the second object
    ("Ottawa sold Accra Korvel AH-1F helicopters.", "GHA"),  # no count: left alone
])
def test_recipient_before_model_kept(extractor, text: str, recipient: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and all(r[1] == recipient for r in rows), rows


@pytest.mark.parametrize("text", [
    "Separately, the army of Latvia received the final two of nine Harl-200 helicopters bought from Estonia.",
    "In 2017 Estonia handed over two Harl-200 piston-engined trainers to Latvia free of charge.",
    "Latvia received the final two of nine KV-60M Tarsk Hawk helicopters from Estonia.",
])
def test_phrases_left_to_other_readings(text: str) -> None:
    """A part of a whole ("two of nine"), a noun that only begins a modifier, a model letter: not mended."""
    from materiel.extraction.designation_parse import phrase

    doc = load()(text)
    assert all(phrase(doc, t) is None for t in doc if t.text in ("Harl-200", "KV-60"))


def test_no_row_for_civil_model_phrase(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "The airline received three Korvel AH-1F airliners from a leasing firm.") == []


CONTENTS = [  # a load whose contents an apposition lists (extraction/contents_of.py)
    ("A shipment from Norway, consisting of 36 Vask-2 missiles and ammunition, reached Pakistan in May.",
     "NOR", "PAK", "Vask-2", 36),
    ("The consignment, made up of 20 Tarsk trucks and 400 rifles, arrived in Ghana from Brazil on Monday.",
     "BRA", "GHA", "rifles", 400),
    ("In March a Chilean cargo, composed of eight Korvel howitzers, reached Peru by sea.", "CHL", "PER", "howitzers", 8),
    ("Officials said a delivery from Kenya, consisting of 14 Tarsk armoured vehicles, had arrived in Uganda.",
     "KEN", "UGA", "armoured vehicles", 14),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "quantity"), CONTENTS)
def test_contents_in_an_apposition(extractor, text, supplier, recipient, item, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", item, quantity), rows


@pytest.mark.parametrize("text", [
    "A team from Norway, made up of engineers and pilots, reached Pakistan in May.",
    "The delegation from Kenya, consisting of ministers and generals, arrived in Uganda on Monday.",
])
def test_contents_that_are_no_materiel_give_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []
