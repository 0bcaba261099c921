"""The party a row lacks, from the whole document. Real reporting often tells one recipient's purchases (or one
supplier's exports) and names one party, or none, in many of its sentences: "the RSF had received, through the
same route, man-portable air-defence systems" (the supplier told earlier), "Berlin approved the export of X" in
a report on one state's imports, "The first six X, ordered in 2022, are not due until 2026" in a report on one
purchase. Run after every nearer fill (the sentence, the sentences just before, the system's maker, the topic
state of an offer), on the rows those left incomplete:

- "counterpart": a row naming one party in its own sentence takes the one counterparty that every complete
  row with that party shares ("the RSF had received X" when every complete row to the RSF has supplier Y);
- "sentence": of several such counterparties, the one the row's own sentence names ("France would train
  Armenian officers and 24 X donated last year had reached Armenia");
- a row naming no party whose item is designated or definite takes the recipient the complete rows of the
  same system share, else the document's salient recipient (`_salient`), and the supplier those rows to that
  recipient share ("same-system"), else the document's salient supplier ("dominant-pair"), else the state that
  makes the system its item names ("maker": "two Airbus A400M aircraft ordered last year").

A row naming one party that no complete row names takes nothing: the document's dominant party, or its topic
state, so lent, mostly told again what a complete row already held (measured: lenient recall unchanged,
strict precision lower).

Guards: never a party its counterparty's own state, nor a supplier of a system the recipient's own state makes;
never when the row's sentence names another party than
the two; never a role the frame gives to no one in particular, nor one its verb's subject or agent names
without a known party ("European armies that sent theirs"); never a headline, a seizure, a negated or denied
row, an item only the verb implies, an item of a broad category ("equipment", "arms"), a purchase by open
competition ("the tender for the purchase of X"), or a transfer a complete row already tells. The generic
"any"/"every" and statements of policy stay incomplete (`completeness.complete`). A filled party has a lowered
confidence and the row is inherited (rule suffix ":context")."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.background_rows import foreground
from materiel.extraction.discourse import Row, out_of_scope
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS, same_state
from materiel.extraction.source_phrases import source_tokens
from materiel.record.models import Actor

DOC_CONFIDENCE = 0.6   # a party the document, not the sentence, gives
MAKER_CONFIDENCE = 0.5  # a supplier read from the system's maker (as discourse.fill_from_origin)
# The thresholds were measured on the development sets (each variant scored): a dominant share of 0.6 or 0.75
# gives the same rows, 0.9 loses some; a topic share of 0.34, 0.5 or 0.67 the same rows but one duplicate; an
# other-role share of 0 loses rows, 0.25 or 0.5 the same.
DOMINANT_SHARE = 0.75  # the document's party in a role holds at least this share of the complete rows
DOMINANT_MIN = 2       # ... and at least this many of them
TOPIC_SHARE = 0.67     # the text's topic state, at least this share of them
OTHER_SHARE = 0.25     # and either holds the other role in at most this share of its own rows
ROLES = ("supplier", "recipient")
BROAD = lexicon.word_set("document_parties", "broad_categories")
COMPETITIONS = lexicon.word_set("document_parties", "open_competitions")
ROUTE_PREPS = lexicon.word_set("document_parties", "route_preps")


def _key(p: Resolved, role: str) -> str:
    """One party however named: a state and its bodies (and, supplying, its companies) as the state."""
    kinds = (*OFFICIAL_KINDS, "company") if role == "supplier" else OFFICIAL_KINDS
    return p.actor.country if p.actor.country and p.actor.kind in kinds else p.actor.id


def _other(role: str) -> str:
    """The counterpart role."""
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
        if len(missing) == 1 and getattr(r, _other(missing[0])) is not None and \
                not (missing[0] == "supplier" and r.frame.stage == "requested"):  # "X wants rifles": from no one yet
            step = _fill_one(r, missing[0], done, res)
        elif len(missing) == 2 and (r.designation or r.item.definite):
            step = _fill_both(r, done, salient, res)
        else:
            step = None
        if step is not None and _told(r, done):
            r.supplier, r.recipient = before  # the register holds this transfer already: no second telling
        elif step is not None:
            r.inherited = True
            filled.append((r, step))
    return filled


def _told(r: Row, done: list[Row]) -> bool:
    """A complete row of the same parties, stage and system (or item noun) tells the filled row's transfer."""
    keys = (_key(r.supplier, "supplier"), _key(r.recipient, "recipient"))  # type: ignore[arg-type]
    return any((_key(d.supplier, "supplier"), _key(d.recipient, "recipient")) == keys  # type: ignore[arg-type]
               and d.frame.stage == r.frame.stage and d.reading.factuality == r.reading.factuality  # "none was sent"
               and (d.designation == r.designation if r.designation or d.designation  # tells no delivery
                    else d.item.head.lemma_ == r.item.head.lemma_) for d in done)


