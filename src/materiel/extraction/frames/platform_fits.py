"""Subjects of a platform's fit the parser did not mark as passive subjects: "the six jets sold to X by Y are
equipped with radars" (the subject, carrying a participle phrase of its own, parsed "nsubj" of the participle or of its
"auxpass" "are"), "the jets sold to X are armed with missiles" (the participle parsed as "acomp" of "are", the subject
hanging on "are"). checks.py reads a materiel subject there as a platform's fit, no transfer of the fitted item."""
from __future__ import annotations

from spacy.tokens import Token

BE = "be"


def fit_subjects(t: Token) -> list[Token]:
    """The subject of the fitting participle t, where the parse gives it as an active subject of t or of "be"."""
    aux = [c for c in t.children if c.dep_ == "auxpass"]
    if aux:  # the subject on the participle, or on its "are"
        return [c for h in (t, *aux) for c in h.children if c.dep_ == "nsubj"]
    if t.dep_ == "acomp" and t.head.lemma_.lower() == BE:
        return [c for c in t.head.children if c.dep_ == "nsubj"]
    return []
