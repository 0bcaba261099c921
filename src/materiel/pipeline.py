"""From a document to its register: parse, find frames, read their cues, fill parties from
context, and build the rows with their provenance."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from materiel import nlp as nlp_loader
from materiel.cues import CueReader, Reading
from materiel.document import Document
from materiel.frames import Frame, FrameFinder
from materiel.items import ItemFinder, ItemMention
from materiel.events import EventFinder
from materiel.models import Actor, Attribution, DocumentInfo, Event, Evidence, Item, Report, Transfer
from materiel.resolve import ActorResolver, Resolved
from materiel.timeplace import frame_when as _when
from materiel.timeplace import frame_where as _where

CONTEXT_SENTENCES = 4
BROAD_CATEGORIES = {"weapons", "equipment", "vehicle", "armoured_vehicle"}


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


class Extractor:
    def __init__(self, model: str | None = None) -> None:
        self.nlp: Language = nlp_loader.load(model)

    def extract_text(self, text: str, published: date | str | None = None, source: str = "<text>",
                     title: str | None = None) -> Report:
        if isinstance(published, str):
            published = date.fromisoformat(published)
        return self.extract(Document(text=text, source=source, title=title, published=published))

    def extract(self, document: Document, published: date | None = None) -> Report:
        return self.report(document, self.nlp(document.text), published)

    def report(self, document: Document, doc: Doc, published: date | None = None) -> Report:
        anchor = published or document.published
        res = ActorResolver(doc)
        items = ItemFinder(doc)
        finder = FrameFinder(res, items)
        cues = CueReader(res)
        rows: list[Row] = []
        by_sentence: list[tuple[Span, list[Frame]]] = []
        for sent in doc.sents:
            sent_rows: list[Row] = []
            frames = finder.find(sent)
            by_sentence.append((sent, frames))
            for frame in frames:
                if frame.items or frame.implicit:
                    new = self._rows(frame, cues.read(frame), sent)
                    if frame.trigger.pos_ in ("NOUN", "PROPN") and not any(frame.roles.values()):
                        nested = any(o is not frame and _argument_of(frame.trigger, o.trigger) for o in frames)
                        definite = any(c.lower_ in ("the", "this", "that") for c in frame.trigger.children)
                        for r in new:
                            r.standalone = not (nested or definite)
                    sent_rows.extend(new)
            _share_in_sentence(sent_rows, [f for f in frames if not (f.items or f.implicit)])
            _denials_of_claims(sent, rows, sent_rows, cues, res)
            rows.extend(sent_rows)
        _fill_from_context(rows)
        _fill_from_origin(rows, res)
        pairs = _dedupe([(r.frame, self._transfer(r, doc, anchor)) for r in rows if _complete(r)])
        transfers = [t for _, t in pairs]
        events = _events(EventFinder(res, finder, cues), pairs, by_sentence, anchor, transfers)
        info = DocumentInfo(id=document.id, source=document.source, title=document.title,
                            published=anchor.isoformat() if anchor else None)
        actors = sorted(res.seen.values(), key=lambda a: a.id)
        return Report(document=info, actors=_unique_actors(actors), transfers=transfers, events=events)

    def _rows(self, frame: Frame, reading: Reading, sent: Span) -> list[Row]:
        items = frame.items or []
        if not items and frame.implicit:
            t = frame.trigger
            items = [ItemMention(t, t.doc[t.i: t.i + 1], None, frame.implicit, None, None, False)]
            items[0].span = t.doc[t.i: t.i + 1]
        suppliers = frame.roles["supplier"] or [None]
        recipients = frame.roles["recipient"] or [None]
        inter = frame.roles["intermediary"][0] if frame.roles["intermediary"] else None
        out = []
        seen: set[int] = set()
        for it in items:
            if it.head.i in seen:
                continue
            seen.add(it.head.i)
            for s in suppliers:
                for r in recipients:
                    if s and r and s.actor.id == r.actor.id:
                        continue
                    out.append(Row(frame, reading, it, s, r, inter, sent, designation=it.designation,
                                   category=it.category))
        return out

    def _transfer(self, r: Row, doc: Doc, anchor: date | None) -> Transfer:
        f, rd, it = r.frame, r.reading, r.item
        conf = f.confidence * rd.confidence_factor
        for party in (r.supplier, r.recipient):
            conf *= party.confidence if party else 0.8
        if r.inherited:
            conf *= 0.8
        item_text = "weapons (implied by the verb)" if it.span.start == f.trigger.i and f.implicit else it.span.text
        return Transfer(
            supplier=_as_state(r.supplier.actor) if r.supplier else None,
            recipient=r.recipient.actor if r.recipient else None,
            intermediary=r.intermediary.actor if r.intermediary else None,
            item=Item(text=item_text, designation=r.designation, category=r.category or it.category),
            quantity=it.quantity, quantity_text=it.quantity_text,
            stage=f.stage,  # type: ignore[arg-type]
            factuality=rd.factuality,  # type: ignore[arg-type]
            denied_by=rd.denied_by.actor if rd.denied_by else None,
            attribution=Attribution(text=rd.attribution_text,
                                    source=rd.attribution_source.actor if rd.attribution_source else None)
            if rd.attribution_text else None,
            when=_when(f, anchor),
            where=_where(f, doc),
            evidence=Evidence(text=r.sent.text, start=r.sent.start_char, end=r.sent.end_char),
            rule=f.rule + (":context" if r.inherited else ""),
            confidence=round(max(0.05, min(1.0, conf)), 3),
        )


def _as_state(a: Actor) -> Actor:
    """A company supplies for its state in the register (as SIPRI records it); the company's
    name stays as the surface text and in the document's actors."""
    from materiel import lexicon

    if a.kind != "company" or not a.country:
        return a
    c = lexicon.load().countries.get(a.country)
    if c is None:
        return a
    return Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=a.name)


