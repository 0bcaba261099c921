"""The CAMEO crosswalk of data/events.toml against the CAMEO codebook kept as data
(data/cameo_codebook.csv): every code exists, and means what its PLOVER type and mode mean."""
from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

from materiel import lexicon
from materiel.extraction.events import cameo_code
from materiel.record.models import Event

CROSSWALK: dict[str, str] = lexicon.toml("events.toml")["cameo"]

# What each crosswalk key means, as a pattern over the codebook's name of its code. A new key needs
# its meaning stated here: a wrong code (say 074 "military protection" for military aid) then fails.
INTENDED = {
    "REQUEST": r"^APPEAL$", "REQUEST:military": r"^Appeal for military aid$",
    "AGREE": r"^EXPRESS INTENT TO COOPERATE$", "AGREE:deal": r"^Sign formal agreement$",
    "AGREE:offer": r"^Express intent to provide military aid$",
    "REJECT": r"^REJECT$", "REJECT:military": r"^Reject request for military aid$",
    "REJECT:denial": r"^Deny responsibility$",
    "ACCUSE": r"^Accuse", "SUPPORT": r"^Praise or endorse$", "CONSULT": r"^CONSULT$",
    "THREATEN": r"^THREATEN$", "SANCTION": r"embargo, boycott, or sanctions", "COOPERATE": r"^ENGAGE IN MATERIAL COOPERATION$",
    "AID": r"^PROVIDE AID$", "AID:military": r"^Provide military aid$", "AID:economic": r"^Provide economic aid$",
    "AID:humanitarian": r"^Provide humanitarian aid$", "ASSAULT": r"^ASSAULT$", "PROTEST": r"^PROTEST$",
    "MOBILIZE": r"^EXHIBIT FORCE POSTURE$", "COERCE": r"^COERCE$", "RETREAT": r"^YIELD$", "CONCEDE": r"^YIELD$",
    "SEIZE": r"^Seize or damage property", "SEIZE:military": r"^Confiscate property$",
}


def codebook() -> dict[str, str]:
    with (resources.files("materiel.lexicon") / "data" / "cameo_codebook.csv").open(encoding="utf-8", newline="") as fh:
        return {r["code"]: r["name"] for r in csv.DictReader(fh)}


def test_codebook_codes_are_well_formed() -> None:
    book = codebook()
    assert all(re.fullmatch(r"\d{2,4}", c) for c in book), [c for c in book if not re.fullmatch(r"\d{2,4}", c)]
    assert {f"{n:02d}" for n in range(1, 21)} <= set(book)  # the 20 root codes
    for code in book:  # every sub-code sits under a code of the table
        assert code[:2] in book and (len(code) < 4 or code[:3] in book), code


@pytest.mark.parametrize("key", sorted(CROSSWALK))
def test_crosswalk_code_exists_and_means_what_it_should(key: str) -> None:
    book = codebook()
    code = CROSSWALK[key]
    assert code in book, f"{key} = {code}: no such CAMEO code in cameo_codebook.csv"
    assert key in INTENDED, f"state the intended meaning of the crosswalk key {key} in INTENDED"
    assert re.search(INTENDED[key], book[code]), f"{key} = {code} is {book[code]!r}, not {INTENDED[key]!r}"


def test_the_issue_codes() -> None:
    """Military aid 072, a request for military aid 0232, an offer of it 0332, a denial 016."""
    assert [CROSSWALK[k] for k in ("AID:military", "REQUEST:military", "AGREE:offer", "REJECT:denial")] == [
        "072", "0232", "0332", "016"]


def test_an_event_takes_its_mode_code_before_its_type_code() -> None:
    ev = Event.model_construct(type="AID", mode="military")
    assert cameo_code(ev) == "072"
    assert cameo_code(Event.model_construct(type="AID", mode="nonesuch")) == "07"
