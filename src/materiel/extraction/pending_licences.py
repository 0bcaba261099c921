"""An export named only as what a licence under review is for is no delivery: "licences for further exports of A to X
will be examined one at a time", "asked the board to review a pending permit for the export of A to X". The
licence's fate is open, and nothing was shipped. A delivered row whose trigger noun hangs by "for"/"of" on a
licence noun (`words.toml [pending_licences]`) whose verb is one of reviewing is dropped. "Licences were granted for
the export of A to X" (a verb of granting) and "suspended the export of A" (no licence noun) stay."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

LICENCES = lexicon.word_set("pending_licences", "licence_nouns")
REVIEW = lexicon.word_set("pending_licences", "review_verbs")
PREPS = ("for", "of")


def _licence_of(t: Token) -> Token | None:
    """The licence noun t hangs on: "licences for (new) exports", "a permit for the export"."""
    p = t.head
    if t.dep_ != "pobj" or p.dep_ != "prep" or p.lower_ not in PREPS:
        return None
    return p.head if p.head.lemma_.lower() in LICENCES or p.head.lower_ in LICENCES else None


def pending_licence(r: Row) -> bool:
    """The row's export is only the object of a licence under review (module docstring)."""
    t = r.frame.trigger
    if t.pos_ not in ("NOUN", "PROPN") or r.frame.stage != "delivered":
        return False
    lic = _licence_of(t)
    if lic is None:
        return False
    v = lic.head
    while v.dep_ == "conj" and v.pos_ in ("NOUN", "PROPN"):
        v = v.head
    return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in REVIEW
