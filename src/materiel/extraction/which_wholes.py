"""A relative "of which" the parser hangs on the verb before it: in "X ordered 40 A-9 radars from Y, of which 25
had been delivered" the small English model often makes "delivered" a conjunct or an adverbial clause of
"ordered" instead of a relative clause on "radars". The spaCy component ``materiel_which_wholes`` (after the
materiel recognizer) mends it: the clause of ", of which N ..." becomes a relative clause on the head of the
last materiel mention before the comma, so that its count reads as a part of that whole
(extraction/antecedents.py, frames/relative_parts.py) and its verb as a transfer of its own; a number word
the tagger took for a noun there ("of which ten had arrived") is made a number."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

MISREAD = ("conj", "advcl", "ccomp", "parataxis", "xcomp")  # dependencies the parser gives such a relative
WINDOW = 12  # tokens searched back from the comma for the whole
CLIMB = 3  # heads climbed from "of" to the clause's verb


def _clause_verb(of: Token) -> Token | None:
    """The verb whose clause ", of which ..." opens ("of" on the verb, or on its count subject)."""
    head = of
    for _ in range(CLIMB):
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
    return None


def _whole(doc: Doc, comma: int) -> Token | None:
    """The head of the last materiel mention ending just before the comma (within WINDOW tokens), climbed to the
    noun it names ("Super Tucano trainers": "trainers"); none when another noun or a verb stands between it and
    the comma ("received A in 2021 and ordered B trainers, of which ...": B is not known, A is not the whole)."""
    spans = [s for s in doc.spans.get("materiel", []) if comma - WINDOW <= s.start and s.end <= comma]
    if not spans:
        return None
    whole: Token = max(spans, key=lambda s: s.end).root
    while whole.dep_ == "compound" and whole.i < whole.head.i < comma:
        whole = whole.head
    between = doc[max(whole.i + 1, max(s.end for s in spans)): comma]
    return whole if all(_phrase_word(t) for t in between) else None


def _named(t: Token) -> bool:
    """t is a materiel mention's head, or the noun one is a compound of ("Super Tucano trainers")."""
    spans = t.doc.spans.get("materiel", [])
    return any(s.start <= t.i < s.end or s.root.dep_ == "compound" and s.root.head.i == t.i for s in spans)


def _phrase_word(t: Token) -> bool:
    """t may stand between the whole and the comma: a word of a phrase of place, party or time ("from Y in early
    2019")."""
    return t.pos_ in ("ADP", "DET", "NUM", "PROPN", "ADJ") or t.ent_type_ == "DATE"


@Language.component("materiel_which_wholes")
def which_wholes(doc: Doc) -> Doc:
    for which in doc:
        if which.lower_ != "which" or which.dep_ != "pobj" or which.i < 2:
            continue
        of, comma = doc[which.i - 1], which.i - 2
        if of.lower_ != "of" or which.head.i != of.i or doc[comma].text != ",":
            continue
        verb = _clause_verb(of)
        if verb is None or verb.i < comma or verb.sent.start != which.sent.start:
            continue
        whole = _whole(doc, comma) if verb.dep_ in MISREAD else None
        if whole is not None and not verb.is_ancestor(whole) and whole.i != verb.i:
            verb.head, verb.dep_ = whole, "relcl"
        if verb.dep_ != "relcl" or not _named(verb.head):
            continue  # "ordered B trainers, of which ten ...", B not known: "ten" points to no earlier system
        for count in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.like_num and c.pos_ != "NUM"):
            count.tag_, count.pos_ = "CD", "NUM"  # "of which ten had arrived": "ten" tagged as a noun
    return doc
