"""A gazetteer organisation's name found inside a longer proper name the tagger reads as one entity
("Northern Falcon Logistics", where "Falcon" alone names a listed group): a word of another name, not that organisation.
The match is dropped when a capitalised word of the same entity stands before it, a word no list names; the
entity then resolves as itself (mentions/resolve.py, through the tagger). A name the entity opens with ("BAE
Systems Hägglunds", "Thales UK") stays the gazetteer's: the firm's own unit."""
from __future__ import annotations

from spacy.tokens import Doc, Span

NAME_LABELS = ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")


def drop_inner(doc: Doc, spans: list[Span]) -> list[Span]:
    """The actor spans without gazetteer organisations matched inside another name."""
    ent_at = {i: e for e in doc.ents if e.label_ in NAME_LABELS for i in range(e.start, e.end)}
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [s for s in spans if not _inner(s, ent_at.get(s.start), covered)]


def _inner(span: Span, ent: Span | None, covered: set[int]) -> bool:
    if span.kb_id_ != "actor" or ent is None or ent.start >= span.start or span.end > ent.end:
        return False
    before = span.doc[ent.start: span.start]
    return all(t.is_alpha and t.text[0].isupper() and not t.is_stop and t.i not in covered for t in before)

