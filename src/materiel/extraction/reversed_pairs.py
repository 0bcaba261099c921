"""A row whose two parties a deal noun's modifiers gave ("Ruritania scraps Tarnian helicopter deal": the
demonym "Tarnian" read as the buyer, whose deal it is, and the subject as the other side) the other way round
from a row of the same document told by a verb ("Ruritania bought seven helicopters from Tarnia"), on the same
system or item noun: the verb's row gives the direction, and the noun's row takes it. A deal, contract or
agreement belongs to both its sides, so its modifiers name a party but not which side it is on; the same two
states trading the same item both ways in one text is rare enough to read as one direction."""
from __future__ import annotations

from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import same_state


def _noun_told(r: Row) -> bool:
    """The row's frame is a noun's ("deal", "contract") whose parties it did not take from the text around."""
    return r.frame.trigger.pos_ in ("NOUN", "PROPN") and not r.inherited


def _verb_told(r: Row) -> bool:
    return r.frame.trigger.pos_ in ("VERB", "AUX") and not r.inherited


def _same_item(a: Row, b: Row) -> bool:
    if a.designation and b.designation:
        return a.designation == b.designation
    return a.item.head.lemma_.lower() == b.item.head.lemma_.lower()


def _reversed(a: Row, b: Row) -> bool:
    if a.supplier is None or a.recipient is None or b.supplier is None or b.recipient is None:
        return False
    return same_state(a.supplier, b.recipient) and same_state(a.recipient, b.supplier) and \
        not same_state(a.supplier, a.recipient)


def orient(rows: list[Row]) -> None:
    """Each noun-told row the other way round from a verb-told row on the same item takes the verb's direction."""
    verbal = [r for r in rows if _verb_told(r)]
    for r in rows:
        if not _noun_told(r):
            continue
        if any(_reversed(r, v) and _same_item(r, v) for v in verbal if v.frame is not r.frame) and \
                not any(not _reversed(r, v) and v.supplier is not None and r.supplier is not None and v.recipient is not None
                        and r.recipient is not None and same_state(v.supplier, r.supplier) and same_state(v.recipient, r.recipient)
                        for v in verbal if v.frame is not r.frame):
            r.supplier, r.recipient = r.recipient, r.supplier
            r.frame.rule += ":oriented" if not r.frame.rule.endswith(":oriented") else ""


__all__ = ["orient"]
