"""Factuality of transfers inside denials, non-answers and unverified reports (thirtieth session, helper fact):

- a claim labelled false is denied (`false_labels`): a labelling verb ("call", "describe", "dismiss", "brand")
  with a label of falsehood ("unfounded", "baseless", "lies", "propaganda") on a claim noun or on the reports that
  hold the transfer ("Z called the claim unfounded", "described the reports of rifle exports to Y as baseless"); the
  labeller denies it. A labelling verb with any other label ("called the sale a milestone") denies nothing;
- a claim left unanswered or unverified is uncertain, and a denial withheld is no denial (`non_answers`): "has not
  replied to queries on reports that X had delivered Y", "declined to comment on allegations that ...",
  "reports that ... could not be verified", "declined to either confirm or deny ...", "would neither confirm nor
  deny that ...", "had no comment on reports that ...", and reports brought up to be answered or doubted ("raised
  reports that ...", "questioned reports that ...", `cues.raised`), unlike reports a text relies on. An answer
  given ("confirmed that ...") or a withheld answer beside the transfer's clause ("did not comment, but said X
  delivered Y") leaves the row asserted, and so does a non-answer about the transfer itself rather than a claim of
  it ("the request has not been answered", "did not answer an inquiry about the resale").

Sentences written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.item.text,
             t.stage, t.factuality) for t in extractor.extract_text(text).transfers]


def _facts(rows: list[Row], supplier: str, word: str) -> set[str]:
    return {f for s, _r, item, _st, f in rows if s is not None and supplier in s and word in item}


LABELLED_FALSE = [
    ("In 2019 Belarus sent at least 12 MiG-29 aircraft to the Myanmar army, the Pentagon said; Minsk called the "
     "claim \"unfounded\".", "Belarus", "MiG-29"),
    ("A Belarusian spokesman described reports of Belarusian arms sales to Myanmar as baseless.", "Belarus", "arms"),
    ("Belarus shipped tanks to Myanmar last year, according to the UN. The ministry branded the allegations false.",
     "Belarus", "tanks"),
    ("Belarus shipped tanks to Myanmar last year, according to the UN. Minsk branded it a fabrication.",
     "Belarus", "tanks"),
    ("Bolivia delivered 30 rifles to Paraguay last spring, officials said; La Paz called the reports propaganda.",
     "Bolivia", "rifles"),
]


@pytest.mark.parametrize(("text", "supplier", "word"), LABELLED_FALSE)
def test_a_claim_labelled_false_is_denied(extractor, text: str, supplier: str, word: str) -> None:  # noqa: ANN001
    assert "denied" in _facts(_rows(extractor, text), supplier, word)


LABELLED_OTHERWISE = [
    ("Belarus shipped tanks to Myanmar last year, and Minsk called the sale a milestone.", "Belarus", "tanks"),
    ("Belarus shipped tanks to Myanmar last year, the ministry said, calling reports of delays false.",
     "Belarus", "tanks"),
    ("Bolivia delivered 30 rifles to Paraguay, and La Paz described the handover as smooth.", "Bolivia", "rifles"),
]


@pytest.mark.parametrize(("text", "supplier", "word"), LABELLED_OTHERWISE)
def test_another_label_denies_nothing(extractor, text: str, supplier: str, word: str) -> None:  # noqa: ANN001
    assert _facts(_rows(extractor, text), supplier, word) == {"asserted"}


UNANSWERED = [
    ("The ministry has not responded to queries about reports that Belarus had delivered tanks to Myanmar.",
     "Belarus", "tanks"),
    ("An aide declined to either confirm or deny that Myanmar had received tanks from Belarus.", "Belarus", "tanks"),
    ("Minsk would neither confirm nor deny that it had sold tanks to Myanmar.", "Belarus", "tanks"),
    ("Reports that Belarus had shipped rifles to Mali could not be independently verified.", "Belarus", "rifles"),
    ("Minsk did not comment on allegations that it had shipped rifles to Mali.", "Belarus", "rifles"),
    ("The Bolivian embassy declined to comment on reports that Bolivia had sold helicopters to Paraguay.",
     "Bolivia", "helicopters"),
    ("The embassy had no comment on reports that Belarus had shipped rifles to Mali.", "Belarus", "rifles"),
    ("The senator also raised reports that Belarus had passed rifles to a Malian militia.", "Belarus", "rifles"),
    ("The minister questioned reports that Belarus had sold tanks to Myanmar.", "Belarus", "tanks"),
]


@pytest.mark.parametrize(("text", "supplier", "word"), UNANSWERED)
def test_an_unanswered_claim_is_uncertain(extractor, text: str, supplier: str, word: str) -> None:  # noqa: ANN001
    assert _facts(_rows(extractor, text), supplier, word) == {"uncertain"}


ANSWERED = [
    ("The ministry confirmed that Belarus had delivered tanks to Myanmar.", "Belarus", "tanks", "asserted"),
    ("The ministry did not comment, but said Belarus had delivered tanks to Myanmar.", "Belarus", "tanks", "asserted"),
    ("Belarus delivered 20 tanks to Myanmar in May, but the defence office declined to comment on its price.",
     "Belarus", "tanks", "asserted"),
    ("Minsk denied that it had sold tanks to Myanmar.", "Belarus", "tanks", "denied"),
    ("The ministry gave a detailed response to reports that Belarus had shipped rifles to Mali.", "Belarus", "rifles",
     "asserted"),
    ("Mali received drones from Belarus in 2016, according to SIPRI; Malian officers have never confirmed how many.",
     "Belarus", "drones", "asserted"),
    ("Mali's helicopter request to Minsk has not been answered publicly.", "Belarus", "helicopter", "asserted"),
    ("Reports that Belarus had sold tanks to Myanmar prompted a UN inquiry.", "Belarus", "tanks", "asserted"),
    ("The panel received reports that Belarus had sold tanks to Myanmar.", "Belarus", "tanks", "asserted"),
    ("The previous government did not answer a Czech inquiry about the resale of Belarusian-made rifles to Mali.",
     "Belarus", "rifles", "asserted"),
]


@pytest.mark.parametrize(("text", "supplier", "word", "fact"), ANSWERED)
def test_an_answer_given_keeps_its_reading(extractor, text: str, supplier: str, word: str,  # noqa: ANN001
                                           fact: str) -> None:
    assert _facts(_rows(extractor, text), supplier, word) == {fact}
