"""Context beyond one frame: parties a sentence names once, the item an anaphor points back to,
the last recipient and the state that makes a system (denials of claims: claim_denials.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.asked_holders import asked_of_topic
from materiel.extraction.cues import Reading
from materiel.extraction.definite_rows import definite_borrow
from materiel.extraction.frames.frames import Frame
from materiel.extraction.frames.verbless_entries import own_entry
from materiel.extraction.list_origin import share_list_origin
from materiel.extraction.local_seller import bought_locally
from materiel.extraction.mentions.counts import BATCH_ORDINALS, counts_back
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import same_state
from materiel.extraction.origin_holders import prefer_named_holder
from materiel.extraction.origin_words import origin_word
from materiel.extraction.other_makes import other_make
from materiel.extraction.own_clause import other_clause, subject_buyers
from materiel.extraction.told_makers import maker_told
from materiel.extraction.unknown_subjects import unknown_buyer, unknown_subject
from materiel.record.models import Actor

CONTEXT_SENTENCES = 4
ADDITIVE = ("also", "too", "likewise")
BROAD_CATEGORIES = lexicon.word_set("discourse", "broad_categories")
# A generic noun names its whole family: "the aircraft" after "AH-64 helicopters".
FAMILIES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in lexicon.word_table("discourse", "families").items()}
# "the trucks" stands for an earlier vehicle only, not for a load of rifles told before.
SCOPES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in lexicon.word_table("context_fills", "broad_scopes").items()}


@dataclass
class Row:
    frame: Frame
    reading: Reading
    item: ItemMention
    supplier: Resolved | None
    recipient: Resolved | None
    intermediary: Resolved | None
    sent: Span
    inherited: bool = False
    standalone: bool = True  # a noun frame that neither names a party nor hangs on another frame
    designation: str | None = None
    category: str | None = None
    recent: bool = False  # the recipient is only the last one told before (fill_from_context)


def share_in_sentence(rows: list[Row], donors: list[Frame]) -> None:
    """Parties a sentence names once serve all its frames ("will send ... as part of a package",
    "... after months of requests from Kyiv")."""
    for r in rows:
        for other in rows:
            if other is r or other_clause(r.frame.trigger, other.frame.trigger) or own_entry(other.frame):
                continue  # "Spain refused X, and Israel's ministry approved Y": another deal's party
            if r.recipient is None and other.recipient is not None and (
                    r.supplier is None or other.supplier is None or other.supplier.actor.id == r.supplier.actor.id):
                if r.supplier is None or not same_state(other.recipient, r.supplier):
                    r.recipient, r.inherited = other.recipient, True
            banned = other.frame.stage == "refused" and r.frame.stage in ("ordered", "delivered")  # "defying a US ban"
            if r.supplier is None and other.supplier is not None and not r.frame.places and not banned and (
                    r.recipient is None or other.recipient is None or other.recipient.actor.id == r.recipient.actor.id) \
                    and not (_made_elsewhere(r, other.supplier) and origin_word(other.supplier.token, other.item.head)):
                if r.recipient is None or other.supplier.actor.id != r.recipient.actor.id:
                    r.supplier, r.inherited = other.supplier, True
    buyers = subject_buyers([o.frame for o in rows])  # "X ordered A, with deliveries due, and Y ordered B"
    for r in rows:  # a donor's supplier that buys in the sentence sells nothing in it
        for f in _nearest_first(r.frame.trigger, donors):
            for role in ("recipient", "supplier"):
                if getattr(r, role) is None and f.roles[role] and not (role == "supplier" and f.roles[role][0].actor.id in buyers):
                    cand = f.roles[role][0]
                    counterpart = r.supplier if role == "recipient" else r.recipient
                    if counterpart is None or not same_state(counterpart, cand):
                        setattr(r, role, cand)
                        r.inherited = True


def _nearest_first(t: Token, donors: list[Frame]) -> list[Frame]:
    """Frames that govern t, the nearest first, then the others in text order: "urged X to approve
    the export of tanks to Y" gives the export the approval's Y, not the urger."""
    chain = [a.i for a in t.ancestors]
    return sorted(donors, key=lambda f: chain.index(f.trigger.i) if f.trigger.i in chain else len(chain))


