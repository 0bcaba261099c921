"""A conveyance told what to do: "authorities ordered a cargo plane flying from X to Y to land at Z", "the navy
ordered the freighter to dock". A verb over a conveyance object (`conveyances` of [seizure] in
`data/predicates.toml`) followed by a "to" infinitive of a verb of halting (`landing_verbs`) with no object of its
own is a command, no purchase ("order" is also a verb of buying): it makes no frame. The small English model often reads the
infinitive as a "to" phrase with a noun ("to [land]"), so the words are matched as written after "to"."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

_DATA = lexicon.toml("predicates.toml")["seizure"]
LANDING = frozenset(_DATA["landing_verbs"])
CONVEYANCES = frozenset(_DATA["conveyances"])


def commanded(v: Token) -> bool:
    """`v` commands the conveyance it takes as object to halt, land or dock."""
    objects = [o for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in CONVEYANCES]
    if not objects:
        return False
    return any(t.i > objects[0].i and t.lemma_.lower() in LANDING and t.nbor(-1).lower_ == "to" and
               t.dep_ not in ("compound", "amod") and not any(c.dep_ in ("dobj", "obj") for c in t.children)
               for t in v.subtree)  # not "to land troops"
