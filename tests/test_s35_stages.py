"""Session 35 (round 1), stages: the handover of a second-hand item whose former holder is told in a clause or an
apposition on the item (frames/former_users.py, hooked into frames/former_holders.py).

Pattern 1: a participle of former use on the item, a verb of use (`former_holders.use_verbs`: operate, fly, use
...) with an adverb of former time (`former_holders.use_adverbs`: previously, formerly, once), names in its "by"
phrase the former holder, whose state sells when the transfer names no seller: "two boats, previously operated
by the X Navy, were handed over to Y" is a delivery from X to Y. Without the adverb ("operated by the X Navy")
the participle may tell who runs the item now, and gives no seller; a seller the transfer names itself ("... by
Z") stays the seller.

Pattern 2: an apposition marked as former ("the corvette, formerly the X Navy's Kestrel, was handed over to Y")
names the holder in a modifier or possessor before its head: X's state sells. An apposition naming no state's
body ("formerly a fishing trawler") gives no seller."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> set[tuple[str, str, str]]:
    out = set()
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.add(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                 d.get("stage") or ""))
    return out


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Two patrol boats, previously operated by the Spanish Navy, were handed over to the Togolese Navy in May.",
     "Spain", "Togo Navy"),
    ("Three minesweepers once operated by Greece were transferred to Cyprus in 2021.", "Greece", "Cyprus"),
    ("Four Hawk trainers formerly flown by the Finnish Air Force were sold to Latvia last year.", "Finland", "Latvia"),
    ("The corvette, formerly the Danish Navy's Hvidbjørnen, was handed over to the Ghanaian Navy in Aarhus in March.",
     "Denmark", "Ghana Navy"),
])
def test_former_user_sells(text: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient, "delivered") in _rows(text)


def test_use_without_former_adverb_names_no_seller() -> None:
    rows = _rows("Two patrol boats, operated by the Spanish Navy, were handed over to the Togolese Navy in May.")
    assert not any(s.startswith("Spain") for s, _, _ in rows)


def test_named_seller_stays() -> None:
    rows = _rows("Two patrol boats, previously operated by the Spanish Navy, were handed over to the Togolese Navy "
                 "by Italy in May.")
    assert ("Italy", "Togo Navy", "delivered") in rows
    assert not any(s.startswith("Spain") for s, _, _ in rows)


def test_former_apposition_without_state_names_no_seller() -> None:
    rows = _rows("The corvette, formerly a fishing trawler, was handed over to the Ghanaian Navy in March.")
    assert not any(s for s, _, _ in rows)


def test_own_service_to_own_service_is_no_transfer() -> None:
    assert not _rows("Two helicopters previously used by the Kenyan police were handed over to the Kenyan army.")


def test_holder_misread_as_taker_is_dropped() -> None:
    # "the navy" resolved to the former holder's navy is no recipient (the row had Denmark's navy as taker)
    rows = _rows("The corvette, formerly the Danish Navy's Hvidbjørnen, was turned over to the navy in Aarhus in March.")
    assert not any(r.startswith("Denmark") for _, r, _ in rows)


def test_holder_misread_as_taker_gives_way_to_the_story_state() -> None:
    rows = _rows("Ghana has received a second-hand corvette. The corvette, formerly the Danish Navy's Hvidbjørnen, was "
                 "transferred to the navy in Aarhus in March.")
    assert ("Denmark", "Ghana", "delivered") in rows
    assert not any(r.startswith("Denmark") for _, r, _ in rows)
