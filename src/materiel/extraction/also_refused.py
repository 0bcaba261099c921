"""A refusal told as one more of the same: "The State Department refused a licence for X for Y. A second
application, for Z, was also turned down." A refused row whose trigger has an adverb of repetition
(words.toml [licensed_acts] again_adverbs) and lacks a party takes it from the refused row told last before it,
within WINDOW sentences: the same refuser, the same applicant."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

AGAIN = lexicon.word_set("licensed_acts", "again_adverbs")
WINDOW = 2  # sentences back to the refusal repeated


def _again(r: Row) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in AGAIN for c in r.frame.trigger.children)


def fill(rows: list[Row]) -> None:
    """Give each repeated refusal the parties it lacks from the refusal before it (see the module's text)."""
    sents = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)} if rows else {}
    for r in rows:
        if r.frame.stage != "refused" or (r.supplier and r.recipient) or not _again(r):
            continue
        at = sents.get(r.sent.start, 0)
        before = [o for o in rows if o.frame.stage == "refused" and (o.supplier or o.recipient)
                  and 0 < at - sents.get(o.sent.start, 0) <= WINDOW]  # a licensing state may come later
        if not before:
            continue
        last = before[-1]
        r.supplier = r.supplier or last.supplier
        r.recipient = r.recipient or last.recipient
        r.inherited = True
