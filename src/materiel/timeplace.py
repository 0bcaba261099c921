"""When and where a frame happened: its time expression as a date range, and its place."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from materiel import timex
from materiel.frames import Frame
from materiel.models import When, Where


def frame_when(f: Frame, anchor: date | None) -> When | None:
    doc = f.trigger.doc
    for ent in f.trigger.sent.ents:
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
        if spans and spans[0].kb_id_ in ("country", "metonym") and len(spans[0].label_) == 3:
            return Where(text=spans[0].text, country=spans[0].label_)
        if p.ent_type_ in ("GPE", "LOC", "FAC") and not spans:
            return Where(text=p.text, country=None)
    return None
