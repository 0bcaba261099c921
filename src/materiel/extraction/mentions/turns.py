"""The turns of a transcript: a line that opens with a speaker's label ("SMITH:", "PRESENTER (Jane
Smith):") is that speaker's turn until the next label. In a turn, "we" is the speaker's state and "you"
the other speaker's (the one the turn answers or that answers it), each as the office the text gives the
person (mentions/persons.py); a "you" outside a transcript is the one spoken to, never a party named
earlier in the text."""
from __future__ import annotations

from spacy.tokens import Doc, Token

LABEL_MARKS = (":",)
MAX_LABEL = 6  # tokens a label may take before its colon


def _line_start(doc: Doc, i: int) -> int:
    while i > 0 and "\n" not in doc[i - 1].whitespace_ and "\n" not in doc[i - 1].text:
        i -= 1
    return i


def _label_at(doc: Doc, start: int) -> str | None:
    """The speaker's name of a label opening the line at start ("KERR", "Jane Smith"), or None."""
    words: list[str] = []
    inner: list[str] = []
    paren = False
    for t in doc[start: min(len(doc), start + MAX_LABEL + 1)]:
        if t.text in LABEL_MARKS or t.text == ")" + LABEL_MARKS[0]:  # "SMITH:", "HOST (Jane Smith):"
            name = inner or words
            return " ".join(name).lower() if name else None
        if t.text == "(":
            paren = True
        elif t.text == ")":
            paren = False
        elif not t.is_alpha or not t.text[0].isupper() or "\n" in t.whitespace_:
            return None
        else:
            (inner if paren else words).append(t.text)
    return None


def turns(doc: Doc) -> list[tuple[int, str]]:
    """(first token, speaker) of each turn, in order; empty when the text has fewer than two speakers."""
    out: list[tuple[int, str]] = []
    for t in doc:
        if t.i == 0 or "\n" in doc[t.i - 1].whitespace_ or "\n" in doc[t.i - 1].text:
            name = _label_at(doc, t.i)
            if name is not None:
                out.append((t.i, name))
    return out if len({n for _, n in out}) > 1 else []


def speakers(tok: Token, table: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """The speaker of the turn holding tok and the other speaker of the exchange (before, else after)."""
    start = _line_start(tok.doc, tok.i)
    before = [(i, n) for i, n in table if i <= start]
    if not before:
        return None, None
    own = before[-1][1]
    other = next((n for _, n in reversed(before) if n != own), None)
    if other is None:
        other = next((n for i, n in table if i > start and n != own), None)
    return own, other
