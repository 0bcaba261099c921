"""Item words of real reporting (twenty-sixth session, second round, helper hH): generic item nouns written the
way reporting writes them, and count phrases, in the template sweep's word list and in the lexicon.

Sentences written for these tests (invented models and firms, and combinations of states not taken from any
article)."""
from __future__ import annotations

import string

from _helpers import load_script

sweep = load_script("scripts/template_sweep.py", "template_sweep_hH")


def test_sweep_item_words_schema() -> None:
    """scripts/sweeps/words/items.toml: [items] singular = plural, [counts] phrase = positive count."""
    nouns, counts = sweep.item_words()
    assert len(nouns) >= 20 and len(counts) >= 8
    for singular, plural in nouns:
        assert isinstance(singular, str) and isinstance(plural, str) and singular and plural, singular
    for phrase, value in counts:
        assert isinstance(phrase, str) and isinstance(value, int) and value > 0, phrase
    assert {"item", "items", "q"} <= sweep.SLOTS


def test_sweep_fills_item_and_count_slots() -> None:
    """{item}, {items} and {q} fill from the word list; {q} sets the count the sweep checks."""
    import random
    t = sweep.Template("t", "{R} bought {q} {items} and a {item} from {S}.", ["ordered"], ["asserted"], True, True,
                       "row")
    text, _s, _r, n, _name = sweep.fill(t, random.Random(3), sweep.gazetteer(), sweep.models())
    assert not {f for _, f, _, _ in string.Formatter().parse(text) if f}
    assert any(text.count(q) and n == v for q, v in sweep.item_words()[1])
