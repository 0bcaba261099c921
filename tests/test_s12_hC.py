"""Roles across coordinated conjuncts (session 12, helper hC): a gapped second clause with a taker of its own
("Kenya received six A and Uganda four B from Z": Z gives Uganda the B), a participle on one conjunct of a list
("A, bought from X, and B donated by Y": each giver its own item). Every text is written for these tests."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, int | None, str]

NAVY = ("Navy takes delivery of new vessels\n\nThe navy of Senegal took delivery of two new patrol vessels on "
        "Monday, the defence ministry in Dakar said. The vessels will patrol the coast.\n\n")


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, quantity, stage) of each row, parties as states."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.designation or t.item.text, t.quantity, t.stage) for t in rows}


def test_a_gapped_taker_gets_its_own_item_from_the_giver_told_after_it(extractor):
    got = _rows(extractor, NAVY + "Meanwhile, Kenya has received six Russian-built Mi-17 helicopters "
                                  "and Uganda four C-130 transports from the United States.")
    assert ("USA", "UGA", "C-130 Hercules", 4, "delivered") in got
    assert ("RUS", "KEN", "Mi-17", 6, "delivered") in got
    assert not any(r == "KEN" and "C-130" in i for _, r, i, _, _ in got)
    assert not any(s == "USA" and r == "KEN" for s, r, _, _, _ in got)


def test_a_gapped_buyer_with_a_count(extractor):
    got = _rows(extractor, NAVY + "Bolivia ordered ten K-8 jets and Ecuador two Super Tucano aircraft from Brazil, "
                                  "officials said.")
    assert ("BRA", "ECU", "EMB-314 Super Tucano", 2, "ordered") in got
    assert not any(r == "BOL" and "Tucano" in i for _, r, i, _, _ in got)
    assert not any(s == "BRA" and r == "BOL" for s, r, _, _, _ in got)


def test_a_later_clause_with_its_own_verb_is_no_gap(extractor):
    got = _rows(extractor, NAVY + "Kenya has received six Mi-17 helicopters from Russia and Uganda has bought four "
                                  "C-130 transports.")
    assert ("RUS", "KEN", "Mi-17", 6, "delivered") in got


def test_a_participle_on_one_conjunct_gives_its_own_item_only(extractor):
    got = _rows(extractor, NAVY + "The army operates 30 T-72 tanks supplied by Russia and 12 BMP-2 vehicles bought "
                                  "from Ukraine.")
    assert not any(s == "RUS" and "BMP" in i for s, _, i, _, _ in got)
    assert not any(s == "UKR" and "T-72" in i for s, _, i, _, _ in got)
    assert any(s == "RUS" and "T-72" in i for s, _, i, _, _ in got)
    assert any(s == "UKR" and "BMP" in i for s, _, i, _, _ in got)


def test_a_participle_after_the_whole_list_is_shared(extractor):
    got = _rows(extractor, NAVY + "The army operates 30 T-72 tanks and 12 BMP-2 vehicles supplied by Russia in 2015.")
    assert ("RUS", "SEN", "T-72", 30, "delivered") in got
    assert ("RUS", "SEN", "BMP-2", 12, "delivered") in got


def test_each_after_a_list_of_takers_gives_each_of_them_a_row(extractor):
    got = _rows(extractor, NAVY + "Gambia, Guinea-Bissau and Cape Verde have each received Chinese-built "
                                  "patrol boats in recent years.")
    for taker in ("GMB", "GNB", "CPV"):
        assert ("CHN", taker, "Chinese-built patrol boats", None, "delivered") in got


def test_a_quantifier_after_a_coordinated_subject_keeps_its_rows(extractor):
    got = _rows(extractor, NAVY + "Mali and Niger both received Turkish Bayraktar TB2 drones last year.")
    assert ("TUR", "MLI", "Bayraktar TB2", None, "delivered") in got
    assert ("TUR", "NER", "Bayraktar TB2", None, "delivered") in got


def test_items_with_a_source_of_their_own_are_not_the_verbs_givers(extractor):
    got = _rows(extractor, NAVY + "Senegal bought six Mi-17 helicopters from Russia, together with AK-47 rifles "
                                  "and 200 tonnes of ammunition from Ukraine.")
    assert ("RUS", "SEN", "Mi-17", 6, "delivered") in got
    assert ("UKR", "SEN", "AK-47", None, "delivered") in got
    assert not any(s == "RUS" and i in ("AK-47", "ammunition") for s, _, i, _, _ in got)
    assert not any(s == "UKR" and i == "Mi-17" for s, _, i, _, _ in got)
    got = _rows(extractor, NAVY + "Senegal bought six Mi-17 helicopters from Russia, together with AK-47 rifles "
                                  "and 200 tonnes of ammunition from private arms dealers.")
    assert not any(s == "RUS" and i in ("AK-47", "ammunition") for s, _, i, _, _ in got)


def test_a_source_told_once_after_the_list_is_shared(extractor):
    got = _rows(extractor, NAVY + "Senegal bought six Mi-17 helicopters and 400 AK-47 rifles from Russia.")
    assert ("RUS", "SEN", "Mi-17", 6, "delivered") in got
    assert ("RUS", "SEN", "AK-47", 400, "delivered") in got


EXPORTS = ("Arms exports grow\n\nSouth Korea signed new arms export deals worth $17 billion last year, the defence "
           "ministry in Seoul said.\n\n")


def test_a_passive_conjunct_verb_takes_the_subject_of_the_verb_before_it(extractor):
    got = _rows(extractor, EXPORTS + "The K9 howitzer, made by Hanwha, has entered service with the Polish army and "
                                     "has been exported to Norway and Estonia.")
    assert ("KOR", "NOR", "K9 Thunder", None, "delivered") in got
    assert ("KOR", "EST", "K9 Thunder", None, "delivered") in got


def test_an_item_received_by_a_holder_and_handed_on_comes_from_that_holder(extractor):
    text = ("Air defence batteries change hands\n\nSweden's Saab builds the RBS 70 air defence system, the "
            "company said on Monday. In May Peru received the second RBS 70 battery ordered from Saab.\n\n"
            "The first battery received by Peru was handed over to Ecuador in 2023.")
    got = _rows(extractor, text)
    assert any(s == "PER" and r == "ECU" and st == "delivered" for s, r, _, _, st in got)
    assert not any(s == "SWE" and r == "ECU" for s, r, _, _, _ in got)


def _described(text: str) -> list[str | None]:
    """The state each "nation" of the text resolves to."""
    from materiel.extraction.mentions.resolve import ActorResolver
    from materiel.extraction.nlp import load

    doc = load()(text)
    res = ActorResolver(doc)
    return [(r.actor.country if (r := res.resolve(t)) is not None else None) for t in doc if t.lower_ == "nation"]


BOATS = ("Navy gets boats\n\nOfficials said the budget was approved in March.\n\nThe patrol boats were handed to "
         "Ghana by the United States in 2019. ")


def test_a_role_description_is_never_a_party_told_on_the_other_side():
    assert _described(BOATS + "The boats carry machine guns that the recipient nation provides.") == ["GHA"]
    # guards: a giver's description and a bare description keep the nearest
    assert _described(BOATS + "The boats carry machine guns that the donor nation provides.") == ["USA"]
    assert _described(BOATS + "The boats carry machine guns that the nation provides.") == ["USA"]


def test_a_class_named_after_a_word_is_no_party():
    from materiel.extraction.mentions.resolve import ActorResolver
    from materiel.extraction.nlp import load

    text = NAVY + "The Warden-class is a 40-metre vessel. Each is fitted to carry machine guns."
    doc = load()(text)
    res = ActorResolver(doc)
    assert [r for t in doc if t.text == "Warden" and (r := res.resolve(t)) is not None] == []


EMBARGO = ("Nordic states weigh arms sales\n\nThe Nordic governments discussed arms export rules in Oslo on "
           "Monday, officials said.\n\n")


def test_followers_of_a_halt_halt_too(extractor):
    got = _rows(extractor, EMBARGO + "Norway halted arms exports to Turkey in October 2019, and Sweden and Finland "
                                     "followed suit.")
    for giver in ("NOR", "SWE", "FIN"):
        assert (giver, "TUR", "arms", None, "refused") in got
    got = _rows(extractor, EMBARGO + "Norway halted arms exports to Turkey in October 2019, and Sweden followed "
                                     "the debate closely.")  # following a debate is no like action
    assert not any(s == "SWE" for s, _, _, _, _ in got)
