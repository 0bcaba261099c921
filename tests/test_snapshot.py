"""Behaviour snapshot (issue #14): extraction and the store's register are unchanged by a refactoring.

`scripts/snapshot.py --write` records tests/snapshots/extract.json (sha256 only: no text of ../shared
enters the repository); this test recomputes it in-process with one loaded model. The shared sets are
skipped with a message when ../shared is absent, unless MATERIEL_STRICT=1, which makes that a failure.
After an intended change of behaviour, rerun `python scripts/snapshot.py --write` and commit the snapshot.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from _helpers import load_script

snapshot = load_script("scripts/snapshot.py", "materiel_snapshot_script")
# each text parsed once in the session, shared with the other tests that extract these documents (tests/_parses.py)
pytestmark = pytest.mark.usefixtures("shared_parses")


def _compare(sets: dict[str, Path]) -> None:
    expected = json.loads(snapshot.SNAPSHOT.read_text(encoding="utf-8"))
    found = snapshot.compute(sets)
    changed = snapshot.differences(expected, found)
    assert not changed, ("outputs differ from tests/snapshots/extract.json (rerun `python scripts/snapshot.py "
                         f"--write` only if the change is intended): {changed}")


def test_fixture_sets_unchanged() -> None:
    sets = snapshot.fixture_sets()
    assert sets, "no tests/fixtures/dev*/gold.json"
    _compare(sets)


def test_shared_sets_unchanged() -> None:
    sets = snapshot.shared_sets()
    missing = [str(p / "gold.json") for p in sets.values() if not (p / "gold.json").is_file()]
    if missing:
        message = f"the shared sets are absent ({', '.join(missing)}); set MATERIEL_SHARED=DIR"
        if os.environ.get("MATERIEL_STRICT") == "1":
            pytest.fail(message + " (MATERIEL_STRICT=1)")
        pytest.skip(message)
    _compare(sets)
