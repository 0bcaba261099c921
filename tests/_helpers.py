"""Helpers shared by the extraction tests (imported as `from _helpers import find`)."""
from __future__ import annotations

from materiel.record.models import Report, Transfer


def rows(report: Report) -> list[Transfer]:
    return list(report.transfers)


def find(report: Report, supplier: str | None, recipient: str | None, item: str) -> list[Transfer]:
    """Rows whose parties' ids or names and whose item text or designation contain the keys."""
    def has(actor, key):  # noqa: ANN001
        if key is None:
            return actor is None
        return actor is not None and key.lower() in f"{actor.id} {actor.name}".lower()
    return [t for t in report.transfers if has(t.supplier, supplier) and has(t.recipient, recipient)
            and item.lower() in f"{t.item.text} {t.item.designation or ''} {t.item.category}".lower()]
