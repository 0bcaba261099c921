"""Bulleted contents of a package: "The Ministry handed over to Ukraine the latest package of military
assistance. The package includes:" followed by one line per item ("- 20 M577 armoured command vehicles;").
A row whose item names no system (the package, "military assistance") is replaced by one row per bulleted
line that names an item, each with its own quantity; the stage and parties stay the row's own. The list
follows the row's clause directly after a colon, or after one short sentence with a list verb ending in
a colon. A row of broad gear may also take the items the next sentence lists (`contents_next`)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.contents_next import told_next
from materiel.extraction.discourse import Row
from materiel.extraction.frames.itemised import segment_item
from materiel.extraction.mentions.items import ItemFinder

LIST_VERBS = lexicon.word_set("items", "list_verbs")
BULLETS = lexicon.word_set("items", "bullet_marks")
BROAD = lexicon.word_set("duplicates", "broad_categories")  # items that name no system ("equipment", "weapons")
MAX_INTRO_WORDS = 12
MAX_GAP = 400  # characters from the row's verb to the colon


def expand(rows: list[Row], finder: ItemFinder) -> list[Row]:
    out: list[Row] = []
    lists: dict[int, list[Span]] = {}  # frame trigger -> its bulleted lines
    for r in rows:
        t = r.frame.trigger
        if r.item.designation is not None or r.item.pronoun:
            out.append(r)
            continue
        if t.i not in lists:
            lists[t.i] = _bullet_lines(t)
        items = [m for m in (segment_item(finder, line) for line in lists[t.i]) if m is not None]
        if len(items) < 2 and r.category in BROAD:  # "... to send equipment to X. This amounts to ..., including A, B"
            items = told_next(t, finder)
        if len(items) < 2:
            out.append(r)
            continue
        out.extend(replace(r, item=m, designation=m.designation, category=m.category) for m in items)
    return out


def _bullet_lines(trigger: Token) -> list[Span]:
    """The bulleted lines that follow the clause of trigger after a colon (see the module's text)."""
    doc: Doc = trigger.doc
    text = doc.text
    colon = text.find(":", trigger.idx, trigger.idx + MAX_GAP)
    if colon < 0 or "\n" in text[trigger.idx: colon]:
        return []
    between = text[trigger.idx: colon]
    if "." in between:
        intro = between[between.rfind(".") + 1:]
        span = doc.char_span(colon - len(intro), colon, alignment_mode="expand")
        if between.count(".") > 1 or span is None or len(span) > MAX_INTRO_WORDS or \
                not any(x.lemma_.lower() in LIST_VERBS for x in span):
            return []
    out: list[Span] = []
    pos = text.find("\n", colon)
    while pos >= 0:
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1: end]
        stripped = line.strip()
        if stripped:
            if stripped[0] not in BULLETS:
                break
            start = pos + 1 + line.index(stripped[0]) + 1
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span):
                out.append(span)
        if end >= len(text):
            break
        pos = end
    return out
