"""The object of a relative clause on an item: "rifles that X had ordered" (no object: the item the clause
hangs on), "the guns it has given Ukraine", "the jets Russia sold Iran" (the only object is a party: it
is the recipient, and the item is the noun the clause hangs on)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import traced
from materiel.extraction.frames.double_objects import appositive_object
from materiel.extraction.frames.framebase import RELATIVE, Frame
from materiel.extraction.frames.holdings import holders_of
from materiel.extraction.frames.second_hand import is_manner_object
from materiel.extraction.mentions.counts import BATCH_ORDINALS, PART_ORDINALS

PARTS = BATCH_ORDINALS | PART_ORDINALS
VAGUE = lexicon.word_set("counted_names", "vague_counts")
UNDOING = ("refuse", "refuse_permit", "cancel", "call_off")  # classes of verbs that undo the transfer a joined first verb told


def relative_objects(finder: Any, v: Token, objects: list[Token], passive: bool, spec: dict[str, Any],
                     f: Frame) -> list[Token]:
    """The objects of v, a relative clause's verb, with the noun it hangs on where that is the item."""
    raised = _raised_relative(v, objects, passive)
    if raised is not None:  # "the equipment which X decided on 3 May to provide to Y"
        return [finder._antecedent_of_relative(v, raised)]
    clause = v.dep_ == "relcl" or (v.dep_ == "acl" and any(c.dep_ == "nsubj" for c in v.children))  # "a lot X bought"
    if (not passive and clause or passive and v.dep_ == "acl") and v.head.pos_ in ("NOUN", "PROPN") and \
            all(o.lower_ in RELATIVE or o.i == v.head.i for o in objects) and \
            all(m.head.i == v.head.i for m in finder.items.items(v.head)) and (held := traced.traced_heads(v.head, finder.items)) \
            and (not passive or traced.items_traced(v.head, finder.items)):  # "the vessel was part of a lot sent": no item
        return held  # "the carbines formed part of a lot (that) X sold to Y", "a batch sold by X to Y": the carbines
    if passive or v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in v.children):
        return objects
    if not objects or all(is_manner_object(o) for o in objects):  # "the tanks the army acquired second-hand"
        return [finder._antecedent_of_relative(v, v.head)]  # "rifles that X had ordered"
    if objects and _of_which(v, objects) and all(_vague_count(o) for o in objects) and _materiel_head(finder, v.head):
        return [finder._antecedent_of_relative(v, v.head)]  # "T-72 tanks, of which X has bought several hundred"
    if _materiel_head(finder, v.head) and all(not finder.items.is_materiel(o) and finder.res.resolve(o) is not None
                                                for o in objects):
        role = spec.get("dative") or spec.get("object") or "recipient"
        for o in objects:  # "the guns it has given Ukraine": Ukraine receives the guns
            f.add(role, finder.res.resolve_all(o))
        return [finder._antecedent_of_relative(v, v.head)]
    return objects


