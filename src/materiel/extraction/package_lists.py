"""A package's contents in a bulleted list introduced by a sentence of its own: "Norway will give Chile 20 tanks
in an aid package, officials said. ... The package, according to a list released by the ministry, includes:"
and one line per item ("- 12 M113 armoured personnel carriers;"). The introducing sentence ends in a colon, its
list verb (`words.toml` [items] list_verbs) has a definite package or deal noun as subject ("the package", "this
deal"), and at least two of the lines name an item: each line gives a row with the parties and stage of the
nearest transfer told before with both parties, within a few sentences, its evidence the line's sentence."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel.extraction.bullet_lines import LIST_VERBS, bullet_lines
from materiel.extraction.discourse import Row
from materiel.extraction.frames.itemised import segment_item
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.packages import deal_nouns, definite_noun

WINDOW_SENTENCES = 6  # the package told before is named within this many sentences of the list's introduction
RULE = ":bulleted"


def listed_contents(rows: list[Row], finder: ItemFinder) -> list[Row]:
    """One row per bulleted line of each package list introduced by a sentence of its own."""
    if not rows:
        return []
    sents = list(rows[0].sent.doc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    out: list[Row] = []
    for n, sent in enumerate(sents):
        verb = _list_verb(sent)
        if verb is None:
            continue
        items = [m for line in bullet_lines(verb) for seg in _segments(line)
                 if (m := segment_item(finder, seg)) is not None]
        donors = [r for r in rows if r.supplier is not None and r.recipient is not None and
                  r.sent.start < sent.start and 0 < n - index.get(r.sent.start, n) <= WINDOW_SENTENCES and
                  not r.frame.rule.endswith(RULE)]
        if len(items) < 2 or not donors:
            continue
        d = donors[-1]
        frame = replace(d.frame, rule=d.frame.rule + RULE)
        out += [replace(d, frame=frame, item=m, designation=m.designation, category=m.category,
                        sent=m.head.sent, inherited=True) for m in items]
    return out


def _list_verb(sent: Span) -> Token | None:
    """"The package, according to X, includes:": the list verb of a sentence ending in a colon, with a
    definite package or deal noun as its subject."""
    if not sent.text.rstrip().endswith(":"):
        return None
    for t in sent:
        if t.lemma_.lower() in LIST_VERBS and t.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in ("nsubj", "nsubjpass") and definite_noun(c, deal_nouns()) for c in t.children):
            return t
    return None


def _segments(line: Span) -> list[Span]:
    """"14 A vehicles and 28 B carriers, first announced last year": the line cut at its commas and
    conjunctions, so that each item keeps its own count."""
    cuts = [t.i for t in line if t.text in (",", ";") or (t.dep_ == "cc" and t.lower_ in ("and", "plus"))]
    starts = [line.start, *(c + 1 for c in cuts)]
    ends = [*cuts, line.end]
    return [line.doc[a:b] for a, b in zip(starts, ends, strict=True) if b > a]
