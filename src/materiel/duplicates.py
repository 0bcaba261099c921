"""One row per transfer in a document: the same transfer told twice ("sent 12 K-9 howitzers" in the
lead, "the howitzers it sent" further down; "cruise missiles" and the designation of the only cruise
missile named) keeps its most specific telling (a designation, then a quantity), with that telling's
own evidence, at the place of the first.

Two rows are the same transfer when they have the same supplier, recipient, stage, factuality and
denier, and their items are the same: the same designation, or the same generic words, or a generic
noun ("missiles", "cruise missiles") and the only designation of its category among those rows.
Quantities must agree (or one row have none): "six jets" and "eight jets" are two deliveries."""
from __future__ import annotations

from typing import TypeVar

from materiel.models import Transfer

# Categories too broad to name one system: "weapons" is never merged into a designation.
BROAD = {"weapons", "equipment", "vehicle", "ammunition", "materiel"}

F = TypeVar("F")


def _party(t: Transfer) -> tuple[object, ...]:
    return (t.supplier.id if t.supplier else None, t.recipient.id if t.recipient else None, t.stage,
            t.factuality, t.denied_by.id if t.denied_by else None)


def _words(t: Transfer) -> list[str]:
    out = []
    for w in t.item.text.lower().replace("-", " ").split():
        out.append(w[:-1] if w.endswith("s") and len(w) > 3 else w)  # "missiles" and "missile"
    return out


def _generic_covers(general: Transfer, specific: Transfer) -> bool:
    """"missiles" and "ballistic missiles": the same head, the general words all in the specific."""
    g, s = _words(general), _words(specific)
    return bool(g) and bool(s) and g[-1] == s[-1] and set(g) <= set(s)


def _same_item(a: Transfer, b: Transfer, designations: dict[str, set[str]]) -> bool:
    da, db = a.item.designation, b.item.designation
    if da and db:
        return da == db
    if da or db:
        named, generic = (a, b) if da else (b, a)
        cat = generic.item.category
        return bool(cat) and cat not in BROAD and cat == named.item.category and \
            len(designations.get(cat, set())) == 1
    return _generic_covers(a, b) or _generic_covers(b, a)


def _quantities_agree(a: Transfer, b: Transfer) -> bool:
    return a.quantity is None or b.quantity is None or a.quantity == b.quantity


def _rank(t: Transfer) -> tuple[int, int, int]:
    return (t.item.designation is not None, t.quantity is not None, len(t.item.text))


def merge_duplicates(pairs: list[tuple[F, Transfer]]) -> list[tuple[F, Transfer]]:
    """The pairs (frame, row) with each transfer once: the best telling kept at the first's place."""
    by_cat: dict[tuple[object, ...], dict[str, set[str]]] = {}
    for _, t in pairs:
        if t.item.designation and t.item.category:
            by_cat.setdefault(_party(t), {}).setdefault(t.item.category, set()).add(t.item.designation)
    out: list[tuple[F, Transfer]] = []
    for pair in pairs:
        t = pair[1]
        key = _party(t)
        same = next((i for i, (_, o) in enumerate(out) if _party(o) == key and _quantities_agree(o, t)
                     and _same_item(o, t, by_cat.get(key, {}))), None)
        if same is None:
            out.append(pair)
        elif _rank(t) > _rank(out[same][1]):
            out[same] = pair
    return out
