"""Itemised lists of official texts: "has requested to buy eighty-two (82) M142 launchers; four hundred
twenty (420) ATACMS; ...; and forty-five (45) data systems". Each segment between semicolons is one
item with its own quantity; a number in words followed by the same number in digits is one number."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.adjunct_items import after_adjunct
from materiel.extraction.frames.calibre_prefix import calibre_part
from materiel.extraction.frames.clause_marks import designation_like, has_clause
from materiel.extraction.frames.fitted_items import accompanying, fitted_conjuncts
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.quantities import parse_quantity

SEPARATORS = {";"}
ENDS = {".", ":"}
MAX_TOKENS = 400
LIST_SEPARATORS = {",", "and"}
LIST_CONNECTIVES = lexicon.word_set("frames", "list_connectives")
INCLUDE = lexicon.word_set("frames", "include_verbs")


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
            if out and has_clause(doc[seg_start:i]):
                break  # "X sent tanks to Y; Z sold rifles": a new clause, not an item of the list
            m = segment_item(finder, doc[seg_start:i])
            if m is not None:
                out.append(m)
            seg_start = i + 1
    return out if len(out) > 1 else []


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
        if (t.is_punct and t.text not in ("-", "/")) or t.text in ("and", "or") or \
                t.like_num and seg.doc[t.i - 1].lower_ != "of":  # a count, not the calibre of "rounds of 7.62 mm"
            break
        last = t.i
    first = chosen.start
    while first - 1 >= seg.start and ((seg.doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") or designation_like(seg.doc[first - 1])) and
                                      not seg.doc[first - 1].like_num or calibre_part(seg.doc[first - 1])) and \
            (first - 1) not in finder.actor_tokens:
        first -= 1  # "International Field Artillery ...": the name before the match
    m.span = seg.doc[first: max(last, chosen.end - 1) + 1]
    while m.head.dep_ == "compound" and m.span.start <= m.head.head.i < m.span.end:
        m.head = m.head.head  # "Javelin Lightweight Command Launch Units": the name modifies the units
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
        q = parse_quantity(text)
        lead = next((i for i, t in enumerate(words) if not t.like_num and t.text != "-"), len(words))
        for k in range(lead, 0, -1) if q is None else ():  # "two 12.7 mm heavy machine guns": the count, not
            q = parse_quantity(seg.doc[words[0].i: words[k - 1].i + 1].text)  # the calibre after it
            if q is not None:
                return q, seg.doc[words[0].i: words[k - 1].i + 1].text
        return q, text
    return None, None


def included_in(finder: ItemFinder, verb: Token) -> list[ItemMention]:
    """"Included in the U.S. package are 20,000 shells and 600 guided rounds": the items are the
    inverted subject of the include verb (also after its auxiliary, or parsed as its object)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    out: list[ItemMention] = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and c.i > verb.i:  # (a misparse: "dobj")
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
    return out + fitted_conjuncts(finder, obj) + accompanying(finder, obj)  # "an aircraft fitted with radars and
    # more rifles", "20 A launchers with 300 missiles and 50 B pistols"


def verb_list(finder: ItemFinder, v: Token, objects: list[Token], found: list[ItemMention]) -> list[ItemMention]:
    """The items of the list after a verb when it names more than the parse found, or when the parse took a
    number in words for the object or the list counts as an official notice does; else none."""
    listed = segments(finder, v, objects[0] if objects else v.doc[min(v.i + 1, len(v.doc) - 1)]) \
        if found or not objects else []
    if len(listed) > len(found) or (listed and (number_object(found) or len(listed) == len(found)
                                                and bracketed(listed))):
        return listed
    counted = counted_object(finder, objects[0]) if objects else []
    same = [m for m in found if counted and m.head.i == counted[0].head.i]
    for m in same:  # the item the parser coordinated to the number: its count
        if m.quantity is None:
            m.quantity, m.quantity_text = counted[0].quantity, counted[0].quantity_text
    return counted + found if counted and not same else []


def counted_object(finder: ItemFinder, obj: Token) -> list[ItemMention]:
    """"to buy seven hundred twenty (720) A rounds and ...": the parser took the number in words for the
    object and broke the item off; the item is the phrase after the bracketed digits, up to the next comma,
    "and" or stop, counted by them."""
    doc = obj.doc
    close = obj.i + 3
    if not obj.like_num or close >= len(doc) or doc[obj.i + 1].text != "(" or not doc[obj.i + 2].like_num or \
            doc[close].text != ")":
        return []
    stop = next((t.i for t in doc[close + 1: obj.sent.end] if t.text in LIST_SEPARATORS | SEPARATORS | ENDS),
                obj.sent.end)
    m = segment_item(finder, doc[obj.left_edge.i: stop])
    return [m] if m is not None and m.span.start > close else []


def number_object(found: list[ItemMention]) -> bool:
    """"to buy six hundred twelve (612) X missiles, ...; and ...": the parser took the number in words
    for the object (its digits an apposition); the list's segments name the items."""
    return any(m.head.like_num and any(c.dep_ == "appos" and c.like_num for c in m.head.children) for m in found)


