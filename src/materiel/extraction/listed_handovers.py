"""Bulleted lines of one donor's handovers, each line its own recipient: "Ruritania has handed retired ships to
friendly navies. In recent years:" followed by "- Borduria received an A-class patrol boat in 2015;" and "- Syldavia
received two B corvettes in 2018". A line's row that names its recipient first and no supplier takes the one
supplier the lines' lead-in names (the paragraph that ends in a colon just before the list, with only bulleted
lines between): the supplier of its transfers, else of its frames. A line that names its own supplier keeps it."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import Resolved
from materiel.extraction.mentions.resolved import same_state

BULLETS = lexicon.word_set("items", "bullet_marks")
MAX_LINES = 12  # bulleted lines a list may run before the row's own


def fill(rows: list[Row], by_sentence: list[tuple[Any, list[Any]]]) -> None:
    """Rows of bulleted lines with a recipient and no supplier take the donor of the list's lead-in."""
    for r in rows:
        if r.supplier is not None or r.recipient is None:
            continue
        doc: Doc = r.sent.doc
        lead = _lead_in(doc.text, r.frame.trigger.idx, r.recipient.token.idx)
        if lead is None:
            continue
        donor = _donor(lead, rows, by_sentence)
        if donor is not None and not same_state(donor, r.recipient):
            r.supplier, r.inherited = donor, True


def _lead_in(text: str, at: int, recipient_at: int) -> tuple[int, int] | None:
    """The span of the lead-in paragraph of the bulleted line at `at`, when the line opens with a bullet and
    its recipient; None else."""
    start = text.rfind("\n", 0, at) + 1
    line = text[start:at]
    body = line.lstrip()
    if not body or body[0] not in BULLETS:
        return None
    head = body[1:].lstrip()
    if start + len(line) - len(head) != recipient_at and not head.lower().startswith("the "):
        return None  # the recipient opens the line ("- Borduria received ..."; "- The Syldavian navy ...")
    end = start - 1
    for _ in range(MAX_LINES):
        if end <= 0:
            return None
        prev_start = text.rfind("\n", 0, end) + 1
        prev = text[prev_start:end].strip()
        if prev and prev[0] not in BULLETS:
            return (prev_start, end) if prev.endswith(":") else None
        end = prev_start - 1
    return None


def _donor(lead: tuple[int, int], rows: list[Row], by_sentence: list[tuple[Any, list[Any]]]) -> Resolved | None:
    """The one supplier the lead-in's rows name, else the one its frames name."""
    lo, hi = lead
    named = {r.supplier.actor.id: r.supplier for r in rows
             if r.supplier is not None and lo <= r.frame.trigger.idx < hi}
    if not named:
        named = {s.actor.id: s for sent, frames in by_sentence if lo <= sent.start_char < hi
                 for f in frames for s in f.roles["supplier"]}
    return next(iter(named.values())) if len(named) == 1 else None
