"""Paragraphs of a parsed document: a blank line ("\\n\\n" in a token or its whitespace) ends one.
An anaphor ("the first four", "ordered six") looks for its antecedent only in its own paragraph."""
from __future__ import annotations

from spacy.tokens import Doc


def paragraph_start(doc: Doc, i: int) -> int:
    """The index of the first token of token i's paragraph."""
    for t in reversed(doc[:i]):
        if "\n\n" in t.whitespace_ or "\n\n" in t.text:
            return t.i + 1
    return 0


def same_paragraph(doc: Doc, i: int, j: int) -> bool:
    """Tokens i and j lie in one paragraph."""
    lo, hi = min(i, j), max(i, j)
    return paragraph_start(doc, hi) <= lo
