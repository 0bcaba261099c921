"""A supplier's share of a state's arms imports, with the items it included: "Since 2005 Ruritania has accounted
for most of Borduria's arms imports, including 12 Karvell-7 jets", "Ruritania made up 60 per cent of Borduria's
imports, among them four Ostrava-9 radars". The subject supplied the possessor of the imports the items the
"including" phrase names (a delivery); a share with no items names no transfer ([import_shares] in words.toml)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.resolve import Resolved

VERBS = lexicon.word_set("import_shares", "verbs")
IMPORT_NOUNS = lexicon.word_set("import_shares", "import_nouns")
ITEM_PREPS = lexicon.word_set("import_shares", "item_preps")
RULE = "history:import_share"


def _verb(v: Token) -> tuple[str, Token] | None:
    """The verb's phrase ("account for") and the token whose object is the share."""
    low = v.lemma_.lower()
    for c in v.children:
        if c.dep_ in ("prep", "prt") and f"{low} {c.lower_}" in VERBS:
            return f"{low} {c.lower_}", (c if c.dep_ == "prep" else v)
    return (low, v) if low in VERBS else None


def _share(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ in ("pobj", "dobj", "obj")), None)


def _imports(share: Token) -> Token | None:
    """The noun of imports the share is "of" (or the share itself: "Y's imports")."""
    if share.lemma_.lower() in IMPORT_NOUNS:
        return share
    for tok in share.subtree:
        if tok.lemma_.lower() in IMPORT_NOUNS and tok.head.lower_ == "of":
            return tok
    return None


def _buyer(finder: FinderState, v: Token, imports: Token, seller: list[Resolved]) -> list[Resolved]:
    """The possessor of the imports; "its imports" after "X was Y's biggest supplier, accounting for": Y."""
    poss = [c for c in imports.children if c.dep_ == "poss"]
    found = [r for c in poss for r in finder.res.resolve_all(c)]
    if not (poss and poss[0].pos_ == "PRON" and {r.actor.country for r in found} & {r.actor.country for r in seller}):
        return found
    head = v.head if v.dep_ in ("advcl", "conj", "xcomp") else v
    return [r for a in head.children if a.dep_ == "attr" for c in a.children if c.dep_ == "poss"
            for r in finder.res.resolve_all(c)]


def _items(finder: FinderState, v: Token, share: Token) -> list[ItemMention]:
    """The items of an "including" phrase on the share, the imports or the verb."""
    out: list[ItemMention] = []
    for tok in [v, *share.subtree]:
        for c in tok.children:
            if c.lower_ in ITEM_PREPS and c.dep_ in ("prep", "advmod", "amod"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += finder.items.items(p)
    return out


def share_frames(finder: FinderState, sent: Span, frames: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    for v in sent:
        if v.pos_ != "VERB" or any(f.trigger.i == v.i and f.items for f in frames):
            continue
        found = _verb(v)
        share = _share(found[1]) if found else None
        imports = _imports(share) if share is not None else None
        subj = finder.subject_of(v)
        if share is None or imports is None or subj is None:
            continue
        seller = finder.res.resolve_all(subj)
        buyer = _buyer(finder, v, imports, seller)
        items = _items(finder, v, share)
        if not buyer or not seller or not items:
            continue
        f = Frame(v, "supply", "delivered", rule=RULE)
        f.add("supplier", seller)
        f.add("recipient", buyer)
        f.items = items
        out.append(f)
    return out
