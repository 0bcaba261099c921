"""A state that confirms an export is its exporter when the text names no other: "the Government of X has
identified the batch as belonging to an export of 500 rounds to Y", "X informed the Panel that the rifles had been
exported to Y" (a tracing reply in an expert-panel report). A row with no supplier whose trigger is an export
word and that a verb of confirming governs (within CLIMB steps; word lists `[export_sources]` in words.toml) takes that
verb's subject as its supplier, when it is a state or a state's body and not the recipient's state; the way up
passes through no other verb ("X stated that the exports to Y worried it": no)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import body_refusers
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

TRIGGERS = lexicon.word_set("export_sources", "triggers")
CONFIRMING = lexicon.word_set("export_sources", "confirming_verbs")
CLIMB = 4  # steps up the parse from the export word to the verb of confirming
STATE_KINDS = ("state", "government_body")


def confirmer(t: Token, res: ActorResolver) -> Resolved | None:
    """The state whose verb of confirming governs the export word t, if any."""
    tok = t
    for _ in range(CLIMB):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CONFIRMING:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            found = res.resolve(subj) if subj is not None else None
            return found if found is not None and found.actor.kind in STATE_KINDS and found.actor.country else None
        if tok.pos_ in ("VERB", "AUX"):
            return None  # "X stated that the exports to Y worried it": another verb's subject, not what X confirms
    return None


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give an export row with no supplier the state that confirms it; a refused row the state of the deciding body
    that refuses it (body_refusers.py)."""
    body_refusers.fill(rows, res)
    for r in rows:
        t = r.frame.trigger
        if r.supplier is not None or t.lemma_.lower() not in TRIGGERS:
            continue
        found = confirmer(t, res)
        if found is not None and (r.recipient is None or found.actor.country != r.recipient.actor.country):
            r.supplier = found


__all__ = ["confirmer", "fill"]
