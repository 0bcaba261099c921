"""The PLOVER GSR evaluator: counts on invented records in the GSR's format, the coding helpers,
the skip, and a sample of the real set."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from materiel.evaluation import SetResult, default_root
from materiel.evaluation.plover import Coder, config, evaluate, score_record, split_of
from materiel.record.models import Actor, Event, Evidence

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _text(template: str, split: str) -> str:
    """The template with the first weekday that puts the sentence in the wanted split."""
    return next(t for d in DAYS if split_of(t := template.format(day=d)) == split)


def _ent(text: str, code: str, sector: str | None = None) -> dict[str, Any]:
    return {"actorText": text, "code": code, **({"sector": sector} if sector else {})}


def _record(rid: str, text: str, etype: str, actor: list[dict[str, Any]], recipient: list[dict[str, Any]],
            markup: str, event_text: str) -> dict[str, Any]:
    return {"id": rid, "text": text, "markup": markup, "event": etype, "event_plover2021": etype, "mode": None,
            "context": ["military"], "actor": actor, "recipient": recipient, "event_text": event_text,
            "event_loc": None, "size": None, "dead": None, "injured": None, "comment": None, "plover_version": "0.5b1"}


def _write(folder: Path) -> None:
    folder.mkdir(parents=True)
    accuse = _text("Canada accused Iran of arming rebels on {day}.", "dev")
    coerce = _text("Turkish police arrested 20 students in Ankara on {day}.", "dev")
    support = _text("Chinese officials praised Pakistan on {day}.", "test")
    records = [
        _record("FIX-ACCUSE-0001", accuse, "ACCUSE", [_ent("Canada", "CAN")], [_ent("Iran", "IRN")],
                accuse.replace("Canada", "(SRC: Canada)").replace("accused", "(EVT: accused)"), "accused"),
        _record("FIX-COERCE-0001", coerce, "COERCE", [_ent("Turkish police", "TUR", "COP")],
                [_ent("students", "TUR", "EDU")], coerce.replace("arrested", "(EVT: arrested)"), "arrested"),
        _record("FIX-SUPPORT-0001", support, "SUPPORT", [_ent("Chinese officials", "CHN", "GOV")],
                [_ent("Pakistan", "PAK")], support.replace("praised", "(EVT: praised)"), "praised"),
    ]
    (folder / "plover_gsr.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "arms.jsonl").write_text(json.dumps(records[0]) + "\n", encoding="utf-8")


def _counts(result: SetResult, name: str) -> tuple[int, int, int]:
    s = result.score(name)
    return s.tp, s.fp, s.fn


def test_fixture_counts(tmp_path: Path) -> None:
    _write(tmp_path / "plover-gsr")
    dev = evaluate(tmp_path, "dev", None)
    assert dev.skipped is None and dev.documents == 2
    # The accusation is coded (Canada -> Iran); the arrest is the gold event of the second sentence.
    assert _counts(dev, "type ACCUSE") == (1, 0, 0)
    found = dev.score("type found (accuracy = R)")
    assert found.tp >= 1 and found.tp + found.fn == 2
    for name in ("actor country", "recipient country"):
        s = dev.score(name)
        assert s.tp >= 1 and s.tp + s.fn == 2
    assert sum(_counts(dev, "sector")[::2]) == 2  # COP and EDU are the only gold sectors in dev
    assert _counts(dev, "arms: type found (accuracy = R)") == (1, 0, 0)
    assert _counts(dev, "arms: actor country") == (1, 0, 0)
    assert _counts(dev, "arms: recipient country") == (1, 0, 0)
    assert len(dev.misses) <= 15 and "sha256" in dev.note
    test = evaluate(tmp_path, "test", None)
    assert test.documents == 1
    assert _counts(test, "type found (accuracy = R)") == (1, 0, 0)
    assert _counts(test, "actor country") == (1, 0, 0)
    assert _counts(test, "sector") == (1, 0, 0)  # "Chinese officials": a state not named by its name -> GOV
    assert _counts(test, "arms: type") == (0, 0, 0)
    assert evaluate(tmp_path, "dev", 1).documents == 1


def _actor(aid: str, kind: str, text: str, country: str | None = None) -> Actor:
    return Actor(id=aid, name=text, kind=kind, country=country, text=text)  # type: ignore[arg-type]


def test_coding_helpers() -> None:
    coder = Coder(config())
    assert coder.gold_code({"code": "JAP"}) == "JPN"
    assert coder.gold_sector({"sector": "CVLalb"}) == "CVL" and coder.gold_sector({"sector": "***"}) is None
    assert coder.code(_actor("united-nations", "igo", "the UN")) == "IGO"
    assert coder.code(_actor("CHN", "state", "Beijing", "CHN")) == "CHN"
    assert coder.sector(_actor("CHN", "state", "Beijing", "CHN")) == "GOV"  # a capital as actor: the government
    assert coder.sector(_actor("JOR", "state", "Jordan", "JOR")) == ""
    assert coder.sector(_actor("ISR", "state", "Israeli troops", "ISR")) == "MIL"


def test_reciprocal_parties() -> None:
    """"Hungary and Romania agreed": both are actors; a predicted HUN -> ROU event recovers both."""
    coder = Coder(config())
    text = "Hungary and Romania agreed to cooperate."
    rec = _record("FIX-AGREE", text, "AGREE", [_ent("Hungary", "HUN"), _ent("Romania", "ROU")], [],
                  "(SRC/TAR: Hungary) and (SRC/TAR: Romania) (EVT: agreed) to cooperate.", "agreed")
    event = Event(type="AGREE", actor=_actor("HUN", "state", "Hungary", "HUN"),
                  target=_actor("ROU", "state", "Romania", "ROU"),
                  evidence=Evidence(text=text, start=0, end=len(text)), rule="fixture", confidence=0.5)
    result = SetResult("plover-gsr", "dev")
    score_record(rec, [event], coder, result, [""], Counter())
    assert _counts(result, "actor country") == (2, 0, 0)
    assert _counts(result, "recipient country") == (0, 0, 0)


def test_skip_when_absent(tmp_path: Path) -> None:
    result = evaluate(tmp_path, "dev", None)
    assert result.skipped and "not found" in result.skipped
    assert result.scores == []


def test_real_set_sample() -> None:
    root = default_root()
    if not (root / "plover-gsr").is_dir():
        pytest.skip(f"plover-gsr not found under {root} (set MATERIEL_EVAL or provide ../shared/eval)")
    result = evaluate(root, "dev", 5)
    assert result.skipped is None and result.documents == 5
    found = result.score("type found (accuracy = R)")
    assert found.tp + found.fn == 5
    assert len(result.misses) <= 15
