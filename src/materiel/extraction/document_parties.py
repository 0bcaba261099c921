"""The party a row lacks, from the whole document: real reporting often tells one recipient's purchases (or one
supplier's exports) and names only one party, or none, in many of its sentences: "the RSF had received, through
the same route, man-portable air-defence systems" (the supplier told earlier), "Qatar, which received air defence
systems worth ..." in a report on one state's exports, "The first six X, ordered in 2022, are not due until
2026" in a report on one purchase.

Run after every nearer fill (the sentence, the sentences just before, the system's maker, the topic state of an
offer). A row still missing one party takes the party the document makes plain, in this order:

- the one counterparty every complete row with the row's named party shares ("X received A" when every complete
  row to X has the supplier Y); of several, the one the row's own sentence names;
- with no complete row of that party, the document's dominant party in the missing role (the one of at least
  `DOMINANT_SHARE` of the complete rows), else, for a missing recipient, the text's topic state;
- a row missing both parties whose item is designated or definite takes the pair of the complete rows of the same
  designated system, else the document's dominant pair.

Never a party its counterparty's own state, never a role the frame gives to no one in particular, never for a
seizure (whose recipient is where the load was bound) or an item only the verb implies; a denied row lends no
party. The filled party has a lowered confidence and the row is inherited (rule suffix ":context")."""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS, same_state
from materiel.record.models import Actor

DOC_CONFIDENCE = 0.6   # a party the document, not the sentence, gives
DOMINANT_SHARE = float(os.environ.get("HP_DOM", "0.75"))  # the document's party in a role when it holds at least this share of the complete rows
DOMINANT_MIN = 2       # ... and at least this many of them
TOPIC_SHARE = float(os.environ.get("HP_TOPIC_SHARE", "0.5"))  # the topic state's share of the complete rows in the role
OTHER_SHARE = float(os.environ.get("HP_OTHER_SHARE", "0.25"))  # the salient party's rows in the other role, as a share of its own
ROLES = ("supplier", "recipient")
BROAD = lexicon.word_set("document_parties", "broad_categories")
COMPETITIONS = lexicon.word_set("document_parties", "open_competitions")


def _key(p: Resolved, role: str) -> str:
    """One party however named: a state and its bodies (and, supplying, its companies) as the state."""
    kinds = (*OFFICIAL_KINDS, "company") if role == "supplier" else OFFICIAL_KINDS
    return p.actor.country if p.actor.country and p.actor.kind in kinds else p.actor.id


def _other(role: str) -> str:
    return "recipient" if role == "supplier" else "supplier"


def fill_from_document(rows: list[Row], res: ActorResolver, complete: Callable[[Row], bool]) -> list[tuple[Row, str]]:
    """Fill the rows still incomplete from the document's complete rows; the (row, step) of each fill."""
    done = [r for r in rows if r.supplier and r.recipient and complete(r) and r.reading.factuality != "denied"]
    salient = {role: _salient(done, role, res) for role in ROLES}
    filled: list[tuple[Row, str]] = []
    for r in rows:
        if complete(r) or not _fillable(r):
            continue
        before = r.supplier, r.recipient
        missing = [role for role in ROLES if getattr(r, role) is None and role not in r.frame.generic]
        if len(missing) == 1 and getattr(r, _other(missing[0])) is not None:
            step = _fill_one(r, missing[0], done, salient[missing[0]], res)
        elif len(missing) == 2 and (r.designation or r.item.definite) and "both" in STEPS:
            step = _fill_both(r, done, salient, res)
        else:
            step = None
        if step is not None and "dup" not in STEPS and _told(r, done):
            r.supplier, r.recipient = before  # the register holds this transfer already: no second telling
        elif step is not None:
            r.inherited = True
            filled.append((r, step))
    return filled


def _told(r: Row, done: list[Row]) -> bool:
    """A complete row of the same parties, stage and system (or item noun) tells the filled row's transfer."""
    keys = (_key(r.supplier, "supplier"), _key(r.recipient, "recipient"))  # type: ignore[arg-type]
    return any((_key(d.supplier, "supplier"), _key(d.recipient, "recipient")) == keys  # type: ignore[arg-type]
               and d.frame.stage == r.frame.stage and (d.designation == r.designation if r.designation or d.designation
                                                        else d.item.head.lemma_ == r.item.head.lemma_) for d in done)


STEPS = set(os.environ.get("HP_STEPS", "counterpart,sentence,both,maker").split(","))
PEER_MIN = int(os.environ.get("HP_PEER_MIN", "1"))


def _fillable(r: Row) -> bool:
    """A row of a particular item, in the body of the text: no headline (it restates what the body tells),
    no seizure, no item only the verb implies or of a broad category, no purchase by open competition."""
    t = r.frame.trigger
    if bool(r.frame.implicit) and r.item.span.start == t.i or r.frame.stage == "intercepted" or \
            r.reading.factuality == "negated":  # "have no plans to supply X": no transfer to lend a party
        return False
    if r.item.anaphoric and not r.designation or _headline(r):
        return False
    if not r.designation and (r.category or r.item.category) in BROAD and "broad" not in STEPS:
        return False
    return not any(a.lemma_.lower() in COMPETITIONS or a.lower_ in COMPETITIONS for a in (t, *t.ancestors))


def _headline(r: Row) -> bool:
    first = r.sent.doc.text.find("\n")
    return r.sent.start == 0 and 0 <= first <= r.sent.end_char + 1 and first < len(r.sent.doc.text.rstrip())


