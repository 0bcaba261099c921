"""scripts/template_sweep.py: its template files load under their schema, every template fills, and a sweep runs."""
from __future__ import annotations

import string

from _helpers import load_script

sweep = load_script("scripts/template_sweep.py", "template_sweep")
SLOTS = {"S", "R", "Sc", "Rc", "Sd", "Rd", "n", "name", "noun", "G"}
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
