"""Whom a request was made of, told by who answers it: "X has asked for fighter jets and air-defence
systems. ... Officials do not know whether Y has granted the requests." A request row that names no
supplier takes, as its supplier, the state that grants, rejects or answers the request named again
(a request noun with a definite determiner or a possessive, `answered.request_dets`) within the next
few sentences. A refusal of the request is told by `Extractor._refused_request`; this only fills the
party asked."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.frames import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

REQUEST_NOUNS = lexicon.word_set("pipeline", "request_nouns")
ANSWER_VERBS = lexicon.word_set("answered", "answer_verbs")
REQUEST_DETS = lexicon.word_set("answered", "request_dets")
WINDOW = 3  # sentences after the request in which its answer is looked for
STATE_KINDS = ("state", "government_body")


def _named_again(t: Token) -> bool:
    return t.lower_ in REQUEST_NOUNS and \
        any(c.dep_ in ("det", "poss") and c.lower_ in REQUEST_DETS for c in t.children)


def _answerer(sent: Span, res: ActorResolver) -> Resolved | None:
    """The state whose verb of answering takes a request named again ("Y has granted the requests",
    "the request was rejected by Y", "Y responded to their request")."""
    for t in sent:
        if not _named_again(t):
            continue
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if verb.lemma_.lower() not in ANSWER_VERBS or t.dep_ not in ("dobj", "obj", "nsubjpass", "pobj"):
            continue
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subj = agents or [c for c in verb.children if c.dep_ == "nsubj"]
        found = res.resolve(subj[0]) if subj else None
        if found is not None and found.actor.kind in STATE_KINDS:
            return found
    return None


def suppliers_from_answers(rows: list[Row], by_sentence: list[tuple[Span, list[Frame]]], res: ActorResolver) -> None:
    """Request rows naming no supplier take the state that answers the request told again after them."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    for r in rows:
        at = index.get(r.sent.start)
        if r.frame.stage != "requested" or r.supplier is not None or r.recipient is None or at is None:
            continue
        for k in range(at + 1, min(at + 1 + WINDOW, len(by_sentence))):
            answerer = _answerer(by_sentence[k][0], res)
            if answerer is not None and answerer.actor.country != r.recipient.actor.country:
                r.supplier, r.inherited = answerer, True
                break
