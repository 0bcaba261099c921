"""An item coordinated after a fronted adjunct: "Russia supplied A helicopters and, in 2018, the first batch
of 73 B tanks", "sold X armoured vehicles and, a year later, 20 C tanks", "gave A drones, and in May 200 B pistols and 300 C
carbines" (a date phrase with no commas). The parser hangs the last item on
the adjunct (its "in" phrase) or on the verb as a modifier; the phrase after the adjunct's closing comma,
when it is no clause and names materiel (or a batch of it), is another item of the verb."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.clause_marks import has_clause
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.quantities import parse_quantity

MAX_ADJUNCT = 8  # tokens between the commas around the adjunct
TIME_PREPS = lexicon.word_set("frame_words", "fronted_time_preps")


def _bare_date(cc: Token) -> int | None:
    """"and in May 200 A and 300 B": the last token of a date phrase right after "and" with no commas around it."""
    doc = cc.doc
    if doc[cc.i + 1].lower_ not in TIME_PREPS or doc[cc.i + 2].ent_type_ != "DATE":
        return None
    last = cc.i + 2
    while last + 1 < cc.sent.end and doc[last + 1].ent_type_ == "DATE" and not doc[last + 1].like_num:
        last += 1
    return last


def after_adjunct(finder: ItemFinder, verb: Token, found: list[ItemMention]) -> list[ItemMention]:
    doc, sent = verb.doc, verb.sent
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "and" and c.i > verb.i), None)
    if not found or cc is None or any(m.head.i > cc.i for m in found) or cc.i + 2 >= sent.end:
        return []
    close = _bare_date(cc) if doc[cc.i + 1].text != "," else \
        next((t.i for t in doc[cc.i + 2: min(sent.end, cc.i + 2 + MAX_ADJUNCT)] if t.text == ","), None)
    if close is None or (doc[cc.i + 1].text == "," and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                                           for c in verb.children)):
        return []
    end = next((t.i for t in doc[close + 1: sent.end] if t.is_punct and t.text not in ("-", "/")), sent.end)
    seg = doc[close + 1: end]  # up to the next mark: "..., according to X" is no part of it
    if not len(seg) or (has_clause(seg) if doc[cc.i + 1].text == "," else any(  # (an item the tagger took for a verb)
            t.pos_ in ("VERB", "AUX") and not finder.is_materiel(t) for t in seg)):
        return []
    tops = [t for t in seg if not seg.start <= t.head.i < seg.end]
    named: list[Token | None] = [t if finder.is_materiel(t) else next(  # "the first batch of 73 B tanks": the tanks
        (p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
         if p.dep_ == "pobj" and finder.is_materiel(p)), None) for t in tops]
    found = [m for t in named if t is not None for m in finder.items(t)]
    for m in found if doc[cc.i + 1].text != "," else []:  # the parse hangs the counts anywhere: the number before
        num = doc[m.span.start - 1]  # each item's words is its count ("and in May 200 A and 300 B")
        if num.pos_ == "NUM" and num.i > close and (q := parse_quantity(num.text)) is not None:
            m.quantity, m.quantity_text = q, num.text
    return found
