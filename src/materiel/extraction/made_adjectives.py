"""A compound adjective of making read as a clause's verb: in "Ruritanian-made 60 mm mortar bombs and tubes,
assembled by X in 2010, were sold by Ruritania to Y" the small English model makes "made" a verb (a clausal
subject, "csubjpass", or an adverbial clause) whose object is "bombs", and the sale has no item. A participle of
making or supplying (words.toml [made_adjectives] participles) joined by a hyphen, with no space, to the word
before it (a demonym, a state, "locally", "factory": "Tarvian-built", "US-supplied") is a modifier of the noun
after it. The spaCy component ``materiel_made_adjectives`` (after the parser) makes such a participle, when it
was read as a clause of its own before a verb with no subject, with a direct object after it and no subject or
auxiliary of its own, an adjective ("amod") of that object; the object takes the participle's place (its head,
and the verb's subject role): the items made are the items sold."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

PARTICIPLES = lexicon.word_set("made_adjectives", "participles")
SUBJECT_DEPS = ("csubj", "csubjpass", "advcl")  # read as a clause before its verb, in the subject's place
OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")


def _hyphened(t: Token) -> bool:
    """t is the last part of a hyphenated word ("Ruritanian-made"): a hyphen touching it and the word before."""
    if t.i < 2:
        return False
    hyphen, first = t.doc[t.i - 1], t.doc[t.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_ and first.is_alpha


def _object(t: Token) -> Token | None:
    """The noun read as the participle's direct object, after it; None when the participle has a subject."""
    if any(c.dep_ in OWN for c in t.children):
        return None
    objs = [c for c in t.children if c.dep_ == "dobj" and c.i > t.i and c.pos_ in ("NOUN", "PROPN")]
    return objs[0] if len(objs) == 1 else None


@Language.component("materiel_made_adjectives")
def made_adjectives(doc: Doc) -> Doc:
    for t in doc:
        if t.lower_ not in PARTICIPLES or t.dep_ not in SUBJECT_DEPS or not _hyphened(t):
            continue
        obj = _object(t)
        if obj is None:
            continue
        head = t.head
        if t.i > head.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            continue  # the clause follows its verb, or the verb has a subject: no subject's place to take
        role = "nsubjpass" if any(c.dep_ == "auxpass" for c in head.children) else "nsubj"
        for c in [c for c in t.children if c.i > obj.i]:  # "..., produced by X in 2010," and its comma
            c.head = obj
        obj.head, obj.dep_ = head, role
        t.head, t.dep_ = obj, "amod"
    return doc
