"""What one document may cost: its size before the parse (spaCy holds a whole text at once) and the
time to read its parse (`materiel.sources.limits`)."""
from __future__ import annotations

import re
import time

from materiel.record.errors import InputError
from materiel.sources import limits
from materiel.sources.document import Document

__all__ = ["Deadline", "check_size"]

_WORDS = re.compile(r"\w+|[^\w\s]")  # roughly spaCy's tokens: words and marks


def check_size(document: Document) -> None:
    """Refuse a text whose parse would take too much memory and time (spaCy holds a whole text at once)."""
    n, most_chars, most_words = len(document.text), limits.MAX_TEXT_CHARS, limits.MAX_TEXT_WORDS
    if n > most_chars:
        raise InputError(document.source, f"text is {n:,} characters, more than the limit of {most_chars:,} "
                                          "for one document; split it into parts")
    words = sum(1 for _ in zip(_WORDS.finditer(document.text), range(most_words + 1), strict=False))
    if words > most_words:
        raise InputError(document.source, f"text has more than {most_words:,} words and punctuation marks, "
                                          "the limit for one document; split it into parts")


class Deadline:
    """EXTRACT_SECONDS for reading one parsed document, checked per sentence and per frame."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.seconds = limits.EXTRACT_SECONDS
        self.end = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise InputError(self.source, f"extraction took longer than {self.seconds:g} s (a very long or "
                                          "unusual text, e.g. a table without full stops); split it into parts")
