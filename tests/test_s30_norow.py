"""Seizures told as a finding whose object follows a place phrase of concealment (thirtieth session, helper norow):

- a place phrase set off by commas between the finding verb and its object ("they found, beneath the coal, 30
  rifles and 5,000 rounds") is parsed with the object inside the phrase (an apposition or conjunct of the place's
  noun, or a second object of its preposition); `frames/found._fronted` takes the first noun after the closing
  comma as the finding's object;
- a place of the finding that hides what was found under a cover (`concealing_preps` in predicates.toml:
  "beneath", "underneath", "below", "behind"), on the verb or on its object, makes the finding a seizure (stage
  "intercepted"), as a participle of hiding already does; the load's destination told next ("The consignment was
  bound for Y") is its recipient, as for other hidden finds.

A finding in a place that hides nothing ("found, in the archive, 30 letters"), a fronted place before something
that is not materiel, and a finding with no concealment nor searched conveyance give no row.

Sentences written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, int | None]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.item.text,
             t.stage, t.quantity) for t in extractor.extract_text(text).transfers]


FRONTED = [
    ("When police unloaded the lorries at a checkpoint, they found, beneath the coal, 30 rifles, two mortars and "
     "roughly 4,000 rounds of ammunition packed in sacks. The consignment was bound for the Red Hills Army, the army "
     "said.", "Red Hills Army", {("rifles", 30), ("mortars", 2)}),
    ("Customs officers found, beneath a layer of timber, 40 pistols and 3,000 cartridges. The shipment was destined "
     "for the Blue River Front.", "Blue River Front", {("pistols", 40), ("cartridges", 3000)}),
    ("Border guards found, underneath the bales of cotton, 25 assault rifles. The load was headed for the Red Hills "
     "Army, officials said.", "Red Hills Army", {("assault rifles", 25)}),
]

PLACED_AFTER = [
    ("Police discovered 30 pistols underneath sacks of rice at the port. The load was bound for the Red Hills Army.",
     "Red Hills Army", {("pistols", 30)}),
    ("Inspectors found 12 machine guns behind a false wall of the warehouse. The cargo was bound for the Eastern "
     "Ridge Army.", "Eastern Ridge Army", {("machine guns", 12)}),
]


@pytest.mark.parametrize(("text", "recipient", "items"), FRONTED + PLACED_AFTER)
def test_concealed_find_is_a_seizure(extractor, text: str, recipient: str, items: set[tuple[str, int]]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    got = {(item, q) for _s, r, item, stage, q in rows if stage == "intercepted" and r is not None and recipient in r}
    assert items <= got, rows


NEGATIVE = [
    "Investigators found, in the national archive, 30 letters about the rifles.",
    "Officers found, beneath the floor of the depot, an old map of the region. The map was bound for the museum.",
    "Police found 30 rifles in the armoury of the barracks. The report was sent to the ministry.",
    "Auditors found, behind the figures, 40 errors in the accounts of the arms agency.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_seizure_without_materiel_or_concealment(extractor, text: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[3] == "intercepted"]


# A deal made out "to" a buyer: the signer sells (frames/signed_exports.py), also when the deal's item follows
# "including" (extraction/included_deals.py).
SIGNED_TO = [
    ("Poland signed a contract for 40 armoured vehicles to Chile.", "Poland", "Chile", "armoured vehicles"),
    ("Poland has signed an export deal for patrol boats to Peru.", "Poland", "Peru", "patrol boats"),
    ("Poland won a contract for 40 armoured vehicles to Chile last year.", "Poland", "Chile", "armoured vehicles"),
    ("Chile's state shipyard has signed several export deals this year, including for patrol boats to Peru and "
     "Ecuador.", "Chile", "Ecuador", "patrol boats"),
    ("Poland signed three contracts in 2023, including one for 40 armoured vehicles to Chile.", "Poland", "Chile",
     "armoured vehicles"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), SIGNED_TO)
def test_signer_of_a_deal_to_a_buyer_sells(extractor, text: str, supplier: str, recipient: str, item: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s and supplier in s and r and recipient in r and item in it and st == "ordered"
               for s, r, it, st, _q in rows), rows


SIGNED_NOT_SOLD = [
    # the buyer's own force after "to": the signer buys
    ("Egypt signed a deal for 30 armoured vehicles to its army.", "Egypt"),
    # a seller named with "with": the signer buys
    ("Chile signed a contract with Poland for 40 armoured vehicles.", "Chile"),
    # "including" with no deal item
    ("Chile has signed several contracts this year, including for the maintenance of its ships.", "Chile"),
]


@pytest.mark.parametrize(("text", "signer"), SIGNED_NOT_SOLD)
def test_signer_not_made_a_seller(extractor, text: str, signer: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[0] is not None and signer in r[0]]
