"""A transfer's goods listed again in the next sentence, with more in the list: "Y has received 250 carbines and six
trucks from X. The equipment includes 250 A carbines, 25,000 cartridges and six B trucks." The second
sentence tells no row of its own (its subject is the goods again, not a deal noun, so no frame reads it), and its
list names an item the transfer's row did not: the cartridges. A sentence whose root is an
include verb (words.toml [frames] include_verbs) in the active, whose subject is a generic noun of goods with a
definite determiner ("the equipment", "the weapons", covered_generic.generic_words), right after a sentence with
rows that have both parties, adds each counted listed item whose head noun none of those rows has, with the
transfer's stage and parties (the items told again keep the rows told first)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.covered_generic import generic_words
from materiel.extraction.discourse import Row
from materiel.extraction.frames.frames import Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

INCLUDE = lexicon.word_set("frames", "include_verbs")
DEFINITE = lexicon.word_set("packages", "definite_dets")


def _goods_subject(verb: Token) -> bool:
    """"The equipment includes", "The weapons, made by X, included": the goods again as the subject."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children):
        return False
    words = [t.lower_ for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "punct")]
    return generic_words(words)


def _listed(verb: Token, finder: ItemFinder) -> list[ItemMention]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return [m for o in objs for m in finder.items(o) if m.quantity is not None]


def restated_lists(rows: list[Row], by_sentence: Sequence[tuple[Span, Sequence[Frame]]],
                   finder: ItemFinder) -> list[Row]:
    """The rows with the items the next sentence's list adds (see the module)."""
    added: list[Row] = []
    told = {r.sent.start for r in rows}
    for i, (sent, _) in enumerate(by_sentence):
        verb = sent.root
        if i == 0 or sent.start in told or verb.lemma_.lower() not in INCLUDE or verb.tag_ not in ("VBZ", "VBD", "VBP") \
                or not _goods_subject(verb):
            continue
        before = by_sentence[i - 1][0]
        bases = [r for r in rows if r.sent.start == before.start and r.supplier is not None and r.recipient is not None]
        if not bases or len({(id(r.frame), r.frame.stage) for r in bases}) != 1:
            continue
        heads = {r.item.head.lemma_.lower() for r in bases}
        base = bases[0]
        for m in _listed(verb, finder):
            if m.head.lemma_.lower() in heads:
                continue
            heads.add(m.head.lemma_.lower())
            added.append(replace(base, item=m, designation=m.designation, category=m.category, sent=sent,
                                 inherited=True))
    return rows + added
