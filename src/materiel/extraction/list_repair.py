"""A counted list the parser breaks at its first comma: in "stopped a van carrying 12 rifles, three mortars and
500 rounds bound for Y" the small English model hangs "three mortars" (with "and 500 rounds" as its conjunct) on
the comma, on the subject as an apposition or on the main verb, so the verb's object is "12 rifles" alone and
the rest of the list, with its destination, is lost. The spaCy component ``materiel_list_repair`` (after
``materiel_reparse``) mends it: a counted noun right after the comma that closes a counted object, itself the
head of an "and"/"or" conjunct that is counted too, becomes a conjunct of that object."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

ARGUMENTS = ("dobj", "obj", "pobj", "nsubjpass", "attr", "conj")
COORDINATORS = ("and", "or")
SUBJECTS = ("nsubj", "nsubjpass")  # "Of the 40 tanks, 12 tanks and six trucks were sent": a clause of its own


def _counted(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in t.children)


def _next_noun(doc: Doc, i: int) -> Token | None:
    """The head noun of the phrase that begins just after the comma at `i`."""
    for t in doc[i + 1:min(len(doc), i + 8)]:
        if t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == i + 1 and t.dep_ not in ("compound", "nmod", "amod"):
            return t
    return None


def _broken(doc: Doc, i: int) -> tuple[Token, Token] | None:
    """(object, stray noun) when the comma at doc[i] splits a counted list the parser broke."""
    if i < 1 or doc[i].text != "," or i + 2 >= len(doc):
        return None
    obj = doc[i - 1]
    if not _counted(obj) or obj.dep_ not in ARGUMENTS or obj.right_edge.i != obj.i:
        return None
    stray = _next_noun(doc, i)
    if stray is None or stray.head.i == obj.i or stray.dep_ in ("conj", *SUBJECTS) or not _counted(stray):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in COORDINATORS for c in stray.children) or \
            not any(c.dep_ == "conj" and _counted(c) for c in stray.children):
        return None
    if any(a.i == stray.i for a in obj.ancestors):
        return None  # the object hangs under the stray noun: no cycle
    return obj, stray


@Language.component("materiel_list_repair")
def list_repair(doc: Doc) -> Doc:
    for i in range(len(doc)):
        found = _broken(doc, i)
        if found is None:
            continue
        obj, stray = found
        comma = doc[i]
        stray.head, stray.dep_ = obj, "conj"
        if not any(c.i != stray.i for c in comma.children):
            comma.head, comma.dep_ = obj, "punct"
    return doc
