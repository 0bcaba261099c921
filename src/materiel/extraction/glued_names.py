"""A catalogue designation glued inside a longer one is not that system: in "the XR-M4 rifle" the tokenizer
splits "XR", "-", "M4", and a catalogue "M-4" gun would match its tail, making the gun's maker the rifle's
supplier. A designation match right after a short capitalised prefix and a hyphen, with no space between, is
part of an unknown longer designation and is refused (the longer name, when the catalogue knows it, matches
as a whole)."""
from __future__ import annotations

from spacy.tokens import Doc

MAX_PREFIX = 4  # letters of the prefix ("XR-", "KVA-")


def inside_longer(doc: Doc, start: int, end: int) -> bool:
    """Whether the match doc[start:end], a designation with a digit, is the tail of a longer hyphened one."""
    if start < 2 or not any(c.isdigit() for c in doc[start:end].text):
        return False
    dash, prefix = doc[start - 1], doc[start - 2]
    return dash.text == "-" and not dash.whitespace_ and not prefix.whitespace_ and prefix.is_alpha and \
        prefix.text.isupper() and len(prefix.text) <= MAX_PREFIX
