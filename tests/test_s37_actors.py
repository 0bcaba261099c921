"""Session 37, actors: who supplies and who receives.

Patterns:

1. A titled leader as supplier (extraction/leaders.py, `speaks_for_supplier`): "President X approved the sale of
   12 howitzers to Y" speaks for the state that supplies Y in the other rows; when several states do, for the one
   told supplying Y in the sentences nearest the leader's; with two at the same distance the person stays.
2. A source an "according to" phrase cites (extraction/source_phrases.py, used by document_parties.py): "according
   to a leaked assessment by X intelligence, Y's army had ordered the rockets" tells X's account, so the supplier
   lent to the row from the rest of the text is not X for being named there. A phrase that cites people
   ("according to X officials") is not such a source.
"""
from __future__ import annotations

from materiel.extraction.mentions.compound_bodies import name_words
from materiel.extraction.pipeline import get_extractor
from materiel.extraction.source_phrases import source_tokens


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        out.append((t.supplier.id if t.supplier else "", t.recipient.id if t.recipient else "", t.item.text, t.stage))
    return out


# -- 1. a leader speaks for the state told supplying the same recipient nearest his sentence ------------------


def test_leader_speaks_for_the_nearest_of_several_suppliers() -> None:
    rows = _rows("Norway has sent 40 mortars to Estonia. Sweden sold six radars to Estonia in 2015. "
                 "Prime Minister Ola Berg also approved the sale of 12 howitzers to Estonia.")
    assert ("SWE", "EST", "howitzers", "offered") in rows, rows
    assert not [r for r in rows if r[2] == "howitzers" and r[0] != "SWE"], rows


def test_leader_between_two_suppliers_at_the_same_distance_stays_a_person() -> None:
    rows = _rows("Norway has sent 40 mortars to Estonia. President Ola Berg approved the sale of 12 howitzers "
                 "to Estonia. Sweden sold six radars to Estonia in 2015.")
    assert not [r for r in rows if r[2] == "howitzers" and r[0] in ("NOR", "SWE")], rows


def test_leader_of_the_only_supplier_still_speaks_for_it() -> None:
    rows = _rows("Poland has delivered 30 mortars to Latvia. President Jan Wolski also pledged to send "
                 "18 howitzers to Latvia.")
    assert [r[0] for r in rows if r[2] == "howitzers"] == ["POL"], rows


# -- 2. a state cited as the source of the account lends no supplier ------------------------------------------


ASSESSED = ("Belarus sold 2,000 rockets to Myanmar in 2019. Germany sold four patrol boats to Myanmar last "
            "year. According to a leaked assessment by German intelligence, the Myanmar army had ordered the "
            "rockets in 2018.")


def test_state_cited_as_source_is_not_the_lent_supplier() -> None:
    rows = _rows(ASSESSED)
    ordered = [r for r in rows if r[3] == "ordered" and r[2] == "rockets"]
    assert ordered and all(r[0] == "BLR" for r in ordered), rows


def test_source_tokens_cover_a_cited_document_but_not_cited_people() -> None:
    nlp = get_extractor().nlp
    doc = nlp("According to a leaked assessment by German intelligence, the army bought the mortars.")
    cited = {doc[i].text for i in source_tokens(doc[:])}
    assert {"assessment", "German", "intelligence"} <= cited and "army" not in cited, cited
    doc = nlp("According to German officials, the army bought the mortars.")
    assert not source_tokens(doc[:]), [t.text for t in doc]


# -- 3. a bare multi-word body takes up the same body named with its state in the paragraph -------------------


DIGEST = ("Morocco buys French howitzers\n\nMorocco has bought 12 howitzers from France, Moroccan officials said. "
          "Morocco also ordered 40 trucks from Spain.\n\n"
          "KENYA - The Kenyan Air Force is buying two transport aircraft from Brazil. A Brazilian "
          "diplomat said the first would arrive in 2025.{sep}Separately, a columnist wrote that the air force's "
          "helicopters, bought from Russia in 2011, were grounded.")


def test_bare_air_force_is_the_one_named_before_in_its_paragraph() -> None:
    rows = _rows(DIGEST.format(sep=" "))
    assert [r[1] for r in rows if r[2] == "helicopters"] == ["KEN"], rows


