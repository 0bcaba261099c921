"""spaCy components that add materiel and actor spans to a parsed Doc.

- ``materiel_items``: gazetteer designations and generic nouns (``doc.spans["materiel"]``, label =
  category, kb_id = canonical designation or "" for a generic noun), plus designation-like tokens
  ("XK-12 launchers") next to a generic noun.
- ``materiel_actors``: countries, demonyms, capitals and institutions, and organisations from the
  actor gazetteer (``doc.spans["actors"]``, label = actor id, kb_id = how it was found).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from materiel import lexicon
from materiel.extraction import civil, counted_names, introduced_names, listed_names, name_endings, role_nouns
from materiel.extraction.glued_names import inside_longer
from materiel.extraction.mentions import acronyms, inner_names, joined_acronyms, person_names
from materiel.extraction.partitive_wholes import wholes as partitive_wholes
from materiel.extraction.state_forces import drop_named_for_state

DESIGNATION_RE = re.compile(r"^(?=.*\d)(?:[A-Z][A-Za-z]{0,6}-?\d{1,4}[A-Za-z0-9\-/]*|\d{1,2}[A-Z]{1,2}\d{1,4}[A-Za-z0-9\-]*)$")
MAKER_NUMBER = re.compile(r"^[A-Z][a-z]{2,}-\d{2,4}[A-Z]{0,3}$")  # "Beech-1900D", "Piaggio-180"
Found = tuple[int, int, lexicon.MaterielEntry]  # start, end, the known designation
INNER_APOSTROPHE = re.compile(r"(?<=[A-Za-z])'(?=[a-z])(?!s\b)")  # "Kata'ib", not "People's"


def design_key(text: str) -> str:
    """Match key of a token: hyphens dropped in tokens with digits (T-72B3 = T72B3)."""
    return text.replace("-", "") if any(c.isdigit() for c in text) else text


def _key_doc(nlp: Language, phrase: str) -> Doc:
    d = nlp.make_doc(phrase)
    for t in d:
        t.norm_ = design_key(t.text)
    return d


def _is_cased(phrase: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in phrase)


class MaterielRecognizer:
    """Longest-match gazetteer lookup; case-sensitive for designations, not for generic nouns."""

    def __init__(self, nlp: Language) -> None:
        lex = lexicon.load()
        cues = lexicon.toml("cues.toml")["items"]
        self.context = set(cues["context"]) | set(cues["name_context"])
        self.ambiguous = lex.ambiguous
        self.cased = PhraseMatcher(nlp.vocab, attr="NORM")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, lexicon.MaterielEntry] = {}
        for i, entry in enumerate(lex.materiel):
            key = f"m{i}"
            self.entries[key] = entry
            phrases = {entry.name, *entry.aliases}
            # "air-defence systems" = "air defence systems"; "counter battery" = "counter-battery"
            phrases |= {p.replace("-", " ") for p in phrases if "-" in p and not any(c.isdigit() for c in p)}
            phrases |= {p.replace(" ", "-", 1) for p in phrases if p.count(" ") >= 1 and p.islower()}
            if not entry.generic:
                phrases |= {p + "s" for p in phrases if not p.endswith("s")}
            c = [_key_doc(nlp, p) for p in phrases if _is_cased(p)]
            lo = [nlp.make_doc(p) for p in phrases if not _is_cased(p)]
            if c:
                self.cased.add(key, c)
            if lo:
                self.lower.add(key, lo)
        self.single: dict[str, lexicon.MaterielEntry] = {}
        for entry in lex.materiel:
            for p in (entry.name, *entry.aliases):
                if not entry.generic and " " not in p and any(c.isdigit() for c in p):
                    self.single.setdefault(design_key(p), entry)
        for entry in lex.materiel:  # "Beech-1900 Airliner": its first word names it too ("a Beech 1900D")
            for p in (entry.name, *entry.aliases):
                first = p.split()[0] if not entry.generic and " " in p else ""
                if MAKER_NUMBER.match(first):
                    self.single.setdefault(design_key(first), entry)

    def __call__(self, doc: Doc) -> Doc:
        spans = name_endings.drop_firm_endings(filter_spans(self.matches(doc)))  # "Karvell Munitions signed"
        spans = self._add_pattern_designations(doc, spans)
        spans += role_nouns.role_nouns(doc, {i for s in spans for i in range(s.start, s.end)})  # "four boats" + navy
        actors = {i for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}
        spans = filter_spans(spans + introduced_names.rescue(doc, spans, actors))  # "... the Tarpans"
        doc.spans["materiel"] = partitive_wholes(doc, sorted(spans, key=lambda s: s.start))  # "36 of the jets"
        return doc

    def mention_tokens(self, doc: Doc) -> set[int]:
        """Indexes of the tokens this recognizer can mark, read from the tokens alone (no parse): what
        the prefilter asks before deciding what to parse."""
        found = {i for s in self.matches(doc) for i in range(s.start, s.end)}
        found |= {i for start, end, _ in self._slashed_variants(doc, found) for i in range(start, end)}
        found |= {i for start, end in [*counted_names.counted_designations(doc, DESIGNATION_RE, found),
                                       *counted_names.wheeled_names(doc, found)] for i in range(start, end)}
        found |= {t.i for t in doc if t.lower_ in role_nouns.NOUNS}  # "four boats": kept if a service is near
        return found | {t.i for t in doc if DESIGNATION_RE.match(t.text) and self._prefix_entry(t.text)}

    def matches(self, doc: Doc) -> list[Span]:
        """Gazetteer matches, an ambiguous name only next to a materiel context word."""
        for t in doc:
            t.norm_ = design_key(t.text)
        spans: list[Span] = []
        doubtful: list[Span] = []
        for matcher in (self.cased, self.lower):
            for key_id, start, end in matcher(doc):
                if inside_longer(doc, start, end):  # "XR-M4": not the catalogue's "M-4"
                    continue
                key = doc.vocab.strings[key_id]
                entry = self.entries[key]
                span = Span(doc, start, end, label=entry.category,
                            kb_id="" if entry.generic else entry.name)
                acronym = span.text.isupper() and len(span.text) >= 4
                ambiguous = span.text in self.ambiguous or (span.text.endswith("s") and span.text[:-1] in self.ambiguous)
                if ambiguous and not acronym and not self._in_context(doc, start, end):  # "Hawks", "Sharks" too
                    doubtful.append(span)
                    continue
                spans.append(span)
        # "Eurofighter Typhoon ... 12 more Typhoons": a counted short name, or a plural one ("further Bradleys"),
        # the text has named in full
        named = {s.kb_id_ for s in spans if s.kb_id_ and s.text not in self.ambiguous}
        counted = [s for s in doubtful if s.kb_id_ in named and (_counted(s) or s.text not in self.ambiguous)]
        listed = listed_names.rescue(doc, [s for s in doubtful if s not in counted], spans + counted)
        return spans + counted + listed  # "such as the Patriot; Hawk; IRIS-T": listed beside a known name

    def _in_context(self, doc: Doc, start: int, end: int) -> bool:
        window = doc[max(0, start - 1): min(len(doc), end + 3)]
        return any(t.lower_ in self.context for t in window if t.i >= end or t.i < start)

    def _prefix_entry(self, text: str) -> lexicon.MaterielEntry | None:
        """"Su-30SME" is a variant of the known "Su-30": the longest known designation it starts with."""
        key = design_key(text)
        for cut in range(len(key) - 1, 2, -1):
            if key[cut - 1].isdigit() and key[cut].isalpha():
                entry = self.single.get(key[:cut])
                if entry is not None:
                    return entry
        return None

    def _spaced_models(self, doc: Doc, covered: set[int]) -> list[Found]:
        """"Beech 1900D": a maker's word and a model number written apart, for the known
        "Beech-1900" (the gazetteer's hyphenated form, a variant suffix allowed)."""
        found: list[Found] = []
        for t in doc[:-1]:
            n = doc[t.i + 1]
            if t.i in covered or n.i in covered or not t.whitespace_ or not MAKER_NUMBER.match(f"{t.text}-{n.text}"):
                continue
            key = design_key(t.text + n.text)
            entry = self.single.get(key) or self._prefix_entry(key)
            civilian = civil.civil_item(f"{t.text} {n.text}") and not civil.military_variant(f"{t.text} {n.text}")
            if entry is not None and not civilian:  # "Boeing 737": an airliner unless a military variant
                found.append((t.i, t.i + 2, entry))
        return found

    def _slashed_variants(self, doc: Doc, covered: set[int], inner: Iterable[Span] = ()) -> list[Found]:
        """"F/A-18C/D", "F-16C/Ds" split by the tokenizer at its slashes: the variant of the known designation its
        unspaced run starts with ("F/A-18"), as one span; an `inner` span ("F-16C") inside the run gives way."""
        found: list[Found] = []
        i = 0
        while i < len(doc):
            end = i + 1
            while end < len(doc) and end - i < 6 and not doc[end - 1].whitespace_ and not doc[end].is_space:
                end += 1
            stop = end
            while stop - i > 1 and doc[stop - 1].is_punct and doc[stop - 1].text != "/":
                stop -= 1  # "F/A-18E/Fs.": the sentence's stop is no part of the name
            run = doc[i:stop].text
            within = {j for x in inner if i <= x.start and x.end <= stop for j in range(x.start, x.end)}
            entry = self._prefix_entry(run) if stop - i > 1 and "/" in run and \
                not any(j in covered and j not in within for j in range(i, stop)) else None
            if entry is not None:
                found.append((i, stop, entry))
            i = end
        return found

    def _add_pattern_designations(self, doc: Doc, spans: list[Span]) -> list[Span]:
        covered = {i for s in spans for i in range(s.start, s.end)}
        extra: list[Span] = []
        for start, end, known in self._slashed_variants(doc, covered, spans):  # before "F-16C" of "F-16C/Ds"
            extra.append(Span(doc, start, end, label=known.category, kb_id=known.name))
            covered |= set(range(start, end))
        for t in doc:
            entry = self._prefix_entry(t.text) if t.i not in covered and DESIGNATION_RE.match(t.text) else None
            if entry is not None:
                extra.append(Span(doc, t.i, t.i + 1, label=entry.category, kb_id=entry.name))
                covered.add(t.i)
        for start, end, entry in self._spaced_models(doc, covered):  # "Beech 1900D" for "Beech-1900"
            extra.append(Span(doc, start, end, label=entry.category, kb_id=entry.name))
            covered |= set(range(start, end))
        for start, end in counted_names.counted_designations(doc, DESIGNATION_RE, covered):
            extra.append(Span(doc, start, end, label="equipment", kb_id=doc[start:end].text))  # "four Zorvan Z-40"
            covered |= set(range(start, end))
        for start, end, category in counted_names.role_names(doc, covered, DESIGNATION_RE):  # "six Velka Star trainers"
            extra.append(Span(doc, start, end, label=category, kb_id=doc[start:end - 1].text))
            covered |= set(range(start, end))
        for start, end in counted_names.wheeled_names(doc, covered):  # "the Zarnak 8x8"
            extra.append(Span(doc, start, end, label="armoured_vehicle", kb_id=doc[start:end].text))
            covered |= set(range(start, end))
        for s in spans:
            if s.kb_id_:
                continue
            for i in range(s.start - 1, max(-1, s.start - 4), -1):  # "XK-9 multirole fighters"
                if i in covered:
                    break
                if DESIGNATION_RE.match(doc[i].text):
                    extra.append(Span(doc, i, s.end, label=s.label_, kb_id=doc[i].text))
                    break
                if doc[i].pos_ not in ("ADJ", "NOUN", "PROPN") or doc[i].is_punct:
                    break
        if not extra:
            return spans
        keep = [s for s in spans if not any(e.start <= s.start and s.end <= e.end for e in extra)]
        return filter_spans(keep + extra)


class ActorRecognizer:
    """Countries, demonyms, metonyms and gazetteer organisations, longest match first."""

    def __init__(self, nlp: Language) -> None:
        lex = lexicon.load()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.how: dict[str, str] = {}

        def add(key: str, how: str, phrases: Iterable[str]) -> None:
            # each name also with a typographic apostrophe ("People’s") and, inside a transliterated word,
            # none ("Kata'ib" as "Kataib"), as published text writes it
            docs = [nlp.make_doc(p) for p in {v for p in phrases if p for v in
                                              (p, p.replace("'", "\u2019"), INNER_APOSTROPHE.sub("", p))}]
            if docs:
                self.how[key] = how
                self.matcher.add(key, docs)

        for c in lex.countries.values():
            add(c.iso3, "country", [c.name, *c.aliases])
            add(f"{c.iso3}|demonym", "demonym", c.demonyms)
        for m in lex.metonyms:
            phrases = [m.phrase, m.phrase[4:] if m.phrase.lower().startswith("the ") else ""]
            target = m.refers_to if m.refers_to in lex.countries else lexicon.slug(m.refers_to)
            add(f"{target}|metonym:{m.kind}", "metonym", phrases)
        for a in lex.actors:
            add(a.id, "actor", [a.name, *a.aliases])
        add("region", "region", lexicon.toml("cues.toml")["actors"].get("regions", []))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for key_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[key_id]
            actor_id = key.split("|")[0]
            spans.append(Span(doc, start, end, label=actor_id, kb_id=self.how[key]))
        # Longest wins; between equal spans, organisations beat metonyms beat countries.
        rank = {"actor": 0, "country": 1, "metonym": 2, "demonym": 3, "region": 4}
        spans.sort(key=lambda s: rank.get(s.kb_id_, 9))
        # Regions win a longer match ("Latin American") but are not actors; "President Leonardo Vargas": no firm "Leonardo".
        kept = person_names.drop_in_persons(doc, inner_names.drop_inner(doc, [s for s in filter_spans(spans) if s.kb_id_ != "region"]))
        # "the Ruritania People's Defence Force": the state's; "(TNR-AL)": no listed "AL"
        kept = joined_acronyms.drop_joined(doc, drop_named_for_state(doc, kept))
        doc.spans["actors"] = acronyms.defined_spans(doc, sorted(acronyms.drop_redefined(doc, kept), key=lambda s: s.start))
        return doc


@Language.component("materiel_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A line break starts a sentence: headlines, datelines and list items stand alone; so does each of a headline's
    clauses joined by semicolons ("X signs for K2 tanks; Y receives first Abrams"); and no sentence break falls
    between a line's first two words when no mark separates them (the parser's break in "Lockheed | Martin
    Aeronautics, Fort Worth, is awarded ..." at a paragraph's start)."""
    headline = True
    for t in doc[:-1]:
        if t.is_space and "\n" in t.text:
            doc[t.i + 1].is_sent_start = True
            headline = headline and not any(not x.is_space for x in doc[:t.i])
            if t.i + 2 < len(doc) and doc[t.i + 1].is_alpha and doc[t.i + 2].is_alpha:
                doc[t.i + 2].is_sent_start = False
        elif headline and t.text == ";" and not doc[t.i + 1].is_space:
            doc[t.i + 1].is_sent_start = True
    return doc


@Language.factory("materiel_items")
def make_materiel_items(nlp: Language, name: str) -> MaterielRecognizer:
    return MaterielRecognizer(nlp)


@Language.factory("materiel_actors")
def make_materiel_actors(nlp: Language, name: str) -> ActorRecognizer:
    return ActorRecognizer(nlp)


def _counted(span: Span) -> bool:
    """"12 Typhoons", "12 more Typhoons": a number (and "more") right before the name."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ in ("more", "additional", "further"):
        i -= 1
    return i >= 0 and doc[i].like_num
