"""Rows of an export-licensing report or a written answer (`destination_lines`): each line or table row that
opens with a destination state tells what the issuing state supplied, licensed or refused to that state.

- the recipient of a row whose item the line names is the label's state, unless the row's recipient is of
  that state already or is a state the line itself names ("for the border guard", "for the army": a body of
  the label's state, so the state);
- its supplier, when none, an unnamed body ("the Government", "we") or another destination, is the issuing state: the
  state of the text's institution line (`topic`), else of a closing "Place, date." line ("Oslo, 3 March
  2019."), else the state whose demonym or name stands before an export noun ("Norwegian arms exports"); only
  for a table with a destination column, else the state of a wire dateline or of the first line when it is no
  destination (a list of lines labelled by state in a text with no mark of its issuer may be a list by
  supplier, "KYIV - Pledges so far: - Poland: 14 tanks": left alone);
- an item of the line no row holds makes a row of its own (rule "list:destination"), at the line's own stage
  (a refusal word in it: refused; a licence granted: offered; delivered or exported: delivered), else at the
  stage of the line introducing the list ("Refusals.", "Licences granted in 2019:", "Deliveries made:");
  a table's quantity is its quantity column's, and a table row's own parse gives way to it. An item with "no"
  makes none; "30 rifles (licence granted; 12 delivered)" also delivers 12; a row of the line whose parse read
  no count takes the count before its item;
- a line with a refusal word refuses the items of its rows ("an application for the export of 40 pistols ...
  was rejected"), and in any text an application or licence for a transfer that a refusing verb governs
  refuses the transfer ("The licence granted ... for the export to X of Y was revoked");
- in a text with destination lines, or signed with a closing "Place, date." line of the issuing state (a written
  answer), an asserted row to another state with no supplier, or an unnamed one, is the issuing state's ("An
  application for the export of 300 grenades to X was refused.")."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.cues import Reading
from materiel.extraction.customer_lines import maker_of, refused_here, release_maker, restage
from materiel.extraction.destination_lines import Line, destination_lines
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.itemised import segment_item
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS
from materiel.extraction.mentions.topic_sources import dateline_state
from materiel.extraction.permit_issuers import permit_issuer
from materiel.extraction.supplier_tables import supplier_rows
from materiel.record.models import Actor

ISSUER_BODIES = lexicon.word_set("resolve", "issuer_bodies")
NEGATIONS = lexicon.word_set("destination_lines", "negations")
EXPORT_NOUNS = lexicon.word_list("destination_lines", "export_nouns")
EXPORT_MODIFIERS = lexicon.word_list("destination_lines", "export_modifiers")
REFUSING = lexicon.word_set("destination_lines", "refusing_verbs")
APPLICATIONS = lexicon.word_set("destination_lines", "application_nouns")
OFFERED = lexicon.word_set("destination_lines", "offered_cues")
DELIVERED_WORDS = lexicon.word_set("destination_lines", "delivered_cues")
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
CLOSING = re.compile(r"^(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)*),\s+"
                     r"(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+\s+\d{1,2},?)\s+\d{4}\.?$")
LINE_CONFIDENCE = 0.8
CLOSING_LINES = 3  # a closing "Place, date." line among the text's last lines (a signature may follow)
FIRST_PERSON = lexicon.word_set("destination_lines", "first_person")


def _state(iso3: str, tok: Token, lex: lexicon.Lexicon) -> Resolved | None:
    c = lex.countries.get(iso3)
    if c is None:
        return None
    return Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=tok.text), LINE_CONFIDENCE, tok)


def _closing_state(text: str, lex: lexicon.Lexicon) -> str | None:
    """The state of a closing "Place, date." line (one of the last CLOSING_LINES): a capital or a state's name."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][-CLOSING_LINES:]
    m = next((m for ln in reversed(lines) for m in [CLOSING.match(ln)] if m), None)
    if m is None:
        return None
    place = m.group("place").lower()
    found = {c.iso3 for c in lex.countries.values() if place in (c.name.lower(), *(x.lower() for x in c.capitals))}
    return found.pop() if len(found) == 1 else None


