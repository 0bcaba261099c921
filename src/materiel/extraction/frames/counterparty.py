"""Which side of a deal the subject is on, where the predicate's class says the other.

- A contract won or awarded (frames/awards.py): "X won a contract from Y", "Y awarded X a contract": X sells.

- A contract signed "with" someone: "Hanwha signed a contract with the Polish Army for howitzers". A buy
  predicate reads its subject as the buyer and the "with" party as the seller; when the subject is a company
  and the "with" party a state, one of its bodies or an organisation of states, the company sells and the
  state buys ("the agency signed a contract with Hanwha" stays); so does a name a state owns ("Ruritania's
  Kestrel", no person's, place's or body's), a firm of that state.
- A lease "from" someone: "India leased two drones from the US". A supply verb reads its subject as the
  supplier ("Japan leased five aircraft to X"); a verb of leasing (words.toml `frame_words.leasing_verbs`)
  with a "from" party and no recipient has the lessee as its subject, who receives.
- A sale to a firm "for" a state's forces: the firm is the intermediary (frames/end_users.py)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import named_customers
from materiel.extraction.frames.applications import applicant_party, licence_item
from materiel.extraction.frames.armed_items import own_craft
from materiel.extraction.frames.awards import award_parties
from materiel.extraction.frames.bids import bid_parties
from materiel.extraction.frames.customer_orders import customer_parties, firm_like
from materiel.extraction.frames.embargo_relatives import embargo_clause
from materiel.extraction.frames.end_users import end_user
from materiel.extraction.frames.former_holders import former_holder
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.item_holders import item_holders
from materiel.extraction.frames.item_parties import drop_named_item_recipients
from materiel.extraction.frames.joint_signers import orient_joint_signers
from materiel.extraction.frames.leased_origin import lease_of_foreign
from materiel.extraction.frames.opening_parties import drop_origin_recipients
from materiel.extraction.frames.relative_holders import relative_holder
from materiel.extraction.frames.state_contracts import orient_state_contract
from materiel.extraction.mentions import apposed_firms
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.reporters import reporter_of
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved

BUYER_KINDS = frozenset({"state", "government_body", "igo"})
LEASING_VERBS = lexicon.word_set("frame_words", "leasing_verbs")
STATE_BODY_NAMES = lexicon.word_set("resolve", "state_body_names")
NOT_FIRM_TYPES = ("PERSON", "GPE", "NORP", "LOC", "DATE", "FAC")


def orient_parties(f: Frame, res: ActorResolver, items: ItemFinder) -> None:
    """Swap the roles of `f` where the subject is on the other side of the deal (see the module)."""
    drop_named_item_recipients(f)  # "sold Wing Loong drones to X": "Loong" read as an indirect object
    drop_origin_recipients(f)  # "passed US-supplied rifles to X", "sent UK-origin rifles to X": not to the US, UK
    item_holders(f, res, items)  # "the air force's Kestrel jets will receive X": the air force
    own_craft(f, items, set(res.by_token))  # "bought six boats and armed them with missiles": the boats
    award_parties(f, res)
    bid_parties(f, res, items)  # "X bid for a Polish army contract for Y": X offers Y to Poland
    customer_parties(f, res)  # "an order from the navy for six sonars": the firm sells
    named_customers.read(f, res, items)  # "X named Peru as launch customer for Y": X sells
    orient_company_contract(f)
    orient_body_contract(f)  # "a contract signed with the Ruritanian army for X": the army buys
    orient_state_contract(f, res)  # "a contract with Ruritania for X": Ruritania buys
    embargo_clause(f, res)  # "an embargo on X, which bars the sale of Y": X would have received Y
    licence_item(f, res)  # "refused fresh export licences to X": the licences are what is refused
    applicant_party(f, res, items)  # "would not approve an application from X for Y": X would have received Y
    orient_joint_signers(f)  # "X and Y sign a contract for Z": the firm sells
    orient_lease(f)
    lease_of_foreign(f, res)  # "X leased six Borduvian jets": Borduvia lets them to X
    former_holder(f, res)  # "two former Borduvian Navy boats bought by X": Borduvia sells
    relative_holder(f, res, items)  # "its four boats, which Y delivered": its holder receives
    orient_firm_signer(f)  # "X, which signed for twelve boats": a firm signs as the seller
    end_user(f)  # "sold X to a broker for the army of Y": the broker is the intermediary


def orient_company_contract(f: Frame) -> None:
    """Swap the roles of `f` when its recipients are all companies and its suppliers all buyers
    named in a "with" phrase."""
    sellers, buyers = f.roles["supplier"], f.roles["recipient"]
    if not sellers or not buyers or f.stage not in ("ordered", "considered"):
        return
    if not all(firm_like(b) or _possessed_name(b) or apposed_firms.apposed_name(b) is not None for b in buyers):
        return
    if not all(s.actor.kind in BUYER_KINDS and _with_object(s.token) for s in sellers):
        return
    f.roles["supplier"], f.roles["recipient"] = [_as_firm(b) for b in buyers], sellers
    f.rule += ":company-seller"


def orient_body_contract(f: Frame) -> None:
    """"Its biggest deal was one agreed with Ruritania's Ministry of Defence for shells": a deal whose only party
    is a state's body (a ministry, an armed force) in a "with" phrase; the body buys, the seller is told elsewhere."""
    sellers = f.roles["supplier"]
    if not sellers or f.roles["recipient"] or f.stage not in ("ordered", "considered"):
        return
    if all(s.actor.kind == "government_body" and _with_object(s.token) for s in sellers):
        f.roles["supplier"], f.roles["recipient"] = [], sellers
        f.rule += ":body-buyer"


