"""Where the shared gold data lives, and what a test does when it is absent (imported as
`from _gold import SHARED, need`): skip with the reason, or fail when MATERIEL_STRICT=1."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("MATERIEL_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def need(path: Path, what: str) -> Path:
    """`path`, or skip (fail under MATERIEL_STRICT=1) saying that `what` is missing."""
    if not path.exists():
        msg = f"{what} not found at {path} (the shared folder beside the repository; MATERIEL_SHARED points elsewhere)"
        if os.environ.get("MATERIEL_STRICT") == "1":
            pytest.fail(msg + "; MATERIEL_STRICT=1 makes this a failure")
        pytest.skip(msg)
    return path
