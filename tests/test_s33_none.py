"""Session 33 (round 2), none: required rows no prediction came near.

Pattern (extraction/frames/held_relatives.py): a holding told with the items' origin in a clause of the items
themselves. The transfer's relative clause or participle names its supplier (a subject, a "by" or "from" phrase,
also the owner of holdings: "bought from X's surplus") and no recipient; the holder the sentence names received
the items:

- the subject of a verb of holding whose object the items are ("Peru's navy operates four X that Y donated");
- the possessor of the items' phrase, or of the phrase they stand in apposition to ("the Peruvian army's only
  helicopters, two X machines that Y delivered": two helicopters);
- the possessor of the subject of a copula whose complement the items are ("the air force's only jets remain the
  three X bought from Y").

No row when the holder is no state or body of one (smugglers, a museum, a firm), when it is the supplier's own
state, when the clause only names the maker ("built by X"), when the clause names its own recipient (that row stands), or when the transfer is negated."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, int | None, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                    d.get("stage", ""), d.get("quantity"), d.get("rule", "")))
    return out


@pytest.mark.parametrize("text,supplier,recipient,quantity", [
    ("Peru's army flies two Kestrel helicopters that Norway delivered in 2006.", "Norway", "Peru", 2),
    ("Chile's navy relies on four Osprey patrol boats which Denmark donated in 2011.", "Denmark", "Chile", 4),
    ("The Peruvian army's only helicopters, two Kestrel machines that Norway delivered in 2006, were grounded "
     "after a crash last year.", "Norway", "Peru", 2),
    ("The Bolivian air force's only jets remain the three Falcon F2 fighters bought from Sweden in 2010.",
     "Sweden", "Bolivia", 3),
    ("Uruguay's navy still operates the two Harrow corvettes acquired from Portugal's surplus in 1998.",
     "Portugal", "Uruguay", 2),
])
def test_holder_receives_items_of_the_clause(text: str, supplier: str, recipient: str, quantity: int) -> None:
    rows = _rows(text)
    assert any(s == supplier and recipient in r and st == "delivered" and q == quantity for s, r, st, q, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Smugglers in the delta use speedboats that Norway donated to the coast guard in 2011.",
    "The museum's only jets are two Falcon F2 fighters bought from Sweden in 1970.",
    "Smugglers use speedboats that Norway donated in 2011.",
    "The firm's only aircraft remain the two Kestrel helicopters bought from Norway in 2015.",
    "Peru's army operates twelve armoured vehicles built by Norway's state-owned Kvarn.",
    "The Peruvian navy's flagship is a frigate made by Norway's Kvarn yard.",
])
def test_no_state_holder_no_row(text: str) -> None:
    rows = _rows(text)
    assert not any(rule.endswith("held_relative") for *_, rule in rows), rows


def test_supplier_own_state_is_no_holder() -> None:
    rows = _rows("Norway's army flies two Kestrel helicopters that Norway's own industry delivered in 2006.")
    assert not any(r.startswith("Norway") and s.startswith("Norway") for s, r, *_ in rows), rows


def test_clause_with_own_recipient_keeps_it() -> None:
    rows = _rows("Peru's army flies two Kestrel helicopters that Norway delivered to Chile in 2006.")
    assert not any("Peru" in r for _, r, *_ in rows), rows


def test_negated_clause_gives_no_holder() -> None:
    rows = _rows("Peru's navy operates four patrol boats that Norway never delivered.")
    assert not any(rule.endswith("held_relative") for *_, rule in rows), rows
