"""The maker of an item named after it, as the supplier: "rifles of Iranian origin", "rifles, which
originated in Iran" (the nouns and verbs are `origin_nouns` and `origin_verbs` of [seizure] in
`data/predicates.toml`)."""
from __future__ import annotations

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver


def maker_after(f: Frame, res: ActorResolver, origin_nouns: frozenset[str], origin_verbs: frozenset[str]) -> None:
    """"rifles of Iranian origin", "rifles, which originated in Iran": the maker named after the item."""
    for m in f.items:
        for c in m.head.children:
            if c.dep_ == "prep" and c.lower_ == "of":  # "of Iranian origin"
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in origin_nouns:
                        for mod in p.children:
                            r = res._demonym_modifier(mod) if mod.dep_ in ("amod", "compound") else None
                            if r is None and mod.dep_ in ("amod", "compound", "nmod") and res.is_actor_span(mod):
                                r = res.resolve(mod)
                            if r is not None:
                                f.add("supplier", [r])
            told = [c, *(g for g in c.children if g.dep_ in ("ccomp", "xcomp"))]  # "which officials believe came from X"
            for v in (v for v in told if c.dep_ in ("relcl", "acl") and v.lemma_.lower() in origin_verbs):
                for p in v.children:
                    if p.dep_ == "prep" and p.lower_ in ("in", "from"):
                        f.add("supplier", [a for q in p.children if q.dep_ == "pobj" for a in res.resolve_all(q)])
