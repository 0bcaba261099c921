"""The lexicons load, and the predicate and cue files are consistent with the record's vocabularies."""
from __future__ import annotations

import re

from materiel import lexicon
from materiel.record.vocabulary import STAGES

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


def test_civil_lexicon_loads() -> None:
    """civil.toml: every list is non-empty strings; word lists are lower-case; regexes compile; the
    carrier categories are materiel categories."""
    data = lexicon.toml("civil.toml")
    assert {"parties", "context", "items"} <= set(data)
    cased = {"air_military_next", "military_variants"}
    for section in ("parties", "context", "items"):
        for key, words in data[section].items():
            if isinstance(words, str):
                continue
            assert words and all(isinstance(w, str) and w.strip() for w in words), key
            if key not in cased:
                assert all(w == w.lower() for w in words), key
    for p in data["items"]["military_variants"]:
        re.compile(p)
    categories = {e.category for e in lexicon.load().materiel}
    assert set(data["items"]["carrier_categories"]) <= categories


def test_gazetteers_load() -> None:
    lex = lexicon.load()
    assert len(lex.countries) > 190 and len(lex.materiel) > 4000 and len(lex.actors) > 1000
    assert lex.origin_of("Rafale") == "FRA"
    assert lex.origin_of("no such system") is None
