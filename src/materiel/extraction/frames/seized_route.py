"""The clauses that tell where a seized load was going when the parser hangs them on a place or conveyance of
the seizure rather than on the load: "took nine carbines off a skiff in the bay, which officers reported were
bound for X", "impounded 800 cartridges on a track by the frontier, which customs believe were meant for the rebels",
"seized pistols from a trawler near the port, which was heading to Y". The nouns are those of the phrases of
the seizure verb and of its items, followed down their own phrases ("a skiff [in the bay]", "a track [by the
frontier]"); a clause on one of them counts when its subject is a relative or personal pronoun or none, and a
reported one ("which officers reported were bound for X") through the complement of its verb of saying."""
from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import bound
from materiel.extraction.frames.framebase import Frame

RELATIVE = lexicon.word_set("frames", "relative_pronouns")
PRONOUNS = frozenset({"it", "they", "them"})
DEPTH = 4  # phrases followed below a seizure's verb or item


def phrase_nouns(heads: list[Token]) -> list[Token]:
    """The objects of the phrases under `heads`, and of theirs, down to DEPTH levels."""
    out: list[Token] = []
    level = list(heads)
    for _ in range(DEPTH):
        level = [q for h in level for p in h.children if p.dep_ == "prep" for q in p.children if q.dep_ == "pobj"]
        out += level
    return out


def _pronoun_subject(c: Token) -> bool:
    """The clause's subject is none, or a relative or personal pronoun (the load it stands for)."""
    subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
    return all(s.lower_ in RELATIVE or s.lower_ in PRONOUNS for s in subj)


def relative_clauses(nouns: list[Token]) -> list[Token]:
    """The clauses on `nouns` that may tell where the load went: relative clauses and participles with a
    pronoun subject or none, and the complement of a reported one ("which officers reported were bound for X")."""
    out: list[Token] = []
    for n in nouns:
        for c in n.children:
            if c.dep_ not in ("acl", "relcl"):
                continue
            if _pronoun_subject(c):
                out.append(c)
            out += [x for x in c.children if x.dep_ == "ccomp" and x.i > c.i and _pronoun_subject(x)
                    and any(s.lower_ in RELATIVE for s in (*x.children, *c.children) if s.dep_ in ("nsubj", "nsubjpass"))]
    return out


