"""Official texts (issue 12): ministry press releases, parliamentary answers, government notices.

Examples named after a value ("military support worth EUR 800 million, including A, B and C").

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

from materiel import lexicon
from materiel.extraction.mentions import topic


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-03-01").transfers


def _show(rows) -> list[tuple]:  # noqa: ANN001
    return [(t.supplier and t.supplier.id, t.recipient and t.recipient.id, t.item.text, t.stage, t.factuality,
             t.quantity) for t in rows]


# Examples hung under the value of a generic object replace it, one row each.
VALUE_EXAMPLES = [
    ("Since 2022, Latvia has provided Ukraine with military aid worth more than EUR 500 million, including "
     "M109 howitzers, Javelin anti-tank missiles and Mi-17 helicopters.", "LVA", "UKR",
     ["m109", "javelin", "mi-17"]),
    ("Denmark has given Ukraine military assistance valued at DKK 60 billion, including F-16 fighter jets "
     "and Leopard 1 tanks.", "DNK", "UKR", ["f-16", "leopard 1"]),
    ("Poland has sent Ukraine weapons worth over PLN 3 billion, including T-72 tanks and Krab howitzers.",
     "POL", "UKR", ["t-72", "krab"]),
]


@pytest.mark.parametrize("sentence,supplier,recipient,items", VALUE_EXAMPLES)
def test_examples_under_a_value(extractor, sentence, supplier, recipient, items):
    rows = _rows(extractor, sentence)
    shown = _show(rows)
    for item in items:
        assert any(s == supplier and r == recipient and item in text.lower() and stage == "delivered"
                   for s, r, text, stage, _, _ in shown), (item, shown)
    assert len(rows) == len(items), shown  # the generic object gives no row of its own


# An unnamed government body of an official text is the state its opening lines name.
ISSUER_TEXTS = [
    ("MINISTRY OF DEFENCE OF THE REPUBLIC OF ESTONIA\nPress release\n\nTallinn. The Ministry handed over "
     "30 Javelin missiles to Ukraine.", "EST", "UKR", "javelin"),
    ("Polish Sejm\nAnswer of the Government to interpellation no. 1234\n\nThe Government approved the export "
     "of 40 Krab howitzers to Ukraine in May.", "POL", "UKR", "krab"),
    ("Ministry of Defence of Finland press release\n12 March 2024\n\nToday the Ministry sent a further "
     "package of 155 mm artillery shells to Ukraine.", "FIN", "UKR", "shell"),
]


@pytest.mark.parametrize("text,state,recipient,item", ISSUER_TEXTS)
def test_issuer_body(extractor, text, state, recipient, item):
    rows = [t for t in _rows(extractor, text) if item in t.item.text.lower()]
    assert rows, _show(_rows(extractor, text))
    for t in rows:
        assert t.supplier is not None and t.supplier.kind == "government_body" and t.supplier.country == state, \
            _show(rows)
        assert t.recipient is not None and t.recipient.id == recipient


@pytest.mark.parametrize("opening,state", [
    ("MINISTRY OF DEFENCE OF THE REPUBLIC OF ESTONIA\nPress release\n", "EST"),
    ("Czech Chamber of Deputies\nGovernment answer to written question 17\n", "CZE"),
    ("Dutch Ministry of Defence\n", "NLD"),
    ("Estonia weighs new aid as winter nears\n", None),  # a headline: no institution
    ("The Estonian ministry said on Monday that it had sent more aid to Ukraine this week.\n", None),  # a sentence
    ("Joint statement of the Estonian and Latvian ministries of defence\n", None),  # two states
    ("Ministry of Defence\nPress release\n", None),  # no state
    ("Weekly digest\nNotes\nMore notes\nMinistry of Defence of Estonia\n", None),  # past the opening lines
])
def test_issuing_state(opening, state):
    assert topic.issuing_state(opening + "\nBody text.", lexicon.load()) == state


def test_issuer_yields_to_a_named_body(extractor):
    """"the Latvian government" in an Estonian ministry's release is Latvia's, not the issuer's."""
    text = ("MINISTRY OF DEFENCE OF THE REPUBLIC OF ESTONIA\nPress release\n\nThe Latvian government "
            "handed over 30 Javelin missiles to Ukraine.")
    rows = _rows(extractor, text)
    assert rows and all(t.supplier is not None and t.supplier.country == "LVA" for t in rows), _show(rows)


