"""One ship handed over, told twice: once by the title of the official at the ceremony ("Minister hands over
the corvette X to Y", the title resolved to no state) and once by the state that gives it ("the Ostravan
Navy's corvette was handed over to Y"). A single hull to the same recipient at the same stage is one transfer;
the telling whose supplier is a person of no state is dropped."""
from __future__ import annotations

from typing import TypeVar

from materiel.record.models import Actor, Transfer

F = TypeVar("F")
SHIP = "ship"


def _side(a: Actor | None) -> str | None:
    return None if a is None else a.country or a.id


def _hull(t: Transfer) -> bool:
    return t.item.category == SHIP and t.quantity == 1


def _stateless_person(t: Transfer) -> bool:
    return t.supplier is not None and t.supplier.kind == "person" and not t.supplier.country


def drop_titled(pairs: list[tuple[F, Transfer]]) -> list[tuple[F, Transfer]]:
    """The pairs without a single hull told by a stateless official when a state gives the same hull."""
    told = [t for _, t in pairs if _hull(t) and t.supplier is not None and t.supplier.country]
    return [(f, t) for f, t in pairs
            if not (_hull(t) and _stateless_person(t) and
                    any(o.stage == t.stage and _side(o.recipient) == _side(t.recipient) for o in told))]
