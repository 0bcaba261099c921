"""A refusal joined to a relative clause that shares its gap: "Ruritania sold Zembla the frigates it had made for Osterland
and later declined to deliver", "Y bought the jets that X had ordered for Z but then declined to deliver". The
parser often hangs the second verb on the sentence's main verb ("sold ... and refused"); read as English, the two
verbs of the relative clause share its subject and its gap (the noun the clause hangs on). So a refusal with no
object of its own, conjoined to a verb whose object carries a relative clause that ends just before the "and",
refuses the transfer of that relative clause: its rows (told earlier in the sentence) are refused, with their
parties (the relative clause's supplier and recipient, not those of the main verb)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel.extraction.cues import Reading
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame

OBJECTS = ("dobj", "obj", "nsubjpass", "dative")
UNDONE = ("refused", "intercepted")  # rows of the clause that are no transfer told to be undone


def _no_object(t: Token) -> bool:
    return not any(c.dep_ in OBJECTS for c in t.children)


def _conjoined_verb(t: Token) -> Token | None:
    """The verb joined by "and"/"but" that carries the refusal: t itself, or its governor ("refused to hand over")."""
    v = t.head if t.dep_ == "xcomp" and t.head.pos_ in ("VERB", "AUX") else t
    if v.dep_ != "conj" or not _no_object(t) or not _no_object(v) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None  # "and then refused to deliver them", "and Russia refused": a clause of its own
    return v


def _gapped_clause(v: Token) -> Token | None:
    """The relative clause, on an object of v's conjunct head, that ends just before v's conjunction."""
    first = v.head
    cc = [c for c in first.children if c.dep_ == "cc" and c.i < v.i]
    if not cc:
        return None
    for o in first.children:
        if o.dep_ not in ("dobj", "obj") or not o.i < cc[-1].i:
            continue
        for r in o.children:
            if r.dep_ in ("relcl", "acl") and r.pos_ == "VERB" and r.i > o.i and \
                    cc[-1].i - r.right_edge.i <= 2 and not any(c.dep_ == "cc" for c in r.children):
                return r
    return None


def gapped_refusal(frame: Frame, reading: Reading, sent: Span, before: list[Row]) -> list[Row]:
    """The refused rows of the relative clause whose gap `frame`, a refusal with no object, shares, or none."""
    if frame.stage != "refused" or frame.items or frame.negated:
        return []
    v = _conjoined_verb(frame.trigger)
    clause = _gapped_clause(v) if v is not None else None
    if clause is None:
        return []
    told = [r for r in before if r.sent.start == sent.start and r.frame.stage not in UNDONE and
            not r.frame.negated and r.frame.trigger.i in {t.i for t in clause.subtree} and (r.supplier or r.recipient)]
    if not told:
        return []
    last = [r for r in told if r.frame is told[-1].frame]
    return [replace(r, frame=frame, reading=reading, sent=sent, inherited=True, standalone=False) for r in last]
