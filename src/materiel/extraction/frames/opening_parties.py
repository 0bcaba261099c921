"""The state of a hyphened participle of origin on a frame's item ("Ruritania-made rifles", "US-supplied
rifles", "Borduvia-built boats") made or supplied the item before: it is no recipient of the frame's own verb
("X handed US-supplied rifles on to a militia" gives the rifles to the militia, not to the US). The parser may hang it
on the object as a dative tucked into it (frames/arguments.py `_actor_inside`). So does a state hyphened to a word of
origin ("did not transfer any Ruritania-origin rifles to third parties": words.toml [duplicates] origin_words),
wherever the parser hangs it."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

# "Chad-bound rifles": a participle of destination names the recipient, not where the item came from.
DESTINATION_PARTICIPLES = lexicon.word_set("opening_parties", "destination_participles")
ORIGIN_WORDS = lexicon.word_set("duplicates", "origin_words")


def _of_participle(k: Token, trigger: Token) -> bool:
    """k opens a hyphened participle that modifies a noun and is not the frame's own trigger: "US" of
    "US-supplied rifles"."""
    if k.i + 2 >= len(k.doc) or k.nbor(1).text != "-":
        return False
    h = k.head
    return h.i == k.i + 2 and h.i != trigger.i and h.tag_ in ("VBN", "VBD", "JJ") and h.dep_ in ("amod", "compound") \
        and h.lower_ not in DESTINATION_PARTICIPLES


def _origin_marked(t: Token) -> bool:
    """t is hyphened, with no space, to a word of origin: "UK" of "UK-origin rifles"."""
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not doc[t.i + 1].whitespace_ and not t.whitespace_:
        return doc[t.i + 2].lower_ in ORIGIN_WORDS
    return False


def drop_origin_recipients(f: Frame) -> None:
    """Drop the recipients of `f` named only as the state of an item's participle or word of origin."""
    heads = {m.head.i for m in f.items}
    kept = [r for r in f.roles["recipient"] if not (_of_participle(r.token, f.trigger) and r.token.head.head.i in heads)
            and not _origin_marked(r.token)]
    if len(kept) != len(f.roles["recipient"]):
        f.roles["recipient"] = kept
