"""A held shipment named again with its contents: "X confirmed a hold on a cargo of artillery rockets to Y. ... On
the halted cargo, an official says the load was made up of 900 A and 600 B." A transfer noun
modified by a participle of refusal ("the halted cargo", frames/held_nouns.py) is refused; told with a
definite determiner, it names again the latest refusal told before, whose parties it
takes. A definite transfer noun in the same sentence that lists contents ("the consignment consisted of",
"the cargo included") is that held shipment: its items are refused, with those parties."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import INCLUDE_VERBS, Frame
from materiel.extraction.frames.held_nouns import HOLDERS, REFUSED_FORMS, TRANSFER_NOUNS
from materiel.extraction.frames.held_nouns import refusing_participle as _refusing_participle

DEFINITE = lexicon.word_set("packages", "definite_dets")


def _definite(n: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children)


def _lists_contents(t: Token) -> bool:
    """"the consignment consisted of X", "the cargo included X": a definite transfer noun naming its contents."""
    return t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in TRANSFER_NOUNS and _definite(t) and \
        t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in INCLUDE_VERBS


def _antecedent(named: Frame, before: list[Row]) -> Row | None:
    """The latest refusal told before of the same transfer noun ("a hold on a cargo" for "the halted
    cargo"), or told with the same verb ("paused a delivery"), with both its parties."""
    t = named.trigger
    p = _refusing_participle(t)
    verb = REFUSED_FORMS.get(p.lower_, "") if p is not None else ""
    told = [r for r in before if r.frame.stage == "refused" and r.supplier is not None and r.recipient is not None
            and (r.frame.trigger.lemma_.lower() == t.lemma_.lower() or
                 bool(verb) and any(part.startswith(verb) for part in r.frame.rule.split(":")[2:]))]
    return told[-1] if told else None


def held_contents(rows: list[Row], by_sentence: Sequence[tuple[Span, list[Frame]]]) -> None:
    """The contents of a held shipment named again: refused, with the parties of the refusal told before."""
    for sent, frames in by_sentence:
        named = [f for f in frames if f.stage == "refused" and f.trigger.pos_ in ("NOUN", "PROPN") and
                 _definite(f.trigger) and _refusing_participle(f.trigger) is not None]
        if not named:
            continue
        first = min(f.trigger.i for f in named)
        antecedent = _antecedent(named[0], [r for r in rows if r.frame.trigger.i < first])
        if antecedent is None:
            continue
        held = [r for r in rows if r.sent.start == sent.start and r.frame.trigger.i >= first and (
            any(r.frame is f for f in named) or
            _lists_contents(r.frame.trigger) and r.frame.stage in HOLDERS and not r.frame.negated)]
        for r in held:
            r.frame.stage = "refused"
            if r.supplier is None and r.recipient is None:
                r.supplier, r.recipient, r.inherited = antecedent.supplier, antecedent.recipient, True
