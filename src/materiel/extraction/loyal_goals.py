"""A goal told by allegiance after a passive: in "six jets were delivered by Ruritania to forces loyal to General X"
the small English model reads "to forces" as an infinitive ("to" a verb's marker, "forces" a clause of its own), so
the clause has no goal. The spaCy component ``materiel_loyal_goals`` (before ``materiel_party_phrases``) makes such a
"to" the preposition of the clause's verb again and the force noun its object, when the noun is a force noun of
words.toml [party_phrases] with a "loyal to" adjective of its own ("troops loyal to", "fighters allied to")."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from materiel.extraction.party_phrases import FORCES, LOYAL


@Language.component("materiel_loyal_goals")
def loyal_goals(doc: Doc) -> Doc:
    """Mend "to forces loyal to X" read as an infinitive (see the module)."""
    for to in doc:
        force = to.head
        if to.lower_ != "to" or to.dep_ != "aux" or force.lower_ not in FORCES or force.i != to.i + 1 or \
                force.head.i == force.i or force.head.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ in ("amod", "acomp") and c.lower_ in LOYAL for c in force.children):
            continue
        verb = force.head
        for c in force.children:
            if c.dep_ == "acomp" and c.lower_ in LOYAL:
                c.dep_ = "amod"  # "forces loyal to": the adjective the noun's, as after any other goal
        to.head, to.dep_, to.pos_ = verb, "prep", "ADP"
        force.head, force.dep_, force.pos_ = to, "pobj", "NOUN"
    return doc
