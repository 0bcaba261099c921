"""More ways a sentence after a seizure lists the seized load (seized_inventory.py):

- a written tally as the subject (`document_nouns`, `document_verbs` of [seizure]): "the manifest showed 40 A and
  90 B", "an inventory seen by reporters listed 12 A, 30 B with 200 C";
- the verb of listing that the parser hung as a participle on its own subject noun when the sentence has no other
  verb ("An inventory seen by X listed 12 A": the noun as the root, "listed" an `acl` with an object);
- a pronoun subject of a verb of holding (`cargo_verbs`, `cargo_pronouns`): "It held 30 A and 900 B" told just
  after a conveyance was seized.

A seized load told only by a general noun before such an inventory of the same load is dropped
(`drop_general_beside_list`). A container seized after a shipment was told ("a container from it was
seized: it held 26 A") lists part of that shipment (`part_source`)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

_DATA = lexicon.toml("predicates.toml")["seizure"]
DOCUMENTS = frozenset(_DATA["document_nouns"])
DOCUMENT_VERBS = frozenset(_DATA["document_verbs"])
INVENTORY_VERBS = frozenset(_DATA["inventory_verbs"])
CARGO_VERBS = frozenset(_DATA["cargo_verbs"])
PRONOUNS = frozenset(_DATA["cargo_pronouns"])
GENERAL = frozenset(_DATA["general_loads"])
SEIZE_VERBS = frozenset(lexicon.toml("predicates.toml")["classes"]["seize"]["verbs"])
CLAUSES = ("ROOT", "ccomp", "conj")


def _subject(v: Token) -> Token | None:
    """The verb's subject, or the root noun it hangs on as a participle with an object of its own."""
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if subjects:
        return subjects[0]
    if v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") and \
            any(c.dep_ == "dobj" for c in v.children) and v.tag_ in ("VBD", "VBZ", "VBP"):
        return v.head
    return None


def listing(v: Token) -> bool:
    """A verb that lists a seized load in one of the ways the module names."""
    if v.pos_ != "VERB" or any(c.dep_ == "neg" for c in v.children) or \
            not any(c.dep_ in ("dobj", "obj") for c in v.children):
        return False
    s = _subject(v)
    if s is None or v.dep_ not in CLAUSES and s.i != v.head.i:
        return False
    lemma = v.lemma_.lower()
    if s.lemma_.lower() in DOCUMENTS or s.lower_ in DOCUMENTS:
        return lemma in DOCUMENT_VERBS | INVENTORY_VERBS
    if s.i == v.head.i:
        return lemma in INVENTORY_VERBS
    return lemma in CARGO_VERBS and s.lower_ in PRONOUNS


def _bare(r: Row) -> bool:
    """An uncounted, unnamed general noun of a load ("arms", "weapons")."""
    h = r.item.head
    return r.item.quantity is None and not r.designation and (h.lemma_.lower() in GENERAL or h.lower_ in GENERAL)


def _same_load(r: Row, listed: list[Row]) -> bool:
    """Inventory rows of the same seized load as `r`, told after it: the same supplier, or the same recipient."""
    later = [x for x in listed if x.sent.start > r.sent.start]
    if r.supplier is not None:
        return any(x.supplier is not None and x.supplier.actor.id == r.supplier.actor.id for x in later)
    return r.recipient is not None and any(x.recipient is not None and x.recipient.actor.id == r.recipient.actor.id
                                           for x in later)


def drop_general_beside_list(rows: list[Row], stage: str) -> None:
    """"X seizes ship carrying arms from A for B. ... An inventory listed 12 C, 40 D and 300 E": the seized load
    told by a general noun before the inventory of the same load lists its items (two or more counted) is the
    load again, no row of its own."""
    listed = [r for r in rows if r.frame.stage == stage and r.frame.rule.startswith("inventory:") and
              r.item.quantity is not None]
    if len(listed) < 2:
        return
    rows[:] = [r for r in rows if not (r.frame.stage == stage and not r.frame.rule.startswith("inventory:") and
                                       _bare(r) and _same_load(r, listed))]


def _container(t: Token, loads: frozenset[str]) -> bool:
    """"the container", "one of the containers": a container or conveyance noun, or a part of some."""
    if t.lemma_.lower() in loads or t.lower_ in loads:
        return True
    return t.lower_ == "one" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        q.dep_ == "pobj" and q.lemma_.lower() in loads for q in p.children) for p in t.children)


def part_source(rows: list[Row], sents: list[Any], at: int, index: dict[int, int], window: int,
                loads: frozenset[str]) -> Row | None:
    """"X shipped rifles to Y. A container of them was later seized by customs: it held 26 A and 900 B": a
    listing sentence, or the one just before it (`sents`), seizes a container or conveyance told with no load of its
    own, after a shipment with a recipient told within `window` sentences before; that shipment's row lends the
    inventory its parties."""
    seized = [n for n, sent in enumerate(sents) if any(
        t.lemma_.lower() in SEIZE_VERBS and not any(c.dep_ == "neg" for c in t.children) and
        any(c.dep_ in ("nsubjpass", "dobj") and _container(c, loads) for c in _own_or_shared(t)) for t in sent)]
    if not seized:
        return None
    start = at - seized[0]
    near = [r for r in rows if r.frame.stage == "delivered" and r.recipient is not None and
            r.reading.factuality == "asserted" and 0 < start - index.get(r.sent.start, -99) <= window]
    return near[-1] if near else None


def _own_or_shared(t: Token) -> list[Token]:
    """The verb's dependents, with its head's when it is the second of two verbs ("was stopped and seized")."""
    return [*t.children, *(t.head.children if t.dep_ == "conj" else ())]
