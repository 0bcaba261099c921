"""The named items a generic transfer was mostly for: "X's military exports to Y came to $70
million, much of it for A missiles", "arms exports to Y reached EUR 900 million, mostly for B helicopters and C
missiles". A frame whose only items are generic nouns ("arms", "military equipment"; words.toml
[covered_generic]) takes, instead, the materiel named after a share of it ("much of it for", "most of them
for", words.toml [share_items] share_words) or after an adverb of share ("mostly for", "mainly") later in its
sentence: those are the items the transfer is told with. Failing that, the contents listed after a colon or
in the next sentence (generic_contents.py)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.generic_contents import generic_mention, listed_contents
from materiel.extraction.mentions.item_mention import distinct_mentions
from materiel.extraction.mentions.items import ItemFinder

SHARE_WORDS = lexicon.word_set("share_items", "share_words")
SHARE_ADVERBS = lexicon.word_set("share_items", "share_adverbs")
SHARE_PREPS = lexicon.word_set("share_items", "share_preps")
BACK = ("it", "them", "which", "this", "these")


def _share_heads(t: Token) -> list[Token]:
    """The nouns after "much of it for" (t "much") or "mostly for" / "mainly" (t the adverb)."""
    if t.lower_ in SHARE_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" and
                                       any(p.lower_ in BACK for p in c.children) for c in t.children):
        return [p for c in t.children if c.dep_ == "prep" and c.lower_ in SHARE_PREPS
                for p in c.children if p.dep_ == "pobj"]
    if t.lower_ in SHARE_ADVERBS and t.dep_ == "advmod":
        h = t.head
        if h.dep_ == "prep" and h.lower_ in SHARE_PREPS:
            return [p for p in h.children if p.dep_ == "pobj"]
        if h.pos_ in ("NOUN", "PROPN") and h.i > t.i:
            return [h]
    return []


def share_items(frames: list[Frame], finder: ItemFinder) -> list[Frame]:
    """The frames, those with only generic items given the named items of their share phrase (in place)."""
    for f in frames:
        if not f.items or not all(generic_mention(m) for m in f.items):
            continue
        last = max(m.head.i for m in f.items)
        heads = [h for t in f.trigger.sent if t.i > last for h in _share_heads(t)]
        found = distinct_mentions([m for h in heads for m in finder.items(h) if not generic_mention(m)]) or \
            listed_contents(f, finder)  # "... to X: 20 A and 400 B", "... to X. They included A and B"
        if found:
            f.items = found
    return frames
