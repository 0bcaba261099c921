"""An item coordinated after a fronted adjunct: "Russia supplied A helicopters and, in 2018, the first batch
of 73 B tanks", "sold X armoured vehicles and, a year later, 20 C tanks". The parser hangs the last item on
the adjunct (its "in" phrase) or on the verb as a modifier; the phrase after the adjunct's closing comma,
when it is no clause and names materiel (or a batch of it), is another item of the verb."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.clause_marks import has_clause
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

MAX_ADJUNCT = 8  # tokens between the commas around the adjunct


def after_adjunct(finder: ItemFinder, verb: Token, found: list[ItemMention]) -> list[ItemMention]:
    doc, sent = verb.doc, verb.sent
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "and" and c.i > verb.i), None)
    if not found or cc is None or any(m.head.i > cc.i for m in found) or cc.i + 1 >= sent.end or \
            doc[cc.i + 1].text != "," or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return []
    close = next((t.i for t in doc[cc.i + 2: min(sent.end, cc.i + 2 + MAX_ADJUNCT)] if t.text == ","), None)
    if close is None:
        return []
    end = next((t.i for t in doc[close + 1: sent.end] if t.is_punct and t.text not in ("-", "/")), sent.end)
    seg = doc[close + 1: end]  # up to the next mark: "..., according to X" is no part of it
    if not len(seg) or has_clause(seg):
        return []
    tops = [t for t in seg if not seg.start <= t.head.i < seg.end]
    named: list[Token | None] = [t if finder.is_materiel(t) else next(  # "the first batch of 73 B tanks": the tanks
        (p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
         if p.dep_ == "pobj" and finder.is_materiel(p)), None) for t in tops]
    return [m for t in named if t is not None for m in finder.items(t)]
