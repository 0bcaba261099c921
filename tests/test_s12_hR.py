"""Refusals read in session 12 (helper hR): followers of a refusal ("Z followed suit", "W and V followed with
similar bans"), a refusal under object control ("led X to refuse"), a request turned down in an apposition
("asked for X, a request Y turned down"), a condition that lends no party ("without approval from X"),
re-transfers and resales as transfer nouns ("refused to approve the re-transfer of X to Y"), sensor turrets and remote weapon stations as materiel under a suspended or refused licence, an approved
export's items ending at a phrase of time or cause, and a generic customer as no party.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-03-01").transfers


def _keys(rows) -> set[tuple]:  # noqa: ANN001
    return {(t.supplier and t.supplier.id, t.recipient and t.recipient.id, t.stage) for t in rows}


REFUSED = [
    # followers of a refusal, in the same sentence or the next
    ("Austria halted deliveries of rifles to Chile in 2021, and Belgium and Portugal followed with similar "
     "suspensions.", [("AUT", "CHL"), ("BEL", "CHL"), ("PRT", "CHL")], "rifle"),
    ("Japan suspended exports of mortars to Peru in May. Norway and Ireland followed suit.",
     [("JPN", "PER"), ("NOR", "PER"), ("IRL", "PER")], "mortar"),
    ("Italy froze deliveries of howitzers to Kenya, and Greece took the same step a month later.",
     [("ITA", "KEN"), ("GRC", "KEN")], "howitzer"),
    # a re-transfer or a resale refused
    ("Sweden refused to approve the re-transfer of Gripen jets to Colombia.", [("SWE", "COL")], "gripen"),
    ("Britain blocked the resale of Hawk trainers to Angola.", [("GBR", "AGO")], "hawk"),
    # a refusal under object control, and a request turned down in an apposition
    ("The doctrine that led Spain to refuse the Leopard tanks to Morocco still stands.", [("ESP", "MAR")], "leopard"),
    ("Last year Peru asked for Spain's retired Harrier jets, a request Madrid turned down.", [("ESP", "PER")],
     "harrier"),
    # sensors and weapon stations under a licence
    ("Austria has suspended export permits for an Austrian-made sensor turret sold to Egypt.",
     [("AUT", "EGY")], "turret"),
    ("Finland declined to grant a licence for the export of remote weapon stations to Ethiopia.",
     [("FIN", "ETH")], "weapon station"),
]


@pytest.mark.parametrize("text,pairs,item", REFUSED)
def test_refused(extractor, text, pairs, item):  # noqa: ANN001, ANN201
    rows = _rows(extractor, text)
    keys = _keys(rows)
    for s, r in pairs:
        assert (s, r, "refused") in keys, keys
    assert any(item in t.item.text.lower() for t in rows if t.stage == "refused"), [t.item.text for t in rows]


def test_no_item_after_a_time_phrase(extractor) -> None:  # noqa: ANN001
    """"stopped approving arms exports to X after the death of a general": the general is no item."""
    rows = _rows(extractor, "Chile stopped approving new arms exports to Bolivia in 2019 after the death of the "
                            "opposition leader Carlos Mendez.")
    assert {t.item.text.lower() for t in rows} <= {"arms"}, [t.item.text for t in rows]


def test_time_clause_lends_no_party(extractor) -> None:  # noqa: ANN001
    """A clause of time before the refusal lends it no party: the recipient is the one the same items went to."""
    rows = _rows(extractor, "For years the Netherlands delivered Cougar helicopters and Fennek vehicles to Gabon. "
                            "After Gabon's army removed the elected president, the Van Dam administration suspended "
                            "the delivery of Cougar helicopters and Fennek vehicles.")
    refused = [t for t in rows if t.stage == "refused"]
    assert refused and all(t.recipient and t.recipient.id == "GAB" for t in refused), \
        [(t.supplier and t.supplier.id, t.recipient and t.recipient.id) for t in refused]


GUARDS = [
    # a condition names no supplier
    "For a decade, the Malian state was barred from buying rifles without approval from a UN committee.",
    # a request granted is no refusal
    "Peru asked for Harrier jets from Spain, a request that Madrid granted.",
    # following a sale is no refusal
    "Portugal sold rifles to Chile in March, and Spain followed suit.",
    # following with no refusal before it
    "Greece and Cyprus followed with similar measures.",
    # a customer named by no one: no recipient from the context
    "Peru received mortars from Japan. Finland declined to grant a licence for the export of remote weapon "
    "stations to a customer in Asia.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_guard(extractor, text):  # noqa: ANN001, ANN201
    rows = _rows(extractor, text)
    assert not any(t.stage == "refused" for t in rows), [(t.supplier and t.supplier.id, t.recipient and
                                                        t.recipient.id, t.item.text, t.stage) for t in rows]
