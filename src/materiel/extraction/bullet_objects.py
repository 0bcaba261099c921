"""A transfer verb whose items are the bulleted lines after its clause: "Under the agreement, Ruritania will
deliver to Borduria:" followed by one line per item ("- 12 Ostrava-9 helicopters;"), or "handed over the
following:". A frame that names no item of its own, told by a verb whose clause ends in a colon (or by a transfer
noun that a verb of inclusion takes as subject: "the donation, delivered last week, comprised:"), takes the items
of the lines (`bullet_lines`), each with its own count; its parties and stage stay its own."""
from __future__ import annotations

from typing import Any

from materiel import lexicon
from materiel.extraction.bullet_lines import bullet_lines
from materiel.extraction.listed_destinations import split_by_line
from materiel.extraction.mentions.item_mention import distinct_mentions
from materiel.extraction.mentions.items import ItemFinder

INCLUDE = lexicon.word_set("frames", "include_verbs")
AMONG = lexicon.word_set("items", "listing_preps")  # "Among the items ... are:"
COPULAS = lexicon.word_set("items", "listing_copulas")
EXAMPLES = lexicon.word_set("items", "example_preps")
LISTED = ":listed"
OBJECTS = ("dobj", "obj", "pobj", "attr")  # "the following", a participle the tagger reads as a verb


def objects_listed(frames: list[Any], finder: ItemFinder, line_items: Any, res: Any = None) -> list[Any]:
    """The frames, those of no item given the items of the bulleted lines after their clause (in place); lines
    that each name their own recipient are transfers of their own (`listed_destinations`)."""
    extra: list[Any] = []
    for f in frames:
        t = f.trigger
        named = bool(f.roles["recipient"]) and "recipient" not in f.generic
        if f.implicit or f.items and (named or res is None):
            continue  # "gave vessels to its partners:" and lines that name each recipient: the lines'
        anchor = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") and \
            t.head.lemma_.lower() in INCLUDE else listing_clause(t) or t
        if anchor.pos_ not in ("VERB", "AUX") or not _ends_in_colon(anchor):
            continue
        lines = bullet_lines(anchor)
        if f.items:
            split = split_by_line(f, lines, finder, res, line_items)
            f.rule += LISTED if split else ""
            extra += split
            continue
        found = distinct_mentions([m for line in lines for m in line_items(line, finder)])
        if found:
            f.items, f.rule = found, f.rule + LISTED
            extra += split_by_line(f, lines, finder, res, line_items) if res is not None else []
    return frames + extra


def listing_clause(t: Any) -> Any:
    """The verb that lists the lines when t tells, in a relative clause, what the listed things are: "Among the
    items that can no longer be shipped are:", "The goods it will deliver include:"; else None."""
    if t.dep_ != "relcl" or t.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = t.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in AMONG and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    return verb if verb.lemma_.lower() in INCLUDE | COPULAS else None


def _ends_in_colon(t: Any) -> bool:
    """The clause of t ends its sentence in a colon that the parse hangs on t or on a word of t's clause (no
    other verb between: "shipped to X:", "sell X the following:"), or on the verb of saying whose complement t
    is ("the embassy said the gift comprised:")."""
    last = [x for x in t.sent if not x.is_space]
    if not last or last[-1].text != ":":
        return False
    head = last[-1].head
    if t.dep_ == "ccomp" and t.head.i == head.i:
        return True
    while head.i != t.i:
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in OBJECTS and head.lower_ not in EXAMPLES or \
                head.head.i == head.i:  # "transferred assets to partners, including:": the examples are the lines
            return False
        head = head.head
    return True
