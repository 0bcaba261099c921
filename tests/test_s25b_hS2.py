"""Deal shapes of session 25b, helper hS2: an offer or a request made "to" a party "of" the items ("made an
offer to X of six jets"), where the parser hangs the items on the party; an offer "extended" or "presented". Every firm, model and sentence is
invented for these tests."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, int | None, str]


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-03-01").transfers

    def party(a) -> str | None:  # noqa: ANN001
        if a is None:
            return None
        return a.country if a.kind in ("state", "government_body", "company") and a.country else a.name
    return {(party(t.supplier), party(t.recipient), t.item.text, t.stage, t.quantity, t.factuality) for t in rows}


BATTERY = [
    ("Poland made an offer to Ghana of eight Korvo-7 tanks.",
     ("POL", "GHA", "Korvo-7 tanks", "offered", 8, "asserted")),
    ("Last month Kenya's government made an offer to Peru of twelve Harl-200 patrol boats.",
     ("KEN", "PER", "Harl-200 patrol boats", "offered", 12, "asserted")),
    ("Warsaw has made an offer to Lima of 24 Korvo-7 tanks, the ministry said.",
     ("POL", "PER", "Korvo-7 tanks", "offered", 24, "asserted")),
    ("Poland, which makes the Korvo-7, made an offer to Ghana of six such tanks.",
     ("POL", "GHA", "tanks", "offered", 6, "asserted")),
    ("Poland did not make an offer to Ghana of any Korvo-7 tanks.",
     ("POL", "GHA", "Korvo-7 tanks", "offered", None, "negated")),
    ("Ghana made a request to Norway of 36 Korvo-7 tanks.",
     ("NOR", "GHA", "Korvo-7 tanks", "requested", 36, "asserted")),
    ("In March, Chile made an offer to Senegal of four Ostrava-9 radars.",
     ("CHL", "SEN", "Ostrava-9 radars", "offered", 4, "asserted")),
    ("Oman extended an offer to Egypt of 36 Korvo-7 jets.",
     ("OMN", "EGY", "Korvo-7 jets", "offered", 36, "asserted")),
    ("Karvell Marine, a Chilean yard, presented an offer of four Harl-200 corvettes to Senegal.",
     ("CHL", "SEN", "Harl-200 corvettes", "offered", 4, "asserted")),
    ("Seoul made an offer to Hanoi of two Harl-200 corvettes earlier this year.",
     ("KOR", "VNM", "Harl-200 corvettes", "offered", 2, "asserted")),
]


@pytest.mark.parametrize(("text", "row"), BATTERY)
def test_an_offer_made_to_a_party_of_the_items(extractor, text: str, row: Row) -> None:
    assert row in _rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Poland made an appeal to Ghana of great urgency.",
    "Poland gave a speech to Ghana of some length.",
    "Poland sent a letter to Ghana of complaint.",
    "Poland extended its range of Korvo-7 tanks.",
])
def test_no_row_without_items(extractor, text: str) -> None:
    assert not _rows(extractor, text)


def test_the_mend_moves_of_to_the_deal_noun() -> None:
    from materiel.extraction.nlp import load
    doc = load()("Poland made an offer to Ghana of eight Korvo-7 tanks.")
    of = next(t for t in doc if t.lower_ == "of")
    assert of.head.lower_ == "offer"
    assert next(t for t in doc if t.lower_ == "to").head.lower_ == "offer"
    doc = load()("Poland sent a letter to Ghana of complaint.")
    assert next(t for t in doc if t.lower_ == "of").head.lower_ != "letter"


def test_a_party_named_with_of_keeps_its_of() -> None:
    from materiel.extraction.nlp import load
    doc = load()("Borduria approved an offer to the Government of Ruritania of ten Korvo-7 missiles.")
    first = next(t for t in doc if t.lower_ == "of")
    assert first.head.lower_ == "government"
