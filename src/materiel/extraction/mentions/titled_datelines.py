"""A dateline written in title case ("Tarvo, May 2 -", "Tarvo, 2 May (Agency) -", "Tarvo (Agency) -",
"Tarvo, May 2:"): the place opening a line, told as a dateline only when a date or an agency's name in
brackets follows it and a dash or colon closes it, so a sentence opening on a place name is none
(mentions/topic.py reads the place's state as the capitals' dateline's)."""
from __future__ import annotations

import re

PLACE = r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE = rf"(?:{MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {MONTH}(?: \d{{4}})?)"
AGENCY = r"\([A-Z][A-Za-z]+\)"
TITLED = re.compile(rf"{PLACE}(?:, {DATE}(?: {AGENCY})?| {AGENCY})\s*(?:--|[-\u2013\u2014:])")


def titled_place(line: str) -> str | None:
    """The place of a title-case dateline opening the line, lower-cased, or None."""
    m = TITLED.match(line)
    return m.group(1).lower() if m else None
