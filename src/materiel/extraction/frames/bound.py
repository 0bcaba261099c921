"""Where the parser hangs a destination ("weapons bound for X", "a cargo headed for Y"): on the item, on
a noun trigger, on a clause under them ("rifles that X said were bound for Y"), on the item's origin just
before it ("rifles from X bound for Y": the participle attached to the nearest noun, X), or on the verb
of which the item is the object ("seized rifles from X, bound for Y"); or before it, joined by a hyphen
("Yemen-bound rifles"); or on the conveyance that carries them ("a Yemen-bound dhow carrying rifles").
A route's "from" and "to" ("en route from X to Y", "on its way to Y") belong to the verb. A destination may
name where the load goes on to ("destined for X, from where it was to be taken on to Y"): Y, the party it is for."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

ONWARD = lexicon.word_set("frame_words", "onward_words")
REPORTED = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"]) | \
    frozenset(lexicon.toml("cues.toml")["factuality"]["hedge_verbs"])  # "where officials say/believe ..."
CONTROL = lexicon.word_set("frame_words", "control_participles")
ROUTE_VERBS = frozenset(lexicon.toml("predicates.toml")["seizure"]["route_verbs"])  # "said to be heading for X"


def own_clause(t: Token) -> bool:
    """"Witnesses say the barges were sailing for Y": a clause the parser hung on the noun before it, with
    a subject of its own and no relative word."""
    return t.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in t.children) and \
        not any(c.tag_ in ("WDT", "WP", "WRB") for c in t.subtree if c.i < t.i)


def held_by(place: Token, res: Any) -> list[Any]:
    """"heading for militia-held territory": the party whose hold the place's participle of control names."""
    return [a for c in place.children if c.dep_ == "amod" and c.lower_ in CONTROL
            for h in c.children if h.dep_ in ("npadvmod", "compound", "nmod", "amod") and h.i < c.i
            for a in res.resolve_all(h)]


def destination_words(f: Frame, words: set[str]) -> list[Token]:
    """The destination words ("bound", "destined", ...) that tell where the items of frame `f` go."""
    heads = [m.head for m in f.items] + ([f.trigger] if f.trigger.pos_ in ("NOUN", "PROPN") else [])
    if f.items and f.trigger.dep_ == "acl" and f.trigger.tag_ == "VBG":
        heads.append(f.trigger.head)  # "a Yemen-bound dhow carrying rifles": the conveyance is bound there
    heads += [q for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
              for q in c.children if q.dep_ == "pobj"]
    found = [d for h in heads for c in h.children if c.dep_ in ("amod", "acl", "relcl")
             for d in (c, *(g for g in c.children if g.dep_ == "ccomp"))]
    found += [d for c in list_clauses(f) for d in (c, *(g for g in c.children if g.dep_ == "ccomp"))]
    verb = f.trigger if f.trigger.pos_ == "VERB" else f.trigger.head if f.trigger.dep_ == "dobj" and \
        f.trigger.head.pos_ == "VERB" else None  # "seized a shipment of X from Y, destined for Z": on the verb
    if f.items and verb is not None:  # a bare participle the tagger may take for a past tense ("... from Y destined")
        found += [c for c in verb.children if c.dep_ == "advcl" and (c.tag_ == "VBN" or c.tag_ == "VBD" and not any(
            g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children))]
    found += hedged(f, found, verb) + reported_relatives(f)
    return [d for d in found if d.lower_ in words or d.dep_ == "xcomp" and d.lemma_.lower() in ROUTE_VERBS]


def list_clauses(f: Frame) -> list[Token]:
    """"pistols, 12 kg of TNT and cartridges that the police claimed were bound for X": a clause after the
    whole list that the parser hung on an earlier member of it (a measure the list's last item is joined to),
    not on the item itself; only a clause after the item, so one on a member before it stays that member's."""
    out = []
    for m in f.items:
        h = m.head
        while h.dep_ in ("conj", "appos") and h.head.i < h.i:
            h = h.head
            out += [c for c in h.children if c.dep_ in ("acl", "relcl") and c.i > m.head.i]
    return out


def hedged(f: Frame, found: list[Token], verb: Token | None) -> list[Token]:
    """"rifles believed to be destined for X", "15 rifles said to be bound for Y", "seized 650 pistols said to be
    intended for Z": the participle under a verb of saying or believing that the parser hung on the item, took the
    item for its subject, or joined to the seizure verb without a subject of its own."""
    tellers = [d for d in found if d.lemma_.lower() in REPORTED]
    tellers += [m.head.head for m in f.items if m.head.dep_ == "nsubj" and m.head.head.lemma_.lower() in REPORTED
                and m.head.head.tag_ in ("VBD", "VBN")]
    verbs = [] if verb is None else [verb, verb.head] if verb.dep_ == "acl" else [verb]
    tellers += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.lemma_.lower() in REPORTED and
                c.tag_ in ("VBD", "VBN") and (_raising(c) or not any(g.dep_ in ("nsubj", "nsubjpass")
                                                                    for g in c.children))]
    return [x for t in tellers if not any(c.dep_ == "neg" for c in t.children)
            for x in t.children if x.dep_ == "xcomp" and not any(c.dep_ == "neg" for c in x.children)]


