"""The review layer's summary on a record: how many of its mentions await a decision, who reviewed
them, whether any was corrected or all rejected, and how much a decision on it is worth (the queue)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from materiel.store.schema import RecordRow


class Decided(Protocol):
    """A mention as consolidation reads it, with its analyst's decision."""

    decision: str | None
    reviewer: str | None


def priority(contradiction: bool, sources: int, confidence: float, mentions: int) -> float:
    """How much a decision on a record is worth (the review queue, highest first): a contradiction
    first, then a single source, then low confidence, then many mentions (as migration 0006 computes it)."""
    return 4 * contradiction + 2 * (sources <= 1) + (1 - confidence) + min(mentions, 999) / 1_000_000


def reviewed(record: RecordRow, group: Sequence[Decided]) -> RecordRow:
    """`record` with the review layer's summary of its mentions."""
    record.unreviewed = sum(m.decision is None for m in group)
    record.reviewers = ", ".join(sorted({m.reviewer for m in group if m.reviewer})) or None
    record.corrected = any(m.decision == "corrected" for m in group)
    record.rejected = all(m.decision == "rejected" for m in group)
    record.review_priority = priority(record.contradiction, record.sources, record.confidence, record.n_mentions)
    return record
