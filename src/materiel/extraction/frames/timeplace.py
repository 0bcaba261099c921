"""When and where a frame happened: its time expression as a date range, and its place."""
from __future__ import annotations

from bisect import bisect_left
from datetime import date

from spacy.tokens import Doc, Span, Token

from materiel.extraction.frames.frames import Frame
from materiel.extraction.mentions import timex
from materiel.record.models import When, Where

_last_doc: tuple[Doc, tuple[Span, ...], list[int]] | None = None  # the entities of the last document asked


def sentence_ents(sent: Span) -> list[Span]:
    """`sent.ents` (the entities wholly inside the sentence, in order), from the document's entities taken
    once per document: Span.ents rebuilds them all on every call, which a long document pays per frame."""
    global _last_doc
    cached = _last_doc
    if cached is None or cached[0] is not sent.doc:
        ents = tuple(sent.doc.ents)
        cached = _last_doc = (sent.doc, ents, [e.start for e in ents])
    _, ents, starts = cached
    out = []
    for ent in ents[bisect_left(starts, sent.start):]:
        if ent.start >= sent.end:
            break
        if ent.end <= sent.end:
            out.append(ent)
    return out


def frame_when(f: Frame, anchor: date | None) -> When | None:
    doc = f.trigger.doc
    for ent in sentence_ents(f.trigger.sent):
        if ent.label_ != "DATE":
            continue
        root = ent.root
        owner = next((a for a in [root, *root.ancestors] if a.pos_ in ("VERB", "AUX") or a.i == f.trigger.i), None)
        if owner is None:
            continue
        if owner.i == f.trigger.i or (f.governor is not None and owner.i == f.governor.i):
            rng = timex.normalise(_with_prep(ent), anchor)
            if rng:
                return When(text=ent.text, start=rng[0].isoformat(), end=rng[1].isoformat())
    del doc
    return None


def _with_prep(ent: Span) -> str:
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.dep_ == "prep":
        return f"{head.text} {ent.text}"
    return ent.text


def frame_where(f: Frame, doc: Doc) -> Where | None:
    found = place_token(f, doc)
    if found is None:
        return None
    p, span = found
    return Where(text=span.text, country=span.label_) if span is not None else Where(text=p.text, country=None)


def place_token(f: Frame, doc: Doc) -> tuple[Token, Span | None] | None:
    """The word of f's place, with its actor span when it names a state (a country, its capital, its demonym)."""
    places = list(f.places)
    for it in f.items:
        for c in it.head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                places.extend(p for p in c.children if p.dep_ == "pobj")
    gov = f.governor or (f.trigger.head if f.trigger.dep_ in ("advcl", "xcomp") else None)
    if not places and gov is not None and not f.roles["supplier"]:
        for c in gov.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "at"):
                places.extend(p for p in c.children if p.dep_ == "pobj")
    for p in places:
        spans = [s for s in doc.spans.get("actors", []) if s.start <= p.i < s.end]
        if spans and spans[0].kb_id_ in ("country", "metonym", "demonym") and len(spans[0].label_) == 3:
            return p, spans[0]
        if p.ent_type_ in ("GPE", "LOC", "FAC") and not spans:
            return p, None
    return None