# A package's bulleted contents: one row per line, each with its quantity, at the package's own stage.
def test_bulleted_package_contents(extractor):
    text = ("Tallinn. The same day, Estonia handed over to Ukraine the latest package of military assistance. "
            "The package includes:\n\n- 12 M109 self-propelled howitzers;\n- 300 Javelin anti-tank missiles;\n"
            "- night vision goggles.\n\nThe minister thanked the troops.")
    got = {(t.supplier.id, t.recipient.id, t.item.designation, t.quantity, t.stage) for t in _rows(extractor, text)}
    assert ("EST", "UKR", "M109", 12, "delivered") in got, got
    assert ("EST", "UKR", "FGM-148 Javelin", 300, "delivered") in got, got
    assert not any("assistance" in t.item.text for t in _rows(extractor, text))


def test_bulleted_list_after_the_clause_colon(extractor):
    text = ("Slovakia will send Ukraine the following equipment:\n• 8 Zuzana 2 howitzers\n• 4 Mi-17 helicopters\n"
            "\nThe government approved the plan on Monday.")
    got = {(t.supplier.id, t.recipient.id, t.quantity) for t in _rows(extractor, text)}
    assert ("SVK", "UKR", 8) in got and ("SVK", "UKR", 4) in got, got


def test_bullets_after_an_unrelated_sentence_are_not_the_package(extractor):
    """A list introduced by a sentence with no list verb belongs to that sentence, not the package."""
    text = ("Estonia handed over to Ukraine a package of military assistance. The minister thanked:\n"
            "- 12 M109 crews;\n- 300 Javelin instructors.\n")
    assert not any(t.quantity in (12, 300) for t in _rows(extractor, text))


# A direct question asserts nothing; the answer that follows does.
QUESTIONS = [
    "2. Has the Government approved the export of Piranha armoured vehicles to Qatar, and if so, in what quantity?",
    "Will the Swiss government approve the delivery of further Piranha armoured vehicles to Qatar?",
    "Did Norway sell NASAMS launchers to Turkey in 2023?",
    "Which weapons has France delivered to Armenia since 2022?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_question_gives_no_row(extractor, question):
    assert _show(_rows(extractor, question)) == []


def test_answer_after_a_question_is_asserted(extractor):
    text = ("Has the Swiss government approved the export of Piranha armoured vehicles to Qatar?\n\nYes. On 3 "
            "March the Swiss government approved the export of 24 Piranha armoured vehicles to Qatar.")
    rows = _rows(extractor, text)
    got = [(t.supplier.country, t.recipient.id, t.quantity, t.factuality) for t in rows]
    assert got == [("CHE", "QAT", 24, "asserted")], _show(rows)


def test_statement_with_a_tagged_question_still_asserts(extractor):
    rows = _rows(extractor, "Norway sold 12 NASAMS launchers to Turkey last year, so why would it stop now?")
    assert any(t.supplier.id == "NOR" and t.recipient.id == "TUR" and t.quantity == 12 for t in rows), _show(rows)


# Withheld consent or a negated approval is a refusal, asserted.
CONSENT_REFUSALS = [
    ("Since 2019 Norway has not given its consent to the supply of NASAMS launchers to Turkey.", "NOR", "TUR"),
    ("Norway did not approve the export of NASAMS launchers to Turkey.", "NOR", "TUR"),
    ("Austria gave no permission for the sale of Pandur armoured vehicles to Nigeria.", "AUT", "NGA"),
    ("Sweden has not authorised the export of Archer howitzers to Turkey.", "SWE", "TUR"),
]


@pytest.mark.parametrize("sentence,supplier,recipient", CONSENT_REFUSALS)
def test_withheld_consent_is_a_refusal(extractor, sentence, supplier, recipient):
    rows = _rows(extractor, sentence)
    assert rows and all(t.stage == "refused" and t.factuality == "asserted" for t in rows), _show(rows)
    assert any(t.supplier.id == supplier and t.recipient.id == recipient for t in rows), _show(rows)


def test_given_consent_is_no_refusal(extractor):
    rows = _rows(extractor, "Norway has given its consent to the supply of NASAMS launchers to Turkey.")
    assert rows and not any(t.stage == "refused" for t in rows), _show(rows)


def test_never_authorised_is_a_denial_not_a_refusal(extractor):
    """"had never authorised the export of any military item": a denial that it happened, not a refusal."""
    rows = _rows(extractor, 'Ankara said the Turkish government had "never authorised the export of any military '
                            'item to Sudan".')
    assert not any(t.stage == "refused" for t in rows), _show(rows)
