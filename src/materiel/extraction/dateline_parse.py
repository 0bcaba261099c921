"""A dateline the parser takes for the subject: in "Ruritown, May 2 - The junta has bought six A" the small
English model makes the place the subject of the verb and the real subject ("The junta") its apposition, so the
place's state becomes the buyer. The spaCy component ``materiel_datelines`` (after ``materiel_reparse``) mends such
a sentence: when it opens with a capitalised place, a dash follows within DATELINE_SPAN tokens, the place is a
subject and an apposition after the dash hangs on it, the apposition
becomes the subject and the place (with the words up to the dash) a modifier of the verb. Only a place in title
case: a dateline in capitals ("RUTOWN, May 2 -") is left to the frames (frames/governors.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

DASHES = ("-", "–", "—", "--")
DATELINE_SPAN = 10  # tokens from a dateline's place to its dash ("Ruritown, May 2, 2016 (Agency) -")
SUBJECTS = ("nsubj", "nsubjpass")


def _dash(sent: Span) -> Token | None:
    """A dash standing apart ("May 2 - The"), not one inside a word ("all-weather")."""
    return next((t for t in sent[1:DATELINE_SPAN] if t.text in DASHES and t.whitespace_
                 and t.doc[t.i - 1].whitespace_), None)


def _misread(sent: Span) -> tuple[Token, Token, Token] | None:
    """(place, dash, apposition) when the sentence's opening place is read as the subject of a dateline."""
    place = sent[0]
    if place.pos_ != "PROPN" or not place.text.istitle() or place.dep_ not in SUBJECTS:
        return None
    if len(sent) < 4 or sent[1].text not in (",", "(", *DASHES) and sent[1].dep_ != "compound":
        return None
    dash = _dash(sent)
    if dash is None:
        return None
    if place.head.i == place.i:
        return None
    appos = next((t for t in sent if t.i > dash.i and t.dep_ == "appos" and t.head.i == place.i), None)
    if appos is None:
        return None
    return place, dash, appos


@Language.component("materiel_datelines")
def datelines(doc: Doc) -> Doc:
    for sent in doc.sents:
        found = _misread(sent)
        if found is None:
            continue
        place, dash, appos = found
        verb = place.head
        appos.head, appos.dep_ = verb, place.dep_
        place.dep_ = "npadvmod"
        for t in doc[place.i + 1: dash.i + 1]:
            if not (place.i <= t.head.i <= dash.i) or t.head.i == t.i:
                t.head = place  # the date and the dash: the place's
    return doc
