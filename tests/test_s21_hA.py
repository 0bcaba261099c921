"""Session 21 (helper A): ordinary deal sentences kept when a real article's clutter is added.

A perturbation harness: base deal sentences of the common shapes, each with one perturbation (a fronted or inserted
date, a value phrase, a bracketed acronym, a firm name with an abbreviation, an apposition, a long item list, a
trailing participle clause), must give the base's rows. The causes fixed:
- abbreviations with a full stop in a firm's name stay one token and do not end the sentence ("Fr. X Schiffbau",
  "X Co. Ltd.", `extraction/abbreviations.py`, words.toml [abbreviations]);
- phrases after an item or deal noun that the parser hung on a word of the run ("a contract worth N euros with F
  for Y", "sell A, B, C and D from reserve stocks to X", `frames/phrase_runs.py`);
- a firm's state from an apposition with a possessive state or after a firm suffix ("X, Norway's state shipyard,",
  "X Inc. of Norway", `mentions/firm_countries.py`), also for a name the tagger took for a person's when the noun
  is one no person bears ("X, a Norwegian shipyard,");
- a finite verb after an apposition that the parser hung on a subject of a later reporting verb ("X, a Y maker,
  handed over A to B, the ministry said", `frames/fronted.misread_main_verb`);
- a word joined by "&" that names no state is part of one firm's name ("X & Sons", `mentions/resolved.name_part`);
- subjects the parse hides: swallowed by a fronted date with no comma ("In 2014 X, the exporter, sold ..."), or
  the deal's subject when the infinitive hangs on its value phrase (`frames/hidden_subjects.py`).

Every sentence, firm and model name is invented for these tests."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, object, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    out = []
    for t in extractor.extract_text(text).transfers:
        sup = (t.supplier.country or t.supplier.name) if t.supplier else None
        rec = (t.recipient.country or t.recipient.name) if t.recipient else None
        out.append((sup, rec, t.item.text, t.quantity, t.stage))
    return out


def _has(rows: list[Row], sup: str, rec: str, word: str, qty: object, stage: str) -> bool:
    return any(r[0] == sup and r[1] == rec and word in r[2] and r[3] == qty and r[4] == stage for r in rows)


BASES = [  # (template, stage); {S} supplier, {R} recipient, {I} items, {V} value slot, {T} trailing slot
    ("{R} signed a contract{V} with {S} for {I}{T}.", "ordered"),
    ("{R} signed a contract{V} with {S} to buy {I}{T}.", "ordered"),
    ("{S} agreed to sell {I}{V} to {R}{T}.", "ordered"),
    ("{R} agreed to buy {I}{V} from {S}{T}.", "ordered"),
    ("{R} ordered {I}{V} from {S}{T}.", "ordered"),
    ("{S} delivered {I}{V} to {R}{T}.", "delivered"),
    ("{S} handed over {I}{V} to {R}{T}.", "delivered"),
    ("{S} will supply {R} with {I}{V}{T}.", "offered"),
    ("{S} will supply {I}{V} to {R}{T}.", "offered"),
    ("{S} signed a contract{V} to supply {R} with {I}{T}.", "ordered"),
]
PLAIN = {"S": "Norway's Karvell Marine", "R": "Ghana", "I": "four Tarn-class patrol boats", "V": "", "T": "", "F": ""}
PERTURBATIONS = {
    "weekday": {"T": " on Wednesday"},
    "fronted date": {"F": "On Wednesday, "},
    "fronted date, no comma": {"F": "In March 2021 "},
    "fronted year, apposition": {"F": "Last year ", "S": "Karvell Marine, a Norwegian shipbuilder,"},
    "fronted year, possessive apposition": {"F": "Last year ", "S": "Karvell Marine, Norway's state-owned shipyard,"},
    "value": {"V": " worth 95 million euros"},
    "dollar value": {"V": " worth $95 million"},
    "bracketed value": {"V": " (€95 million)"},
    "participle": {"T": ", closing a tender first opened in 2018"},
    "acronym after item": {"I": "four Tarn-class offshore patrol vessels (OPVs)"},
    "Mk. in a designation": {"I": "four Tarn Mk. 2 patrol vessels"},
    "Mod. in a designation": {"I": "four Tarn Mod. IV patrol vessels"},
    "acronym after firm": {"S": "Norway's Karvell Marine Systems (KMS)"},
    "Ltd.": {"S": "Norway's Karvell Marine Ltd."},
    "Co. Ltd.": {"S": "Norway's Karvell Marine Co. Ltd."},
    "S.A.": {"S": "Norway's Karvell Marine S.A."},
    "AS": {"S": "Norway's Karvell Marine AS"},
    "ampersand": {"S": "Norway's Karvell & Sons"},
    "AS with a value": {"S": "Norway's Karvell Marine AS", "V": " worth $95 million"},
    "value with a bracketed amount": {"V": " worth GHS 900 million (€95 million)"},
    "Fr.": {"S": "Norway's Fr. Karvell Schiffbau"},
    "supplier apposition": {"S": "Karvell Marine, a Norwegian shipbuilder,"},
    "possessive apposition": {"S": "Karvell Marine, Norway's state-owned shipyard,"},
    "acronym and apposition": {"S": "Karvell Marine (KM), a Norwegian shipbuilder,"},
    "inserted month": {"F": "", "T": " in March"},
    "Inc. of": {"S": "Karvell Marine Inc. of Norway"},
    "Ltd of": {"S": "Karvell Marine Ltd of Norway"},
    "recipient apposition": {"R": "Ghana, a longtime customer,"},
    "dashes after item": {"I": "four Tarn-class patrol boats - the first of their kind in the region -"},
    "participle after item": {"I": "four Tarn-class patrol boats, each armed with a 30 mm gun,"},
    "participle after item, Ltd.": {"S": "Norway's Karvell Marine Ltd.", "I": "four Tarn-class patrol boats, each armed with a 30 mm gun,"},
    "recipient acronym": {"R": "the Ghanaian Navy (GN)"},
    "Ltd. with a value": {"S": "Norway's Karvell Marine Ltd.", "V": " worth 95 million euros"},
    "Fr. with a value": {"S": "Norway's Fr. Karvell Schiffbau", "V": " worth 95 million euros"},
    "apposition with a value": {"R": "Ghana, a longtime customer,", "V": " worth 95 million euros"},
}


def _sentence(template: str, changes: dict[str, str]) -> str:
    slots = {**PLAIN, **changes}
    text = slots["F"] + template.format(S=slots["S"], R=slots["R"], I=slots["I"], V=slots["V"], T=slots["T"])
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("name", list(PERTURBATIONS))
@pytest.mark.parametrize(("template", "stage"), BASES)
def test_a_perturbed_deal_keeps_its_row(extractor, template: str, stage: str, name: str) -> None:  # noqa: ANN001
    item = "patrol vessels" if "vessels" in PERTURBATIONS[name].get("I", "") else "patrol boats"
    rows = _rows(extractor, _sentence(template, PERTURBATIONS[name]))
    assert _has(rows, "NOR", "GHA", item, 4, stage), rows


LIST = "four Tarn-class patrol boats, 12 Osk-7 radars, 300 Vell rifles and 1.4 million rounds of 9 mm pistol ammunition"


@pytest.mark.parametrize("tail", ["", " from surplus stocks", " from reserve army depots"])
@pytest.mark.parametrize(("template", "stage"), [b for b in BASES if "{R} with" not in b[0] and "with {S} for" not in b[0]])
def test_a_long_list_keeps_every_member_and_the_party_after_it(extractor, template: str, stage: str,  # noqa: ANN001
                                                                tail: str) -> None:
    rows = _rows(extractor, _sentence(template, {"I": LIST + tail}))
    for word, qty in (("patrol boats", 4), ("radars", 12), ("rifles", 300), ("rounds", 1400000)):
        assert _has(rows, "NOR", "GHA", word, qty, stage), (word, rows)


def test_a_list_before_a_firm_with_an_apposition(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Velkoprom, Serbia's state-owned weapons trader, signed a contract to sell 900 Vell rifles, "
                            "60 Drava machine guns, 40 Osk-7 launchers and 2.5 million rounds of 14.5 mm ammunition "
                            "from reserve depots to Tarlon Ltd, an import firm based in Chad.")
    for word, qty in (("rifles", 900), ("machine guns", 60), ("launchers", 40), ("rounds", 2500000)):
        assert _has(rows, "SRB", "TCD", word, qty, "ordered"), (word, rows)  # the firm, placed in its state


@pytest.mark.parametrize("text", [
    "Russia designed the rifles. In June 2012 Velkotronex, the Serbian state weapons trader, signed a contract to sell "
    "1,800 Vell rifles to Chad.",
    "Russia designed the rifles. On 3 May 2016 Norvelexport, the Serbian state weapons trader, agreed to sell 1,800 "
    "Vell rifles to Chad.",
])
def test_a_subject_swallowed_by_a_fronted_date(extractor, text: str) -> None:  # noqa: ANN001
    transfers = extractor.extract_text(text).transfers
    assert [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.quantity)
            for t in transfers] == [("SRB", "TCD", 1800)]
    assert not transfers[0].rule.endswith("context")  # the subject is read in the sentence, not from context


def test_a_firm_suffix_before_a_new_sentence_still_ends_it(extractor) -> None:  # noqa: ANN001
    text = "The navy thanked Karvell Marine Ltd. Norway delivered four Tarn-class patrol boats to Ghana."
    assert len(list(extractor.nlp(text).sents)) == 2
    assert _has(_rows(extractor, text), "NOR", "GHA", "patrol boats", 4, "delivered")


@pytest.mark.parametrize("text", [
    # the phrase after the list is the item's own place of making, not a party of the sale
    "Norway agreed to sell four Tarn-class patrol boats, 12 Osk-7 radars and 300 Vell rifles made in Ghana.",
    # a "to" phrase hung on another clause's noun after a comma is no part of the run
    "Norway agreed to sell four Tarn-class patrol boats, a deal welcomed by Ghana, to an unnamed buyer.",
    # a fronted date before a plain subject: nothing swallowed, no party invented
    "In March 2021 the navy said four Tarn-class patrol boats had been ordered.",
])
def test_no_party_from_outside_the_run(extractor, text: str) -> None:  # noqa: ANN001
    assert not any(r[1] == "GHA" for r in _rows(extractor, text))


def test_worth_clause_after_an_item_preposition(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway's Karvell Marine will supply Ghana, a longtime customer, with four Tarn-class "
                            "patrol boats worth 95 million euros.")
    assert _has(rows, "NOR", "GHA", "patrol boats", 4, "offered")


@pytest.mark.parametrize("text", [
    "Ghana ordered four Tarn-class patrol boats from Karvell Marine, Norway's largest customer.",  # no firm noun
])
def test_no_firm_state_without_a_firm_word(extractor, text: str) -> None:  # noqa: ANN001
    assert not any(r[0] == "NOR" for r in _rows(extractor, text))


def test_a_firm_placed_by_an_of_phrase_is_of_that_state(extractor) -> None:  # noqa: ANN001
    # Until the thirty-third session "X Marine of Norway" (no firm suffix) gave no state; the blind sets showed
    # makers introduced so ("X Boats of Town, State"), and test_s33_lead.py now pins the reading.
    rows = _rows(extractor, "Ghana ordered four Tarn-class patrol boats from Karvell Marine of Norway.")
    assert any(r[0] == "NOR" for r in rows), rows


def test_a_partner_of_a_joint_purchase_in_the_run_sells_nothing(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile ordered 12 Kestrel howitzers worth $40 million from Spain in a joint purchase "
                            "with Peru.")
    assert _has(rows, "ESP", "CHL", "howitzers", 12, "ordered") and not any(r[0] == "PER" for r in rows), rows


@pytest.mark.parametrize("verb", ["handed over", "delivered", "sold"])
def test_a_verb_after_an_apposition_before_a_reporting_verb_is_active(extractor, verb: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Karvell Marine, a Norwegian shipbuilder, {verb} four Tarn-class patrol boats to Ghana, "
                            "the ministry said.")
    assert _has(rows, "NOR", "GHA", "patrol boats", 4, "delivered"), rows
    assert not any(r[1] == "NOR" or r[1] == "Karvell Marine" for r in rows)  # never the recipient of a passive


def test_a_person_apposed_with_a_dealer_stays_unplaced(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Last year Anna Karvell, a Norwegian arms dealer, sold 40 Vell rifles to Ghana.")
    assert rows and not any(r[0] == "NOR" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Ghana said no. Norway delivered four Tarn patrol boats to Ghana.",
    "The older boats are the Tarn Mk. Norway delivered four Tarn patrol boats to Ghana.",
])
def test_a_designation_word_without_a_number_may_end_a_sentence(extractor, text: str) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), "NOR", "GHA", "patrol boats", 4, "delivered")


@pytest.mark.parametrize(("text", "word", "qty"), [
    ("Norway delivered 90 sets of Tarn night-vision goggles to Ghana.", "goggles", 90),
    ("Norway delivered 40 units of the Osk-7 radar to Ghana.", "radar", 40),
    ("Norway delivered 12 pieces of Vell artillery to Ghana.", "artillery", 12),
    ("Norway delivered two pairs of Tarn patrol boats to Ghana.", "patrol boats", 4),  # a pair is still two
])
def test_a_unit_noun_counts_one_item_each(extractor, text: str, word: str, qty: int) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), "NOR", "GHA", word, qty, "delivered")


def test_crates_count_no_items(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway delivered 90 crates of Vell rifles to Ghana.")
    assert rows and not any(r[3] == 90 for r in rows), rows


@pytest.mark.parametrize(("text", "word", "qty"), [
    ("In 2021 four Tarn-class patrol boats were delivered to Ghana by Norway.", "patrol boats", 4),
    ("In 2021 Tarn-class patrol boats were delivered to Ghana by Norway.", "patrol boats", None),
    ("In March 2021 four Tarn-class offshore patrol vessels (OPVs) were delivered to Ghana by Norway.",
     "patrol vessels", 4),
    ("In March 2021 four Tarn-class patrol boats, 12 Osk-7 radars and 300 Vell rifles were handed over to Ghana "
     "by Norway.", "patrol boats", 4),
    ("Norway delivered 2021 Vell rifles to Ghana.", "rifles", 2021),  # a count that looks like a year is a count
])
def test_a_fronted_date_is_neither_the_count_nor_the_home_of_the_item(extractor, text: str, word: str,  # noqa: ANN001
                                                                       qty: object) -> None:
    assert _has(_rows(extractor, text), "NOR", "GHA", word, qty, "delivered")


@pytest.mark.parametrize("text", [
    "Ghana signed a contract with Norway's Karvell & Sons for four Tarn-class patrol boats.",
    "Norway's Karvell & Sons will supply four Tarn-class patrol boats to Ghana.",
])
def test_an_ampersand_firm_is_one_party(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert len(rows) == 1 and rows[0][0] == "NOR", rows


def test_states_joined_by_an_ampersand_are_two_parties(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Ghana bought four Tarn-class patrol boats from Norway & Sweden.")
    assert {r[0] for r in rows} == {"NOR", "SWE"}, rows


def test_an_aside_with_a_subject_of_its_own_ends_the_run(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway agreed to sell four Tarn-class patrol boats, officials in Ghana said, to an unnamed "
                            "buyer.")
    assert not any(r[1] == "GHA" for r in rows), rows
