"""A row of the register from a reading of a frame: a company supplies as its state, the item as told, the
stage, factuality, attribution, time, place, value and evidence of the row, and its calibrated confidence."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from materiel import lexicon
from materiel.extraction import antecedents, calibration, values
from materiel.extraction.completeness import seizer
from materiel.extraction.discourse import Row
from materiel.extraction.frames import timeplace
from materiel.record.models import Actor, Attribution, Evidence, Item, Transfer


def transfer_of(r: Row, doc: Doc, anchor: date | None) -> Transfer:
    """The register's row told by `r`: its parties (a company as its state), item, stage, cues and confidence."""
    f, rd, it = r.frame, r.reading, r.item
    conf = f.confidence * rd.confidence_factor
    for party in (r.supplier, r.recipient):
        conf *= party.confidence if party else 0.8
    if r.inherited:
        conf *= 0.8
    item_text = "weapons (implied by the verb)" if it.span.start == f.trigger.i and f.implicit else antecedents.shown_text(it)
    when = timeplace.frame_when(f, anchor)
    year = int(when.start[:4]) if when else anchor.year if anchor else None
    return Transfer(
        supplier=as_state(r.supplier.actor) if r.supplier else None,
        recipient=r.recipient.actor if r.recipient else None,
        intermediary=r.intermediary.actor if r.intermediary else None,
        item=Item(text=item_text, designation=r.designation, category=r.category or it.category),
        quantity=it.quantity, quantity_text=it.quantity_text,
        value=values.value_of(r.sent, {f.trigger.i, it.head.i}, year),
        stage=f.stage,  # type: ignore[arg-type]
        factuality=rd.factuality,  # type: ignore[arg-type]
        denied_by=rd.denied_by.actor if rd.denied_by else None,
        intercepted_by=seizer(f),
        attribution=Attribution(text=rd.attribution_text,
                                source=rd.attribution_source.actor if rd.attribution_source else None)
        if rd.attribution_text else None,
        when=when,
        where=timeplace.frame_where(f, doc),
        evidence=Evidence(text=r.sent.text, start=r.sent.start_char, end=r.sent.end_char),
        rule=f.rule + (":context" if r.inherited else ""),
        confidence=calibration.confidence(f.rule + (":context" if r.inherited else ""),
                                          round(max(0.05, min(1.0, conf)), 3)),
    )


def as_state(a: Actor) -> Actor:
    """A company supplies for its state in the register (as SIPRI records it); the company's
    name stays as the surface text and in the document's actors."""
    if a.kind != "company" or not a.country:
        return a
    c = lexicon.load().countries.get(a.country)
    if c is None:
        return a
    return Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=a.name)
