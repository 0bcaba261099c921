"""The counts a row takes from other tellings of the text, in order, after every party fill:

- a definite item told again takes the count told before (`definite_counts.inherit_counts`: "bought 24 trucks.
  ... The trucks were handed over": 24);
- an uncounted plural takes the count told just after (`counts_after`: "will equip it with helicopters. ... It
  will buy three X helicopters": three);
- one count before two plurals of one kind counts them together (`shared_counts`: "impounded 35 carbines and shotguns");
- an uncounted item takes the total told after it with no noun of its own (`total_counts`: "bought A helicopters.
  There were eight of them": eight);
- an uncounted item takes a count told again in words of its own (`restated_counts`: "sold A radars. The licence
  covers six radars", "A radars, a total of 14 units");
- an uncounted item broken down after a colon gives one row a count (`breakdowns`: "bought A howitzers from X: 36
  ordered in 2015 and 12 more ordered in 2022");
- a sale told done whose items have a smaller part told arrived after it is the order (`partial_arrivals`: "sold Y
  six X; five of them have arrived");
- a part told "of which" keeps its row, or takes its whole's count, as the whole's row says (`relative_rows`:
  "ordered 18 X, the last of which reached the air force in May": 18);
- an order cut down takes its smaller count (`reduced_counts`: "the deal for ten X is to go ahead, but with only
  five": five);
- a count told again on a pronoun or a bare number in the supplier's clause (`retold_counts`: "came from X, which
  sold Y twelve of them": twelve);
- last, a deal noun with its own count that continues the row of the same item told just before keeps its row
  (`continued_deals`: "delivered 33 A tanks to Y. A contract signed in 2006 covers 110 tanks in total")."""
from __future__ import annotations

from materiel.extraction.breakdowns import breakdown_rows
from materiel.extraction.continued_deals import continued_deals
from materiel.extraction.counts_after import counts_told_after
from materiel.extraction.definite_counts import inherit_counts
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.partial_arrivals import partial_arrivals
from materiel.extraction.reduced_counts import reduced_counts
from materiel.extraction.relative_rows import relative_rows
from materiel.extraction.restated_counts import restated_counts
from materiel.extraction.retold_counts import retold_counts
from materiel.extraction.shared_counts import shared_counts
from materiel.extraction.total_counts import totals_told


def told_counts(rows: list[Row], items: ItemFinder) -> list[Row]:
    """The rows with the counts other tellings give them (see the module)."""
    rows = relative_rows(retold_counts(rows), items.is_materiel)
    reduced_counts(rows)
    inherit_counts(rows, items)
    counts_told_after(rows)
    totals_told(rows)
    rows = restated_counts(rows)
    rows = continued_deals(shared_counts(breakdown_rows(rows, items.is_materiel)))
    partial_arrivals(rows)  # after every count: "The ships were sold to Y; the first was handed over" (two ships)
    return rows
