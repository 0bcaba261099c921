"""The load of a seized conveyance or container told after a colon or semicolon of the seizure's own sentence:
"The navy stopped a trawler bound for Y on Tuesday: it carried 90 rifles and 8,000 rounds", "Customs held a
container at A; inside it were 40 pistols". A seizure that took no items of its own takes the items of a clause
after the colon whose verb holds or carries a load (`cargo_verbs` of [seizure], or a copula after "inside" /
"aboard") and whose subject is a pronoun or the conveyance or container named again; the conveyance itself
("it carried two lorries" for a ferry) is no item unless armed (inventory_lists.load_item).

A seized row with no recipient goes where its seized conveyance or container was bound ("seized a lorry bound for
Y"), or where the next sentence sends it by a pronoun ("... carrying 20 rifles. They were intended for Y")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.inventory_lists import load_item

CARGO_VERBS = frozenset(lexicon.toml("predicates.toml")["seizure"]["cargo_verbs"])
CARRIER_PREPS = frozenset(lexicon.toml("predicates.toml")["seizure"]["carrier_preps"])
BREAKS = (":", ";")
PRONOUNS = ("it", "they", "one", "each")


def _after_break(v: Token, trigger: Token) -> bool:
    """v comes after a colon or semicolon that follows the seizure's trigger."""
    return v.i > trigger.i and any(t.text in BREAKS for t in v.doc[trigger.i + 1: v.i])


def _load_clause(v: Token, words: seizure.SeizureWords) -> bool:
    """"it carried X", "the container held X", "inside (it) were X"."""
    lemma = v.lemma_.lower()
    if lemma in CARGO_VERBS:
        taken = words.conveyances | words.containers
        return any(c.dep_ == "nsubj" and (c.lower_ in PRONOUNS or c.lemma_.lower() in taken) for c in v.children)
    return lemma == "be" and any(c.lower_ in CARRIER_PREPS and c.dep_ in ("prep", "advmod") and c.i < v.i
                                 for c in v.children)


def _listed(v: Token, items: Any, words: seizure.SeizureWords) -> list[Any]:
    deps = ("dobj", "obj") if v.lemma_.lower() in CARGO_VERBS else ("nsubj", "attr")
    args = [c for c in v.children if c.dep_ in deps]
    args += [c for a in args for c in a.subtree if c.dep_ == "conj" and c.i > a.i]
    found = [m for a in args if items.is_materiel(a) for m in items.items(a)]
    found = [m for i, m in enumerate(found) if load_item(m, words.conveyances) and
             all(m.head.i != o.head.i for o in found[:i])]
    return found


def colon_cargo(by_sentence: list[tuple[Span, list[Frame]]], items: Any, words: seizure.SeizureWords) -> None:
    """Give each seizure without items the load its own sentence lists after a colon (frames changed in place)."""
    for sent, frames in by_sentence:
        for s in frames:
            if s.cls not in words.seize_classes or s.items:
                continue
            for v in (v for v in sent if v.pos_ in ("VERB", "AUX") and _after_break(v, s.trigger)):
                found = _listed(v, items, words) if _load_clause(v, words) else []
                if found:
                    s.items = found
                    break


def _send_to(r: Any, goals: list[Token], res: Any) -> None:
    """The first party the goals resolve to becomes r's recipient (in place)."""
    found = [a for q in goals for a in res.resolve_all(q)]
    if found:
        r.recipient, r.inherited = found[0], True
        r.frame.add("recipient", found[:1])


def _none_of(r: Any) -> bool:
    """"no weapons were found": a load told as absent goes nowhere."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in r.item.head.children)


def bound_conveyance(rows: list[Any], res: Any, words: seizure.SeizureWords, destination_words: frozenset[str]) -> None:
    """"intercepted a trawler bound for Y": the seized rows with no recipient go where the conveyance or
    container the seizure took was bound (rows changed in place)."""
    taken = words.conveyances | words.containers
    for r in (r for r in rows if r.frame.stage == seizure.STAGE and r.recipient is None and not _none_of(r)):
        held = [o for o in r.frame.trigger.children if o.dep_ in ("dobj", "obj", "nsubjpass") and
                o.lemma_.lower() in taken]
        goals = [q for o in held for d in o.children if d.dep_ in ("acl", "amod") and d.lower_ in destination_words
                 for p in d.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
                 for q in p.children if q.dep_ == "pobj"]
        _send_to(r, goals, res)


def pronoun_destination(rows: list[Any], res: Any, destination_words: frozenset[str]) -> None:
    """"stopped a dhow carrying 25 rifles. They were intended for Y": the seized rows with no recipient of the
    sentence just before a destination whose subject is a pronoun go to Y (rows changed in place)."""
    for r in (r for r in rows if r.frame.stage == seizure.STAGE and r.recipient is None):
        doc = r.sent.doc
        if r.sent.end >= len(doc):
            continue
        nxt = doc[r.sent.end].sent
        goals = [q for t in nxt if t.lower_ in destination_words and t.dep_ in ("ROOT", "acomp", "conj") and any(
                 c.dep_ in (("nsubj", "nsubjpass") if t.dep_ == "acomp" else ("nsubjpass",)) and c.lower_ in PRONOUNS
                 for c in (t.head if t.dep_ == "acomp" else t).children)  # "they were bound for", not "they headed to"
                 for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
                 for q in p.children if q.dep_ == "pobj"]
        _send_to(r, goals, res)
