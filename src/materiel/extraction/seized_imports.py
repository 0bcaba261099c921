"""A load seized on its way into the seizing state: "Ruritanian customs seized 800 shotguns shipped from X",
"customs officers at the port of A seized a container of pistols shipped from X". With a supplier state named and
no destination told, a seizure by customs (`import_seizers` of [seizure]) of their own state, or at a port
(`port_nouns`) of a state, stops the goods at the border they were crossing: that state is the recipient, unless it
is the supplier itself (an export stopped on its way out)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import INTERCEPTOR
from materiel.extraction.mentions.resolve import Resolved

_DATA = lexicon.toml("predicates.toml")["seizure"]
CUSTOMS = frozenset(_DATA["import_seizers"])
PORTS = frozenset(_DATA["port_nouns"])
STAGE = "intercepted"


def _customs(tok: Token) -> bool:
    """"customs", "Kenyan customs officers", "the port authority": a body that seizes imports."""
    phrase = " ".join([t.lower_ for t in tok.lefts if t.dep_ == "compound"] + [tok.lower_])
    return tok.lower_ in CUSTOMS or tok.lemma_.lower() in CUSTOMS or phrase in CUSTOMS


def _port_state(sent: Any, res: Any) -> Resolved | None:
    """The state of the one port the sentence names ("at the port of A", "at B port in A")."""
    names = [q for t in sent if t.lemma_.lower() in PORTS for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
             for q in p.children if q.dep_ == "pobj"]
    names += [c for t in sent if t.lemma_.lower() in PORTS for c in t.children if c.dep_ == "compound"
              and c.pos_ == "PROPN"]
    states = {a.actor.id: a for q in names for a in res.resolve_all(q) if a.actor.kind == "state"}
    return next(iter(states.values())) if len(states) == 1 else None


def _entry_state(r: Row, res: Any) -> Resolved | None:
    seizers = [a for a in r.frame.roles.get(INTERCEPTOR, []) if a.actor.kind == "state" and _customs(a.token)]
    if seizers:
        return seizers[0]
    return _port_state(r.frame.trigger.sent, res)


def import_recipients(rows: list[Row], res: Any) -> None:
    """Fill the recipient of a seized load with supplier and no destination (see the module)."""
    for r in rows:
        if r.frame.stage != STAGE or r.recipient is not None or r.supplier is None or \
                r.supplier.actor.kind != "state" or r.frame.roles.get("recipient"):
            continue
        state = _entry_state(r, res)
        if state is not None and state.actor.id != r.supplier.actor.id:
            r.recipient = state
