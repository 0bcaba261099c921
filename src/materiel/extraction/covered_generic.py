"""A generic row whose items the text names with it: "Y delivered military equipment to X. The consignment
comprised A, B and C", "The first weapons came from Y. Y bought 2,000 A rifles for X", "X's military
exports to Y came to $70 million, much of it for A missiles". When the same parties at the same
stage and factuality have rows of named items told in the generic row's sentence or just after it, those rows
are the transfer told; the generic row ("arms", "weapons", "military equipment", a verb's implied weapons)
adds nothing and is dropped. A generic noun listed beside named items in its own sentence ("weapons, vehicles
and medical supplies") is an item of its own and stays; a verb's implied weapons never do. Words are words.toml [covered_generic]; the window is
`WINDOW` characters after the generic row's sentence."""
from __future__ import annotations

import re

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.joint_donors import drop_joint
from materiel.extraction.licence_items import drop_licences
from materiel.extraction.no_items import absent_items
from materiel.extraction.refused_aid import drop_refused_aid
from materiel.extraction.restated_generic import drop_restated
from materiel.extraction.titled_hulls import drop_titled
from materiel.record.models import Transfer

GENERIC_HEADS = lexicon.word_set("covered_generic", "generic_heads")
GENERIC_WORDS = lexicon.word_set("covered_generic", "generic_modifiers")
TALLY_HEADS = lexicon.word_set("licensed_acts", "tally_heads")
IMPLIED = "(implied by the verb)"
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "its 16th package": the rank of one in a series, no kind
WINDOW = 400
TALLY_RULES = (":permit:", ":approve:", ":authorise:", ":authorize:", ":grant_permit:")  # rules of a permit decided

Pair = tuple[Frame, Transfer]


def generic(t: Transfer) -> bool:
    """An item of no kind more precise than weapons or equipment: "arms", "new military equipment"."""
    text = t.item.text.lower().strip()
    if t.item.designation or not text:
        return False
    if text.endswith(IMPLIED):
        return True
    return generic_words(text.replace("-", " ").split())


def generic_words(words: list[str]) -> bool:
    """Words of a generic head with only generic modifiers, ranks in a series among them ("16th", "largest")."""
    return bool(words) and words[-1] in GENERIC_HEADS and \
        all(w in GENERIC_HEADS or w in GENERIC_WORDS or ORDINAL.fullmatch(w) for w in words)


def _key(t: Transfer) -> tuple[object, ...]:
    side = [(a.country if a.kind in ("state", "government_body") and a.country else a.id) if a else None
            for a in (t.supplier, t.recipient)]
    return (*side, t.stage, t.factuality)


def _covers(g: Transfer, p: Pair) -> bool:
    """p names an item of the transfer g tells: the same parties and stage, told in g's sentence or just after."""
    s = p[1]
    if generic(s) or _key(s) != _key(g) or g.supplier is None or g.recipient is None:
        return False
    return g.evidence.start <= s.evidence.start <= g.evidence.end + WINDOW


def _listed(g: Transfer, s: Transfer) -> bool:
    """g is one item of a list in its own sentence ("weapons, vehicles and medical supplies"): an item told. A
    verb's implied weapons are listed with nothing ("armed by Y, which supplied it with A and B": A and B)."""
    if g.item.text.lower().strip().endswith(IMPLIED):
        return False
    return not generic(s) and _key(s) == _key(g) and s.evidence.start == g.evidence.start


def tally(f: Frame, t: Transfer) -> bool:
    """Licence statistics by destination: "X cleared exports of defence equipment to A, B and C", "granted 47
    permits for military goods for A, B and C". A permit or approval of a generic item to a list of destinations
    tells a tally, no transfer in particular; a named item, or one destination, is a transfer told."""
    words = t.item.text.lower().replace("-", " ").split()
    kindless = generic(t) or not t.item.designation and bool(words) and words[-1] in TALLY_HEADS and \
        all(w in GENERIC_HEADS | GENERIC_WORDS | TALLY_HEADS for w in words)
    return t.stage == "offered" and kindless and any(m in f.rule + ":" for m in TALLY_RULES) and \
        len({r.actor.id for r in f.roles["recipient"]}) > 1


def drop_covered(pairs: list[Pair]) -> list[Pair]:
    """The pairs without the generic rows whose named items are told with them (or that sum them up in a deal
    noun: restated_generic.py), nor licence tallies."""
    pairs = [(f, t) for f, t in pairs if not tally(f, t)]
    rows = [t for _, t in pairs]
    kept = [(f, t) for f, t in pairs if not (generic(t) and not any(_listed(t, s) for s in rows if s is not t)
                                             and any(_covers(t, p) for p in pairs if p[1] is not t))]
    return drop_refused_aid(drop_titled(drop_licences(absent_items(drop_joint(drop_restated(kept))))))  # "contained no A"