def bracketed(listed: list[ItemMention]) -> bool:
    """Every item of the list counted as an official notice counts: the number in words, then in digits
    in brackets ("three hundred forty (340) X"), just before the item."""
    def counted(m: ItemMention) -> bool:
        doc, s = m.span.doc, m.span.start
        return s >= 3 and doc[s - 1].text == ")" and doc[s - 2].like_num and doc[s - 3].text == "("
    return bool(listed) and all(counted(m) for m in listed)


def shifted_list(finder: ItemFinder, verb: Token, found: list[ItemMention]) -> list[ItemMention]:
    """"has delivered to X 120 missiles, 40,000 rounds of ammunition and 300 launchers, together with 16
    guns": after a recipient shifted before the objects the parser often breaks the list; each counted
    segment from the recipient on, up to the first that is not one, is an item of its own."""
    shifted = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > verb.i
               for p in c.children if p.dep_ == "pobj"]
    if not found or not shifted or any(m.head.i < shifted[0].i for m in found):
        return []
    doc, sent = verb.doc, verb.sent
    start = max([shifted[0].i, *(t.i for c in shifted[0].children if c.dep_ == "prep" and c.i > shifted[0].i
                                 for t in c.subtree)]) + 1  # "to the Armed Forces of X": after the phrase
    if start >= sent.end or not doc[start].like_num:
        return []  # "sent to X, which ...": no counted item right after the recipient
    return counted_segments(finder, start, {m.head.i for m in found})


def counted_run(finder: ItemFinder, found: list[ItemMention]) -> list[ItemMention]:
    """"a sale to X of up to 50 A fighters, 18 B drones and a package of munitions": after the last item
    found, when it is counted, each counted segment up to the first that is not one is an item of its own
    (the parser often breaks such a list after its first item)."""
    if not found or found[-1].quantity is None:
        return []
    last = found[-1].span
    start = max(last.end, found[-1].head.i + 1)
    if start >= last.sent.end or last.doc[start].text not in LIST_SEPARATORS:
        return []
    return counted_segments(finder, start, {m.head.i for m in found}, all_counted=False)


def counted_segments(finder: ItemFinder, start: int, seen: set[int], all_counted: bool = True) -> list[ItemMention]:
    """The counted segments from start on, each an item of its own, up to the first that is not one (with
    all_counted, one whose coordinated items are not all counted either: "12 A and spare parts")."""
    doc, sent = finder.doc, finder.doc[start].sent
    out: list[ItemMention] = []
    while start < sent.end and not doc[start].is_sent_end:
        stop = next((t.i for t in doc[start + 1: sent.end] if t.text in LIST_SEPARATORS or t.is_sent_end), sent.end)
        first = start
        while first < stop and (doc[first].text in LIST_SEPARATORS or doc[first].lower_ in LIST_CONNECTIVES):
            first += 1
        seg = doc[first:stop]
        if not len(seg) or not seg[0].like_num or has_clause(seg):
            break
        roots = [t for t in seg if not seg.start <= t.head.i < seg.end or t.head.i == t.i]
        told = [m for r in roots if finder.is_materiel(r) for m in finder.items(r)]  # (a misparse splits some)
        for m in told if len(told) == 1 and told[0].quantity is None and told[0].span.start > seg.start else []:
            m.quantity, m.quantity_text = parse_quantity(seg[0].text), seg[0].text  # "80" hung on the recipient
        if not told or told[0].quantity is None or (all_counted and any(m.quantity is None for m in told)):
            break
        for m in told:  # the segment's item with the items the parser coordinated to it
            if m.head.i not in seen:
                seen.add(m.head.i)
                out.append(m)
        start = stop
    return out


def holder_list(finder: ItemFinder, verb: Token, found: list[ItemMention]) -> list[ItemMention]:
    """"The equipment donated includes trucks, ambulances and radios", "The materials, presented to the
    chief of staff, included body armor and radios": a transfer participle on the subject of an include
    verb tells the transfer, the include verb's objects tell what it gave; they stand for the general
    noun the participle hangs on. Else the items found."""
    holder = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or holder.dep_ not in ("nsubj", "nsubjpass") or \
            holder.head.lemma_.lower() not in INCLUDE:
        return found
    listed = [m for o in holder.head.children if o.dep_ in ("dobj", "obj") and finder.is_materiel(o)
              for m in finder.items(o)]
    return [m for m in found if m.head.i != holder.i] + listed if listed else found


def more_listed(finder: ItemFinder, verb: Token, found: list[ItemMention]) -> list[ItemMention]:
    """The items found, read again for a list on the subject ("The equipment donated includes X") and for a
    list after a shifted recipient ("delivered to X 120 A, 40 B and 3 C")."""
    items = holder_list(finder, verb, found)
    items = items + shifted_list(finder, verb, items)
    return items + after_adjunct(finder, verb, items)  # "supplied A and, in 2018, 73 B"
