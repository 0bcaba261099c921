"""A name the tagger marks as a firm or group (ORG) that the materiel gazetteer reads as a designated system
("two new gearboxes for its Kestrel-9s", "The Kestrel-9 flies well"): an item, never a party, so neither a
recipient of its own nor the antecedent of "we" or "they". A name the actor lexicon knows is read before the
tagger's entities, so a firm named like its product keeps its reading."""
from __future__ import annotations

from spacy.tokens import Span


def names_item(ent: Span) -> bool:
    """The entity's head word lies in a materiel span with a designation (the gazetteer's kb id)."""
    root = ent.root.i
    return any(s.kb_id_ and s.start <= root < s.end for s in ent.doc.spans.get("materiel", []))