def test_bare_air_force_in_another_paragraph_is_not_taken_up() -> None:
    rows = _rows(DIGEST.format(sep="\n\nMOROCCO - "))
    assert "KEN" not in [r[1] for r in rows if r[2] == "helicopters"], rows


def test_name_words_are_a_bodys_own_lower_case_words_only() -> None:
    nlp = get_extractor().nlp
    bodies = {"air force", "coast guard"}
    doc = nlp("The air force bought jets, the Kenyan Air Force bought drones and the security force bought rifles.")
    heads = [t for t in doc if t.lower_ == "force"]
    assert [name_words(t, bodies) for t in heads] == [["air"], [], []], [(t.i, t.text) for t in heads]


# -- 4. a state body told bare in a digest's labelled paragraph is the labelled state's ---------------------------


LABELLED = ("Weekly digest: Chile buys radars\n\nCHILE - A Santiago daily said Chile had bought four radars from "
            "Israel, and that Chile would also buy drones from Israel.\n\n{label}A Quito weekly reported that "
            "Russian officials had offered transport helicopters to the government and that talks would start in May.")


def test_bare_government_in_a_labelled_paragraph_is_the_labels_state() -> None:
    rows = _rows(LABELLED.format(label="ECUADOR - "))
    assert [r[:2] for r in rows if r[2] == "transport helicopters"] == [("RUS", "ECU")], rows


def test_bare_government_in_an_unlabelled_paragraph_is_not_moved() -> None:
    rows = _rows(LABELLED.format(label=""))
    assert "ECU" not in [r[1] for r in rows if r[2] == "transport helicopters"], rows


# -- 5. a deal noun's row the other way round from a verb's row on the same item takes the verb's direction --------


def _transfers(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(t.supplier.id if t.supplier else "", t.recipient.id if t.recipient else "", t.item.text, t.stage, t.rule)
            for t in get_extractor().extract_text(text).transfers]


def test_scrapped_deal_of_a_demonym_takes_the_direction_of_the_purchase() -> None:
    rows = _transfers("Peru scraps Russian tank deal after engine failures\n\n"
                      "Peru bought 40 tanks from Russia in 2015 for about $200 million. Two of them broke down in May.")
    refused = [r for r in rows if r[3] == "refused"]
    assert refused and all(r[:2] == ("RUS", "PER") for r in refused), rows


def test_deal_on_another_item_is_not_turned() -> None:
    rows = _transfers("Peru scraps Russian tank deal after engine failures\n\n"
                      "Peru bought 40 trucks from Russia in 2015 for about $200 million. Two of them broke down in May.")
    assert not [r for r in rows if r[4].endswith(":oriented")], rows


# -- 6. a firm's listed name as a word of a person's name; "the government of President X" ----------------------


def test_firm_name_inside_a_persons_name_is_the_person_and_his_government_the_states() -> None:
    rows = _rows("Ecuador buys radars\n\nEcuador has ordered six radars from Spain. In 2019 the government of "
                 "President Rafael Montero cancelled a contract with Thales for two patrol boats.")
    boats = [r for r in rows if r[2] == "patrol boats"]
    assert boats and all(r[1].startswith("ECU") for r in boats), rows


def test_government_of_a_leader_is_not_the_state_its_clause_asks() -> None:
    rows = _rows("US weighs helicopter request\n\nWashington has sold 12 jets to Honduras. The government of "
                 "President Mateo Vargas asked the Pentagon in May for six helicopters.")
    assert not [r for r in rows if r[2] == "helicopters" and r[1].startswith("USA")], rows


# -- 7. a service's acronym defined after its possessive ("the X Air Force's (XAF) pilots") -----------------------


def test_acronym_defined_after_a_possessive_names_the_services_state() -> None:
    rows = _rows("Peru will retire the jets that have served the Peruvian Air Force's (FAP) pilots since 1990. "
                 "The FAP received 12 jets from Israel in 1990.")
    assert [r[:2] for r in rows if r[2] == "jets"] == [("ISR", "PER")], rows


def test_firm_name_before_a_product_with_no_title_stays_the_firm() -> None:
    rows = _rows("Norway will buy 64 Hanwha Redback vehicles for its brigades.")
    assert [r[0] for r in rows if "Redback" in r[2]] == ["KOR"], rows
