"""Analysts' hedges (`cues.CueReader.read` asks `analyst_hedged` of a frame's trigger): a transfer told under an
analyst's judgement is uncertain (cues.toml [analyst_hedges]):

- a degree of confidence below high said of a verb governing its clause ("We assess with moderate confidence
  that Ruritania supplied Ostrava-9 drones");
- a passive verb of judgement with the transfer as its infinitive ("Ruritania is judged to have delivered ...");
- a noun of opinion framing its clause ("In our view, Ruritania supplied ...");
- a source phrase of "according to" whose words hedge ("according to single-source reporting");
- an adjective of doubt said of the transfer's noun or of the claim noun whose clause tells it ("Reports that
  Ruritania delivered X are credible but unconfirmed", "The delivery of X to Borduria remains unverified")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

_DATA = lexicon.toml("cues.toml")["analyst_hedges"]
JUDGEMENT_VERBS = frozenset(_DATA["judgement_verbs"])
JUDGEMENT_NOUNS = frozenset(_DATA["judgement_nouns"])
SOURCE_HEDGES = frozenset(_DATA["source_hedges"])
PREDICATE_HEDGES = frozenset(_DATA["predicate_hedges"])
CONFIDENCE = frozenset(_DATA["confidence_nouns"])
DEGREES = frozenset(_DATA["hedge_degrees"])
FRAMING_PREPS = frozenset({"in"})
ACCORDING = frozenset({"according"})


def _chain(t: Token) -> list[Token]:
    """The trigger and the words governing it up to its sentence's root."""
    out = [t]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _low_confidence(prep: Token) -> bool:
    """"with moderate confidence", "with low certainty": a degree of confidence below high."""
    return any(o.lemma_.lower() in CONFIDENCE and any(m.lower_ in DEGREES for m in o.children)
               for o in prep.children if o.dep_ == "pobj")


def _framing(g: Token) -> bool:
    """"In our assessment, ...", "according to single-source reporting, ...": a framing phrase of g that hedges."""
    for c in g.children:
        if c.dep_ != "prep":
            continue
        objs = [o for o in c.subtree if o.dep_ == "pobj"]
        if c.lower_ in FRAMING_PREPS and any(o.lemma_.lower() in JUDGEMENT_NOUNS and o.head.i == c.i for o in objs):
            return True
        if c.lower_ in ACCORDING or (c.lower_ == "to" and c.head.lower_ in ACCORDING):
            words = "".join(w.text_with_ws for w in c.subtree).lower().replace(" - ", "-").split()
            if set(words) & SOURCE_HEDGES:
                return True
    return False


def _doubted(noun: Token) -> bool:
    """A noun said to be unconfirmed: "X ... are credible but unconfirmed", "the delivery remains unverified"."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head
    preds = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
    preds += [x for p in preds for x in p.conjuncts]
    return any(p.lower_ in PREDICATE_HEDGES for p in preds)


def analyst_hedged(t: Token) -> bool:
    """Whether an analyst's judgement hedges the transfer whose trigger is t (see the module's text)."""
    chain = _chain(t)
    for k, g in enumerate(chain):
        if k and g.lemma_.lower() in JUDGEMENT_VERBS and chain[k - 1].dep_ == "xcomp" and \
                any(c.dep_ in ("auxpass", "nsubjpass") for c in g.children):
            return True
        if any(_low_confidence(c) for c in g.children if c.dep_ == "prep"):
            return True
        if _framing(g) or _doubted(g):
            return True
    return False
