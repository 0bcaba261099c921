"""The counts a row takes from other tellings of the text, in order, after every party fill:

- a definite item told again takes the count told before (`definite_counts.inherit_counts`: "bought 24 trucks.
  ... The trucks were handed over": 24);
- an uncounted plural takes the count told just after (`counts_after`: "will equip it with helicopters. ... It
  will buy three X helicopters": three);
- one count before two plurals of one kind counts them together (`shared_counts`: "impounded 35 carbines and shotguns")."""
from __future__ import annotations

from materiel.extraction.counts_after import counts_told_after
from materiel.extraction.definite_counts import inherit_counts
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.shared_counts import shared_counts


def told_counts(rows: list[Row], items: ItemFinder) -> list[Row]:
    """The rows with the counts other tellings give them (see the module)."""
    inherit_counts(rows, items)
    counts_told_after(rows)
    return shared_counts(rows)
