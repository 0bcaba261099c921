"""A recipient read inside the name of the item: "has sold Wing Loong drones to X", where the parser takes the
model's first words for an indirect object ("sold [Loong] [drones]") and the tagger for an organisation. A party
whose token lies inside a named item's span is part of that name, not the one who receives it."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame


def drop_named_item_recipients(f: Frame) -> None:
    """Remove from `f` the recipients whose token lies inside a designated item's span (see the module)."""
    inside = {i for m in f.items if m.designation for i in range(m.span.start, m.span.end)}
    if inside and f.roles["recipient"]:
        f.roles["recipient"] = [r for r in f.roles["recipient"] if r.token.i not in inside or r.actor.kind == "state"]


ORIGIN_WORDS = lexicon.word_set("duplicates", "origin_words")


def drop_origin_recipients(f: Frame) -> None:
    """"did not transfer any Ruritania-origin rifles to third parties": a party hyphened to a word of origin
    ("-origin", "-made") tells where the item comes from; the parser's indirect object is no recipient."""
    if not f.roles["recipient"]:
        return
    f.roles["recipient"] = [r for r in f.roles["recipient"] if not _origin_marked(r.token)]


def _origin_marked(t: Token) -> bool:
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not doc[t.i + 1].whitespace_ and not t.whitespace_:
        return doc[t.i + 2].lower_ in ORIGIN_WORDS
    return False