def _fillable(r: Row) -> bool:
    """A row of a particular item, in the body of the text: no headline (it restates what the body tells),
    no seizure, no item only the verb implies or of a broad category, no purchase by open competition."""
    t = r.frame.trigger
    if bool(r.frame.implicit) and r.item.span.start == t.i or r.frame.stage == "intercepted" or \
            r.reading.factuality == "negated":  # "have no plans to supply X": no transfer to lend a party
        return False
    if r.item.anaphoric and not r.designation or _headline(r):
        return False
    if not r.designation and (r.category or r.item.category) in BROAD or _unknown_agent(r):
        return False
    return not any(a.lemma_.lower() in COMPETITIONS or a.lower_ in COMPETITIONS for a in (t, *t.ancestors))


def _unknown_agent(r: Row) -> bool:
    """The verb's subject (or passive agent) is a noun phrase no party was read from ("European armies that sent
    theirs", "was bought by a trading firm"; the first verb's, for a second verb with none of its own: "X has
    completed A and is now delivering B"): the party the row lacks is named, only not known."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX"):
        return False
    told = {p.token.i for p in (r.supplier, r.recipient) if p is not None}
    verbs = [t]
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not any(c.dep_.startswith("nsubj") for c in t.children):
        verbs.append(t.head)
    for c in (c for v in verbs for c in v.children):
        subj = c if c.dep_ == "nsubj" else next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" else None
        if subj is not None and subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl":
            subj = subj.head.head  # "armies that sent X": the noun the relative clause tells of
        if subj is None or subj.pos_ == "PRON" or subj.i in told or r.item.span.start <= subj.i < r.item.span.end or \
                _holds_item(subj, r.item.head):  # "another shipment of X arrived": the item's own phrase
            continue
        if subj.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _holds_item(subj: Token, item: Token) -> bool:
    """The subject is the noun whose phrase holds the item ("another shipment of 40 X"), not an agent."""
    h = item
    while h.i != subj.i and h.dep_ in ("pobj", "prep", "conj", "appos") and h.head.i != h.i:
        h = h.head
    return h.i == subj.i


def _headline(r: Row) -> bool:
    """The row is told in the text's first line, its title, with more lines below."""
    first = r.sent.doc.text.find("\n")
    return r.sent.start == 0 and 0 <= first <= r.sent.end_char + 1 and first < len(r.sent.doc.text.rstrip())


def _fill_one(r: Row, role: str, done: list[Row], res: ActorResolver) -> str | None:
    """The counterparty in `role` of the party the row names in its own sentence (see the module docstring)."""
    named: Resolved = getattr(r, _other(role))
    if not r.sent.start <= named.token.i < r.sent.end or r.item.span.start <= named.token.i < r.item.span.end:
        return None  # the party the row has is told in its own sentence, not lent by another nor the item's own
        # modifier ("22 Polish air defence batteries", "Russian-built MiG-29s": whose or whose make, no party)
    key = _key(named, _other(role))
    cands = _candidates(foreground([d for d in done if _key(getattr(d, _other(role)), _other(role)) == key and not (
        d.frame.stage == "intercepted" and out_of_scope(d, r))]), role, named)  # "the trucks" after seized rifles
    step = "counterpart"
    if len(cands) > 1:  # "according to an assessment by X intelligence, Y had ordered A": not X, the source
        cands = {k: v for k, v in cands.items() if k not in _cited_parties(r, res)}
    if len(cands) > 1:
        in_sentence = _sentence_parties(r, res)
        cands, step = {k: v for k, v in cands.items() if k in in_sentence}, "sentence"
    if len(cands) != 1:
        return None
    k, party = next(iter(cands.items()))
    if _others_named(r, res, {key, k}) or _home_made(r, party if role == "recipient" else named, res):
        return None
    setattr(r, role, Resolved(party.actor, DOC_CONFIDENCE, r.item.head))
    return step


