"""Mentions of a transfer that only make it the topic or the frame of a clause, not a report of it (thirtieth
session, helper topic):

- a trade noun as the subject of a verb of consequence or concealment, with no count and no party of its own
  ("The Su-35 deal angered lawmakers", "The proposed sale of such equipment will not change the
  balance"): what a deal told elsewhere did (`topic_mentions.consequence`);
- a trade noun in the "of" phrase of a noun of a run of events ("the third in a string of transfers of old
  vessels to allied navies"): a record, not a transfer (`topic_mentions.in_run`);
- a bare plural trade noun as the subject of a verb of requirement in the simple present ("Exports of weapons to
  Kenya need a permit"): a rule of the trade (`topic_mentions.standing_rule`);
- a trade hung by "over" on a verb whose object is a noun of stance ("faced sharp questions on Tuesday over
  arms exports to Y", "came under pressure over weapons sales to Z"; `general_topics.stance`);
- an inquiry demanded ("urged X to examine how X's shells reached Y"; `questions.in_embedded_question`);
- a denied motive ("We are not buying any weapons to attack anybody"): the negation falls on the purpose, not on the
  trade (`motive_denials`); a refusal with a purpose ("will not send tanks to Y to avoid escalation") stays.

Sentences written for these tests (invented models; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], supplier: str, recipient: str, word: str, stage: str | None = None) -> bool:
    return any(s is not None and supplier in s and r is not None and recipient in r and word in item and
               (stage is None or st == stage) for s, r, st, item, _ in rows)


# (text, supplier, recipient, item word of the row that must NOT be there)
TOPIC_ONLY = [
    ("India bought the S-400 from Russia in 2018. The S-400 purchase also prompted a warning from Washington.",
     "Russia", "India", "S-400", "ordered"),
    ("Egypt bought Su-35 jets from Russia. The Su-35 deal angered American lawmakers.", "Russia", "Egypt", "Su-35",
     "ordered"),
    ("Algeria bought Su-57 jets from Russia in 2020. The Su-57 purchase had been kept secret for two years.",
     "Russia", "Algeria", "Su-57", "ordered"),
    ("Colombia bought Hawk radars from Spain. Chile took delivery of a frigate from Britain. The proposed sale of "
     "such equipment will not change the balance in the region.", "United Kingdom", "Chile", "equipment", "considered"),
    ("Portugal handed a corvette to Angola last year. The handover is the third in a string of transfers of "
     "old Portuguese warships to allied navies.", "Portugal", "Angola", "warships", None),
    ("Spain gave trucks to Mali. It was the third in a series of shipments of Spanish vehicles to Sahel armies.",
     "Spain", "Mali", "vehicles", None),
    ("Norway sold rifles to Kenya in 2019. Exports of weapons to Kenya need a permit from the ministry.",
     "Norway", "Kenya", "weapons", None),
    ("Norway sold rifles to Kenya in 2019. Exports of weapons to Kenya do not, as a rule, require a permit.",
     "Norway", "Kenya", "weapons", None),
    ("Canada exported armoured vehicles to Peru in 2020. Exports of military goods to Peru do not normally require "
     "a licence.", "Canada", "Peru", "goods", None),
    ("The minister faced sharp questions on Tuesday over Norwegian arms exports to Peru.", "Norway", "Peru", "arms",
     None),
    ("The minister came under pressure in parliament over Belgian weapons sales to Chile.", "Belgium", "Chile",
     "weapons", None),
    ("The group calls on Chile to publish its export data and to investigate how Chilean ammunition reached Sudan.",
     "Chile", "Sudan", "ammunition", None),
    ("Analysts urged Serbia to examine how Serbian shells reached Yemen.", "Serbia", "Yemen", "shells", None),
    ("France agreed to sell Torvane howitzers to Armenia in July. \"We are not buying any weapons to attack anybody,\" "
     "the Armenian minister said.", "France", "Armenia", "weapons", None),
    ("India ordered Rafale fighters from France. \"We are not buying these jets to threaten our neighbours,\" an Indian "
     "official said.", "France", "India", "jets", "ordered"),
    ("Serbia ordered Rafale jets from France. Serbia is not buying weapons in order to attack anyone, the minister "
     "said.", "France", "Serbia", "weapons", None),
    ("Campaigners urged Namibia to explain how the Matador export to Chad was cleared and whether more "
     "vehicles have since been sent.", "Namibia", "Chad", "Matador", None),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "stage"), TOPIC_ONLY)
def test_topic_mention_gives_no_row(extractor, text: str, supplier: str, recipient: str, word: str,  # noqa: ANN001
                                    stage: str | None) -> None:
    assert not _has(_rows(extractor, text), supplier, recipient, word, stage)


# (text, supplier, recipient, item word, stage of the row that must stay)
REPORTED = [
    ("The sale of 40 Hawk jets to Chile triggered a debate in London.", "United Kingdom", "Chile", "Hawk", "ordered"),
    ("Britain sold 40 Hawk jets to Chile, which triggered a debate in London.", "United Kingdom", "Chile", "Hawk",
     "delivered"),
    ("Norway delivered 20 tanks to Peru, the newest in a series of handovers.", "Norway", "Peru", "tanks",
     "delivered"),
    ("Exports of 12 Gripen jets to Thailand were approved in 2010.", "Sweden", "Thailand", "Gripen", "offered"),
    ("The minister faced sharp questions on Tuesday after Norway sold 20 tanks to Peru.", "Norway", "Peru", "tanks",
     "delivered"),
    ("Investigators established how Chilean ammunition reached Sudan in 2019.", "Chile", "Sudan", "ammunition",
     "delivered"),
    ("Chile sold 2,000 rounds to Sudan, and the panel asked it to explain the sale.", "Chile", "Sudan", "rounds",
     "delivered"),
    ("Turkey bought the S-400 from Russia in 2017.", "Russia", "Türkiye", "S-400", "delivered"),
    ("Spain ordered tanks from Germany. Germany will not send tanks to Ukraine to avoid escalation.", "Germany",
     "Ukraine", "tanks", "refused"),
    ("Peru bought rifles from Chile. Chile did not sell rifles to Bolivia to keep the peace.", "Chile", "Bolivia",
     "rifles", "delivered"),
    ("Armenia did not buy weapons from France because it lacked money.", "France", "Armenia", "weapons", "delivered"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "stage"), REPORTED)
def test_reported_transfer_stays(extractor, text: str, supplier: str, recipient: str, word: str,  # noqa: ANN001
                                 stage: str) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, word, stage)