def fill_from_context(rows: list[Row]) -> None:
    """Missing parties from earlier rows: the same item named again ("its first 24 Rafales"), else the last recipient."""
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)} if rows else {}
    for i, r in enumerate(rows):
        earlier = [e for e in rows[:i] if (e.sent.start < r.sent.start or e.frame.trigger.i < r.frame.trigger.i)
                   and r.sent.start - e.sent.start < 400 and _sent_gap(e, r, starts) <= CONTEXT_SENTENCES]
        same = [e for e in earlier if _same_item(e, r) and (not counts_back(r.item.head) or same_paragraph(
            e.sent.doc, e.item.head.i, r.item.head.i))]  # "ordered six": a system of its own paragraph
        if same and (r.item.definite or r.item.anaphoric or r.designation or r.item.antecedent is not None) and \
                not unknown_subject(r):  # "our neighbours bought these weapons": not the last buyer
            lenders = [e for e in reversed(same) if _fits(e, r) and (r.supplier or e.supplier)]
            e = next((e for e in lenders if r.recipient and e.recipient and e.recipient.actor.id == r.recipient.actor.id),
                     lenders[0] if lenders else same[-1])  # the latest telling to the same recipient, else that fits
            if r.item.definite or r.item.anaphoric:
                r.designation = r.designation or e.designation
                r.category = e.category if r.item.anaphoric else r.category
            placed = bool(r.frame.places) and not counts_back(r.item.head) and not any(  # "the first was handed over
                c.dep_ == "amod" and c.lower_ in BATCH_ORDINALS for c in r.item.head.children)  # in X"; "the first four X"
            if r.supplier is None and not placed and e.supplier and (r.recipient is None or e.supplier.actor.id != r.recipient.actor.id):
                r.supplier, r.inherited = e.supplier, True
            if r.recipient is None and e.recipient and (r.supplier is None or e.recipient.actor.id != r.supplier.actor.id):
                r.recipient, r.inherited = e.recipient, True
        definite_borrow(r, earlier)  # "the package also includes X": the parties of the row just before
        if r.supplier is None and r.recipient is not None and not r.frame.places and \
                (r.frame.stage in ("delivered", "ordered") or _also(r)):
            for e in reversed(earlier):  # the same recipient's supplier, named just before
                if e.recipient and e.supplier and e.recipient.actor.id == r.recipient.actor.id and \
                        not _made_elsewhere(r, e.supplier) and not (e.frame.stage == "intercepted" and out_of_scope(e, r)) \
                        and not other_make(r.designation, e.designation, e.supplier.actor.country):
                    r.supplier, r.inherited = e.supplier, True
                    break
        if r.recipient is None and r.supplier is not None and not _other_seizure(r) and not unknown_buyer(r):
            last = _last_recipient(r, r.supplier, earlier)
            if last is not None and last.recipient is not None:
                r.recipient, r.inherited, r.recent = last.recipient, True, True


def _last_recipient(r: Row, supplier: Resolved, earlier: list[Row]) -> Row | None:
    """The row whose recipient r takes: the latest before it, but for "X also delivered C" the latest of X's own
    ("X sold A to Y. Z supplied B to W. X also delivered C": Y)."""
    fits = [e for e in reversed(earlier) if e.recipient and e.recipient.actor.id != supplier.actor.id and
            not e.recipient.guessed]
    if any(c.dep_ == "advmod" and c.lower_ in ADDITIVE for c in r.frame.trigger.children):
        fits = [e for e in fits if e.supplier is not None and same_state(e.supplier, supplier)] + fits
    return fits[0] if fits else None


