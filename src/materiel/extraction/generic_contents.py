"""The named contents of a generic transfer, told after a colon or in the next sentence: "Y delivered military
equipment to X in May: 20 A, 400 B and ten C", "Y sent weapons to X. They included A and B", "... The
equipment comprised A and B", "... Among them were A and B". A frame whose only items are generic nouns
("arms", "military equipment"; see share_items.py) takes, instead, the materiel listed there; the next
sentence must tell what the transfer held, by a verb of inclusion (words.toml [frames] include_verbs) whose
subject stands for it (a pronoun of words.toml [generic_contents] subjects, or the generic noun again with a
definite determiner), or by "among them" and the verb "be"."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.covered_generic import generic_words
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.item_mention import ItemMention, distinct_mentions
from materiel.extraction.mentions.items import ItemFinder

INCLUDE = lexicon.word_set("frames", "include_verbs")
SUBJECTS = lexicon.word_set("generic_contents", "subjects")
DEFINITE = lexicon.word_set("packages", "definite_dets")


def generic_mention(m: ItemMention) -> bool:
    """An item of no kind more precise than weapons or equipment: "arms", "new military equipment"."""
    words = m.span.text.lower().replace("-", " ").split()
    return not m.designation and generic_words(words)


def _after_colon(f: Frame, last: int) -> list[Token]:
    """The colon that ends the transfer's clause in its own sentence ("... to X in May: 20 A, 400 B")."""
    for t in f.trigger.doc[last + 1: f.trigger.sent.end]:
        if t.text == ":":
            return [t]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", "."):
            return []
    return []


def _next_heads(f: Frame, generic_heads: set[str]) -> list[Token]:
    """The objects of the next sentence when it tells what the transfer held."""
    doc, end = f.trigger.doc, f.trigger.sent.end
    if end >= len(doc):
        return []
    root = doc[end].sent.root
    kids = list(root.children)
    if root.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "among" and any(
            p.lower_ in SUBJECTS for p in c.children) for c in kids):  # "Among them were A and B"
        return [c for c in kids if c.dep_ in ("nsubj", "attr")]
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.lemma_.lower() not in INCLUDE or subj is None or not (subj.lower_ in SUBJECTS or (
            subj.lemma_.lower() in generic_heads and any(c.lower_ in DEFINITE for c in subj.children))):
        return []
    return [c for c in kids if c.dep_ in ("dobj", "obj", "attr")] + \
        [p for c in kids if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def listed_contents(f: Frame, finder: ItemFinder) -> list[ItemMention]:
    """The named items f's generic items stand for, after a colon or in the next sentence; [] if none."""
    last = max(m.head.i for m in f.items)
    colon = _after_colon(f, last)
    found = [m for c in colon for m in finder._after(c)]
    if not found:
        heads = _next_heads(f, {m.head.lemma_.lower() for m in f.items} | {m.head.lower_ for m in f.items})
        found = [m for h in heads for m in finder.items(h)]
    return distinct_mentions([m for m in found if not generic_mention(m)])