def later_clauses(f: Frame) -> list[Token]:
    """The clauses after a seizure verb that may tell where its load went: on the nouns of its phrases and its
    items' (with the items the parser joined to the verb: "seized A and [B on a road ..., which ...]"), and the
    complement of a reported clause on the verb ("..., which officials said were bound for X")."""
    v = f.trigger
    heads = [v, *(m.head for m in f.items), *(c for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]
    out = [c for c in relative_clauses(heads[1:] + phrase_nouns(heads)) if c.i > v.i]
    return out + [x for c in v.children if c.dep_ == "advcl" and c.i > v.i for x in c.children
                  if x.dep_ == "ccomp" and _pronoun_subject(x) and any(s.lower_ in RELATIVE for s in x.children
                                                                       if s.dep_ in ("nsubj", "nsubjpass"))]


def route(f: Frame, res: Any, words: Any) -> None:
    """"smuggling rifles while transiting waters from X to Y": the route of the seized shipment (`words`, the
    [seizure] words of frames/seizure.py)."""
    vessels = [p for c in f.trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    vessels += [p for m in f.items for a in m.head.children if a.dep_ == "acl" and a.lemma_.lower() in words.hiding_verbs
                for c in a.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]  # "hidden in a truck"
    vessels += [q for v in vessels if v.lemma_.lower() in words.conveyances | words.containers for p in v.children
                if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj"]  # "a container of tiles"
    # "seized rifles on a boat sailing from X to Y", "seizes weapons headed from X to Y": the vessel's or the load's
    moving = [c for c in f.trigger.children if c.dep_ == "advcl"] + \
        [c for v in [*vessels, *(m.head for m in f.items)] for c in v.children if c.dep_ in ("acl", "relcl")]
    # "off a skiff in the bay, which officers reported were bound for Y": a clause on a noun further down the phrases
    if f.trigger.pos_ in ("VERB", "AUX"):
        moving += [c for c in later_clauses(f) if all(c.i != x.i for x in moving)]
    moving += [x for c in moving for x in c.children if x.dep_ == "xcomp"]  # "believed to be headed from X to Y"
    moving += [x for c in moving for x in c.children if x.dep_ == "conj"]  # "a truck driven by Z and bound for Y"
    moving += [c for c in f.trigger.children if c.dep_ == "conj" and c.lower_ in words.route_participles and
               not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]  # "seized X ... and destined for Y"
    for c in moving:
        if c.lemma_.lower() not in words.route_verbs and c.lower_ not in words.route_participles:
            continue
        preps = [p for p in c.children if p.dep_ == "prep"]
        preps += [p for o in c.children if o.dep_ in ("dobj", "obj") for p in o.children if p.dep_ == "prep"]
        for p in preps:
            role = words.route_preps.get(p.lower_)
            if role and not f.roles[role]:
                goals = [q for q in p.children if q.dep_ == "pobj"]
                onward = [a for q in bound.onward(c, goals) for a in res.resolve_all(q)] if role == "recipient" else []
                f.add(role, onward or [a for q in goals for a in res.resolve_all(q)])  # "for X, where ... sold to Y"


ROUTE_NOUNS = ("route", "way", "journey", "voyage", "passage")
DEFINITE = ("the", "this", "that", "these", "those")
LOAD_NOUNS = frozenset(lexicon.toml("predicates.toml")["seizure"]["load_nouns"])
GENERAL_LOADS = frozenset(lexicon.toml("predicates.toml")["seizure"]["general_loads"])
SENT_LOADS = lexicon.word_set("intended_holders", "sent_loads")


def on_its_way(t: Token) -> bool:
    """"(was) on its way to Y", "en route to Y": the route noun of a copula, with where it goes."""
    return t.lower_ in ROUTE_NOUNS and t.dep_ == "pobj" and t.head.lower_ in ("on", "en") and \
        any(p.dep_ == "prep" and p.lower_ in ("to", "for") for p in t.children)


def named_load(subj: Token, words: Any, vehicle: bool) -> bool:
    """A seized load named again by a definite cargo noun: "the vessel", "the consignment", "the haul"."""
    return any(c.lower_ in DEFINITE for c in subj.children) and (
        vehicle or subj.lemma_.lower() in words.containers or subj.lemma_.lower() in LOAD_NOUNS)


def load_pronoun(subj: Token, hosts: list[Token], t: Token) -> bool:
    """"They were bound for Y", "it was heading to Y": a pronoun standing for the load seized just before (the
    subject of the destination's own clause, not of a verb of saying above it); a verb `t` told as what the
    pronoun did ("they then headed to Y", the seizers) is none."""
    done = t.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    return subj.lower_ in PRONOUNS and subj.head.i in {h.i for h in hosts} and not done
ONWARD = frozenset(lexicon.toml("predicates.toml")["seizure"]["onward_verbs"]) | \
    frozenset(lexicon.toml("predicates.toml")["seizure"]["handover_verbs"])  # "was to be handed to Y"
PASSIVE_CLIMB = ("acomp", "xcomp", "conj")  # "was (then) to be shipped to Y": up to the clause with the subject
LATER_SENTENCES = 8  # a load named again by the noun that named it in the seizure's sentence may be this far on


def _passive(t: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in t.children) or t.head.lemma_ == "be" and t.dep_ in ("acomp", "xcomp")


def sent_on(t: Token) -> list[Token]:
    """"the container was to be shipped on to Y", "the crates were being sent to Y": a passive verb of sending
    (`onward_verbs`) with a "to" phrase; t and the words above it up to the clause that has its subject, or []."""
    if t.lemma_.lower() not in ONWARD or t.tag_ != "VBN" or \
            not any(p.dep_ in ("prep", "dative") and p.lower_ == "to" for p in t.children):
        return []
    if not (_passive(t) or t.dep_ == "conj" and t.head.lemma_.lower() in ONWARD and _passive(t.head)):
        # "were due to be passed on offshore ... and then carried to Y": joined to a passive of sending
        return []
    chain = [t]
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in chain[-1].children) and chain[-1].dep_ in PASSIVE_CLIMB \
            and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def named_again(subj: Token | None, nouns: Collection[str], far: bool) -> bool:
    """The subject of a load sent on names the seized load again: by a noun of the seizure's own sentence
    (`nouns`), or, in the sentences just after it (not `far`), by a definite general load noun ("the cargo was to
    be delivered to Y", "the firearms were to be handed to Y"); a container only as the seizure named it."""
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    if lemma in nouns:
        return True
    return not far and any(c.lower_ in DEFINITE for c in subj.children) and \
        (lemma in GENERAL_LOADS or lemma in SENT_LOADS or lemma in LOAD_NOUNS)
