"""A permit decided with no one named deciding: "Licences for the export of X to Y were refused", "a licence for
30 Z to W was revoked in March", in a report on one state's export licensing. The decider is the licensing state:
the one state the document's other permit rows name as granting, refusing or revoking a licence (or licensing or
approving an export). With two such states the row stays incomplete; with none, the state of the report's wire
dateline ("PRAGUE, 22 June -") or issuing institution line decides ("The government refused a licence for X for Y"
under a Madrid dateline: Spain), never the recipient's own state. An export approved with no one named approving
("For X, the agency approved the sale of Y") is decided by that state too, unless the approval is negated."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction import no_lot_shipped, none_shipped
from materiel.extraction.discourse import Row
from materiel.extraction.document_parties import DOC_CONFIDENCE
from materiel.extraction.mentions.resolved import Resolved, same_state
from materiel.extraction.mentions.topic_sources import dateline_state, issuing_state
from materiel.record.models import Actor

PERMIT_RULES = (":permit", ":license:", ":licence:")
LISTED_RULES = (":refused-licence", ":granted-licence")  # a transfer inside a decided licence (licence_lists):
# filled, but no mark of the decider (a refusal word may stand in a destination line of any issuer)  # the rule marks of a permit's reading
BODIES = lexicon.word_set("licensed_acts", "deciding_bodies")
APPLIED = lexicon.word_set("permits", "applied_nouns")
APPROVAL_RULES = (":approve:", ":authorise:", ":authorize:")  # a state approving an export decides it too


def _permit(r: Row, rules: tuple[str, ...] = PERMIT_RULES) -> bool:
    return r.frame.stage in ("offered", "refused") and (any(m in r.frame.rule + ":" for m in rules) or
                                                        _applied(r))


def _applied(r: Row) -> bool:
    """A refused transfer told as what an application asks ("an application to export X to Y was refused")."""
    t = r.frame.trigger
    return r.frame.stage == "refused" and t.dep_ == "acl" and t.head.lemma_.lower() in APPLIED


def _decides(r: Row) -> bool:
    return _permit(r) or r.frame.stage == "offered" and any(m in r.frame.rule + ":" for m in APPROVAL_RULES)


def fill(rows: list[Row]) -> None:
    """Give each permit row without a decider the document's one licensing state; then a delivery of none of a
    lot told before is that lot's, negated (extraction/none_shipped.py)."""
    _deciders(rows)
    none_shipped.fill(rows)  # "none of the scopes has been sent": the licensed lot, not delivered
    no_lot_shipped.fill(rows)  # "No rounds had been shipped": the lot of that kind told just before


def _deciders(rows: list[Row]) -> None:
    deciders: dict[str, Resolved] = {}
    for r in rows:
        if r.supplier is not None and _decides(r):
            deciders.setdefault(r.supplier.actor.country or r.supplier.actor.id, r.supplier)
    if len(deciders) > 1:
        return
    state = next(iter(deciders.values())).actor if deciders else None
    for r in rows:
        approval = _permit(r, APPROVAL_RULES) and not r.frame.negated  # "the agency approved the sale of X"
        barred = r.frame.stage == "refused" and _barred_by_body(r)  # "the court suspended the export of X to Y"
        if r.supplier is None and r.recipient is not None and (_permit(r, PERMIT_RULES + LISTED_RULES) or approval
                                                               or barred):
            state = state or _reporting_state(r)
            if state is not None and not same_state(Resolved(state, 1.0, r.item.head), r.recipient):
                r.supplier, r.inherited = Resolved(state, DOC_CONFIDENCE, r.item.head), True


def _barred_by_body(r: Row) -> bool:
    """The refusal's clause has a bare deciding body as its subject or agent ("An appeals court halted the export
    of X", "the sale was blocked by the committee": words.toml [licensed_acts] deciding_bodies)."""
    t = r.frame.trigger
    verb = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "obj", "nsubjpass") else t
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(s.lemma_.lower() in BODIES for s in
               [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c is not t] + agents)


def _reporting_state(r: Row) -> Actor | None:
    """The state of the report's wire dateline or issuing institution line, as an actor."""
    text = r.sent.doc.text
    lex = lexicon.load()
    iso3 = dateline_state(text) or issuing_state(text, lex)
    c = lex.countries.get(iso3) if iso3 else None
    return Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=c.name) if c is not None else None
