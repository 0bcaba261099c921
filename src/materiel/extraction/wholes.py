"""The order behind a partial delivery: "delivered eight of 20 helicopters" also says 20 were ordered; so does an
order of the last batch of a whole ("bought the last 12 of 36 jets": 36 ordered in all). The last batch of a
delivery ("received the final two of 14 jets") completes the whole and tells no order of its own. A handing-over
told ahead of a part ("is due to get the first of three patrol boats", `[items] handover_classes`) stands for
the whole's order, so that row is given the count of the whole (while ordering "the first four of 12" keeps four)."""
from __future__ import annotations

from dataclasses import replace

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.item_mention import ItemMention

COMPLETING = lexicon.word_set("items", "completing_ordinals")
HANDOVER = lexicon.word_set("items", "handover_classes")


def _completing(it: ItemMention) -> bool:
    """The count is the last batch of its whole: "the last 12 of 36 jets", "the remaining six of 24"."""
    head = it.head
    part = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return part is not None and any(c.dep_ == "amod" and c.lower_ in COMPLETING for c in part.children)


def whole_orders(rows: list[Row]) -> list[Row]:
    """The rows with the orders their counts tell: "delivered eight of 20 helicopters" also gives the 20 ordered (two
    rows told by one mention of the helicopters); "bought the last 12 of 36 jets" gives the order of 36 in its place."""
    out, wholes = [], []
    for row in rows:
        it = row.item
        delivery = row.frame.stage == "delivered" and not _completing(it)
        ahead = row.frame.stage in ("ordered", "offered") and row.frame.cls in HANDOVER
        last_order = row.frame.stage == "ordered" and _completing(it) or ahead
        if it.whole is None or it.whole == it.quantity or not (delivery or last_order):
            out.append(row)
            continue
        whole = replace(it, quantity=it.whole, quantity_text=str(it.whole))
        stage = "offered" if row.frame.stage == "offered" else "ordered"  # a pledge of the whole stays a pledge
        order = replace(row.frame, stage=stage, rule=row.frame.rule + ":whole", confidence=row.frame.confidence * 0.9)
        out += [row] if delivery else []
        wholes.append(replace(row, frame=order, item=whole))
    return out + wholes
