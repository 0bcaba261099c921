"""An "of" + gerund the parser hangs on the accuser: in "Ruritania was accused by a panel of experts of sending
jets to X" the small English model reads "of sending ..." as a modifier of "experts" (inside the verb's "by"
phrase), so the accusation loses what it charges. The spaCy component ``materiel_accusation_of`` (after the
parser) moves such an "of" to the accusing verb (words.toml [governors] accusing) whose "by" phrase holds it,
when the verb has no "of" of its own: what one is accused of is the verb's. The same holds for an "of" hung on a
date phrase of the verb ("accused Y in the summer of sending X": the summer's "of" is the verb's). And in "accused
Y of financing and arming Z" the tagger reads the first gerund a noun and joins the second to the accusing verb,
which makes the accuser arm Z: the first gerund becomes the "of" phrase's verb and the second its conjunct, so both
are Y's acts."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

ACCUSING = lexicon.word_set("governors", "accusing")
GERUNDS: dict[str, str] = dict(lexicon.toml("words.toml")["charged_gerunds"]["gerunds"])
DEPTH = 4  # nouns and prepositions between the stray "of" and the verb


def _accusing_verb(prep: Token) -> Token | None:
    """The accusing verb above a stray "of" + gerund (through the verb's "by" phrase of nouns), or None."""
    if prep.dep_ != "prep" or not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return None
    t, by = prep.head, prep.head.ent_type_ in ("DATE", "TIME") and prep.head.dep_ == "pobj"
    for _ in range(DEPTH):
        if t.pos_ not in ("NOUN", "PROPN", "ADP") or t.head.i == t.i:
            return None
        by = by or t.dep_ == "agent"
        t = t.head
        if t.pos_ == "VERB":
            break
    if t.pos_ != "VERB" or t.lemma_.lower() not in ACCUSING or not by:
        return None  # only the accuser's "by" phrase or a date: "accused X's service of Y" keeps its reading
    return None if any(c.lower_ == "of" and c.dep_ == "prep" for c in t.children) else t


def _joined_gerund(prep: Token) -> tuple[Token, Token] | None:
    """The first gerund read as a noun and the second, joined to the accusing verb, of "accused Y of financing and
    arming Z", or None."""
    verb = prep.head.head if prep.head.dep_ in ("dobj", "obj") else prep.head  # "of" on the accused or the verb
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSING:
        return None
    if not any(c.dep_ in ("dobj", "obj") and c.i < prep.i for c in verb.children):
        return None
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if first is None or first.tag_ not in ("NN", "VBG") or not first.lower_.endswith("ing") or first.n_lefts:
        return None
    second = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > first.i), None)
    if second is None or not any(c.dep_ == "cc" and first.i < c.i < second.i for c in verb.children):
        return None
    return first, second


@Language.component("materiel_accusation_of")
def accusation_of(doc: Doc) -> Doc:
    for tok in doc:
        verb = _accusing_verb(tok) if tok.lower_ == "of" else None
        if verb is not None:  # "accused by a panel of experts of sending X": the verb's "of"
            tok.head = verb
        joined = _joined_gerund(tok) if tok.lower_ == "of" else None
        if joined is not None:  # "accused Y of financing and arming Z": both gerunds Y's
            first, second = joined
            first.dep_, first.pos_, first.tag_ = "pcomp", "VERB", "VBG"
            first.lemma_ = GERUNDS.get(first.lower_, first.lemma_)
            for c in list(second.head.children):
                if c.dep_ == "cc" and first.i < c.i < second.i:
                    c.head = first
            second.head = first
    return doc
