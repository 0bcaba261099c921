"""Gold sets that give tokenised text and events by trigger (RAMS, WikiEvents): the samples, the text
rebuilt from the tokens, the mapping of their event types and roles onto our transfer fields
(`materiel/lexicon/data/eval/<set>.toml`), and the reading of their JSON Lines. Scored by
`materiel.evaluation.trigger_scoring.Scorer`."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from materiel.lexicon import toml

FIELDS = ("supplier", "recipient", "item", "where")
MODES = ("overlap", "head", "exact")
Record = dict[str, Any]  # one JSON line of a set


@dataclass
class Arg:
    role: str
    spans: list[tuple[int, int]]  # token spans, end exclusive: the annotated mention first, then coreferent ones
    text: str


@dataclass
class Event:
    key: str
    type: str
    trigger: tuple[int, int]  # token span, end exclusive
    args: list[Arg]
    prefixes: tuple[str, ...] = ("",)  # "" for the split, "arms:" when the record is in arms.jsonl


@dataclass
class Sample:
    text: str
    offsets: list[tuple[int, int]]  # token index -> character span in `text`
    events: list[Event] = field(default_factory=list)
    prefixes: tuple[str, ...] = ("",)  # for counts that belong to the whole text (see `Scorer.complete`)


NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”", "’", "'", "...", "n't", "n’t",
                   *(q + c for q in "'’" for c in ("s", "re", "ve", "ll", "d", "m"))}
NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "$", "#", "@"}
NOT_HYPHENATED = {"a", "an", "the", "and", "or", "but", "which", "who", "that", "as", "in", "on", "to"}


def join_tokens(sentences: Iterable[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """The text rebuilt from the tokens, with each token's character span. Tokens are joined by one
    space except where the tokeniser split a word or punctuation off ("n't", "'s", commas, brackets,
    quotes, "anti - tank" -> "anti-tank"): materiel reads news text, not tokens."""
    tokens = [t for sent in sentences for t in sent]
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos, quote_open, glue = 0, False, True
    for i, tok in enumerate(tokens):
        prev, nxt = tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""
        hyphen = tok == "-" and prev[-1:].isalnum() and nxt[:1].isalnum() and nxt.lower() not in NOT_HYPHENATED
        space = not (glue or tok in NO_SPACE_BEFORE or hyphen)
        if tok == '"':
            space, quote_open = not glue and not quote_open, not quote_open
        if space:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        glue = hyphen or tok in NO_SPACE_AFTER or (tok == '"' and quote_open)
    return "".join(parts), offsets


class Mapping:
    """Their event types (prefixes on dot boundaries, longest wins) and roles, onto ours."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.transfer = {k.lower(): v for k, v in data.get("transfer", {}).items()}
        self.not_covered = {k.lower(): v for k, v in data.get("not_covered", {}).items()}
        self.ignore = [k.lower() for k in data.get("ignore", [])]

    @classmethod
    def load(cls, name: str) -> Mapping:
        return cls(toml(f"eval/{name}.toml"))

    @staticmethod
    def _prefixes(etype: str, keys: Iterable[str]) -> list[str]:
        t = etype.lower()
        return sorted((k for k in keys if t == k or t.startswith(k + ".")), key=len)

    def kind(self, etype: str) -> str:
        """"transfer", "not covered: <label>", "ignore" or "other"."""
        if self._prefixes(etype, self.transfer):
            return "transfer"
        covered = self._prefixes(etype, self.not_covered)
        if covered:
            return f"not covered: {self.not_covered[covered[-1]]}"
        return "ignore" if self._prefixes(etype, self.ignore) else "other"

    def spec(self, etype: str) -> tuple[dict[str, str], list[str]]:
        """Their roles (lower case) onto our fields, and the stages that agree with the type."""
        roles: dict[str, str] = {}
        stages: list[str] = []
        for k in self._prefixes(etype, self.transfer):
            roles.update({r.lower(): f for r, f in self.transfer[k].get("roles", {}).items()})
            stages = list(self.transfer[k].get("stages", stages))
        return roles, stages


def locate(text: str, needle: str, window: tuple[int, int], anchor: int) -> tuple[int, int] | None:
    """Where `needle` is written: inside `window` (the evidence sentence) if it can be, nearest `anchor`."""
    needle = needle.strip()
    if not needle:
        return None
    for flags in (0, re.IGNORECASE):
        found = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, flags)]
        if found:
            inside = [s for s in found if window[0] <= s[0] < window[1]] or found
            return min(inside, key=lambda s: abs(s[0] - anchor))
    return None


def select(records: list[Record], key: str, arms: set[str], limit: int | None) -> list[tuple[Record, tuple[str, ...]]]:
    """The first `limit` records of the split and the first `limit` of its arms records, with their prefixes."""
    head = {r[key] for r in records[:limit]}
    arm = [r[key] for r in records if r[key] in arms][:limit]
    return [(r, tuple(p for p, on in (("", r[key] in head), ("arms:", r[key] in arm)) if on))
            for r in records if r[key] in head or r[key] in arm]


def note(label: str, fp: str, limit: int | None) -> str:
    return (f"{label}, per given trigger, types and roles mapped in data/eval/*.toml: the rows whose evidence sentence "
            "holds the trigger (nearest first); a role is found when the predicted text overlaps the gold span (totals "
            f"also by head, exact); event fp = {fp}; attacks not covered (fn only)"
            + (f"; sample: first {limit} records + first {limit} arms records" if limit else ""))


def jsonl(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