def _own(p: Resolved, named: Resolved) -> bool:
    """p is the named party or of its state (a state's companies and forces too)."""
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
    DOMINANT_MIN), or the text's topic state when it holds that role in at least TOPIC_SHARE of them; either
    only when it seldom holds the other role (in OTHER_SHARE of its own rows at most)."""
    keys = Counter(_key(getattr(d, role), role) for d in done)
    other = Counter(_key(getattr(d, _other(role)), _other(role)) for d in done)
    topic = res.topics.decide("offer_buyer")
    for key, share in ((topic.iso3 if topic else "", TOPIC_SHARE), *((k, DOMINANT_SHARE) for k, _ in keys.most_common(1))):
        n = keys.get(key, 0)
        if n >= DOMINANT_MIN and n >= share * len(done) and other.get(key, 0) <= OTHER_SHARE * n:
            return _candidates([d for d in done if _key(getattr(d, role), role) == key][:1], role, None)
    return {}


def _sentence_parties(r: Row, res: ActorResolver) -> set[str]:
    """The keys of the parties (states by their country) the row's sentence names, but for a shipment's route
    and the source an "according to" phrase cites (source_phrases.py)."""
    out = set()
    cited = source_tokens(r.sent)  # "according to an assessment by X intelligence": X is the account's source
    for span in res.doc.spans.get("actors", []):
        route = span.root.dep_ == "pobj" and span.root.head.lower_ in ROUTE_PREPS  # "through Georgia"
        if r.sent.start <= span.start < r.sent.end and not route and span.root.i not in cited:
            a = res.span_actor(span)
            if a is not None:
                out.add(a.country or a.id)
    return out


def _cited_parties(r: Row, res: ActorResolver) -> set[str]:
    """The keys of the parties the row's sentence names only in the source an "according to" phrase cites."""
    cited = source_tokens(r.sent)
    out = set()
    for span in res.doc.spans.get("actors", []):
        if r.sent.start <= span.start < r.sent.end and span.root.i in cited:
            a = res.span_actor(span)
            if a is not None:
                out.add(a.country or a.id)
    return out - _sentence_parties(r, res)


def _others_named(r: Row, res: ActorResolver, keys: set[str]) -> bool:
    """The row's sentence names a party other than the two of the row: the document's party may not be meant."""
    return bool(_sentence_parties(r, res) - keys)


def _fill_both(r: Row, done: list[Row], salient: dict[str, dict[str, Resolved]], res: ActorResolver) -> str | None:
    """A designated or definite item with no party: the recipient the complete rows of the same system share,
    else the document's; the supplier those rows to that recipient share, else the document's supplier, else the
    state that makes the system."""
    if all(out_of_scope(d, r) for d in done):
        return None  # "the trucks" in a text that tells no transfer of vehicles
    same = [d for d in done if r.designation and d.designation == r.designation]
    recipients = _candidates(same, "recipient", None) or salient["recipient"]
    if len(recipients) != 1:
        return None
    rk, recipient = next(iter(recipients.items()))
    if _home_made(r, recipient, res):
        return None
    suppliers = _candidates([d for d in same if _key(d.recipient, "recipient") == rk], "supplier", recipient)  # type: ignore[arg-type]
    step = "same-system"
    if len(suppliers) != 1:
        suppliers, step = {k: v for k, v in salient["supplier"].items() if not _own(v, recipient)}, "dominant-pair"
    if not suppliers:
        suppliers, step = _maker(r, recipient, res), "maker"
    if len(suppliers) != 1:
        return None
    sk, supplier = next(iter(suppliers.items()))
    if _others_named(r, res, {sk, rk}):
        return None
    r.supplier = Resolved(supplier.actor, DOC_CONFIDENCE, r.item.head)
    r.recipient = Resolved(recipient.actor, DOC_CONFIDENCE, r.item.head)
    return step


def _home_made(r: Row, recipient: Resolved, res: ActorResolver) -> bool:
    """The recipient's own state makes the row's designated system: a purchase at home, no foreign supplier."""
    origin = res.lex.origin_of(r.designation) if r.designation else None
    return bool(origin) and origin == recipient.actor.country


def _maker(r: Row, recipient: Resolved, res: ActorResolver) -> dict[str, Resolved]:
    """The state that makes the system the row's item names itself (not one it counts back to: "the first ship"),
    unless it is the recipient's own."""
    origin = res.lex.origin_of(r.designation) if r.designation and r.item.designation else None
    c = res.lex.countries.get(origin) if origin else None
    if c is None or c.iso3 == recipient.actor.country:
        return {}
    actor = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=r.item.span.text)
    return {c.iso3: Resolved(actor, MAKER_CONFIDENCE, r.item.head)}


# The guards, public for the other fills from the whole document (extraction/lead_firm.py).
fillable, told_already = _fillable, _told
