"""Accusations, findings and denials as features and NGO reports phrase them (twenty-sixth session, helper hL).

- The user of a supplied item is its recipient, also when the user is a tagged organisation with a group word
  ("the X Liberation Front") and when the use is a participle on the subject of a passive supply ("the drones used
  by X had been supplied by Y"): `frames/users.py`, words.toml [arguments] user_verbs, user_group_words.

Sentences written for these tests (invented groups, models and firms; combinations of states taken from no
article)."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str, str, str, int | None]]:
    return [(t.supplier.country if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.factuality, t.item.text, t.quantity) for t in get_extractor().extract_text(text).transfers]


def _has(rows, sup, rec, facts, word, qty=None) -> bool:  # noqa: ANN001
    return any(s == sup and r is not None and rec in r and st == "delivered" and f in facts and word in item
               and (qty is None or q == qty) for s, r, st, f, item, q in rows)


USED = [  # (sentence, supplier's state, recipient's name word, factualities, item word, quantity)
    ("Varn-4 drones supplied by Chile have been used by the Kessar Liberation Front in attacks on villages, "
     "the group's opponents said.", "CHL", "Kessar", ("asserted", "uncertain"), "drones", None),
    ("Anti-tank missiles provided by Oslo were used by the Morvane Patriotic Army during the offensive, "
     "Human Rights Watch said on Friday.", "NOR", "Morvane", ("asserted", "uncertain"), "missiles", None),
    ("According to the report, assault rifles sold by Romania have been used by the Ilbek Popular Movement.",
     "ROU", "Ilbek", ("asserted", "uncertain"), "rifles", None),
    ("UN experts said the Varn-4 drones used by the Daskal Resistance Council had been supplied by Peru.",
     "PER", "Daskal", ("asserted", "uncertain"), "drones", None),
    ("The rifles used by the Orun Valley Militia were supplied by Bulgaria, the report found.",
     "BGR", "Orun", ("asserted", "uncertain"), "rifles", None),
    ("Investigators believe the missiles fired by the Kessar Liberation Front were provided by Tehran.",
     "IRN", "Kessar", ("uncertain",), "missiles", None),
    ("In 2019, the howitzers deployed by the Tarsh Brigades had been sold by Serbia, a charge Belgrade rejected.",
     "SRB", "Tarsh", ("asserted", "uncertain"), "howitzers", None),
    ("The six Varn-4 drones operated by the Morvane Patriotic Army were delivered by Egypt last year.",
     "EGY", "Morvane", ("asserted", "uncertain"), "drones", 6),
    ("Ghana denies that the mortars used by the Ilbek Popular Movement were supplied by Accra.",
     "GHA", "Ilbek", ("denied", "negated"), "mortars", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "facts", "word", "qty"), USED)
def test_the_user_of_a_supplied_item_is_its_recipient(text, sup, rec, facts, word, qty) -> None:  # noqa: ANN001
    rows = _rows(text)
    assert _has(rows, sup, rec, facts, word, qty), rows


NONE = [
    "The Varn-4 drones used by the Kessar Liberation Front were shot down by Peru on Monday.",
    "The rifles used by the Orun Valley Militia had been stolen from police depots, officials said.",
    "The Kessar Liberation Front accused Chile of human rights abuses in the border region.",
    "Peru denied that its troops had entered the territory held by the Tarsh Brigades.",
]


@pytest.mark.parametrize("text", NONE)
def test_look_alikes_give_no_row(text) -> None:  # noqa: ANN001
    assert not _rows(text)


def test_a_user_without_a_group_word_is_no_recipient() -> None:
    rows = _rows("Varn-4 drones supplied by Chile have been used by the Halden Mapping Institute in surveys.")
    assert not any(r and "Halden" in r for _, r, *_ in rows), rows


CHARGED = [  # "X did Y, a charge Z rejected": the claim (asserted or uncertain) and the denial, each a row
    ("UN experts said the Varn-4 drones used by the Kessar Liberation Front had been supplied by Peru, "
     "a charge Lima rejected.", "PER", "Kessar", "drones"),
    ("Investigators said 12 Tarn-7 howitzers had been supplied to the Orun Valley Militia by Chile, "
     "a charge Santiago rejected on Friday.", "CHL", "Orun", "howitzers"),
    ("In March, monitors said the rifles were sold to the Tarsh Brigades by Bulgaria, a claim Sofia dismissed.",
     "BGR", "Tarsh", "rifles"),
    ("Ghana sold 12 Kestrel-2 jets to Peru, a claim Accra rejected.", "GHA", "Peru", "jets"),
    ("Romania has shipped anti-tank missiles to the Ilbek Popular Movement, an allegation Bucharest denies.",
     "ROU", "Ilbek", "missiles"),
    ("The report says the mortars operated by the Morvane Patriotic Army were delivered by Egypt, "
     "an accusation the Egyptian foreign ministry rejected.", "EGY", "Morvane", "mortars"),
    ("According to the panel, Serbia provided 40 armoured vehicles to the Daskal Resistance Council, "
     "a charge Belgrade has repeatedly rejected.", "SRB", "Daskal", "armoured vehicles"),
    ("Monitors said the Varn-4 drones used by the Daskal Resistance Council had been supplied by Norway, "
     "a charge Oslo rejected.", "NOR", "Daskal", "drones"),
    ("Investigators said Chile had sold 12 Tarn-7 howitzers to Peru, a charge Santiago rejected.",
     "CHL", "Peru", "howitzers"),
    ("Oslo rejected the allegations on Monday. The experts said Norway had supplied Varn-4 drones to the "
     "Kessar Liberation Front.", "NOR", "Kessar", "drones"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), CHARGED)
def test_a_charge_rejected_keeps_the_claim_and_adds_the_denial(text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(text)
    assert _has(rows, sup, rec, ("asserted", "uncertain"), word), rows
    if not text.startswith("Oslo"):
        assert _has(rows, sup, rec, ("denied",), word), rows


def test_a_refused_request_stays_refused() -> None:
    rows = _rows("Peru rejected a request to supply 24 Kestrel-2 jets to Kenya.")
    assert any(st == "refused" for _, _, st, *_ in rows), rows
    assert not any(st == "delivered" for _, _, st, *_ in rows), rows


ACCUSED_BY = [  # "Y was accused by a panel of experts of sending X to Z": the "of" is the verb's
    ("On Tuesday, Hanoi was accused by a panel of UN experts of providing four Varn-4 drones to the Tarsh Brigades.",
     "VNM", "Tarsh", "drones", 4),
    ("Peru was accused by members of parliament of selling 12 Kestrel-2 jets to Ghana.", "PER", "Ghana", "jets", 12),
    ("Chile has been accused by a coalition of human rights groups of sending rifles to the Orun Valley Militia.",
     "CHL", "Orun", "rifles", None),
    ("Bulgaria, which was accused by a team of researchers of supplying mortars to the Morvane Patriotic Army, "
     "said it had done nothing wrong.", "BGR", "Morvane", "mortars", None),
    ("The Egyptian government was accused by the head of the UN mission of sending two Kestrel-2 jets to Kenya.",
     "EGY", "Kenya", "jets", 2),
    ("In a report released on Monday, Serbia was accused by a network of monitors of delivering 30 armoured "
     "vehicles to the Ilbek Popular Movement.", "SRB", "Ilbek", "armoured vehicles", 30),
    ("Oslo was accused by the leader of the opposition of transferring six Varn-4 drones to Romania.",
     "NOR", "Romania", "drones", 6),
    ("Ghana has long faced scrutiny. It was accused by the chairman of the panel of arming the Kessar Liberation "
     "Front in 2021.", "GHA", "Kessar", "weapons", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), ACCUSED_BY)
def test_accused_by_a_body_of_people_of_supplying(text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(text)
    assert _has(rows, sup, rec, ("uncertain", "asserted"), word, qty), rows


def test_an_of_phrase_of_the_accuser_stays() -> None:
    rows = _rows("Peru was accused by a panel of experts of human rights abuses in the border region.")
    assert not rows, rows


ACCUSED_PRONOUN = [  # "X officials accuse Y of arming Z. They say it ...": "it" is the accused, Y
    ("Congolese officials accuse Rwanda of arming M23. They say it has delivered three Varn-4 drones to the "
     "rebels since March.", "RWA", "M23", "drones", 3),
    ("Ukrainian officials accuse Iran of helping Russia. They say it shipped 40 Kestrel-2 drones to Moscow in May.",
     "IRN", "Russia", "drones", 40),
    ("Ministers in Kyiv have accused Belarus of assisting Russia. They said it had sent 12 Tarn-7 howitzers to "
     "Russia in the spring.", "BLR", "Russia", "howitzers", 12),
    ("Opposition lawmakers accused Peru of supplying Kenya. They allege it sold two Kestrel-2 jets to Kenya "
     "last year.", "PER", "Kenya", "jets", 2),
    ("Diplomats accuse Chile of backing Ghana. According to them, it delivered six Varn-4 drones to Ghana.",
     "CHL", "Ghana", "drones", 6),
    ("Lawmakers have accused Norway of supplying Romania. They say that it sold eight Kestrel-2 jets to Romania "
     "in secret.", "NOR", "Romania", "jets", 8),
    ("Investigators accused Egypt of arming M23. In their report they said it had flown 30 mortars to M23.",
     "EGY", "M23", "mortars", 30),
    ("Officials accuse Serbia of helping Peru. They say it has supplied four Tarn-7 howitzers to Peru.",
     "SRB", "Peru", "howitzers", 4),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), ACCUSED_PRONOUN)
def test_it_after_an_accusation_is_the_accused(text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(text)
    assert _has(rows, sup, rec, ("asserted", "uncertain"), word, qty), rows


def test_it_after_an_accusing_subject_stays_the_subject() -> None:
    rows = _rows("Kenya accused Peru of human rights abuses. It said it had delivered six Varn-4 drones to Ghana.")
    assert _has(rows, "KEN", "Ghana", ("asserted", "uncertain"), "drones", 6), rows


EARLIER_GROUP = [  # "the rebels", "the militia", "the group" for an unlisted group named in the sentences before
    ("Kenyan officials accuse Spain of arming the Orun Valley Militia. They say it has delivered three Varn-4 "
     "drones to the rebels since March.", "ESP", "Orun", "drones", 3),
    ("Spain has armed the Kessar Liberation Front for years. Last month it delivered six Tarn-7 howitzers to the "
     "militia.", "ESP", "Kessar", "howitzers", 6),
    ("The Morvane Patriotic Army controls the north. Chile shipped 40 mortars to the group in May, the report said.",
     "CHL", "Morvane", "mortars", 40),
    ("The Tarsh Brigades paraded new trucks in the capital. According to the panel, Peru sold 12 Varn-4 drones to "
     "the insurgents.", "PER", "Tarsh", "drones", 12),
    ("The Ilbek Popular Movement seized the port in 2020. Since then Ghana has delivered two Kestrel-2 jets to the "
     "movement.", "GHA", "Ilbek", "jets", 2),
    ("Monitors have tracked the Daskal Resistance Council since 2019. In June, Egypt supplied the fighters with "
     "eight Tarn-7 howitzers.", "EGY", "Daskal", "howitzers", 8),
    ("UN experts accuse Romania of backing the Orun Valley Militia. Bucharest allegedly flew 30 rifles to the "
     "rebels in April.", "ROU", "Orun", "rifles", 30),
    ("The Kessar Liberation Front denies receiving foreign help. But investigators say Norway sent six Varn-4 "
     "drones to the group.", "NOR", "Kessar", "drones", 6),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), EARLIER_GROUP)
def test_a_definite_group_noun_takes_the_group_named_before(text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(text)
    assert _has(rows, sup, rec, ("asserted", "uncertain"), word, qty), rows


def test_a_group_noun_far_from_a_named_group_stays_its_own() -> None:
    text = ("The Kessar Liberation Front signed a truce in 2015. The talks failed. The army withdrew. Later, Peru "
            "sent 12 Varn-4 drones to the rebels.")
    rows = _rows(text)
    assert not any(r and "Kessar" in r for _, r, *_ in rows), rows
