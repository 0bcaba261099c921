"""Denials that point back to a delivery told earlier in the text, past the sentence before.

- A denied clause that tells a transfer but names no item of its own: "X denied that its own carbines were
  ever sold", "X denies arming the rebels", "X denied that the guns had left its soil". The clause has no
  row; the delivery it denies is the one told earlier whose supplier is the clause's own (its active subject,
  else the denier), and whose recipient is the clause's one when it names one. That row gains a denied copy: one per pair (the latest
  earlier delivery, or one naming the goods generically), and none when the text denies the pair elsewhere in its
  own words. Run after the rows have their parties (`speaker_deciders.fill`), since the delivery's supplier is often
  filled from context ("sold by a unit commander" -> the commander's state)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.cues import CueReader
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.non_answers import withheld

TRANSFER_VERBS = lexicon.word_set("earlier_denials", "transfer_verbs")
STATE_KINDS = ("state", "government_body")
GENERIC = lexicon.word_set("earlier_denials", "generic_categories")
POINTING = ("the", "these", "those", "this", "that")


def _clause(verb: Token, cues: CueReader) -> Token | None:
    """The denied clause: "denied that ...", "denied arming ...", or the content of a claim noun ("denied
    reports that ...")."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") or c.dep_ in ("dobj", "obj", "pcomp") and c.tag_ == "VBG":
            return c
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cues.claim_nouns:
            return next((g for g in c.children if g.dep_ in ("acl", "ccomp") and g.pos_ in ("VERB", "AUX")), None)
    return None


def _pointing(head: Token) -> bool:
    """An item that points back: definite or possessed ("the weapons", "its rifles"), or a part of something
    ("any of its weapons", "some of them")."""
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in POINTING for c in head.children):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("PRON", "DET", "NUM")


def _party(tok: Token | None, res: ActorResolver) -> Resolved | None:
    return res.resolve(tok) if tok is not None else None


def _named(clause: Token, res: ActorResolver) -> tuple[Resolved | None, Resolved | None]:
    """The supplier (active subject) and recipient (object of "arm", "to" phrase) the clause names, if any."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    rec = next((c for c in clause.children if c.dep_ in ("dobj", "obj") and clause.lemma_.lower() == "arm"), None)
    to = next((c for c in clause.subtree if c.dep_ in ("prep", "dative") and c.lower_ == "to" and
               (c.head == clause or c.head.pos_ != "VERB")), None)
    if rec is None and to is not None:
        rec = next((c for c in to.children if c.dep_ == "pobj"), None)
    return _party(subj, res), _party(rec, res)


def _same(a: Resolved | None, b: Resolved | None) -> bool:
    """The same party, or a state and a body of it ("Maseru" and "Lesotho's army")."""
    if a is None or b is None:
        return False
    x, y = a.actor, b.actor
    return x.id == y.id or x.country is not None and x.country == y.country and \
        x.kind in STATE_KINDS and y.kind in STATE_KINDS


def denial_targets(before: list[Row], told: list[Row], supplier: Resolved, recipient: Resolved | None) -> list[Row]:
    """The latest earlier delivery of the supplier to each recipient (one denial per pair, not one per item)."""
    latest: dict[str | None, Row] = {}
    for r in before:
        if not _same(r.supplier, supplier) or r.frame.stage != "delivered" or \
                r.reading.factuality not in ("asserted", "uncertain"):
            continue
        if recipient is not None and not _same(r.recipient, recipient):
            continue
        key = r.recipient.actor.id if r.recipient is not None else None
        if key not in latest or r.item.category in GENERIC or latest[key].item.category not in GENERIC:
            latest[key] = r  # the latest, unless an earlier one names the goods generically ("weapons")
    return [r for r in latest.values() if not any(
        o.reading.factuality in ("denied", "negated") and _same(o.supplier, supplier) and _same(o.recipient, r.recipient)
        for o in told)]  # a pair denied elsewhere in the text's own words needs no second denial


def _denied_already(rows: list[Row], supplier: Resolved) -> bool:
    return any(r.reading.factuality == "denied" and _same(r.supplier, supplier) for r in rows)


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Add a denied copy of each earlier delivery a denial points back to; run once the rows have their parties."""
    cues = CueReader(res)
    for sent in {t.sent.start: t.sent for t in res.doc if t.lemma_.lower() in cues.denial_verbs}.values():
        before = [r for r in rows if r.sent.start < sent.start]
        current = [r for r in rows if r.sent.start == sent.start]
        for copy in _denials(sent, before, current, rows, cues, res):
            rows.append(copy)
            current.append(copy)


def _denials(sent: Span, before: list[Row], current: list[Row], told: list[Row], cues: CueReader,
             res: ActorResolver) -> list[Row]:
    """The denied copies of earlier deliveries a denial in `sent` points back to."""
    out: list[Row] = []
    for tok in sent:
        if tok.lemma_.lower() not in cues.denial_verbs or tok.pos_ != "VERB" or withheld(tok):
            continue
        clause = _clause(tok, cues)
        if clause is None or clause.lemma_.lower() not in TRANSFER_VERBS:
            continue
        span = {t.i for t in clause.subtree}
        if any(r.frame.trigger.i in span and not _pointing(r.item.head) for r in current):
            continue  # a clause with its own item ("denied supplying weapons"); not "any of its weapons"
        denier = _party(cues._subject(tok), res)  # resolved only now: a resolution adds to the report's actors
        if denier is None:
            continue
        named, recipient = _named(clause, res)
        supplier = named or denier
        for r in denial_targets(before, told, supplier, recipient):
            if _denied_already([c for c in current + out if _same(c.recipient, r.recipient)], supplier):
                continue
            out.append(replace(r, sent=sent, reading=replace(
                r.reading, factuality="denied", denied_by=denier, attribution_source=denier,
                attribution_text=sent.doc[tok.left_edge.i: tok.i].text.strip() or denier.actor.name)))
    return out
