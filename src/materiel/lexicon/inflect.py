"""Word forms of a lemma, from one place: the regular English rules plus the irregular forms kept
as data in `data/inflections.toml` ("fly" -> "flew", "flown", "flies", "flying", ...)."""
from __future__ import annotations

from functools import cache

from materiel.lexicon import toml

_VOWELS = frozenset("aeiou")


@cache
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """lemma -> its irregular forms (past tense, past participle, irregular -ing)."""
    return {lemma: tuple(forms) for lemma, forms in toml("inflections.toml")["verbs"].items()}


def inflections(lemma: str) -> set[str]:
    """Word forms of a verb or noun lemma (its first word for a phrase such as "turn_down"),
    generously: used to find sentences worth parsing, where a false positive costs a parse."""
    w = lemma.lower().replace("_", " ").split()[0]
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", *irregular_forms().get(w, ())}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in _VOWELS | set("wxy") and w[-2] in _VOWELS and w[-3] not in _VOWELS:
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # ship -> shipped, bar -> barring
    return out
