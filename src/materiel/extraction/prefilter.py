"""Parse only what can hold a transfer: a cheap pass over the raw text (tokenizer, rule-based
sentence splitter, the `materiel_items` recognizer's own matchers, the transfer cues of
`data/predicates.toml`) picks the sentences that name materiel, or carry a transfer cue near such
a sentence, with a window of context around them. Everything else is replaced by an inert filler
of the same length ("." then spaces), so the parsed text keeps every character offset of the
original and each kept sentence is parsed from exactly its own characters: evidence offsets and
texts point into the document as given.

A document with no such sentence is not parsed at all (its report is empty).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from materiel import lexicon
from materiel.extraction.recognizers import MaterielRecognizer, paragraphs
from materiel.lexicon.inflect import inflections

__all__ = ["Prefilter", "Selection", "cue_lemmas", "inflections"]

# Cheap sentences kept around a relevant one: the extractor fills parties from the sentences before
# (pronouns, "the group", the last recipient) and reads a denial in the sentence after.
BEFORE, AFTER = 2, 1
# A transfer cue without materiel is relevant this many sentences after one with materiel ("Kyiv
# received them", "Berlin declined the request"): anaphoric items and refusals point back that far.
FOLLOW = 8
FILLER = "."
LEAD_MIN = 80  # a paragraph shorter than this after the headline is a byline or a date, not the lead
OFFICES = lexicon.word_set("resolve", "state_offices")


def lead_end(text: str) -> int:
    """Where the lead paragraph ends: the first paragraph after the headline's that is no short line of its own
    (a byline, a date; under LEAD_MIN characters); else the end of the first line."""
    pos, seen = 0, 0
    while pos < len(text):
        end = text.find("\n\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            seen += 1
            if seen > 1 and len(text[pos:end].strip()) >= LEAD_MIN:
                return end
        pos = end + 2
    first = text.find("\n")
    return first if first >= 0 else len(text)


def _words(values: Iterable[object]) -> set[str]:
    return {v for v in values if isinstance(v, str)}


def cue_lemmas() -> tuple[set[str], set[str]]:
    """(all transfer cue lemmas, the lemmas whose verb carries an implicit item) from the data files."""
    data = lexicon.toml("predicates.toml")
    cues: set[str] = set()
    implicit: set[str] = set()
    for spec in data["classes"].values():
        words = _words(spec.get("verbs", [])) | _words(spec.get("nouns", []))
        cues |= words
        if spec.get("implicit"):
            implicit |= words
    for values in data["governors"].values():
        cues |= _words(values)
    cues |= _words(lexicon.toml("cues.toml")["factuality"].get("denial_verbs", []))
    return cues, implicit


@dataclass(frozen=True)
class Selection:
    """Character ranges [start, end) of the cheap sentences to parse, in order, merged."""

    ranges: tuple[tuple[int, int], ...]
    sentences: int
    kept: int

    def __bool__(self) -> bool:
        return bool(self.ranges)


class Prefilter:
    def __init__(self, nlp: Language, before: int = BEFORE, after: int = AFTER, follow: int = FOLLOW) -> None:
        self.nlp = nlp
        items = nlp.get_pipe("materiel_items")
        if not isinstance(items, MaterielRecognizer):  # pragma: no cover - nlp.load always adds it
            raise TypeError("the pipeline has no materiel_items recognizer")
        self.items = items
        self.sentencizer = Sentencizer()
        cues, implicit = cue_lemmas()
        self.cues = set().union(*(inflections(c) for c in cues))
        self.implicit = set().union(*(inflections(c) for c in implicit))
        self.before, self.after, self.follow = before, after, follow

    def select(self, text: str) -> Selection:
        doc = paragraphs(self.sentencizer(self.nlp.make_doc(text)))
        sents = [s for s in doc.sents if s.text.strip()]  # a blank line is no sentence
        materiel = self.items.mention_tokens(doc)
        has_item = [any(i in materiel for i in range(s.start, s.end)) for s in sents]
        relevant = [False] * len(sents)
        last_item = -10 ** 9
        for n, s in enumerate(sents):
            if has_item[n]:
                last_item = n
            words = {t.lower_ for t in s}
            relevant[n] = has_item[n] or bool(words & self.implicit) or \
                (n - last_item <= self.follow and bool(words & self.cues))
        keep = [False] * len(sents)
        for n, r in enumerate(relevant):
            if r:
                for m in range(max(0, n - self.before), min(len(sents), n + self.after + 1)):
                    keep[m] = True
        if any(keep):
            keep[0] = True  # the headline or dateline, and the lead paragraph: the text's topic state (topic.py)
            lead = lead_end(text)
            for n, s in enumerate(sents):
                keep[n] = keep[n] or s.start_char < lead
            for n, s in enumerate(sents):  # "Peruvian President X": whose office a name holds, read later (persons.py)
                keep[n] = keep[n] or bool({t.lower_ for t in s} & OFFICES)
        ranges: list[tuple[int, int]] = []
        for n, s in enumerate(sents):
            if not keep[n]:
                continue
            start = s.start_char
            end = sents[n + 1].start_char if n + 1 < len(sents) else len(text)
            if ranges and ranges[-1][1] == start:
                ranges[-1] = (ranges[-1][0], end)
            else:
                ranges.append((start, end))
        return Selection(tuple(ranges), len(sents), sum(keep))

    def reduce(self, text: str, selection: Selection) -> tuple[str, set[int]]:
        """The text with every unselected stretch replaced by "." and spaces (same length), and the
        offsets where a sentence must start: each filler and the kept text after it."""
        parts: list[str] = []
        starts: set[int] = set()
        pos = 0
        for start, end in [*selection.ranges, (len(text), len(text))]:
            if start > pos:
                stretch = text[pos:start]
                lead = len(stretch) - len(stretch.lstrip())
                if lead < len(stretch):  # leading blanks stay with the sentence before
                    starts |= {pos + lead, start}
                    stretch = stretch[:lead] + FILLER + "".join(c if c == "\n" else " " for c in stretch[lead + 1:])
                parts.append(stretch)
            parts.append(text[start:end])
            pos = end
        return "".join(parts), starts

    def parse(self, text: str) -> Doc | None:
        """The parsed reduced text, or None when no sentence can hold a transfer."""
        selection = self.select(text)
        if not selection:
            return None
        if selection.ranges == ((0, len(text)),):
            return self.nlp(text)
        reduced, starts = self.reduce(text, selection)
        doc = self.nlp.make_doc(reduced)
        for t in doc:
            if t.i > 0 and t.idx in starts:
                t.is_sent_start = True  # each filler is a sentence of its own; kept text restarts after it
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc
