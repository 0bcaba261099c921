"""The PETRARCH unit-test evaluator: counts on invented records and an invented actor dictionary in
the set's formats, the dictionary reader, the skip, and a sample of the real set."""
from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from materiel import lexicon
from materiel.evaluation import SetResult, default_root
from materiel.evaluation.petrarch import Coder, evaluate, read_actors
from materiel.evaluation.plover import split_of

ACTORS = """<!-- INVENTED VALIDATION ACTORS FOR materiel's TESTS -->
<!--
# a comment block spanning lines
-->
CANADA [CAN]
+CANADIAN
IRAN  [IRN] # a trailing comment
EGYPT  [UAR]
JORDAN [JOR]
FREEDONIA
+FREEDONIAN
\t[SYL <950601]
\t[FRD]
GRAND_FENWICK_ [GFK/DUC]
"""


def _ids(split: str) -> list[str]:
    """Record ids that fall in the split (sha256 of the normalised id)."""
    return list(itertools.islice((f"FIX-{i}" for i in itertools.count() if split_of(f"FIX-{i}") == split), 3))


def _rec(rid: str, category: str, text: str, events: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {"id": rid, "category": category, "date": "19950101", "text": text,
            "events": [{"source": s, "target": t, "event": e} for s, t, e in events], "noevents": not events}


def _write(folder: Path) -> None:
    folder.mkdir(parents=True)
    dev, test = _ids("dev"), _ids("test")
    records = [
        _rec(dev[0], "DEMO", "Canada accused Iran of arming rebels.", [("CANGOV", "IRN", "112")]),
        _rec(dev[1], "COMPOUND", "Egypt and Jordan met in Cairo.", [("UAR", "JOR", "040"), ("JOR", "UAR", "040")]),
        _rec(dev[2], "ERROR", "The weather in Freedonia was mild.", []),
        _rec(test[0], "VERB", "Canada praised Jordan.", [("CAN", "JOR", "051")]),
    ]
    (folder / "unittests.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "PETR.Validate.actors.txt").write_text(ACTORS, encoding="utf-8")


def _counts(result: SetResult, name: str) -> tuple[int, int, int]:
    s = result.score(name)
    return s.tp, s.fp, s.fn


def test_fixture_counts(tmp_path: Path) -> None:
    _write(tmp_path / "petrarch-unittests")
    dev = evaluate(tmp_path, "dev", None)
    assert dev.skipped is None and dev.documents == 3
    # CANGOV -> IRN: roots CAN and IRN; the arming of "rebels" the accusation tells (a group of its own since
    # session 15) is a second pair the unit test does not code
    assert _counts(dev, "category DEMO") == (1, 1, 0)
    pairs = dev.score("pairs")
    assert pairs.tp >= 1 and pairs.tp + pairs.fn == 3
    real = dev.score("pairs (real states)")
    assert real.tp + real.fn == 3  # UAR is Egypt (petrarch.toml)
    assert _counts(dev, "category ERROR") == (0, 0, 0)  # no event expected, none predicted
    assert dev.misses and dev.misses[0].startswith("WHY missed pairs")
    assert "1 expect no event" in dev.note
    test = evaluate(tmp_path, "test", None)
    assert test.documents == 1 and _counts(test, "pairs") == (1, 0, 0)
    assert evaluate(tmp_path, "dev", 1).documents == 1


def test_dictionary_reader(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    entries = read_actors(path)
    assert len(entries) == 6
    coder = Coder(entries, lexicon.toml("eval/petrarch.toml"))
    assert coder.lookup("Freedonian officials", "19950101") == {"SYL"}  # date-restricted code
    assert coder.lookup("Freedonia", "19960101") == {"FRD"}
    assert coder.lookup("Grand Fenwick", "19960101") == {"GFK", "DUC"}
    assert coder.lookup("Grand Fenwicks", "19960101") == set()  # a trailing underscore: the whole word
    assert coder.lookup("the Canadian embassy", "19960101") == {"CAN"}
    assert coder.expected("UARGOV") == "EGY" and coder.expected("---GOV") == "?"
    assert coder.expected("IGOEEUGOV") == "european-union"


def test_skip_when_absent(tmp_path: Path) -> None:
    result = evaluate(tmp_path, "dev", None)
    assert result.skipped and "not found" in result.skipped
    assert result.scores == []


def test_real_set_sample() -> None:
    root = default_root()
    if not (root / "petrarch-unittests").is_dir():
        pytest.skip(f"petrarch-unittests not found under {root} (set MATERIEL_EVAL or provide ../shared/eval)")
    result = evaluate(root, "dev", 5)
    assert result.skipped is None and result.documents == 5
    s = result.score("pairs")
    assert s.tp + s.fn > 0
    assert len(result.misses) <= 15
