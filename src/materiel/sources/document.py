"""A document as materiel reads it: the text exactly as given, with its metadata."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from materiel.record.errors import InputError


@dataclass(frozen=True)
class Document:
    """Text is never edited after reading: every offset materiel reports points into it."""

    text: str
    source: str = "<text>"
    title: str | None = None
    published: date | None = None
    id: str = field(init=False)

    def __post_init__(self) -> None:
        try:
            data = self.text.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate ('\ud800'): no text file or page can hold one
            raise InputError(self.source, f"text has invalid Unicode (a lone surrogate at character {exc.start})") from None
        object.__setattr__(self, "id", hashlib.sha256(data).hexdigest())
