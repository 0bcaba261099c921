"""A firm's orders and contracts told from the seller's side, where the buy predicate's default roles are reversed.

- "an order from the Danish navy for six sonars", "orders from Chile and Peru for its drones", "the largest was a
  contract from Oman's defence ministry for radars": a contract noun whose "from" party is a state or one of its
  bodies names the customer, who buys; the seller is a company the noun or its items belong to ("its first
  contract from X", "for its drones"), or the text's firm when none is named.
- "X's export contract for Y", "its first export order": the holder of an export deal sells.
- "the firm cancelled a contract for radars for Mali": a company that cancels a deal it holds for a state's
  order is the seller (a buyer cancelling, "Canberra cancelled the contract", stays the recipient).
The words are `frame_words` in words.toml."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions import firm_countries
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

CONTRACTS = lexicon.word_set("frame_words", "contract_nouns")
EXPORT_WORDS = lexicon.word_set("frame_words", "export_modifiers")
COMMAND_PREPS = lexicon.word_set("frame_words", "command_preps")
FIRM_NAME_WORDS = lexicon.word_set("frame_words", "firm_name_words")
BUYER_KINDS = frozenset({"state", "government_body", "igo"})
BUYING_CLASSES = frozenset({"buy", "customer", "intent"})


def firm_like(r: Resolved) -> bool:
    """A company, or an unlisted organisation whose name ends as a firm's ("X Technologies")."""
    words = r.actor.name.lower().split()
    return r.actor.kind == "company" or r.actor.kind == "other" and len(words) > 1 and words[-1] in FIRM_NAME_WORDS


def customer_parties(f: Frame, res: ActorResolver) -> None:
    """Reverse the roles of a firm's contract (see the module)."""
    if f.cls in ("cancel", "call_off") or f.cls == "buy" and f.stage == "refused":
        _cancelled_by_seller(f, res)
    elif f.cls == "buy" and f.trigger.pos_ in ("NOUN", "PROPN") and ":awarded" not in f.rule:
        _export_holder(f)
        _orders_from(f, res)
    if f.cls in BUYING_CLASSES and not f.roles["supplier"] and f.roles["recipient"]:
        makers = [r for r in _item_owners(f, res) if r.actor.id not in {b.actor.id for b in f.roles["recipient"]}]
        if makers:  # "the first customer for X's drones", "Peru's order for X's rifles": X sells
            f.roles["supplier"] = makers
            f.rule += ":maker"


def _contract_noun(n: Token) -> bool:
    return n.lemma_.lower() in CONTRACTS or n.lower_ in CONTRACTS


def _from_pobj(tok: Token, n: Token) -> bool:
    """tok (or the first of its conjuncts) is the object of a "from" phrase of noun n or of n's verb."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "from" and (prep.head.i == n.head.i or prep.head in n.subtree)


def _orders_from(f: Frame, res: ActorResolver) -> None:
    """"an order from the Danish navy for six sonars": the "from" state buys, a company sells."""
    n = f.trigger
    if not _contract_noun(n) or not f.items and n.dep_ == "pobj" and n.head.lower_ in COMMAND_PREPS:
        return  # "acting on orders from Moscow": a command
    sellers, buyers = f.roles["supplier"], f.roles["recipient"]
    if not sellers or not all(s.actor.kind in BUYER_KINDS and _from_pobj(s.token, n) for s in sellers):
        return
    if not all(firm_like(b) for b in buyers):
        return  # "India's order from Russia": the holder buys, "from" sells
    firms = buyers or _item_owners(f, res) or _sentence_firm(n, res)
    f.roles["supplier"], f.roles["recipient"] = firms, sellers
    f.rule += ":customer"


def _item_owners(f: Frame, res: ActorResolver) -> list[Resolved]:
    """The companies whose items the frame's items are ("for its drones", "for X's radars", "X rifles"); not of a
    firm's own name taken for an item ("to buy X Optics, a sights maker": the firm bought, no item of it)."""
    out: list[Resolved] = []
    for m in f.items:
        root = m.span.root
        if any(c.dep_ == "appos" and firm_countries.firm_noun(c) for c in root.children):
            continue
        for c in root.subtree:  # "its drones", "X's B-7 drone" (the parser hangs X on the designation)
            if c.dep_ in ("poss", "compound", "nmod") and c.i < root.i:
                out += [r for r in res.resolve_all(c) if firm_like(r)]
    return out


def _sentence_firm(n: Token, res: ActorResolver) -> list[Resolved]:
    """The firm the sentence is about: a company subject or possessor outside the noun's own phrase ("the firm's
    order intake was lifted by a contract from X"), else the one firm the sentence names ("Sales at Y rose on
    orders from X")."""
    outside = [t for t in n.sent if t not in n.subtree and res.is_actor_span(t)]
    for t in outside:
        if t.dep_ in ("nsubj", "nsubjpass", "poss"):
            firms = [r for r in res.resolve_all(t) if firm_like(r)]
            if firms:
                return firms
    firms = [r for t in outside for r in [res.resolve(t)] if r is not None and firm_like(r)]
    return firms[:1] if len({r.actor.id for r in firms}) == 1 else []  # "Sales at X rose on orders from Y"


def _export_holder(f: Frame) -> None:
    """"its first export contract for X": the deal's holder (read as the buyer) sells."""
    n = f.trigger
    if not _contract_noun(n) or not any(c.dep_ in ("amod", "compound") and c.lower_ in EXPORT_WORDS
                                        for c in n.children):
        return
    holders = [r for r in f.roles["recipient"] if r.token.dep_ == "poss" and r.token.head.i == n.i]
    if holders and not f.roles["supplier"]:
        f.roles["supplier"] = holders
        f.roles["recipient"] = [r for r in f.roles["recipient"] if r not in holders]
        f.rule += ":export-holder"


def _cancelled_by_seller(f: Frame, res: ActorResolver) -> None:
    """"the firm cancelled a contract for radars for Mali": the company sells, the state it was for buys."""
    buyers, t = f.roles["recipient"], f.trigger
    if not buyers or not all(firm_like(b) for b in buyers) or f.roles["supplier"]:
        return
    if not all(b.token.dep_ == "nsubj" and b.token.head.i in (t.i, t.head.i) for b in buyers):
        return  # "Ankara blocked the firm's purchase of X": not the firm's own cancellation
    deals = [t] if t.pos_ in ("NOUN", "PROPN") else [c for c in t.children if c.dep_ in ("dobj", "obj")]
    states = [r for d in deals for p in d.subtree if p.dep_ == "prep" and p.lower_ in ("for", "to")
              for o in p.children if o.dep_ == "pobj"
              for r in res.resolve_all(o) if r.actor.kind in BUYER_KINDS | {"armed_group"}]
    f.roles["supplier"], f.roles["recipient"] = buyers, states
    f.rule += ":seller-cancels"
