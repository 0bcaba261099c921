"""A "from" phrase the parser hangs on the item, not on the verb, names the supplier of a row its frame left without
one: "X has also ordered two Zefir P300 maritime surveillance aircraft from Ruritania, with the first due in May,
the air force said" (the parser makes "aircraft" a clause of "said" and "from Ruritania" its modifier). The clause
names its own supplier, so no supplier is lent to it from the sentences before (late_fills.in_context) or read off
the item's maker. Only a state, a state's body or a firm is taken, never the recipient's own state, and never for
a seizure ("seized rifles from X": X is where they were taken)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

SOURCE_KINDS = ("state", "government_body", "company")
FROM = "from"


def _from_objects(r: Row) -> list[Token]:
    """Objects of "from" phrases on the tokens of the row's item text, or on the noun just after it that the
    parser made their head while leaving it out of the item ("A P20 surveillance | aircraft from X")."""
    span = r.item.span
    after = [span.doc[span.end]] if span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN" and \
        any(t.head.i == span.end for t in span) else []
    return [p for t in [*span, *after] for c in t.children if c.dep_ == "prep" and c.lower_ == FROM and c.i >= span.end
            for p in c.children if p.dep_ == "pobj"]


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give a row with no supplier the state or firm of a "from" phrase on its item (module text)."""
    for r in rows:
        if r.supplier is not None or r.frame.roles["supplier"] or r.frame.stage == "intercepted":
            continue
        for p in _from_objects(r):
            found: Resolved | None = res.resolve(p)
            if found is None or found.actor.kind not in SOURCE_KINDS or not found.actor.country:
                continue
            if r.recipient is not None and (found.actor.country == r.recipient.actor.country
                                            or found.actor.id == r.recipient.actor.id):
                continue
            r.supplier = found
            r.frame.rule += ":item-from" if not r.frame.rule.endswith(":item-from") else ""
            break


__all__ = ["fill"]
