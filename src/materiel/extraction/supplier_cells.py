"""The cells and lines of a register told by supplier (`supplier_tables`, `tracker_lines`): one told row, the
stage of a status text (`supplier_tables.status_stages` in words.toml), the destination a cell or an introducing
line names after "to" or an arrow ("Ruritania (Karvell Marine) to Borduria", "Ruritania -> Borduria", "Tanks pledged
to Borduria so far:")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from materiel import lexicon
from materiel.extraction.destination_lines import WORD, label_states
from materiel.extraction.mentions.quantities import parse_quantity

STATUS = lexicon.word_table("supplier_tables", "status_stages")
TO_WORDS = lexicon.word_set("supplier_tables", "destination_preps") | lexicon.word_set("tracker_codes", "arrows")
TO = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in sorted(TO_WORDS)) + r")\s+(?P<dest>[^\W\d_][^()|;,:\n]*?)\s*(?:\(|$|[;,.:])", re.I)


@dataclass
class Told:
    """One table row or tracker line: its supplier and recipient states, the characters of its item text and of
    the whole row, its quantity, its stage, and a part count delivered."""
    supplier: str
    recipient: str
    item: tuple[int, int]
    whole: tuple[int, int]
    quantity: int | None
    stage: str
    delivered: int | None = None
    intro: tuple[int, int] | None = None  # the characters of the line introducing a list
    uncertain: bool = False  # an unconfirmed tracker line (`tracker_codes`)


def status_stage(text: str) -> tuple[str | None, int | None]:
    """The stage of the first status word of text and a count just before a delivery word ("first 2 delivered")."""
    words = WORD.findall(text)
    stage = next((STATUS[w.lower()] for w in words if w.lower() in STATUS), None)
    count = None
    for part in re.finditer(r"(\d[\d,]*)\s+(\w+)(?:\s+(\w+))?", text):
        if "delivered" in (STATUS.get(part.group(2).lower()), STATUS.get((part.group(3) or "").lower())):
            count = parse_quantity(part.group(1))
            break
    return stage, int(count) if count is not None else None


def intro_line(text: str, start: int) -> tuple[int, int]:
    """The characters of the nearest non-empty line before position start (the line introducing a list)."""
    end = len(text[:start].rstrip())
    return text.rfind("\n", 0, end) + 1, end


def intro_stage(text: str, start: int) -> str | None:
    before = [ln for ln in text[:start].splitlines() if ln.strip()]
    for ln in reversed(before[-2:]):
        stage, _ = status_stage(ln)
        if stage is not None:
            return stage
    return None


def destination(cell: str, names: dict[str, str]) -> tuple[str, list[str]]:
    """The part of a cell before its "to" and the states named after it ("Ruritania (X) to Borduria")."""
    m = TO.search(cell + " ")
    if m is None:
        return cell, []
    words = m.group("dest").split()
    for n in range(len(words), 0, -1):  # "to Borduria so far": the longest run of words naming states
        states = label_states(" ".join(words[:n]), names)
        if states:
            return cell[: m.start()], states
    return cell[: m.start()], []
