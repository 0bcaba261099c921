"""A claim labelled false is a denial: "Z called the claim \"unfounded\"", "Z described the reports of rifle exports to Y as
baseless", "Z dismissed the allegations as lies", "Z branded the reports false". A verb that puts a label on its object
(lexicon `false_labels.verbs`) with a label saying it is not so (`false_labels.labels`) denies what the object holds;
a labelling verb with any other label ("called the sale a milestone") denies nothing."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

VERBS = lexicon.word_set("false_labels", "verbs")
LABELS = lexicon.word_set("false_labels", "labels")
# Where the parser puts the label: "called it unfounded" (oprd), "described X as baseless" (advcl/prep as), "branded
# the reports false" (ccomp with the claim as its subject), "called reports that ... a fabrication" (npadvmod).
LABEL_DEPS = frozenset({"oprd", "advcl", "ccomp", "xcomp", "acomp", "attr", "npadvmod", "dobj", "pobj", "prep",
                        "pcomp", "amod", "conj"})


def false_label(verb: Token) -> Token | None:
    """The label that says the verb's object is not so, or None: only a labelling verb's own label, never one of a
    clause with its own subject below it ("called for talks after reports proved false")."""
    if verb.lemma_.lower() not in VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return None  # "called for": a demand, no label
    for t in verb.subtree:
        if t.i <= verb.i or t.lemma_.lower() not in LABELS and t.lower_ not in LABELS or t.dep_ not in LABEL_DEPS:
            continue
        if _owned_by(t, verb):
            return t
    return None


def _owned_by(label: Token, verb: Token) -> bool:
    """The label hangs from the verb through at most two steps of label, "as" or clause words, not through a verb
    with a subject of its own other than the claim ("branded the allegations false" keeps "allegations" as subject)."""
    steps, t = 0, label
    while t.i != verb.i and steps < 4:
        h = t.head
        if h.i == t.i:
            return False
        if h.i != verb.i and h.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
            return False
        t, steps = h, steps + 1
    return t.i == verb.i


def labelled_claim(verb: Token, label: Token) -> Token | None:
    """The thing labelled false: the verb's object ("called the claim unfounded"), the subject of a label clause
    ("branded the allegations false"), or the noun before a label parsed as the object ("called the reports
    propaganda", with "reports" a compound of "propaganda"), or a noun after a label told first ("called false a
    report that ...", the heavy object shifted after its label)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.i == label.i:
            return next((m for m in c.children if m.dep_ == "compound" and m.i < c.i), None)
        if c.dep_ in ("dobj", "obj"):
            return c
    for c in verb.children:  # "called false a report that ...": the shifted object parsed as a second label
        if c.dep_ == "oprd" and c.i > label.i and c.pos_ in ("NOUN", "PROPN") and label.head.i == verb.i:
            return c
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def labels_false(verb: Token, via: Token) -> bool:
    """`verb` labels false the thing `via` (its child on the way down to a frame) stands for: its object ("described
    reports of arms sales as baseless") or the subject of its label clause, not a clause beside the label ("X sent Y,
    the agency said; Z called the claim unfounded", where the claim and its denial are told apart)."""
    label = false_label(verb)
    if label is None:
        return False
    claim = labelled_claim(verb, label)
    return claim is not None and (via.i == claim.i or claim.head.i == via.i)  # the object, or the label's clause
