"""A supplier the text says it does not name: "plans to acquire six helicopters, without naming a supplier", "bought
rifles from an undisclosed seller", "the ministry declined to identify the manufacturer", "the seller was not
disclosed". The row keeps no supplier: none is taken from the sentences before, and the register keeps it with the
supplier left empty, as it keeps a seizure's. Words: [unnamed_suppliers] in words.toml, and the modifiers of an
unnamed party of [arguments] (frames/unnamed_parties.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.unnamed_parties import UNDISCLOSED  # [arguments] undisclosed_party_modifiers

NOUNS = lexicon.word_set("unnamed_suppliers", "supplier_nouns")
VERBS = lexicon.word_set("unnamed_suppliers", "naming_verbs")
REFUSALS = lexicon.word_set("unnamed_suppliers", "refusing_verbs")
_KEY = "materiel_unnamed_supplier"


def _unnamed(n: Token) -> bool:
    """The supplier noun n is told as unnamed: "an undisclosed seller", "without naming a supplier", "did not
    identify the manufacturer", "declined to name the seller", "the supplier was not disclosed"."""
    if any(c.dep_ == "amod" and c.lower_ in UNDISCLOSED for c in n.children):
        return True
    v = n.head
    if n.dep_ == "nsubjpass" and v.lemma_.lower() in VERBS:  # "the supplier was not disclosed"
        return any(c.dep_ == "neg" for c in v.children)
    if n.dep_ not in ("dobj", "obj") or v.lemma_.lower() not in VERBS:
        return False
    if any(c.dep_ == "neg" for c in v.children):
        return True
    if v.dep_ == "pcomp" and v.head.lower_ == "without":
        return True
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in REFUSALS


def unnamed_supplier(sent: Span) -> bool:
    """The sentence says its supplier is not named (cached on the document per sentence)."""
    cache: dict[int, bool] = sent.doc.user_data.setdefault(_KEY, {})
    if sent.start not in cache:
        cache[sent.start] = any(t.lower_ in NOUNS and _unnamed(t) for t in sent)
    return cache[sent.start]


def _told_next(sent: Span) -> bool:
    """The next sentence is itself the statement ("Kenya bought rifles. The supplier was not disclosed.")."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    return any(t.lower_ in NOUNS and _unnamed(t) and t.head.i == nxt.root.i for t in nxt)


def _says_unnamed(sent: Span) -> bool:
    return unnamed_supplier(sent) or _told_next(sent)


def mark(rows: list[Row]) -> None:
    """A row with no supplier in a sentence that says its supplier is not named, or followed by a sentence that
    says so: the role is no one in particular (kept empty by the pipeline's last clearing of such roles)."""
    for r in rows:
        if r.supplier is None and _says_unnamed(r.sent):
            r.frame.generic.add("supplier")


def kept_unnamed(r: Row) -> bool:
    """The row's supplier is empty because the text says it is not named."""
    return r.supplier is None and "supplier" in r.frame.generic and _says_unnamed(r.sent)
