"""A "from" hung on an object that sums up a list: in "Ruritania received the following from Borduria: six A and
B", "Ruritania has acquired dozens of systems from Borduria, among them six A", the parser hangs "from Borduria" on
"the following" or "systems", not on the verb, and the listed items' rows lose their supplier (the catalogue's
maker then stands in for it). The spaCy component ``materiel_summary_sources`` (after the parser) moves such a
"from" to the verb when the verb is one of the classes whose "from" names the supplier (`summary_sources` in
words.toml)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

NOUNS = lexicon.word_set("summary_sources", "nouns")
_CLASSES = lexicon.toml("predicates.toml")["classes"]
VERBS = frozenset(v for c in lexicon.word_list("summary_sources", "classes") for v in _CLASSES[c]["verbs"])
PARTY_TYPES = ("GPE", "NORP", "ORG")
AMONG = lexicon.word_set("summary_sources", "among")
LOOSE = ("advcl", "npadvmod", "appos", "dep", "ccomp")


def _verb(h: Token) -> Token | None:
    """The verb whose object h is, directly or as the "of" phrase of its object ("dozens of systems")."""
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.dep_ in ("dobj", "obj"):
        h = h.head.head
    if h.dep_ not in ("dobj", "obj") or h.lemma_.lower() not in NOUNS and h.lower_ not in NOUNS:
        return None
    v = h.head
    return v if v.pos_ == "VERB" and v.lemma_.lower() in VERBS else None


def _moved(p: Token) -> Token | None:
    if p.lower_ != "from" or p.dep_ != "prep" or p.head.lemma_.lower() not in NOUNS and p.head.lower_ not in NOUNS:
        return None
    if not any(o.dep_ == "pobj" and (o.ent_type_ in PARTY_TYPES or o.pos_ == "PROPN") for o in p.children):
        return None
    v = _verb(p.head)
    if v is None or any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
        return None
    return v


def _among_them(t: Token) -> Token | None:
    """The verb of "VERB dozens of systems, among them six A" when the parser hangs "six A" on "them" or gives
    "among" two objects."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in t.children):
        return None
    fronted = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in AMONG and c.i < t.i), None)
    if fronted is not None and t.dep_ in LOOSE and t.head.pos_ == "VERB" and t.head.i < fronted.i:
        return t.head  # "among them" read as the noun's own phrase, the noun a clause of the verb
    if t.dep_ != "pobj":
        return None
    among = t.head.head if t.head.pos_ == "PRON" and t.head.dep_ == "pobj" and t.head.i < t.i else t.head
    if among.lower_ not in AMONG or not any(c.pos_ == "PRON" and c.i < t.i for c in among.subtree):
        return None
    return among.head if among.head.pos_ == "VERB" and among.head.i < among.i else None


@Language.component("materiel_summary_sources")
def summary_sources(doc: Doc) -> Doc:
    for p in doc:
        v = _moved(p)
        if v is not None:
            p.head = v
        v = _among_them(p)
        if v is not None:  # "among them six A": A the verb's object, as the parser reads "among them six drones"
            p.head, p.dep_ = v, "dobj"
    return doc
