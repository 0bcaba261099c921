"""An ambiguous acronym of the gazetteer ("HAWK", "MILAN", "CAESAR": a common English word in capitals,
matched case-sensitively) is often written in title case inside a list of systems: "air defence systems
such as the Patriot; Hawk; IRIS-T; and Gepards". Such a title-case word is a doubtful name, like an
ambiguous name outside a materiel context: the recognizer keeps it only when the text lists it beside a
recognised one (`listed_names.rescue`), so "Hawk" alone, or "Milan" in "talks in Milan", is never an item."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from materiel import lexicon


def titled_forms(entries: Iterable[lexicon.MaterielEntry], ambiguous: set[str]) -> dict[str, lexicon.MaterielEntry]:
    """Title-case form ("Hawk") -> the entry of each all-capitals ambiguous phrase ("HAWK") of one word."""
    forms: dict[str, lexicon.MaterielEntry] = {}
    for entry in entries:
        if entry.generic:
            continue
        for phrase in (entry.name, *entry.aliases):
            if phrase in ambiguous and phrase.isalpha() and phrase.isupper() and len(phrase) >= 3:
                forms.setdefault(phrase.title(), entry)
    return forms


def titled_doubtful(doc: Doc, forms: dict[str, lexicon.MaterielEntry], covered: set[int]) -> list[Span]:
    """One-token spans of the title-case forms in `doc` outside the tokens `covered` by other matches."""
    found: list[Span] = []
    for t in doc:
        entry = forms.get(t.text)
        if entry is not None and t.i not in covered:
            found.append(Span(doc, t.i, t.i + 1, label=entry.category, kb_id=entry.name))
    return found
