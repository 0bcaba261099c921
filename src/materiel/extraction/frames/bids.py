"""A bid for a buyer's contract is an offer to that buyer: "X bid for a Polish army contract for 40 howitzers",
"X's bid for the navy's tender for two corvettes", "X competed for a Chilean contract for frigates". The bidder
(the subject of the verb, the possessor or modifier of the noun) supplies; the buyer is the owner the contract
noun names ("a Polish army contract", "Chile's tender", "a contract from X"). The items are those of the
contract's "for" phrase. Without an owner in the phrase the row keeps no recipient, and the text's buying
state may give it one later (offer_recipients.py). The words are `bids` in words.toml [frame_words]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

BIDS = lexicon.word_set("frame_words", "bid_words")
CONTRACTS = lexicon.word_set("frame_words", "contract_nouns") | lexicon.word_set("frame_words", "tender_nouns")
OWNER_DEPS = ("poss", "amod", "compound", "nmod")
ONLY_FOR_CONTRACTS = lexicon.word_set("frame_words", "contract_only_bid_words")  # "bid for F-35s" still asks


def _contract(t: Token) -> Token | None:
    """The contract noun of the bid's "for" phrase ("competing in a tender": its "in" phrase), or None."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "in"):
            for p in c.children:
                if p.dep_ == "pobj" and (p.lemma_.lower() in CONTRACTS or p.lower_ in CONTRACTS):
                    return p
    return None


def _owners(n: Token, res: ActorResolver) -> list[Resolved]:
    """Who the contract noun n is of: its modifiers ("a Polish army contract", "Chile's tender"), its "from"."""
    found: list[Resolved] = []
    for c in n.children:
        toks = [c] if c.dep_ in OWNER_DEPS else \
            [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("from", "of") else []
        for t in toks:
            r = res.resolve(t) or res._demonym_modifier(t)
            if r is not None:
                found.append(r)
    return found


def bid_parties(f: Frame, res: ActorResolver, items: ItemFinder) -> None:
    """Read a bid frame for a contract as the bidder's offer to the contract's owner (see the module)."""
    t = f.trigger
    if t.lemma_.lower() not in BIDS or f.cls != "request":
        return
    n = _contract(t)
    if n is None:
        if t.lemma_.lower() in ONLY_FOR_CONTRACTS:
            f.items, f.implicit = [], None  # "competed in the AAA championships": no request of anything
        return
    bidders = [r for r in f.roles["recipient"] if r.token.i not in {x.i for x in n.subtree}]
    f.cls, f.stage, f.rule = "offer", "offered", f.rule + ":bid"
    f.roles["supplier"], f.roles["recipient"] = bidders, []
    f.add("recipient", [r for r in _owners(n, res) if r.actor.id not in {b.actor.id for b in bidders}])
    if not f.items:
        f.items = [m for c in n.children if c.dep_ == "prep" and c.lower_ == "for"
                   for p in c.children if p.dep_ == "pobj" for m in items.items(p)]
