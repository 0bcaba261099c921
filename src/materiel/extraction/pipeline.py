"""From a document to its register: parse, find frames, read their cues, fill parties from context, build rows."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction import (
    announced_sellers,
    antecedents,
    approval_rows,
    claim_denials,
    discourse,
    export_sources,
    licence_lists,
    licensing_state,
    no_such_denials,
    packages,
    request_refusers,
    restated_loads,
    reversed_pairs,
    ring_exchange,
    seized_series,
    speaker_deciders,
    stock_sources,
    values,
)
from materiel.extraction import nlp as nlp_loader
from materiel.extraction.also_included import also_included
from materiel.extraction.answered import suppliers_from_answers
from materiel.extraction.budget import Deadline, check_size
from materiel.extraction.bullet_items import expand as expand_bullets
from materiel.extraction.claims import claims_behind_denials
from materiel.extraction.completeness import clear_generic as _clear_generic
from materiel.extraction.completeness import complete as _complete  # noqa: F401  (tools read pipeline._complete)
from materiel.extraction.completeness import internal as _internal
from materiel.extraction.completeness import kept as _kept
from materiel.extraction.contents_next import manifest_items
from materiel.extraction.covered_generic import drop_covered
from materiel.extraction.cues import CueReader, Reading
from materiel.extraction.dated_packages import named_again
from materiel.extraction.declined import declined_requests
from materiel.extraction.definite_counts import scheduled_parts
from materiel.extraction.definite_rows import bare_listing, held_on_order, series_step
from materiel.extraction.destination_rows import destination_rows
from materiel.extraction.discourse import Row
from materiel.extraction.donors import donor_frames
from materiel.extraction.duplicates import dedupe_told, fold_unnamed_suppliers, merge_duplicates
from materiel.extraction.events import EventFinder, collect_events
from materiel.extraction.followers import followed_refusals
from materiel.extraction.frames import barters, refusal_topics, rereads, seizure_subjects
from materiel.extraction.frames.frames import Frame, FrameFinder
from materiel.extraction.funding import funded_frames
from materiel.extraction.held_contents import held_contents
from materiel.extraction.item_origins import keep_own_origin
from materiel.extraction.late_counts import told_counts
from materiel.extraction.late_fills import after_context, from_document, in_context
from materiel.extraction.leaders import speaks_for_recipient, speaks_for_supplier
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.none_next import rows_of_none_next
from materiel.extraction.offer_recipients import to_topic_state
from materiel.extraction.own_suppliers import own_suppliers
from materiel.extraction.prefilter import Prefilter
from materiel.extraction.pronoun_items import expand as expand_pronouns
from materiel.extraction.questions import unasked
from materiel.extraction.refused_bids import asked_rows
from materiel.extraction.refused_deals import refused_deal, undoes_deal
from materiel.extraction.register_rows import transfer_of
from materiel.extraction.routes import parties as route_parties
from materiel.extraction.scheduled import expected_arrivals, orders_scheduled
from materiel.extraction.seized_cargo import cargo_rows, series_parties
from materiel.extraction.seized_groups import seized_destinations
from materiel.extraction.seized_inventory import seized_in_context
from materiel.extraction.series import carry_series
from materiel.extraction.share_items import share_items
from materiel.extraction.stalled_requests import infinitive_objects
from materiel.extraction.title_pair import lend_title_pair
from materiel.extraction.topic_imports import to_importing_topic
from materiel.extraction.wholes import whole_orders
from materiel.record.models import Actor, DocumentInfo, Report
from materiel.sources.document import Document

REQUEST_NOUNS = lexicon.word_set("pipeline", "request_nouns")


class Extractor:
    """`prefilter=True` parses only the sentences that can hold a transfer, with their context
    (`materiel.extraction.prefilter`): the same transfer rows, several times faster on general news."""

    def __init__(self, model: str | None = None, prefilter: bool = False) -> None:
        self.nlp: Language = nlp_loader.load(model)
        self.model = model
        self.prefilter: Prefilter | None = Prefilter(self.nlp) if prefilter else None

    def extract_text(self, text: str, published: date | str | None = None, source: str = "<text>",
                     title: str | None = None) -> Report:
        if isinstance(published, str):
            published = date.fromisoformat(published)
        return self.extract(Document(text=text, source=source, title=title, published=published))

    def extract(self, document: Document, published: date | None = None) -> Report:
        """The document's report; InputError for a text over the limits of `materiel.sources.limits` (refused,
        never cut): MAX_TEXT_CHARS characters, MAX_TEXT_WORDS words and marks, EXTRACT_SECONDS."""
        check_size(document)
        if self.prefilter is None:
            return nlp_loader.as_written(self.report(document, self.nlp(document.text), published), document.text)
        doc = self.prefilter.parse(document.text)
        if doc is None:  # nothing that can hold a transfer: stored without parsing
            return self.empty(document, published)
        return nlp_loader.as_written(self.report(document, doc, published), document.text)  # a view's capitals

    @staticmethod
    def empty(document: Document, published: date | None = None) -> Report:
        anchor = published or document.published
        return Report(document=DocumentInfo(id=document.id, source=document.source, title=document.title,
                                            published=anchor.isoformat() if anchor else None),
                      actors=[], transfers=[], events=[])

    def report(self, document: Document, doc: Doc, published: date | None = None) -> Report:
        # Long (80 lines): one pass over the sentences, then the document's passes in their order, each one call.
        anchor = published or document.published
        in_time = Deadline(document.source)
        res = ActorResolver(doc)
        items = ItemFinder(doc)
        finder = FrameFinder(res, items)
        cues = CueReader(res)
        rows: list[Row] = []
        by_sentence: list[tuple[Span, list[Frame]]] = []
        for sent in doc.sents:
            in_time.check()
            sent_rows: list[Row] = []
            frames = funded_frames(unasked(share_items(manifest_items(finder.find(sent), items, res), items), sent))  # "...?", "financed by X"
            frames += refusal_topics.frames(sent, items, res)  # "Two of the refusals concerned X for Y"
            frames += barters.frames(sent, items, res)  # "traded gold for rifles with X"
            seizure_subjects.retarget(frames, items, res, finder.seizure.seize_classes)  # "X were the biggest seizure of Y"
            rereads.reread(finder, frames)  # "Asked by X for Y, the government refused", "the halted cargo"
            by_sentence.append((sent, frames))
            for frame in frames:
                in_time.check()
                if frame.items or frame.implicit:
                    new = self._rows(frame, cues.read(frame), sent)
                    if frame.trigger.pos_ in ("NOUN", "PROPN") and not any(frame.roles.values()):
                        nested = any(o is not frame and discourse.argument_of(frame.trigger, o.trigger) for o in frames)
                        definite = bare_listing(frame.trigger) or held_on_order(frame.trigger) or frame.cls == "supply" and series_step(frame.trigger) or named_again(frame.trigger)
                        for r in new:
                            r.standalone = not (nested or definite)
                    sent_rows.extend(new)
                elif undoes_deal(frame):  # a refusal, or "they were never delivered"
                    sent_rows.extend(self._refused_request(frame, cues.read(frame), sent, rows + sent_rows))
            discourse.share_in_sentence(sent_rows, donor_frames(frames, cues.reporting))  # not "X announced"
            restated_loads.fill(sent_rows, frames)  # "took X, in what police called a consignment for Y"
            claim_denials.denials_of_claims(sent, rows, sent_rows, cues, res)
            sent_rows += claims_behind_denials(sent_rows, cues, res) + followed_refusals(finder, sent, rows, sent_rows)
            sent_rows += declined_requests(finder, cues, sent, frames, rows + sent_rows)  # "Y declined", "Y said no"
            rows.extend(keep_own_origin(sent_rows, res))  # "Russian X and Chinese Y": each its own maker
        rows = cargo_rows(rows, by_sentence, items, finder.seizure, lambda f, s: self._rows(f, cues.read(f), s))  # "Aboard were"
        starts = {sent.start: i for i, (sent, _) in enumerate(by_sentence)}
        barters.from_context(rows, starts)  # "traded gold for rifles with X. ... 200 goats were exchanged for Y"
        rows = also_included(approval_rows.with_requests(rows, starts, by_sentence), by_sentence, items)  # "Also ..."
        rows = expand_pronouns(rows, items)  # "pledged to provide both": one row per item told before
        rows = expand_bullets(rows, items)  # "The package includes:" and one line per item
        stock_sources.fill(rows, res)  # "grenades drawn from Ruritanian army stocks": the stocks' owner supplies
        export_sources.fill(rows, res)  # "X informed the Panel that the rifles had been exported to Y": X exports
        antecedents.resolve_items(rows, lambda c: discourse.FAMILIES.get(c, frozenset()))
        discourse.split_symmetric(rows, res)
        seized_destinations(rows, by_sentence, finder)  # "seized a truck carrying X. ... the load was bound for Y"
        suppliers_from_answers(rows, by_sentence, res)  # "X asked for Y. ... whether Z granted the requests"
        held_contents(rows, by_sentence)  # "On the halted cargo: the consignment held X"
        rows = ring_exchange.fill(rows)  # "X sends A to Y. In return Z will supply B": B goes to X
        in_context(rows, res, by_sentence, items)  # "X is Y's supplier: it delivered A"; the parties just before
        after_context(rows, res, by_sentence, items)  # a paragraph's own buyer; "the same government"; a maker after
        rows = carry_series(rows)  # "Y followed with four more A": the stage and parties told before
        packages.inherit_parties(rows, starts, by_sentence)
        series_parties(rows, finder.seizure)  # "shipped X to Y in six consignments. ... intercepted the seventh"
        seized_in_context(rows, by_sentence, items, finder.seizure, finder.res, finder.destination_words)  # "The weapons were smuggled to X", "found 18 X"
        seized_series.fill(rows, starts)  # "seized 900 rifles bound for Y; a second container ... was seized"
        discourse.fill_from_origin(rows, res)
        speaks_for_supplier(rows)  # "President X authorized sending Y to Z": the state that supplies Z here
        speaks_for_recipient(rows, res)  # "President X asked Moscow for Y": the text's state asks
        discourse.orient_by_origin(rows, res)
        to_importing_topic(rows, res)  # "Russia delivered X" in a feature on one state's imports: to that state
        to_topic_state(rows, res)  # "Hanwha has offered its K9 howitzer": to the state the text is about
        lend_title_pair(rows, by_sentence, finder)  # "What has X sent to Y?" and "- A: the navy transferred 12 A"
        orders_scheduled(rows)  # "signed for twelve X. The first four will arrive in March": the order's schedule
        rows = expected_arrivals(rows)  # "a second batch of X is still awaited": on order, unless told as ordered
        rows = scheduled_parts(rows)  # "signed for twelve X; the first four will arrive in March": the order's schedule
        rows = told_counts(rows, items)  # "bought 24 trucks. ... The trucks were handed over": 24 (late_counts.py)
        _clear_generic(rows)  # a role the text gives to no one in particular stays empty
        rows = destination_rows(rows, res, items)  # "- Chile: an application for 40 carbines was refused"
        rows = licence_lists.inner_destinations(licence_lists.decided(rows, res), items, res)
        rows = licence_lists.paired_of_phrases(rows, items)  # "applications were refused, among them licences for X to Y"
        rows += asked_rows(rows)  # "rejected X's request to buy Y": the request stands beside the refusal
        speaker_deciders.fill(rows, res)  # "X's export agency said an application for Y had been refused"
        request_refusers.fill(rows)  # "X had asked for Y. That request was turned down by Z": Z was asked
        licensing_state.fill(rows)  # "Licences for X to Y were refused" in a report on one state's licences
        rows += rows_of_none_next(rows)  # "X sold A to Y. None has arrived"
        announced_sellers.fill(rows, res.resolve)  # "X announced that Y had ordered A": the firm X sells
        from_document(rows, res, _complete)  # the document's counterparty, lead firm or envoy pair (late_fills.py)
        no_such_denials.fill(rows, res)  # "X was reportedly offered, but the ministry stated no such offer was ever made"
        reversed_pairs.orient(rows)  # "X scraps Y's helicopter deal" beside "X bought helicopters from Y"
        told = dedupe_told([(r.frame, transfer_of(r, doc, anchor)) for r in rows if _kept(r)])
        told = values.from_next_sentence(told, doc, anchor)  # "... The deal is worth $2bn."
        pairs = drop_covered(fold_unnamed_suppliers(merge_duplicates(told)))  # once each; "arms" beside the named items it covers: not
        transfers = [t for _, t in pairs]
        events = collect_events(EventFinder(res, finder, cues), pairs, by_sentence, anchor, transfers,
                         {f.trigger.i for f, _ in told})
        info = self.empty(document, published).document
        actors = sorted(res.seen.values(), key=lambda a: a.id)
        return Report(document=info, actors=_unique_actors(actors), transfers=transfers, events=events)

    def _rows(self, frame: Frame, reading: Reading, sent: Span) -> list[Row]:
        items = frame.items or []
        if not items and frame.implicit:
            t = frame.trigger
            items = [ItemMention(t, t.doc[t.i: t.i + 1], None, frame.implicit, None, None, False)]
            items[0].span = t.doc[t.i: t.i + 1]
        suppliers, inter = route_parties(frame)  # "received X through Y", no "from": Y supplies
        recipients: list[Resolved | None] = [*frame.roles["recipient"]] or [None]
        out = []
        seen: set[int] = set()
        for it in items:
            if it.head.i in seen:
                continue
            seen.add(it.head.i)
            for s in own_suppliers(it, suppliers):  # "offers of A from X and B from Y": A from X only
                for r in recipients:
                    if s and r and (s.actor.id == r.actor.id or _internal(s, r)):
                        continue
                    share = it.shares.get(r.actor.id) if it.shares and r else None
                    own = replace(it, quantity=share[0], quantity_text=share[1]) if share else it
                    out.append(Row(frame, reading, own, s, r, inter, sent, designation=it.designation,
                                   category=it.category))
        return whole_orders(out)

    def _refused_request(self, frame: Frame, reading: Reading, sent: Span, before: list[Row]) -> list[Row]:
        """"X declined the request": the items and parties of the request made just before."""
        objects = [c for c in frame.trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if frame.trigger.dep_ == "relcl":
            objects.append(frame.trigger.head)  # "asked for X, a request Y turned down"
        objects += infinitive_objects(frame.trigger)  # "Y has refused to advance that request"
        if not any(o.lemma_.lower() in REQUEST_NOUNS and any(c.dep_ in ("det", "poss") for c in o.children)
                   for o in objects):
            return refused_deal(frame, reading, sent, before)  # "signed a deal for X; the deal was frozen"
        asked = [r for r in before if r.frame.stage == "requested" and sent.start - r.sent.end < 200
                 and r.frame.trigger.i < frame.trigger.i]  # "X asked to buy Y, and Z turned the request down"
        if not asked:
            return []
        last = [r for r in asked if r.frame is asked[-1].frame]
        refuser = frame.roles["supplier"][0] if frame.roles["supplier"] else None
        return [replace(r, frame=frame, reading=reading, sent=sent, inherited=True,
                        supplier=refuser or r.supplier) for r in last
                if refuser is None or r.recipient is None or refuser.actor.id != r.recipient.actor.id]


def _unique_actors(actors: list[Actor]) -> list[Actor]:
    out, seen = [], set()
    for a in actors:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a.model_copy(update={"text": a.text}))
    return out


@lru_cache(maxsize=8)
def get_extractor(model: str | None = None, prefilter: bool = False) -> Extractor:
    return Extractor(model, prefilter=prefilter)


__all__ = ["Extractor", "get_extractor", "Token"]
