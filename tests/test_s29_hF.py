"""Itemised inventories of a seized load (twenty-ninth session, helper hF):

- a counted item with its own "with" item inside a comma list ("30 A launchers with 450 B grenades, 200 C and
  5,000 D"): two rows, one per count (`inventory_lists.segmented` cuts at "with" before a number);
- a written tally as the subject of the listing verb ("the manifest showed", "an inventory seen by reporters
  listed", [seizure] `document_nouns`, `document_verbs`), also when the parser hangs the verb on the tally noun;
- a pronoun subject of a verb of holding just after a seizure ("It held 40 A", `cargo_pronouns`);
- the seized load told by a general noun ("carrying arms") before such an inventory is no row of its own.

Sentences written for these tests (invented groups, ports, vessels and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _seized(rows: list[Row], recipient: str, word: str, quantity: int | None = None) -> bool:
    return any(r is not None and recipient in r and stage == "intercepted" and word in item and
               (quantity is None or q == quantity) for _, r, stage, item, q in rows)


DHOW = "The Kenyan navy seized a dhow carrying arms bound for the Ostrava Liberation Front on Monday. "
FROM = ("Tanzanian customs have seized a freighter loaded with weapons that sailed from Eritrea and was bound for "
        "the Ostrava Liberation Front, officials said. ")

LISTS = [
    (DHOW + "An inventory seen by reporters listed 16 machine guns, 25 launchers with 300 rockets and 5,000 rounds.",
     [("machine guns", 16), ("launchers", 25), ("rockets", 300), ("rounds", 5000)]),
    (DHOW + "A list obtained by Reuters showed 16 machine guns, 25 launchers with 300 rockets and 5,000 rounds.",
     [("machine guns", 16), ("launchers", 25), ("rockets", 300), ("rounds", 5000)]),
    (DHOW + "The manifest included 12 heavy machine guns, 40 launchers with 600 grenades, 300 mortar shells and "
     "about 70,000 rounds.", [("machine guns", 12), ("launchers", 40), ("grenades", 600), ("shells", 300),
                             ("rounds", 70000)]),
    (FROM + "An inventory seen by the newspaper listed 14 heavy machine guns, 30 RPG-7 launchers with 450 grenades, "
     "200 mortar shells and about 50,000 rounds of ammunition, as well as explosives.",
     [("machine guns", 14), ("launchers", 30), ("grenades", 450), ("shells", 200), ("rounds", 50000)]),
    (FROM + "The ship's manifest, seen by this newspaper, listed eight mortars with 120 mortar bombs, 25 rifles "
     "and 3,000 cartridges.", [("mortars", 8), ("bombs", 120), ("rifles", 25), ("cartridges", 3000)]),
    (DHOW + "It held 40 rifles, six pistols and about 9,000 rounds of ammunition.",
     [("rifles", 40), ("pistols", 6), ("rounds", 9000)]),
    (DHOW + "The dhow was towed to Lamu. It contained forty rifles and eleven machine guns, the navy said.",
     [("rifles", 40), ("machine guns", 11)]),
    (FROM + "Officers counted nineteen carbines, five grenade launchers with 90 grenades and 7,000 rounds.",
     [("carbines", 19), ("grenade launchers", 5), ("grenades", 90), ("rounds", 7000)]),
    (FROM + "A tally released by the ministry recorded 22 rifles, 4 mortars with 60 bombs and 2,000 rounds.",
     [("rifles", 22), ("mortars", 4), ("bombs", 60), ("rounds", 2000)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_inventory_lists_each_counted_item(extractor, text: str, expected: list[tuple[str, int]]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in expected:
        assert _seized(rows, "Ostrava", word, quantity), (word, quantity, rows)


@pytest.mark.parametrize("text", [LISTS[0][0], LISTS[1][0], LISTS[2][0], LISTS[5][0]])
def test_general_load_before_inventory_is_no_row(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(stage == "intercepted" and q is None and item in ("arms", "weapons")
                   for _, _, stage, item, q in rows), rows


def test_inventory_keeps_supplier_of_route(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, LISTS[3][0])
    assert any(s == "Eritrea" and item.endswith("grenades") and q == 450 for s, _, _, item, q in rows), rows


NEGATIVE = [
    # no seizure before: a tally of a parade or an army's holdings is no seized load
    "An inventory seen by reporters listed 16 machine guns, 25 launchers with 300 rockets and 5,000 rounds.",
    "The Velmar army parade showed 16 tanks and 25 launchers. It held 40 rifles in its depots.",
    # a negated tally after a seizure lists nothing
    DHOW + "The manifest did not show any rifles or rockets.",
    # a pronoun subject of holding with no seizure told before it
    "The Ostrava Liberation Front announced a new offensive. It held 40 rifles and six pistols, a commander said.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_inventory_without_seized_load(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(stage == "intercepted" and q is not None for _, _, stage, _, q in rows), rows
