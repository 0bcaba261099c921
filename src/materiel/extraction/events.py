"""Events between actors (PLOVER): from transfer rows, and from verbs and nouns of interaction.

A transfer row comes from a frame; the frame's event (REQUEST for a request, AGREE for an offer
or a deal, AID for a delivery, REJECT for a refusal, CONSULT for talks) carries the indexes of
its rows. Other interactions (accusations, praise, meetings, threats, sanctions) come from the
verb and noun classes in `data/events.toml`. A denial is also an event: REJECT, mode "denial".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.cues import CueReader
from materiel.extraction.frames.frames import Frame, FrameFinder
from materiel.extraction.frames.timeplace import frame_when, frame_where
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor, Attribution, Event, Evidence, Transfer
from materiel.record.vocabulary import Factuality


@dataclass
class Candidate:
    type: str
    mode: str | None
    actor: Actor
    target: Actor | None
    frame: Frame
    rule: str
    confidence: float
    transfers: list[int] = field(default_factory=list)


def cameo_code(event: Event) -> str | None:
    """The CAMEO code of an event, from the crosswalk in `data/events.toml`."""
    table: dict[str, str] = lexicon.toml("events.toml")["cameo"]
    return table.get(f"{event.type}:{event.mode}") or table.get(event.type)


class EventFinder:
    def __init__(self, resolver: ActorResolver, frames: FrameFinder, cues: CueReader) -> None:
        data = lexicon.toml("events.toml")
        self.types: dict[str, dict[str, Any]] = data["types"]
        self.from_stage: dict[str, dict[str, str]] = data["from_stage"]
        self.modes: dict[str, str] = data["factuality_modes"]
        self.negated_types: dict[str, str] = data.get("negated_types", {})
        self.verbs = {v: t for t, spec in self.types.items() for v in spec.get("verbs", [])}
        self.nouns = {n: t for t, spec in self.types.items() for n in spec.get("nouns", [])}
        self.res, self.frames, self.cues = resolver, frames, cues

    # -- events of transfer rows ----------------------------------------------------------------
    def from_transfers(self, pairs: list[tuple[Frame, Transfer]]) -> list[Candidate]:
        out: dict[tuple[Any, ...], Candidate] = {}
        for i, (frame, t) in enumerate(pairs):
            spec = self.from_stage[t.stage]
            actor: Actor | None = getattr(t, spec["actor"])
            target: Actor | None = getattr(t, spec["target"])
            if actor is None and spec.get("actor_required"):
                continue  # "rifles were seized": a seizure by no one named is no event
            if actor is None:
                actor, target = target, None
            if actor is None:
                continue
            key = (frame.trigger.i, t.stage, actor.id, target.id if target else None, t.factuality)
            if key not in out:
                out[key] = Candidate(spec["type"], spec["mode"] or None, actor, target, frame,
                                     f"transfer:{frame.rule}", t.confidence)
            out[key].transfers.append(i)
        return list(out.values())

    def from_frame(self, frame: Frame) -> list[Candidate]:
        """A transfer frame that made no row ("Kenya's request to Israel") is still an event."""
        spec = self.from_stage.get(frame.stage)
        if spec is None:
            return []
        actors = frame.roles.get(spec["actor"]) or []
        targets = frame.roles.get(spec["target"]) or []
        if not actors or not targets:
            return []
        return [Candidate(spec["type"], spec["mode"] or None, actors[0].actor, targets[0].actor, frame,
                          f"frame:{frame.rule}", round(0.6 * actors[0].confidence, 3))]

    # -- events of other verbs and nouns ----------------------------------------------------------
    def find(self, sent: Span, taken: set[int]) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in sent:
            if tok.i in taken:
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") and lemma in self.verbs:
                out.extend(self._verb_event(tok, self.verbs[lemma]))
                continue
            elif tok.pos_ == "NOUN" and (lemma in self.nouns or tok.lower_ in self.nouns):
                c = self._noun_event(tok, self.nouns.get(lemma) or self.nouns[tok.lower_])
            elif tok.pos_ == "VERB" and lemma in self.cues.denial_verbs:
                c = self._denial(tok)
            else:
                c = None
            if c is not None:
                out.append(c)
        return out

    def _frame(self, tok: Token, rule: str) -> Frame:
        return Frame(tok, "event", "", rule=rule)

    def _verb_event(self, v: Token, etype: str) -> list[Candidate]:
        subj = self.frames.subject_of(v)
        actors = self.res.resolve_all(subj) if subj is not None else []
        out = []
        for actor in actors:  # "Egypt and Jordan met": one event each
            target = self._target(v, etype, exclude=actor)
            f = self._frame(v, f"event:{etype}:{v.lemma_.lower()}")
            out.append(Candidate(etype, None, actor.actor, target.actor if target else None, f, f.rule,
                                 round(0.7 * actor.confidence, 3)))
        return out

    def _noun_event(self, n: Token, etype: str) -> Candidate | None:
        poss = [c for c in n.children if c.dep_ == "poss"]
        holder = n.head.head if n.dep_ == "pobj" else n.head
        subj = poss[0] if poss else (self.frames.subject_of(holder) if holder.pos_ in ("VERB", "AUX") else None)
        actor = self.res.resolve(subj) if subj is not None else None
        if actor is None:
            return None
        target = self._target(n, etype, exclude=actor)
        f = self._frame(n, f"event:{etype}:{n.lemma_.lower()}")
        return Candidate(etype, None, actor.actor, target.actor if target else None, f, f.rule,
                         round(0.6 * actor.confidence, 3))

    def _denial(self, v: Token) -> Candidate | None:
        subj = self.frames.subject_of(v)
        actor = self.res.resolve(subj) if subj is not None else None
        if actor is None:
            return None
        f = self._frame(v, f"event:REJECT:denial:{v.lemma_.lower()}")
        return Candidate("REJECT", "denial", actor.actor, None, f, f.rule, round(0.7 * actor.confidence, 3))

    def _target(self, t: Token, etype: str, exclude: Resolved) -> Resolved | None:
        preps = set(self.types[etype].get("target_preps", []))
        cands = [c for c in t.children if c.dep_ in ("dobj", "obj", "dative")]
        cands += [p for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                  for p in c.children if p.dep_ == "pobj"]
        for c in cands:
            r = self.res.resolve(c)
            if r is not None and r.actor.id != exclude.actor.id:
                return r
        return None

    # -- to the record ------------------------------------------------------------------------------
    def build(self, c: Candidate, anchor: date | None, transfers: list[Transfer]) -> Event:
        if c.transfers:
            first = transfers[c.transfers[0]]
            factuality, attribution, evidence = first.factuality, first.attribution, first.evidence
            when, where = first.when, first.where
        else:
            reading = self.cues.read(c.frame)
            factuality = "negated" if any(x.dep_ == "neg" for x in c.frame.trigger.children) else \
                cast(Factuality, reading.factuality)
            attribution = Attribution(text=reading.attribution_text,
                                      source=reading.attribution_source.actor if reading.attribution_source else None) \
                if reading.attribution_text else None
            sent = c.frame.trigger.sent
            evidence = Evidence(text=sent.text, start=sent.start_char, end=sent.end_char)
            when, where = frame_when(c.frame, anchor), frame_where(c.frame, c.frame.trigger.doc)
        etype = c.type
        if factuality == "negated" and not c.transfers and c.type in self.negated_types:
            etype, factuality = self.negated_types[c.type], "asserted"
        mode = self.modes.get(factuality) if factuality != "asserted" else c.mode
        return Event(type=etype, mode=mode or c.mode, actor=c.actor, target=c.target,  # type: ignore[arg-type]
                     factuality=factuality, attribution=attribution, when=when, where=where,
                     evidence=evidence, rule=c.rule, confidence=c.confidence, transfers=c.transfers)


def collect_events(finder: EventFinder, pairs: list[tuple[Frame, Transfer]], by_sentence: list[tuple[Span, list[Frame]]],
            anchor: date | None, transfers: list[Transfer], merged: set[int] | None = None) -> list[Event]:
    """Events of the transfer rows, of transfer frames without a row, and of other interactions;
    `merged`: triggers of rows merged into another telling of the same transfer (no event of their own)."""
    cands = finder.from_transfers(pairs)
    framed = {f.trigger.i for f, _ in pairs} | (merged or set())
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
