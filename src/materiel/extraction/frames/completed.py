"""A sale or purchase told as done is a delivery: DESIGN.md's `delivered` covers "bought and taken".

The classes `sell` and `buy` default to `ordered` (a deal agreed). When the verb of the frame reports
the sale as completed, the row is `delivered`:

- a finite past: "China sold drones to X in 2015", "X bought Y from Z";
- a perfect or a past passive: "X has bought Y", "Y were sold to X last year", "had not sold any";
- a perfect progressive: "X had been selling Y weapons for a decade";
- a gerund under a verb that looks back on it: "admits selling X to Y", "accused of selling X to Y";
- a past participle on the item: "jets bought from X in the 1980s" (unless the clause above it is future and
  no possessor holds the item: "the navy's frigates, bought from X, will be retired" stays done);
- a fleet or inventory a purchase is told on: "part of a fleet of 60 lorries the army bought from X";
- a building for a buyer told as done: "built patrol craft for X in the 1990s" (`built_verbs`);
- a present told as a habit or reported: "still sells ammunition to X", "denied that X sells weapons to Y".

Anything that leaves it open stays an order: a governor ("agreed to buy", "signed a deal to buy"), a modal or
future ("would buy", "will buy"), an infinitive ("was to sell"), a condition ("if X buys"), a gerund
("buying the S-400", unless a verb that looks back on it governs it). The words are data (`words.toml` [completed])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import shared_negation
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.shared_infinitives import infinitive_host
from materiel.extraction.frames.withheld_handover import held_back
from materiel.lexicon.inflect import inflections

VERBS = lexicon.word_set("completed", "verbs")
OPEN_AUX = lexicon.word_set("completed", "open_aux")
OPEN_MARKS = lexicon.word_set("completed", "open_marks")
HABITUAL = lexicon.word_set("completed", "habitual_adverbs")
PAST_AUX = lexicon.word_set("completed", "past_aux")
PARTITIVES = lexicon.word_set("completed", "partitives")
WHOLE_PARTS = lexicon.word_set("completed", "whole_parts")  # "all of", "the last of": no part left on order
SHIPPED = lexicon.word_set("completed", "shipped_wholes") | lexicon.word_set("completed", "held_wholes")
BUILT = lexicon.word_set("completed", "built_verbs")
RETROSPECTIVE = lexicon.word_set("completed", "retrospective")
RETRO_FORMS = {form for lemma in RETROSPECTIVE for form in inflections(lemma)}  # "Broker admits selling": a
# headline's verb the tagger reads as an auxiliary


def aux_host(t: Token) -> Token:
    """The verb whose auxiliaries t uses: t's head for a bare participle coordinated with a passive ("were made
    in A and sold by B": "were")."""
    if t.dep_ == "conj" and t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children) and \
            any(c.dep_ == "auxpass" for c in t.head.children):
        return t.head
    return shared_negation.perfect_host(t) or infinitive_host(t) or t  # "had not shipped or leased X": "had";
    # "will train crews and deliver X": "will"


def _open(t: Token) -> bool:
    """A modal, future, infinitive or condition on the verb (or, for a participle, on its clause)."""
    t = aux_host(t)
    return any((c.dep_ in ("aux", "auxpass") and c.lower_ in OPEN_AUX) or
               (c.dep_ == "mark" and c.lower_ in OPEN_MARKS) for c in t.children)


def _finite_past(t: Token) -> bool:
    auxes = [c for c in aux_host(t).children if c.dep_ in ("aux", "auxpass")]
    if t.dep_ == "acl" and not auxes:
        return False  # a participle, often tagged VBD: `_participle_on_item` ("a report that X were sold" is finite)
    if t.tag_ == "VBD":
        return not auxes  # "sold"; "did not sell" is a VB with an aux
    if t.tag_ == "VB":
        return any(a.lower_ in ("did", "didn't") for a in auxes)  # "did not sell"
    if t.tag_ == "VBN":  # "has bought", "were sold", "had been sold"; "a consignment X sold to Y", tagged a participle
        return any(a.lower_ in PAST_AUX for a in auxes) or (
            not auxes and t.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in t.children))
    if t.tag_ == "VBG":
        above = t.head.head if t.head.dep_ == "prep" and t.dep_ == "pcomp" else t.head
        if above.dep_ in ("dobj", "obj") and t.dep_ == "pcomp" and t.head.lower_ == "of":
            above = above.head  # "accused Y's officers of selling X": the "of" on the accused
        if any(a.lower_ in RETRO_FORMS for a in auxes):
            return True
        return any(a.lower_ == "been" for a in auxes) or (  # "had been selling"
            not auxes and t.dep_ in ("xcomp", "pcomp", "ccomp") and above.lemma_.lower() in RETROSPECTIVE)
    return False


def _participle_on_item(t: Token) -> bool:
    """"jets bought from X": a reduced relative on a noun, its clause not in the future."""
    if t.tag_ not in ("VBN", "VBD") or t.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return False
    clause = t.head.head if t.head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos") else t.head
    while clause.dep_ == "prep" or clause.pos_ == "ADP":
        clause = clause.head
    return not _open(clause) or any(c.dep_ == "poss" for c in t.head.children)  # "the navy's frigates, bought
    # from X in the 1980s, will be retired": held by their owner, whatever the clause says of their future


def partitive_whole(noun: Token) -> bool:
    """"three of the eight drones", "the first six of 24 jets": a part of a whole told beside it; a sale told
    on that noun ("bought by X", "that X bought") is the order of the whole. ("The first 11 launchers it
    bought" names no whole: the sale told on the part is done.)"""
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if of is not None and of.head.lower_ in WHOLE_PARTS:
        return False  # "the last of the navy's jets, which X bought in 1988": the last of all, the whole came
    if of is not None and (of.head.pos_ == "NUM" or of.head.lower_ in PARTITIVES):
        return True
    if of is not None and of.head.pos_ in ("VERB", "AUX") and any(  # "Of the 12 howitzers X bought, eight arrived"
            c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "NUM" or c.lower_ in PARTITIVES) for c in of.head.children):
        return True
    return any(c.dep_ == "quantmod" and c.lower_ == "of" for c in noun.subtree if c.i < noun.i)


def _habitual_present(t: Token) -> bool:
    if t.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in t.children) or t.dep_ == "ccomp"


def done(t: Token, f: Frame) -> bool:
    """True when the frame's sale or purchase verb reports it completed (see the module's docstring)."""
    if f.stage != "ordered" or f.governor is not None or t.pos_ != "VERB" or t.lemma_.lower() not in VERBS and not (
            f.cls == "build_for" and t.lemma_.lower() in BUILT and t.tag_ != "VBG"):
        return False  # "built patrol craft for X": done; "is building" stays an order
    if t.dep_ in ("acl", "relcl") and partitive_whole(t.head) and t.head.lemma_.lower() not in SHIPPED:
        return False  # "three of the eight drones bought by X have arrived": the whole is the order
    if held_back(t):
        return False  # "built two corvettes for X but refused to deliver them": the order stands, the goods held
    if _open(t) or t.dep_ == "csubj" or (t.dep_ == "xcomp" and t.tag_ != "VBG") or any(c.dep_ == "mark" and c.lower_ == "to" for c in t.children):
        return False
    return _finite_past(t) or _participle_on_item(t) or _habitual_present(t)


def mark_done(t: Token, f: Frame) -> None:
    """Make the frame a delivery when its verb tells a completed sale or purchase."""
    if done(t, f):
        f.stage = "delivered"
        f.rule += ":done"
