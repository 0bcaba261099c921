"""A destination that names a firm's site by the firm's possessive ("shipped parts to Zorvan's assembly line in
Turin", "sent the engines to the group's plant"): the firm receives. Sites are data (words.toml [issuers]
`site_nouns`, `destination_sites`); a possessor that is no company ("Ghana's depot") is left to the other steps,
and an unresolved site no longer leaves the row to take a recipient from the sentences before."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved

SITES = lexicon.word_set("issuers", "site_nouns") | lexicon.word_set("issuers", "destination_sites")
CONFIDENCE = 0.75


def _site(tok: Token) -> bool:
    phrase = " ".join([t.lower_ for t in tok.lefts if t.dep_ == "compound"] + [tok.lemma_.lower()])
    return tok.pos_ == "NOUN" and (phrase in SITES or tok.lemma_.lower() in SITES or
                                   " ".join(phrase.split()[-2:]) in SITES)


def site_firm(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The company whose site the destination tok names (see the module); None otherwise."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for") or not _site(tok):
        return None
    for c in tok.children:
        if c.dep_ == "poss" and (r := resolve(c)) is not None and r.actor.kind == "company":
            text = tok.doc[tok.left_edge.i: tok.i + 1].text
            return Resolved(r.actor.model_copy(update={"text": text}), CONFIDENCE, tok)
    return None
