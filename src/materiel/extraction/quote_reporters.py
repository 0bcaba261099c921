"""A reporting verb after a quotation the parser hangs inside it: in '"Tarvia has sold us six jets," the defence
minister said' the small English model reads "said" as a relative clause on "jets", so the quotation has no
speaker and its "us" no state. A reporting verb (cues.toml [attribution] reporting_verbs) right after a quotation
that closes on a comma, with its own subject and its head inside the quotation, becomes the sentence's head and
the quotation's verb its clausal complement, as the parser reads it when it gets it right. The component
``materiel_quote_reporters`` runs after the parser."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

REPORTING = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"])
QUOTES = frozenset({'"', "\u201d", "''"})
SPAN = 8  # tokens from the closing quote to the reporting verb ('," the Tarvian defence minister said')


def _reporter(close: Token) -> Token | None:
    """The reporting verb hung inside the quotation that `close` ends, or None."""
    doc = close.doc
    if close.i < 2 or doc[close.i - 1].text != ",":
        return None
    for v in doc[close.i + 1: min(len(doc), close.i + 1 + SPAN)]:
        if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in REPORTING:
            inside = v.head.i < close.i and v.dep_ in ("relcl", "acl", "advcl", "conj")
            subject = any(c.dep_ == "nsubj" and close.i < c.i < v.i for c in v.children)
            return v if inside and subject else None
        if v.is_punct:
            return None
    return None


@Language.component("materiel_quote_reporters")
def quote_reporters(doc: Doc) -> Doc:
    for close in doc:
        if close.text not in QUOTES:
            continue
        v = _reporter(close)
        if v is None:
            continue
        root = v.sent.root if v.sent.root.i < close.i else None
        if root is None or root.i == v.i:
            continue
        head, dep = root.head, root.dep_
        v.head, v.dep_ = (v, "ROOT") if head.i == root.i else (head, dep)
        root.head, root.dep_ = v, "ccomp"
        for t in (doc[close.i - 1], close):
            t.head, t.dep_ = v, "punct"
    return doc
