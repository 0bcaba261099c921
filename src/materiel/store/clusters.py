"""Records by time within one key, and follow-on orders kept apart (`consolidate` uses `cluster`).

- Mentions sorted by span start join the current record while they start no later than one year (GAP) after its
  latest end; a longer silence starts a new record (a new transfer of the same kind). Mentions with no date at all
  never join a dated record: together they make the key's undated record.
- A **follow-on order** ("30 more", "an additional 12", "a further 8", "a second batch of 10": its `quantity_text`,
  words.toml [item_words] follow_on_words) is a deal of its own, as SIPRI counts deals: it starts a record of its own
  when the current record holds an order or a delivery (an earlier deal) and none of its orders is this one (the
  same year of order and the same count); after an offer or a request alone it is that deal, now ordered.
  Later mentions join it by the time rule above; a second report of the same follow-on order joins it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol, TypeVar

from materiel import lexicon

GAP = timedelta(days=365)
DEALT = ("ordered", "delivered")  # stages that show a deal of its own before a follow-on order
_BATCH = "|".join(sorted(lexicon.word_set("item_words", "batch_nouns")))
_BATCH_WORDS = "|".join(sorted(lexicon.word_set("item_words", "follow_on_batch_words")))
_MORE = "|".join(sorted(lexicon.word_set("item_words", "follow_on_words")))
FOLLOW_ON = re.compile(rf"\b(?:{_MORE})\b(?!\s+than\b)|\b(?:{_BATCH_WORDS})\s+(?:{_BATCH})\b", re.IGNORECASE)


class Clustered(Protocol):
    """What clustering reads of a mention (`consolidate.Mention`)."""

    id: int
    stage: str
    quantity: float | None
    quantity_text: str | None

    @property
    def span(self) -> tuple[date, date] | None: ...


M = TypeVar("M", bound=Clustered)


def is_follow_on(quantity_text: str | None) -> bool:
    """"30 more", "additional 12", "second batch of 10" are counts of a follow-on order; "more than 30" is not."""
    return bool(quantity_text and FOLLOW_ON.search(quantity_text))


def _year(m: Clustered) -> int | None:
    return m.span[0].year if m.span else None


def apart(m: Clustered, group: Sequence[Clustered]) -> bool:
    """m is a follow-on order that none of the group's orders is (see the module's text)."""
    if m.stage != "ordered" or not is_follow_on(m.quantity_text):
        return False
    if not any(o.stage in DEALT for o in group):
        return False  # an offer or a request before it: the same deal, now ordered
    return not any(o.stage == "ordered" and _year(o) == _year(m) and o.quantity == m.quantity for o in group)


def cluster(mentions: list[M]) -> list[list[M]]:
    """Split one key's mentions into records by time and follow-on orders (see the module's text)."""
    dated = sorted((m for m in mentions if m.span), key=lambda m: (m.span[0], m.id))  # type: ignore[index]
    groups: list[list[M]] = []
    ends: list[date] = []
    for m in dated:
        start, end = m.span  # type: ignore[misc]
        if groups and start <= ends[-1] + GAP and not apart(m, groups[-1]):
            groups[-1].append(m)
            ends[-1] = max(ends[-1], end)
        else:
            groups.append([m])
            ends.append(end)
    undated: list[list[M]] = []
    for m in sorted((m for m in mentions if not m.span), key=lambda m: m.id):
        if undated and not apart(m, undated[-1]):
            undated[-1].append(m)
        else:
            undated.append([m])
    return [sorted(g, key=lambda m: m.id) for g in groups + undated]


__all__ = ["GAP", "apart", "cluster", "is_follow_on"]
