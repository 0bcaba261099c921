"""The supplier of a firm-centred report: the firm its opening sentence is about. Defence-industry and business
reporting leads with one firm ("Kvarnstad has won a record export contract", "The Halvard yard in Ruritania has
signed ...") and then tells that firm's orders without naming it again: "The Chilean army has ordered 40,000
rounds", "A contract to supply shells to the Qatari army, agreed in March, awaits an export licence".
A row still lacking only its supplier after every other fill takes the lead firm (a company whose state is
known, the subject of the opening sentence, the only company that sentence names) when:

- its recipient is no body of the firm's own state (the firm's home customers are no export);
- its sentence names no other state or company outside the recipient (a row of another deal);
- it is no request, no future delivery told by an infinitive ("to be delivered over four years": the order's
  schedule, not a delivery), and every guard of `document_parties` holds (no headline, no negation, no broad
  category, no unknown agent), and no complete row already tells the transfer.

The filled row is inherited (rule suffix ":context")."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from materiel.extraction.discourse import Row
from materiel.extraction.document_parties import fillable, told_already
from materiel.extraction.mentions import apposed_firms, headline
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

CONFIDENCE = 0.55
OPENING = 2  # body sentences that may open the report
STAGES = ("ordered", "delivered", "considered")
PARTY_KINDS = ("state", "government_body", "company")


def _first_line(s: Span) -> bool:
    """The text's first line, told with no full stop: a headline in sentence case ("X returns to profit"); also a
    line of the text's head that ends with no full stop where a line break follows ("NEWS RELEASE || X completes
    deliveries to ...", split by the parser after the firm's name)."""
    last = s.text.strip()[-1:]
    return (s.start == 0 or s.text.rstrip(" ").endswith("\n")) and "\n" in s.text.strip(" ") and \
        last not in (".", "!", "?", '"')


def _opening(doc: Doc) -> list[Span]:
    """The first body sentences (a headline's and a dateline's lines are no body)."""
    out: list[Span] = []
    for s in doc.sents:
        if len(out) >= OPENING:
            break
        if headline.is_headline(s) or sum(t.is_alpha for t in s) < 6 or _first_line(s):
            continue
        out.append(s)
    return out


def lead_firm(doc: Doc, res: ActorResolver) -> Resolved | None:
    """The company the opening sentence is about: its main clause's subject (or the subject of the clause a
    reporting verb reports), the one company it names."""
    opening = _opening(doc)
    if not opening:
        return None
    first = opening[0]
    firms = {r.actor.country: r for t in first if t.pos_ in ("PROPN", "NOUN")
             for r in [apposed_firms.as_company(res.resolve(t))]
             if r is not None and r.actor.kind == "company" and r.actor.country}  # "X, Norway's shell maker,"
    if len(firms) != 1:
        return None
    found = next(iter(firms.values()))
    heads = [first.root] + [c for c in first.root.children if c.dep_ == "ccomp"]  # "X returned to profit, it said"
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any((r := apposed_firms.as_company(res.resolve(c))) is not None and r.actor.country == found.actor.country
               and r.actor.kind == "company" for c in subjects) and not _named_first(first, found, res):
        return None
    return found


def _named_first(first: Span, found: Resolved, res: ActorResolver) -> bool:
    """The firm is named before any verb of the sentence ("OSLO - X, the state shipbuilder, returned to profit"):
    its topic, wherever the parser hangs a dateline's words."""
    for t in first:
        if t.pos_ in ("VERB", "AUX"):
            return False
        r = apposed_firms.as_company(res.resolve(t)) if t.pos_ in ("PROPN", "NOUN") else None
        if r is not None and r.actor.kind == "company" and r.actor.country == found.actor.country:
            return True
    return False


def _other_party(r: Row, firm: Resolved, res: ActorResolver) -> bool:
    """The row's sentence names a state or company that is neither the recipient's nor the firm's."""
    assert r.recipient is not None
    own = {firm.actor.country, r.recipient.actor.country, r.recipient.actor.id}
    for t in r.sent:
        if t.pos_ not in ("PROPN", "NOUN") or r.item.span.start <= t.i < r.item.span.end:
            continue
        p = res.resolve(t)
        if p is not None and p.actor.kind in PARTY_KINDS and not ({p.actor.country, p.actor.id} & own):
            return True
    return False


def _infinitive_delivery(r: Row) -> bool:
    """"(ordered X,) to be delivered over four years": a schedule, no delivery yet."""
    t = r.frame.trigger
    return r.frame.stage == "delivered" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def fill_from_lead_firm(rows: list[Row], res: ActorResolver, complete: Callable[[Row], bool]) -> None:
    """Give the lead firm to the rows that lack only their supplier (see the module)."""
    candidates = [r for r in rows if r.supplier is None and r.recipient is not None and not complete(r)]
    if not candidates:
        return
    firm = lead_firm(candidates[0].sent.doc, res)
    if firm is None:
        return
    done = [r for r in rows if r.supplier and r.recipient and complete(r)]
    for r in candidates:
        if r.frame.stage not in STAGES or "supplier" in r.frame.generic or not fillable(r) or \
                _infinitive_delivery(r) or r.recipient is None or r.recipient.actor.country == firm.actor.country:
            continue
        if _other_party(r, firm, res):
            continue
        r.supplier = Resolved(firm.actor.model_copy(), CONFIDENCE, firm.token)
        if told_already(r, done):
            r.supplier = None
            continue
        r.inherited = True