def _exporting_demonym(text: str, lex: lexicon.Lexicon) -> str | None:
    """The one state whose demonym or name stands before an export noun ("Norwegian export figures", "Danish arms
    exports", "Norway's arms exports")."""
    tail = rf"(?:'s)?\s+(?:(?:{'|'.join(EXPORT_MODIFIERS)})\s+)?(?:{'|'.join(EXPORT_NOUNS)})\b"
    found = {c.iso3 for c in lex.countries.values() for d in (*c.demonyms, c.name, *c.aliases)
             if d and re.search(rf"\b{re.escape(d)}{tail}", text)}
    return found.pop() if len(found) == 1 else None


def issuing_state(res: ActorResolver, destinations: set[str]) -> tuple[str | None, bool]:
    """The state that issues the report (see the module's text), never one of its destinations, and whether a
    mark of an issuer found it (its institution line, a closing "Place, date." line, an export noun), not only
    the dateline's or the first line's state."""
    lex, text = res.lex, res.doc.text
    issuer = res.topics.decide("issuer_body")
    for iso3 in (issuer.iso3 if issuer else None, _closing_state(text, lex), _exporting_demonym(text, lex),
                 permit_issuer(res)):  # "the department issued 400 permits"
        if iso3 and iso3 not in destinations:
            return iso3, True
    home = res.topics.decide("home_body")  # a wire dateline or the first line: the text's state, not its issuer's
    for iso3 in (dateline_state(text), home.iso3 if home else None):  # mark (a dateline of the recipient's capital)
        if iso3 and iso3 not in destinations:
            return iso3, False
    return None, False


def _unnamed(p: Resolved | None) -> bool:
    """No party, or a body of no named state ("the Government"), or "we" of no state."""
    return p is None or not p.actor.country and (p.token.lemma_.lower() in ISSUER_BODIES or
                                                 p.token.lower_ in ISSUER_BODIES or p.token.lower_ in FIRST_PERSON)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _refused_by_verb(r: Row) -> bool:
    """An application or licence for the row's transfer is the subject or object of a refusing verb: from the
    trigger up through prepositions, application nouns and participles of granting to that verb."""
    t = r.frame.trigger
    through_application = False
    for a in t.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in REFUSING:
            return through_application
        if a.lemma_.lower() in APPLICATIONS or a.lower_ in APPLICATIONS:
            through_application = True
        elif not (a.pos_ == "ADP" or a.dep_ in ("acl", "relcl") and a.lower_ in OFFERED):
            return False
    return False


def _refuse(r: Row, frames: dict[int, Frame]) -> Row:
    if r.frame.stage == "refused" or r.frame.negated:
        return r
    f = frames.setdefault(id(r.frame), replace(r.frame, stage="refused", rule=r.frame.rule + ":refused-licence"))
    reading = replace(r.reading, factuality="asserted", denied_by=None) if r.reading.factuality == "denied" else r.reading
    return replace(r, frame=f, reading=reading)  # "was denied": a licence refused, no claim denied


def _named_in(iso3: str | None, span: Span, lex: lexicon.Lexicon) -> bool:
    """The line names the state iso3 itself (its name, a capital or a demonym), not only a body lent one."""
    c = lex.countries.get(iso3 or "")
    words = {w.lower() for w in WORD.findall(span.text)}
    text = " " + " ".join(WORD.findall(span.text)).lower() + " "
    names = (c.name, *c.aliases, *c.capitals, *c.demonyms) if c else ()
    return any(f" {n.lower()} " in text if " " in n else n.lower() in words for n in names if n)


