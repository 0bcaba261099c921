"""A counted maker-and-model phrase the parser breaks at the model: in "received three Korvel ZX-4H helicopters
from X" the small English model reads the model "ZX-4H" as a preposition ("helicopters" its object, "three
Korvel" the verb's object), and in "bought six Korvel KR-46A tankers" it takes the model for the count ("six"
an adverb); the item loses its count or its verb. The spaCy component ``materiel_designations`` (after
``materiel_reparse``) mends such a phrase, COUNT MAKER... MODEL NOUN: the noun heads it and takes the role its
broken top had, the count is the noun's number, the maker and the model its compounds."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel.extraction.recognizers import DESIGNATION_RE

MAKERS = 2  # maker words between the count and the model ("Korvel", "Korvel Aero")
NAMES = 2  # name words after the model number ("Sea Hawk")
MODIFIERS = 4  # words between the count and the maker ("second-hand", "new", "refurbished")
PLACES = ("GPE", "NORP", "LOC")  # "sold Ruritania ZX-4 jets": a recipient, no maker
NOMINAL = ("dobj", "obj", "nsubj", "nsubjpass", "pobj", "conj", "attr", "appos", "dative")
GOOD = ("compound", "amod", "nmod")  # a model read as a modifier of the noun: nothing to mend


def _count(t: Token) -> bool:
    return t.pos_ == "NUM" and t.like_num and not DESIGNATION_RE.match(t.text)


def phrase(doc: Doc, d: Token) -> tuple[int, Token] | None:
    """(start, noun) of COUNT MAKER... MODEL NOUN around the model d."""
    if d.i + 1 >= len(doc) or not DESIGNATION_RE.match(d.text):
        return None
    e = d.i + 1
    while e < len(doc) - 1 and e - d.i <= NAMES and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper():
        e += 1  # "ZX-4 Sea Hawk helicopters": the model's name after its number
    noun = doc[e]
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or not noun.is_lower or \
            e + 1 < len(doc) and doc[e + 1].text == "-" and not noun.whitespace_:
        return None  # "UH-60 M": the model's letter; "piston-engined": the noun is a modifier's part
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.pos_ == "NOUN":
        noun = noun.head  # "ZX-4 jet trainers": the phrase's noun is the last
    j = d.i - 1
    while j >= 0 and d.i - j <= MAKERS and doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in PLACES and \
            doc[j].text[:1].isupper():
        j -= 1
    if j < 0 or j == d.i - 1 and not _count(doc[j]) and not _modifier(doc[j]):
        return None  # neither maker nor count: "sold Ruritania ZX-4 jets" is left alone ("eight more ZX-4" is counted)
    k = j
    while k >= 0 and j - k < MODIFIERS and _modifier(doc[k]):
        k -= 1  # "two second-hand Korvel ZX-4H helicopters", "four new Korvel ..."
    if k < 0 or not _count(doc[k]) or doc[k].sent.start != noun.sent.start or k > 0 and doc[k - 1].lower_ == "of":
        return None  # no count before the maker (the parser split the sentence inside it; "two of nine": a part)
    return k, noun


def _modifier(t: Token) -> bool:
    return t.pos_ == "ADJ" or t.dep_ == "amod" or t.text == "-" and not t.whitespace_ or \
        t.pos_ == "NOUN" and t.i > 0 and t.doc[t.i - 1].text == "-"  # "second-hand": an adjective in three tokens


def _broken(start: int, d: Token, noun: Token) -> bool:
    inside = range(start, noun.i + 1)
    count = d.doc[start]
    return noun.head.i in inside and noun.head.i != noun.i or d.dep_ not in GOOD or \
        count.dep_ != "nummod" or count.head.i != noun.i or any(t.head.i not in inside for t in d.doc[start:noun.i])


def _top(doc: Doc, start: int, noun: Token) -> Token | None:
    """The phrase's word the parser hung outside it in a noun's role ("three Korvel" as the verb's object)."""
    out = [t for t in doc[start:noun.i] if t.head.i not in range(start, noun.i + 1) and t.dep_ in NOMINAL]
    return out[0] if out else None


def _mend(doc: Doc, start: int, d: Token, noun: Token) -> None:
    inside = range(start, noun.i + 1)
    if noun.head.i in inside and noun.head.i != noun.i:
        top = _top(doc, start, noun)
        if top is None or any(a.i == noun.i for a in top.head.ancestors) or top.head.i in inside:
            return
        noun.head, noun.dep_ = top.head, top.dep_
    above = {a.i for a in noun.ancestors}
    for t in doc[start:noun.i]:
        for c in list(t.children):
            if c.i in above:  # the verb the noun hangs on, hung on the model: it takes the model's place
                c.head, c.dep_ = (c, "ROOT") if t.head.i == t.i else (t.head, t.dep_)
            elif c.i not in inside:
                c.head = noun  # "from X" hung on the model: the noun's
    tops = [t for t in doc[start:noun.i] if t.i == start or not _modifier(t) or t.head.i not in inside or
            not _modifier(t.head)]
    for t in tops:
        if t.i == start:
            t.head, t.dep_ = noun, "nummod"
        elif _modifier(t):
            t.head = noun  # "second-hand", hung on the maker: the noun's
        else:
            t.head, t.dep_ = noun, "compound"
    d.pos_, d.tag_ = "NOUN", "NN"  # a model number: never a name of a party


@Language.component("materiel_designations")
def designations(doc: Doc) -> Doc:
    for d in doc:
        found = phrase(doc, d)
        if found is not None and _broken(found[0], d, found[1]):
            _mend(doc, found[0], d, found[1])
    return doc
