"""The one asked, told by who reviews the request: "X has asked for a surplus patrol boat; that request is now being
reviewed by Y's navy", "a request from X for 12 radars is being studied by Y's ministry". A request row with
no supplier takes the state of the agent of a verb of weighing (words.toml [licensed_acts] review_verbs) whose
passive subject is the request itself or a request noun told after it in its sentence or the next one."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import same_state

REVIEWING = lexicon.word_set("licensed_acts", "review_verbs")
REQUEST_NOUNS = lexicon.word_set("pipeline", "request_nouns")


def _reviewer(v: Token) -> Token | None:
    """The agent of a passive verb of weighing whose subject is a request noun."""
    if v.lemma_.lower() not in REVIEWING or not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in REQUEST_NOUNS
                                                     for c in v.children):
        return None
    return next((p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give each request row with no supplier the state of its reviewer (see the module's text)."""
    for r in rows:
        if r.frame.stage != "requested" or r.supplier is not None:
            continue
        t, doc = r.frame.trigger, r.sent.doc
        after = doc[r.sent.end].sent if r.sent.end < len(doc) else None  # "X asked for Y; that request is ..."
        for v in (w for span in (r.sent, after) if span is not None for w in span
                  if w.i >= t.i - 1 and w.pos_ in ("VERB", "AUX")):
            agent = _reviewer(v)
            found: list[Resolved] = res.resolve_all(agent) if agent is not None else []
            found = [a for a in found if a.actor.country and not (r.recipient and same_state(a, r.recipient))]
            if found:
                r.supplier, r.inherited = found[0], True
                break
