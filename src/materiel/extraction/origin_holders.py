"""A supplier guessed from where an item is made gives way to the state the sentence shows holding it.

A row that names no supplier takes the state that makes its designated system (discourse.fill_from_origin):
"ordered 30 Rafale jets" is France's sale. That guess is wrong when the item was bought and passed on, or
licence-built, and the sentence says whose it is:

- the item's own phrase names another state: "two L-39 jets bearing Ugandan markings were flown to X",
  "rifles taken from Kenyan stocks", "F-16s of the Danish air force";
- the sentence (the clause between semicolons that holds the row's predicate) names the state the text is about (its topic state, mentions/topic.py): "the 28 M113
  carriers have not yet reached Ukraine, an Australian committee was told" in a report on Australia's aid.

That state is then the supplier, when it is the only one so named (or the topic state among several), and
it is neither the row's recipient, nor the item's maker, nor a place of the row ("flown from X to Y")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

Row = Any  # discourse.Row (not imported: discourse calls this module)

STATE_KINDS = ("state", "government_body")
HOLDER_CONFIDENCE = 0.55  # above the maker's guess (0.5): the text itself names the state


def prefer_named_holder(rows: list[Row], res: ActorResolver) -> None:
    """Replace, in place, a supplier filled from the item's maker by the state its sentence shows holding it."""
    topic = res.topics.decide("offer_buyer")
    home = topic.iso3 if topic is not None else None
    for r in rows:
        if not maker_guess(r, res):
            continue
        found = _holders(r, res, home, _parties(rows, r))
        pick = next(iter(found)) if len(found) == 1 else (home if home in found else None)
        if pick is None or pick not in res.lex.countries:
            continue
        c = res.lex.countries[pick]
        actor = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=found[pick].text)
        r.supplier = Resolved(actor, HOLDER_CONFIDENCE, found[pick].root)
        r.frame.rule = r.frame.rule.replace(":origin", ":holder")
    void_dispersed(rows, res)


def void_dispersed(rows: list[Row], res: ActorResolver) -> None:
    """Clear, in place, a maker's guess for a dispersed design, and the same guess shared by its frame's rows."""
    for r in [r for r in rows if r.designation and res.lex.dispersed(r.designation) and maker_guess(r, res)
              and r.frame.stage != "ordered"]:
        guess = r.supplier.actor.id
        for o in rows:
            if o.frame is r.frame and o.inherited and o.supplier is not None and o.supplier.actor.id == guess and \
                    ":origin" in o.frame.rule:
                o.supplier = None


def maker_guess(r: Row, res: ActorResolver) -> bool:
    """The row's supplier is the maker's state filled in for a frame that named none."""
    return bool(r.inherited and r.supplier is not None and r.recipient is not None and r.designation
                and ":origin" in r.frame.rule and not r.frame.roles["supplier"]
                and r.supplier.actor.country == res.lex.origin_of(r.designation))


def _parties(rows: list[Row], r: Row) -> set[int]:
    """The tokens of the parties the other rows of r's sentence name ("Serbian makers supplied X", "four
    for Austria"): a state named as a party of another transfer holds nothing of r's."""
    out: set[int] = set()
    for o in rows:
        if o is r or o.sent.start != r.sent.start:
            continue
        for x in (o.supplier, o.recipient, *(p for ps in o.frame.roles.values() for p in ps)):
            if x is not None and not (o.inherited and x is o.supplier):  # with its possessor ("Y's air force")
                out.update(range(x.token.left_edge.i, x.token.i + 1) if x.token.left_edge.i >= r.sent.start else [x.token.i])
        out.update(t.i for p in o.frame.places for t in p.subtree)  # "handed over in Town": where another row's goods went
    return out


def _holders(r: Row, res: ActorResolver, home: str | None, parties: set[int]) -> dict[str, Span]:
    """The states the row's sentence names inside the item's phrase, or that are the topic state, that are
    no party of another transfer and do not follow a "for" or "to" (a destination: "four for Austria")."""
    assert r.supplier is not None and r.recipient is not None
    barred = {r.supplier.actor.country, r.recipient.actor.country}
    own = {t.i for t in r.item.head.subtree}
    places = {t.i for p in r.frame.places for t in p.subtree}
    found: dict[str, Span] = {}
    start, end = _clause_bounds(r)
    for span in res.doc.spans.get("actors", []):
        if span.start < start or span.end > end or span.start in places or \
                any(i in parties for i in range(span.start, span.end)) or _destination(span):
            continue
        actor = res.span_actor(span)
        if actor is None or actor.kind not in STATE_KINDS or not actor.country or actor.country in barred:
            continue
        if _listed_with_thing(span, res):
            continue  # "buyers were X, Y, which is paying for 36 jets, and Z": Z is a member of the list, not the jets'
        if span.start in own or actor.country == home:
            found.setdefault(actor.country, span)
    return found


def _clause_bounds(r: Row) -> tuple[int, int]:
    """The part of r's sentence between the semicolons around its trigger: a headline's or a list's clauses
    ("Poland signs for K2 tanks; Romania receives first Abrams") hold nothing of each other's."""
    start, end, t = r.sent.start, r.sent.end, r.frame.trigger.i
    for tok in r.sent:
        if tok.text == ";":
            if tok.i < t:
                start = tok.i + 1
            elif tok.i > t:
                end = min(end, tok.i)
    return start, end


def _destination(span: Span) -> bool:
    """The name is the object of "for" or "to" ("five for the Netherlands", "sent to Cuba")."""
    return any(a.dep_ == "prep" and a.lower_ in ("for", "to") for a in (span.root.head,) if span.root.dep_ == "pobj")


def _listed_with_thing(span: Span, res: ActorResolver) -> bool:
    """The name is coordinated ("and Z") with a word that names no actor: a list member the parser hung on
    the item, holding nothing."""
    root = span.root
    return root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN") and not res.is_actor_span(root.head)
