"""Past deliveries told in a feature's or op-ed's history paragraphs, in shapes the verb frames miss:

- a list split by the parser before a participle: "30 A tanks and 30 B vehicles donated by X were
  paraded" (the parser hangs both nouns on the main verb; the participle sits on the second only);
- the first operator or buyer: "X became the first operator of Chinese drones (when six Y were
  delivered)", "X was the first export customer of Y's Z", "X, the biggest customer of Y's weapons, ...": X the
  recipient, the item's origin the supplier, also of X's purchases the sentence tells with no seller;
- an arrival on a state's soil: "Poland's Krab howitzers arrived on Ukrainian soil": the possessive supplies;
- flown into a place of a state: "American C-17 transport aircraft flew the Z system into X's air base";
- fought with another state's weapons: "X fought with Israeli A and Turkish B": each origin supplied X;
- the next of a series: "Two years later Y followed with four more A", "In 2019 came four B", "Four B
  followed", "the deal for A was followed by one for B": the parties and stage of the transfer told before
  (`extraction/series.py`); "ordered 24 A and added 12 more" (`frames/additions.py`).

The words are data (`words.toml` [history])."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.additions import ADDITION_VERBS, added
from materiel.extraction.frames.among_contents import among_contents
from materiel.extraction.frames.followed_by import followed_frames
from materiel.extraction.frames.framebase import FinderState, Frame, participle
from materiel.extraction.frames.held_origins import held_origins
from materiel.extraction.frames.held_relatives import held_relatives
from materiel.extraction.frames.import_shares import share_frames
from materiel.extraction.frames.series_origins import own_origin
from materiel.extraction.mentions.resolve import Resolved

OPERATOR_NOUNS = lexicon.word_set("history", "operator_nouns")
BUYER_NOUNS = lexicon.word_set("history", "buyer_nouns")
COPULAS = lexicon.word_set("history", "copulas")
TERRITORY_NOUNS = lexicon.word_set("history", "territory_nouns")
ARRIVAL_PREPS = lexicon.word_set("history", "arrival_preps")
FLIGHT_VERBS = lexicon.word_set("history", "flight_verbs")
SERIES_VERBS = lexicon.word_set("history", "series_verbs")
INVERSION_VERBS = lexicon.word_set("history", "inversion_verbs")
STAND_INS = lexicon.word_set("history", "stand_ins")
COMBAT_VERBS = lexicon.word_set("history", "combat_verbs")
STATE_KINDS = ("state", "government_body")
LENT_CLASSES = lexicon.word_set("history", "buyer_lent_classes")
SERIES = "history:series"


def read(finder: FinderState, sent: Span, frames: list[Frame]) -> list[Frame]:
    """The sentence's frames completed, and the frames of the shapes above added."""
    for f in frames:
        _split_list(finder, f)
        if f.cls == "arrive":
            _arrival_on_soil(finder, f)
        if f.trigger.lemma_.lower() in FLIGHT_VERBS:
            _flown_into(finder, f)
    among_contents(finder, frames)  # "Among the weapons X received from Y are six A"
    held_origins(finder, sent, frames)  # "X flies six A jets. They were bought from Y"
    held_relatives(finder, frames)  # "X flies six A jets that Y delivered", "X's jets, six A bought from Y"
    out = list(frames) + share_frames(finder, sent, frames)  # "X accounted for most of Y's imports, including A"
    out += followed_frames(finder, sent, frames)  # "X bought six A from Y in 2008, followed by four B in 2012"
    for tok in sent:
        low = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (low in OPERATOR_NOUNS or low in BUYER_NOUNS):
            out += _first_operator(finder, tok, frames)
        elif tok.pos_ == "VERB" and low in SERIES_VERBS:
            out += _followed(finder, tok, frames)
        elif tok.pos_ == "VERB" and low in INVERSION_VERBS:
            out += _came(finder, tok)
        elif tok.pos_ == "VERB" and low in COMBAT_VERBS:
            out += _fought_with(finder, tok)
        elif tok.pos_ == "VERB" and low in ADDITION_VERBS:
            out += added(finder, tok, frames)
    return out


def _has(f: Frame, head: Token) -> bool:
    return any(m.head.i == head.i for m in f.items)


def _split_list(finder: FinderState, f: Frame) -> None:
    """"30 A tanks and 30 B vehicles donated by X": the noun before the participle's head, joined to it
    by "and" but hung by the parser on the main verb, is an item of the participle too."""
    t = f.trigger
    if t.dep_ != "acl" or not participle(t) or not f.items or not _has(f, t.head):
        return
    h = t.head
    for s in h.head.children:
        if s.dep_ == h.dep_ and s.i < h.i and finder.items.is_materiel(s) and not _has(f, s) and \
                any(c.dep_ == "cc" and c.lower_ == "and" and c.i < h.i for c in s.children) and \
                not any(x.pos_ == "VERB" for x in s.subtree if x.i > s.i):
            f.items.extend(finder.items.items(s))


