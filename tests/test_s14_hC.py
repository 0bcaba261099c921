"""The wrong party in a supplier's or recipient's place when the text names a place, a bare service or a first
person (session 14, helper hC): an interview printed as "Q:"/"A:" lines, whose answers' "we"/"us" and bare
"the Army" are the interviewee's state; a bare "the Navy" (or a headline's "Navy") whose state the text named
with the same service first; a name the tagger took for an organisation or a person but told as a place
("arrived at X", "destined for X, from where it would be moved to Y", "to X, <state>"). Every text is written
for these tests, with other states, systems and words than any fixture article."""
from __future__ import annotations

from materiel.extraction.mentions.resolve import ActorResolver

Row = tuple[str | None, str | None, str, int | None, str]


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, quantity, stage) of each row, parties as states."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.designation or t.item.text, t.quantity, t.stage) for t in rows}


def _resolved(extractor, text: str, word: str) -> str | None:  # noqa: ANN001
    doc = extractor.nlp(text)
    found = ActorResolver(doc).resolve([t for t in doc if t.text == word][-1])
    return found.actor.id if found else None


# -- a Q/A interview: the answers are the interviewee's ---------------------------------------------------

INTERVIEW = """"Our skies come first": Chile's Defence Minister on jets and her neighbours

Defence Minister Rosa Vidal spoke to our correspondent in Santiago this week, before the first of the new trainers \
reaches the air academy. The interview has been shortened.

Q: Argentina bought Danish F-16s and Peru is buying tanks. Are you worried?

A: No. Argentina and Peru are friends. The old aircraft are worn out, so we bought twelve T-6 Texan trainers from \
Textron in 2021.

Q: And transport aircraft?

A: Embraer has already pitched its C-390 transport to us, but no decision has been taken.

Q: And the Army?

A: The Army is receiving 30 Piranha armoured vehicles from Mowag this year, and Peru has nothing like them.

Q: Did Argentina ask you for help?

A: Argentina asked us for spare parts."""


def test_an_answers_we_is_the_interviewees_state(extractor):
    got = _rows(extractor, INTERVIEW)
    assert any(s == "USA" and r == "CHL" and "T-6" in i and q == 12 for s, r, i, q, _ in got), got


def test_an_answers_us_is_the_interviewees_state(extractor):
    got = _rows(extractor, INTERVIEW)
    assert any(r == "CHL" and "C-390" in i and st == "offered" for _, r, i, _, st in got), got
    assert any(s == "CHL" and r == "ARG" and "spare parts" in i for s, r, i, _, _ in got), got


def test_a_bare_service_in_an_answer_is_the_interviewees(extractor):
    got = _rows(extractor, INTERVIEW)
    assert any(r == "CHL" and "Piranha" in i for _, r, i, _, _ in got), got
    assert not any(r == "PER" and "Piranha" in i for _, r, i, _, _ in got), got


def test_the_lede_is_not_an_answer(extractor):
    """The reporter's "our correspondent" before the first label and the questions' own words give no one the
    interviewee's state: the named purchases of the others keep their buyers."""
    got = _rows(extractor, INTERVIEW)
    assert any(s == "DNK" and r == "ARG" and "F-16" in i for s, r, i, _, _ in got), got
    assert not any(r == "CHL" and "F-16" in i for _, r, i, _, _ in got), got


# -- a bare service: the state of the same service named first ----------------------------------------------

MINEHUNTERS = """Navy commissions three ex-Dutch minehunters at Callao

The Peruvian Navy on Friday commissioned three minehunters acquired from the Netherlands. The ships served in the \
Royal Netherlands Navy for twenty years. The Netherlands sold them under its programme of aid for Latin American \
navies.

The Navy expects further ships. "Spain has offered us two decommissioned frigates, and we are looking at the offer closely," \
the admiral said."""


def test_a_bare_navy_is_the_state_of_the_navy_named_first(extractor):
    got = _rows(extractor, MINEHUNTERS)
    assert any(s == "ESP" and r == "PER" and "frigate" in i and st == "offered" for s, r, i, _, st in got), got
    assert not any(r == "NLD" for _, r, _, _, _ in got), got


