"""The lexicons load, and the predicate and cue files are consistent with the record's vocabularies."""
from __future__ import annotations

import re

from materiel import lexicon
from materiel.record.vocabulary import STAGES

ROLES = {"supplier", "recipient", "intermediary", "item", "intercepted_by"}


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


def test_seizure_words_are_data() -> None:
    """[seizure] names classes that exist, seizure classes set the stage "intercepted" and never make
    their subject a party, and its word lists are lists of words."""
    data = lexicon.toml("predicates.toml")
    seizure = data["seizure"]
    for key in ("seize_classes", "shipment_classes"):
        assert seizure[key] and all(c in data["classes"] for c in seizure[key]), key
    for name in seizure["seize_classes"]:
        assert data["classes"][name]["stage"] == "intercepted"
        assert data["classes"][name]["subject"] == "intercepted_by"
    for key in ("object_deps", "origin_nouns", "origin_verbs", "route_verbs", "shipment_only", "broad_categories",
                "conveyances"):
        assert seizure[key] and all(isinstance(w, str) and w == w.lower() for w in seizure[key]), key
    assert isinstance(seizure["context_sentences"], int) and seizure["context_sentences"] >= 1
    assert set(seizure["route_preps"].values()) <= {"supplier", "recipient"}


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
