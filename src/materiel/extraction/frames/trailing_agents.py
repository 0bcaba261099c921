"""A participle clause of giving with a "by" phrase after (or before) a clause of receiving: "the X navy received two
patrol boats in 2010, supplied by Y under a 2004 agreement", "20 armoured vehicles reached Z last week, donated by
Y", "the army took four howitzers into service in May, built by W". The small English model hangs the
participle on the main verb as an adverbial clause ("advcl") with no item of its own, so the main clause's frame
has no supplier and is dropped. The "by" party of such a participle (a past participle of giving, words.toml
[trailing_agents] participles, with no subject, auxiliary or subordinator of its own) supplies the items of the main
verb's frame when that frame names no supplier; a participle of paying or of watching ("paid for by", "watched by")
names no supplier, and a seizure keeps its own reading."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.resolve import Resolved

PARTICIPLES = lexicon.word_set("trailing_agents", "participles")
OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj", "obj")


def _agents(v: Token) -> list[Token]:
    """The objects of v's "by" phrase."""
    return [p for c in v.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for p in c.children if p.dep_ == "pobj"]


def _givers(finder: FinderState, verb: Token) -> list[Resolved]:
    """The parties of the "by" phrases of the participles of giving hung on verb as adverbial clauses."""
    out: list[Resolved] = []
    for v in verb.children:
        if v.dep_ != "advcl" or v.tag_ != "VBN" or v.lemma_.lower() not in PARTICIPLES or \
                any(c.dep_ in OWN for c in v.children):
            continue
        for a in _agents(v):
            if a.ent_type_ in ("DATE", "TIME"):
                continue  # "delivered by the close of 2031": a deadline
            out += finder.res.resolve_all(a)
    return out


def read_trailing(finder: FinderState, frames: list[Frame]) -> None:
    """Give a verb frame with items and no supplier the party of its trailing participle of giving."""
    for f in frames:
        t = f.trigger
        if not f.items or f.roles["supplier"] or t.pos_ not in ("VERB", "AUX") or f.stage == "intercepted":
            continue
        givers = _givers(finder, t)
        recipients = {r.actor.id for r in f.roles["recipient"]}
        givers = [g for g in givers if g.actor.id not in recipients]
        if givers:
            f.add("supplier", givers)
            f.rule += ":trailing_agent"