def _state(finder: FinderState, tok: Token) -> Resolved | None:
    r = finder.res.resolve(tok) if finder.res.is_actor_span(tok) else None
    return r if r is not None and r.actor.kind in STATE_KINDS and r.actor.country else None


def _place_state(finder: FinderState, p: Token) -> Resolved | None:
    """The state of a place: "Ukraine", "Ukrainian soil", "X's territory", "X's air base"."""
    found = _state(finder, p)
    if found is not None:
        return found
    for c in p.children:
        if c.dep_ == "poss":
            found = _state(finder, c)
        elif c.dep_ in ("amod", "compound") and p.lemma_.lower() in TERRITORY_NOUNS:
            r = finder.res._demonym_modifier(c)
            found = r if r is not None and r.actor.country else None
        if found is not None:
            return found
    return None


def _origin(finder: FinderState, head: Token) -> Resolved | None:
    """Who the item comes from as its phrase says: "India's Akash", "Chinese combat drones"."""
    for c in (x for x in head.subtree if x.i < head.i):  # "Turkish Bayraktar TB2 drones": on a compound
        if c.dep_ == "poss":
            return _state(finder, c)
        if c.dep_ in ("amod", "compound", "nmod"):
            r = finder.res._demonym_modifier(c)
            if r is not None and r.actor.country:
                return r
    return None


def _arrival_on_soil(finder: FinderState, f: Frame) -> None:
    """"Poland's Krab howitzers arrived on Ukrainian soil": the place's state receives, the possessive
    (another state) supplies."""
    if f.roles["recipient"] or f.trigger.pos_ != "VERB":
        return
    places = [p for c in f.trigger.children if c.dep_ == "prep" and c.lower_ in ARRIVAL_PREPS
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in TERRITORY_NOUNS]
    to = next((r for p in places for r in [_place_state(finder, p)] if r is not None), None)
    if to is None:
        return
    f.add("recipient", [to])
    if not f.roles["supplier"]:
        owners = [r for m in f.items for c in m.head.children if c.dep_ == "poss" for r in [_state(finder, c)] if r]
        f.add("supplier", [r for r in owners[:1] if r.actor.country != to.actor.country])


def _flown_into(finder: FinderState, f: Frame) -> None:
    """"Chinese transport aircraft flew the X system into Y's air base": the place's state receives; a
    conveyance of a named origin that flies it supplies, when the frame names no one."""
    if f.roles["recipient"] or f.roles["supplier"] or not f.items:
        return
    places = [p for c in f.trigger.children if c.dep_ == "prep" and c.lower_ in ("into", "to")
              for p in c.children if p.dep_ == "pobj"]
    to = next((r for p in places for r in [_place_state(finder, p)] if r is not None), None)
    subj = next((c for c in f.trigger.children if c.dep_ == "nsubj"), None)
    if to is None or subj is None or finder.res.resolve(subj) is not None:
        return
    by = _origin(finder, subj) if finder.items.is_materiel(subj) or subj.lemma_.lower() in ("plane", "aircraft") else None
    if by is not None and by.actor.country != to.actor.country:
        f.add("recipient", [to])
        f.add("supplier", [by])


def _first_operator(finder: FinderState, noun: Token, frames: list[Frame]) -> list[Frame]:
    """"X became the first operator of Chinese drones", "X was the first export customer of Y's Z"."""
    cop = noun.head
    if noun.dep_ == "appos":  # "X, the largest buyer of Russian arms, has ordered ..."
        subj: Token | None = cop
    elif noun.dep_ == "attr" and cop.lemma_.lower() in COPULAS:
        subj = finder.subject_of(cop)
    else:
        return []
    objs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj" and finder.items.items(p)]
    buyer = [r for r in finder.res.resolve_all(subj) if r.actor.kind in STATE_KINDS] if subj is not None else []
    seller = _origin(finder, objs[0]) if objs else None
    if not buyer or seller is None or any(b.actor.country == seller.actor.country for b in buyer):
        return []
    when = [f for f in frames if f.trigger.dep_ == "advcl" and f.trigger.head.i == cop.i and f.items
            and f.stage == "delivered" and not any(f.roles.values())]
    named = finder.items.items(objs[0])
    if when:  # "... when six Y aircraft were delivered": that delivery is the one, of the system named
        for f in when:
            f.add("recipient", buyer)
            f.add("supplier", [seller])
            for m in f.items:
                if m.designation is None and len(named) == 1 and named[0].designation:
                    m.designation, m.category = named[0].designation, named[0].category
        return []
    if _lend_seller(finder, buyer, seller, frames) and noun.dep_ == "appos":
        return []  # "X, the largest buyer of Russian arms, has ordered A": the purchase told is the row
    stage = "delivered" if noun.lemma_.lower() in OPERATOR_NOUNS else "ordered"
    f = Frame(noun, "supply" if stage == "delivered" else "buy", stage, rule="history:first_operator")
    f.add("recipient", buyer)
    f.add("supplier", [seller])
    f.items = named
    return [f] if f.items else []


