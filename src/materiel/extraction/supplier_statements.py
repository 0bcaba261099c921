"""The recipient of a supplier's deliveries told after a statement naming it another's supplier: "X remains Y's
main supplier: it has delivered A and B", "X, Y's largest supplier, has delivered A", "X is Y's main supplier.
It has sold it A": Y receives, in the statement's sentence and the one after it. The statement itself gives no
row when it names no item (frames/suppliers.py); the nouns and copulas are [suppliers] in `words.toml`."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel.extraction.discourse import Row
from materiel.extraction.frames.suppliers import COPULAS, NOUNS
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved

REACH = 1  # sentences after the statement's own


def _holder(n: Token) -> Token | None:
    """Who the supplier noun n names: the subject of its copula, or the head it is apposed to."""
    if n.dep_ == "attr" and n.head.lemma_.lower() in COPULAS:
        return next((c for c in n.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return n.head if n.dep_ == "appos" else None


def statements(sent: Span, res: ActorResolver, items: ItemFinder) -> list[tuple[list[Resolved], list[Resolved]]]:
    """(suppliers, recipients) of each "X is Y's supplier" of the sentence, not of goods that are no materiel."""
    out = []
    for n in sent:
        if n.lower_ not in NOUNS or n.pos_ not in ("NOUN", "PROPN") or (holder := _holder(n)) is None:
            continue
        ofs = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        parties = [p for p in ofs if res.resolve(p) is not None]  # "X is the main supplier of Y's navy"
        if any(not items.is_materiel(p) for p in ofs if p not in parties):
            continue  # "X is Y's main supplier of wheat"
        if any(c.dep_ == "neg" or c.lower_ in ("never", "longer", "formerly", "once") for c in (*n.head.children, *n.children)):
            continue  # "X is no longer Y's supplier", "X, once Y's supplier, ..."
        goals = parties + [c for c in n.children if c.dep_ == "poss"] + [
            q for c in n.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for q in c.children if q.dep_ == "pobj"]
        suppliers = res.resolve_all(holder)
        recipients = [a for g in goals for a in res.resolve_all(g) if all(a.actor.id != s.actor.id for s in suppliers)]
        if suppliers and recipients:
            out.append((suppliers, recipients))
    return out


def fill(rows: list[Row], by_sentence: list[tuple[Any, list[Any]]], res: ActorResolver, items: ItemFinder) -> None:
    """Give a row with a supplier and no recipient the recipient of a statement naming that supplier another's
    supplier, in the row's sentence or the one before (see the module's text)."""
    open_rows = [r for r in rows if r.supplier is not None and r.recipient is None]
    if not open_rows:
        return
    starts = [s.start for s, _ in by_sentence]
    found: dict[int, list[tuple[list[Resolved], list[Resolved]]]] = {}
    for r in open_rows:
        at = starts.index(r.sent.start) if r.sent.start in starts else -1
        for k in range(at, max(at - REACH, 0) - 1, -1) if at >= 0 else ():
            if k not in found:
                found[k] = statements(by_sentence[k][0], res, items)
            match = [rs for ss, rs in found[k] if any(_same(s, r.supplier) for s in ss)]
            if match:
                r.recipient, r.inherited = match[-1][0], True
                break


def _same(a: Resolved, b: Resolved | None) -> bool:
    return b is not None and (a.actor.id == b.actor.id or (a.actor.kind == b.actor.kind == "state" and a.actor.country == b.actor.country))
