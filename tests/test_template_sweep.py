"""scripts/template_sweep.py: its template files load under their schema, every template fills, and a sweep runs."""
from __future__ import annotations

import string

from _helpers import load_script

sweep = load_script("scripts/template_sweep.py", "template_sweep")
SLOTS = sweep.SLOTS
STAGES = {"requested", "offered", "considered", "ordered", "delivered", "refused", "intercepted"}
FACTS = {"asserted", "uncertain", "denied", "negated"}


def test_templates_use_known_slots_and_values() -> None:
    templates = sweep.load_templates(sorted(sweep.SWEEPS.glob("*.toml")))
    assert templates
    assert len({t.name for t in templates}) == len(templates), "template names are unique"
    for t in templates:
        slots = {f for _, f, _, _ in string.Formatter().parse(t.text) if f}
        assert slots <= SLOTS, (t.name, slots - SLOTS)
        assert t.expect in ("row", "none"), t.name
        if t.expect == "row":
            assert t.stage and set(t.stage) <= STAGES and set(t.factuality) <= FACTS, t.name


def test_a_sweep_runs(capsys) -> None:  # noqa: ANN001
    assert sweep.main(["--per", "1", "--show", "0"]) == 0
    assert "pass" in capsys.readouterr().out.splitlines()[-1]


def test_year_slot_fills_with_a_past_year() -> None:
    import random

    t = sweep.Template("y", "{R} bought {n} {name} {noun} from {S} in {year}.", ["delivered"], ["asserted"], True,
                       True, "row")
    text, _s, _r, _n, _name = sweep.fill(t, random.Random(3), sweep.gazetteer(), sweep.models())
    year = int(text.rstrip(".").rsplit(" ", 1)[1])
    assert year in sweep.YEARS and 1990 < year < 2025
def test_group_slot_fills_and_names_the_recipient() -> None:
    import random
    from types import SimpleNamespace as NS

    t = sweep.Template("g", "{S} armed {G} with {n} {name} {noun}.", ["delivered"], ["asserted"], True, True, "row")
    text, s, r, n, _ = sweep.fill(t, random.Random(3), sweep.gazetteer(), sweep.models())
    assert r in sweep.GROUPS and r.removeprefix("the ") in text and "{" not in text
    group = NS(recipient=NS(country=None, name=r.removeprefix("the ")))
    state = NS(recipient=NS(country=s, name="x"))
    assert sweep.recipient_ok(group, r) and not sweep.recipient_ok(state, r)
    assert sweep.recipient_ok(state, s) and not sweep.recipient_ok(group, s)


def test_ship_slot_fills_with_an_invented_name() -> None:
    import random

    t = sweep.Template("s", "{S} handed the former {ship} to {R}.", ["delivered"], ["asserted"], False, True, "row")
    text, _s, _r, _n, _name = sweep.fill(t, random.Random(5), sweep.gazetteer(), sweep.models())
    assert "{" not in text and any(f"former {n} to" in text for n in sweep.SHIPS)
    assert "ship" in sweep.SLOTS and len(set(sweep.SHIPS)) == len(sweep.SHIPS)


def test_chief_and_place_slots_fill_with_invented_names() -> None:
    import random
    from types import SimpleNamespace as NS

    t = sweep.Template("c", "{S} armed forces loyal to {chief} in {place} with {n} {name} {noun}.", ["delivered"],
                       ["asserted"], True, True, "row")
    text, s, r, _n, _ = sweep.fill(t, random.Random(7), sweep.gazetteer(), sweep.models())
    assert "{" not in text and r in sweep.CHIEFS and f"loyal to {r} in" in text
    assert any(f"in {p} with" in text for p in sweep.PLACES)
    assert {"chief", "place"} <= sweep.SLOTS and len(set(sweep.CHIEFS)) == len(sweep.CHIEFS)
    faction = NS(recipient=NS(country=None, name="forces loyal to " + r.rsplit(" ", 1)[1]))
    state = NS(recipient=NS(country=s, name="x"))
    assert sweep.recipient_ok(faction, r) and not sweep.recipient_ok(state, r)
