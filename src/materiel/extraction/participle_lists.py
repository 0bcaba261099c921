"""A list cut at its "and" by a participle: in "a consignment from X comprising 900 rifles and 12 A jets was
handed over" the small English model may hang "12 A jets" on the participle as its conjunct, so the load lists
only its first item. The spaCy component ``materiel_participle_lists`` (after ``materiel_dative_counts``) hangs a
counted noun conjunct of a listing participle (words.toml [participle_lists]: "comprising", "including",
"containing") that has an object of its own on that object, as the list's next item."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from materiel import lexicon

PARTICIPLES = lexicon.word_set("participle_lists", "participles")


@Language.component("materiel_participle_lists")
def participle_lists(doc: Doc) -> Doc:
    for v in doc:
        if v.dep_ != "acl" or v.tag_ != "VBG" or v.lemma_.lower() not in PARTICIPLES:
            continue
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        if len(objs) != 1:
            continue
        for c in list(v.children):
            if c.dep_ == "conj" and c.i > objs[0].i and c.pos_ in ("NOUN", "PROPN") and \
                    any(n.dep_ == "nummod" for n in c.children) and not any(n.dep_.startswith("nsubj") for n in c.children):
                for cc in [x for x in v.children if x.dep_ in ("cc", "punct") and objs[0].i < x.i < c.i]:
                    cc.head = objs[0]
                c.head = objs[0]
    return doc
