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
                "conveyances", "holding_verbs", "containers", "loading_verbs", "abandoning_verbs", "custody_nouns",
                "recipient_nouns", "carrier_preps", "content_verbs", "concealing_preps", "landing_verbs",
                "shipped_holders"):
        assert seizure[key] and all(isinstance(w, str) and w == w.lower() for w in seizure[key]), key
    assert isinstance(seizure["context_sentences"], int) and seizure["context_sentences"] >= 1
    assert set(seizure["route_preps"].values()) <= {"supplier", "recipient"}
    seize_verbs = {v for name in seizure["seize_classes"] for v in data["classes"][name]["verbs"]}
    assert not seize_verbs & set(seizure["holding_verbs"])  # a seizure verb seizes on its own


def test_refusal_and_transit_word_lists() -> None:
    """The refusal, transit and denial word lists (issue 12) are non-empty lists of lower-case words,
    and every verb class's `requires` names a role."""
    gov = lexicon.toml("predicates.toml")["governors"]
    for key in ("bar_nouns", "instrument_nouns", "handling", "lifting"):
        assert gov[key] and all(isinstance(w, str) and w == w.lower() for w in gov[key]), key
    assert {"ban", "prohibit", "freeze"} <= set(gov["refuse"])
    for name, spec in lexicon.toml("predicates.toml")["classes"].items():
        needs = spec.get("requires", "recipient")
        assert set([needs] if isinstance(needs, str) else needs) <= set(ROLES), name
    cues = lexicon.toml("cues.toml")
    for key in ("transit_blockers", "state_blockers"):
        words = cues["actors"][key]
        assert words and all(isinstance(w, str) and w == w.lower() for w in words), key
    assert not set(cues["actors"]["transit_blockers"]) & set(cues["actors"]["state_blockers"])
    assert cues["factuality"]["denial_pronouns"]


def test_official_notice_words_load() -> None:
    official = lexicon.toml("predicates.toml")["official"]
    for key in ("approval_verbs", "sale_nouns", "cost_nouns", "service_nouns", "boilerplate_modifiers", "sale_path_preps"):
        assert official[key] and all(isinstance(w, str) and w == w.lower() for w in official[key]), key
    assert isinstance(official["request_window"], int) and official["request_window"] > 0
    measures = lexicon.toml("cues.toml")["items"]["measures"]
    assert {"mm", "foot", "pound"} <= set(measures)


def test_record_nouns_name_stages() -> None:
    official = lexicon.toml("predicates.toml")["official"]
    assert official["record_nouns"] and set(official["record_nouns"].values()) <= set(STAGES)
    assert official["record_list_verbs"] and official["record_noun_window"] > 0


def test_words_schema() -> None:
    """words.toml: every list is a non-empty list of distinct lower-case strings; every table maps
    lower-case words to ints, strings or lists; every list and table loads through the accessors."""
    data = lexicon.toml("words.toml")
    assert data
    for section, entries in data.items():
        assert entries, section
        for key, value in entries.items():
            where = f"[{section}] {key}"
            if isinstance(value, list):
                assert value and all(isinstance(w, str) and w.strip() and w == w.lower() for w in value), where
                assert len(set(value)) == len(value), f"{where} has duplicates"
                assert lexicon.word_set(section, key) == set(value)
                assert lexicon.word_list(section, key) == tuple(value)
            else:
                assert isinstance(value, dict) and value, where
                assert all(isinstance(w, str) and w == w.lower() for w in value), where
                assert all(isinstance(v, (int, str, list)) for v in value.values()), where
                assert lexicon.word_table(section, key) == value


def test_words_tables_have_the_shapes_their_readers_need() -> None:
    numbers = lexicon.word_table("quantities", "number_words")
    assert numbers["twelve"] == 12 and all(isinstance(v, int) for v in numbers.values())
    assert lexicon.word_table("quantities", "scale_words")["bn"] == 10**9
    assert all(isinstance(n, int) and u in {"day", "month", "year"}
               for n, u in lexicon.word_table("timex", "recent").values())
    assert set(lexicon.word_table("timex", "parts").values()) == {"early", "mid", "late"}
    assert len(lexicon.word_list("timex", "months")) == 12 and len(lexicon.word_list("timex", "weekdays")) == 7
    roles = set(lexicon.word_table("frames", "noun_preps").values())
    assert roles <= ROLES
    categories = {e.category for e in lexicon.load().materiel}
    for family, members in lexicon.word_table("discourse", "families").items():
        assert family in members and set(members) <= categories, family


def test_conveyance_item_words_load() -> None:
    """[conveyance_items]: lower-case load participles (extraction/conveyance_items.py)."""
    words = lexicon.toml("predicates.toml")["conveyance_items"]["load_participles"]
    assert words and all(isinstance(w, str) and w == w.lower() for w in words)


def test_self_civil_kinds_are_civil_item_kinds() -> None:
    """civil.toml [items] self_civil_kinds name kinds of civil_items.csv (extraction/civil_named.py)."""
    kinds = {r["kind"] for r in lexicon.csv_rows("civil_items.csv")}
    assert set(lexicon.toml("civil.toml")["items"]["self_civil_kinds"]) <= kinds
