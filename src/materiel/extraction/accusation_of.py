"""An "of" + gerund the parser hangs on the accuser: in "Ruritania was accused by a panel of experts of sending
jets to X" the small English model reads "of sending ..." as a modifier of "experts" (inside the verb's "by"
phrase), so the accusation loses what it charges. The spaCy component ``materiel_accusation_of`` (after the
parser) moves such an "of" to the accusing verb (words.toml [governors] accusing) whose "by" phrase holds it,
when the verb has no "of" of its own: what one is accused of is the verb's."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

ACCUSING = lexicon.word_set("governors", "accusing")
DEPTH = 4  # nouns and prepositions between the stray "of" and the verb


def _accusing_verb(prep: Token) -> Token | None:
    """The accusing verb above a stray "of" + gerund (through the verb's "by" phrase of nouns), or None."""
    if prep.dep_ != "prep" or not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return None
    t, by = prep.head, False
    for _ in range(DEPTH):
        if t.pos_ not in ("NOUN", "PROPN", "ADP") or t.head.i == t.i:
            return None
        by = by or t.dep_ == "agent"
        t = t.head
        if t.pos_ == "VERB":
            break
    if t.pos_ != "VERB" or t.lemma_.lower() not in ACCUSING or not by:
        return None  # only the accuser's "by" phrase: "accused X's service of Y" keeps its reading
    return None if any(c.lower_ == "of" and c.dep_ == "prep" for c in t.children) else t


@Language.component("materiel_accusation_of")
def accusation_of(doc: Doc) -> Doc:
    for tok in doc:
        verb = _accusing_verb(tok) if tok.lower_ == "of" else None
        if verb is not None:  # "accused by a panel of experts of sending X": the verb's "of"
            tok.head = verb
    return doc
