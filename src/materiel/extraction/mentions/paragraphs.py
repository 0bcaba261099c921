"""Paragraphs of a parsed document: a blank line ("\\n\\n" in a token or its whitespace) ends one.
An anaphor ("the first four", "ordered six") looks for its antecedent only in its own paragraph."""
from __future__ import annotations

from spacy.tokens import Doc


def paragraph_start(doc: Doc, i: int, lo: int = 0) -> int:
    """The index of the first token of token i's paragraph, or `lo` when the paragraph starts before it:
    a caller that looks back only to `lo` scans no further (a long text without blank lines is not read
    back to its start for every anaphor)."""
    for t in reversed(doc[lo:i]):
        if "\n\n" in t.whitespace_ or "\n\n" in t.text:
            return t.i + 1
    return lo


def same_paragraph(doc: Doc, i: int, j: int) -> bool:
    """Tokens i and j lie in one paragraph."""
    lo, hi = min(i, j), max(i, j)
    return paragraph_start(doc, hi, lo) <= lo
