"""Gold rows with no row near them (thirty-fifth session, helper none):

- a group's small unit as a party described by no name: a head "cell(s)" or "squad(s)" with a kind word or a
  capitalised word no list has before it ("bound for a jihadist cell", "sold to Leninist squads"), read as an armed
  group as "fighters" or "militants" are (words.toml [described] group_heads); a cell or squad with no such word
  ("a bomb squad", "cell towers") is no party;
- a participle of giving joined to a participle of making on one item ("six boats, built by A and donated by B,
  arrived in Y"): the giver B supplies, not the maker A (`frames/giver_conjuncts.py`, read in
  `frames/objects.py` `_maker`); a joined participle of paying or inspecting ("paid for by B") leaves the maker.

Sentences written for these tests (invented groups, places and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


def _to(rows: list[Row], recipient: str, word: str) -> bool:
    return any(r is not None and recipient.lower() in r.lower() and word in item for _, r, _, item, _ in rows)


CELLS = [
    ("Customs officers at the port seized 30 pistols that were destined for a jihadist cell in the capital.",
     "jihadist cell", "pistols"),
    ("Border guards stopped a van carrying 12 rifles bound for a Leninist squad in the hills.", "Leninist squad",
     "rifles"),
    ("Iran supplied grenades to separatist cells in the eastern provinces, prosecutors said.", "separatist cells",
     "grenades"),
    ("The navy intercepted a dhow carrying 40 rifles bound for militant cells on the coast.", "militant cells",
     "rifles"),
]


@pytest.mark.parametrize(("text", "recipient", "word"), CELLS)
def test_cell_or_squad_of_a_group_is_a_party(extractor, text: str, recipient: str, word: str) -> None:
    assert _to(_rows(extractor, text), recipient, word)


CELL_NEGATIVES = [
    "The army sent a bomb squad and 20 rifles to the village after the blast.",
    "The telecom firm sold 3,000 cell towers to the Ruritanian government.",
    "Police seized 14 rifles bound for a bomb disposal squad.",
]


@pytest.mark.parametrize("text", CELL_NEGATIVES)
def test_cell_or_squad_without_a_kind_is_no_party(extractor, text: str) -> None:
    assert not any(r is not None and ("squad" in r.lower() or "cell" in r.lower()) for _, r, _, _, _ in
                   _rows(extractor, text))


def _from(rows: list[Row], supplier: str, word: str) -> bool:
    return any(s is not None and supplier in s and word in item for s, _, _, item, _ in rows)


GIVERS = [
    ("Six patrol boats, built by Norvik Marine and donated by Japan, arrived in the Philippines in May.", "Japan",
     "patrol boats"),
    ("Ten armoured trucks, produced by Kestrel Motors and gifted by Qatar, arrived in Chad last month.", "Qatar",
     "armoured trucks"),
    ("Two transport aircraft, assembled by Kestrel Aero and given by Canada, were handed over to Peru in March.",
     "Canada", "transport aircraft"),
]


@pytest.mark.parametrize(("text", "supplier", "word"), GIVERS)
def test_joined_giver_supplies_not_the_maker(extractor, text: str, supplier: str, word: str) -> None:
    assert _from(_rows(extractor, text), supplier, word)


MAKER_STAYS = [
    ("Six patrol boats, built by Norvik Marine and paid for by Japan, arrived in the Philippines in May.", "Japan"),
    ("Six patrol boats, built by Norvik Marine and inspected by Japan, arrived in the Philippines in May.", "Japan"),
]


@pytest.mark.parametrize(("text", "other"), MAKER_STAYS)
def test_joined_payer_or_inspector_is_no_supplier(extractor, text: str, other: str) -> None:
    assert not any(s is not None and other in s for s, _, _, _, _ in _rows(extractor, text))