def _of_which(v: Token, objects: list[Token]) -> bool:
    """A partitive relative clause: "tanks, of which X bought N" (the "of" on the verb or on the count)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in RELATIVE for p in c.children)
               for t in (v, *objects) for c in t.children)


def _vague_count(o: Token) -> bool:
    """A count that names no number: "several hundred", "several dozen", "dozens" (`counted_names` `vague_counts`)."""
    return o.lower_ in VAGUE or ((o.pos_ == "NUM" or o.ent_type_ == "CARDINAL") and any(c.lower_ in VAGUE for c in o.children))


def _raised_relative(v: Token, objects: list[Token], passive: bool) -> Token | None:
    """"the shipment which X decided on 3 May to provide to Y", "the rifles that Z agreed last week to give":
    the parser hangs the relative pronoun on the clause's first verb; the verb of supplying under it, with no
    object of its own, takes it."""
    if passive or objects or v.dep_ != "xcomp":
        return None
    top = v.head
    while top.dep_ == "xcomp":
        top = top.head
    if top.dep_ != "relcl" or top.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in top.children if c.dep_ in ("dobj", "obj") and c.lower_ in RELATIVE), None)


def _materiel_head(finder: Any, head: Token) -> bool:
    """The noun the clause hangs on is materiel, or is named by a system before it ("the Buk battery that X
    gave Y": only "Buk" is matched)."""
    return bool(finder.items.is_materiel(head)) or any(
        c.dep_ in ("compound", "nmod", "amod") and c.i < head.i and finder.items.is_materiel(c) for c in head.children)


def dated_object(finder: Any, v: Token) -> list[Token]:
    """"India received on October 8 the first of 36 jets": the parser hangs the object on the date as an
    apposition; an object that is materiel, or a part of it ("the first of"), is the verb's."""
    dates = [q for p in v.children if p.dep_ == "prep" for q in p.children if q.dep_ == "pobj" and q.ent_type_ == "DATE"]
    hung = [c for d in dates for c in d.children if c.dep_ == "appos" and c.ent_type_ != "DATE"]
    hung += [c for c in v.children if c.dep_ == "npadvmod" and c.lower_ in PARTS] if dates else []  # "the first of"
    for a in hung:
        if finder.items.is_materiel(a) or any(finder.items.is_materiel(t) for t in a.subtree):
            return [a]
    return []


def clause_objects(finder: Any, v: Token, objects: list[Token], passive: bool, spec: dict[str, Any],
                   f: Frame) -> list[Token]:
    """The objects of v with those of a relative clause (`relative_objects`) and, when it has none, one hung on a
    date (`dated_object`)."""
    found = stray_participle(finder, v, objects, passive, spec, f) or relative_objects(finder, v, objects, passive, spec, f)
    found = found or joined_relative(finder, v, objects, passive, f.cls)
    if found and not passive and v.dep_ != "relcl":
        found = appositive_object(finder, v, found, spec, f)  # "offered Peru the Leopard 2": Peru receives it
    return found or ([] if passive else dated_object(finder, v))


def stray_participle(finder: Any, v: Token, objects: list[Token], passive: bool, spec: dict[str, Any],
                     f: Frame) -> list[Token]:
    """"depends on two corvettes acquired second-hand from X": the parser hangs the participle on the main verb and
    reads the manner as its object; with no subject of its own, right after a materiel noun, that noun is its item,
    and the main verb's subject holds it (the buyer of a verb of buying)."""
    if passive or v.dep_ not in ("advcl", "conj") or v.tag_ not in ("VBN", "VBD") or v.i == 0 or \
            not all(is_manner_object(o) for o in objects) or not any(is_manner_object(c) for c in v.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    before = v.doc[v.i - 1]
    if before.pos_ != "NOUN" or not finder.items.is_materiel(before):
        return []
    holder = finder.subject_of(v.head) if v.dep_ == "advcl" and spec.get("subject") == "recipient" else None
    if holder is not None and not f.roles["recipient"]:
        f.add("recipient", holders_of(holder, finder.res))
    return [before]


def joined_relative(finder: Any, v: Token, objects: list[Token], passive: bool, cls: str) -> list[Token]:
    """"the two corvettes it had rebuilt for X and later declined to release", "the jets it had overhauled and
    delivered in 2012": a verb joined to a relative clause's, with no object nor subject of its own, takes the
    noun the clause hangs on when that clause's own object is the gap (none, or the relative pronoun) and the noun
    is materiel. Not after a first verb of the same transfer ("it had bought from X and received in 2012": one
    transfer, told once), unless the second undoes it (a refusal, a cancellation)."""
    rel = v.head
    if passive or objects or v.dep_ != "conj" or rel.dep_ != "relcl" or rel.head.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or \
            rel.lemma_.lower() in finder.verbs and cls not in UNDOING:
        return []
    if any(c.dep_ in ("dobj", "obj") and c.lower_ not in RELATIVE for c in rel.children) or \
            any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in rel.children) or not _materiel_head(finder, rel.head):
        return []
    return [finder._antecedent_of_relative(rel, rel.head)]
