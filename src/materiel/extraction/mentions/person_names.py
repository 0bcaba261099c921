"""A gazetteer organisation's name that is a word of a person's name ("President Leonardo Vargas", where "Leonardo"
alone names a listed firm; "Leonardo" as a first name): the tagger reads the whole as one person, and the match
is a given name or a surname, not the organisation. The match is dropped when the person entity goes on past it
with capitalised words no list names and a leader's title opens it ("President", "General"); the phrase then
resolves as the person (and, through the title, the person's state), not as the firm. Without a title the tagger's
person may be a firm's product ("Hanwha K21"), and the firm stays."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from materiel import lexicon


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The one-word titles of leaders (cues.toml [actors] leader_titles), which open a person's name."""
    return frozenset(t for t in lexicon.toml("cues.toml")["actors"].get("leader_titles", []) if " " not in t)


def drop_in_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """The actor spans without gazetteer organisations matched as a word of a longer person's name."""
    person_at = {i: e for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [s for s in spans if not _in_person(s, person_at.get(s.start), covered)]


def _in_person(span: Span, ent: Span | None, covered: set[int]) -> bool:
    if span.kb_id_ != "actor" or ent is None or span.end > ent.end or (ent.start, ent.end) == (span.start, span.end):
        return False
    doc = span.doc
    if not any(0 <= i < len(doc) and doc[i].lower_.rstrip(".") in _titles() for i in (ent.start - 1, ent.start)):
        return False  # "Hanwha K21" the tagger read as a person: no title, the firm's product
    rest = [t for t in doc[ent.start: ent.end] if not span.start <= t.i < span.end]
    return bool(rest) and all(t.is_alpha and t.text[0].isupper() and not t.is_stop and t.i not in covered for t in rest)


__all__ = ["drop_in_persons"]
