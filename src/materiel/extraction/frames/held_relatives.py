"""A holding told with the items' origin in a clause of the items themselves: "Ruritania's navy operates two
Karvell-7 corvettes that Borduria delivered in 2004", "The Ruritanian army's sole helicopters, two Ostrava-9
machines that Borduria supplied in 2006, are grounded", "The air force's only jets remain the three Tarpan F2
fighters bought from Borduria in 2010". The transfer's clause (a relative clause or a participle on the item
noun) names its supplier and no recipient; the holder of the items, named in the same sentence, received them:

- the possessor of the items' phrase, or of the phrase it stands in apposition to ("the army's helicopters, two
  X that ..."), or of the subject of a copula whose complement the items are ("the air force's jets remain the
  three X bought from ...");
- the subject of a verb of holding ([held_origins] verbs of words.toml) whose object is the items' phrase.

Only a state or a body of one, never the supplier's own state; only a delivered or ordered transfer (of supply,
sale or purchase, not a maker's "built by X") that is no negation and names its supplier in its own clause (a subject, a "by" or a "from" phrase)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.frames.stock_owners import owner_on
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.resolve import Resolved
from materiel.extraction.mentions.resolved import same_state

VERBS = lexicon.word_set("held_origins", "verbs")
OBJECT_PREPS = lexicon.word_set("held_origins", "object_preps")
COPULAS = ("be", "remain")
STATE_KINDS = ("state", "government_body")
STAGES = ("delivered", "ordered")
CLAUSE_DEPS = ("relcl", "acl")
CLASSES = ("supply", "sell", "buy")  # not a maker's clause ("vehicles built by X")


def _owner_phrase(n: Token) -> Token:
    """The phrase the items' noun stands for: past an apposition and a list ("its jets, two X and four Y")."""
    while n.dep_ in ("appos", "conj") and n.head.i != n.i:
        n = n.head
    return n


def _possessor(n: Token) -> Token | None:
    return next((c for c in n.children if c.dep_ == "poss"), None)


def _holder_token(finder: FinderState, noun: Token) -> Token | None:
    """The token naming the items' holder (see the module's text)."""
    n = _owner_phrase(noun)
    own = _possessor(n)
    if own is not None:
        return own
    head = n.head
    if n.dep_ == "pobj" and head.lower_ in OBJECT_PREPS:  # "relies on four X that ..."
        n, head = head, head.head
    if n.dep_ in ("dobj", "obj", "prep") and head.pos_ == "VERB" and head.lemma_.lower() in VERBS:
        return finder.subject_of(head)
    if n.dep_ == "attr" and head.lemma_.lower() in COPULAS:
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return _possessor(subj) if subj is not None else None
    return None


def _apposed_items(finder: FinderState, noun: Token) -> list[ItemMention]:
    """The items of the phrase a plain noun stands in apposition to, with the noun's own count: "the army's only
    helicopters, two Ostrava-9 machines that ...": two helicopters."""
    if noun.dep_ != "appos" or noun.head.i == noun.i:
        return []
    count = next((c for c in noun.children if c.dep_ == "nummod"), None)
    q = parse_quantity(count.text) if count is not None else None
    return [replace(m, quantity=q, quantity_text=count.text) if q is not None and count is not None and
            m.quantity is None else m for m in finder.items.items(noun.head)]


def _own_supplier(finder: FinderState, f: Frame) -> bool:
    """The supplier is named inside the transfer's own clause, or owns the holdings of its "from" phrase ("bought
    from X's surplus")."""
    t = f.trigger
    if not f.roles["supplier"]:
        owner = owner_on([t], finder.res)
        if owner is not None:
            f.add("supplier", [owner])
    return bool(f.roles["supplier"]) and all(
        r.token is not None and t.left_edge.i <= r.token.i <= t.right_edge.i for r in f.roles["supplier"])


def held_relatives(finder: FinderState, frames: list[Frame]) -> None:
    """Frames told in a clause of the items they move, with no recipient, take the items' holder."""
    for f in frames:
        t = f.trigger
        if f.roles["recipient"] or "recipient" in f.generic or f.negated or f.stage not in STAGES or \
                t.dep_ not in CLAUSE_DEPS or f.cls not in CLASSES:
            continue
        apposed = [] if f.items else _apposed_items(finder, t.head)
        if not any(m.head.i in (t.head.i, t.head.head.i) for m in f.items + apposed) or not _own_supplier(finder, f):
            continue
        tok = _holder_token(finder, t.head)
        if tok is None:
            continue
        holder: list[Resolved] = [r for r in finder.res.resolve_all(tok) if r.actor.kind in STATE_KINDS and
                                  not any(same_state(r, s) or r.actor.country and r.actor.country == s.actor.country
                                          for s in f.roles["supplier"])]
        if len(holder) != 1:
            continue
        f.add("recipient", holder)
        f.items = f.items or apposed
        f.rule += ":held_relative"
