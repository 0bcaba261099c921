"""Session 13 (lead): one transfer told once with a state and once with its government body ("a possible sale
to X" and "the Government of X has requested") is one row, the telling with the count kept.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

NOTICE = ("The State Department has approved a possible sale to Ecuador of Patriot launchers and associated "
          "equipment. The Government of Ecuador has requested to buy six (6) Patriot launchers.")


def test_a_state_and_its_government_body_tell_one_offer(extractor) -> None:  # noqa: ANN001
    rows = [t for t in extractor.extract_text(NOTICE).transfers if t.stage == "offered"]
    assert [(t.item.text, t.quantity) for t in rows] == [("Patriot launchers", 6)], rows


def test_two_states_stay_two_rows(extractor) -> None:  # noqa: ANN001
    text = ("Spain delivered patrol boats to Ghana in March. The Government of Togo received patrol boats from "
            "Spain in May.")
    rows = extractor.extract_text(text).transfers
    assert {t.recipient.country for t in rows} == {"GHA", "TGO"}


def test_a_verb_the_tagger_reads_as_a_noun_keeps_its_object(extractor) -> None:  # noqa: ANN001
    """"refusal to let the arms maker X export 2,000 rifles to Y": "export" tagged as a noun, its object kept."""
    text = ("ROME - Italy's top court has endorsed the ministry's refusal to let the company Benelli export 2,000 "
            "ARX160 assault rifles to Kenya.")
    rows = extractor.extract_text(text).transfers
    assert [(t.recipient.id, t.stage, t.quantity) for t in rows] == [("KEN", "refused", 2000)], rows