def _other_seizure(r: Row) -> bool:
    """"Customs also intercepted parcels of parts sent from X": a seized shipment told with its own supplier and
    an item named afresh is another seizure, not bound where the one told before was."""
    return r.frame.stage == "intercepted" and bool(r.frame.roles.get("supplier")) and \
        not (r.item.definite or r.item.anaphoric)


def _also(r: Row) -> bool:
    """"X also asked for Y": a request told as one more to the same partner; and its refusal ("That request was
    turned down"), which tells the request's item again."""
    if r.frame.stage == "refused" and r.inherited:
        return True
    return r.frame.stage == "requested" and any(c.dep_ == "advmod" and c.lower_ in ADDITIVE
                                                for c in r.frame.trigger.children)


def _fits(e: Row, r: Row) -> bool:
    """An earlier telling can lend r its parties: it does not make r's recipient a supplier or r's
    supplier a recipient ("a request from Washington for the missiles" after "X builds the missiles
    under licence from the US")."""
    return not (r.recipient and e.supplier and e.supplier.actor.id == r.recipient.actor.id) and \
        not (r.supplier and e.recipient and e.recipient.actor.id == r.supplier.actor.id)


def _made_elsewhere(r: Row, supplier: Resolved) -> bool:
    """The row's designated system is made by another state than this supplier's ("bought Yak-130s"
    after a paragraph on Chinese firms), or an earlier mention of its definite item says so (told_makers.py): its
    maker, not the last supplier, is the better guess."""
    origin = lexicon.load().origin_of(r.designation) if r.designation else None
    if origin is None and r.item.definite:  # "the launchers", told before as "Ruritanian-made launchers"
        origin = maker_told(r.item.head)
    return bool(origin and supplier.actor.country and supplier.actor.country != origin)


SYMMETRIC = lexicon.word_set("discourse", "symmetric_nouns")


def orient_by_origin(rows: list[Row], res: ActorResolver) -> None:
    """"X is in talks with Y about Z": who sells is who makes Z (its designation's origin)."""
    for r in rows:
        t = r.frame.trigger
        if not (r.designation and r.supplier and r.recipient):
            continue
        if not _symmetric(t):
            continue
        origin = res.lex.origin_of(r.designation)
        if origin and r.recipient.actor.country == origin and r.supplier.actor.country != origin:
            r.supplier, r.recipient = r.recipient, r.supplier


def split_symmetric(rows: list[Row], res: ActorResolver) -> None:
    """"Rome and Cairo are discussing the sale of four more": two parties of a symmetric predicate in
    one role; the one whose state makes the item sells, the other buys."""
    for r in rows:
        f = r.frame
        if len(f.roles["supplier"]) != 2 or f.roles["recipient"] or not r.designation or not _symmetric(f.trigger):
            continue
        origin = res.lex.origin_of(r.designation)
        a, b = f.roles["supplier"]
        if origin and a.actor.country == origin:
            r.supplier, r.recipient = a, b
        elif origin and b.actor.country == origin:
            r.supplier, r.recipient = b, a


def _symmetric(t: Token) -> bool:
    return t.lemma_.lower() in SYMMETRIC or any(a.lemma_.lower() in SYMMETRIC for a in t.ancestors)


def fill_from_origin(rows: list[Row], res: ActorResolver) -> None:
    """No supplier named: the supplier the document names for the same system and recipient elsewhere
    (a headline's "X receives first F-16s" and "bought from Norway" in the lead), else the state that
    makes the designated system ("ordered 30 Rafale jets")."""
    speaks_for_origin(rows, res)
    told = {(r.recipient.actor.country or "", r.designation): r.supplier for r in rows if r.supplier and r.recipient
            and r.designation and r.recipient.actor.country and ":origin" not in r.frame.rule}
    for r in rows:
        if r.supplier is not None or r.frame.places or not r.designation or r.recipient is None or \
                r.frame.stage == "intercepted":  # a seized rifle's maker is not who sent it
            continue
        named = told.get((r.recipient.actor.country or "", r.designation))
        if named is not None:
            r.supplier, r.inherited = Resolved(named.actor, named.confidence * 0.8, r.item.head), True
            continue
        origin = res.lex.origin_of(r.designation)
        home = res.lex.countries.get(r.recipient.actor.country or "")
        if origin and origin != r.recipient.actor.country and not bought_locally(r.frame.trigger, r.item.head, home):
            c = res.lex.countries[origin]
            actor = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=r.item.span.text)
            r.supplier, r.inherited = Resolved(actor, 0.5, r.item.head), True
            r.frame.rule += ":origin" if not r.frame.rule.endswith(":origin") else ""
    share_list_origin(rows, res.lex.origin_of)  # "requested ten Javelin missiles; nine launching stations; ...": one maker
    prefer_named_holder(rows, res)  # "L-39s bearing Ugandan markings": the state the sentence shows holding it
    asked_of_topic(rows, res)  # a request for "the jets" told before, in a story on state H: H's


