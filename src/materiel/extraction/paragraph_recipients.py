"""The buyer of a row whose recipient is only the last one told before (`Row.recent`, discourse.fill_from_context)
when that one was told in an earlier paragraph and the row's own paragraph makes another state the subject of the
clauses just before it: "Latvia has bought 40 trucks. || Armenia, where every purchase needs a vote, has
purchased very little. A French offer of six radars was accepted in 2021": the radars are Armenia's, not
Latvia's. A new paragraph on a state that arms itself moves the text to that state (mentions/buyer_subjects.py:
the subject, or the subject's owner, of a buyer's clause before the row in its sentence, else of the sentence
before in its paragraph)."""
from __future__ import annotations

from functools import partial

from spacy.tokens import Token

from materiel.extraction.discourse import Row
from materiel.extraction.mentions import buyer_subjects
from materiel.extraction.mentions.paragraph_labels import label_state
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

CONFIDENCE = 0.7


def _allowed(banned: set[str | None], a: Actor) -> bool:
    return a.country not in banned


def _labelled(t: Token, res: ActorResolver, banned: set[str | None]) -> tuple[Actor, Token] | None:
    """The state of the paragraph's opening label (a digest's "RURITANIA - "), when no earlier party."""
    found = label_state(t)
    return found if found is not None and _allowed(banned, found[0]) else None


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Each such row takes its own paragraph's subject state for recipient; so does a row of that paragraph that
    took the same recipient from it ("... was accepted, though four of them are still awaited")."""
    moved: list[tuple[Row, int]] = []
    for r in rows:
        if not r.recent or r.recipient is None:
            continue
        t = r.frame.trigger
        if same_paragraph(t.doc, r.recipient.token.i, t.i):
            continue
        banned = {r.supplier.actor.country if r.supplier is not None else None, r.recipient.actor.country}
        found = buyer_subjects.buyer_state(t, res.resolve, res.lex, partial(_allowed, banned))
        found = found or _labelled(t, res, banned)  # "RURITANIA - A daily said six jets had arrived"
        if found is None:
            continue
        state, token = found
        moved.append((r, r.recipient.token.i))
        r.recipient, r.recent = Resolved(state.model_copy(update={"text": token.text}), CONFIDENCE, token), False
    for r in rows:
        for m, old in moved:
            if r.inherited and r.recipient is not None and r.recipient.token.i == old and \
                    same_paragraph(r.sent.doc, m.frame.trigger.i, r.frame.trigger.i):
                r.recipient = m.recipient