def _complete(r: Row) -> bool:
    if r.item.anaphoric and not r.designation:
        return False
    t = r.frame.trigger
    if t.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "any" for c in t.children) and not r.frame.negated:
        return False  # "any delivery of X would be ...": hypothetical, not a reported transfer
    if r.frame.trigger.pos_ in ("NOUN", "PROPN") and r.standalone and not any(r.frame.roles.values()):
        return False
    has_source = r.supplier is not None or (bool(r.frame.places) and r.frame.cls != "arrive")
    return has_source and r.recipient is not None


def _share_in_sentence(rows: list[Row], donors: list[Frame]) -> None:
    """Parties a sentence names once serve all its frames ("will send ... as part of a package",
    "... after months of requests from Kyiv")."""
    for r in rows:
        for other in rows:
            if other is r:
                continue
            if r.recipient is None and other.recipient is not None and (
                    r.supplier is None or other.supplier is None or other.supplier.actor.id == r.supplier.actor.id):
                if r.supplier is None or other.recipient.actor.id != r.supplier.actor.id:
                    r.recipient, r.inherited = other.recipient, True
            if r.supplier is None and other.supplier is not None and not r.frame.places and (
                    r.recipient is None or other.recipient is None or other.recipient.actor.id == r.recipient.actor.id):
                if r.recipient is None or other.supplier.actor.id != r.recipient.actor.id:
                    r.supplier, r.inherited = other.supplier, True
    for r in rows:
        for f in donors:
            for role in ("recipient", "supplier"):
                if getattr(r, role) is None and f.roles[role]:
                    cand = f.roles[role][0]
                    other = r.supplier if role == "recipient" else r.recipient
                    if other is None or other.actor.id != cand.actor.id:
                        setattr(r, role, cand)
                        r.inherited = True


def _fill_from_context(rows: list[Row]) -> None:
    """Missing parties from earlier rows: the same item named again ("the aircraft", "its first
    24 Rafales"), else the last recipient of the preceding sentences."""
    for i, r in enumerate(rows):
        earlier = [e for e in rows[:i] if (e.sent.start < r.sent.start or e.frame.trigger.i < r.frame.trigger.i)
                   and r.sent.start - e.sent.start < 400 and _sent_gap(e, r) <= CONTEXT_SENTENCES]
        same = [e for e in earlier if _same_item(e, r)]
        if same and (r.item.definite or r.item.anaphoric or r.designation):
            e = same[-1]
            if r.item.definite or r.item.anaphoric:
                r.designation = r.designation or e.designation
                r.category = e.category if r.item.anaphoric else r.category
            if r.supplier is None and not r.frame.places and e.supplier and (r.recipient is None or e.supplier.actor.id != r.recipient.actor.id):
                r.supplier, r.inherited = e.supplier, True
            if r.recipient is None and e.recipient and (r.supplier is None or e.recipient.actor.id != r.supplier.actor.id):
                r.recipient, r.inherited = e.recipient, True
        t = r.frame.trigger
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and earlier and \
                any(c.lower_ in ("the", "this", "that") for c in t.children) and r.supplier is None and r.recipient is None:
            e = earlier[-1]  # "the package also includes", "the shipment included"
            r.supplier, r.recipient, r.inherited = e.supplier, e.recipient, True
        if r.supplier is None and r.recipient is not None and not r.frame.places and \
                r.frame.stage in ("delivered", "ordered"):
            for e in reversed(earlier):  # the same recipient's supplier, named just before
                if e.recipient and e.supplier and e.recipient.actor.id == r.recipient.actor.id:
                    r.supplier, r.inherited = e.supplier, True
                    break
        if r.recipient is None and r.supplier is not None:
            for e in reversed(earlier):
                if e.recipient and e.recipient.actor.id != r.supplier.actor.id:
                    r.recipient, r.inherited = e.recipient, True
                    break


