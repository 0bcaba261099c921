"""A listed acronym that is only one half of a longer acronym joined by a hyphen ("the Ruritanian Navy (TNR-AL)",
"the TNR-AL's frigates", where "AL" alone might name a listed body): a letter group of another name, not that body.
The match is dropped when the acronym is glued, with no space either side of the hyphen, to a word in capitals that
no gazetteer span covers; the name in brackets is then the service's own, and the service before it resolves as
itself. Two listed names joined ("the US-EU talks") and a name joined to a lower-case word ("US-made") stay."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

MIN_LETTERS = 2


def drop_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """The actor spans without listed acronyms that are half of a hyphen-joined acronym."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [s for s in spans if not _joined(s, covered)]


def _joined(span: Span, covered: set[int]) -> bool:
    if len(span) != 1 or not _capitals(span[0]):
        return False
    doc, i = span.doc, span.start
    after = i + 2 < len(doc) and _glued(doc[i], doc[i + 1]) and _glued(doc[i + 1], doc[i + 2])
    before = i >= 2 and _glued(doc[i - 2], doc[i - 1]) and _glued(doc[i - 1], doc[i])
    return (after and _free_capitals(doc[i + 2], covered)) or (before and _free_capitals(doc[i - 2], covered))


def _glued(left: Token, right: Token) -> bool:
    """Two tokens written with no space between them, across a hyphen."""
    return not left.whitespace_ and ("-" in (left.text, right.text))


def _capitals(tok: Token) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok.text) >= MIN_LETTERS


def _free_capitals(tok: Token, covered: set[int]) -> bool:
    return _capitals(tok) and tok.i not in covered
