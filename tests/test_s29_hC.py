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
  export ([arguments] chain_adverbs, frames/users.py).

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
    ("In June 2021 a court in Kitwe sentenced three army corporals to six years in prison for selling 400 rounds "
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

