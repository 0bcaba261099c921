"""A deal noun that sums up its sentence's transfer in generic words tells no transfer of its own: "Y agreed to
buy twelve A from X, in what would be its first purchase of a major weapons system from X", "X signed for the
B radar, the latest in a long series of weapons deals with Y", "completing the first handover of finished defence
equipment from X to Y", "its largest arms purchase in a decade". A row on a noun trigger whose item is generic
(words.toml [covered_generic], with [restated_generic] extra_words) is dropped when its sentence gives, by
another trigger, a row of a named or specific item between the same two parties (in either direction: the
summing noun's parties are often read the wrong way round, and at any stage). A single deal noun ranked among the
parties' deals ("the first major arms sale by an Asian state to X", [restated_generic] milestone_words)
sums up a named transfer told anywhere in the text. A generic item listed with named ones under the same trigger ("delivered A, weapons and medical supplies") is an item of its own and stays, as
does one told by a verb of its own ("sold A in 2019 and has since delivered other weapons"). A summing phrase
the parser hangs on the verb as one more item ("ordered A from Y, its largest defence equipment purchase",
[restated_generic] deal_heads) gives way under the same verb too."""
from __future__ import annotations

from collections.abc import Sequence

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.record.models import Actor, Transfer

GENERIC_HEADS = lexicon.word_set("covered_generic", "generic_heads")
WORDS = GENERIC_HEADS | lexicon.word_set("covered_generic", "generic_modifiers") | \
    lexicon.word_set("restated_generic", "extra_words")
DEAL_HEADS = lexicon.word_set("restated_generic", "deal_heads")
MILESTONES = lexicon.word_set("restated_generic", "milestone_words")
IMPLIED = "(implied by the verb)"
NOUNS = ("NOUN", "PROPN")
Pair = tuple[Frame, Transfer]


def _summing(t: Transfer) -> bool:
    """An item in generic words only ("arms", "a major weapons system"; a verb's implied weapons)."""
    text = t.item.text.lower().strip()
    if t.item.designation or not text:
        return False
    words = text.replace("-", " ").split()
    return text.endswith(IMPLIED) or (all(w in WORDS for w in words) and any(w in GENERIC_HEADS for w in words))


def _deal_phrase(t: Transfer) -> bool:
    """An item that is a summing deal phrase ("largest defence equipment purchase", "biggest weapons sale")."""
    words = t.item.text.lower().replace("-", " ").split()
    return not t.item.designation and len(words) > 1 and words[-1] in DEAL_HEADS and \
        all(w in WORDS for w in words[:-1]) and any(w in GENERIC_HEADS for w in words[:-1])


def _side(a: Actor | None) -> str | None:
    return None if a is None else (a.country or a.id)


def _parties(t: Transfer) -> frozenset[str | None]:
    return frozenset((_side(t.supplier), _side(t.recipient)))


def _milestone(f: Frame) -> bool:
    """The deal noun, one deal, is ranked among the parties' deals ("the first significant arms sale"; not a flow
    such as "major arms imports")."""
    return f.trigger.tag_ == "NN" and any(c.dep_ == "amod" and c.lower_ in MILESTONES for c in f.trigger.children)


def _restated(p: Pair, pairs: Sequence[Pair]) -> bool:
    f, t = p
    phrase = _deal_phrase(t)
    if not phrase and (f.trigger.pos_ not in NOUNS or not _summing(t)) or t.supplier is None or t.recipient is None:
        return False
    anywhere = _milestone(f)
    return any((phrase or g.trigger.i != f.trigger.i) and s is not t and not _summing(s) and not _deal_phrase(s)
               and (anywhere or s.evidence.start == t.evidence.start)
               and s.supplier is not None and s.recipient is not None and _parties(s) == _parties(t)
               for g, s in pairs)


def drop_restated(pairs: list[Pair]) -> list[Pair]:
    """The pairs without the generic deal nouns that sum up a named transfer of their sentence."""
    return [p for p in pairs if not _restated(p, pairs)]
