"""The state of a hyphened participle of origin on a frame's item ("Ruritania-made rifles", "US-supplied
rifles", "Borduvia-built boats") made or supplied the item before: it is no recipient of the frame's own verb
("X handed US-supplied rifles on to a militia" gives the rifles to the militia, not to the US). The parser may hang it
on the object as a dative tucked into it (frames/arguments.py `_actor_inside`)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

# "Chad-bound rifles": a participle of destination names the recipient, not where the item came from.
DESTINATION_PARTICIPLES = lexicon.word_set("opening_parties", "destination_participles")


def _of_participle(k: Token, trigger: Token) -> bool:
    """k opens a hyphened participle that modifies a noun and is not the frame's own trigger: "US" of
    "US-supplied rifles"."""
    if k.i + 2 >= len(k.doc) or k.nbor(1).text != "-":
        return False
    h = k.head
    return h.i == k.i + 2 and h.i != trigger.i and h.tag_ in ("VBN", "VBD", "JJ") and h.dep_ in ("amod", "compound") \
        and h.lower_ not in DESTINATION_PARTICIPLES


def drop_origin_recipients(f: Frame) -> None:
    """Drop the recipients of `f` named only as the state of an item's participle of origin."""
    heads = {m.head.i for m in f.items}
    kept = [r for r in f.roles["recipient"] if not (_of_participle(r.token, f.trigger) and r.token.head.head.i in heads)]
    if len(kept) != len(f.roles["recipient"]):
        f.roles["recipient"] = kept
