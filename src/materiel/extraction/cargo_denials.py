"""The accused supplier's denial of a seized load: "Seized ... bound for Y. ... The load was made in X. ... X's
foreign ministry rejected the account: 'No weapons were on board,' it said." A sentence that says no materiel of
a general kind (`general_loads` of [seizure]) was aboard ("no weapons were on board", "there were no arms in
the hold") after a seized load whose supplier is X, said in that sentence or the one before by a speaker of X,
is X's denial of supplying it to that load's recipient: a delivered row, "denied"."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver

_DATA = lexicon.toml("predicates.toml")["seizure"]
GENERAL = frozenset(_DATA["general_loads"])
ABOARD = frozenset(_DATA["aboard_words"])
WINDOW = 8  # sentences from the seizure to its supplier's denial
CONFIDENCE = 0.5


def _none_aboard(sent: Any) -> list[Any]:
    """The general load nouns a sentence says were not aboard: "no weapons ... were on board"."""
    out = []
    for t in sent:
        if not (t.lower_ in GENERAL or t.lemma_.lower() in GENERAL) or not any(
                c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            continue
        verb = t.head if t.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") else None
        if verb is not None and any(c.lower_ in ABOARD or c.dep_ == "prep" and any(
                q.lower_ in ABOARD for q in c.children) for c in verb.children):
            out.append(t)
    return out


def _speakers(sents: list[Any], res: ActorResolver) -> set[str]:
    """The states of the subjects of the sentences' verbs ("the account was rejected by X's foreign ministry")."""
    return {a.actor.country for s in sents for t in s if t.dep_ == "nsubj" and t.head.pos_ == "VERB"
            for a in res.resolve_all(t) if a.actor.country}


def denials(rows: list[Row], by_sentence: list[tuple[Any, list[Frame]]], items: Any, res: ActorResolver) -> None:
    """Add the seized loads' denied rows (rows changed in place)."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    seized = [r for r in rows if r.frame.stage == seizure.STAGE and r.supplier is not None and r.recipient is not None]
    for n, (sent, _) in enumerate(by_sentence):
        loads = _none_aboard(sent) if seized else []
        prior = [r for r in seized if 0 < n - index.get(r.sent.start, -99) <= WINDOW]
        if not loads or not prior:
            continue
        src = prior[-1]
        around = [s for s, _ in by_sentence[max(0, n - 1): n + 1]]
        if src.supplier is None or src.supplier.actor.country not in _speakers(around, res):
            continue
        for m in [m for t in loads for m in items.items(t)][:1]:  # "no weapons or equipment": one denial
            f = Frame(m.head, "supply", "delivered", rule="seized_denial", confidence=CONFIDENCE)
            f.roles = {k: list(v) for k, v in src.frame.roles.items() if k in ("supplier", "recipient")}
            f.items = [m]
            rows.append(replace(src, frame=f, item=m, sent=sent, inherited=True, designation=None, category=m.category,
                                reading=replace(src.reading, factuality="denied", denied_by=src.supplier)))
