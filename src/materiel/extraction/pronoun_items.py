"""Object pronouns that stand for the items of the transfer told just before: "The junta has asked Moscow
for attack helicopters and air-defence systems, and a Russian minister pledged to provide both" (two rows,
one per item), "Peru bought six K2 tanks and sold them to Bolivia". The antecedent is the latest earlier
frame with items, in the same paragraph and at most WINDOW sentences back; the pronoun's row is copied once
per item of that frame (its parties stay its own; missing ones come from context as for any anaphor; a
delivery that names no party at all after an order, "ordered two A. They were delivered in 2015", takes the order's
pair). "Such"
before an undesignated noun points back the same way: "Y asked for tanks and artillery. X chose not to provide
such systems" (the tanks and the artillery refused)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.subject_pronouns import passive_subject
from materiel.extraction.mentions.paragraphs import same_paragraph

WINDOW = 2
QUANTIFIERS = lexicon.word_set("items", "generic_quantifiers")
BACK_POINTING = lexicon.word_set("items", "back_pointing")


def expand(rows: list[Row], items: Any = None) -> list[Row]:
    """The rows with each pronoun row replaced by one row per item of its antecedent frame (dropped when
    there is none)."""
    if not rows:
        return rows
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)}
    out: list[Row] = []
    for r in rows:
        if not r.item.pronoun and not _such(r):
            out.append(r)
            continue
        made = _joined_verb_object(r, items)  # "X produced 4,000 rifles and sold them to Y"
        if made:
            out += [replace(r, item=replace(m, definite=True, anaphoric=False, pronoun=False),
                            designation=m.designation, category=m.category) for m in made]
            continue
        here = starts[r.sent.start]
        earlier = [e for e in out if not e.item.pronoun and e.frame.trigger.i < r.frame.trigger.i
                   and here - starts[e.sent.start] <= WINDOW
                   and same_paragraph(r.sent.doc, e.item.head.i, r.item.head.i)]
        if not earlier:
            if not r.item.pronoun:
                out.append(r)  # "such weapons" with nothing told before: the weapons themselves
            continue
        last = earlier[-1].frame
        if passive_subject(r.item.head) and not (r.frame.stage == "delivered" and last.stage == "ordered"):
            continue  # "They were delivered in 2015" completes an order; other passive pronouns name no goods here
        seen: set[int] = set()
        for e in (e for e in earlier if e.frame is last):
            if e.item.head.i in seen:
                continue
            seen.add(e.item.head.i)
            own = not r.item.pronoun  # "six of the same aircraft", "such systems": the count is the row's own
            item = replace(e.item, quantity=r.item.quantity if own else e.item.quantity,
                           quantity_text=r.item.quantity_text if own else e.item.quantity_text,
                           definite=True, anaphoric=e.item.anaphoric, pronoun=False)  # "two of them ... sold them"
            copy = replace(r, item=item, designation=e.designation, category=e.category)
            if r.supplier is None and r.recipient is None and r.frame.stage == "delivered" and e.frame.stage == "ordered":
                # "ordered two A. They were delivered in 2015": the delivery completes the order, the order's pair
                copy.supplier, copy.recipient, copy.inherited = e.supplier, e.recipient, True
            if passive_subject(r.item.head):  # the order's goods told again, no load named again after a seizure
                copy.item = replace(item, definite=e.item.definite)
                if e.supplier is not None and not _own_source(r.frame.trigger):  # "... they had not been delivered
                    copy.supplier, copy.inherited = e.supplier, True  # because Y refused ...": the order's seller
            out.append(copy)
    return out


def _own_source(v: Any) -> bool:
    """The passive verb names its own giver: "they were delivered by Y", "... from Y"."""
    return any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from" for c in v.children)


def _joined_verb_object(r: Row, items: Any) -> list[Any]:
    """The materiel a pronoun object stands for when its verb is joined to a verb that takes it as object with no
    transfer of its own: "a company in X produced 4,000 rifles and sold them to Y", "made the shells and
    shipped them to Y"."""
    v, pron = r.frame.trigger, r.item.head
    if items is None or pron.dep_ not in ("dobj", "obj") or pron.head.i != v.i or v.dep_ != "conj" or \
            v.head.pos_ != "VERB":
        return []
    return [m for o in v.head.children if o.dep_ in ("dobj", "obj") and items.is_materiel(o) for m in items.items(o)]


def _such(r: Row) -> bool:
    """The row's item is "such" or "the same" and an undesignated noun ("such systems", "six of the same aircraft"),
    no quantifier before."""
    kids = list(r.item.head.children)
    return r.designation is None and any(c.lower_ in BACK_POINTING and c.dep_ in ("amod", "det", "predet") for c in kids) \
        and not any(c.lower_ in QUANTIFIERS for c in kids)  # "whether any such vehicle ever reached X": none in particular
