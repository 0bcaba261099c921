"""The aircraft or ship a load comes off is no supplier. On a verb of unloading (words.toml [conveyance_parties]
`unloading_verbs`) a supplier whose mention is
- the noun the participle hangs on ("footage showed a Tupolev-type freighter unloading crates": the freighter), or
- a proper name (not a place, not a demonym: "Ruritanian" is an adjective) inside the "from" phrase's conveyance ("unloaded from a Kestrel-built airlifter": the
  maker's name on the carrier; `conveyance_nouns`)
is the carrier: the row is dropped (the delivery, when the text tells its supplier, is another row: "bought from
Y, were unloaded from ..."). "were unloaded from a Ruritanian ship" (the flag's state) and "Ruritania unloaded
arms at the port" (the state its subject) stay."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import Resolved

UNLOADING = lexicon.word_set("conveyance_parties", "unloading_verbs")
CONVEYANCES = lexicon.word_set("conveyance_parties", "conveyance_nouns")


def _carrier(p: Resolved, trigger: Token) -> bool:
    tok = p.token
    if trigger.dep_ == "acl" and tok.i in {x.i for x in trigger.head.subtree} and tok.i < trigger.i:
        return True  # "an X unloading crates"
    if tok.ent_type_ == "GPE" or tok.dep_ not in ("compound", "nmod") or tok.tag_ not in ("NNP", "NNPS"):
        return False
    head = tok.head
    return head.lemma_.lower() in CONVEYANCES and head.dep_ == "pobj" and head.head.lower_ == "from" and \
        head.head.head.i == trigger.i


def conveyance_supplier(r: Row) -> bool:
    """The row's supplier is the carrier its load is unloaded from (module docstring)."""
    t = r.frame.trigger
    return r.supplier is not None and t.lemma_.lower() in UNLOADING and r.supplier.token.doc is t.doc and \
        _carrier(r.supplier, t)