def speaks_for_origin(rows: list[Row], res: ActorResolver) -> None:
    """A person of no known state who refuses or bans a transfer ("President X signed a decree banning
    deliveries of S-300 systems to Y") speaks for the state that makes what is refused: the designated
    item of the row, else of another row of the same frame. The person stays as the supplier's text."""
    for r in rows:
        s = r.supplier
        if s is None or s.actor.kind != "person" or s.actor.country or r.frame.stage != "refused":
            continue
        designations = [r.designation] + [o.designation for o in rows if o.frame is r.frame]
        origin = next((o for d in designations if d for o in [res.lex.origin_of(d)] if o), None)
        if origin is None or origin not in res.lex.countries or \
                (r.recipient is not None and r.recipient.actor.country == origin):
            continue
        c = res.lex.countries[origin]
        r.supplier = Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=s.actor.name),
                              s.confidence * 0.7, s.token)
        r.frame.rule += ":speaks_for" if not r.frame.rule.endswith(":speaks_for") else ""


def _sent_gap(a: Row, b: Row, starts: dict[int, int]) -> int:
    """How many sentences separate two rows (indexes of sentence starts, computed once per document)."""
    return starts[b.sent.start] - starts[a.sent.start]


def out_of_scope(e: Row, r: Row) -> bool:
    """r's broad noun of one domain ("the trucks") cannot name e's item (rifles): `broad_scopes`."""
    cat = r.category or r.item.category
    kind = _kinds().get(e.designation or "", e.category)  # "the weapons" told as RPG-7s: a launcher
    return cat in SCOPES and kind is not None and kind not in SCOPES[cat]


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {m.name: m.category for m in lexicon.load().materiel if not m.generic}


def _same_item(e: Row, r: Row) -> bool:
    ant = r.item.antecedent
    if ant is not None and e.item.span.start < ant.end and ant.start < e.item.span.end:
        return True  # "two patrol vessels ... the first": the row of the mention it counts from
    if r.designation and e.designation:
        return r.designation == e.designation
    if r.designation and r.designation.lower() in e.item.span.text.lower().split():
        return True  # "the first two Tarpans" after "12 Tarpan utility helicopters": the name the text introduced
    if r.item.anaphoric:
        return e.designation is not None
    cat = r.category or r.item.category
    broad = cat in BROAD_CATEGORIES and r.item.definite and not out_of_scope(e, r)
    family = e.category in FAMILIES.get(cat or "", frozenset())
    return e.designation is not None and (e.category == cat or broad or family or e.item.head.lemma_ == r.item.head.lemma_)


def argument_of(t: Token, pred: Token) -> bool:
    """t sits in an argument phrase of pred ("send X as part of a package", "after requests"), or is the subject
    of pred in the passive ("a contract for X was signed")."""
    if t.dep_ == "nsubjpass" and t.head.i == pred.i:
        return True
    cur = t
    for _ in range(5):
        if cur.dep_ not in ("pobj", "prep", "dobj", "appos", "conj", "compound") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == pred.i or (cur.pos_ in ("VERB", "AUX") and cur in pred.ancestors):
            return True
    return False
