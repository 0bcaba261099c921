"""Parties filled from context (twenty-third session, second round, helper hI):

- a definite broad vehicle noun ("the lorries are here", "the vehicles") names again only an earlier vehicle,
  not a seized load of rifles or launchers told before: it takes no parties from that load
  (words.toml [context_fills] vehicle_scope; discourse.fill_from_context);
- a seizure and the destination of its load told in one sentence across a semicolon or a dash ("seized 30 rifles
  from a car; the weapons were meant for Y") link as two sentences do (extraction/joined_clauses.py).

Sentences written for these tests (invented firms, places and models; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows

SEIZED_THEN_VEHICLES = [
    "Police in Chad seized two pickups carrying Kestrel-7 rifles from Sudan to rebels in Cameroon in May. "
    "\"The trucks have arrived, the radios work,\" a colonel said.",
    "Customs in Tunisia intercepted 300 Tarn-4 grenade launchers shipped from Algeria to Libya last week. "
    "The vehicles arrived at the base on Friday, the ministry said.",
    "On 3 March, coast guards seized 40 Ostrava-2 mortars sent from Iran to Yemen. \"Our trucks have finally "
    "arrived,\" an officer told reporters.",
    "The navy stopped a dhow carrying 2,000 Kestrel-7 rifles from Iran to Somalia. "
    "Separately, the vehicles were handed over in Mogadishu, officials said.",
    "Border guards in Niger seized eighty Tarn-4 launchers smuggled from Libya to Mali in June. "
    "\"The trucks came, the vehicles came,\" the general said.",
    "Kenyan troops intercepted a lorry with 15 Ostrava-2 mortars from Uganda to South Sudan. "
    "Weeks later the trucks were delivered, according to a statement.",
    "Police seized 600 Kestrel-7 rifles sent by Sudan to Chad. The vehicles have arrived in N'Djamena, "
    "a spokesman said.",
    "Algerian customs seized Tarn-4 grenade launchers bound for Mali from Libya. The trucks arrived on Monday.",
]


@pytest.mark.parametrize("text", SEIZED_THEN_VEHICLES)
def test_vehicles_do_not_borrow_a_seized_load_of_other_goods(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(st == "delivered" and ("truck" in item or "vehicle" in item) and (s or r) for s, r, st, item, _ in rows), rows


VEHICLES_AGAIN = [
    ("Poland delivered 24 Ostrava-9 armoured personnel carriers to Ukraine in March. The vehicles arrived in "
     "Lviv on Friday.", "POL", "UKR"),
    ("Chile ordered 12 Tarn-4 tanks from Germany in 2019. The vehicles were delivered last year.", "DEU", "CHL"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), VEHICLES_AGAIN)
def test_vehicles_still_name_an_earlier_vehicle(extractor, text: str, supplier: str, recipient: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient for s, r, _, _, _ in rows), rows


JOINED = [
    ("Border guards seized 30 Kestrel-7 rifles from a car near the frontier; the weapons were meant for Mali.",
     "MLI", "rifles"),
    ("Coast guards seized 12 crates of mortar rounds from a dhow on Monday; the shipment was bound for Yemen.",
     "YEM", "mortar"),
    ("Customs officers seized 40 guns in a lorry from Serbia -- the guns were destined for Sweden.",
     "SWE", "gun"),
    ("Police seized 200 grenades in the port — the cargo was headed for Libya.", "LBY", "grenades"),
    ("The navy intercepted a boat carrying 500 rifles from Iran; it was bound for Yemen.", "YEM", "rifles"),
    ("In June, Greek officers seized 3,000 Kestrel-7 pistols on a freighter; they were destined for Libya, "
     "the coast guard said.", "LBY", "pistols"),
    ("Police seized nine Tarn-4 launchers at the border crossing – the load was bound for Chad.", "TCD", "launchers"),
    ("According to a statement, customs seized 70 Ostrava-2 mortars in Mombasa; the weapons were destined for "
     "Somalia.", "SOM", "mortars"),
]


@pytest.mark.parametrize(("text", "recipient", "word"), JOINED)
def test_a_seized_load_takes_the_destination_of_the_joined_clause(extractor, text: str, recipient: str,  # noqa: ANN001
                                                                  word: str) -> None:
    rows = _rows(extractor, text)
    assert any(r == recipient and st == "intercepted" and word in item for _, r, st, item, _ in rows), rows


JOINED_NEGATIVE = [
    "Police seized 200 grenades in the port — the minister was flying to Libya on Monday.",
    "Border guards seized 30 rifles from a car; the driver was heading for Mali on holiday.",
]


@pytest.mark.parametrize("text", JOINED_NEGATIVE)
def test_another_clause_without_the_load_gives_no_destination(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r for _, r, _, _, _ in rows), rows


UNKNOWN_BUYERS = [
    "Switzerland refused Austria's request to pass on 14 Ostrava-9 armoured vehicles to Ukraine. "
    "\"Our neighbours bought these vehicles legally and paid for them,\" an Austrian deputy said.",
    "Norway blocked the re-export of 30 Tarn-4 howitzers from Finland to Estonia. The smugglers bought the "
    "howitzers in 2015, a prosecutor told the court.",
    "Spain declined a request by Chile to transfer 12 Kestrel-7 rifles to Bolivia. Local militias later acquired "
    "the rifles on the black market, according to the cable.",
    "Italy refused to let Greece pass on 40 Ostrava-2 mortars to Ukraine. \"Our allies purchased these weapons, "
    "and they are theirs to give,\" a Greek official said.",
    "In March, Sweden turned down Norway's application to re-export 8 Tarn-4 radars to Ukraine. "
    "A private collector had bought the radars at auction, the ministry said in a written answer.",
    "Austria refused Hungary's request to send 20 Kestrel-7 rifles to Serbia. Criminal gangs then bought the "
    "weapons, police said.",
    "Belgium vetoed the transfer of 16 Ostrava-9 vehicles from the Netherlands to Ukraine. Two traders bought "
    "the vehicles later that year, the tracker shows.",
    "Germany refused Poland's request to pass on 10 Tarn-4 tanks to Ukraine. \"The farmers bought these tanks "
    "for scrap,\" the minister wrote.",
]


@pytest.mark.parametrize("text", UNKNOWN_BUYERS)
def test_an_unknown_buyer_borrows_no_earlier_recipient(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(st in ("delivered", "ordered") and r == "UKR" or r in ("EST", "BOL", "SRB") and st != "refused"
                   for _, r, st, _, _ in rows), rows
    assert any(st == "refused" for _, _, st, _, _ in rows), rows


KNOWN_BUYERS = [
    ("Chile ordered 12 Tarn-4 howitzers from Spain in 2019. The howitzers were delivered in May.", "ESP", "CHL"),
    ("Peru bought 20 Ostrava-9 vehicles from Brazil in 2018. They arrived in Callao in June.", "BRA", "PER"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), KNOWN_BUYERS)
def test_the_item_told_again_still_takes_its_parties(extractor, text: str, supplier: str,  # noqa: ANN001
                                                     recipient: str) -> None:
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and st == "delivered" for s, r, st, _, _ in rows), rows


def test_a_country_told_again_still_buys(extractor) -> None:  # noqa: ANN001
    text = ("Chile lent one Tarn-2 transport aircraft to Peru in May. The minister recalled that his country had "
            "ordered two Tarn-4 helicopters from Brazil, which are expected next year.")
    rows = _rows(extractor, text)
    assert any(s == "BRA" and r == "PER" and st == "ordered" and "Tarn-4" in item for s, r, st, item, _ in rows), rows


# The lead's mends when re-merging (twenty-third session): the scope of a broad vehicle noun applies only against a
# seized load, so a counterparty told before still lends its supplier to a lot of another kind ("armoured
# ambulances" after aircraft bought from the same supplier), and "the customer" is a party told before.
MENDED = [
    ("Report\n\nGhana bought four Orlen-3 aircraft from Finland in 2021.\nThe minister said Finland would train "
     "Ghanaian crews and that six armoured ambulances handed over last spring had all reached Ghana via Togo.",
     "FIN", "GHA", "ambulances"),
    ("Saab wins Ghanaian order\n\nGhana has ordered 12 Varna-4 radars, the Swedish company said on Friday. The "
     "customer has also ordered 20 Varna-9 mortar systems from Saab.", "SWE", "GHA", "Varna-9"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), MENDED)
def test_a_counterparty_still_lends_across_kinds(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and word in item for s, r, _, item, _ in rows), rows
