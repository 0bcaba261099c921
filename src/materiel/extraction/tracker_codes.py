"""Status codes and section headings of an arms tracker (`tracker_lines` reads its lines):

- a legend line that names its codes ("Status codes: P = pledged, C = contracted, X = unverified"; words.toml
  [tracker_codes] `legend_nouns`) maps each code to its word; a tracker line ending in a bracketed code ("[C]",
  "[C/P]") tells the stage of its first code's word (`supplier_tables.status_stages` or `extra_stages`);
- a line whose code, or whose own status text, is an unconfirmed one (`unconfirmed_words`,
  `unconfirmed_phrases`: "[X]", "(delivery reported; not confirmed by the ministry)") makes an uncertain row;
- a heading line naming one state and nothing else ("BORDURIA", "Borduria:") is the destination of the tracker
  lines under it that name none themselves; the sections of such headings make one list (a section may hold a
  single line);
- a line labelled by a state that names another after "from" (`source_preps`: "Borduria: 6 Ostrava-9 radars from
  Ruritania (ordered)") is labelled by its recipient: the state after "from" supplies."""
from __future__ import annotations

import re

from materiel import lexicon
from materiel.extraction.destination_lines import LABELLED, WORD, label_states

STATUS = lexicon.word_table("supplier_tables", "status_stages")
EXTRA = lexicon.word_table("tracker_codes", "extra_stages")
LEGEND_NOUNS = lexicon.word_set("tracker_codes", "legend_nouns")
UNCONFIRMED = lexicon.word_set("tracker_codes", "unconfirmed_words")
UNCONFIRMED_PHRASES = lexicon.word_set("tracker_codes", "unconfirmed_phrases")
PAIR = re.compile(r"\b([A-Z][A-Za-z]{0,2})\s*[=:–-]\s*([a-z]+(?:[ -][a-z]+)?)")
CODES = re.compile(r"\[([A-Za-z]{1,3}(?:\s*/\s*[A-Za-z]{1,3})*)\]\s*$")
HEADING_WORDS = 5
FROM_WORDS = lexicon.word_set("tracker_codes", "source_preps")
FROM = re.compile(r"\s+(?:" + "|".join(sorted(FROM_WORDS)) + r")\s+(?P<src>[^\W\d_][^()|;,:\n]*?)\s*(?:\(|$|[;,.:\[])", re.I)
LEAD = re.compile(r"(?:an?\s+)?([^\W\d_]+)\s+(?:for|of)\s+", re.I)


def word_stage(word: str) -> str | None:
    """The stage a status word tells (`status_stages`, else `extra_stages`)."""
    w = word.lower()
    return STATUS.get(w) or EXTRA.get(w)


def _pairs(line: str) -> list[tuple[str, str]]:
    head = line.split(":", 1)[0] if ":" in line else ""
    if not {w.lower() for w in WORD.findall(head)} & LEGEND_NOUNS:
        return []
    pairs = PAIR.findall(line.split(":", 1)[1])
    return pairs if len(pairs) >= 2 else []


def legend(text: str) -> tuple[dict[str, str], str]:
    """The codes of the text's legend lines and their words ({"P": "pledged", "X": "unverified"}), and the text
    with those lines blanked (a legend introduces no list: its words tell no list's stage)."""
    out: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    for k, line in enumerate(lines):
        pairs = _pairs(line)
        out.update((code, word.lower()) for code, word in pairs)
        lines[k] = re.sub(r"[^\n]", " ", line) if pairs else line
    return out, "".join(lines)


def line_status(body: str, codes: dict[str, str]) -> tuple[str | None, bool]:
    """The stage a line's bracketed codes tell, else its first status word's (None: none), and whether the line
    is unconfirmed."""
    m = CODES.search(body)
    words = [codes.get(c.strip(), "") for c in m.group(1).split("/")] if m and codes else []
    stage = next((s for s in (word_stage(w) for w in words) if s), None)
    stage = stage or next((s for s in (word_stage(w) for w in WORD.findall(body)) if s), None)
    low = body.lower()
    unsure = any(w in UNCONFIRMED for w in words) or any(p in low for p in UNCONFIRMED_PHRASES)
    return stage, unsure or any(w.lower() in UNCONFIRMED for w in WORD.findall(body[: m.start()] if m else body))


def _heading(line: str, names: dict[str, str]) -> str | None:
    """The state a heading line names alone ("BORDURIA", "## Borduria:")."""
    line = line.strip().strip("#*_=:").strip()
    if not line or len(line.split()) > HEADING_WORDS:
        return None
    states = label_states(line, names)
    return states[0] if len(states) == 1 else None


def section_state(text: str, start: int, names: dict[str, str]) -> str | None:
    """The state of the heading above position start, over the tracker lines between, when it names one alone."""
    for line in reversed(text[:start].splitlines()):
        m = LABELLED.match(line)
        if not line.strip() or (m and label_states(m.group("label"), names)):
            continue
        return _heading(line, names)
    return None


def without_headings(text: str, names: dict[str, str]) -> str:
    """The text with its state headings blanked: the tracker lines of sections one after another make one list."""
    return "".join(re.sub(r"[^\n]", " ", ln) if _heading(ln, names) else ln for ln in text.splitlines(keepends=True))


def lead_status(body: str) -> int:
    """The length of a status noun and its preposition opening a line's text ("request for 6 X", "offer of 1 X"),
    which the item's text leaves out; 0 when there is none."""
    m = LEAD.match(body)
    return m.end() if m and word_stage(m.group(1)) else 0


def line_source(body: str, names: dict[str, str]) -> tuple[str, str | None]:
    """The part of a line's text before "from" and the one state named after it ("6 X from Ruritania (ordered)")."""
    m = FROM.search(" " + body + " ")
    if m is None:
        return body, None
    states = label_states(m.group("src"), names)
    return (body[: m.start()], states[0]) if len(states) == 1 else (body, None)