def reported_relatives(f: Frame) -> list[Token]:
    """"stopped a lorry carrying 30 rifles and 900 rounds that officers said were meant for Y": a relative clause
    after the carried items that the parser hung on the carrying verb (or on the verb that one hangs on) as a
    clause of its own, "that" read as a mark of the verb of saying or as the subject of its complement. The
    complement (a participle with no subject but that "that", the relative's gap) tells where the items go; only
    on a verb with items, with "that" or "which" just after the last item."""
    v = f.trigger
    if not f.items or v.pos_ not in ("VERB", "AUX"):
        return []
    last = max(m.head.right_edge.i for m in f.items)
    if last + 1 >= len(v.doc) or v.doc[last + 1].lower_ not in ("that", "which"):
        return []
    rel = v.doc[last + 1]
    verbs = [v, v.head] if v.dep_ in ("advcl", "acl", "xcomp") else [v]
    tellers = [c for h in verbs for c in h.children if c.dep_ in ("ccomp", "advcl") and c.i > last and
               c.lemma_.lower() in REPORTED and not any(x.dep_ == "neg" for x in c.children)]
    return [g for t in tellers if rel.head.i in (t.i, *(x.i for x in t.children))
            for g in t.children if g.dep_ == "ccomp" and
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != rel.i for c in g.children)]


def _raising(t: Token) -> bool:
    """"15 rifles said to be bound for X": a verb of saying with a "to be" complement tells of its subject."""
    return any(x.dep_ == "xcomp" and {"to", "be"} <= {c.lower_ for c in x.children if c.dep_ in ("aux", "auxpass")}
               for x in t.children)


def destination_places(f: Frame, words: set[str]) -> list[Token]:
    """The places the items of frame `f` are bound for: "bound for X", "headed to X", "X-bound"; the party the
    load was to go on to from there ("bound for X, where they were to be sold to Y": Y)."""
    found = destination_words(f, words)
    goals = [[q for p in d.children if p.dep_ == "prep" and p.lower_ in ("for", "to") for q in p.children
              if q.dep_ == "pobj"] for d in found]
    return [q for d, g in zip(found, goals, strict=True) for q in onward(d, g) or g] + \
        [q for d in found for q in d.children if q.dep_ in ("npadvmod", "compound", "nmod") and q.i + 2 == d.i
         and q.nbor(1).text == "-"]


ROUTE_NOUNS = ("route", "way", "journey", "voyage", "passage")


def route_preps(v: Token) -> list[Token]:
    """The "from"/"to" phrases of a route on the verb: "carrying arms en route from X to Y", "shipped on
    their way from X to Y" (the parser hangs them on "route" or "way", not on the verb); and a passive's
    destination hung on its agent ("consigned by X to Y", "by X, a broker, to Y")."""
    return [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("en", "on")
            for r in c.children if r.dep_ == "pobj" and r.lower_ in ROUTE_NOUNS
            for p in r.children if p.dep_ == "prep" and p.lower_ in ("from", "to", "for")] + agent_preps(v)


def agent_preps(v: Token) -> list[Token]:
    """"to"/"into" phrases the parser hangs on a passive verb's agent or the agent's apposition; and "from" on a
    named agent ("ordered by X from Y": the seller, not where X is from)."""
    return [p for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            for x in (o, *(c for c in o.children if c.dep_ == "appos"))
            for p in x.children if p.dep_ == "prep" and (p.lower_ in ("to", "into") or
                                                         p.lower_ == "from" and x.i == o.i and o.pos_ == "PROPN")]


def onward(t: Token, goals: list[Token]) -> list[Token]:
    """"destined for X, from where it was to be taken (inland) to Y": the party the load goes on to, Y (the
    destination word t, the objects of its "for"/"to" phrases `goals`)."""
    clauses = [v for p in t.children if p.dep_ == "prep" and p.lower_ == "from" for v in p.children
               if v.dep_ == "pcomp"]
    clauses += [v for g in goals for v in g.children if v.dep_ == "relcl"]
    holders = [h for v in clauses if any(c.lower_ in ONWARD for c in v.subtree if c.i < v.i)
               for h in (v, *(a for a in v.children if a.dep_ == "advmod"))]
    # "for X, where investigators believe they were to be sold to Y": the complement of a reported clause
    holders += [c for h in holders if h.lemma_.lower() in REPORTED for c in h.children if c.dep_ == "ccomp"]
    holders += [y for h in holders for y in h.children if y.dep_ == "xcomp"]  # "where they were to be sold to Y"
    return [q for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
            for q in p.children if q.dep_ == "pobj"]
