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
ANSWER_NOUNS = lexicon.word_set("answered", "answer_nouns")
LIGHT_VERBS = lexicon.word_set("answered", "answer_light_verbs")
FOLLOWING_VERBS = lexicon.word_set("answered", "following_verbs")
TRANSFER_NOUNS = lexicon.word_set("answered", "transfer_nouns")
WINDOW = 3  # sentences after the request in which its answer is looked for
STATE_KINDS = ("state", "government_body")


def _named_again(t: Token) -> bool:
    return t.lower_ in REQUEST_NOUNS and \
        any(c.dep_ in ("det", "poss") and c.lower_ in REQUEST_DETS for c in t.children)


def _answers(verb: Token, t: Token) -> bool:
    """verb answers the request t: a verb of answering, or a light verb with a noun of answering ("is giving
    that request serious consideration")."""
    if verb.lemma_.lower() in ANSWER_VERBS and t.dep_ in ("dobj", "obj", "nsubjpass", "pobj"):
        return True
    return verb.lemma_.lower() in LIGHT_VERBS and t.dep_ in ("dative", "dobj", "obj") and \
        any(c.dep_ in ("dobj", "obj") and c.i != t.i and c.lemma_.lower() in ANSWER_NOUNS for c in verb.children)


def _answerer(sent: Span, res: ActorResolver, after: int = -1) -> Resolved | None:
    """The state whose verb of answering takes a request named again ("Y has granted the requests",
    "the request was rejected by Y", "Y responded to their request"), after the token `after`."""
    for t in sent:
        if t.i <= after or not _named_again(t):
            continue
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if not _answers(verb, t):
            continue
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subj = agents or [c for c in verb.children if c.dep_ == "nsubj"]
        found = res.resolve(subj[0]) if subj else None
        if found is not None and found.actor.kind in STATE_KINDS:
            return found
    return None


def _answering_transfer(r: Row, earlier: list[Row]) -> Resolved | None:
    """"The transfer follows a request by X for Y": a transfer noun whose verb takes the request as its object
    answers it; its supplier (the last row before with the request's recipient) was asked."""
    t = r.frame.trigger
    verb = t.head.head if t.dep_ == "pobj" else t.head
    if t.dep_ not in ("dobj", "obj", "pobj") or verb.lemma_.lower() not in FOLLOWING_VERBS or not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in TRANSFER_NOUNS for c in verb.children) or r.recipient is None:
        return None
    return next((e.supplier for e in reversed(earlier) if e.supplier is not None and e.recipient is not None
                 and e.recipient.actor.id == r.recipient.actor.id and e.frame.stage != "requested"), None)


def suppliers_from_answers(rows: list[Row], by_sentence: list[tuple[Span, list[Frame]]], res: ActorResolver) -> None:
    """Request rows naming no supplier take the state that answers the request told again after them, or the
    supplier of the transfer that follows them."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    for n, r in enumerate(rows):
        at = index.get(r.sent.start)
        if r.frame.stage != "requested" or r.supplier is not None and "supplier" not in r.frame.generic or \
                r.recipient is None or at is None:  # "asked its partners for X": a party no one in particular
            continue
        answered = _answering_transfer(r, [e for e in rows[:n] if e.sent.start < r.sent.start])
        if answered is not None:
            r.supplier, r.inherited = answered, True
            continue
        for k in range(at, min(at + 1 + WINDOW, len(by_sentence))):  # "asked X for Y, and X is weighing that request"
            answerer = _answerer(by_sentence[k][0], res, r.frame.trigger.i if k == at else -1)
            if answerer is not None and answerer.actor.country != r.recipient.actor.country:
                r.supplier, r.inherited = answerer, True
                r.frame.generic.discard("supplier")  # "asked our partners for X ... Y is weighing the request": Y
                break
