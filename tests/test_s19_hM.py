"""Session 19 (helper M): required rows with no close prediction at all.

- refusals told by what they were about in a licensing report: "Two refusals concerned a request to
  export A for X; another concerned B for Y", "The rejected applications included ..."
  (`frames/refusal_topics.py`, `words.toml` [refusal_topics]);
- a refused permit with no decider named takes the state of the report's wire dateline when no permit row names a
  licensing state, and a dateline after a title's label ("ANALYSIS - ...") still counts (`licensing_state.py`,
  `mentions/topic.dateline_state`);
- a revoked licence told in an appositive ("One licence was revoked: a licence for X for a Ruritanian importer"),
  and a buyer of no name by its state ("a Russian importer", `words.toml` [permits] buyer_nouns);
- a subject set off by a parenthetical adverb ("Peru, meanwhile, has requested X"), which the parser leaves loose
  (`frames/framebase.set_off_subject`);
- a seized load sent on, told sentences later by the noun that named it ("the container was to be shipped on to
  Y", `frames/seized_route.sent_on`, `frames/load_destinations.bound_later`), and a general load ("a consignment of weapons")
  giving way to the items listed after it (`seized_inventory.py`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text) for t in extractor.extract_text(text).transfers]


def _has(rows: list[tuple[str | None, str | None, str, str]], sup: str | None, rec: str, stage: str,
         word: str) -> bool:
    return any(s == sup and r == rec and st == stage and word in item for s, r, st, item in rows)


@pytest.mark.parametrize(("text", "want"), [
    ("VIENNA, 4 April - The economy ministry refused nine licences last year. Two refusals concerned a request "
     "to export 400 sniper rifles for the army of Myanmar; another concerned 60 machine guns for the "
     "police of Kenya.",
     [("AUT", "MMR", "sniper rifles"), ("AUT", "KEN", "machine guns")]),
    ("OSLO, 4 April - Last year the ministry turned down six applications. One of the denials involved anti-tank "
     "missiles for the army of Pakistan. Another involved 30 mortars for Chad.",
     [("NOR", "PAK", "anti-tank missiles"), ("NOR", "TCD", "mortars")]),
    ("HELSINKI, 4 April - The rejected applications included 40 machine guns for Kenya and 200 pistols for Peru.",
     [("FIN", "KEN", "machine guns"), ("FIN", "PER", "pistols")]),
])
def test_refusals_told_by_what_they_concerned(extractor, text, want) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for sup, rec, word in want:
        assert _has(rows, sup, rec, "refused", word), rows


@pytest.mark.parametrize("text", [
    "OSLO, 4 April - Two of the deliveries concerned 400 sniper rifles for the army of Myanmar.",
    "OSLO, 4 April - The refusals did not concern the 60 machine guns for the police of Kenya.",
    "OSLO, 4 April - One of the refusals concerned a shipment of tractors for Kenya.",
])
def test_no_refusal_without_a_refusal_told(extractor, text) -> None:  # noqa: ANN001
    assert not any(st == "refused" for _, _, st, _ in _rows(extractor, text)), _rows(extractor, text)


def test_one_more_needs_a_refusal_before(extractor) -> None:  # noqa: ANN001
    text = "OSLO, 4 April - The ministry granted 900 licences. Another concerned 30 mortars for Chad."
    assert not any(st == "refused" for _, _, st, _ in _rows(extractor, text))


@pytest.mark.parametrize(("text", "sup", "rec"), [
    ("FEATURE - Lisbon's arms policy under review\n\nLISBON, May 3, 2019 - The cabinet still declined to issue a "
     "licence for 20,000 artillery shells for Qatar last week, officials said.", "PRT", "QAT"),
    ("ROME, 3 May - A licence for 300 assault rifles for the Philippines was refused last week, two officials "
     "said.", "ITA", "PHL"),
])
def test_an_unnamed_refuser_is_the_datelines_state(extractor, text, sup, rec) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and st == "refused" for s, r, st, _ in rows), rows


def test_the_dateline_state_never_refuses_its_own_imports(extractor) -> None:  # noqa: ANN001
    text = "ROME, 3 May - A licence for 300 assault rifles for the Italian police was refused by the exporter."
    assert not any(s == "ITA" and r == "ITA" for s, r, _, _ in _rows(extractor, text))


@pytest.mark.parametrize(("text", "sup", "rec", "word"), [
    ("Austria revoked one licence: a 2015 licence for sniper rifles for a Serbian importer.", "AUT", "SRB",
     "sniper rifles"),
    ("Belgium refused a licence for 40 carbines for a Peruvian customer.", "BEL", "PER", "carbines"),
])
def test_a_buyer_of_no_name_by_its_state(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), sup, rec, "refused", word), _rows(extractor, text)


SEIZED = ("Port police in Mombasa on Tuesday seized a consignment of weapons hidden in a steel container on board "
          "the freighter Blue Heron. The container held 120 hunting rifles and 15,000 cartridges. The ship had "
          "sailed from Karachi. \"We opened it at night,\" an officer said. Officials praised the dockers. The "
          "owner was not available. According to the police, the container was to be shipped on to Kampala.")


def test_a_seized_load_sent_on_sentences_later(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, SEIZED)
    assert _has(rows, None, "UGA", "intercepted", "hunting rifles"), rows
    assert _has(rows, None, "UGA", "intercepted", "cartridges"), rows
    assert not any(item == "weapons" for _, _, _, item in rows), rows  # the listed items stand in its place


def test_a_load_sent_on_needs_the_noun_that_named_it(extractor) -> None:  # noqa: ANN001
    text = SEIZED.replace("the container was to be shipped on", "a tractor was to be shipped on")
    assert not any(r == "UGA" for _, r, _, _ in _rows(extractor, text))


def test_a_sent_on_load_after_another_seizure_is_not_the_first(extractor) -> None:  # noqa: ANN001
    text = ("Police in Lagos seized a container of pistols. The container held 40 pistols. Separately, customs "
            "in Lome seized 300 rifles from a truck. According to the police, the container was to be sent to Niamey.")
    rows = _rows(extractor, text)
    assert not any(r == "NER" for _, r, _, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "stage"), [
    ("Peru, meanwhile, has formally requested 20 tanks from Spain.", "ESP", "PER", "requested"),
    ("Chile, however, has already ordered six radars from Israel.", "ISR", "CHL", "ordered"),
])
def test_a_subject_set_off_by_an_adverb(extractor, text, sup, rec, stage) -> None:  # noqa: ANN001
    assert any(s == sup and r == rec and st == stage for s, r, st, _ in _rows(extractor, text)), _rows(extractor, text)


def test_a_dateline_is_no_subject_set_off(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "NAIROBI, May 2 - Delivered six radars to Kenya.")
    assert not any(s == "KEN" for s, _, _, _ in rows), rows