def test_a_headlines_bare_navy_is_no_party_of_its_own(extractor):
    got = extractor.extract_text(MINEHUNTERS, published="2024-03-01").transfers
    assert not [t for t in got if t.recipient is not None and t.recipient.country is None], got


def test_a_service_named_with_its_state_keeps_it(extractor):
    text = ("Navy news\n\nThe Royal Netherlands Navy sold two minehunters to the Peruvian Navy last year. "
            "The Navy of Peru said the ships would arrive in May.")
    assert _resolved(extractor, text, "Peru") == "PER"
    got = _rows(extractor, text)
    assert any(s == "NLD" and r == "PER" and "minehunter" in i for s, r, i, _, _ in got), got


# -- a place the tagger took for a name -----------------------------------------------------------------------

def test_arrived_at_a_place_gives_the_buyer_told_before(extractor):
    for base in ("Talara", "Vitor"):
        text = ("Peru orders Korean trainers\n\nPeru signed for ten KT-1 trainers from Korea Aerospace Industries "
                f"in 2019. The first four arrived at {base} in March 2021, and the rest in 2022.")
        got = _rows(extractor, text)
        assert any(s == "KOR" and r == "PER" and q == 4 and st == "delivered" for s, r, _, q, st in got), (base, got)


def test_arrived_at_a_named_service_keeps_its_state(extractor):
    text = ("Trainers delivered\n\nThe first four KT-1 trainers from Korea Aerospace Industries arrived at the "
            "Peruvian Air Force in March 2021.")
    got = _rows(extractor, text)
    assert any(s == "KOR" and r == "PER" and st == "delivered" for s, r, _, _, st in got), got


SEIZED = """Puntland police seize rocket launchers

On 3 March a coast guard cutter stopped a fishing boat in the Gulf of Aden and seized 40 RPG-7 launchers and 300 \
rockets. The sailors told investigators that the cargo had been loaded in Yemen and was destined for {place}, from where it would \
be moved by road to al-Shabaab."""


def test_destined_for_a_place_from_where_it_goes_on_to_a_group(extractor):
    for place in ("Bargal", "Qandala"):
        got = _rows(extractor, SEIZED.format(place=place))
        assert any(r is not None and "RPG-7" in i and st == "intercepted" for _, r, i, _, st in got), (place, got)
        rows = extractor.extract_text(SEIZED.format(place=place), published="2024-03-01").transfers
        assert all(t.recipient is None or place not in t.recipient.name for t in rows), rows
        assert any(t.recipient is not None and "shabaab" in t.recipient.id.lower() for t in rows), rows


def test_a_place_followed_by_its_state_is_that_state(extractor):
    text = ("He shipped 60 rifles in crates from the Port of Houston to Santo Tomás de Castro, Honduras, "
            "listing the cargo as used furniture.")
    assert _resolved(extractor, text, "Castro") == "HND"


def test_a_person_followed_by_an_apposition_of_office_stays_a_person(extractor):
    text = "The rifles were sold to Carlos Mendez, a Honduran army colonel, in 2019."
    assert _resolved(extractor, text, "Mendez") != "HND"


NAMED_TURNS = """"We will not be rushed": Chile's Defence Minister on jets and radars

Defence Minister Rosa Vidal spoke to Tomas Reyes of Radio Austral in Santiago this week.

REYES: Argentina bought Danish F-16s. Are you worried?

VIDAL: No. Argentina is a friend. Our old aircraft are worn out, so we bought twelve T-6 Texan trainers from \
Textron in 2021.

REYES: And transport aircraft?

VIDAL: Embraer has already pitched its C-390 transport to us, but no decision has been taken."""


def test_a_named_turn_of_an_officeholder_without_a_state_is_the_interviewees(extractor):
    got = _rows(extractor, NAMED_TURNS)
    assert any(s == "USA" and r == "CHL" and "T-6" in i for s, r, i, _, _ in got), got
    assert any(r == "CHL" and "C-390" in i for _, r, i, _, _ in got), got
    assert any(s == "DNK" and r == "ARG" and "F-16" in i for s, r, i, _, _ in got), got
