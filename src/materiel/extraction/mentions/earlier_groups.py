"""A definite group noun ("the rebels", "the militia", "the group") for an armed group the text named before by
a name no gazetteer lists ("accuse X of arming the Y Liberation Front. ... delivered jets to the rebels"): the
nearest such name in the sentences before, when no listed actor fits. The name is an armed group, or a tagged
organisation with a group word ([arguments] user_group_words)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved

GROUP_WORDS = lexicon.word_set("arguments", "user_group_words")
LOOK = 12  # candidates looked at, nearest first
SENTENCES = 2  # sentences back


def _group(r: Resolved) -> bool:
    a = r.actor
    return a.kind == "armed_group" or (a.kind == "other" and not a.country and
                                        any(w.lower() in GROUP_WORDS for w in a.name.split()))


def earlier_group(tok: Token, cands: list[Token], own: set[int], others: set[str], kinds: set[str],
                  resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    if "armed_group" not in kinds:
        return None
    first = tok.sent
    for _ in range(SENTENCES):
        first = tok.doc[first.start - 1].sent if first.start > 0 else first
    for t in cands[:LOOK]:
        if t.i in own or t.pos_ != "PROPN" or t.i < first.start:
            continue
        r = resolve(t)
        if r is not None and _group(r) and r.actor.id not in others:
            return Resolved(r.actor.model_copy(update={"text": tok.text}), 0.6, tok)
    return None
