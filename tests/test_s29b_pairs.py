"""Two transfers in one sentence (session 29b, helper pairs): the sweep's third and fourth state slots, and
sentences whose two clauses each give their own row, with no row crossing the parties of the other clause."""
from __future__ import annotations

import random
import string

from _helpers import load_script

sweep = load_script("scripts/template_sweep.py", "template_sweep")


def test_pair_slots_fill_with_four_distinct_states_and_pairs_use_known_letters() -> None:
    t = sweep.Template("p", "{S} sold {R} {n} {name} {noun}, while {T} sent {Ud} forces trucks from {Tc}.",
                       ["delivered"], ["asserted"], True, True, "row", ("T>U",), ("S>U",))
    text, s, r, n, name, codes = sweep.fill_ex(t, random.Random(4), sweep.gazetteer(), sweep.models())
    assert "{" not in text and len(set(codes.values())) == 4 and codes["S"] == s and codes["R"] == r
    assert {"T", "U", "Tc", "Uc", "Td", "Ud"} <= sweep.SLOTS
    for t in sweep.load_templates(sorted(sweep.SWEEPS.glob("*.toml"))):
        slots = {f for _, f, _, _ in string.Formatter().parse(t.text) if f}
        for pair in t.also + t.forbid:
            a, b = pair.split(">")
            assert a != b and {a, b} <= {"S", "R", "T", "U"}, (t.name, pair)
            assert all(k == "S" or k == "R" or any(x.startswith(k) for x in slots) for k in (a, b)), (t.name, pair)


def test_pair_rows_fail_a_crossing_row_and_a_missing_second_row() -> None:
    from types import SimpleNamespace as NS

    def row(a: str, b: str) -> NS:
        return NS(supplier=NS(country=a), recipient=NS(country=b, name=b), stage="delivered",
                  factuality="asserted", quantity=3)

    t = sweep.Template("p", "x", ["delivered"], ["asserted"], True, True, "row", ("T>U",), ("S>U",))
    codes = {"S": "PER", "R": "CHL", "T": "GHA", "U": "KEN"}
    assert sweep.passes(t, [row("PER", "CHL"), row("GHA", "KEN")], "PER", "CHL", 3, codes) == (True, "")
    assert sweep.passes(t, [row("PER", "CHL")], "PER", "CHL", 3, codes) == (False, "also")
    assert sweep.passes(t, [row("PER", "CHL"), row("GHA", "KEN"), row("PER", "KEN")], "PER", "CHL", 3,
                        codes) == (False, "cross")
