"""A state's unit is no organisation of its own: the tagger reads "the 3rd Mechanised Brigade of the Ostrian army" or
"the navy's 2nd Flotilla" as an ORG entity, and its name would then stand for the unit as a party of its own. The
spaCy component ``materiel_unit_ents`` (after the tagger's entities, before the actor recognizer) drops an ORG entity
whose head is a unit of a force (mentions/unit_of.py), so that the unit stands for the force's state."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from materiel.extraction.mentions.unit_of import state_unit


@Language.component("materiel_unit_ents")
def unit_ents(doc: Doc) -> Doc:
    """Drop ORG entities that name a unit of a state's force (see the module)."""
    if doc.ents and any(e.label_ == "ORG" and state_unit(e.root) for e in doc.ents):
        doc.ents = [e for e in doc.ents if not (e.label_ == "ORG" and state_unit(e.root))]
    return doc
