"""The holder a background paragraph opens with: "The Ruritanian navy, with 900 sailors, operates a small fleet of
inshore craft. Five patrol boats were donated by X in 2008": a delivered row of that paragraph that names its
supplier and no recipient (the last recipient told lies too far back) is the holder's, the state (or its force)
that is the subject of a holding verb whose object is a fleet, in a sentence just before it in the
same paragraph. The words are data (`words.toml` [history] fleet_verbs, fleet_nouns)."""
from __future__ import annotations

from spacy.tokens import Span

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import same_state

VERBS = lexicon.word_set("history", "fleet_verbs")
NOUNS = lexicon.word_set("history", "fleet_nouns")
BACK = 3  # sentences before the row's that may open its paragraph's holdings
PARTY_KINDS = ("state", "government_body")


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Each delivered row with a supplier and no recipient takes the holder its paragraph tells just before."""
    sents: list[Span] = list(rows[0].sent.doc.sents) if rows else []
    index = {s.start: n for n, s in enumerate(sents)}
    for r in rows:
        if r.recipient is not None or r.supplier is None or r.frame.stage != "delivered":
            continue
        n = index.get(r.sent.start)
        if n is None:
            continue
        for s in reversed(sents[max(0, n - BACK): n]):  # the sentences before the row's own
            holder = _holder(s, res, r.frame.trigger.i)
            if holder is not None and same_paragraph(s.doc, s.start, r.frame.trigger.i):
                if not same_state(holder, r.supplier):
                    r.recipient, r.inherited = holder, True
                break


def _holder(s: Span, res: ActorResolver, before: int) -> Resolved | None:
    """The subject of s's holding verb, before token `before`, whose object names a fleet."""
    for v in s:
        if v.i >= before or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in VERBS:
            continue
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        if not any(o.lemma_.lower() in NOUNS for o in objs):  # a fleet, not one kind of item ("fields six A")
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        found = res.resolve(subj) if subj is not None else None
        if found is not None and found.actor.country and found.actor.kind in PARTY_KINDS:
            return found
    return None
