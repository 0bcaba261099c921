"""Patterns of the thirty-first session's helper `suppliers` (the supplier of a row).

- A state's own body named without its state ("the National Conventional Arms Committee (NCAC)", "the Federal
  Office for Export Control", "the National Export Board") is as bare as "the committee": it belongs to the text's
  topic state (mentions/portfolio_bodies.py `national`, topic.py `is_bare_body`; words.toml [national_bodies]).
- Not so: a national body whose name tells its state ("the National Council of Chile"), one in a text whose state no one tells (it keeps its own name), a head that is
  no body ("the National Museum").

Sentences written for these tests (not taken from any article); the positives failed before the change, but the
first national one, where the sentences before lent the same state to a supplier the body left empty."""
from __future__ import annotations

import pytest

from materiel.extraction.mentions.portfolio_bodies import national


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.item.text)
            for t in extractor.extract_text(text, published="2024-06-01").transfers]


NATIONALS = [
    ("Norway freezes arms permits for Gulf buyers\n\nOSLO, May 3 - Norway has frozen export permits for ammunition "
     "bound for Qatar. In 2017 the National Arms Export Committee (NAEC) turned down an export permit for 250 "
     "assault rifles bound for Yemen.\n", "NOR", "YEM", "assault rifles"),
    ("Chile tightens export rules\n\nSANTIAGO, May 3 - Chile has tightened its export rules. In 2019 the National "
     "Export Board refused a licence for 40 tanks for Peru.\n", "CHL", "PER", "tanks"),
    ("Austria curbs exports\n\nVIENNA, May 3 - Austria has curbed arms exports. Last year the Federal Office for "
     "Export Control refused a licence for 500 rifles for Sudan.\n", "AUT", "SDN", "rifles"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), NATIONALS)
def test_national_body_is_the_topic_states(extractor, text, supplier, recipient, item):
    rows = [r for r in _rows(extractor, text) if item in r[2] and r[1] == recipient]
    assert rows and all(r[0] == supplier for r in rows), rows


def test_national_body_without_topic_keeps_its_name(extractor):
    text = "In 2019 the National Export Board refused a licence for 40 tanks for Peru."
    rows = [t for t in extractor.extract_text(text).transfers if "tanks" in t.item.text]
    assert all(t.supplier is None or t.supplier.country is None for t in rows), rows


@pytest.mark.parametrize(("sentence", "head"), [
    ("The National Council of Chile refused a licence for tanks.", "Council"),
    ("The National Council of the UK refused a licence for tanks.", "Council"),
    ("The Kenyan National Council refused a licence for tanks.", "Council"),
    ("The National Museum showed old tanks.", "Museum"),
    ("National Board members refused a licence for tanks.", "Board"),
])
def test_not_a_bare_national_body(extractor, sentence, head):
    doc = extractor.nlp(sentence)
    tok = next(t for t in doc if t.text == head)
    assert not national(tok)


@pytest.mark.parametrize(("sentence", "head"), [
    ("The National Conventional Arms Committee (NCAC) refused a licence for tanks.", "Committee"),
    ("The Federal Office for Export Control refused a licence for tanks.", "Office"),
])
def test_a_bare_national_body(extractor, sentence, head):
    doc = extractor.nlp(sentence)
    tok = next(t for t in doc if t.text == head)
    assert national(tok)
