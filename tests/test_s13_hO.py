"""Official notices and itemised lists whose rows were lost (thirteenth session, helper O):

- "approving a possible Foreign Military Sale to X for A units, B missiles and associated equipment for an
  estimated cost of $N": the items follow "for" up to the price, one a segment; the boilerplate ("associated
  equipment, parts and support") closes the list (`frames/approvals.for_list`);
- "X has requested a possible sale of six (6) A, ten (10) B and two (2) C": a request over a sale noun makes
  the requester the buyer, never the seller (`frames/modality.py`); the counted appositions the parser made
  of the list inside the "of" phrase are items (`mentions/items.py`);
- "... has requested to buy six A. Also included are sixteen B and eight C": the counted or named items a
  notice adds take the stage and parties of the transfer told just before (`also_included.py`);
- an approval's row restated, counted, by the request under it gives way to it (`approval_rows.py`);
- "supplied the items listed below, which were presented to the Chief of Staff of the Armed Forces of X:"
  and bulleted lines: the chief stands for the body of the "of" phrase (`cues.toml` agent_nouns), the
  count before a calibre is the count ("two 12.7 mm guns", `frames/itemised.quantity_before`);
- "the economy ministry approved the sale of A by Y to Z": the sale's "by" phrase names the seller
  (`frames/approvals.sale_agents`).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

from _helpers import find

APPROVED_FOR = ("The State Department has made a determination approving a possible Foreign Military Sale to the "
                "Government of Kuwait for NASAMS launchers, AIM-120 missiles and associated equipment, parts and "
                "logistical support for an estimated cost of $300 million.")


def test_approved_sale_lists_its_items_after_for(extractor):
    rep = extractor.extract_text(APPROVED_FOR, published="2024-06-01")
    assert find(rep, "US", "KWT", "NASAMS") and find(rep, "US", "KWT", "AIM-120")
    assert not find(rep, "US", "KWT", "parts") and not find(rep, "US", "KWT", "support")


def test_for_phrase_of_a_party_or_a_sum_names_no_item(extractor):
    rep = extractor.extract_text("The State Department approved a possible sale to Peru for its navy for an "
                                 "estimated cost of $90 million.", published="2024-06-01")
    assert not [t for t in rep.transfers if "navy" in t.item.text.lower() or "cost" in t.item.text.lower()]


REQUESTED_SALE = ("The Government of Peru has requested a possible sale of twelve (12) Harpoon missiles, four (4) "
                  "Avenger fire units, and three (3) AN/TPS-80 radars.")


def test_request_of_a_sale_makes_the_requester_the_buyer(extractor):
    rep = extractor.extract_text(REQUESTED_SALE, published="2024-06-01")
    for item, qty in (("Harpoon", 12), ("Avenger", 4), ("TPS-80", 3)):
        rows = [t for t in find(rep, None, "PER", item) + find(rep, "US", "PER", item) if t.stage == "requested"]
        assert rows and rows[0].quantity == qty, (item, rep.transfers)
    assert not [t for t in rep.transfers if t.supplier is not None and t.supplier.country == "PER"]


ALSO = ("The State Department has made a determination approving a possible Foreign Military Sale to the Government "
        "of Kuwait of Apache helicopters for an estimated cost of $1 billion. The Government of Kuwait has "
        "requested to buy twelve (12) AH-64E Apache helicopters. Also included are twenty-four (24) M2 machine "
        "guns, six (6) AN/APR-39 radar warning receivers and spare parts.")


def test_also_included_items_share_the_request_before(extractor):
    rep = extractor.extract_text(ALSO, published="2024-06-01")
    for item, qty in (("M2", 24), ("APR-39", 6)):
        rows = find(rep, "US", "KWT", item)
        assert {t.stage for t in rows} >= {"requested", "offered"} and rows[0].quantity == qty, (item, rows)
    assert not find(rep, "US", "KWT", "spare parts")  # the uncounted boilerplate stays out


def test_also_included_needs_a_transfer_before(extractor):
    rep = extractor.extract_text("The exercise ended on Friday. Also included were twelve (12) M2 machine guns.",
                                 published="2024-06-01")
    assert not rep.transfers


RESTATED = ("The State Department has made a determination approving a possible Foreign Military Sale to the State "
            "of Kuwait of Apache helicopters for an estimated cost of $1 billion. The Government of Kuwait has "
            "requested to buy twelve (12) AH-64E Apache helicopters.")


def test_approval_restated_by_the_counted_request_gives_way(extractor):
    rep = extractor.extract_text(RESTATED, published="2024-06-01")
    apache = find(rep, "US", "KWT", "Apache")
    assert apache and all(t.quantity == 12 for t in apache), apache


HANDOVER = """Along with the corvette, Norway supplied the items listed below, which were presented to the Chief of Staff of the Armed Forces of Ghana:

