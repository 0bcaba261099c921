"""A verb of arming (predicates.toml [classes.arm]) whose object is a pronoun standing for materiel told just
before ("Ruritania bought six patrol boats from Borduvia and later armed them with missiles"): the subject fits
out its own craft; the pronoun is the boats, not a party, so the arming gives the materiel to no one told
(a role left to no one in particular: no party from context either)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder

PLURAL = lexicon.word_set("resolve", "pronouns_plural")
LOOK_BACK = 40  # tokens: the clause or sentence just before


def _stands_for_item(tok: Token, items: ItemFinder, named: set[int]) -> bool:
    """The nearest noun before the pronoun that agrees with it in number names materiel, not a party."""
    plural = tok.lower_ in PLURAL
    purpose = tok.head.head if tok.head.dep_ in ("advcl", "xcomp") else None  # "bought kits to arm them": not the kits
    for t in reversed(tok.doc[max(0, tok.i - LOOK_BACK): tok.i]):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "nmod", "poss") or \
                purpose is not None and t.head.i == purpose.i and t.dep_ in ("dobj", "obj"):
            continue
        if (t.tag_ in ("NNS", "NNPS")) != plural:
            continue
        return items.is_materiel(t) and t.i not in named
    return False


def own_craft(f: Frame, items: ItemFinder, named: set[int]) -> None:
    """Drop the recipients of an arming frame that are pronouns standing for materiel."""
    if f.cls != "arm":
        return
    kept = [r for r in f.roles["recipient"] if not (r.token.pos_ == "PRON" and _stands_for_item(r.token, items, named))]
    if len(kept) != len(f.roles["recipient"]):
        f.roles["recipient"] = kept
        f.generic.add("recipient")
