"""Find time expressions in running text (`find_times`): candidate spans by capitalised-month,
weekday, year and relative-phrase patterns, kept only when `timex.normalise` reads them."""
from __future__ import annotations

import re
from datetime import date

from materiel.extraction.mentions.timex import NUMBER_PATTERN, normalise

__all__ = ["find_times"]

_MON_C = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_WD_C = r"(?<!Good )(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_Y_C = r"(?<![\d$€£.,])(?:19|20)\d\d(?!\d|[.,]\d|%| ?per ?cent)"
_REL_Y = rf"(?:{_Y_C}|(?i:this|last|next) year)"
_Q_C = r"(?i:early|mid|late|(?:the )?(?:beginning|start|middle|end) of)[- ]"
_UNIT_C = r"(?:day|week|month|year)s?"
_FIND_RES = [re.compile(p) for p in (
    r"(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])",
    (rf"(?:{_WD_C},? )?(?:{_Q_C})?(?:(?:the )?[0-3]?\d(?:st|nd|rd|th)? (?:of )?)?{_MON_C}"
     rf"(?: [0-3]?\d(?:st|nd|rd|th)?\b(?![.,]?\d))?(?:,? (?:of )?{_REL_Y})?"),
    rf"{_Q_C}{_Y_C}",
    rf"(?i:(?:the )?(?:first|second) half of ){_REL_Y}|\bH[12] {_REL_Y}",
    (rf"(?i:(?:the )?(?:first|second|third|fourth|final|last) quarter of ){_REL_Y}"
     rf"|\bQ[1-4] (?:of )?{_REL_Y}"),
    (rf"(?i:(?:(?:this|last|next) )?(?:the )?(?:spring|summer|autumn|fall|winter) (?:of )?)"
     rf"{_REL_Y}|(?i:\b(?:this|last|next) (?:spring|summer|autumn|winter))\b"),
    r"(?i:\b(?:the )?(?:(?:early|mid|late)[- ])?)(?:19|20)\d0s\b",
    rf"(?i:\bfrom |\bbetween ){_Y_C}(?i: (?:to|and|until|through) ){_Y_C}|{_Y_C}[-–]{_Y_C}",
    (rf"(?i:\b(?:in|since|by|until|till|from|during|through|throughout|before|after|year|"
     rf"fiscal) )(?P<t>{_Y_C})(?! [a-z]{{2,}}s\b)"),  # a bare year, but not "by 2030 troops"
    (rf"(?:(?i:last|next|this) )?{_WD_C}(?: (?i:morning|afternoon|evening|night))?"
     r"(?! (?:Times|Telegraph|Express|Mirror|Post|Agreement)\b)"),
    (rf"(?i)\b(?:today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening)|"
     rf"(?:earlier|later) this (?:week|month|year)|(?:(?:early|mid|late)[- ])?(?:this|last|next)"
     rf" (?:week|month|year)|recently|in recent (?:days|weeks|months|years)|(?:the )?(?:past|"
     rf"last|previous) (?:{NUMBER_PATTERN} )?{_UNIT_C}|{NUMBER_PATTERN} {_UNIT_C} ago|(?:in|within) {NUMBER_PATTERN} "
     rf"{_UNIT_C}(?! of)|(?:the )?next {NUMBER_PATTERN} {_UNIT_C})\b"),
)]
_BARE_MAY_OK = re.compile(r"(?i)\b(?:in|since|by|until|from|during|of|last|next|this|early|"
                          r"late|mid)$")
_PROBE = date(2024, 6, 15)  # any anchor: find_times keeps only spans that normalise


def find_times(text: str) -> list[tuple[int, int, str]]:
    """Character spans (start, end, text) of time expressions in `text`, in order.

    Overlapping candidates keep the longest; a preceding "since" joins the span; a span
    is kept only when it normalises. Month and weekday names must be capitalised, a bare
    "May" needs a preposition before it, a bare year a temporal preposition, and a month
    abbreviation ("Jan") a day or a year.
    """
    cands: set[tuple[int, int]] = set()
    for rx in _FIND_RES:
        for m in rx.finditer(text):
            s, e = m.span("t") if "t" in rx.groupindex else m.span()
            word, before = text[s:e], text[:s].rstrip()
            if (rx.flags & re.IGNORECASE and word[:1].isupper() and before[-1:].isalnum()  # Russia Today
                    or re.fullmatch(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?", word)
                    or word == "May" and not _BARE_MAY_OK.search(before)):
                continue
            cands.add((s - 6, e) if text[max(0, s - 6):s].lower() == "since " else (s, e))
    kept: list[tuple[int, int]] = []
    for s, e in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
        if all(e <= ks or s >= ke for ks, ke in kept) and normalise(text[s:e], _PROBE):
            kept.append((s, e))
    return [(s, e, text[s:e]) for s, e in sorted(kept)]
