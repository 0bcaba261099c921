"""A weapon's designation the tagger took for an organisation ("gearboxes for its Kestrel-9s", "parts for its MiG-29s"):
an entity whose words all lie inside one materiel mention that carries a designation names the item, never a party.
A name the actor lexicon knows is read before the tagger's entities, so a firm named like its product keeps its
reading."""
from __future__ import annotations

from spacy.tokens import Span


def names_item(ent: Span) -> bool:
    """ent lies wholly inside a materiel mention with a designation ("Kestrel-9s" in "its Kestrel-9s")."""
    return any(m.kb_id_ and m.start <= ent.start and ent.end <= m.end for m in ent.doc.spans.get("materiel", []))


__all__ = ["names_item"]
