"""The seized goods told as the subject of a copula whose complement is a noun of seizure: "The mortars, copies
made in X, were the biggest seizure of X-ian arms this year", "the 300 rifles were the second such
interception this year". The noun's own "of" phrase names the goods only in general ("munitions", "arms"); the
subject names what was seized: the frame's items become the subject's. Its supplier is then the maker the subject
names ("made in X", `maker_verbs` of [seizure]), else the one read from the general phrase ("X-ian munitions":
the same goods). Only a subject that names materiel, with the copula "be" over the noun of seizure."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

MAKER_VERBS = frozenset(lexicon.toml("predicates.toml")["seizure"]["maker_verbs"])


def _maker(subject: Token, res: ActorResolver) -> list[Resolved]:
    """"The mortars, copies made in X": the place of making a participle in the subject's phrase names."""
    return [a for v in subject.subtree if v.lemma_.lower() in MAKER_VERBS and v.tag_ == "VBN"
            for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "by")
            for o in p.children if o.dep_ == "pobj" for a in res.resolve_all(o)[:1]]


def retarget(frames: list[Frame], items: ItemFinder, res: ActorResolver,
             seize_classes: frozenset[str] | set[str]) -> None:
    """Give each copula-complement seizure noun the items of the copula's subject (frames changed in place)."""
    for f in frames:
        t = f.trigger
        if f.cls not in seize_classes or t.pos_ != "NOUN" or t.dep_ != "attr" or t.head.lemma_ != "be":
            continue
        subjects = [c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.i]
        found = [m for s in subjects if items.is_materiel(s) for m in items.items(s)]
        if not found:
            continue
        f.items = found
        makers = [a for s in subjects for a in _maker(s, res)]
        if makers:
            f.roles["supplier"] = []
            f.add("supplier", makers)
