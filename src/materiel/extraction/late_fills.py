"""Three groups of the pipeline's fills of a row's missing parties, each run at its point of the pipeline:

- `in_context`: the recipient of a statement naming the row's supplier another's supplier ("X remains Y's main
  supplier: it has delivered A"; `supplier_statements`), or a statement of its aid to another ("X has provided
  aid to Y. It delivered A"; `aid_statements`), no supplier where the text says it names none
  (`unnamed_suppliers`), then the fill from the sentences just before
  (`discourse.fill_from_context`);
- `after_context`, right after the fill from the sentences just before (`discourse.fill_from_context`): a
  paragraph's own buying state over a recipient inherited from an earlier paragraph
  (`paragraph_recipients`), then "the same government" as the party of that role told before (`same_party`);
- `from_document`, last: the one counterparty the document's complete rows give (`document_parties`), the lead
  firm of a firm-centred report (`lead_firm`), the envoy pair of an envoy's text (`envoy_parties`); then
  the maker an item's own phrase names over a borrowed supplier (`item_makers`)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from materiel.extraction import (
    aid_statements,
    discourse,
    fleet_holders,
    fronted_sources,
    item_makers,
    listed_handovers,
    makers_after,
    market_places,
    onward_holders,
    paragraph_recipients,
    participle_buyers,
    programme_donors,
    same_party,
    supplier_statements,
    unnamed_suppliers,
)
from materiel.extraction.discourse import Row
from materiel.extraction.document_parties import fill_from_document
from materiel.extraction.envoy_parties import fill_from_envoy
from materiel.extraction.lead_firm import fill_from_lead_firm
from materiel.extraction.left_out_parts import left_out
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver


def in_context(rows: list[Row], res: ActorResolver, by_sentence: list[tuple[Any, list[Any]]], items: ItemFinder) -> None:
    """"X remains Y's main supplier: it has delivered A": Y; "without naming a supplier": none; then the parties of
    the sentences just before."""
    fronted_sources.fill(rows, res)  # "(b) from X, the delivery of A to Y": X
    supplier_statements.fill(rows, by_sentence, res, items)
    aid_statements.fill(rows, by_sentence, res)  # "X has provided aid to Y. In 2014 it delivered A": Y
    programme_donors.fill(rows, res)  # "given to X under a Spanish aid programme": Spain
    unnamed_suppliers.mark(rows)
    participle_buyers.fill(rows, res)  # "jets, bought from X, were unloaded at a <city> base": that state
    listed_handovers.fill(rows, by_sentence)  # "X has handed ships to navies:" then "- Y received A"
    discourse.fill_from_context(rows)
    onward_holders.fill(rows)  # "X bought A from Y. Ten of those were sold to Z": X, the holder, sells
    rows[:] = left_out(rows, by_sentence, items)  # "delivered without their missiles": a negated row of each


def after_context(rows: list[Row], res: ActorResolver, by_sentence: list[tuple[Any, list[Any]]], items: ItemFinder) -> None:
    """"X bought A. || Y has bought little. An offer of B ...": Y's; "to the same government": the one told before;
    "took delivery of a frigate. The ship, built by X, ...": X (makers_after.py)."""
    paragraph_recipients.fill(rows, res)
    same_party.fill(rows)
    makers_after.fill(rows, by_sentence, res, items)
    fleet_holders.fill(rows, res)  # "The X navy operates a small fleet. Five A were donated by Y": X


def from_document(rows: list[Row], res: ActorResolver, complete: Callable[[Row], bool]) -> None:
    """"the RSF had received X": the one supplier the text gives it; "X has won an order. The Chilean army has
    ordered ...": X; "Remarks by the Canadian Ambassador to Ghana": "this aircraft" is Canada's gift to Ghana."""
    market_places.fill(rows, res)  # "X bought six rifles in Ruritania": the state where it bought
    fill_from_document(rows, res, complete)
    fill_from_lead_firm(rows, res, complete)
    fill_from_envoy(rows, res, complete)
    item_makers.fill(rows, res)  # "signed for two Velmar K-12s": the maker the item names, not a borrowed supplier
