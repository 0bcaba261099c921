"""Wrong suppliers (thirtieth session, helper sup).

- A refusal whose subject is a state's deciding body (words.toml [licensed_acts] deciding_bodies: court, judge,
  tribunal, committee, commission, board, regulator, ...): "X's licensing commission turned down a licence for A
  for Y", "X-ian court orders halt to A exports to Y" (a headline the parser reads with "court orders" as one noun
  phrase). The body's state is the supplier of the refused transfer; before, the row took a supplier lent by the
  sentences around or the maker of the item (`extraction/body_refusers`). A body of no state ("the UN panel") or of
  the recipient's own state gives no supplier.

Sentences written for these tests (invented figures; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text) for t in extractor.extract_text(text).transfers]


BODY_REFUSALS = [
    ("Poland's interministerial licensing commission refused a licence for 4,000 rounds of 60 mm mortar "
     "ammunition for Chile.", "Poland", "Chile", "ammunition"),
    ("Norway's arms export commission refused a licence for 3,000 rifles for Kenya.", "Norway", "Kenya", "rifles"),
    ("Dutch court orders halt to F-16 parts exports to Peru", "Netherlands", "Peru", "F-16"),
    ("Norwegian tribunal orders halt to F-16 parts exports to Chile", "Norway", "Chile", "F-16"),
    ("Belgian judges order halt to F-16 parts exports to Peru", "Belgium", "Peru", "F-16"),
    ("The US State Department approved arms sales to Peru last year. Finland's export licensing committee refused a "
     "licence for 2,000 mortar rounds for Chile.", "Finland", "Chile", "mortar rounds"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), BODY_REFUSALS)
def test_deciding_body_state_is_the_supplier(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                             word: str) -> None:
    rows = _rows(extractor, text)
    assert any(s is not None and supplier in s and r is not None and recipient in r and st == "refused"
               and word in item for s, r, st, item in rows), rows


NOT_BODY = [
    # a panel of no state: no state supplies
    ("The UN panel rejected the request for 40 rifles for Somalia.", "Somalia"),
    # the body of the recipient's own state refuses to buy: the seller stays the supplier
    ("Chile's defence committee refused to buy 12 Gripen jets from Sweden.", "Chile"),
]


@pytest.mark.parametrize(("text", "state"), NOT_BODY)
def test_no_body_state_supplier(extractor, text: str, state: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(s is not None and state in s for s, _r, _st, _item in rows), rows


def test_previous_sentence_supplier_not_lent(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The US State Department approved arms sales to Peru last year. Poland's export-control "
                            "commission refused a licence for 800 rifles for Chile.")
    assert not any(s is not None and "State" in s and r == "Chile" for s, r, _st, _item in rows), rows


# "from X" hung by the parser on the item's head noun, outside the item text, in a clause the parser makes part of
# "the force said": the clause's own supplier, not the one of the request told in the paragraph before.
ASKED_BEFORE = ("Belize asked Washington in March for coastal radars and two light trainers, a U.S. official said. "
                "The request is still being studied by the Pentagon, the official said.\n\n")
ITEM_FROM = [
    (ASKED_BEFORE + "Belize has also ordered two Valmora P2016 Seawatch maritime surveillance aircraft from Spain, with "
     "the first due in November, the defence force said.", "Spain", "Belize", "Valmora"),
    (ASKED_BEFORE + "Belize has also ordered two Corvina P2016 Seawatch maritime surveillance aircraft from Portugal, "
     "with the first due in November, the defence force said.", "Portugal", "Belize", "Corvina"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), ITEM_FROM)
def test_from_phrase_on_item_is_the_supplier(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                             word: str) -> None:
    rows = _rows(extractor, text)
    mine = [s for s, r, st, item in rows if r is not None and recipient in r and st == "ordered" and word in item]
    assert mine and all(s is not None and supplier in s for s in mine), rows


NOT_ITEM_FROM = [
    ("The navy seized 300 rifles from Iran on a dhow bound for Yemen.", "Iran"),  # where they were taken
    ("Peru received 12 helicopters from storage in 2019.", None),  # no party
]


@pytest.mark.parametrize(("text", "state"), NOT_ITEM_FROM)
def test_from_phrase_not_a_supplier(extractor, text: str, state: str | None) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(s is not None and (state is None or state in s) for s, _r, st, _item in rows
                   if st != "intercepted"), rows


# "X has asked Y about buying A": the party asked sells, not a supplier lent by the paragraph or read off the maker.
ASKED_ABOUT = [
    ("Peru has asked Sweden about buying 20 Zefir jets, the defence minister said last month.", "Sweden", "Peru"),
    ("Ghana asked France on buying four patrol boats, Ghanaian officials said.", "France", "Ghana"),
    ("Italy blocked the deal last year. Chile has asked Norway about buying 12 Brennor frigates, the navy said.",
     "Norway", "Chile"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), ASKED_ABOUT)
def test_party_asked_about_buying_sells(extractor, text: str, supplier: str, recipient: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    mine = [s for s, r, st, _item in rows if r is not None and recipient in r and st == "requested"]
    assert mine and all(s is not None and supplier in s for s in mine), rows


NOT_ASKED_ABOUT = [
    "Kenya asked its ministers about buying new rifles.",  # the asker's own body: no supplier
    "Chile asked Peru about selling 12 Brennor frigates.",  # asked about selling: no purchase from Peru
]


@pytest.mark.parametrize("text", NOT_ASKED_ABOUT)
def test_asked_about_gives_no_supplier(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(st == "requested" and s is not None for s, _r, st, _item in rows), rows
