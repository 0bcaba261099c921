"""Session 35, services: parties told by a state's service or body.

Pattern 1 (mentions/service_names.py, lexicon/data/services.csv): a capitalised service name every state has, told
with "the" and nothing naming whose ("the National Army", "the Republican Guard", "the State Border Service", "the
Counter-Terrorism Service", "the Home Ministry"), is the service of the state a bare "the Navy" belongs to (the same
service named with its state earlier, else the text's topic state), not an unplaced body of its own name. A name with
a state word, a possessor or an "of" phrase stays as it was.

Pattern 2 (services.csv rows with a country): a service whose usual name alone fixes its state ("the Royal Air Force",
"the Bundeswehr", "the IDF") is that state's body.

Pattern 3 (mentions/head_keys.group_name): a later bare "the navy" takes up the nearest service named with its state
("The Ghana Navy's fleet ... the navy received ...") even when the tagger reads the whole "Ghana Navy" as one
organisation: a state's name the gazetteer finds in the name is a state word, not a word of a group's own name
("the Baloch Liberation Army" stays a group's name, and "the army" after it is still the state's army).

The sentences are written for this file; the states and items are arbitrary."""
from __future__ import annotations

import csv

import pytest

from materiel import lexicon
from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        sup = t.supplier.country if t.supplier is not None else None
        rec = t.recipient.country if t.recipient is not None else None
        out.append((sup, rec, t.item.text.lower(), t.stage))
    return out


def _has(text: str, sup: str | None, rec: str | None, item: str) -> bool:
    return any(s == sup and r == rec and item in i for s, r, i, _ in _rows(text))


TOPIC = [  # (text, recipient state, item word)
    ("Ghana expands its forces\n\nGhana's defence budget rose again this year. Spain gave 15 trucks to the "
     "Republican Guard in April.", "GHA", "truck"),
    ("Chile buys boats\n\nChile has been modernising its border units. Spain delivered two patrol boats to the State "
     "Border Service last week.", "CHL", "patrol boat"),
    ("Peru arms its troops\n\nPeru is re-equipping its forces. Brazil sold 400 rifles to the National Army, the "
     "ministry said.", "PER", "rifle"),
    ("Zambia and its police\n\nZambia is expanding its police. Israel has supplied body armour and night-vision "
     "goggles to the Home Ministry.", "ZMB", "goggles"),
    ("Ecuador steps up security\n\nEcuador faces rising crime. Italy handed over four armoured vehicles to the "
     "Counter-Terrorism Service on Tuesday.", "ECU", "armoured vehicle"),
    ("Fiji and its navy\n\nFiji is building up its maritime forces. Japan gave three patrol boats to the Defence Force.",
     "FJI", "patrol boat"),
]


@pytest.mark.parametrize("text,rec,item", TOPIC)
def test_bare_service_name_is_the_topic_state(text: str, rec: str, item: str) -> None:
    rows = _rows(text)
    assert any(r == rec and item in i for _, r, i, _ in rows), rows


def test_service_named_with_its_state_earlier_keeps_that_state() -> None:
    text = ("Aid for the region\n\nThe Malian National Army has fought insurgents for a decade. Turkey later delivered "
            "six armoured vehicles to the National Army, officials said.")
    assert _has(text, "TUR", "MLI", "armoured vehicle")


FIXED = [
    ("Norway sold 40 missiles to the Royal Air Force last year.", "NOR", "GBR", "missile"),
    ("Sweden delivered eight trucks to the RAF in June.", "SWE", "GBR", "truck"),
    ("Finland has sold 30 rifles to the Bundeswehr.", "FIN", "DEU", "rifle"),
    ("Italy delivered twelve helicopters to the IDF.", "ITA", "ISR", "helicopter"),
]


@pytest.mark.parametrize("text,sup,rec,item", FIXED)
def test_service_whose_name_fixes_its_state(text: str, sup: str, rec: str, item: str) -> None:
    assert _has(text, sup, rec, item), _rows(text)


def test_service_named_with_another_state_stays_that_state() -> None:
    text = ("Ghana expands its forces\n\nGhana's budget rose again. Spain gave 15 trucks to Togo's "
            "Republican Guard in April.")
    rows = _rows(text)
    assert not any(r == "GHA" and "truck" in i for _, r, i, _ in rows), rows


def test_a_party_named_army_is_not_the_topic_state() -> None:
    text = ("Sudan war\n\nSudan's war goes on. The United Arab Emirates shipped rifles to the Tarnian "
            "National Army, a rebel force, in May.")
    rows = _rows(text)
    assert not any(r == "SDN" and "rifle" in i for _, r, i, _ in rows), rows


def test_lower_case_description_is_no_service_name() -> None:
    from materiel.extraction.mentions.service_names import is_service
    from materiel.extraction.nlp import load
    doc = load()("France sold rifles to the national army of a neighbour.")
    assert not any(is_service(t) for t in doc)


def test_services_lexicon_schema() -> None:
    rows = lexicon.csv_rows("services.csv")
    assert rows and all(set(r) == {"name", "aliases", "country"} for r in rows)
    countries = lexicon.load().countries
    names = [r["name"].lower() for r in rows]
    assert len(names) == len(set(names)), "a service is listed twice"
    for r in rows:
        assert r["name"] and r["name"] == r["name"].strip()
        assert not r["country"] or r["country"] in countries, r
    assert "national army" in lexicon.service_names() and "royal air force" not in lexicon.service_names()
    fixed = {a.name: a for a in lexicon.load().actors}
    assert fixed["Royal Air Force"].country == "GBR" and fixed["Royal Air Force"].kind == "government_body"
    with open(lexicon.data_dir() / "services.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ["name", "aliases", "country"]


NAMED_BEFORE = [
    ("Ghana expands its fleet\n\nTwo of Ghana's new ships once served with the Italian Navy before a refit in "
     "Genoa.\n\nThe Ghana Navy's patrol fleet is mostly Italian-built, and the navy received two more patrol boats "
     "from France last year.", "FRA", "GHA", "patrol boat"),
    ("Kenya re-equips its troops\n\nSome of the trucks had been used by the British Army in training.\n\nThe "
     "Kenya Army's transport fleet is ageing, and the army ordered 40 new trucks from Turkey in March.",
     "TUR", "KEN", "truck"),
    ("Nigeria buys trainers\n\nIts pilots once trained with the Pakistan Air Force in Risalpur.\n\nThe Nigeria "
     "Air Force's fleet is small, and the air force received six trainer aircraft from Italy last year.",
     "ITA", "NGA", "trainer"),
]


@pytest.mark.parametrize("text,sup,rec,item", NAMED_BEFORE)
def test_bare_service_takes_up_the_nearest_state_service(text: str, sup: str, rec: str, item: str) -> None:
    assert _has(text, sup, rec, item), _rows(text)


def test_group_named_army_is_not_taken_up() -> None:
    text = ("Pakistan's army on alert\n\nPakistan's army has fought insurgents for years. The Baloch Liberation "
            "Army said on Monday it had attacked a convoy. The army received six helicopters from China last month.")
    assert _has(text, "CHN", "PAK", "helicopter")


def test_nearest_foreign_service_in_its_paragraph_stands() -> None:
    text = ("Ghana expands its fleet\n\nThe Ghana Navy's patrol fleet is small.\n\nThe Italian Navy is retiring "
            "four corvettes, and the navy sold two of them to Ghana in May.")
    rows = _rows(text)
    assert not any(s == "GHA" and r == "GHA" for s, r, _, _ in rows), rows