def _fill_one(r: Row, role: str, done: list[Row], salient: dict[str, Resolved], res: ActorResolver) -> str | None:
    named: Resolved = getattr(r, _other(role))
    if not (r.sent.start <= named.token.i < r.sent.end) and "told" not in STEPS:
        return None  # the party the row has is told in its own sentence, not lent by another
    key = _key(named, _other(role))
    peers = [d for d in done if _key(getattr(d, _other(role)), _other(role)) == key]
    cands = _candidates(peers, role, named)
    step = "counterpart"
    if len(cands) > 1:
        in_sentence = _named_in_sentence(r, res, role)
        cands = {k: v for k, v in cands.items() if k in in_sentence}
        step = "sentence"
    elif cands and sum(_key(getattr(d, role), role) in cands for d in peers) < PEER_MIN:
        return None
    if not peers:
        cands = {k: v for k, v in salient.items() if not _own(v, named)}
        step = "salient"
    if len(cands) != 1 or step not in STEPS:
        return None
    k, party = next(iter(cands.items()))
    if _others_named(r, res, {key, k}):
        return None
    setattr(r, role, Resolved(party.actor, DOC_CONFIDENCE, r.item.head))
    return step


def _own(p: Resolved, named: Resolved) -> bool:
    return same_state(p, named) or bool(p.actor.country) and p.actor.country == named.actor.country


def _candidates(rows: list[Row], role: str, named: Resolved | None) -> dict[str, Resolved]:
    """The parties of rows in role, by key, leaving out the named party's own state."""
    out: dict[str, Resolved] = {}
    for d in rows:
        p: Resolved = getattr(d, role)
        if named is not None and _own(p, named):
            continue
        out.setdefault(_key(p, role), p)
    return out


def _salient(done: list[Row], role: str, res: ActorResolver) -> dict[str, Resolved]:
    """The document's party in role: the party of at least DOMINANT_SHARE of the complete rows (at least
    DOMINANT_MIN), or the text's topic state when it holds that role in at least TOPIC_SHARE of them, and
    either seldom (OTHER_SHARE of its rows at most) in the other role."""
    keys = Counter(_key(getattr(d, role), role) for d in done)
    other = Counter(_key(getattr(d, _other(role)), _other(role)) for d in done)
    topic = res.topics.decide("offer_buyer")
    for key, share in ((topic.iso3 if topic else "", TOPIC_SHARE), *((k, DOMINANT_SHARE) for k, _ in keys.most_common(1))):
        n = keys.get(key, 0)
        if n >= DOMINANT_MIN and n >= share * len(done) and other.get(key, 0) <= OTHER_SHARE * n:
            return _candidates([d for d in done if _key(getattr(d, role), role) == key][:1], role, None)
    return {}


def _sentence_parties(r: Row, res: ActorResolver) -> set[str]:
    """The keys of the parties (states by their country) the row's sentence names."""
    out = set()
    for span in res.doc.spans.get("actors", []):
        if r.sent.start <= span.start < r.sent.end:
            a = res.span_actor(span)
            if a is not None:
                out.add(a.country or a.id)
    return out


def _named_in_sentence(r: Row, res: ActorResolver, role: str) -> set[str]:
    return _sentence_parties(r, res)


def _others_named(r: Row, res: ActorResolver, keys: set[str]) -> bool:
    """The row's sentence names a party other than the two of the row: the document's party may not be meant."""
    return bool(_sentence_parties(r, res) - keys)


def _fill_both(r: Row, done: list[Row], salient: dict[str, dict[str, Resolved]], res: ActorResolver) -> str | None:
    """A designated or definite item with no party: the recipient the complete rows of the same system share,
    else the document's; the supplier those rows to that recipient share, else the system's maker, else the
    document's supplier."""
    same = [d for d in done if r.designation and d.designation == r.designation]
    recipients = _candidates(same, "recipient", None) or salient["recipient"]
    if len(recipients) != 1:
        return None
    rk, recipient = next(iter(recipients.items()))
    suppliers = _candidates([d for d in same if _key(d.recipient, "recipient") == rk], "supplier", recipient)  # type: ignore[arg-type]
    step = "same-system"
    if len(suppliers) != 1:
        suppliers, step = {k: v for k, v in salient["supplier"].items() if not _own(v, recipient)}, "dominant-pair"
    if not suppliers and "maker" in STEPS:
        suppliers, step = _maker(r, recipient, res), "maker"
    if len(suppliers) != 1:
        return None
    sk, supplier = next(iter(suppliers.items()))
    if _others_named(r, res, {sk, rk}):
        return None
    r.supplier = Resolved(supplier.actor, DOC_CONFIDENCE, r.item.head)
    r.recipient = Resolved(recipient.actor, DOC_CONFIDENCE, r.item.head)
    return step


def _maker(r: Row, recipient: Resolved, res: ActorResolver) -> dict[str, Resolved]:
    """The state that makes the system the row's item names itself (not one it counts back to: "the first ship"),
    unless it is the recipient's own."""
    origin = res.lex.origin_of(r.designation) if r.designation and r.item.designation else None
    c = res.lex.countries.get(origin) if origin else None
    if c is None or c.iso3 == recipient.actor.country:
        return {}
    return {c.iso3: Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=r.item.span.text), 0.5, r.item.head)}
