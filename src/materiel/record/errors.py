"""One exception hierarchy: every error a user can cause is a MaterielError with a clear message."""
from __future__ import annotations

from pathlib import Path


class MaterielError(Exception):
    """Base class of every error materiel raises on purpose."""


class InputError(MaterielError):
    """A document could not be read: empty, binary, too large, undecodable, unreadable."""

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class ModelError(MaterielError):
    """The spaCy pipeline could not be loaded."""


class DataError(MaterielError):
    """A lexicon or gazetteer file is missing or inconsistent."""


class AccessDenied(MaterielError):
    """The user (or anonymous caller) may not do this: no account, a wrong password, no grant."""

    def __init__(self, message: str, status: int = 403) -> None:
        self.status = status
        super().__init__(message)