def _place(r: Row, recipient: Resolved, supplier: Resolved | None, span: Span, lex: lexicon.Lexicon, dests: set[str]) -> None:
    """Place a row of the line (module's text); a supplier that is another destination, unnamed here, gives way."""
    told = r.supplier is not None and (r.supplier.actor.country not in dests or _named_in(r.supplier.actor.country, span, lex))
    if told and r.supplier is not None and r.supplier.actor.country == recipient.actor.country:
        return  # "- Germany: Berlin delivered 20 tanks": the label is the supplier here
    rec = r.recipient
    if rec is None or rec.actor.country != recipient.actor.country and not _named_in(rec.actor.country, span, lex):
        r.recipient = recipient
    if supplier is not None and (_unnamed(r.supplier) or not told) and supplier.actor.country != recipient.actor.country:
        r.supplier = supplier


def _mentions(finder: ItemFinder, span: Span) -> list[ItemMention]:
    """The items a line names, one per noun phrase of recognised item names (names joined by words, not by
    punctuation or a conjunction: "VAMTAC ST5 vehicles"), each with the quantity just before it."""
    groups: list[list[int]] = []  # [start, end) of each group of item names
    for t in span:
        s = finder.span_at.get(t.i)
        if s is None or groups and s.start < groups[-1][1]:
            if s is not None:
                groups[-1][1] = max(groups[-1][1], s.end)
            continue
        gap = span.doc[groups[-1][1]: s.start] if groups else None
        if gap is not None and not any(g.is_punct and g.text not in ("-", "/") or g.pos_ in ("CCONJ", "ADP", "VERB")
                                       for g in gap):
            groups[-1][1] = s.end
        else:
            groups.append([s.start, s.end])
    out = []
    for k, (start, end) in enumerate(groups):
        prev = groups[k - 1][1] if k else span.start
        cut = [t.i + 1 for t in span.doc[prev: start] if t.pos_ in ("ADP", "DET", "CCONJ", "VERB") or
               t.is_punct and t.text not in ("-", "(", ")")]
        prev = cut[-1] if cut else prev  # "a second batch of 24 A": the count just before the names
        m = segment_item(finder, span.doc[prev: end])
        if m is not None and not any(c.lower_ in NEGATIONS for c in m.head.children) and not _fitted(finder, m.head):
            out.append(m)
    return out


