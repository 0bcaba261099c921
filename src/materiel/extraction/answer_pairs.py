"""An answer that names the item but not the parties its question named: in a transcript or a written answer,
"Q: Has Ruritania delivered the radars to Borduria?" and then "A: Two Ostrava-9 radars were delivered last
month." The question asserts nothing (`questions.unasked`), but its parties are those of the answer's row: a
row of a sentence that follows a direct question closely (at most ANSWER_GAP sentences on) takes from the
question's frame of the same class its supplier and its recipient, each only when the row has none, when the
two items agree (the same head word or category, or the question's names none), and only a state or a
body of one that the question names itself."""
from __future__ import annotations

from spacy.tokens import Span

from materiel.extraction.discourse import Row
from materiel.extraction.frames.frames import Frame, FrameFinder
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS, Resolved
from materiel.extraction.questions import is_direct_question

ANSWER_GAP = 2
SHARE = 0.8  # the confidence a party lent by the question keeps


def _question_before(sent: Span, sents: list[Span]) -> Span | None:
    k = next((i for i, s in enumerate(sents) if s.start == sent.start), None)
    if k is None:
        return None
    for s in reversed(sents[max(0, k - ANSWER_GAP): k]):
        if is_direct_question(s):
            return s
    return None


def _agrees(r: Row, f: Frame) -> bool:
    if not f.items:
        return True
    return any(m.head.lemma_.lower() == r.item.head.lemma_.lower() or m.category and m.category == r.category
               for m in f.items)


def _named(parties: list[Resolved], q: Span) -> list[Resolved]:
    """The parties the question names itself, each a state or one of its bodies (not a party of its context)."""
    return [p for p in parties if q.start <= p.token.i < q.end and p.actor.kind in OFFICIAL_KINDS]


def _lent(p: Resolved, r: Row) -> Resolved:
    return Resolved(p.actor, p.confidence * SHARE, r.item.head)


def answered_parties(rows: list[Row], by_sentence: list[tuple[Span, list[Frame]]], finder: FrameFinder) -> None:
    """Lend a question's parties to the rows of its answer (see the module's text); the rows changed in place."""
    sents = [s for s, _ in by_sentence]
    asked: dict[int, list[Frame]] = {}
    for r in rows:
        if r.supplier is not None and r.recipient is not None:
            continue
        q = _question_before(r.sent, sents)
        if q is None:
            continue
        if q.start not in asked:
            asked[q.start] = finder.find(q)
        for f in asked[q.start]:
            if f.cls != r.frame.cls or f.negated or not _agrees(r, f):
                continue
            sup, rec = _named(f.roles["supplier"], q), _named(f.roles["recipient"], q)
            if r.supplier is None and len(sup) == 1:
                r.supplier, r.inherited = _lent(sup[0], r), True
            if r.recipient is None and len(rec) == 1:
                r.recipient, r.inherited = _lent(rec[0], r), True
            break
