"""Diverted weapons and the buyer of a state's purchases (twenty-ninth session, helper hC):

- a state's personnel told by rank ("two army corporals", "a police sergeant"; [personnel_sources] ranks) who sell
  arms to a group or a go-between, also when a court sentences or convicts them for it ("sentenced two privates
  for selling", "was convicted of selling"; verdict_verbs, verdict_preps): the reseller supplies, for the state
  its phrase or the text names, else by its own words (`personnel_sources._own_phrase`);
- a courier or intermediary is a party told by role ([personnel_sources] couriers), and when the same sale names
  the group it was for ("to a courier for the X Front") the group's row stands alone (`go_between_rows`);
- "Y has used drones against the Z Front, including drones bought from X": the buyer is the use verb's subject,
  never the target the example hangs on ([arguments] user_example_preps, frames/users.py);
- "rifles used by the Z Front were originally exported by X": an onward chain, the group is no recipient of the
  export, nor is a party borrowed from around it ([arguments] chain_adverbs and state_only_verbs, frames/users.py,
  chain_exports.py);
- "rifles seized from the Z Front were bought from arms traders": the one they were seized from bought them
  ([arguments] holder_participles, holder_preps), and traders are a party told by role ([described] trader_heads).

Sentences written for these tests (invented groups, places and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


def _has(rows: list[Row], sup: str, rec: str, word: str, quantity: int | None = None) -> bool:
    return any(s is not None and r is not None and sup in s.lower() and rec in r.lower() and word in item.lower()
               and stage == "delivered" and (quantity is None or q == quantity) for s, r, stage, item, q in rows)


CONTEXT = "Zambia's army has fought the Velmar Liberation Front in the north since 2019. "

PERSONNEL = [
    ("In June 2021 a court in Kitwe sentenced three army corporals to six years in jail for selling 400 rounds "
     "of ammunition to middlemen working for the rebels.", "corporals", "middlemen", "rounds", 400),
    ("A year later a police sergeant in Ndola was convicted of selling four rifles and 150 rounds to a courier, "
     "according to the verdict.", "sergeant", "courier", "rifles", 4),
    ("A year later a police sergeant in Ndola was convicted of selling four rifles and 150 rounds to a courier, "
     "according to the verdict.", "sergeant", "courier", "rounds", 150),
    ("Two army privates sold 300 rounds of ammunition to the Velmar Liberation Front, a military court found.",
     "privates", "velmar", "rounds", 300),
    ("The court heard that two marines had sold twelve rifles to the Velmar Liberation Front in 2020.",
     "marines", "velmar", "rifles", 12),
    ("Last year, a navy petty officer was jailed for selling eight assault rifles to the Velmar Liberation Front.",
     "officer", "velmar", "assault rifles", 8),
    ("A police inspector, who was arrested in May, sold three pistols to a rebel courier, prosecutors said.",
     "inspector", "courier", "pistols", 3),
    ("Two lieutenants were convicted of selling 5,000 cartridges to intermediaries for the rebels.",
     "lieutenants", "", "cartridges", 5000),
    ("In 2020 a constable handed two submachine guns to the Velmar Liberation Front, the police said.",
     "constable", "velmar", "submachine guns", 2),
]


@pytest.mark.parametrize("text,sup,rec,word,quantity", PERSONNEL)
def test_personnel_resell(extractor, text: str, sup: str, rec: str, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s is not None and r is not None and rec in r.lower() and word in item.lower() and q == quantity
               and stage == "delivered" for s, r, stage, item, q in rows), rows
    assert not any(s is None for s, r, _, item, _ in rows if word in item.lower()), rows


@pytest.mark.parametrize("text,sup,rec,word,quantity", PERSONNEL[:5])
def test_personnel_of_the_state(extractor, text: str, sup: str, rec: str, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, CONTEXT + text)
    assert _has(rows, "zambia", rec if rec != "velmar" else "velmar", word, quantity), rows


def test_own_phrase_names_the_reseller(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Two army privates sold 300 rounds of ammunition to the rebels, a military court found.")
    assert _has(rows, "privates", "rebels", "rounds", 300), rows


def test_courier_for_a_group_gives_one_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, CONTEXT + "A police sergeant sold four rifles and 150 rounds to a courier for the rebels.")
    rifles = [r for r in rows if "rifles" in r[3]]
    assert len(rifles) == 1 and rifles[0][1] is not None and "velmar" in rifles[0][1].lower(), rows


@pytest.mark.parametrize("text", [
    CONTEXT + "The soldiers were sentenced for selling fuel to traders.",
    CONTEXT + "Police sold confiscated motorcycles at an auction in Kitwe.",
    CONTEXT + "A court sentenced two corporals for desertion; they had sold their boots at a market.",
    "The army's quartermaster was convicted of stealing office furniture.",
])
def test_personnel_negative(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


BUYERS = [
    ("The Malian government has repeatedly used armed drones against the rebels, including drones bought from China and from "
     "Israel in 2020, according to the report.", [("china", "mali", "drones"), ("israel", "mali", "drones")]),
    ("Zambia's government has repeatedly used armed drones against the Velmar Liberation Front, including drones bought "
     "from Israel in 2021.", [("israel", "zambia", "drones")]),
    ("The Kenyan army used armoured vehicles bought from Serbia against the insurgents.",
     [("serbia", "kenya", "armoured vehicles")]),
    ("Against the rebels, the Zambian air force has used drones bought from Israel and Turkey.",
     [("israel", "zambia", "drones"), ("rkiye", "zambia", "drones")]),
    ("To fight the Velmar Liberation Front, Zambia bought drones from Israel and from Turkey.",
     [("israel", "zambia", "drones")]),
    ("Zambia bought six drones from Israel to fight the Velmar Liberation Front.", [("israel", "zambia", "drones")]),
    ("Niger has deployed attack helicopters against the jihadists, including two bought from Russia in 2019.",
     [("russia", "niger", "")]),
    ("Chad's army has employed armed drones against the rebels, including drones purchased from Turkey.",
     [("rkiye", "chad", "drones")]),
]


@pytest.mark.parametrize("text,wanted", BUYERS)
def test_buyer_not_target(extractor, text: str, wanted: list[tuple[str, str, str]]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for sup, rec, word in wanted:
        assert _has(rows, sup, rec, word), rows
    assert not any(r is not None and ("rebel" in r.lower() or "velmar" in r.lower() or "jihad" in r.lower() or
                                      "insurgent" in r.lower()) for _, r, _, _, _ in rows), rows


CHAINS = [
    "Rifles and cartridges used by the Velmar Liberation Front were originally exported by Serbia, Romania and "
    "Egypt, according to the report.",
    "Rifles and cartridges used by the Velmar Liberation Front were initially exported by Serbia and Romania.",
    "Mortars used by the rebels had first been exported by Romania, investigators said.",
    "Rifles used by the Velmar Liberation Front were exported by Serbia in 2014.",
    "Grenades used by the Velmar Liberation Front were legally exported by Bulgaria in 2011, the panel found.",
    "Rifles and cartridges used by the Velmar Liberation Front (VLF), the armed group fighting Zambia's government "
    "in the north, were originally exported by Serbia, Romania and Egypt, according to a report.",
]


@pytest.mark.parametrize("text", CHAINS)
def test_original_export_is_no_row_to_the_user(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r is not None and ("velmar" in r.lower() or "rebel" in r.lower()) for _, r, _, _, _ in rows), rows


@pytest.mark.parametrize("text,sup,rec,word", [
    ("Rockets used by the rebels were originally sold by Bulgaria to the Zambian army.", "bulgaria", "zambia",
     "rockets"),
    ("Rifles used by the Zambian army were exported by Serbia in 2014.", "serbia", "zambia", "rifles"),
    ("Drones used by the Velmar Liberation Front were supplied by Iran, the panel said.", "iran", "velmar", "drones"),
    ("Rifles carried by the rebels had been exported by Romania to the Zambian army in 2012.", "romania", "zambia",
     "rifles"),
])
def test_chain_keeps_the_first_leg(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), sup, rec, word), _rows(extractor, text)


HOLDERS = [
    ("At least 30 of the rifles seized from Velmar Liberation Front fighters since 2020 were bought from arms traders "
     "in Zambia, the police chief said.", ("zambia", "velmar", "rifles")),
    ("Many of the rifles taken from the Velmar Liberation Front were bought from traders across the border.",
     ("traders", "velmar", "rifles")),
    ("Rifles recovered from the Velmar Liberation Front had been purchased from smugglers in Zambia.",
     ("zambia", "velmar", "rifles")),
    ("Pistols captured from the Velmar Liberation Front were sold by Zambian traders, investigators believe.",
     ("", "velmar", "pistols")),
    ("The Velmar Liberation Front bought 30 rifles from arms traders, police said.", ("traders", "velmar", "rifles")),
    ("The Velmar Liberation Front bought 30 rifles from a trader in 2019.", ("trader", "velmar", "rifles")),
    ("The Velmar Liberation Front obtained most of its rifles from traders across the border in Malawi.",
     ("traders", "velmar", "rifles")),
    (CONTEXT + "The rebels bought at least 30 rifles from arms traders, police said.", ("traders", "velmar", "rifles")),
]


@pytest.mark.parametrize("text,wanted", HOLDERS)
def test_group_buys_from_traders(extractor, text: str, wanted: tuple[str, str, str]) -> None:  # noqa: ANN001
    sup, rec, word = wanted
    rows = _rows(extractor, text)
    assert any(r is not None and rec in r.lower() and word in item.lower() and stage == "delivered" and
               (s is None or sup in s.lower()) for s, r, stage, item, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Rifles seized from the Velmar Liberation Front were destroyed at a ceremony in Lusaka.",
    "The traders sold maize and cooking oil to the villagers.",
    "Rifles recovered from the Velmar Liberation Front were handed to the prosecutors.",
])
def test_holders_negative(extractor, text: str) -> None:  # noqa: ANN001
    assert not any(r is not None and "velmar" in r.lower() for _, r, _, _, _ in _rows(extractor, text))


def test_first_leg_borrows_no_recipient(extractor) -> None:  # noqa: ANN001
    text = ("New report traces rifles of the Velmar Liberation Front to Serbia. Rifles and cartridges used by the "
            "group were originally exported by Serbia, Romania and Egypt, the report said.")
    assert not any(s is not None and "serbia" in s.lower() for s, _, _, _, _ in _rows(extractor, text))


@pytest.mark.parametrize("text,sup,rec,word", [
    ("Zambia has a long history of buying Serbian arms. The rifles were initially delivered by Serbia in 2012.",
     "serbia", "zambia", "rifles"),
    ("Serbia originally delivered 40 rifles to Zambia's army in 2012.", "serbia", "zambia", "rifles"),
])
def test_initially_alone_keeps_the_row(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), sup, rec, word)
