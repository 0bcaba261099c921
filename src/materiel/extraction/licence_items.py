"""A licence standing for goods its sentence names: "X cancelled a contract for A for Y after the government
suspended export licences for it". When a row's item is only a licence (words.toml [licence_items]
licence_heads, with no goods named) and the same sentence gives the same parties a row of named goods at the
same stage, that row is the transfer told and the licence row is dropped. A licence row alone stays."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.record.models import Actor, Transfer

LICENCE_HEADS = lexicon.word_set("licence_items", "licence_heads")
LICENCE_WORDS = lexicon.word_set("licence_items", "licence_modifiers")

Pair = tuple[Frame, Transfer]


def _side(a: Actor | None) -> str | None:
    return None if a is None else a.country or a.id


def licence_only(t: Transfer) -> bool:
    """An item that is a licence and nothing more: "export licences", "licences"."""
    words = t.item.text.lower().replace("-", " ").split()
    return not t.item.designation and bool(words) and words[-1] in LICENCE_HEADS and \
        all(w in LICENCE_HEADS or w in LICENCE_WORDS for w in words)


def _beside(t: Transfer, o: Transfer) -> bool:
    return o is not t and not licence_only(o) and o.evidence.start == t.evidence.start and o.stage == t.stage \
        and _side(o.supplier) == _side(t.supplier) and _side(o.recipient) == _side(t.recipient)


def drop_licences(pairs: list[Pair]) -> list[Pair]:
    """The pairs without licence rows beside a row of the goods in their sentence."""
    rows = [t for _, t in pairs]
    return [(f, t) for f, t in pairs if not (licence_only(t) and any(_beside(t, o) for o in rows))]