def _lend_seller(finder: FinderState, buyer: list[Resolved], seller: Resolved, frames: list[Frame]) -> bool:
    """"X remains the largest customer of British arms, having bought 72 A fighters": the buyer's own purchases
    told in the sentence, naming no seller and of no system whose maker is known, are the seller's. Whether
    the sentence tells any purchase of the buyer's."""
    countries = {b.actor.country for b in buyer}
    own = [f for f in frames if f.items and f.cls in LENT_CLASSES and
           any(r.actor.country in countries for r in f.roles["recipient"])]
    for f in own:
        if not f.roles["supplier"] and not any(
                m.designation and finder.res.lex.origin_of(m.designation) for m in f.items):
            f.add("supplier", [Resolved(seller.actor, seller.confidence * 0.8, seller.token)])
    return bool(own)


def _followed(finder: FinderState, v: Token, frames: list[Frame]) -> list[Frame]:
    """"Y followed with four more A": a frame of Y's, at the stage of the transfer told before; "the deal
    for A was followed by one for B": B is an item of that deal."""
    agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    first = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if agent and first is not None and agent[0].lower_ in STAND_INS:
        deal = next((f for f in frames if f.trigger.i == first.i and f.items), None)
        more = [m for c in (*agent[0].children, *(x for x in v.children if x.i > agent[0].i))
                if c.dep_ == "prep" and c.lower_ == "for"  # "by one for B", the "for" hung on the verb
                for p in c.children if p.dep_ == "pobj" for m in finder.items.items(p)]
        if deal is not None:
            deal.items.extend(m for m in more if not _has(deal, m.head))
        return []
    objs = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
            if p.dep_ == "pobj" and finder.items.items(p)]
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if not objs and subj is not None:
        return _items_followed(finder, v, subj)
    if not objs or subj is None:
        return []
    by = [r for r in finder.res.resolve_all(subj) if r.actor.kind in STATE_KINDS]
    f = Frame(v, "supply", "delivered", rule=SERIES)
    f.add("supplier", by)
    f.items = finder.items.items(objs[0])
    return [f] if by and f.items else []


def _items_followed(finder: FinderState, v: Token, subj: Token) -> list[Frame]:
    """"Four B corvettes followed": items that follow, with no object of the verb, are the next of a
    series, their parties and stage those told before; items the text named before ("the jets followed")
    are no new step."""
    if any(c.dep_ in ("dobj", "obj", "agent") for c in v.children) or finder.res.resolve(subj):
        return []
    items = [m for m in finder.items.items(subj) if not (m.definite or m.anaphoric or m.pronoun)]
    f = Frame(v, "supply", "delivered", rule=SERIES)
    f.items = items
    own_origin(finder, v, f)  # "Four B followed from X", "Two X-built B followed": X supplies
    return [f] if items else []


def _came(finder: FinderState, v: Token) -> list[Frame]:
    """"In 2019 and 2020 came four B fighters": the next of a series, its parties those told before."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    fronted = [c for c in v.children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i < v.i]
    if len(subj) != 1 or subj[0].i < v.i or not fronted or not finder.items.items(subj[0]) or \
            any(c.dep_ in ("dobj", "prep") and c.i > v.i for c in v.children) or finder.res.resolve(subj[0]):
        return []
    f = Frame(v, "supply", "delivered", rule=SERIES)
    f.items = finder.items.items(subj[0])
    own_origin(finder, v, f)
    return [f] if f.items else []


def _fought_with(finder: FinderState, v: Token) -> list[Frame]:
    """"X fought with Israeli A munitions and Turkish B drones": a state or group that fights with
    weapons of another state's origin received them from it, one frame per origin."""
    subj = finder.subject_of(v)
    users = [r for r in finder.res.resolve_all(subj) if r.actor.kind in (*STATE_KINDS, "armed_group")] \
        if subj is not None and subj.pos_ == "PROPN" else []  # "Ukrainian forces fought with Russian tanks": against
    if not users:
        return []
    out: dict[str, Frame] = {}
    for p in (p for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"):
        for m in finder.items.items(p):
            by = _origin(finder, m.head)
            if by is None or not m.designation or any(u.actor.country == by.actor.country for u in users):
                continue
            f = out.setdefault(by.actor.id, Frame(v, "supply", "delivered", rule="history:fought_with"))
            f.add("supplier", [by])
            f.add("recipient", users)
            f.items.append(m)
    return list(out.values())