def _with_object(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _possessed_name(r: Resolved) -> bool:
    """"South Africa's Kestrel signed a contract with the Peruvian Navy": a name (no person's, place's or
    body's) that a state owns, read as the state, is a firm of it when it signs with a state's body."""
    t = reporter_of(r.token)
    return r.actor.kind == "state" and t.pos_ == "PROPN" and t.ent_type_ not in NOT_FIRM_TYPES and \
        t.lower_ not in STATE_BODY_NAMES and not t.text.isupper() and \
        any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in t.children) and \
        not any(c.dep_ == "poss" and c.i <= t.i and c.lower_ == t.lower_ for c in t.children)


def _as_firm(r: Resolved) -> Resolved:
    apposed = apposed_firms.apposed_name(r)
    if apposed is None and not _possessed_name(r):
        return r
    return apposed_firms.company(r, apposed or reporter_of(r.token))


def orient_lease(f: Frame) -> None:
    """Make the subject of `f` its recipient when `f` leases from a party named in a "from" phrase."""
    t = f.trigger
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in LEASING_VERBS or f.roles["recipient"]:
        return
    lessors = [s for s in f.roles["supplier"] if _from_phrase(s.token)]
    lessees = [s for s in f.roles["supplier"] if not _from_phrase(s.token)]
    if lessors and lessees:
        f.roles["supplier"], f.roles["recipient"] = lessors, lessees
        f.rule += ":lessee"


def _from_phrase(tok: Token) -> bool:
    """tok (or the first of its conjuncts) is the object of a "from" phrase."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "from"


def orient_firm_signer(f: Frame) -> None:
    """A firm that "signed for" items with no seller named is the seller ("the yard, which signed for twelve
    boats"); its buyer comes from the text. A state or its body signing for items stays the buyer."""
    buyers = f.roles["recipient"]
    if f.cls == "sign_for" and buyers and not f.roles["supplier"] and all(b.actor.kind == "company" for b in buyers):
        f.roles["supplier"], f.roles["recipient"] = buyers, []
        f.rule += ":firm-seller"
