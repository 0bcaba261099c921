"""An "of" phrase the parser hangs on the recipient after a transfer noun: in "completed shipments to the Ruritanian
army of 60 mm bombs" or "deliveries to Borduria of four ZX-4 boats" the small English model reads "of ..." as a
modifier of the party (the object of the noun's "to"), so the shipment loses its item. The spaCy component
``materiel_transfer_noun_of`` (after the parser) moves such an "of" to the transfer noun (the nouns of the classes
of words.toml [party_phrases] to_of_classes in `data/predicates.toml`) when the noun has no "of" of its own and the
"of" names a counted or calibred common noun, not a place or a name ("the army of Borduria", "the Ministry of
Defence" stay)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

_CLASSES = lexicon.toml("predicates.toml")["classes"]
NOUNS = frozenset(n for c in lexicon.word_list("party_phrases", "to_of_classes") for n in _CLASSES[c]["nouns"])
PERMITS = lexicon.word_set("permits", "permit_nouns")
BODIES = lexicon.word_set("resolve", "state_body_names") | lexicon.word_set("party_phrases", "seat_nouns")


def _transfer_noun(prep: Token) -> Token | None:
    """The transfer noun whose "to PARTY" holds this stray "of"."""
    party = prep.head
    if prep.dep_ != "prep" or party.dep_ != "pobj" or party.head.lower_ != "to" or prep.i < party.i:
        return None
    noun = party.head.head
    if noun.pos_ in ("VERB", "AUX"):  # "completed shipments to Borduria of ...": "to" on the verb, after its object
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i == party.head.i - 1), noun)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NOUNS or any(c.lower_ == "of" for c in noun.children):
        return None
    if noun.head.lower_ == "for" and PERMITS & {noun.head.head.lower_, noun.head.head.head.lower_}:
        return None  # "a licence (granted) for the export to Borduria of ...": the permit frames' content
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ != "NOUN" or objs[0].lower_ in BODIES or objs[0].ent_type_ in ("GPE", "NORP"):
        return None  # "deliveries to the army of Borduria": the party's own "of"
    if not any(t.like_num for t in objs[0].subtree):
        return None  # a counted or calibred load only: "the export to Borduria of complete weapons" may be a class
    return noun


@Language.component("materiel_transfer_noun_of")
def transfer_noun_of(doc: Doc) -> Doc:
    for tok in doc:
        noun = _transfer_noun(tok) if tok.lower_ == "of" else None
        if noun is not None:
            to = tok.head.head
            tok.head, to.head, to.dep_ = noun, noun, "prep"
    return doc