def _fill_from_origin(rows: list[Row], res: ActorResolver) -> None:
    """No supplier named: the state that makes the designated system ("ordered 30 Rafale jets")."""
    for r in rows:
        if r.supplier is not None or r.frame.places or not r.designation or r.recipient is None:
            continue
        origin = res.lex.origin_of(r.designation)
        if origin and origin != r.recipient.actor.country:
            c = res.lex.countries[origin]
            actor = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=r.item.span.text)
            r.supplier = Resolved(actor, 0.5, r.item.head)
            r.inherited = True
            r.frame.rule += ":origin" if not r.frame.rule.endswith(":origin") else ""


def _sent_gap(a: Row, b: Row) -> int:
    doc = a.sent.doc
    return sum(1 for s in doc.sents if a.sent.start < s.start <= b.sent.start)


def _same_item(e: Row, r: Row) -> bool:
    if r.designation and e.designation:
        return r.designation == e.designation
    if r.item.anaphoric:
        return e.designation is not None
    cat = r.category or r.item.category
    broad = cat in BROAD_CATEGORIES and r.item.definite
    return e.designation is not None and (e.category == cat or broad or e.item.head.lemma_ == r.item.head.lemma_)


def _denials_of_claims(sent: Span, before: list[Row], current: list[Row], cues: CueReader,
                       res: ActorResolver) -> None:
    """"..., a charge Bamako denies" / "Cairo denied the reports": a denial of a claim noun."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in cues.denial_verbs:
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            continue
        claim = None
        if tok.dep_ == "relcl" and tok.head.lemma_.lower() in cues.claim_nouns:
            claim = tok.head
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cues.claim_nouns]
        claim = claim or (objs[0] if objs else None)
        subj = cues._subject(tok)
        if claim is None or subj is None:
            continue
        if not current and any(c.dep_ in ("acl", "ccomp", "relcl") for c in claim.children):
            continue  # "rejected reports that it had sent X": the content is in the sentence
        denier = res.resolve(subj)
        targets = current if current else [r for r in before if r.sent.end == sent.start or
                                           r.sent.end + 1 >= sent.start and r.sent.start < sent.start]
        for r in list(targets):
            if r.reading.factuality == "asserted" and r.frame.trigger.i != tok.i:
                # "X supplied Y, a charge X denies": the claim as its source states it, and the denial
                if r.reading.attribution_text and current:
                    current.append(replace(r, reading=replace(r.reading, factuality="denied", denied_by=denier,
                                                              attribution_text=res.doc[subj.left_edge.i: subj.i + 1].text,
                                                              attribution_source=denier)))
                    continue
                r.reading.factuality = "denied"
                r.reading.denied_by = denier


def _dedupe(pairs: list[tuple[Frame, Transfer]]) -> list[tuple[Frame, Transfer]]:
    out: list[tuple[Frame, Transfer]] = []
    keys: set[tuple[object, ...]] = set()
    for f, t in pairs:
        key = (t.supplier.id if t.supplier else None, t.recipient.id if t.recipient else None,
               t.item.text.lower(), t.stage, t.factuality, t.evidence.start)
        if key not in keys:
            keys.add(key)
            out.append((f, t))
    return out


def _events(finder: EventFinder, pairs: list[tuple[Frame, Transfer]], by_sentence: list[tuple[Span, list[Frame]]],
            anchor: date | None, transfers: list[Transfer]) -> list[Event]:
    """Events of the transfer rows, of transfer frames without a row, and of other interactions."""
    cands = finder.from_transfers(pairs)
    framed = {f.trigger.i for f, _ in pairs}
    for sent, frames in by_sentence:
        taken: set[int] = set()
        for f in frames:  # a transfer word is its frame's event only when the frame made one
            made = f.trigger.i in framed
            if not made:
                extra = finder.from_frame(f)
                cands.extend(extra)
                made = bool(extra)
            if made:
                taken.add(f.trigger.i)
                if f.governor is not None:
                    taken.add(f.governor.i)
        cands.extend(finder.find(sent, taken))
    events = [finder.build(c, anchor, transfers) for c in cands]
    return sorted(events, key=lambda e: (e.evidence.start, e.type))


def _unique_actors(actors: list[Actor]) -> list[Actor]:
    out, seen = [], set()
    for a in actors:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a.model_copy(update={"text": a.text}))
    return out


@lru_cache(maxsize=4)
def get_extractor(model: str | None = None) -> Extractor:
    return Extractor(model)


__all__ = ["Extractor", "get_extractor", "Token"]


def _argument_of(t: Token, pred: Token) -> bool:
    """t sits in an argument phrase of pred ("send X as part of a package", "after requests")."""
    cur = t
    for _ in range(5):
        if cur.dep_ not in ("pobj", "prep", "dobj", "appos", "conj", "compound") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == pred.i or (cur.pos_ in ("VERB", "AUX") and cur in pred.ancestors):
            return True
    return False
