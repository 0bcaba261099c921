"""Itemised lists of official texts: "has requested to buy eighty-two (82) M142 launchers; four hundred
twenty (420) ATACMS; ...; and forty-five (45) data systems". Each segment between semicolons is one
item with its own quantity; a number in words followed by the same number in digits is one number."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel.extraction.mentions.items import ItemFinder, ItemMention
from materiel.extraction.mentions.quantities import parse_quantity

SEPARATORS = {";"}
ENDS = {".", ":"}
MAX_TOKENS = 400


def segments(finder: ItemFinder, verb: Token, first: Token) -> list[ItemMention]:
    """One item per semicolon segment of the list that `first` (an object of the transfer verb `verb`)
    starts; [] when the object is not the start of such a list. The list runs to the full stop or
    colon that ends it, over any sentence break the parser put inside it."""
    doc = first.doc
    start = min(first.left_edge.i, verb.i + 1) if verb.i < first.i else first.left_edge.i
    stop = min(len(doc), start + MAX_TOKENS)
    end = next((t.i for t in doc[start:stop] if t.text in ENDS or "\n" in t.text), stop)
    if not any(t.text in SEPARATORS for t in doc[start:end]):
        return []
    out: list[ItemMention] = []
    seg_start = start
    for i in range(start, end + 1):
        if i == end or doc[i].text in SEPARATORS:
            if out and _has_clause(doc[seg_start:i]):
                break  # "X sent tanks to Y; Z sold rifles": a new clause, not an item of the list
            m = segment_item(finder, doc[seg_start:i])
            if m is not None:
                out.append(m)
            seg_start = i + 1
    return out if len(out) > 1 else []


def _has_clause(seg: Span) -> bool:
    """A verb outside brackets: "(36 installed, 9 spares)" restates a count, it starts no clause."""
    depth, verbs = 0, False
    for t in seg:
        depth += (t.text == "(") - (t.text == ")")
        verbs = verbs or (depth <= 0 and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl"))
    return verbs


def segment_item(finder: ItemFinder, seg: Span) -> ItemMention | None:
    spans = []
    for t in seg:
        s = finder.span_at.get(t.i)
        if s is not None and s not in spans:
            spans.append(s)
    if not spans:
        return None
    named = [s for s in spans if s.kb_id_]
    chosen = named[0] if named else spans[0]
    head = chosen[-1]
    m = finder._mention(head)
    # the item's text: from the chosen span to the end of its noun phrase, before any comma or bracket
    last = chosen.end - 1
    for t in seg.doc[chosen.end: seg.end]:
        if (t.is_punct and t.text not in ("-", "/")) or t.text in ("and", "or") or t.like_num:
            break
        last = t.i
    first = chosen.start
    while first - 1 >= seg.start and seg.doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") and \
            not seg.doc[first - 1].like_num and (first - 1) not in finder.actor_tokens:
        first -= 1  # "International Field Artillery ...": the name before the match
    m.span = seg.doc[first: max(last, chosen.end - 1) + 1]
    q, qtext = quantity_before(seg, first)
    if q is not None:
        m.quantity, m.quantity_text = q, qtext
    return m


def quantity_before(seg: Span, item_start: int) -> tuple[int | float | None, str | None]:
    """The count stated before the item in its segment: "eighty-two (82)" -> 82, "up to eleven (11)" -> 11."""
    before = seg.doc[seg.start: item_start]
    for i, t in enumerate(before):  # digits in brackets restate the number in words
        if t.text == "(" and i + 2 < len(before) and before[i + 2].text == ")" and before[i + 1].like_num:
            return parse_quantity(before[i + 1].text), before[i + 1].text
    words = [t for t in before if not t.is_punct or t.text == "-"]
    if words and any(t.like_num for t in words):
        text = seg.doc[words[0].i: words[-1].i + 1].text
        return parse_quantity(text), text
    return None, None


def included_in(finder: ItemFinder, verb: Token) -> list[ItemMention]:
    """"Included in the U.S. package are 20,000 shells and 600 guided rounds": the items are the
    inverted subject of the include verb (also after its auxiliary)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    out: list[ItemMention] = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.i > verb.i:
                out.extend(finder.items(c))
                out.extend(m for q in [c, *c.conjuncts] for m in stray_conjuncts(finder, q))
    return out


def stray_conjuncts(finder: ItemFinder, obj: Token) -> list[ItemMention]:
    """"deliver more ammunition for rocket systems and 12 support vehicles": a counted materiel noun
    that the parser coordinated inside the object's "for"/"of" phrase is an item of its own."""
    out: list[ItemMention] = []
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            for q in p.conjuncts:
                if q.i > p.i and finder.is_materiel(q) and any(c.dep_ == "nummod" for c in q.children) \
                        and any(finder.is_materiel(x) for x in p.subtree if x.i <= p.i):
                    out.extend(finder.items(q, 1))
    return out
