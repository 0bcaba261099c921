"""Items of one verb that name a source of their own: "bought two A from X, together with B and tonnes of C from
Y" gives Y (perhaps unnamed dealers) the B and the C, not X. An item whose own phrase, or that of
the last conjunct of its list, has a "from" phrase naming a giver other than the verb's is a transfer of its own,
with the verb's other parties; its giver is the one named, or no one in particular ("from dealers")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.source_lists import listed_sources
from materiel.extraction.frames.verbless_entries import entry_of_list
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver

_CUES = lexicon.toml("cues.toml").get("actors", {})
UNNAMED_GIVERS = frozenset(_CUES.get("located_nouns", [])) | frozenset(_CUES.get("generic", []))


def own_sources(f: Frame, spec: dict[str, Any], res: ActorResolver, items: ItemFinder) -> list[Frame]:
    """The frames of f's items with a giver of their own; f keeps the others. A participle on one entry of a
    verbless list ("A from X, B from Y, C ordered in 2021") keeps its own entry: the others are entries of their
    own (frames/verbless_entries.py)."""
    if f.trigger.dep_ == "acl":
        f.items = [m for m in f.items if m.head.i == f.trigger.head.i or not entry_of_list(m.head, items, res)]
    if spec.get("preps", {}).get("from") != "supplier" or f.trigger.pos_ not in ("VERB", "AUX"):
        return []
    f.items += listed_sources(f, res, items)  # "30 A from X, six B from Y and two C from Z": B and C the verb's too
    if len(f.items) < 2:
        return []
    by_source: dict[int, list[int]] = {}
    for k, m in enumerate(f.items):
        src = _source_of(m.head)
        if src is not None and any(not _within(p.token, src) for p in f.roles["supplier"]):
            by_source.setdefault(src.i, []).append(k)  # a giver of the verb's own besides this phrase's
    out: list[Frame] = []
    moved: set[int] = set()
    for i, ks in by_source.items():
        src = f.trigger.doc[i]
        givers = res.resolve_all(src)
        unnamed = not givers and (src.lower_ in UNNAMED_GIVERS or src.lemma_.lower() in UNNAMED_GIVERS)
        if not givers and not unnamed or len(moved) + len(ks) >= len(f.items):
            continue
        g = Frame(f.trigger, f.cls, f.stage, rule=f.rule + ":own_source", confidence=f.confidence * 0.9)
        g.items = [f.items[k] for k in ks]
        g.add("supplier", givers)
        if unnamed:
            g.generic.add("supplier")
        for role, parties in f.roles.items():
            if role != "supplier":
                g.add(role, parties)
        g.negated, g.governor = f.negated, f.governor
        moved.update(ks)
        f.roles["supplier"] = [p for p in f.roles["supplier"] if not _within(p.token, src)]
        out.append(g)
    f.items = [m for k, m in enumerate(f.items) if k not in moved]
    return out


def _within(t: Token, phrase: Token) -> bool:
    return phrase.left_edge.i <= t.i <= phrase.right_edge.i


def _source_of(head: Token) -> Token | None:
    """The giver named by a "from" phrase of the item's own phrase (or of the quantity word it fills: "tonnes of
    C from Y"), else of the later conjuncts of its list ("B and large quantities of C from Y"), the contents of a
    quantity word included."""
    own = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    for t in dict.fromkeys((head, own, *[c for c in own.conjuncts if c.i > own.i])):
        for n in (t, *[p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]):
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None