def _fitted(finder: ItemFinder, head: Token) -> bool:
    """An item named in a "with" phrase of another item ("20 rifles with telescopic sights and bayonets") is part
    of it."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "with" and prep.head.i != prep.i and finder.is_materiel(prep.head)


def _counted(r: Row, finder: ItemFinder, span: Span) -> Row:
    """A row of the line whose parse read no count takes the count just before its item ("Chile - 12 armoured
    vehicles, delivered")."""
    if r.item.quantity is not None or r.item.pronoun:
        return r
    m = next((m for m in _mentions(finder, span) if m.span.start <= r.item.head.i < m.span.end), None)
    if m is None or m.quantity is None:
        return r
    return replace(r, item=replace(r.item, quantity=m.quantity, quantity_text=m.quantity_text))


def _new_rows(line: Line, span: Span, evidence: Span, finder: ItemFinder, held: set[int],
              recipient: Resolved, supplier: Resolved | None) -> list[Row]:
    stage = line.stage or line.list_stage
    if stage is None:
        return []
    found = [m for m in (segment_item(finder, span),) if m is not None] if line.table else _mentions(finder, span)
    out = []
    for m in found:
        if any(m.span.start <= h < m.span.end for h in held):
            continue
        if line.table:
            m.quantity, m.quantity_text = line.quantity, str(line.quantity) if line.quantity else None
        f = Frame(trigger=m.head, cls="supply", stage=stage, rule="list:destination" + (":table" if line.table else ""))
        f.roles["recipient"] = [recipient]
        f.roles["supplier"] = [supplier] if supplier else []
        out.append(Row(f, Reading(), m, supplier, recipient, None, evidence, designation=m.designation,
                       category=m.category))
    return out + _part_delivered(out, span)


def _part_delivered(rows: list[Row], span: Span) -> list[Row]:
    """"30 rifles (licence granted; 12 delivered)": of the line's one item, the count a delivery word follows
    is delivered as well."""
    counts = [t for t in span if t.like_num and t.i + 1 < span.end and t.nbor(1).lower_ in DELIVERED_WORDS]
    if len(rows) != 1 or len(counts) != 1 or rows[0].frame.stage == "delivered":
        return []
    q = parse_quantity(counts[0].text)
    if q is None:
        return []
    r = rows[0]
    f = replace(r.frame, stage="delivered", roles={k: list(v) for k, v in r.frame.roles.items()})
    return [replace(r, frame=f, item=replace(r.item, quantity=q, quantity_text=counts[0].text))]


def destination_rows(rows: list[Row], res: ActorResolver, finder: ItemFinder) -> list[Row]:
    """The rows of a text with destination lines: its rows placed, refused and added to (see the module's text)."""
    doc = res.doc
    rows = supplier_rows(rows, res, finder)  # "| supplier | item | number | status |": to the text's state
    lines = destination_lines(doc.text, res.lex)
    frames: dict[int, Frame] = {}
    out = [_refuse(r, frames) if _refused_by_verb(r) else r for r in rows]
    closing = _closing_state(doc.text, res.lex)
    if not lines and closing is None:
        return out
    issuer, marked = issuing_state(res, dests := {s for ln in lines for s in ln.states})
    maker = None if marked or not lines else release_maker(res, dests)
    lines = [ln for ln in lines if ln.table or marked or maker]  # a list by state of no issuer: by supplier maybe
    added: list[Row] = []
    gone: set[int] = set()
    for line in (ln for ln in lines if len(ln.states) == 1):
        span, label = _span(doc, *line.body), _span(doc, *line.label)
        if span is None or label is None:
            continue
        evidence = doc[min(span.start, label.start): max(span.end, label.end)]
        recipient = _state(line.states[0], label[0], res.lex)
        source = line.supplier or issuer  # a supplier column's state, else the issuer's
        supplier = maker_of(maker, label[0]) or (_state(source, label[0], res.lex) if source else None)
        if recipient is None:
            continue
        held: set[int] = set()
        if line.table:  # a table row is no sentence: its parse's rows give way to the row its cells tell
            out = [r for r in out if not evidence.start <= r.item.head.i < evidence.end]
        for k, r in enumerate(out):
            if span.start <= r.item.head.i < span.end:
                held.add(r.item.head.i)
                refused = line.stage == "refused" and refused_here(r, span)  # (customer_lines)
                staged = restage(_counted(_refuse(r, frames) if refused else r, finder, span), span)
                if staged is None:  # fitted to an item of the line, no row of the list (customer_lines)
                    gone.add(id(r))
                    continue
                out[k] = r = staged
                _place(r, recipient, supplier, span, res.lex, dests)
        if line.table or len({t.sent.start for t in span}) < 2:  # a labelled paragraph of sentences: only its rows placed
            added += _new_rows(line, span, evidence, finder, held, recipient, supplier)
    out = [r for r in out if id(r) not in gone]
    if issuer is not None and not maker and (lines or marked and closing == issuer):
        _answered(out, issuer, res)
    return out + added


def _answered(rows: list[Row], issuer: str, res: ActorResolver) -> None:
    """In a report or a signed answer, a row whose supplier is unnamed ("the Government", "we", or none) to
    another state (or its body) is the issuing state's; not a negated one ("no licence was issued for X")."""
    for r in rows:
        if _unnamed(r.supplier) and "supplier" not in r.frame.generic and r.recipient is not None and \
                r.recipient.actor.kind in OFFICIAL_KINDS and r.recipient.actor.country not in (issuer, None, "") and \
                r.frame.stage != "requested" and not r.frame.negated and r.reading.factuality == "asserted":
            r.supplier = _state(issuer, r.supplier.token if r.supplier else r.item.head, res.lex)
            r.inherited = True
