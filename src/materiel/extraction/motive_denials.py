"""A denied motive is no negated transfer: "We are not buying any weapons to attack anybody", "X does not sell arms to
start wars", "is not buying these jets in order to threaten its neighbours". The negation falls on the purpose the
infinitive gives, not on the trade, which the text tells elsewhere if at all. A row whose trigger verb is negated,
stands in the present (progressive or simple: "are not buying", "does not sell"), and has an infinitive of purpose
(an adverbial "to" clause, or "in order to") is dropped. A refusal with a purpose stays: "will not send tanks to
Y to avoid escalation", "did not sell X to Z to keep the peace" (future or past)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.discourse import Row

PRESENT = ("VBP", "VBZ")


def _purpose(t: Token) -> bool:
    """t has an infinitive of purpose: "to attack", "in order to attack"."""
    for c in t.children:
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                o.lower_ == "order" and any(a.dep_ == "acl" for a in o.children) for o in c.children):
            return True
    return False


def _present(t: Token) -> bool:
    """t's finite form is in the present: "are (not) buying", "does (not) sell", "sells"."""
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return auxes[0].tag_ in PRESENT and auxes[0].lemma_.lower() in ("be", "do")
    return t.tag_ in PRESENT


def denied_motive(r: Row) -> bool:
    """The row is a negated trade whose negation falls on its purpose (module docstring)."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "neg" for c in t.children):
        return False
    return _present(t) and _purpose(t)
