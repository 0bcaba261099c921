"""The ConfliBERT CAMEO evaluator: counts on invented sentences in the set's CoNLL format, the
deduplication against the PLOVER GSR, the skip, and a sample of the real set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from materiel.evaluation import SetResult, default_root
from materiel.evaluation.conflibert import Span, core, evaluate, split_of, to_sentence

Tagged = list[tuple[str, str]]

ACCUSE: Tagged = [("Canada", "B-S"), ("accused", "O"), ("Iran", "B-T"), ("of", "O"), ("arming", "O"),
                  ("rebels", "O"), (".", "O")]
SILENT: Tagged = [("Russia", "B-S"), ("remained", "O"), ("silent", "O"), (".", "O")]
SHARED: Tagged = [("Hungary", "B-R"), ("and", "O"), ("Romania", "B-R"), ("agreed", "O"), ("to", "O"),
                  ("cooperate", "O"), (".", "O")]


def _praise(day: str) -> Tagged:
    return [("Chinese", "B-S"), ("officials", "I-S"), ("praised", "O"), ("Pakistan", "B-T"), ("on", "O"),
            (day, "O"), (".", "O")]


def _conll(sents: list[Tagged]) -> str:
    return "".join("".join(f"{t} {g}\n" for t, g in s) + "\n" for s in sents)


def _write(root: Path) -> None:
    folder = root / "conflibert-cameo"
    (folder / "cameo_ner").mkdir(parents=True)
    (folder / "cameo_class").mkdir()
    days = [d for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]
    dev_day = next(d for d in days if split_of(f"Chinese officials praised Pakistan on {d}.") == "dev")
    other_day = next(d for d in days if split_of(f"Chinese officials praised Pakistan on {d}.") == "test")
    (folder / "cameo_ner" / "test.txt").write_text(_conll([ACCUSE, SILENT, SHARED]), encoding="utf-8")
    (folder / "cameo_ner" / "train.txt").write_text(_conll([_praise(dev_day), _praise(other_day)]), encoding="utf-8")
    (folder / "cameo_class" / "test.tsv").write_text(
        "Canada accused Iran of arming rebels.\t3\r\nRussia remained silent.\t0\r\n", encoding="utf-8")
    (folder / "cameo_class" / "train.tsv").write_text("", encoding="utf-8")
    gsr = root / "plover-gsr"
    gsr.mkdir()
    record = {"id": "FIX-AGREE-0001", "text": "Hungary and Romania agreed to cooperate.", "event_plover2021": "AGREE",
              "actor": [{"actorText": "Hungary", "code": "HUN"}, {"actorText": "Romania", "code": "ROU"}],
              "recipient": []}
    (gsr / "plover_gsr.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")


def _counts(result: SetResult, name: str) -> tuple[int, int, int]:
    s = result.score(name)
    return s.tp, s.fp, s.fn


def test_fixture_counts(tmp_path: Path) -> None:
    _write(tmp_path)
    test = evaluate(tmp_path, "test", None)
    assert test.skipped is None and test.documents == 2
    assert "1 sentences also in plover-gsr removed" in test.note
    assert _counts(test, "source exact") == (1, 0, 1)  # Canada found; Russia has no event
    # Iran found; "rebels", the recipient of the arming the accusation tells (a group of its own since session 15),
    # is a target the CAMEO tagging does not mark
    assert _counts(test, "target exact") == (1, 1, 0)
    assert _counts(test, "reciprocal overlap") == (0, 0, 0)  # the reciprocal sentence was a GSR sentence
    assert _counts(test, "any actor exact") == (3, 1, 0)  # Russia from the actor mentions of an eventless sentence
    # ("rebels" again the one unmarked)
    assert any('MISS source "Russia"' in m for m in test.misses)
    dev = evaluate(tmp_path, "dev", None)
    assert dev.documents == 1 and "train file" in dev.note
    assert _counts(dev, "source exact") == (1, 0, 0)
    assert _counts(dev, "target overlap") == (1, 0, 0)
    assert evaluate(tmp_path, "test", 1).documents == 1


def test_spans_and_exact_matching() -> None:
    sent = to_sentence([("The", "B-S"), ("U.S.", "I-S"), ("warned", "O"), ("Iran", "B-T"), (",", "O"),
                        ("officials", "O"), ("said", "O"), (".", "O")], {})
    assert sent.text == "The U.S. warned Iran, officials said."
    assert [s.text for s in sent.gold["S"]] == ["The U.S."] and [s.text for s in sent.gold["T"]] == ["Iran"]
    assert core(sent.text, sent.gold["S"][0]) == core(sent.text, Span(4, 8, "U.S."))


def test_skip_when_absent(tmp_path: Path) -> None:
    result = evaluate(tmp_path, "dev", None)
    assert result.skipped and "not found" in result.skipped
    assert result.scores == []


def test_real_set_sample() -> None:
    root = default_root()
    if not (root / "conflibert-cameo").is_dir():
        pytest.skip(f"conflibert-cameo not found under {root} (set MATERIEL_EVAL or provide ../shared/eval)")
    result = evaluate(root, "test", 5)
    assert result.skipped is None and result.documents == 5
    s = result.score("any actor overlap")
    assert s.tp + s.fn > 0
    assert len(result.misses) <= 15
