"""Stages of licences stopped, halted or revoked (twenty-fourth session, helper hB):

- a granting verb under a verb of stopping ("stopped approving permits for X to Y", "ceased issuing licences for the
  sale of X", "will no longer approve licences for X") withholds the licences: the transfer is refused, not offered
  (licence_lists.py, predicates.toml [governors] refuse "cease", "discontinue");
- halting or freezing an approval noun ("halted the approval of licences for X bound for Y") is a refusal by the
  one who halts it, not an offer declined (frames/modality.py, words.toml [revoked_licences] approval_nouns);
- goods bought or received "under licences that Z later revoked" give, beside the delivery, a refusal by the
  revoking state (revoked_licences.py, words.toml [revoked_licences]).

Sentences written for these tests (invented firms, places and models; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

STOPPED = [
    ("Ottawa had by then stopped approving fresh permits for military exports to Chile in October 2019.",
     "CAN", "CHL", "", None),
    ("The Danish export agency has ceased issuing permits for the sale of sniper rifles to Bahrain, the ministry said.",
     "DNK", "BHR", "sniper rifles", None),
    ("In March, Vienna halted the approval of new licences for armoured vehicles bound for Chad.",
     "AUT", "TCD", "armoured vehicles", None),
    ("Belgium will no longer approve licences for the export of rifles to Kenya, officials said.",
     "BEL", "KEN", "rifles", None),
    ("Finland has stopped approving licences for the export of forty mortars to Chile.", "FIN", "CHL", "mortars", 40),
    ("The Israeli defence ministry said it had stopped approving licences for drone exports to Peru.",
     "ISR", "PER", "drone", None),
    ("Since the coup, the Swiss government has stopped granting export permits for ammunition to Niger.",
     "CHE", "NER", "ammunition", None),
    ("After the elections Warsaw discontinued issuing licences for the transfer of 12 Tarn-4 howitzers to Ghana.",
     "POL", "GHA", "Tarn-4", 12),
    ("Prague froze the approval of export permits for 300 Karvell pistols to Uganda, the ministry said.",
     "CZE", "UGA", "pistols", 300),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "quantity"), STOPPED)
def test_a_licence_no_longer_granted_is_refused(extractor, text, sup, rec, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "refused", word, quantity), rows
    assert not [r for r in rows if r[1] == rec and r[2] in ("offered", "delivered")], rows


@pytest.mark.parametrize("text", [
    "Sweden continued approving licences for the export of radars to Brazil.",
    "The ministry stopped approving the budget for the navy.",
    "Oslo resumed issuing licences for the export of patrol boats to Ghana.",
])
def test_licences_still_granted_are_not_refused(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[2] == "refused"], _rows(extractor, text)


REVOKED = [
    ("Gabon bought 30 armoured trucks from Sweden under export licences that Stockholm later revoked.",
     "SWE", "GAB", "armoured trucks"),
    ("Chad received four patrol boats from France under a licence that Paris suspended in May.",
     "FRA", "TCD", "patrol boats"),
    ("The rifles were exported to Kenya by Belgium under licences which Brussels revoked last year.",
     "BEL", "KEN", "rifles"),
    ("Before the uprising, Oman had received Ostrava-9 radars from Norway under licences approved in 2012, "
     "which Oslo revoked in March as the protests began.", "NOR", "OMN", "Ostrava-9"),
    ("Peru obtained 200 Karvell carbines from Spain under a licence, which Madrid withdrew after the coup.",
     "ESP", "PER", "carbines"),
    ("Italy sold night-vision goggles to Bahrain under licences that Rome suspended in 2011, officials said.",
     "ITA", "BHR", "night-vision goggles"),
    ("It had obtained sniper rifles and pistols from Austria under licences which Vienna revoked in 2014.",
     "AUT", None, "sniper rifles"),
    ("Under licences that Berlin cancelled last year, Qatar had bought 24 Tarn-4 howitzers from Germany.",
     "DEU", "QAT", "Tarn-4"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), REVOKED)
def test_goods_under_a_revoked_licence_give_a_refusal(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chad's rearmament\n\n" + text) if rec is None else _rows(extractor, text)
    assert any(s == sup and st == "refused" and word in item and (rec is None or r == rec)
               for s, r, st, item, _ in rows), rows
    assert any(s == sup and st in ("delivered", "ordered") and word in item for s, _, st, item, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Gabon bought 30 armoured trucks from Sweden under export licences that Stockholm renewed in 2019.",
    "Chad received four patrol boats from France under a licence that Paris granted in May.",
    "Chad received four patrol boats from France under a licence that Paris never revoked.",
])
def test_goods_under_a_licence_kept_give_no_refusal(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[2] == "refused"], _rows(extractor, text)


WEIGHED = [
    ("A request from Ghana for a patrol vessel is being analysed by the French defence ministry, and a decision is "
     "expected next year.", "FRA", "GHA", "patrol vessel", None),
    ("Ghana's request for a patrol vessel is being studied by France.", "FRA", "GHA", "patrol vessel", None),
    ("France is studying Ghana's request for two patrol boats.", "FRA", "GHA", "patrol boats", 2),
    ("The Swedish government is reviewing a Peruvian request for 12 Tarn-4 howitzers.", "SWE", "PER", "Tarn-4", 12),
    ("Oslo said it was examining Kenya's request for armoured vehicles.", "NOR", "KEN", "armoured vehicles", None),
    ("Madrid is considering a Chilean request for forty mortars.", "ESP", "CHL", "mortars", 40),
    ("The ministry in Lisbon is evaluating the request from Ghana for a patrol vessel.", "PRT", "GHA",
     "patrol vessel", None),
    ("According to officials, a Kenyan request for 300 Karvell rifles was being assessed by Prague.",
     "CZE", "KEN", "rifles", 300),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "quantity"), WEIGHED)
def test_a_request_weighed_by_the_one_asked_stays_requested(extractor, text, sup, rec, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "requested", word, quantity), rows
    assert not [r for r in rows if r[2] in ("considered", "delivered")], rows


@pytest.mark.parametrize(("text", "stage"), [
    ("Ghana is studying the purchase of patrol vessels from France.", "considered"),
    ("The Italian government said it would review licences already granted for exports to Turkey.", None),
    ("Inspectors examined the wreckage of the helicopter in Ghana.", None),
])
def test_weighing_without_a_request_is_no_request(extractor, text, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "requested"], rows
    assert stage is None or any(r[2] == stage for r in rows), rows


HELD_BACK = [
    ("Norway built two corvettes for Peru but refused to hand them over after the coup.", "NOR", "PER", "corvettes"),
    ("Sweden refused to deliver the howitzers it had sold to Peru.", "SWE", "PER", "howitzers"),
    ("In 2014 Paris declined to hand over the two assault ships that it had built for Moscow.", "FRA", "RUS",
     "assault ships"),
    ("Italy sold six Karvell patrol boats to Ghana in 2019 but later refused to ship them, officials said.",
     "ITA", "GHA", "patrol boats"),
    ("The ministry said it had halted the transfer of the radars that Oslo sold to Peru in 2016.", "NOR", "PER",
     "radars"),
    ("Madrid sold forty armoured trucks to Kenya, but it then declined to release them.", "ESP", "KEN",
     "armoured trucks"),
    ("Berlin froze the delivery of the Tarn-4 howitzers that Germany had sold to Qatar.", "DEU", "QAT", "Tarn-4"),
    ("According to the ministry, Warsaw refused to export the 12 mortars it had sold to Chad.", "POL", "TCD",
     "mortars"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), HELD_BACK)
def test_a_sale_whose_goods_were_held_back_is_an_order_and_a_refusal(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "refused", word), rows
    assert not _has(rows, sup, rec, "delivered", word), rows


@pytest.mark.parametrize("text", [
    "Berlin sold 40 Tarn-4 howitzers to Chile and delivered them in 2018.",
    "Sweden delivered the howitzers it had sold to Peru.",
    "Chile took delivery of the howitzers that Sweden had sold to Peru and then bought back.",
])
def test_a_sale_whose_goods_were_handed_over_is_no_refusal(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "refused"], rows


NOT_INTENDED = [
    ("Germany does not intend to supply Tarn-4 howitzers to Ukraine, the chancellor said.", "DEU", "UKR", "Tarn-4"),
    ("Sweden does not plan to deliver more howitzers to Peru.", "SWE", "PER", "howitzers"),
    ("The ministry in Oslo said it did not intend to export the Ostrava-9 radar to Chile.", "NOR", "CHL",
     "Ostrava-9"),
    ("Madrid doesn't intend to send tanks to Kenya.", "ESP", "KEN", "tanks"),
    ("\"We do not plan to approve the transfer of 40 mortars to Chad at this time,\" a State Department "
     "spokesman said.", "USA", "TCD", "mortars"),
    ("Washington said it did not intend to approve the sale of armed drones to Ghana.", "USA", "GHA", "drones"),
    ("According to officials, Rome does not plan to sell Karvell patrol boats to Egypt.", "ITA", "EGY",
     "patrol boats"),
    ("Paris, which armed Chad for decades, does not intend to provide it with attack helicopters.", "FRA", "TCD",
     "helicopters"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), NOT_INTENDED)
def test_a_supplier_that_does_not_intend_to_supply_refuses(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "refused", word), rows


@pytest.mark.parametrize(("text", "stage"), [
    ("Peru does not plan to buy Tarn-4 howitzers from Sweden.", "considered"),
    ("Germany intends to supply tanks to Ukraine.", "considered"),
])
def test_a_buyer_not_planning_or_a_supplier_intending_is_no_refusal(extractor, text, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and not [r for r in rows if r[2] == "refused"] and any(r[2] == stage for r in rows), rows
