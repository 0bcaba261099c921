"""Refused applications and refusals told in relative clauses (twenty-ninth session, helper hG):

- a transfer told as what an application asks leave for ("X applied for a licence to export 40 A to Y", "sought
  permission to sell A to Y") is asked for (stage requested), the applicant exporting (frames/applied_acts.py,
  [applied_acts] in words.toml); a later "that application will be refused" or "the application is expected to be
  rejected" refuses it with its item and count (refused_deals.py, [applied_acts] refused_asks);
- in "A joins B, which froze X for C, and D, which halted Y to E" each relative clause is its own member's: B's
  refusal is not D's, nor D's B's (mentions/resolved.py `kept_apart`).

Sentences written for these tests (invented firms, models and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity, t.factuality) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], supplier: str, recipient: str, stage: str, word: str, quantity: int | None) -> bool:
    return any(s is not None and supplier in s and r is not None and recipient in r and st == stage and
               word in item and (quantity is None or q == quantity) for s, r, st, item, q, _ in rows)


REFUSED_APPLICATIONS = [
    ("Norway's Halden Works applied in March for a licence to export 250 KR-7 sniper rifles to Oman. That "
     "application will now be refused, an official said.", "Norway", "Oman", "sniper rifles", 250),
    ("In May, the Austrian firm Velmar Arms applied for a licence to sell sixty Tarn-5 mortars to Qatar. The "
     "application was rejected by the economy ministry.", "Austria", "Qatar", "mortars", 60),
    ("Halden Works, a Norwegian rifle maker, had applied for permission to export 400 Ostra-3 sniper rifles to "
     "Bahrain. That application is expected to be refused, two people said.", "Norway", "Bahrain", "rifles", 400),
    ("Spain's Dorado Industrial has applied for a licence to ship 3,000 mortar bombs and 500 rocket launchers to "
     "Jordan, the ministry said. The application was refused on Friday.", "Spain", "Jordan", "mortar bombs", 3000),
    ("Spain's Dorado Industrial has applied for a licence to ship 3,000 mortar bombs and 500 rocket launchers to "
     "Jordan, the ministry said. The application was refused on Friday.", "Spain", "Jordan", "launchers", 500),
    ("The Czech government said Karvell Defence, which applied last year for a licence to export twelve "
     "Ostrava-9 radars to Kenya, would be told soon. The application has been turned down.", "Karvell", "Kenya",
     "radars", 12),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), REFUSED_APPLICATIONS)
def test_refused_application_keeps_item_and_count(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                  word: str, quantity: int) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, "refused", word, quantity)


APPLIED = [
    ("Norway's Halden Works applied for a licence to export 250 KR-7 sniper rifles to Oman.", "Norway", "Oman",
     "rifles", 250),
    ("The Belgian firm Orvane, which had applied for a licence to export two Sentra-4 radars to Peru, said it "
     "would appeal.", "Belgium", "Peru", "radars", 2),
    ("Austria's Halden Works sought permission to sell sixty Tarn-5 mortars to Qatar, but the request was turned "
     "down.", "Austria", "Qatar", "mortars", 60),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), APPLIED)
def test_application_is_a_request_not_a_delivery(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                 word: str, quantity: int) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "requested", word, quantity)
    assert not _has(rows, supplier, recipient, "delivered", word, None)


def test_application_not_made_is_negated(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway's Halden Works did not apply for a licence to export rifles to Oman.")
    asked = [r for r in rows if r[2] == "requested"]
    assert asked and all(r[5] == "negated" for r in asked)
    assert not _has(rows, "Norway", "Oman", "delivered", "rifles", None)


@pytest.mark.parametrize("text", [
    "Halden Works was granted a licence to export 60 Tarn-5 mortars to Qatar.",
    "Norway's Halden Works applied for a licence to open an office in Oman.",
])
def test_no_request_row(extractor, text: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[2] in ("requested", "delivered")]


def test_granted_application_is_not_refused(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Finland's Halden Works sought a licence to export 80 Tarn-5 mortars to Egypt. It was "
                            "granted in June.")
    assert not any(st == "refused" for _, _, st, *_ in rows)


@pytest.mark.parametrize(("text", "supplier", "recipient"), [
    ("Portugal joins Austria, which suspended approvals for Egypt on Monday, and Belgium, which halted arms "
     "exports to Egypt in May.", "Belgium", "Egypt"),
    ("Ireland joins Slovakia, which froze new licences for Chile in March, and Belgium, which stopped arms sales to "
     "Peru in May.", "Belgium", "Peru"),
])
def test_each_relative_clause_is_its_own_members(extractor, text: str, supplier: str,  # noqa: ANN001
                                                 recipient: str) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "refused", "arms", None)
    assert not any(s in ("Austria", "Slovakia") and r == recipient for s, r, *_ in rows)


@pytest.mark.parametrize("text", [
    "Portugal joins Austria, which suspended approvals for Egypt on Monday, and Belgium, which halted arms exports "
    "to the kingdom in May.",
    "Finland joins Austria, which suspended approvals for Jordan on Thursday, and Poland, which halted arms exports "
    "to the kingdom in October.",
])
def test_no_row_between_the_two_members(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    names = {"Austria", "Belgium", "Poland"}
    assert not any(s in names and r in names for s, r, *_ in rows)


# "grant no new licences to A or B": the "no" is the refusal's own, which stays asserted (no_items.py).
@pytest.mark.parametrize(("text", "supplier", "recipients"), [
    ("Spain will grant no new arms export licences to Egypt or Bahrain.", "Spain", ["Egypt", "Bahrain"]),
    ("Madrid will issue no further arms export licences for Egypt, the trade ministry said.", "Spain", ["Egypt"]),
    ("The Portuguese government will grant no new arms export licences to Chile and Peru, a minister said.",
     "Portugal", ["Chile", "Peru"]),
])
def test_licences_granted_to_none_are_an_asserted_refusal(extractor, text: str, supplier: str,  # noqa: ANN001
                                                          recipients: list[str]) -> None:
    rows = _rows(extractor, text)
    for recipient in recipients:
        assert any(s and supplier in s and r and recipient in r and st == "refused" and f == "asserted"
                   for s, r, st, _, _, f in rows), recipient


def test_item_given_as_none_stays_negated(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Belgium gave Chad 20 trucks but no rifles.")
    assert any(st == "delivered" and "rifles" in item and f == "negated" for _, _, st, item, _, f in rows)
    assert not _rows(extractor, "The donation contained no rifles.")


# A body of states named with a blocker's word ("the X Union") bans its own sales (frames/transit.py).
@pytest.mark.parametrize(("text", "supplier", "recipient"), [
    ("The European Union has banned weapons sales to Belarus since 2006.", "European Union", "Belarus"),
    ("The African Union suspended arms sales to Mali in 2012.", "African Union", "Mali"),
    ("In 2019 the European Union halted weapons exports to Venezuela, diplomats said.", "European Union",
     "Venezuela"),
])
def test_union_of_states_is_the_refusing_supplier(extractor, text: str, supplier: str,  # noqa: ANN001
                                                  recipient: str) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, "refused", "", None)


def test_workers_union_is_no_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Dockworkers in Genoa refused to load a cargo of Italian rifles bound for Chad.")
    assert _has(rows, "Italy", "Chad", "refused", "rifles", None)
    assert not any(s and ("union" in s.lower() or "worker" in s.lower()) for s, *_ in rows)


# Aid or assistance withheld as a whole names no materiel: no refused row (refused_aid.py, [refused_aid]).
@pytest.mark.parametrize("text", [
    "The United States suspended much of its military aid to Mali after the coup.",
    "Washington froze security aid to Niger in August, officials said.",
    "After the takeover, Canada halted its military support for the junta in Conakry.",
    "It cut off all military assistance to Chad, the embassy said.",
])
def test_withheld_aid_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[2] == "refused"]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), [
    ("The United States suspended the delivery of 12 helicopters to Mali after the coup.", "United States",
     "Mali", "refused", "helicopters"),
    ("Germany halted arms exports to Turkey in October.", "Germany", "Türkiye", "refused", "arms"),
    ("The United States delivered military aid to Kenya in June.", "United States", "Kenya", "delivered", "aid"),
])
def test_named_or_given_aid_stays(extractor, text: str, supplier: str, recipient: str, stage: str,  # noqa: ANN001
                                  word: str) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, stage, word, None)


# "An application to export A to Y is expected to be rejected": the raising verb's complement refuses it
# (frames/raised.py, [applied_acts] raising_verbs).
@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), [
    ("An application by Velmar Arms to export 300 Varta-3 assault rifles to the Kenyan police is expected to be "
     "rejected, officials said.", "Velmar", "Kenya", "assault rifles", 300),
    ("Austria will grant no new arms export licences to Kenya. An application to export 300 Varta-3 assault rifles "
     "to the Kenyan interior ministry is expected to be rejected, officials said.", "Austria", "Kenya",
     "assault rifles", 300),
])
def test_application_expected_to_be_rejected(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                             word: str, quantity: int) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, "refused", word, quantity)


def test_application_expected_to_be_approved_is_not_refused(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "An application by Velmar Arms to export 300 Varta-3 assault rifles to the Kenyan "
                            "police is expected to be approved, officials said.")
    assert not any(st == "refused" for _, _, st, *_ in rows)
