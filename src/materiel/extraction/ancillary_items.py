"""The spares and support kit that go with a deal's main item are no rows of their own.

"X will hand Y four helicopters, with a stock of spares for them", "refused a licence for 12 armoured vehicles
and spare parts", "delivered six patrol boats and 80 rifles, as well as spare parts": the register records the helicopters, the vehicles and the carbines; the spares ride with
them. Spares told alone ("asked the US for spare parts for its helicopters", "suspended deliveries of spare parts
for the tanks it had sold") stay rows.

A row is ancillary, and dropped, when
- its item has no designation and its own words name spares or support kit: a word of [ancillary_items] marks
  ("spare engines", "associated munitions"), a head of heads ("parts"), or a phrase of phrases ("support
  equipment", "rotor blades");
- it names no platform of its own by a preposition of platform_preps ("parts for small drones" stays), and is
  not counted or named on its own ("40 spare engines" stays; support_goods.told_apart);
- and it rides with a main item, a materiel mention that is neither ancillary nor a component (component_heads:
  "engines", "parts"): it is coordinated with one ("vehicles and spare parts"), or it hangs on a preposition of
  attach_preps, directly or through a batch noun, whose host is one or is a verb with one as its object ("will
  hand four helicopters, with a stock of spares"). A companion the gazetteer does not know ("surplus Tigers and
  spare engines") leaves the spares their own row.

Word lists: words.toml [ancillary_items]."""
from __future__ import annotations

from functools import lru_cache
from re import Pattern

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row
from materiel.extraction.support_goods import told_apart

MARKS = lexicon.word_set("ancillary_items", "marks")
HEADS = lexicon.word_set("ancillary_items", "heads")
ATTACH_PREPS = lexicon.word_set("ancillary_items", "attach_preps")
BATCH_NOUNS = lexicon.word_set("ancillary_items", "batch_nouns")
COMPONENTS = lexicon.word_set("ancillary_items", "component_heads")
PLATFORM_PREPS = lexicon.word_set("ancillary_items", "platform_preps")
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "dative")
MODIFIER_DEPS = ("amod", "compound", "nmod")
NOUNS = ("NOUN", "PROPN")


@lru_cache(maxsize=1)
def _phrases() -> Pattern[str]:
    return civil.words_pattern(lexicon.word_set("ancillary_items", "phrases"))


def ancillary_words(text: str, head: str) -> bool:
    """The item's own words (any case) name spares or support kit."""
    low = text.lower()
    words = low.replace("-", " ").split()
    return head.lower() in HEADS or any(w in MARKS for w in words) or bool(_phrases().search(low))


def _own_text(tok: Token) -> str:
    return " ".join([t.text for t in tok.lefts if t.dep_ in MODIFIER_DEPS] + [tok.text])


def _main_item(tok: Token) -> bool:
    """A materiel mention that is neither spares nor a component ("vehicles", "helicopters"; not "engines")."""
    if tok.pos_ not in NOUNS or tok.lower_ in COMPONENTS or ancillary_words(_own_text(tok), tok.text):
        return False
    return any(s.start <= tok.i < s.end for s in tok.doc.spans.get("materiel", []))


def rides_with(head: Token) -> bool:
    """The ancillary item is coordinated with a main item or attached to the deal of one by "with"."""
    if any(_main_item(c) for c in head.conjuncts):
        return True
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "with spares and tools": the tools hang on the first conjunct
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in BATCH_NOUNS:
        first, prep = prep.head, prep.head.head  # "with a stock of spares"
    if first.dep_ != "pobj" or prep.lower_ not in ATTACH_PREPS:
        return False
    host = prep.head  # "helicopters with spare engines", or the verb: "will hand four helicopters, with ..."
    if host.dep_ == "prep" and host.head.i != host.i:
        host = host.head  # "along with X", "together with X" read as two prepositions
    return _main_item(host) or any(_main_item(c) for c in host.children if c.dep_ in OBJECT_DEPS)


def for_platform(head: Token) -> bool:
    """"parts for small drones": spares that name the platform they are for stay rows of their own."""
    return any(c.dep_ == "prep" and c.lower_ in PLATFORM_PREPS for c in head.children)


def ancillary(r: Row) -> bool:
    """Whether the row's item is spares or support kit riding with another item (see the module)."""
    if r.designation or r.item.designation:
        return False
    head = r.item.head
    return ancillary_words(civil.item_words(r), head.text) and not for_platform(head) and not told_apart(head) \
        and rides_with(head)


__all__ = ["ancillary", "ancillary_words"]