- three 40 mm Bofors guns;
- 200 HK416 rifles;
- 50 ballistic vests;
- 10 night-vision binoculars.
"""


def test_handover_list_goes_to_the_body_of_the_chief(extractor):
    rep = extractor.extract_text(HANDOVER, published="2024-06-01")
    for item, qty in (("Bofors", 3), ("HK416", 200), ("vests", 50), ("binoculars", 10)):
        rows = find(rep, "NOR", "GHA", item)
        assert rows and rows[0].quantity == qty and rows[0].stage == "delivered", (item, rep.transfers)


def test_chief_alone_is_no_recipient(extractor):
    rep = extractor.extract_text("Norway handed over 200 rifles to the chief.", published="2024-06-01")
    assert not [t for t in rep.transfers if t.recipient is not None and "chief" in t.recipient.name.lower()]


def test_sale_by_a_firm_names_the_seller(extractor):
    rep = extractor.extract_text("In 2016, the economy ministry approved the sale of 40 sniper rifles by Heckler & Koch to "
                                 "Kenya's army.", published="2024-06-01")
    rows = find(rep, "Heckler", "KEN", "sniper rifles")
    assert rows and rows[0].quantity == 40 and rows[0].stage == "offered", rep.transfers


def test_sale_by_a_date_names_no_seller(extractor):
    rep = extractor.extract_text("The ministry approved the sale of four patrol boats by 2021 to Ghana.",
                                 published="2024-06-01")
    assert not [t for t in rep.transfers if t.supplier is not None and "2021" in t.supplier.name]


RECIPIENT = ("The State Department has made a determination approving two possible Foreign Military Sales to the "
             "Government of Norway for an estimated total cost of $80 million. The Defense Security Cooperation "
             "Agency delivered the required certifications today. The recipient has requested to buy three hundred "
             "ten (310) AGM-114R Hellfire missiles and associated launchers, including support equipment. The estimated "
             "cost is $20 million. The recipient has also requested to buy forty-two (42) Puma Unmanned Aerial "
             "Systems and related equipment.")


def test_the_recipient_of_a_notice_is_the_approved_buyer(extractor):
    rep = extractor.extract_text(RECIPIENT, published="2024-06-01")
    for item, qty in (("Hellfire", 310), ("Puma", 42)):
        rows = find(rep, "US", "NOR", item)
        assert rows and rows[0].quantity == qty and {t.stage for t in rows} >= {"requested", "offered"}, \
            (item, rep.transfers)


def test_a_request_by_the_recipient_long_after_is_no_notice(extractor):
    text = ("The State Department approved a possible sale to Norway of Hellfire missiles. The talks went on. "
            "Officials met. Nothing changed. The ministers spoke. Winter came. Spring came. Later the recipient, a charity, requested to buy "
            "twelve (12) Puma drones.")
    rep = extractor.extract_text(text, published="2024-06-01")
    assert not find(rep, "US", "NOR", "Puma")


def test_related_equipment_beside_a_named_system_is_no_row(extractor):
    rep = extractor.extract_text("The State Department has made a determination approving a possible Foreign "
                                 "Military Sale to the Kingdom of Denmark of the NASAMS air defense system and "
                                 "related equipment for an estimated cost of $1 billion.", published="2024-06-01")
    assert find(rep, "US", "DNK", "NASAMS")
    assert not find(rep, "US", "DNK", "related equipment")
