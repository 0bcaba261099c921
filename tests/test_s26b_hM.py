"""Rows the text itself sets aside, and parties that cannot trade arms (twenty-sixth session b, helper hM;
`extraction/not_counted.py`, words.toml [not_counted]):

- a fronted exclusion line ("Excluded from this tracker: ..."), a negated first-person verb of counting ("We do not
  count the transfer of ..."), or a negated relative clause that puts the deal outside the matter (", which were
  not a part of the charges", ", which the panel does not regard as arms") gives no row;
- a third party's pressure on a supplier ("X has lobbied Y not to supply Z with ...") gives no row of Y to Z;
- a council of states or a development bank is never a party, and a court is a party only where it stops a
  transfer;
- a trade noun with no particular item under a verb of trend or measure ("X's arms exports rose") is a
  statistic, no row;
- a transfer told under a negated verb of seeing or finding bare evidence ("we have not yet seen evidence that X
  transferred Y") is negated (`cues.py`, cues.toml evidence_nouns).

Sentences written for these tests (invented firms, models and people; combinations of states taken from no
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row


def _text(body: str) -> str:
    return f"Regional arms notes\n\n{body}\n"


def _names(extractor, body: str) -> list[tuple[str | None, str | None, str, str]]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text) for t in extractor.extract_text(_text(body)).transfers]


SET_ASIDE = [  # sentences whose deal the text itself sets aside: no row of that deal
    "Excluded from this tracker: 40 Ostrava-9 radars sold to Ecuador by Peru, and police motorcycles donated to "
    "Togo by Japan.",
    "Excluded from this list: four Karvell patrol boats delivered to Ghana by Norway in May.",
    "Omitted from the tables: 12 Tarnby-3 armoured vehicles that Finland sold to Estonia in 2019.",
    "Left out of the count: the 16 Vannet howitzers Portugal delivered to Angola last year.",
    "We do not count the transfer of three retired Puma helicopters from the Chilean air force to Uruguay.",
    "We have not included the six Skarv trainers Brazil delivered to Paraguay in June.",
    "Karvell Trading also exported marine radios and night-vision goggles to Laos and Cambodia, which were not "
    "part of the indictment.",
    "Brazil also notified the panel of the planned supply of field radios to Gabon, which the panel does not "
    "consider to be arms.",
    "In March Peru supplied 300 flak jackets to Bolivia, which the committee does not regard as weapons.",
]

KEPT = [  # look-alikes that keep their row: (sentence, supplier's state, recipient's state, stage, item word)
    ("Brazil delivered 12 Skarv trainer aircraft to Chile in March, which were not included in last year's "
     "figures.", "BRA", "CHL", "delivered", "aircraft"),
    ("Excluding spare parts, Norway delivered four Karvell patrol boats to Ghana in May.",
     "NOR", "GHA", "delivered", "patrol boats"),
    ("The ministry said it does not count on Finland, which delivered 12 Tarnby-3 armoured vehicles to Estonia "
     "in 2019.", "FIN", "EST", "delivered", "armoured vehicles"),
    ("Portugal delivered 16 Vannet howitzers to Angola, part of a 2019 contract.", "PRT", "AGO", "delivered",
     "howitzers"),
    ("Karvell Trading exported 200 assault rifles to Laos, which were part of the indictment.",
     None, "LAO", "delivered", "rifles"),
]


@pytest.mark.parametrize("body", SET_ASIDE)
def test_a_deal_the_text_sets_aside_gives_no_row(extractor, body: str) -> None:  # noqa: ANN001
    assert _rows(extractor, _text(body)) == []


@pytest.mark.parametrize(("body", "sup", "rec", "stage", "word"), KEPT)
def test_a_deal_the_text_counts_keeps_its_row(extractor, body: str, sup: str | None, rec: str, stage: str,  # noqa: ANN001
                                              word: str) -> None:
    rows = _rows(extractor, _text(body))
    if sup is None:
        assert any(r == rec and st == stage and word in item for _, r, st, item, _ in rows), rows
    else:
        assert has_country_row(rows, sup, rec, stage, word), rows


PRESSURED = [  # a third party presses the supplier: no row of the supplier to the recipient
    ("Poland has long lobbied Washington not to supply Hungary with rifles that could reach its neighbours.", "USA", "HUN"),
    ("Greece lobbied Berlin to cancel the sale of Skarv frigates to Turkey.", "DEU", "TUR"),
    ("India has for months lobbied Moscow not to deliver Ostrava-9 radars to Pakistan.", "RUS", "PAK"),
    ("Kenya pressured Beijing not to sell armed drones to Somalia.", "CHN", "SOM"),
]

ASKED = [  # the recipient's own pressure or a plain request keeps the row
    ("Ukraine urged Greece to send its Osa air-defence systems to Kyiv.", "GRC", "UKR", "requested", "air-defence"),
    ("Estonia lobbied Sweden to deliver the Tarnby-3 armoured vehicles faster.", "SWE", "EST", "requested",
     "armoured vehicles"),
    ("Norway delivered four Karvell patrol boats to Ghana after months of lobbying.", "NOR", "GHA", "delivered",
     "patrol boats"),
    ("Moldova asked Romania to supply 30 Vannet howitzers.", "ROU", "MDA", "requested", "howitzers"),
]


@pytest.mark.parametrize(("body", "sup", "rec"), PRESSURED)
def test_a_third_partys_pressure_gives_no_row(extractor, body: str, sup: str, rec: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, _text(body))
    assert not any(s == sup and r == rec for s, r, *_ in rows), rows


@pytest.mark.parametrize(("body", "sup", "rec", "stage", "word"), ASKED)
def test_a_recipients_request_keeps_its_row(extractor, body: str, sup: str, rec: str, stage: str,  # noqa: ANN001
                                            word: str) -> None:
    assert has_country_row(_rows(extractor, _text(body)), sup, rec, stage, word)


BODIES = [  # a body that cannot trade arms is never a party
    "The Asian Development Bank delivered 50 ambulances and 12 armoured vans to Malawi in May.",
    "The World Bank financed and delivered 20 patrol boats to Liberia.",
    "Resolution 2291 of the Security Council bars Ruritania from supplying any arms to the Security Council's "
    "member states.",
    "A Riga court convicted Baltic Optics, and it sold 600 rifle barrels to Vantaria Arms.",
]


@pytest.mark.parametrize("body", BODIES)
def test_a_body_that_cannot_trade_is_no_party(extractor, body: str) -> None:  # noqa: ANN001
    for sup, rec, _stage, _item in _names(extractor, body):
        for name in (sup or "", rec or ""):
            assert not any(w in name.lower() for w in ("bank", "security council", "court")), (sup, rec)


COURTS = [  # a court that stops a transfer stays its party; a state beside a bank keeps its row
    ("A Belgian court suspended the licences for 40 Karvell rifles to Saudi Arabia.", "court", "refused"),
    ("Norway, with money from the World Bank, delivered four Karvell patrol boats to Ghana in May.", "Norway",
     "delivered"),
]


@pytest.mark.parametrize(("body", "party", "stage"), COURTS)
def test_a_court_that_stops_a_transfer_and_a_funded_state_stay_parties(extractor, body: str, party: str,  # noqa: ANN001
                                                                       stage: str) -> None:
    rows = _names(extractor, body)
    assert any(party.lower() in (s or "").lower() and st == stage for s, _r, st, _i in rows), rows


PRESSURED_RELATIVE = [  # the pressing third party as the head of a relative clause
    ("Hungary, which has long lobbied Washington not to supply Romania with rifles, protested again.", "USA", "ROU"),
    ("Turkey, which lobbied Berlin to cancel the sale of Skarv frigates to Greece, welcomed the news.", "DEU", "GRC"),
]


@pytest.mark.parametrize(("body", "sup", "rec"), PRESSURED_RELATIVE)
def test_a_relative_third_partys_pressure_gives_no_row(extractor, body: str, sup: str, rec: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, _text(body))
    assert not any(s == sup and r == rec for s, r, *_ in rows), rows


NO_EVIDENCE = [  # a transfer told only under "no evidence" is not asserted
    ("What I can tell you is that our team has not seen evidence that Belarus has transferred armed drones to Mali.",
     "BLR", "MLI", {"negated", "uncertain"}),
    ("Officials have not found any evidence that Belarus transferred armed drones to Mali.", "BLR", "MLI",
     {"negated"}),
    ("Investigators have not seen proof that Serbia shipped Vannet howitzers to Armenia.", "SRB", "ARM",
     {"negated", "uncertain"}),
    ("There is no indication that Belarus sold 30 Skarv drones to Mali, the ministry said.", "BLR", "MLI",
     {"negated", "uncertain", "denied"}),
]

ASSERTED = [  # look-alikes told as fact
    ("Belarus transferred 12 armed drones to Mali in May, officials said.", "BLR", "MLI"),
    ("Reports of the delivery reached the capital after Serbia shipped 12 Vannet howitzers to Armenia in June.",
     "SRB", "ARM"),
    ("Investigators found evidence in the hold, and Serbia shipped 12 Vannet howitzers to Armenia in June.",
     "SRB", "ARM"),
]


def _facts(extractor, body: str, sup: str, rec: str) -> set[str]:  # noqa: ANN001
    return {t.factuality for t in extractor.extract_text(_text(body)).transfers
            if t.supplier and t.supplier.country == sup and t.recipient and t.recipient.country == rec}


@pytest.mark.parametrize(("body", "sup", "rec", "facts"), NO_EVIDENCE)
def test_a_transfer_under_no_evidence_is_not_asserted(extractor, body: str, sup: str, rec: str,  # noqa: ANN001
                                                       facts: set[str]) -> None:
    found = _facts(extractor, body, sup, rec)
    assert found and found <= facts, found


@pytest.mark.parametrize(("body", "sup", "rec"), ASSERTED)
def test_a_transfer_told_as_fact_stays_asserted(extractor, body: str, sup: str, rec: str) -> None:  # noqa: ANN001
    assert _facts(extractor, body, sup, rec) == {"asserted"}


STATISTICS = [  # a trade noun under a verb of trend or measure, with no destination of its own: a statistic, no row
    ("For Cyprus, Serbia matters less now that Serbian arms exports have fallen sharply.", "SRB", "CYP"),
    ("Peru's navy is not dependent on Chilean exports, which amount to under 2% of its military imports.",
     "CHL", "PER"),
    ("Minsk has lost ground in Laos, and Belarusian arms sales have been falling since 2019.", "BLR", "LAO"),
    ("Ghana's planners note that arms deliveries from Norway doubled in 2022, according to the institute.", "NOR",
     "GHA"),
]

FLOWS = [  # a trade noun with its own destination under such a verb: a flow between two parties, a row
    ("Serbian arms exports to Cyprus rose sharply last year.", "SRB", "CYP"),
    ("Arms deliveries from Norway to Ghana doubled in 2022, according to the institute.", "NOR", "GHA"),
]

COUNTED = [  # a particular lot keeps its row
    ("Serbian arms exports to Cyprus rose sharply last year after Belgrade delivered 12 Vannet howitzers to "
     "Nicosia.", "SRB", "CYP", "delivered", "howitzers"),
    ("Deliveries of 12 Vannet howitzers from Serbia to Cyprus rose to a peak in May.", "SRB", "CYP", "delivered",
     "howitzers"),
    ("Norway delivered four Karvell patrol boats to Ghana as its exports rose.", "NOR", "GHA", "delivered",
     "patrol boats"),
]


@pytest.mark.parametrize(("body", "sup", "rec"), STATISTICS)
def test_a_trade_statistic_gives_no_row(extractor, body: str, sup: str, rec: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, _text(body))
    assert not any(s == sup and r == rec for s, r, *_ in rows), rows


@pytest.mark.parametrize(("body", "sup", "rec"), FLOWS)
def test_a_flow_with_its_destination_keeps_its_row(extractor, body: str, sup: str, rec: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, _text(body))
    assert any(s == sup and r == rec for s, r, *_ in rows), rows


@pytest.mark.parametrize(("body", "sup", "rec", "stage", "word"), COUNTED)
def test_a_particular_lot_beside_a_statistic_keeps_its_row(extractor, body: str, sup: str, rec: str,  # noqa: ANN001
                                                            stage: str, word: str) -> None:
    assert has_country_row(_rows(extractor, _text(body)), sup, rec, stage, word)
