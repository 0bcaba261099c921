"""A gazetteer organisation's name that is a word of a person's name ("President Rafael Correa", where "Rafael"
alone names a listed firm; "Leonardo" as a first name): the tagger reads the whole as one person, and the match
is a given name or a surname, not the organisation. The match is dropped when the person entity goes on past it
with capitalised words no list names; the phrase then resolves as the person (and, through a title, the
person's state), not as the firm."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def drop_in_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """The actor spans without gazetteer organisations matched as a word of a longer person's name."""
    person_at = {i: e for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [s for s in spans if not _in_person(s, person_at.get(s.start), covered)]


def _in_person(span: Span, ent: Span | None, covered: set[int]) -> bool:
    if span.kb_id_ != "actor" or ent is None or span.end > ent.end or (ent.start, ent.end) == (span.start, span.end):
        return False
    rest = [t for t in span.doc[ent.start: ent.end] if not span.start <= t.i < span.end]
    return bool(rest) and all(t.is_alpha and t.text[0].isupper() and not t.is_stop and t.i not in covered for t in rest)


__all__ = ["drop_in_persons"]
