"""Weapons-tracing reports and licensing reports (session 16b, helper hE): a passive participle that shares the
auxiliary of the passive before it ("were made in A and sold by B to C"), transfers told inside the licences a
report lists after its decision ("Seven applications were refused, among them licences for the export of X to
A"; "Several licences were granted, including ones for ..."), and coordinated "of" phrases each with its own
destination ("the export of X to A and of Y to B"). Every text is written for these tests."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, int | None, str]


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, quantity, stage) of each row, parties as states."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             (t.item.designation or t.item.text).lower(), t.quantity, t.stage) for t in rows}


def _has(got: set[Row], supplier: str | None, recipient: str | None, word: str, stage: str | None = None) -> bool:
    return any(s == supplier and r == recipient and word in i and (stage is None or st == stage)
               for s, r, i, _, st in got)


def test_a_participle_sharing_a_past_passive_auxiliary_takes_its_subject(extractor):
    got = _rows(extractor, "Tracing report\n\nThe carbines were produced in Slovakia and sold by Hungary to Mali.")
    assert _has(got, "HUN", "MLI", "carbines", "delivered")


def test_the_shared_auxiliary_varies_with_a_pluperfect_and_an_adverb(extractor):
    got = _rows(extractor, "Tracing report\n\nThe grenades had been manufactured in Greece in 2011 and later "
                           "transferred by Cyprus to Lebanon.")
    assert _has(got, "CYP", "LBN", "grenades", "delivered")


def test_a_participle_sharing_a_future_auxiliary_is_not_a_delivery(extractor):
    got = _rows(extractor, "Plans\n\nThe carbines will be produced in Slovakia and sold by Hungary to Mali.")
    assert _has(got, "HUN", "MLI", "carbines")
    assert not _has(got, "HUN", "MLI", "carbines", "delivered")


def test_refused_licences_listed_after_among_them_are_refusals_of_the_licensing_state(extractor):
    got = _rows(extractor, "Portugal's arms export report for 2020\n\nPortugal granted a licence for the export of "
                           "30 armoured vehicles to Senegal. Five applications were refused, among them licences for "
                           "the export of assault rifles to Bangladesh and of mortars to Cameroon.")
    assert _has(got, "PRT", "BGD", "rifles", "refused")
    assert _has(got, "PRT", "CMR", "mortars", "refused")
    assert not _has(got, "PRT", "CMR", "rifles")


def test_granted_licences_listed_after_including_are_licences_granted(extractor):
    got = _rows(extractor, "Portugal's arms export report for 2020\n\nPortugal granted a licence for the export of "
                           "30 armoured vehicles to Senegal. Several licences were approved, including ones for the "
                           "export of patrol boats to Angola.")
    assert _has(got, "PRT", "AGO", "boats", "offered")


def test_each_coordinated_of_phrase_keeps_its_own_destination(extractor):
    got = _rows(extractor, "Licences\n\nFinland approved the export of 60 carbines to Uruguay and of 12 mortars "
                           "to Paraguay.")
    assert _has(got, "FIN", "URY", "carbines") and _has(got, "FIN", "PRY", "mortars")
    assert not _has(got, "FIN", "URY", "mortars") and not _has(got, "FIN", "PRY", "carbines")


def test_coordinated_of_phrases_with_one_destination_both_go_there(extractor):
    got = _rows(extractor, "Licences\n\nFinland approved the export of 60 carbines and of 12 mortars to Paraguay.")
    assert _has(got, "FIN", "PRY", "carbines") and _has(got, "FIN", "PRY", "mortars")


def test_a_deadline_after_by_is_no_agent_of_a_shared_passive(extractor):
    got = _rows(extractor, "Plans\n\nThe howitzers were ordered by Peru in May. They will be assembled in Lima "
                           "and delivered by the end of the year.")
    assert not any(i == "howitzers" and st == "delivered" for _, _, i, _, st in got)


def test_a_capital_set_off_by_a_parenthetical_is_the_subject_of_the_verb_after_it(extractor):
    got = _rows(extractor, "Border war\n\nTashkent, for its part, handed over seized Mi-8 helicopters to Kabul.")
    assert _has(got, "UZB", "AFG", "mi-8", "delivered")


def test_a_reduced_passive_on_a_root_name_stays_passive(extractor):
    got = _rows(extractor, "Border war\n\nTashkent, supplied with rifles by Moscow in 1999, built up its army.")
    assert not any(s == "UZB" for s, _, _, _, _ in got)


def test_requests_denied_including_one_and_licences_revoked_among_them(extractor):
    got = _rows(extractor, "Estonian arms exports in 2023\n\nEstonia granted a licence for the export of 8 mortars "
                           "to Georgia. Three requests were denied, including one for the export of ammunition to "
                           "Sudan. Two licences were revoked, among them a licence for the export of pistols to Yemen.")
    assert _has(got, "EST", "SDN", "ammunition", "refused")
    assert _has(got, "EST", "YEM", "pistols", "refused")
