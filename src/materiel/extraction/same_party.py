"""A party told as "the same" one ("hoped to sell them to the same government", "from the same supplier"): the party
in that role of the latest row told before, not the nearest state the text named (which is often the other side of
that earlier deal: "trucks were shipped to Ruritania from Freedonia ... to the same government" is
Ruritania's). The nouns that may be told so are `same_party.nouns` in words.toml. A "same" group the resolver
already took for an armed group (mentions/earlier_groups.py same_group) takes only an earlier row's group: the
state of a denial told between ("has not armed anyone in Y") is not "the same group"."""
from __future__ import annotations

from dataclasses import replace

from materiel import lexicon
from materiel.extraction.discourse import Row

SAME_WORDS = lexicon.word_set("same_party", "same_words")
NOUNS = lexicon.word_set("same_party", "nouns")


def fill(rows: list[Row]) -> None:
    """Each "the same X" party takes the party of that role in the latest earlier row."""
    for n, r in enumerate(rows):
        for role in ("recipient", "supplier"):
            party = getattr(r, role)
            tok = party.token if party is not None else None
            if tok is None or tok.lemma_.lower() not in NOUNS or \
                    not any(c.dep_ == "amod" and c.lower_ in SAME_WORDS for c in tok.children):
                continue
            before = [getattr(e, role) for e in rows[:n] if getattr(e, role) is not None
                      and getattr(e, role).token.i < tok.i and e.frame.trigger.i < r.frame.trigger.i]
            if party.actor.kind == "armed_group":  # "the same group" the resolver took for a group: an earlier group
                before = [b for b in before if b.actor.kind == "armed_group"]
            if before and before[-1].actor.id != party.actor.id:
                setattr(r, role, replace(before[-1], actor=before[-1].actor.model_copy(update={"text": party.actor.text}),
                                         token=tok))
