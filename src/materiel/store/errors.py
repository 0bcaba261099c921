"""Errors of the store; each is a MaterielError with a one-line message."""
from __future__ import annotations

from materiel.record.errors import MaterielError


class StoreError(MaterielError):
    """The store cannot be opened, migrated or queried as asked (bad URL, missing driver, no such id)."""


class NotFound(StoreError):
    """A document, actor or record that the store does not hold."""
