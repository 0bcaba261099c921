"""A definite group noun ("the rebels", "the militia", "the group") for an armed group the text named before by
a name no gazetteer lists ("accuse X of arming the Y Liberation Front. ... delivered jets to the rebels"): the
nearest such name in the sentences before, when no listed actor fits. The name is an armed group, or a tagged
organisation with a group word ([arguments] user_group_words). "The same group" ([arguments] same_markers,
same_heads) says outright that it was named before: the nearest group in the whole window before, ahead of a
nearer firm ("rifles ... smuggled to the X Brigades. ... the Y company said ... a boat bound for the same group")."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

GROUP_WORDS = lexicon.word_set("arguments", "user_group_words")
SAME_MARKERS = lexicon.word_set("arguments", "same_markers")
SAME_HEADS = lexicon.word_set("arguments", "same_heads")
HIRED = lexicon.word_set("arguments", "hired_nouns")
UPRISING = lexicon.word_set("arguments", "uprising_heads")
LOOK = 12  # candidates looked at, nearest first
SENTENCES = 2  # sentences back


def _group(r: Resolved) -> bool:
    a = r.actor
    return a.kind == "armed_group" or (a.kind == "other" and not a.country and
                                        any(w.lower() in GROUP_WORDS for w in a.name.split()))


def hired(t: Token) -> bool:
    """"mercenaries of the X Group", "X contractors": a name told as a force hired for pay (the name's head, up
    through a compound, an "of" phrase or an apposition, is a noun of hire)."""
    for _ in range(4):
        if t.lemma_.lower() in HIRED or t.lower_ in HIRED:
            return True
        if t.dep_ not in ("compound", "pobj", "prep", "appos") or t.head.i == t.i:
            return False
        t = t.head
    return False


def hired_for(tok: Token, t: Token) -> bool:
    """A name t told as a hired force, which a description of an uprising tok ("the insurgents") is not."""
    return tok.lemma_.lower() in UPRISING and hired(t)


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
        if hired_for(tok, t):
            continue  # "the insurgents" are not "the mercenaries of the X Group" named before
        r = resolve(t)
        if r is not None and _group(r) and r.actor.id not in others:
            return Resolved(r.actor.model_copy(update={"text": tok.text}), 0.6, tok)
    return None


def same_group(tok: Token, cands: list[Token], own: set[int], subjects: list[Token],
               resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """"destined for the same movement": the nearest armed group before tok (cands nearest first) that is not its clause's
    named subject, or None. A relative pronoun subject ("rifles that officers said were meant for that same movement") excludes none."""
    if tok.lower_ not in SAME_HEADS or not any(c.dep_ == "amod" and c.lower_ in SAME_MARKERS for c in tok.children):
        return None
    others = {r.actor.id for c in subjects if c.pos_ != "PRON" and c.i != tok.i and (r := resolve(c)) is not None}
    for t in cands:
        if t.i in own or t.i >= tok.i or any(c.lower_ in SAME_MARKERS for c in t.children):
            continue
        r = resolve(t)
        if (r is None or r.guessed) and (named := _apposed_group(t)) is not None:
            r = named  # "<Name>, a group that X lists as terrorist": the name as a group, whatever else it read as
        if r is not None and _group(r) and r.actor.id not in others:
            return Resolved(r.actor.model_copy(update={"text": f"the {tok.text}"}), 0.6, tok)
    return None


def _apposed_group(t: Token) -> Resolved | None:
    """A proper name with a group noun in apposition ("<Name>, a militia based in Y"): an armed group by its name."""
    if t.pos_ != "PROPN" or not any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in SAME_HEADS
                                    for c in t.children):
        return None
    left = min([t.i, *(c.left_edge.i for c in t.lefts if c.dep_ in ("compound", "punct"))])
    while left < t.i and t.doc[left].dep_ == "det":
        left += 1
    name = t.doc[left: t.i + 1].text
    return Resolved(Actor(id=lexicon.slug(name), name=name, kind="armed_group", country=None, text=name), 0.6, t)
