"""The README says what the workbench promises after issue 17, and what it does not hide (record ids
count across collections: item 12 chose to document it rather than renumber records)."""
from __future__ import annotations

from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    return README.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def test_teams_and_trust_says_what_is_promised_and_what_is_not() -> None:
    teams = section("Teams and trust")
    for phrase in ("--allowed-host", "DNS rebinding", "--revoke-tokens", "counted\n  before its password is checked",
                   "Not hidden: record ids", "`anonymous`, `local`", "rewrite the audit trail"):
        assert phrase in teams, phrase


def test_hostile_input_says_what_is_promised() -> None:
    hostile = section("Hostile input")
    for phrase in ("formula", "materiel export --raw", "at most 32 terms", "bidirectional", "cannot fake one"):
        assert phrase in hostile, phrase
