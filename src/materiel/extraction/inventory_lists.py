"""The long list of a seized load's inventory, which the parser often strings into a chain of appositions:
"the hold contained 14 armoured cars, six towed K-7 mortars, about 900 shells of 81 mm and 40 crates of
rifle rounds, hidden under bags of rice". Each comma or "and" segment of the object's list, up to a participle
clause after a comma, is an item of its own with the count told before it (`items`); the list runs over the
object's own subtree only.

Armed vehicles are load, not conveyance: a head among the [seizure] `conveyances` ("vehicles", "trucks") stays an
item of the inventory when its category is among `armed_load_categories` ("armoured vehicles")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.itemised import segment_item
from materiel.extraction.mentions.item_mention import ItemMention

ARMED = frozenset(lexicon.toml("predicates.toml")["seizure"]["armed_load_categories"])
CLAUSE_DEPS = ("acl", "relcl", "advcl")
CALIBRE_UNITS = ("mm", "mm.", "cm", "calibre", "caliber")
AMONG = frozenset(lexicon.toml("predicates.toml")["seizure"]["among_nouns"])
MEASURES = frozenset(lexicon.toml("cues.toml")["items"]["measures"])


def load_item(m: ItemMention, conveyances: frozenset[str]) -> bool:
    """An item of the load, not what carried it: named, of no conveyance kind, or an armed vehicle."""
    return bool(m.designation) or m.head.lemma_.lower() not in conveyances or m.category in ARMED


def bare_load(m: ItemMention, general: frozenset[str]) -> bool:
    """"we found weapons": a general noun of a load with no count and no name, the seized load told again."""
    return m.quantity is None and not m.designation and (m.head.lemma_.lower() in general or m.head.lower_ in general)


def _end(o: Token) -> int:
    """The end (exclusive) of the list that object `o` opens: before a participle clause after a comma."""
    last = o.right_edge.i
    for t in o.doc[o.i: last + 1]:
        if t.pos_ == "VERB" and t.dep_ in CLAUSE_DEPS and t.i > o.i and t.doc[t.i - 1].text == ",":
            return t.i - 1
    return last + 1


def segmented(v: Token, items: Any, containers: frozenset[str] = frozenset()) -> list[ItemMention]:
    """The items of the comma list a verb's object opens, one per segment; [] without such a list (three
    segments or more, or an object whose list the parser hung as appositions)."""
    objects = [o for o in v.children if o.dep_ in ("dobj", "obj", "attr", "nsubj") and o.i > v.i]
    if not objects:
        return []
    o = objects[0]
    doc, start, end = o.doc, o.left_edge.i, _end(o)
    cuts = _cuts(doc, start, end)  # "40 A with 600 B": two items
    if len(cuts) < 2 and not any(c.dep_ == "appos" for c in o.children):
        return []
    found: list[ItemMention] = []
    for a, b in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
        m = segment_item(items, doc[a:b]) if b > a else None
        if m is not None and all(m.head.i != x.head.i for x in found):
            found.append(_tidied(m, doc[a:b], containers))
    return found


def _calibre(t: Token) -> bool:
    return t.lower_ in CALIBRE_UNITS and t.i > 0 and t.doc[t.i - 1].like_num


def _tidied(m: ItemMention, seg: Span, containers: frozenset[str]) -> ItemMention:
    """The item's text with its calibre ("shells of 81 mm", "7.62 mm rounds"), without a dangling "of"; no count
    when the count is of the boxes that hold it or a measure ("60 crates of rounds", "two kilograms of TNT")."""
    doc, start, end = seg.doc, m.span.start, m.span.end
    last = doc[end - 1]
    if last.pos_ == "NOUN" and m.head.i < last.i and m.head.head.i <= last.i and m.head.dep_ in ("nmod", "compound"):
        m.head = last  # "K-7 Tarn multiple rocket launchers": the launchers, named K-7 Tarn
    if _calibre(doc[start]):
        start -= 1  # "7.62 mm rounds": the calibre's number, not a count
    if end - 1 > start and doc[end - 1].lower_ == "of":
        end -= 1
    if end + 2 < seg.end and doc[end].lower_ == "of" and _calibre(doc[end + 2]):
        end += 3  # "shells of 81 mm"
    m.span = doc[start:end]
    if any(t.lemma_.lower() in containers | MEASURES for t in doc[seg.start:start]):
        m.quantity, m.quantity_text = None, None
    return m


def widened(v: Token, found: list[ItemMention], items: Any, containers: frozenset[str]) -> list[ItemMention]:
    """`found`, with the items of the list's segments that it lacks (its own mentions kept first)."""
    more = [m for m in segmented(v, items, containers) if all(m.head.i != x.head.i for x in found)]
    more += [m for m in flat_tail(v, items, containers) if all(m.head.i != x.head.i for x in found + more)]
    return found + more


def _cuts(doc: Any, start: int, end: int) -> list[int]:
    """Where a flat list splits: commas, "and", and "with" before a count ("four A with 20 B")."""
    return [t.i for t in doc[start:end] if t.text in (",", ";") or t.dep_ == "cc" and t.lower_ in ("and", "plus")
            or t.lower_ == "with" and t.i + 1 < end and doc[t.i + 1].like_num]


def flat_tail(v: Token, items: Any, containers: frozenset[str] = frozenset()) -> list[ItemMention]:
    """"found 38 A, four B with 20 C, two D and 900 E, the navy said", which the parser cut after the first item
    and hung elsewhere: the counted items of the comma segments after the verb's object, up to the first segment
    that is a clause (a verb) or no counted materiel."""
    objects = [o for o in v.children if o.dep_ in ("dobj", "obj") and o.i > v.i]
    if not objects:
        return []
    doc, start = v.doc, objects[0].right_edge.i + 1
    if doc[start - 1].text == "," and doc[start - 1].head.i == objects[0].i:
        start -= 1  # the comma after the object hung on it: "held three A, six B and 900 C, police said"
    end = v.sent.end
    if start >= end or doc[start].text != ",":
        return []
    found: list[ItemMention] = []
    bounds = [*_cuts(doc, start, end), end]
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = doc[a + 1:b]
        if len(seg) == 0:
            continue
        m = segment_item(items, seg) if not any(t.pos_ in ("VERB", "AUX") for t in seg) else None
        if m is None or m.quantity is None:
            break
        found.append(_tidied(m, seg, containers))
    return found


def among(v: Token, general: frozenset[str]) -> list[Token]:
    """"Among the seized goods were 60 A, 12 B and 500 C": the subjects of a copula whose "among" phrase names the
    load (`general_loads`, `containers`, `among_nouns`); [] for any other verb."""
    if v.lemma_.lower() != "be" or not any(p.dep_ == "prep" and p.lower_ == "among" and any(
            q.dep_ == "pobj" and (q.lemma_.lower() in general | AMONG or q.lower_ in general) for q in p.children)
            for p in v.children):
        return []
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "attr")]
    return subjects + [c for s in subjects for c in s.subtree if c.dep_ == "conj" and c.head.i != v.i]


def among_items(v: Token, general: frozenset[str], items: Any) -> list[ItemMention]:
    """The items that the subjects of an "among" copula list (`among`)."""
    return [m for a in among(v, general) for m in items.items(a)]
