"""A buyer naming the bidder it prefers: "the ministry picked Karvell as preferred bidder for its coast guard's new
frigate", "Peru selected Velka as the winner of its tender for six trainers". The naming verb's object offered
the items of the noun's "for" (or "of") phrase and its subject, the buyer, weighs that offer (stage
`considered`: nothing is signed yet). The nouns are `frame_words.bidder_nouns` and the verbs
`frame_words.customer_naming_verbs` in words.toml; a buyer naming its customer is frames/named_customers.py."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.frames.named_customers import NAMING_VERBS

BIDDERS = lexicon.word_set("frame_words", "bidder_nouns")
TENDERS = lexicon.word_set("frame_words", "bidder_contests")


def _goods(n: Token, finder: FinderState) -> list[Token]:
    """The phrases of what was bid for: "for the frigate", "of its tender for six trainers" (also hung on the verb)."""
    out = []
    for c in [*n.children, *(c for c in n.head.head.children if c.i > n.i and c.lower_ == "for")]:
        if c.dep_ != "prep" or c.lower_ not in ("for", "of"):
            continue
        for p in (p for p in c.children if p.dep_ == "pobj"):
            if finder.items.is_materiel(p):
                out.append(p)
            elif p.lemma_.lower() in TENDERS:  # "winner of the competition for X"
                out += [q for d in p.children if d.dep_ == "prep" and d.lower_ == "for"
                        for q in d.children if q.dep_ == "pobj"]
    return out


def bidder_frames(finder: FinderState, sent: Span) -> list[Frame]:
    """Frames of the bidders a buyer names as preferred (see the module)."""
    out: list[Frame] = []
    for n in sent:
        if n.lower_ not in BIDDERS or n.dep_ != "pobj" or n.head.lower_ != "as":
            continue
        v = n.head.head
        if v.pos_ != "VERB" or v.lemma_.lower() not in NAMING_VERBS:
            continue
        bidder = next((c for c in v.children if c.dep_ in ("dobj", "obj", "oprd")), None)
        buyer = finder.subject_of(v) or (v.head if v.dep_ == "acl" else None)  # "the ministry named X" read as a participle
        if bidder is None or buyer is None:
            continue
        f = Frame(n, "consider", "considered", rule="bidder:named", confidence=0.6)
        f.add("supplier", finder.res.resolve_all(bidder))
        f.add("recipient", finder.res.resolve_all(buyer))
        f.items = [m for g in _goods(n, finder) for m in finder.items.items(g)]
        if f.items and f.roles["supplier"] and f.roles["recipient"]:
            out.append(f)
    return out
