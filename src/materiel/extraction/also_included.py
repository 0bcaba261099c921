"""The items a notice adds to the list told just before: "X has requested to buy six A. Also included are
sixteen B, eight C and spare parts", "Also included in this possible sale are D". A sentence led by an
include verb in the passive with an adverb of addition ("also", "further") and its subject after the verb
lists items of the transfer the sentence before told: each counted or named one is a row with that
transfer's stage and parties (the spare parts and trainers that close such notices are left alone). Rows the sentence built without parties for the same items give way to them. The adverbs are
data (`words.toml` [items] addition_adverbs)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.among_lists import among_lists
from materiel.extraction.discourse import Row
from materiel.extraction.frames.frames import Frame
from materiel.extraction.frames.itemised import included_in
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.restated_lists import restated_lists

INCLUDE = lexicon.word_set("frames", "include_verbs")
ADDITION = lexicon.word_set("items", "addition_adverbs")


def added_list_verb(sent: Span) -> Token | None:
    """"Also included are X": the include verb (a passive participle with an adverb of addition)."""
    root = sent.root
    if root.lemma_.lower() not in INCLUDE or root.tag_ != "VBN" or \
            not any(c.dep_ == "advmod" and c.lower_ in ADDITION for c in root.children) or \
            not any(c.dep_ == "auxpass" and c.i > root.i for c in root.children):
        return None
    return root


def also_included(rows: list[Row], by_sentence: Sequence[tuple[Span, Sequence[Frame]]],
                  finder: ItemFinder) -> list[Row]:
    """The rows with the added items (see the module's text), the sentence's own rows without parties for
    the same items dropped."""
    added: list[Row] = []
    dropped: set[int] = set()
    for i, (sent, _) in enumerate(by_sentence):
        verb = added_list_verb(sent)
        if verb is None or i == 0:
            continue
        before = by_sentence[i - 1][0]
        bases = _bases([r for r in rows if r.sent.start == before.start and r.recipient is not None])
        items = [m for m in included_in(finder, verb) if m.quantity is not None or m.designation is not None]
        if not bases or not items:
            continue
        heads = {m.head.i for m in items}
        dropped.update(id(r) for r in rows if r.sent.start == sent.start and r.item.head.i in heads
                       and (r.supplier is None or r.recipient is None))
        added.extend(replace(b, item=m, designation=m.designation, category=m.category, sent=sent, inherited=True)
                     for b in bases for m in items)
    kept = [r for r in rows if id(r) not in dropped] + added
    kept = restated_lists(kept, by_sentence, finder)  # "The equipment includes A, B and C": what the list adds
    return among_lists(kept, by_sentence, finder)  # "Among them were licences for A and B": what a general row was


def _bases(rows: list[Row]) -> list[Row]:
    """One row for each transfer (frame and parties) of the sentence before (its supplier may come later,
    from the items' maker, as it does for the sentence before)."""
    out: list[Row] = []
    seen: set[tuple[int, str, str | None, str | None]] = set()
    for r in rows:
        key = (id(r.frame), r.frame.stage, r.supplier.actor.id if r.supplier else None,
               r.recipient.actor.id if r.recipient else None)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
