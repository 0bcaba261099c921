"""The words of a sentence that only tell where its account comes from: an "according to" phrase that cites a
document, an assessment or intelligence ("according to a confidential assessment by Ruritanian intelligence
described by two officials"). A state named there is the source of the account, not a party of the transfer
it tells, so a party lent to the sentence from the rest of the text is never that state for being named
(document_parties.py). An "according to" phrase citing people ("according to Ruritanian officials") is left
as it is: officials often speak for their own state's deliveries."""
from __future__ import annotations

from spacy.tokens import Span

from materiel import lexicon

ACCORDING = lexicon.word_set("shared", "according")
SOURCE_NOUNS = frozenset(lexicon.toml("cues.toml")["attribution"]["source_nouns"])


def source_tokens(sent: Span) -> set[int]:
    """The indices of the tokens of each "according to" phrase of `sent` whose head is a source noun."""
    out: set[int] = set()
    for tok in sent:
        if tok.lemma_.lower() not in ACCORDING or tok.dep_ not in ("prep", "advcl", "advmod"):
            continue
        for to in (c for c in tok.children if c.lower_ == "to"):
            for p in (c for c in to.children if c.dep_ == "pobj"):
                if p.lemma_.lower() in SOURCE_NOUNS or any(
                        c.lemma_.lower() in SOURCE_NOUNS for c in p.children if c.dep_ in ("compound", "amod")):
                    out |= {x.i for x in tok.subtree}
    return out


__all__ = ["source_tokens"]
