"""The GENEVA evaluator: counts on an invented fixture in GENEVA's format, the skip, and a sample of
the real set."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from materiel.evaluation import default_root
from materiel.evaluation.geneva import evaluate


def _span(tokens: list[str], text: str) -> tuple[int, int]:
    words = text.split()
    for i in range(len(tokens) - len(words) + 1):
        if tokens[i: i + len(words)] == words:
            return i, i + len(words)
    raise ValueError(text)


def _record(doc_id: str, n: int, sentence: str, events: list[tuple[str, str, list[tuple[str, str]]]]) -> dict[str, Any]:
    """One GENEVA (OneIE) line: events as (type, trigger, [(role, argument text)])."""
    tokens = sentence.split()
    wnd = f"{doc_id}_{n}"
    entities, mentions = [], []
    for k, (etype, trigger, args) in enumerate(events):
        ts, te = _span(tokens, trigger)
        arguments = []
        for role, text in args:
            s, e = _span(tokens, text)
            eid = f"{wnd}_{s}_{e}"
            entities.append({"id": eid, "start": s, "end": e, "text": text})
            arguments.append({"entity_id": eid, "text": text, "role": role})
        mentions.append({"id": f"{wnd}_ev{k}", "event_type": etype,
                         "trigger": {"start": ts, "end": te, "text": trigger}, "arguments": arguments})
    return {"doc_id": doc_id, "wnd_id": wnd, "sentence": sentence, "tokens": tokens, "sentence_starts": [0],
            "pieces": tokens, "token_lens": [1] * len(tokens), "entity_mentions": entities,
            "event_mentions": mentions}


def _write(folder: Path) -> None:
    folder.mkdir(parents=True)
    val = [
        _record("d1", 1, "Chile supplied Peru with 12 howitzers .",
                [("Supply", "supplied", [("Supplier", "Chile"), ("Recipient", "Peru"), ("Theme", "with 12 howitzers")])]),
        _record("d1", 2, "Bolivia asked Brazil for 30 rifles .",
                [("Request", "asked", [("Speaker", "Bolivia"), ("Addressee", "Brazil"), ("Message", "for 30 rifles")])]),
        _record("d2", 1, "Ecuador sold four helicopters to Uruguay .", []),  # a row with no gold event: FP
        _record("d2", 2, "Officials in Lima obtained the plans .",
                [("Getting", "obtained", [("Recipient", "Officials in Lima"), ("Theme", "the plans")])]),  # missed
        _record("d2", 3, "Spain sold six tanks to Chile as military assistance .",
                [("Assistance", "assistance", [("Helper", "Spain")])]),  # near-transfer event: row not judged
    ]
    test = [_record("d3", 1, "Norway sent 8 tanks to Poland .",
                    [("Sending", "sent", [("Sender", "Norway"), ("Recipient", "to Poland"), ("Theme", "8 tanks")])])]
    for name, recs in (("val.json", val), ("test.json", test), ("arms.jsonl", val[:1])):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")


def _counts(result: Any, name: str) -> tuple[int, int, int]:
    s = result.score(name)
    return s.tp, s.fp, s.fn


def test_fixture_counts(tmp_path: Path) -> None:
    _write(tmp_path / "geneva")
    dev = evaluate(tmp_path, "dev", None)
    assert dev.skipped is None and dev.documents == 5
    assert _counts(dev, "event") == (2, 1, 1)
    assert _counts(dev, "supplier") == (2, 1, 0)
    assert _counts(dev, "recipient") == (2, 1, 1)
    assert _counts(dev, "item") == (2, 1, 1)
    for dim in ("event", "supplier", "recipient", "item"):
        assert _counts(dev, "arms:" + dim) == (1, 0, 0)
    assert any("MISS event Getting" in m for m in dev.misses)
    assert any("FP row Ecuador" in m for m in dev.misses)
    assert "val.json" in dev.note
    test = evaluate(tmp_path, "test", None)
    assert test.documents == 1 and "test.json" in test.note
    assert _counts(test, "event") == (1, 0, 0)
    assert _counts(test, "recipient") == (1, 0, 0)
    limited = evaluate(tmp_path, "dev", 2)
    assert limited.documents == 2 and _counts(limited, "event") == (2, 0, 0)


def test_skip_when_absent(tmp_path: Path) -> None:
    result = evaluate(tmp_path, "test", None)
    assert result.skipped and "not found" in result.skipped
    assert result.scores == []


def test_real_set_sample() -> None:
    root = default_root()
    if not (root / "geneva").is_dir():
        pytest.skip(f"GENEVA not found under {root} (set MATERIEL_EVAL or provide ../shared/eval)")
    result = evaluate(root, "dev", 5)
    assert result.skipped is None and result.documents == 5
    assert {s.name for s in result.scores} >= {"event", "supplier", "recipient", "item", "arms:supplier"}
    assert len(result.misses) <= 15
