"""The order behind a partial delivery: "delivered eight of 20 helicopters" also says 20 were ordered."""
from __future__ import annotations

from dataclasses import replace

from materiel.extraction.discourse import Row


def whole_orders(rows: list[Row]) -> list[Row]:
    """"delivered eight of 20 helicopters": the 20 were ordered, a row of its own besides the eight
    delivered (two rows told by one mention of the helicopters)."""
    out = []
    for row in rows:
        it = row.item
        if row.frame.stage != "delivered" or it.whole is None or it.whole == it.quantity:
            continue
        whole = replace(it, quantity=it.whole, quantity_text=str(it.whole))
        order = replace(row.frame, stage="ordered", rule=row.frame.rule + ":whole",
                        confidence=row.frame.confidence * 0.9)
        out.append(replace(row, frame=order, item=whole))
    return out
