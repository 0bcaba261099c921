"""The thirty-second session's moves (no new rule): parts of the files at the 300-line limit moved into small
modules (register_rows, frames/bars, frames/predicate_readings, frames/prep_phrases, frames/load_destinations,
frames/seized_context, mentions/topic_sources, mentions/speakers, mentions/armed_groups, mentions/item_phrases,
civil_lexicon). These tests pin that the moved names are reachable where callers use them, that the mixins
stay in the finders' and resolver's class order, and the split between the two readings of a denied delivery of
ordered goods named by a pronoun:

- undone_deals.py: the delivery verb refuses the pronoun as its passive subject ("but they were never delivered",
  "but they were not sent") after an *order*: the order's row told again, delivered and negated, with its count;
- none_arrived.py (`_goods_denied`): an intransitive verb ("but they never arrived") or a purchase told as done
  ("bought ..., but they were never delivered"): a negated delivery with no count, the purchase demoted to ordered.
Where both could read a sentence, none_arrived skips the goods undone_deals has already negated."""
from __future__ import annotations

import pytest

from materiel.extraction import civil, civil_lexicon, pipeline, register_rows
from materiel.extraction.frames import bars, load_destinations, predicate_readings, prep_phrases, seized_context
from materiel.extraction.frames.frames import FrameFinder
from materiel.extraction.mentions import armed_groups, item_phrases, speakers, topic, topic_sources
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver


def test_moved_names_are_reachable_where_callers_use_them() -> None:
    assert civil.load is civil_lexicon.load and civil.words_pattern is civil_lexicon.words_pattern
    assert topic.dateline_state is topic_sources.dateline_state and topic.issuing_state is topic_sources.issuing_state
    assert "navy" in topic.TOPIC_BODIES
    assert callable(load_destinations.load_bound) and callable(load_destinations.bound_later)
    assert callable(seized_context.in_context) and callable(register_rows.transfer_of)
    assert pipeline.get_extractor is not None


def test_mixins_keep_their_place_in_the_class_order() -> None:
    order = [c.__name__ for c in FrameFinder.__mro__]
    assert order.index("PrepPhrases") < order.index("Chains")  # its methods before Chains' stubs
    assert bars.BarNouns in FrameFinder.__mro__ and predicate_readings.PredicateReadings in FrameFinder.__mro__
    assert prep_phrases.PrepPhrases in FrameFinder.__mro__
    assert issubclass(ActorResolver, armed_groups.ArmedGroups) and issubclass(ActorResolver, speakers.Speakers)
    assert issubclass(ItemFinder, item_phrases.ItemPhrases)


def _negated(extractor, text: str) -> list:  # noqa: ANN001
    return [t for t in extractor.extract_text(text).transfers if t.stage == "delivered" and t.factuality == "negated"]


@pytest.mark.parametrize("text, count", [
    ("Peru ordered 12 Falcon-7 jets from Brazil in 2015, but they were never delivered.", 12),
    ("Chile ordered four Korvet patrol boats from Spain, but they were not delivered.", 4),
    ("Peru signed for 20 Kestrel drones from Brazil, but they were never sent.", 20),
])
def test_an_order_whose_goods_were_never_delivered_keeps_its_count(extractor, text: str, count: int) -> None:  # noqa: ANN001
    rows = _negated(extractor, text)
    assert len(rows) == 1 and rows[0].quantity == count and "none-arrived" not in rows[0].rule


@pytest.mark.parametrize("text", [
    "Peru ordered 12 Falcon-7 jets from Brazil in 2015, but they never arrived.",
    "Peru bought 12 Falcon-7 jets from Brazil in 2015, but they were never delivered.",
    "Peru purchased six Zorvan howitzers from Brazil in 2018, but they were never delivered to the army.",
])
def test_goods_that_never_arrived_or_a_purchase_told_as_done(extractor, text: str) -> None:  # noqa: ANN001
    rows = _negated(extractor, text)
    assert len(rows) == 1 and rows[0].quantity is None and rows[0].rule.endswith(":none-arrived")


@pytest.mark.parametrize("text", [
    "Peru ordered 12 Falcon-7 jets from Brazil in 2015, and they were delivered in 2017.",
    "Peru ordered 12 Falcon-7 jets from Brazil in 2015; the first arrived in 2017.",
])
def test_a_delivery_not_denied_gives_no_negated_row(extractor, text: str) -> None:  # noqa: ANN001
    assert not _negated(extractor, text)
