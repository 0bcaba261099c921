"""A list of objects the parser hangs on the verb: in "the rebels had received heavy machine guns, rocket
launchers and several armoured vehicles from X" the small English model makes "launchers" (with "and several
armoured vehicles" as its own conjunct) a conjunct of the verb "received", so the verb's object is the first
item alone and the rest of the list, with the "from" phrase on its last item, is no object of the verb. The
spaCy component ``materiel_hung_conjuncts`` (after ``materiel_list_repair``) mends it: a noun right after the
comma that closes the verb's object, itself a conjunct of that verb with an "and"/"or" conjunct that is a noun,
and no clause of its own (no subject, no object), becomes a conjunct of the object. Counted lists broken the
other way (the stray noun on the subject or the comma) are `list_repair`'s."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

OBJECTS = ("dobj", "obj")
COORDINATORS = ("and", "or")
NOUNS = ("NOUN", "PROPN")
CLAUSE_DEPS = ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass", "mark")
MAX_LEAD = 6  # words of the stray item before its head noun ("several armoured", "12 more")


def _stray(doc: Doc, comma: int, verb: Token) -> Token | None:
    """The head noun of the item that opens right after the comma at `comma`, when it hangs on `verb`."""
    for t in doc[comma + 1: min(len(doc), comma + 2 + MAX_LEAD)]:
        if t.pos_ in NOUNS and t.left_edge.i == comma + 1 and t.dep_ == "conj" and t.head.i == verb.i:
            return t
    return None


def _broken(doc: Doc, obj: Token) -> Token | None:
    """The stray item noun when `obj`, the object of a verb, is the first item of a list hung on that verb."""
    verb = obj.head
    if obj.dep_ not in OBJECTS or obj.pos_ not in NOUNS or verb.pos_ not in ("VERB", "AUX"):
        return None
    comma = obj.right_edge.i + 1
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    stray = _stray(doc, comma, verb)
    if stray is None or any(c.dep_ in CLAUSE_DEPS for c in stray.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in COORDINATORS for c in stray.children) or \
            not any(c.dep_ == "conj" and c.pos_ in NOUNS for c in stray.children):
        return None
    return stray


@Language.component("materiel_hung_conjuncts")
def hung_conjuncts(doc: Doc) -> Doc:
    for obj in list(doc):
        stray = _broken(doc, obj)
        if stray is None:
            continue
        comma = doc[obj.right_edge.i + 1]
        stray.head = obj
        if comma.head.i == obj.head.i and not any(True for _ in comma.children):
            comma.head = obj
    return doc
