"""The harness the probe sets share (tests/test_s34_probes.py, tests/test_s35_probes.py): expected rows as data and
the check of a snippet's extracted rows against them.

A row names its supplier and recipient as alternatives split on "|", an item word, a quantity (None: any) and the
allowed (stage, factuality) pairs; `no(...)` names a row that must not be extracted. A case passes when every
expected row is matched by some extracted row (a party by name, id, state or text, a service's name counting as its
state's; the item word in the item's text or designation; the quantity when one is given; one of the pairs), no
extracted row matches a forbidden one, and, for a case with no expected row, nothing is extracted."""
from __future__ import annotations

from typing import Any, NamedTuple

from materiel.extraction.pipeline import get_extractor

D = ("delivered", "asserted")
O = ("ordered", "asserted")
OF = ("offered", "asserted")
R = ("requested", "asserted")
C = ("considered", "asserted")
REF = ("refused", "asserted")
I = ("intercepted", "asserted")
DEN = ("delivered", "denied")
ANY = ("*", "*")


class Row(NamedTuple):
    supplier: tuple[str, ...]
    recipient: tuple[str, ...]
    item: str
    quantity: int | None
    readings: tuple[tuple[str, str], ...]


def row(sup: str, rec: str, item: str, qty: int | None, *readings: tuple[str, str]) -> Row:
    return Row(tuple(sup.split("|")), tuple(rec.split("|")), item, qty, readings)


def no(sup: str, rec: str, item: str = "") -> Row:
    """A row that must not be extracted: these parties (and this item word, when given), at any stage."""
    return Row(tuple(sup.split("|")), tuple(rec.split("|")), item, None, (ANY,))


def _names(party: dict[str, Any] | None) -> set[str]:
    if not party:
        return {""}
    return {str(party.get(k) or "").lower() for k in ("name", "id", "country", "text")}


def _party(want: tuple[str, ...], party: dict[str, Any] | None) -> bool:
    """An empty alternative takes any party; a service's name holds its state's ("Greece Navy")."""
    names = _names(party)
    return want == ("",) or any(w.lower() == n or f"{w.lower()} " in f"{n} " for w in want for n in names if n)


def _matches(t: dict[str, Any], want: Row) -> bool:
    if not (_party(want.supplier, t.get("supplier")) and _party(want.recipient, t.get("recipient"))):
        return False
    item = t.get("item") or {}
    words = f"{item.get('text') or ''} {item.get('designation') or ''}".lower()
    if want.item.lower() not in words:
        return False
    if want.quantity is not None and t.get("quantity") != want.quantity:
        return False
    return want.readings == (ANY,) or (t.get("stage"), t.get("factuality")) in want.readings


def passes(text: str, want: list[Row]) -> bool:
    got = [t.model_dump() for t in get_extractor().extract_text(text).transfers]
    rows = [w for w in want if w.readings != (ANY,)]
    if not rows:
        return not got
    banned = [w for w in want if w.readings == (ANY,)]
    return all(any(_matches(t, w) for t in got) for w in rows) and \
        not any(_matches(t, w) for t in got for w in banned)
