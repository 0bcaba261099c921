"""Where a seized load came from, told in a sentence of its own after the seizure: "The load had been put aboard at
the Ruritanian port of A, the ministry said", "These rifles were made in Ruritania and were meant for Y". The verb of
loading (`loading_verbs` of [seizure]) or of making (`maker_verbs`), on a load, a conveyance or materiel named again,
names a place whose state supplies the seized rows with no supplier of the sentences just before (within WINDOW
sentences), when the document's origins told so name one state only, that is neither the rows' recipient nor their
seizer. A flag ("the Panama-flagged ship") is no origin; nor is the seizer's own port ("was escorted to the port of
B"), nor a port the ship set out from ("The freighter had sailed from A"): a route, where a load may have come aboard
or not (tests/test_s19_hM.py)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.found_cargo import place_state
from materiel.extraction.frames import seizure
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

_DATA = lexicon.toml("predicates.toml")
MAKERS = frozenset(_DATA["seizure"]["maker_verbs"])
GENERAL = frozenset(_DATA["seizure"]["general_loads"])
WINDOW = 5  # sentences from a seizure to the sentence telling its load's origin


def _load_subject(v: Token, items: Any, words: seizure.SeizureWords) -> bool:
    """The verb's subject is the load, its conveyance, or materiel ("the cargo", "the ship", "these rifles")."""
    subj = [c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not subj and v.dep_ == "conj":
        subj = [c for c in v.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    taken = words.conveyances | words.containers | GENERAL
    return any(s.lemma_.lower() in taken or s.lower_ in taken or items.is_materiel(s) or
               any(c.dep_ == "compound" and c.lemma_.lower() in taken for c in s.children) for s in subj)


def _places(v: Token, preps: tuple[str, ...], objects: bool) -> list[Token]:
    found = [q for p in v.children if p.dep_ == "prep" and p.lower_ in preps for q in p.children if q.dep_ == "pobj"]
    return found + ([o for o in v.children if o.dep_ in ("dobj", "obj")] if objects else [])


def told(sent: Any, res: ActorResolver, items: Any, words: seizure.SeizureWords) -> list[Resolved]:
    """The states a sentence names as where a load was loaded, made or set out from."""
    out: list[Resolved] = []
    for v in (t for t in sent if t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children)):
        lemma = v.lemma_.lower()
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or v.dep_ == "conj" and any(
            c.dep_ == "auxpass" for c in v.head.children)
        if lemma in words.loading_verbs and passive or lemma in MAKERS and passive:
            places = _places(v, ("at", "in", "from"), False)
        else:
            continue
        if places and _load_subject(v, items, words):
            out += [s for q in places if (s := place_state(res, q)) is not None and s.actor.kind == "state"]
    return out


def fill(rows: list[Row], by_sentence: list[tuple[Any, list[Any]]], res: ActorResolver, items: Any,
         words: seizure.SeizureWords) -> None:
    """Give the seized rows with no supplier the one state the sentences after them tell their load came from."""
    pending = [r for r in rows if r.frame.stage == seizure.STAGE and r.supplier is None]
    if not pending:
        return
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    origins = [(n, s) for n, (sent, _) in enumerate(by_sentence) for s in told(sent, res, items, words)]
    if len({s.actor.country or s.actor.id for _, s in origins}) != 1:
        return
    for r in pending:
        at = index.get(r.sent.start, -99)
        near = [s for n, s in origins if 0 <= n - at <= WINDOW]
        taken = {a.actor.country for a in seizure.seizers(r.frame)} | \
            ({r.recipient.actor.country} if r.recipient is not None else set())
        if near and near[0].actor.country not in taken:
            r.supplier, r.inherited = near[0], True
