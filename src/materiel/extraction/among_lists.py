"""The goods of a general transfer named in the next sentence by "among": "X approved arms export licences to
Y worth $40m. Among them were licences for 200 A missiles and 10,000 shells", "X sold Y weapons worth $1bn last
year. Among the items delivered were six B howitzers". The second sentence tells no row of its own (its verb is
"be"), and its subject lists the goods the first sentence's general row ("arms export licences", "weapons") stood
for. A sentence whose root is "be", opened by "among" on a pronoun ("them", "these") or on a definite general noun
of goods or deals (words.toml [among_lists] wholes), right after a sentence whose rows (of one transfer, with both
parties) have a general item (covered_generic.generic_words, or a word of `wholes`), gives each listed item a row
with that transfer's parties and stage; the general row, told again by its parts, is dropped."""
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

WHOLES = lexicon.word_set("among_lists", "wholes")
PRONOUNS = lexicon.word_set("among_lists", "pronouns")
DEFINITE = lexicon.word_set("packages", "definite_dets")


def _among_whole(verb: Token) -> bool:
    """"Among them were", "Among the items delivered are": the sentence opens on "among" with the goods again."""
    among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is None or among.i != verb.sent.start:
        return False
    whole = next((c for c in among.children if c.dep_ == "pobj"), None)
    if whole is None:
        return False
    if whole.lower_ in PRONOUNS:
        return True
    return whole.lemma_.lower() in WHOLES and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in whole.children)


def _general(r: Row) -> bool:
    """The row's item is a general head ("arms export licences", "weapons"), no particular goods."""
    it = r.item
    if it.designation or it.quantity is not None:
        return False
    words = [t.lower_ for t in it.span if t.dep_ not in ("det", "punct") and t.i <= it.head.i]
    return generic_words(words) or it.head.lemma_.lower() in WHOLES


def _listed(verb: Token, finder: ItemFinder) -> list[ItemMention]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "attr")]
    return [m for s in subjects for m in finder.items(s) if not _general_mention(m)]


def _general_mention(m: ItemMention) -> bool:
    words = [t.lower_ for t in m.span if t.dep_ not in ("det", "punct") and t.i <= m.head.i]
    return not m.designation and m.quantity is None and generic_words(words)


def among_lists(rows: list[Row], by_sentence: Sequence[tuple[Span, Sequence[Frame]]],
                finder: ItemFinder) -> list[Row]:
    """The rows with the goods an "among" sentence lists for the general row before it (see the module)."""
    added: list[Row] = []
    dropped: set[int] = set()
    told = {r.sent.start for r in rows}
    for i, (sent, _) in enumerate(by_sentence):
        verb = sent.root
        if i == 0 or sent.start in told or verb.lemma_.lower() != "be" or not _among_whole(verb):
            continue
        before = by_sentence[i - 1][0]
        bases = [r for r in rows if r.sent.start == before.start and r.supplier is not None and r.recipient is not None]
        if not bases or len({(id(r.frame), r.frame.stage) for r in bases}) != 1 or not all(_general(r) for r in bases):
            continue
        items = _listed(verb, finder)
        if not items:
            continue
        dropped.update(id(r) for r in bases)
        added.extend(replace(bases[0], item=m, designation=m.designation, category=m.category, sent=sent,
                             inherited=True) for m in items)
    return [r for r in rows if id(r) not in dropped] + added
