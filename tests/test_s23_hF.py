"""Rows that should not exist (twenty-third session, helper hF):

- a choice still open tells no transfer: "X has not said whether its navy will buy Y", "declined to say whether it
  would send Z", "the test will be whether W approves Y" (`open_choices.py`); a past "whether" clause stays an
  uncertain row, a request put to the party asked stays a request; a condition laid down as a demand ("would
  send the frigates only if X supplied two more") is no event either;
- a deal noun that sums up its sentence's named transfer in generic words ("its first purchase of a major
  weapons system", "the latest in a long series of weapons deals with X") is no second row (`restated_generic.py`);
  a generic item listed under the same verb, or told by a verb of its own, stays; a single deal noun ranked
  among the parties' deals ("the first major arms sale by an Asian state to X") sums up a named
  transfer told anywhere in the text;
- a standing practice told in a present-simple relative clause ("a firm that supplies thermal sights to X",
  "equipment X receives free of charge", "weapons they supply") is no transfer (`standing_clauses.py`); a past
  relative clause and a charge denied stay;
- a platform armed is no transfer ("trainer jets, which could be armed for close support", "the boats, which
  are armed with machine guns", `fitted_items.py`); a party armed stays.

Sentences written for these tests (invented firms, models and combinations of states; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity, t.factuality) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], supplier: str, recipient: str, stage: str, word: str) -> bool:
    return any(s == supplier and r == recipient and st == stage and word in item.lower()
               for s, r, st, item, _, _ in rows)


OPEN_CHOICES = [
    "Peru has not said whether its navy will buy the Karvell-class frigates from Norway.",
    "The Finnish foreign ministry declined to say whether it would send new rifles to Kenya.",
    "The real test will be whether Vienna approves the Tarn-3 missiles for Peru.",
    "The defence ministry in Lima had been expected to announce by June whether it would order the frigates "
    "from Norway.",
    "Chile has yet to decide whether Finland will supply it with 12 Ostrava-9 radars.",
    "Asked on Tuesday, a spokesman would not say whether Oslo could deliver the Karvell-class frigates to Peru "
    "this year.",
    "It remains unclear whether the Austrian government will approve the sale of Tarn-3 missiles to Chile.",
    "Ministers must now decide if Finland can sell eight Varna-7 jets to Kenya.",
    "Lawmakers in Santiago want to know whether Norway will lease two Karvell-class frigates to Chile.",
]


@pytest.mark.parametrize("text", OPEN_CHOICES)
def test_an_open_choice_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


KEPT = [
    ("Norway delivered two Karvell-class frigates to Peru in May, the ministry said.", "NOR", "PER", "delivered",
     "frigates"),
    ("Officials would not confirm whether Norway had delivered the Karvell-class frigates to Peru.", "NOR", "PER",
     "delivered", "frigates"),
    ("Parliament asked Austria whether it could export 40 Tarn-3 missiles to Peru.", "AUT", "PER", "requested",
     "tarn-3"),
    ("Finland agreed to sell 12 Ostrava-9 radars to Chile, though Santiago has not said whether its army will buy more.",
     "FIN", "CHL", "ordered", "ostrava-9"),
    ("If Norway delivers the Karvell-class frigates to Peru on time, the navy will retire its old corvettes.",
     "NOR", "PER", "delivered", "frigates"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), KEPT)
def test_a_told_transfer_keeps_its_row(extractor, text: str, supplier: str, recipient: str, stage: str,  # noqa: ANN001
                                       word: str) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, stage, word)


SUMMED_UP = [
    ("Peru has agreed to buy 12 Karvell-7 howitzers from Norway, in what would be Lima's first purchase of a big "
     "Norwegian weapons system.", "NOR", "PER", "karvell-7"),
    ("Chile has signed a contract with Finland to buy the Ostrava-9 radar, the latest in a long series of Finnish "
     "weapons deals with Santiago.", "FIN", "CHL", "ostrava-9"),
    ("Kenya ordered 20 Varna-7 armoured vehicles from Austria, its largest arms purchase from Austria in a decade.",
     "AUT", "KEN", "varna-7"),
    ("The sale of 30 Varna-7 tanks to Kenya is the first major arms sale by Austria to an African state.",
     "AUT", "KEN", "varna-7"),
    ("Austria sold eight Tarn-3 launchers to Chile in March, its biggest weapons sale to Santiago since 1990.",
     "AUT", "CHL", "tarn-3"),
    ("Chile ordered 16 Karvell-9 patrol boats from Norway on Monday, its largest defence equipment purchase in two "
     "decades.", "NOR", "CHL", "karvell-9"),
    ("Kenya signed a deal with Finland for 40 Varna-7 trucks, the first arms deal between the two countries.",
     "FIN", "KEN", "varna-7"),
    ("Helsinki will sell 24 Varna-7 jets to Lima, the first major arms deal between Finland and Peru.", "FIN", "PER",
     "varna-7"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), SUMMED_UP)
def test_a_summing_deal_noun_gives_no_second_row(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                  word: str) -> None:
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and word in item.lower() for s, r, _, item, _, _ in rows)
    assert len(rows) == 1, rows


OWN_GENERIC = [
    ("Austria delivered 20 Varna-7 armoured vehicles, weapons and medical supplies to Kenya.", "AUT", "KEN",
     "weapons"),
    ("Finland has sold arms to Chile for decades.", "FIN", "CHL", "arms"),
    ("Norway sold 12 Karvell-7 howitzers to Peru in 2019 and has since delivered other weapons to Lima.", "NOR",
     "PER", "weapons"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), OWN_GENERIC)
def test_a_generic_item_of_its_own_stays(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                         word: str) -> None:
    assert any(s == supplier and r == recipient and word in item.lower()
               for s, r, _, item, _, _ in _rows(extractor, text))


STANDING = [
    ("Austria has delivered 30 Varna-7 trucks to Kenya.\nThe audit also covers equipment Kenya receives free of "
     "charge.", "equipment"),
    ("Finland has given Peru 40 Tarn-3 missiles.\nThe ministry urged allies to let Peru use weapons they supply "
     "against targets across the border.", "weapons"),
    ("The shells, which Chilean firms produce under licence from Finland, are in short supply.", "shells"),
    ("Austria has sent Kenya 20 Varna-7 armoured vehicles.\nKenyan officers say the Austrian aid still leaves out the "
     "heavy weapons that they want.", "heavy weapons"),
    ("Finland signed a deal with Chile for 16 Ostrava-9 radars.\nOstrava Optics, which supplies thermal sights to "
     "Chile, is a Finnish company.", "thermal"),
]


@pytest.mark.parametrize(("text", "word"), STANDING)
def test_a_standing_practice_gives_no_row(extractor, text: str, word: str) -> None:  # noqa: ANN001
    assert not any(word in item.lower() for _, _, _, item, _, _ in _rows(extractor, text))


def test_the_deal_told_before_a_standing_practice_stays(extractor) -> None:  # noqa: ANN001
    text = "Austria has delivered 30 Varna-7 trucks to Kenya.\nThe audit also covers equipment Kenya receives free of charge."
    assert ("AUT", "KEN", "delivered", "Varna-7 trucks", 30, "asserted") in _rows(extractor, text)


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), [
    ("The radars that Finland sold to Chile in 2019 are now in service.", "FIN", "CHL", "delivered", "radars"),
    ("Finland denied that it sells weapons to Kenya.", "FIN", "KEN", "delivered", "weapons"),
])
def test_a_past_or_denied_clause_stays(extractor, text: str, supplier: str, recipient: str, stage: str,  # noqa: ANN001
                                       word: str) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, stage, word)


FITTED = [
    ("Chile signed a contract with Finland for eight Varna-7 trainer jets, which could be armed for close "
     "support.", [("FIN", "CHL", "ordered", "Varna-7 trainer jets", 8, "asserted")]),
    ("Peru bought four Karvell-9 patrol boats from Norway in 2021.\nThe boats, which are armed with Ostrava-9 "
     "machine guns, arrived in Callao in May.", [("NOR", "PER", "delivered", "Karvell-9 patrol boats", 4, "asserted")]),
    ("Kenya ordered six Varna-7 light attack aircraft from Austria.\nThe aircraft, which will be armed with Tarn-3 "
     "rockets, are due in 2027.", [("AUT", "KEN", "ordered", "Varna-7 light attack aircraft", 6, "asserted")]),
    ("Kenya received two Varna-7 patrol craft from India in March.\nThe boats, which are armed with Ostrava-9 "
     "machine guns, arrived at Mombasa.", [("IND", "KEN", "delivered", "Varna-7 patrol craft", 2, "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), FITTED)
def test_a_platform_armed_gives_no_row(extractor, text: str, expected: list[Row]) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), [
    ("Austria armed the Kenyan army with 300 Varna-7 rifles in 2019.", "AUT", "KEN", "varna-7"),
    ("Kenyan rebels were armed by Finland with Tarn-3 missiles, the panel said.", "FIN", "KEN", "tarn-3"),
    ("The frigates are armed with Tarn-3 missiles supplied by Austria to Peru.", "AUT", "PER", "tarn-3"),
])
def test_a_party_armed_keeps_its_row(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                     word: str) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, "delivered", word)


MILESTONES = [
    "Austria agreed on Monday to sell 30 Varna-7 tanks to Kenya.\nIt is the first major arms sale by any European "
    "state to Kenya since 2006.",
    "Norway has signed a contract to supply Peru with two Karvell-9 frigates.\nOfficials in Oslo called it the largest "
    "arms deal between the two countries.",
    "Finland will deliver 16 Ostrava-9 radars to Chile next year.\nThe order is the latest defence equipment export "
    "from Helsinki to Santiago.",
]


@pytest.mark.parametrize("text", MILESTONES)
def test_a_ranked_deal_noun_gives_no_second_row(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert len(rows) == 1 and rows[0][4] is not None, rows


@pytest.mark.parametrize("text", [
    "Austria agreed on Monday to sell 30 Varna-7 tanks to Kenya.\nIn 2023 Austrian arms exports to Kenya doubled.",
    "Austria agreed on Monday to sell 30 Varna-7 tanks to Kenya.\nAustria supplied most of Kenya's major arms "
    "imports between 2015 and 2020.",
])
def test_a_flow_of_arms_stays_beside_a_named_deal(extractor, text: str) -> None:  # noqa: ANN001
    assert any(item == "arms" for _, _, _, item, _, _ in _rows(extractor, text))


DEMANDED = [
    ("Peruvian officials said Lima would consider selling the frigates to Chile only if Norway supplied two "
     "Karvell-9 frigates to replace them.", "karvell-9"),
    ("Chile said it would sign the deal only if Finland sold it 16 Ostrava-9 radars at cost.", "ostrava-9"),
    ("Kenya will buy the Varna-7 tanks only if Austria delivers 40 Tarn-3 missiles with them.", "tarn-3"),
]


@pytest.mark.parametrize(("text", "word"), DEMANDED)
def test_a_demanded_condition_gives_no_row(extractor, text: str, word: str) -> None:  # noqa: ANN001
    assert not any(word in item.lower() and stage != "refused" for _, _, stage, item, _, _ in _rows(extractor, text))


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), [
    ("Norway delivered two Karvell-9 frigates to Peru only after Lima paid in full.", "NOR", "PER", "delivered",
     "karvell-9"),
    ("Kenya will buy 30 Varna-7 tanks from Austria if the parliament approves the budget.", "AUT", "KEN",
     "ordered", "varna-7"),
])
def test_a_transfer_beside_a_condition_stays(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                             stage: str, word: str) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, stage, word)
