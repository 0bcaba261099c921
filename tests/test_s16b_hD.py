"""Military-aid deliveries and donation reports (helper s16b-hD): a conveyance landing "with" its load, a state's
"service" as a body of that state ("the Moldovan border service"), and the next consignment of a series ("a
fourth consignment", "another shipment of X arrived") taking the parties of the report. Sentences written for
these tests, with parties and weapons of their own; each positive assertion failed before its change; the
negative ones say what must give no row."""
from __future__ import annotations

from _helpers import find

# -- a state's service as its body ---------------------------------------------------------------------


def test_border_service_is_a_state_body(extractor):
    report = extractor.extract_text("Romania handed 16 armoured vehicles to the Moldovan border service.")
    assert [t.quantity for t in find(report, "ROU", "MDA", "armoured vehicles")] == [16]


def test_security_service_of_a_state(extractor):
    report = extractor.extract_text("Poland delivered 300 assault rifles to the Georgian security service.")
    assert [t.quantity for t in find(report, "POL", "GEO", "rifles")] == [300]


# -- a conveyance arriving with its load ---------------------------------------------------------------


def test_plane_landed_with_consignment_for_a_body(extractor):
    report = extractor.extract_text(
        "Three Turkish A400M transport planes touched down at an airbase near Dushanbe with a consignment of "
        "military equipment for the Tajik national guard, including 24 Cobra armoured vehicles and 800 assault "
        "rifles, officials said.")
    assert [t.quantity for t in find(report, "TUR", "TJK", "armoured vehicles")] == [24]
    assert [t.quantity for t in find(report, "TUR", "TJK", "rifles")] == [800]


def test_ship_arrived_with_load_in_a_state(extractor):
    report = extractor.extract_text("A Spanish ship arrived in Mauritania on Tuesday with 18 patrol boats.")
    assert [t.quantity for t in find(report, "ESP", "MRT", "patrol boats")] == [18]


def test_plane_landed_with_load_for_the_army(extractor):
    report = extractor.extract_text("An Indian cargo plane landed in Maputo with 40 mine-protected vehicles for "
                                    "the Mozambican army.")
    assert [t.quantity for t in find(report, "IND", "MOZ", "vehicles")] == [40]


def test_landing_with_civil_goods_gives_no_row(extractor):
    report = extractor.extract_text("A Japanese plane landed in Dili with 20 tonnes of tents, blankets and "
                                    "medicines for the Timorese army.")
    assert report.transfers == []


def test_landing_with_crews_for_exercises_gives_no_row(extractor):
    report = extractor.extract_text("Two Norwegian F-35s landed in Lithuania with their pilots for exercises.")
    assert report.transfers == []


# -- the next consignment of a series ------------------------------------------------------------------

REPORT = ("Mongolia receives more Indian military aid\n\n"
          "India has donated 14 armoured vehicles to Mongolia, the defence ministry in Ulaanbaatar said on Monday.\n")


def test_next_consignment_expected_takes_the_report_parties(extractor):
    report = extractor.extract_text(REPORT + "A third consignment, with six Dhruv helicopters, is expected "
                                             "in the spring.")
    assert [t.quantity for t in find(report, "IND", "MNG", "Dhruv")] == [6]


def test_another_shipment_arrived_takes_the_report_parties(extractor):
    report = extractor.extract_text(REPORT + "Another shipment of 25 Pinaka launchers arrived in March.")
    assert [t.quantity for t in find(report, "IND", "MNG", "Pinaka")] == [25]


def test_a_first_purchase_is_no_step_of_a_series(extractor):
    report = extractor.extract_text(REPORT + "The government called it a first major purchase of modern "
                                             "combat aircraft.")
    assert find(report, None, None, "combat aircraft") == [] and \
        find(report, "IND", "MNG", "combat aircraft") == []


# -- a conveyance that "brought" a load ----------------------------------------------------------------


def test_aircraft_brought_load_to_a_place(extractor):
    report = extractor.extract_text("A Pakistani aircraft brought 60 mortars and 2,000 shells to Colombo on Friday.")
    assert [t.quantity for t in find(report, "PAK", "LKA", "mortars")] == [60]


def test_flights_brought_load_in_an_aid_report(extractor):
    report = extractor.extract_text(REPORT + "In April two Indian flights brought 300 INSAS rifles.")
    assert [t.quantity for t in find(report, "IND", "MNG", "INSAS")] == [300]


def test_bring_without_a_conveyance_gives_no_row(extractor):
    report = extractor.extract_text("The Estonian purchase brought the army's fleet to 40 K9 howitzers.")
    assert report.transfers == []
