"""The row of a part told "of which" (frames/relative_parts.py), once the row of its whole is known:

- a whole that is no materiel ("its old ferries, the first of which were acquired in 1994") gives the part no row,
  unless a model names it and the part is counted ("operates Z-9 jets, the first four of which landed");
- a whole told delivered already holds its parts ("gave three X, the first of which was transferred"): the part
  is no row of its own;
- a whole told as an order and completed by its last part ("ordered 18 X, the last of which reached the air force in
  May"; `[items] completing_ordinals` of words.toml) is delivered in full: the part takes the whole's count;
- a whole told delivered with no count of its own and a counted part told delivered ("flies X jets bought from Y,
  the final five of which landed in 2011") is delivered by the part's count: the whole's row takes it, the only
  count the text gives (`_count_whole`)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from materiel.extraction.discourse import Row
from materiel.extraction.frames.relative_parts import completing, whole_of


def _whole_rows(r: Row, whole: Token, rows: list[Row]) -> list[Row]:
    return [e for e in rows if e is not r and e.sent.start == r.sent.start and e.item.head.i == whole.i]


def _modelled(r: Row, whole: Token) -> bool:
    """"operates Z-9 jets, the first four of which landed": a counted part of a whole its model names (the part's
    antecedent holds the whole), though the whole's head alone is no materiel."""
    ante = r.item.antecedent
    return r.designation is not None and r.item.head.tag_ == "CD" and ante is not None and \
        ante.start <= whole.i < ante.end


def relative_rows(rows: list[Row], is_materiel: Callable[[Token], bool]) -> list[Row]:
    """The rows, with each part told "of which" kept, dropped or counted as its whole's row says."""
    out: list[Row] = []
    for r in rows:
        part = r.item.head
        whole = whole_of(part) if part.dep_ in ("nsubj", "nsubjpass") else None
        if whole is None:
            out.append(r)
            continue
        wholes = _whole_rows(r, whole, rows)
        named = wholes or is_materiel(whole) or any(is_materiel(c) for c in whole.children if c.dep_ == "compound") \
            or _modelled(r, whole)
        if not named or any(e.frame.stage == "delivered" for e in wholes):
            _count_whole(r, wholes)
            continue
        counted = next((e.item for e in wholes if e.item.quantity is not None), None)
        if completing(part) and counted is not None and r.frame.stage == "delivered":
            r.item = replace(r.item, quantity=counted.quantity, quantity_text=counted.quantity_text)
        out.append(r)
    return out


def _count_whole(r: Row, wholes: list[Row]) -> None:
    """"flies X jets bought from Y, the first four of which arrived": the delivered wholes, none counted, take the
    delivered part's count (the part counted by a cardinal: not "the first of which")."""
    part = r.item.head
    if r.frame.stage != "delivered" or r.item.quantity is None or part.tag_ != "CD" or \
            any(e.item.quantity is not None for e in wholes):
        return
    for e in wholes:
        if e.frame.stage == "delivered":
            e.item = replace(e.item, quantity=r.item.quantity, quantity_text=r.item.quantity_text)
            e.frame.rule += ":part-count"
