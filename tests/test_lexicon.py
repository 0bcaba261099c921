"""The lexicons load, and the predicate and cue files are consistent with the record's vocabularies."""
from __future__ import annotations

from materiel import lexicon
from materiel.models import STAGES

ROLES = {"supplier", "recipient", "intermediary", "item"}


def test_predicates_are_consistent() -> None:
    data = lexicon.toml("predicates.toml")
    seen: dict[str, str] = {}
    for name, spec in data["classes"].items():
        assert spec["stage"] in STAGES, name
        for key in ("subject", "object", "dative", "possessor"):
            assert spec.get(key, "supplier") in ROLES, (name, key)
        for role in {**spec.get("preps", {}), **spec.get("noun_preps", {})}.values():
            assert role in ROLES, (name, role)
        for verb in spec.get("verbs", []):
            assert verb not in seen, f"verb {verb!r} is in {seen.get(verb)} and {name}"
            seen[verb] = name
    for key, words in data["governors"].items():
        assert words and all(isinstance(w, str) for w in words), key


def test_cues_load() -> None:
    cues = lexicon.toml("cues.toml")
    assert {"factuality", "attribution", "actors", "items"} <= set(cues)
    assert set(cues["actors"]["anaphors"]) <= {"state", "armed_group", "company", "igo", "government_body"}


def test_gazetteers_load() -> None:
    lex = lexicon.load()
    assert len(lex.countries) > 190 and len(lex.materiel) > 4000 and len(lex.actors) > 1000
    assert lex.origin_of("Rafale") == "FRA"
    assert lex.origin_of("no such system") is None


def test_refusal_and_transit_word_lists() -> None:
    """The refusal, transit and denial word lists (issue 12) are non-empty lists of lower-case words,
    and every verb class's `requires` names a role."""
    gov = lexicon.toml("predicates.toml")["governors"]
    for key in ("bar_nouns", "instrument_nouns", "handling", "lifting"):
        assert gov[key] and all(isinstance(w, str) and w == w.lower() for w in gov[key]), key
    assert {"ban", "prohibit", "freeze"} <= set(gov["refuse"])
    for name, spec in lexicon.toml("predicates.toml")["classes"].items():
        assert spec.get("requires", "recipient") in ROLES, name
    cues = lexicon.toml("cues.toml")
    for key in ("transit_blockers", "state_blockers"):
        words = cues["actors"][key]
        assert words and all(isinstance(w, str) and w == w.lower() for w in words), key
    assert not set(cues["actors"]["transit_blockers"]) & set(cues["actors"]["state_blockers"])
    assert cues["factuality"]["denial_pronouns"]
