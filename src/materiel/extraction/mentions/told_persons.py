"""The kind of a named entity, for a bare surname the tagger calls an organisation although the text named the
person in full before ("President Anna Varga said ... Varga's government approved ..."): a person, whose
office then gives the state (mentions/resolve.py). Without a state the text gives that person, the name stays an
organisation's, as the tagger has it ("the Varga government" of a leader the text places nowhere)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

KINDS = {"PERSON": "person", "ORG": "other"}


def kind_of(ent: Span, state_of: Callable[[], object]) -> str | None:
    """"person", "other" or None for an entity; a one-word ORG that ends a PERSON told earlier is a person when
    state_of (the state of that person's office, or None) finds one."""
    if ent.label_ != "ORG" or len(ent) != 1 or not ent[0].text[:1].isupper():
        return KINDS.get(ent.label_)
    told = any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent[0].text
               for e in ent.doc.ents if e.end <= ent.start)
    return "person" if told and state_of() is not None else "other"
