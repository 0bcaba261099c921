"""A transfer followed by a second batch told in a participle: "Ruritania acquired 12 Karvell-7 jets from Borduria
in 2008, followed by six Ostrava-9 radars in 2012." The items of the participle's "by" phrase are a further
transfer with the parties and stage of the clause it hangs on ([followed_by] in words.toml); "followed by talks"
or "followed by one for B" (a deal, `frames/history.py`) are not."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame

VERBS = lexicon.word_set("followed_by", "verbs")
STAND_INS = lexicon.word_set("followed_by", "stand_ins")
RULE = "history:followed_by"


def _participle(v: Token) -> Token | None:
    """The pobj of the "by" phrase of a subjectless participle of following on a clause's verb."""
    if v.lemma_.lower() not in VERBS or v.tag_ != "VBN" or v.dep_ not in ("advcl", "conj", "acl", "xcomp") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in v.children):
        return None
    by = [p for c in v.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for p in c.children
          if p.dep_ == "pobj"]
    return by[0] if by and by[0].lemma_.lower() not in STAND_INS else None


def followed_frames(finder: FinderState, sent: Span, frames: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    for v in sent:
        obj = _participle(v)
        if obj is None:
            continue
        head = v.head if v.dep_ != "acl" else v.head.head
        first = next((f for f in frames if f.trigger.i == head.i and f.items), None)
        if first is None or not first.roles["recipient"] or any(m.head.i == obj.i for m in first.items):
            continue
        items = [m for m in finder.items.items(obj) if m.head.i not in {x.head.i for x in first.items}]
        if not items:
            continue
        f = Frame(v, first.cls, first.stage, rule=RULE)
        for role, actors in first.roles.items():
            f.add(role, actors)
        f.items = items
        out.append(f)
    return out
