"""Bulleted contents of a package: "The Ministry handed over to Ukraine the latest package of military
assistance. The package includes:" followed by one line per item ("- 20 M577 armoured command vehicles;").
A row whose item names no system (the package, "military assistance") is replaced by one row per bulleted
line that names an item, each with its own quantity; the stage and parties stay the row's own. The list
follows the row's clause directly after a colon, or after one short sentence with a list verb ending in
a colon. A row of broad gear may also take the items the next sentence lists (`contents_next`)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.batch_lists import spread
from materiel.extraction.bullet_lines import bullet_lines as _bullet_lines
from materiel.extraction.contents_next import LISTED, told_next
from materiel.extraction.discourse import Row
from materiel.extraction.frames.itemised import segment_item
from materiel.extraction.listed_destinations import drop_retold
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.participle_stages import delivered_items

BROAD = lexicon.word_set("duplicates", "broad_categories")  # items that name no system ("equipment", "weapons")


def expand(rows: list[Row], finder: ItemFinder) -> list[Row]:
    out: list[Row] = []
    lists: dict[int, list[Span]] = {}  # frame trigger -> its bulleted lines
    triggers = {r.frame.trigger.i for r in rows}  # a list head with a transfer of its own takes its lines itself
    told: set[int] = set()  # the tokens of the lines a row of unnamed gear took
    for r in rows:
        t = r.frame.trigger
        if r.item.designation is not None or r.item.pronoun:
            out.append(r)
            continue
        if t.i not in lists:
            lists[t.i] = _bullet_lines(t)
        lines = lists[t.i] or (_next_paragraph(t, triggers) if r.category in BROAD else [])
        if any(line.start <= r.item.head.i < line.end for line in lines):
            out.append(r)  # the item is one of the lines already (`contents_next.listed_contents`)
            continue
        items = [m for m in (segment_item(finder, line) for line in lines) if m is not None]
        if len(items) < 2 and r.category in BROAD:  # "... to send equipment to X. This amounts to ..., including A, B"
            items = told_next(t, finder)
        if len(items) < 2:
            out.append(r)
            continue
        out.extend(replace(r, item=m, designation=m.designation, category=m.category) for m in items)
        told.update(i for m in items for i in range(m.span.start, m.span.end))
    kept = drop_retold(spread([r for r in out if LISTED not in r.frame.rule or  # the lines a row took before: not twice
                               not told.intersection(range(r.item.span.start, r.item.span.end))]))  # "The consignment ..."
    return delivered_items(kept)  # "- 30 A donated by X in 2019": delivered, not offered


def _next_paragraph(t: Token, triggers: set[int]) -> list[Span]:
    """"Ruritania handed over military aid to Borduria." and, opening the next paragraph, "Items supplied
    include:" and the lines: unnamed gear takes them, unless the list head tells a transfer of its own
    ("Friday's donated equipment comprised:", "this week's consignment contained:"), which takes them itself."""
    lines = _bullet_lines(t, paragraph=True)
    if not lines:
        return []
    colon = next((x for x in reversed(t.doc[t.i: lines[0].start]) if x.text == ":"), None)
    head = colon.sent if colon is not None else None
    return [] if head is None or any(head.start <= i < head.end for i in triggers) else lines
