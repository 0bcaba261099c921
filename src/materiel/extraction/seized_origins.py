"""A seized load whose origin a later sentence tells with a verb of coming ("Police seized 40 rifles bound for Y.
The arms had come from X, officials said"): the origin is the seized load's supplier (`found_cargo.told_origins`),
not a delivery of its own. The row the verb of coming gives ("the arms" from X, delivered) is dropped when a seized
row of the sentences just before (within `context_sentences`, or the same sentence) already has that supplier or
none. The verbs are `origin_verbs` of [seizure] in `data/predicates.toml`."""
from __future__ import annotations

from typing import Any

from materiel import lexicon
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


LOAD_NOUNS = frozenset(lexicon.toml("predicates.toml")["seizure"]["containers"]) | \
    frozenset(lexicon.toml("predicates.toml")["seizure"]["load_nouns"])


def drop_load_rows(rows: list[Row], by_sentence: list[tuple[Any, Any]], words: seizure.SeizureWords) -> None:
    """"Police seized two pistols and 60 rounds. The consignment was bound for Y and had come over the
    border": a seized row on the load's own noun (`containers`, `load_nouns`), uncounted, told with or just after
    seized rows of the items it held, is those rows again, and is dropped (its parties, taken from the text
    around, are no better)."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    items_at = {index.get(r.sent.start, -99) for r in rows if r.frame.stage == seizure.STAGE and not _load(r)}

    def repeated(r: Row) -> bool:
        n = index.get(r.sent.start, -99)
        return _load(r) and r.item.quantity is None and \
            any(n - words.context_sentences <= k <= n for k in items_at)

    rows[:] = [r for r in rows if not (r.frame.stage == seizure.STAGE and repeated(r))]


def _load(r: Row) -> bool:
    return r.item.head.lemma_.lower() in LOAD_NOUNS


def drop_told_again(rows: list[Row], by_sentence: list[tuple[Any, Any]], words: seizure.SeizureWords) -> None:
    """"Police seized 12 pistols. Investigators believe the guns were meant for Y": the destination sentence names
    the seized load again by a definite noun of its own ("the guns") and has lent Y to the seized rows; its own row
    (hedged, with the count it took from them) is those rows again, and is dropped. An origin it tells ("the
    pistols, which came from X, were meant for Y") goes to the seized rows of its noun that have none."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}

    def seized(r: Row) -> list[Row]:
        n = index.get(r.sent.start, -99)
        rid = r.recipient.actor.id if r.recipient is not None else None
        if not r.frame.rule.startswith("destination:") or not (r.item.definite or r.item.anaphoric) or rid is None:
            return []
        return [s for s in rows if s is not r and not s.frame.rule.startswith("destination:") and
                s.frame.stage == seizure.STAGE and s.recipient is not None and s.recipient.actor.id == rid and
                r.item.quantity in (None, s.item.quantity) and
                n - words.context_sentences <= index.get(s.sent.start, -99) <= n]

    def again(r: Row) -> bool:
        found = seized(r)
        if not found or r.supplier is None:
            return bool(found)
        sid = r.supplier.actor.id
        if any(s.supplier is not None and s.supplier.actor.id == sid for s in found):
            return True
        own = [s for s in found if s.supplier is None and s.item.head.lemma_.lower() == r.item.head.lemma_.lower()]
        for s in own:
            s.supplier, s.inherited = r.supplier, True
        return bool(own)

    rows[:] = [r for r in rows if not (r.frame.stage == seizure.STAGE and again(r))]
