"""Session 17 (lead): constructions of government releases and delivery reports that gave no row or a wrong one.

- a message noun modifying the item is no message: "six multi-mission response vessels" is an item, unlike "sent its
  response to parliament" (`frames/checks._sends_message`);
- an ordinal before the count of a designated system keeps the count: "the last three Leopard 2A7 tanks"
  (`mentions/items._quantity`);
- a value's "in" phrase holds the recipient: "$15 million in security assistance to X, including six boats"
  (`frames/arguments._container_parties`);
- a reduced relative on a list member is that member's own: "..., B bought from X in 2015, and the first of the new
  C": X does not supply the C (`frames/objects.py`);
- a demonym on the generic phrase a list of examples replaced supplies the examples: "bought $15 billion of
  American equipment, including A, B and C" (`frames/value_contents.generic_words`);
- a generic noun's relative clause has no party: "sanctions on countries that buy Russian tanks" lends no
  recipient from the sentence (`frames/frames.verb_frame`);
- a headline's infinitive whose subject the parser left loose: "UK to send more drones to Latvia"
  (`frames/framebase.headline_subject`);
- a halted export's recipients hung on the verb of halting: "suspended the export of bombs to A and B" refuses
  both (`frames/nouns._support_preps`);
- a number with a letter after it is a model's name, never a count: "Type 81B howitzers"
  (`mentions/name_numbers.model_number`);
- "the decision of X to study the transfer of Y to Z": X decides (`frames/governors.subject_of`), and deciding to weigh a
  transfer orders nothing (`predicates.toml` [classes.consider] never_ordered);
- firearm parts and destroyer escorts in the lexicon ("rifle barrels");
- the parser's split of a paragraph's first word from the next ("Lockheed | Martin Aeronautics ... is awarded")
  is no sentence (`recognizers.paragraphs`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, int | None]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.quantity) for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize(("text", "want"), [
    ("Spain will hand over eight rapid response boats to the Senegalese Navy.", ("ESP", "SEN", 8)),
    ("South Korea will provide six multi-mission response vessels to the Vietnamese Navy.", ("KOR", "VNM", 6)),
])
def test_message_word_modifying_an_item(extractor, text: str, want: tuple[str, str, int]) -> None:  # noqa: ANN001
    assert want in {(s, r, q) for s, r, _, q in _rows(extractor, text)}


@pytest.mark.parametrize("text", [
    "The ministry sent its response to the parliament on Tuesday.",
    "Italy delivered a briefing note to the Albanian defence ministry.",
])
def test_messages_stay_no_rows(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("The last three Leopard 2A7 tanks were handed over to Hungary by Germany in June.", ("DEU", "HUN", 3)),
    ("Germany handed the final two Leopard 2A8 tanks to Lithuania in March.", ("DEU", "LTU", 2)),
])
def test_ordinal_before_a_designated_count(extractor, text: str, want: tuple[str, str, int]) -> None:  # noqa: ANN001
    assert want in {(s, r, q) for s, r, _, q in _rows(extractor, text)}


@pytest.mark.parametrize(("text", "want"), [
    ("Canada provided C$50 million in non-lethal aid to Jordan, including 30 armoured trucks.", ("CAN", "JOR", 30)),
    ("Since 2018 Japan has given $12 million in maritime security assistance to Sri Lanka, including four patrol "
     "boats.", ("JPN", "LKA", 4)),
])
def test_recipient_inside_a_value(extractor, text: str, want: tuple[str, str, int]) -> None:  # noqa: ANN001
    assert want in {(s, r, q) for s, r, _, q in _rows(extractor, text)}


def test_first_word_of_a_paragraph_is_no_sentence(extractor) -> None:  # noqa: ANN001
    text = ("AIR FORCE\n\nLockheed Martin Aeronautics and Space, Fort Worth, Texas, has been awarded a contract for 12 "
            "F-16 aircraft for Bulgaria.")
    doc = extractor.nlp(text)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Martin" not in starts and "Lockheed" in starts


def test_participle_on_a_list_member_is_its_own(extractor) -> None:  # noqa: ANN001
    text = ("Colombia marked the 200th anniversary of its army on Sunday with a parade featuring recently acquired "
            "equipment, including Israeli-made Spike missiles, Black Hawk helicopters purchased from the United States "
            "in 2016, and the earliest of the navy's Spanish-built transport aircraft.")
    rows = [(t.supplier.country if t.supplier else None, t.item.text) for t in extractor.extract_text(text).transfers]
    assert ("USA", "Black Hawk helicopters") in rows
    assert not any(s == "USA" and "transport" in item for s, item in rows)


@pytest.mark.parametrize(("text", "supplier"), [
    ("Vietnam has long depended on Russia for its fighters. Over the past decade it has also bought $2 billion of "
     "Israeli equipment, including DX-4 launchers and Zohar-2 radars.", "ISR"),
    ("Kenya relied on Britain for its armour until the 2000s. It later acquired French hardware, including ARX-20 "
     "turrets and Kestrel-9 launchers.", "FRA"),
])
def test_demonym_on_the_generic_of_a_list(extractor, text: str, supplier: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and all(s == supplier for s, _, _, _ in rows)


def test_relative_clause_of_a_generic_noun(extractor) -> None:  # noqa: ANN001
    text = ("Egypt and China signed a contract for twelve J-10 fighters, despite the threat of sanctions on "
            "countries that buy Chinese combat aircraft.")
    rows = _rows(extractor, text)
    assert ("CHN", "EGY", "ordered", 12) in rows and len(rows) == 1


@pytest.mark.parametrize(("text", "want"), [
    ("UK to send more drones to Latvia", ("GBR", "LVA", "offered", None)),
    ("UK to gift further air defence and drones to Estonia", ("GBR", "EST", "offered", None)),
])
def test_headline_infinitive_subject(extractor, text: str, want: tuple[str, str, str, None]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert want in rows and not any(r == "GBR" for _, r, _, _ in rows)


@pytest.mark.parametrize(("text", "want"), [
    ("Spain's government suspended the export of aerial bombs and rockets to Kuwait and Bahrain in March 2021.",
     {("ESP", "KWT", "refused"), ("ESP", "BHR", "refused")}),
    ("Finland froze the sale of mortar rounds to Oman and Qatar last year.",
     {("FIN", "OMN", "refused"), ("FIN", "QAT", "refused")}),
])
def test_halted_export_to_several(extractor, text: str, want: set[tuple[str, str, str]]) -> None:  # noqa: ANN001
    assert want <= {(s, r, st) for s, r, st, _ in _rows(extractor, text)}


@pytest.mark.parametrize("text", [
    "China sold Type 81B howitzers to Zambia in 2015.",
    "Serbia delivered Model 12C mortars to Cyprus.",
])
def test_lettered_number_is_no_count(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and all(q is None for _, _, _, q in rows)


def test_decision_of_a_state_to_study_a_transfer(extractor) -> None:  # noqa: ANN001
    text = ("The ministry welcomed the decision of Seoul to study the transfer of two "
            "Pohang-class corvettes to the Peruvian Navy.")
    assert ("KOR", "PER", "considered", 2) in _rows(extractor, text)


@pytest.mark.parametrize(("text", "want"), [
    ("Customs in Manzanillo seized 400 rifle barrels shipped from Guatemala to Mexico.",
     ("GTM", "MEX", "intercepted", 400)),
    ("The United States transferred three destroyer escorts to Uruguay in 1972.", ("USA", "URY", "delivered", 3)),
])
def test_lexicon_words(extractor, text: str, want: tuple[str, str, str, int]) -> None:  # noqa: ANN001
    assert want in _rows(extractor, text)
