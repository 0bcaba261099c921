"""A seized load whose origin a later sentence tells with a verb of coming ("Police seized 40 rifles bound for Y.
The arms had come from X, officials said"): the origin is the seized load's supplier (`found_cargo.told_origins`),
not a delivery of its own. The row the verb of coming gives ("the arms" from X, delivered) is dropped when a seized
row of the sentences just before (within `context_sentences`, or the same sentence) already has that supplier or
none. The verbs are `origin_verbs` of [seizure] in `data/predicates.toml`."""
from __future__ import annotations

from typing import Any

from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure


def _told_origin(r: Row, words: seizure.SeizureWords) -> bool:
    v = r.frame.trigger
    return r.frame.stage == "delivered" and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in words.origin_verbs \
        and (r.item.definite or r.item.anaphoric)


def drop_origin_rows(rows: list[Row], by_sentence: list[tuple[Any, Any]], words: seizure.SeizureWords) -> None:
    """The rows without the told origins of loads seized just before."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    seized = [(index.get(r.sent.start, -99), r) for r in rows if r.frame.stage == seizure.STAGE]

    def absorbed(r: Row) -> bool:
        n = index.get(r.sent.start, -99)
        sid = r.supplier.actor.id if r.supplier is not None else None
        return any(n - words.context_sentences <= k <= n and
                   (sid is None or (s.supplier is not None and s.supplier.actor.id == sid)) for k, s in seized)

    rows[:] = [r for r in rows if not (_told_origin(r, words) and absorbed(r))]
