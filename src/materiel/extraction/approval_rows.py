"""The buyer's request just after an approved possible sale (see `approvals`): "X has requested to buy
<list>" (or "The recipient has requested ...") is offered by the approving state too; the approval's
own rows that the counted request restates, or that are only its closing boilerplate, give way."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Span

from materiel.extraction.discourse import Row
from materiel.extraction.frames.approvals import is_approval, words
from materiel.extraction.frames.frames import Frame
from materiel.extraction.mentions.resolved import Resolved

FURTHER = ("also", "too", "likewise", "additionally")  # as discourse._also: a request told as one more


def with_requests(rows: list[Row], sentence_index: dict[int, int],
                  by_sentence: Sequence[tuple[Span, Sequence[Frame]]] = ()) -> list[Row]:
    """The rows with the offered rows of the requests under an approval added, and the approval's rows the
    requests restate dropped (`requests_under_approval`), and the boilerplate beside its named items."""
    under, restated = requests_under_approval(rows, sentence_index, by_sentence)
    named = {r.sent.start for r in rows if is_approval(r.frame.trigger) and not _boilerplate(r)}
    return [r for r in rows if all(r is not x for x in restated)
            and not (is_approval(r.frame.trigger) and _boilerplate(r) and r.sent.start in named)] + under


def _boilerplate(r: Row) -> bool:
    """"approving a sale of the A system and related equipment": the closing "related equipment", no item of
    its own beside the approval's named ones."""
    m, boiler = r.item, set(words().get("boilerplate_modifiers", []))
    return m.designation is None and m.category == "equipment" and any(c.lower_ in boiler for c in m.head.children)


def requests_under_approval(rows: list[Row], sentence_index: dict[int, int],
                            by_sentence: Sequence[tuple[Span, Sequence[Frame]]] = ()) -> tuple[list[Row], list[Row]]:
    """The buyer's request just after an approved sale: its supplier is the approving state, and it is
    offered as well; a request by "the recipient" or "the purchaser" is the approval's buyer's. Returns the
    offered rows to add and the approval's rows the request restates. An approval that names no item (its
    frame has both parties) serves as well."""
    window = int(words().get("request_window", 3))
    approved = [r for r in rows if r.frame.stage == "offered" and is_approval(r.frame.trigger)]
    approvals: list[tuple[int, Resolved, Resolved]] = [
        (r.sent.start, r.supplier, r.recipient) for r in approved if r.supplier is not None and r.recipient is not None]
    approvals += [(sent.start, f.roles["supplier"][0], f.roles["recipient"][0]) for sent, frames in by_sentence
                  for f in frames if f.stage == "offered" and is_approval(f.trigger) and not f.items
                  and f.roles["supplier"] and f.roles["recipient"]]
    approvals.sort(key=lambda a: a[0])
    added: list[Row] = []
    copies: dict[int, Any] = {}
    told: set[int] = set()  # the sentences of the approvals the requests serve
    for r in rows:
        buyer = r.recipient is None and _buyer_noun(r)
        if r.frame.stage != "requested" or (r.recipient is None and not buyer) or _further(r):
            continue
        here = sentence_index.get(r.sent.start, 0)
        reach = int(words().get("buyer_request_window", window)) if buyer else window
        base = next((a for a in reversed(approvals) if (buyer or _same(a[2], r.recipient))
                     and 0 < here - sentence_index.get(a[0], 0) <= reach), None)
        if base is None:
            continue
        r.supplier, r.recipient = base[1], r.recipient or base[2]
        frame = copies.get(id(r.frame))
        if frame is None:
            frame = replace(r.frame, stage="offered", rule=r.frame.rule + ":approved-sale")
            copies[id(r.frame)] = frame
        added.append(replace(r, frame=frame))
        told.add(base[0])
    return added, [a for a in approved if a.sent.start in told and any(_restated(a, r) for r in added)]


def _further(r: Row) -> bool:
    """"X has also asked Washington for Y": one more request, beside the approved sale, not the one it answers."""
    return any(c.dep_ == "advmod" and c.lower_ in FURTHER for c in r.frame.trigger.children)


def _buyer_noun(r: Row) -> bool:
    """"The recipient has requested to buy X": a notice's word for the buyer as the request's subject."""
    t = r.frame.trigger
    verbs = [t, t.head] if t.dep_ in ("xcomp", "ccomp") else [t]
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in words().get("buyer_nouns", []) for v in verbs
               for c in v.children)


def _restated(approved: Row, request: Row) -> bool:
    """The approval's item told again, counted, in the request under it ("approving a sale of A jets ... X
    has requested to buy eight (8) A jets"): the same system and noun ("A missile system" is not restated
    by "60 A missiles")."""
    a, b = approved.item, request.item
    return a.designation == b.designation and a.head.lemma_.lower() == b.head.lemma_.lower() and \
        a.quantity is None and b.quantity is not None


def _same(a: Any, b: Any) -> bool:
    x, y = a.actor, b.actor
    return x.id == y.id or (x.country is not None and x.country == y.country)
