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


def test_official_notice_words_load() -> None:
    official = lexicon.toml("predicates.toml")["official"]
    for key in ("approval_verbs", "sale_nouns", "cost_nouns", "service_nouns", "boilerplate_modifiers"):
        assert official[key] and all(isinstance(w, str) and w == w.lower() for w in official[key]), key
    assert isinstance(official["request_window"], int) and official["request_window"] > 0
    measures = lexicon.toml("cues.toml")["items"]["measures"]
    assert {"mm", "foot", "pound"} <= set(measures)


def test_record_nouns_name_stages() -> None:
    official = lexicon.toml("predicates.toml")["official"]
    assert official["record_nouns"] and set(official["record_nouns"].values()) <= set(STAGES)
    assert official["record_list_verbs"] and official["record_noun_window"] > 0
