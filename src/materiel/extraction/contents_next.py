"""Contents told in the next sentence: "The president authorized a tranche of equipment to send to X. This
amounts to $2.5 billion worth of gear, including A, B, C and more." A sentence whose subject is "this" or
"it" (`words.toml` [items] contents_subjects) and whose verb tells what something held or amounted to
(contents_verbs) lists, after "including" or as its object, the items of the transfer of unnamed gear
told just before; `bullet_items` makes one row per item, with that transfer's stage and parties."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.bullet_lines import bullet_lines
from materiel.extraction.bullet_objects import objects_listed
from materiel.extraction.dated_packages import dated
from materiel.extraction.frames.itemised import segment_item
from materiel.extraction.mentions.item_mention import ItemMention, distinct_mentions
from materiel.extraction.mentions.items import ItemFinder

CONTENTS_VERBS = lexicon.word_set("items", "contents_verbs")
SUBJECTS = lexicon.word_set("items", "contents_subjects")
EXAMPLE_PREPS = lexicon.word_set("items", "example_preps")
LIST_VERBS = lexicon.word_set("items", "list_verbs")
INCLUDE = lexicon.word_set("frames", "include_verbs")
DEFINITE = lexicon.word_set("packages", "definite_dets")
WITH_WORDS = lexicon.word_set("items", "counted_companions")


def told_next(trigger: Token, finder: ItemFinder) -> list[ItemMention]:
    """The items the sentence after trigger's lists as its contents, or []."""
    doc = trigger.doc
    end = trigger.sent.end
    if end >= len(doc):
        return []
    root = doc[end].sent.root
    if root.lemma_.lower() not in CONTENTS_VERBS or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SUBJECTS for c in root.children):
        return []
    heads = [p for c in root.subtree if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS
             for p in c.children if p.dep_ == "pobj"]
    if root.lemma_.lower() in LIST_VERBS:
        heads += [c for c in root.children if c.dep_ in ("dobj", "obj")]
    return distinct_mentions([m for h in heads for m in finder.items(h)])


MANIFESTS = lexicon.word_set("items", "manifest_nouns")
MANIFEST_VERBS = lexicon.word_set("items", "manifest_verbs")
SHIPPING_STAGES = ("delivered", "ordered", "intercepted")
LISTED = ":listed"  # the rule mark of a package that takes its items from bulleted lines


def manifest_items(frames: list[Any], finder: ItemFinder, res: Any = None) -> list[Any]:
    """A shipment told with no item ("the shipment delivered to X by Y") takes the items the next sentence
    lists under its papers or load ("The packing lists include A, B and C"); the frames, changed in place."""
    for f in frames:
        if not f.items and not f.implicit and f.stage in SHIPPING_STAGES and _definite_noun(f.trigger):
            found = told_next(f.trigger, finder)  # "The first consignment landed in X. It included A, B and C."
            if len(found) >= 2:
                f.items = found
                continue
        if f.items or f.implicit or f.stage not in SHIPPING_STAGES or not any(f.roles.values()):
            continue
        doc, end = f.trigger.doc, f.trigger.sent.end
        if end >= len(doc):
            continue
        root = doc[end].sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or root.lemma_.lower() not in MANIFEST_VERBS or \
                not {subj.lemma_.lower(), subj.lower_} & MANIFESTS or \
                not any(c.dep_ in ("det", "poss") for c in subj.children):
            continue
        heads = [c for c in root.children if c.dep_ in ("dobj", "obj", "attr")]
        found = distinct_mentions([m for h in heads for m in finder.items(h)])
        if len(found) >= 2 or (found and found[0].designation):
            f.items = found
    return listed_contents(frames, finder, res)


def _definite_noun(t: Token) -> bool:
    """A transfer noun told as one known shipment: "the first delivery", "this consignment"."""
    return t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children)


def listed_contents(frames: list[Any], finder: ItemFinder, res: Any = None) -> list[Any]:
    """"The package, as the army listed it, includes:" and one bulleted line per
    item: a definite transfer noun (`packages`), or one naming both its parties, that names no item itself, the subject of a verb of
    inclusion, takes the items of the lines (two or more); its parties are those of the package told
    before (`packages.inherit_parties`)."""
    for f in frames:
        t = f.trigger
        if f.items or f.implicit or t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("nsubj", "nsubjpass") \
                or t.head.lemma_.lower() not in INCLUDE or not (any(
                    c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children) or dated(t) or _own_parties(f)):
            continue
        found = distinct_mentions([m for line in bullet_lines(t.head) for m in line_items(line, finder)])
        if len(found) >= 2:
            f.items, f.rule = found, f.rule + LISTED
    return objects_listed(frames, finder, line_items, res)  # "will deliver to X:" and one line per item


def _own_parties(f: Any) -> bool:
    """"Earlier Ruritanian gifts to the navy include:": a transfer noun that names its supplier and its recipient."""
    return bool(f.roles["supplier"]) and bool(f.roles["recipient"])


def line_items(line: Span, finder: ItemFinder) -> list[ItemMention]:
    """The items of one bulleted line, one per segment between its commas and conjunctions ("12 command
    vehicles and 30 trucks, both ordered in 2019" gives both, each with its own count; so does "with"
    before a count: "20 launchers with 300 missiles")."""
    cuts = [t.i for t in line if t.text in (",", ";") or (t.dep_ == "cc" and t.lower_ in ("and", "plus")) or _counted_with(t)]
    starts, ends = [line.start, *(c + 1 for c in cuts)], [*cuts, line.end]
    found = [m for a, b in zip(starts, ends, strict=True) if b > a and not _reduced_relative(line.doc[a])
             if (m := segment_item(finder, line.doc[a:b])) is not None]
    return distinct_mentions(found)


def _counted_with(t: Token) -> bool:
    """"20 launchers with 300 missiles": "with" before a count joins a second item of its own count (not
    "rifles with ammunition", the rifles' own gear)."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ in WITH_WORDS and nxt is not None and (nxt.like_num or nxt.pos_ == "NUM")


def _reduced_relative(t: Token) -> bool:
    """"2 Ostrava-9 radars, built by Karvell of Tarnby": a segment opening with a participle tells the maker or
    the date of the item before it, no item of its own."""
    return t.tag_ == "VBN"
