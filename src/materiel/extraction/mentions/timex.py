"""Normalise time expressions to inclusive date ranges (finding them is `timefind`).

`normalise(text, anchor)` returns the inclusive (start, end) range a time expression
denotes; relative expressions are resolved against `anchor`, the article's publication
date. It returns None when the text is not a time expression it understands, or when a
relative expression comes without an anchor. Conventions:

* Input is case-insensitive; surrounding quotes/punctuation, ordinal suffixes ("12th")
  and one or more leading "in", "on", "by", "as of", "since", "until", "from", "during",
  "at", "over", "throughout" are tolerated ("early in 2023" reads as "early 2023").
* A month without a year ("January", "March 12") is the most recent such month on or
  before the anchor's month. Month parts: early = days 1-15, mid = 10-20, late (and
  "end of") = 16-last day; "beginning/start of" = early, "middle of" = mid.
* Year parts: early = Jan 1-Apr 30, mid = May 1-Aug 31, late (and "end of") = Sep 1-Dec 31;
  halves, quarters ("Q1 2024", "the first quarter of 2024"); decades ("the 1990s", with
  early = years 0-3, mid = 4-6, late = 7-9). Seasons are northern-hemisphere and three
  months long: spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov, winter Y = Dec Y-Feb Y+1.
  A season without a year is the most recent one begun on or before the anchor; "last"
  is the most recent one ended before it, "next" the first to begin after it, "this" the
  one containing the anchor (else the one in the anchor's year).
* Relative: "today", "yesterday", "tomorrow"; a weekday alone is the most recent such day
  on or before the anchor ("last" = strictly before, "next" = strictly after, "this" =
  in the anchor's Monday-Sunday week); "this week/month/year" and "earlier this ..." run
  from the start of the period to the anchor, "later this ..." from the anchor to its end;
  "last/next week/month/year" are the whole previous/next calendar period (weeks run
  Monday-Sunday); "in N days/weeks/months/years" is anchor .. anchor + N; "N days ago" is
  that day, "N weeks ago" that Monday-Sunday week, "N months ago" that month, "N years
  ago" that year; "the past N months" / "the last two weeks" is anchor - N .. anchor;
  "recently" and "in recent weeks" are anchor - 30 days .. anchor, "in recent days" 7 days,
  "in recent months" 3 months, "in recent years" 3 years.
* "since X" is start(X) .. anchor; without an anchor (or with X after the anchor), X itself.
  "X to Y", "from X to Y", "between X and Y", "2014-2016" and "2022-23" span start(X) ..
  end(Y); "2022-03" is an ISO month.

`timefind.find_times(text)` returns (start, end, text) spans of time expressions in a sentence,
found with regular expressions; every span it returns normalises. Precision over recall.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from materiel import lexicon
from materiel.extraction.mentions.quantities import NUMBER_WORDS, parse_quantity

__all__ = ["NUMBER_PATTERN", "normalise"]

Range = tuple[date, date]
_Handler = Callable[[re.Match[str], date | None], Range | None]
_MONTHS = lexicon.word_list("timex", "months")
_MONTH_NUM = {**{m: i + 1 for i, m in enumerate(_MONTHS)},
              **{m[:3]: i + 1 for i, m in enumerate(_MONTHS)}, "sept": 9}
_WEEKDAYS = lexicon.word_list("timex", "weekdays")
_SEASONS: dict[str, int] = lexicon.word_table("timex", "seasons")
_ORDINALS: dict[str, int] = lexicon.word_table("timex", "ordinals")
_REL: dict[str, int] = lexicon.word_table("timex", "relative")
_PARTS: dict[str, str] = lexicon.word_table("timex", "parts")
_MONTH_PART = {"early": (1, 15), "mid": (10, 20), "late": (16, 31)}
_YEAR_PART = {"early": 1, "mid": 5, "late": 9}  # each four months long
_DAY_WORDS: dict[str, int] = lexicon.word_table("timex", "day_words")
_RECENT: dict[str, tuple[int, str]] = {k: (int(n), str(u)) for k, (n, u) in lexicon.word_table("timex", "recent").items()}

_MON = "(" + "|".join(sorted(_MONTH_NUM, key=len, reverse=True)) + ")"
_QUAL = r"(?:(early|mid|late|(?:the )?(?:beginning|start|middle|end) of) )?"
_YEAR = r"((?:19|20)\d\d|this year|last year|next year)"
_N = r"(\d+|[a-z]+(?: [a-z]+)?)"
_UNIT = r"(day|week|month|year)s?"
_WORDS = "|".join(NUMBER_WORDS)
NUMBER_PATTERN = rf"(?:\d{{1,3}}|an?|{_WORDS})(?:[- ](?:{_WORDS}))?"
_PREFIX_RE = re.compile(r"^(since|in|on|by|as of|until|till|from|during|at|over|throughout) ")
_FORWARD_RE = re.compile(rf"^(?:(?:in|within)(?: the (?:next|coming))?|"
                         rf"(?:(?:over|in|during) )?the (?:next|coming)) {_N} {_UNIT}$")


def _clean(text: str) -> str:
    s = re.sub(r"[\u2010-\u2015]", "-", text.lower().replace("\u2019", "'").replace(",", " "))
    s = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.", r"\1", s)
    s = re.sub(r"\b(mid|early|late)\s*-\s*", r"\1 ", s)
    s = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", s)
    s = re.sub(r"\s+", " ", s.strip(" \t\n\"'“”‘«»()[]{}.;:!?")).strip()
    s = re.sub(r"^((?:19|20)\d\d) ?- ?((?:19|20)\d\d|\d\d)$", _year_span, s)
    return re.sub(r"\b(early|late) in (?:the )?(?=\S)", r"\1 ", s)


def _year_span(m: re.Match[str]) -> str:
    """'2014-2016' and '2022-23' are year spans; '2022-03' (an ISO month) is not."""
    end = m[2] if len(m[2]) == 4 else m[1][:2] + m[2]
    return f"{m[1]} to {end}" if end > m[1] else m[0]


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + m - 1 + n
    return k // 12, k % 12 + 1


def _months(y: int, m: int, n: int = 1) -> Range:
    """The n whole months starting with month m of year y."""
    ey, em = _add_months(y, m, n - 1)
    return date(y, m, 1), date(ey, em, calendar.monthrange(ey, em)[1])


def _day(y: int, m: int, d: int) -> Range | None:
    return (date(y, m, d),) * 2 if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] \
        else None


def _shift(d: date, n: int, unit: str) -> date:
    if unit in ("day", "week"):
        return d + timedelta(days=n * (7 if unit == "week" else 1))
    y, m = _add_months(d.year, d.month, n * (12 if unit == "year" else 1))
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _period(d: date, unit: str) -> Range:
    """The calendar week (Monday-Sunday), month or year containing `d`."""
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    return _months(d.year, d.month) if unit == "month" else _months(d.year, 1, 12)


def _part(r: Range, qual: str | None) -> Range:
    """Apply early/mid/late (or beginning/middle/end of) to a whole month or year."""
    q, (s, e) = _PARTS.get((qual or "").removeprefix("the ")), r
    if q and r == _months(s.year, s.month):
        lo, hi = _MONTH_PART[q]
        return date(s.year, s.month, lo), min(date(s.year, s.month, 28) + timedelta(hi - 28), e)
    if q and r == _months(s.year, 1, 12):
        return _months(s.year, _YEAR_PART[q], 4)
    return r


def _count(word: str) -> int | None:
    n = parse_quantity(word) if re.fullmatch(NUMBER_PATTERN, word) else None
    return n if isinstance(n, int) and n > 0 else None


def _year(tok: str | None, anchor: date | None) -> int | None:
    if tok and tok[0].isdigit():
        return int(tok)
    return anchor.year + _REL[tok.split()[0]] if tok and anchor else None


def _month_of(mon: str, ytok: str | None, anchor: date | None) -> tuple[int, int] | None:
    m, y = _MONTH_NUM[mon], _year(ytok, anchor)
    if y is None and anchor:  # the most recent such month on or before the anchor's
        y = anchor.year if m <= anchor.month else anchor.year - 1
    return (y, m) if y else None


def _r_month(m: re.Match[str], a: date | None) -> Range | None:
    ym = _month_of(m[2], m[4], a)
    return None if ym is None else _day(*ym, int(m[3])) if m[3] else _part(_months(*ym), m[1])


def _r_day_month(m: re.Match[str], a: date | None) -> Range | None:
    ym = _month_of(m[2], m[3], a)
    return _day(*ym, int(m[1])) if ym else None


def _r_iso(m: re.Match[str], _a: date | None) -> Range | None:
    y, mo = int(m[1]), int(m[2])
    return _day(y, mo, int(m[3])) if m[3] else _months(y, mo) if 1 <= mo <= 12 else None


def _r_relative(m: re.Match[str], a: date | None) -> Range | None:
    qual, rel, unit = m[1], m[2].removeprefix("the ").replace("previous", "last"), m[3]
    if a is None:
        return None
    s, e = _period(_shift(a, _REL[rel], unit), unit)
    if rel == "this" and qual in (None, "earlier", "later"):
        return (a, e) if qual == "later" else (s, a)
    return _part((s, e), None if qual in ("earlier", "later") else qual)


def _r_weekday(m: re.Match[str], a: date | None) -> Range | None:
    wd = _WEEKDAYS.index(m[2])
    if m[3]:  # "Wednesday, March 12", "Wednesday last week": that weekday within the range
        r = _resolve(m[3], a)
        hit = [d for d in (r[0] + timedelta(i) for i in range(7)) if d <= r[1]
               and d.weekday() == wd] if r and (r[1] - r[0]).days < 7 else []
        return (hit[0], hit[0]) if hit else r
    if a is None:
        return None
    back, fwd = (a.weekday() - wd) % 7, (wd - a.weekday()) % 7
    d = {None: a - timedelta(back), "last": a - timedelta(back or 7),
         "next": a + timedelta(fwd or 7), "this": _period(a, "week")[0] + timedelta(wd)}[m[1]]
    return d, d


def _r_season(m: re.Match[str], a: date | None) -> Range | None:
    if m[3]:
        y = _year(m[3], a)
        return _months(y, _SEASONS[m[2]], 3) if y else None
    if a is None:
        return None
    cands = [_months(y, _SEASONS[m[2]], 3) for y in range(a.year - 2, a.year + 2)]
    if m[1] == "this":
        return next((r for r in cands if r[0] <= a <= r[1]), cands[2])
    if m[1] == "next":
        return next(r for r in cands if r[0] > a)
    return [r for r in cands if (r[1] < a if m[1] == "last" else r[0] <= a)][-1]


def _r_ago(m: re.Match[str], a: date | None) -> Range | None:
    n = _count(m[1])
    if a is None or n is None:
        return None
    d = _shift(a, -n, m[2])
    return (d, d) if m[2] == "day" else _period(d, m[2])


def _r_past(m: re.Match[str], a: date | None) -> Range | None:
    n, unit = (_count(m[1]) if m[1] else 1), m[2]
    if m[1] in ("few", "several", "couple of"):
        n, unit = _RECENT["recent " + unit + "s"]
    return (_shift(a, -n, unit), a) if a and n else None


def _r_decade(m: re.Match[str], _a: date | None) -> Range:
    y = int(m[2]) * 10
    lo, hi = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}[m[1]]
    return date(y + lo, 1, 1), date(y + hi, 12, 31)


def _r_quarter(m: re.Match[str], a: date | None) -> Range | None:
    y, q = _year(m[3], a), m[1] or m[2]
    return _months(y, 3 * (_ORDINALS.get(q) or int(q)) - 2, 3) if y else None


def _r_half(m: re.Match[str], a: date | None) -> Range | None:
    y = _year(m[3], a)
    return _months(y, 1 if (m[1] or m[2]) in ("first", "1") else 7, 6) if y else None


_RULES: list[tuple[re.Pattern[str], _Handler]] = [(re.compile(p), f) for p, f in [
    ("^(" + "|".join(_DAY_WORDS) + ")$",
     lambda m, a: (a + timedelta(_DAY_WORDS[m[1]]),) * 2 if a else None),
    ("^(?:in )?(" + "|".join(_RECENT) + ")$",
     lambda m, a: (_shift(a, -_RECENT[m[1]][0], _RECENT[m[1]][1]), a) if a else None),
    (r"^((?:19|20)\d\d)-(\d\d?)(?:-(\d\d?))?$", _r_iso),
    (rf"^{_QUAL}(?:the year )?((?:19|20)\d\d)$",
     lambda m, a: _part(_months(int(m[2]), 1, 12), m[1])),
    (r"^(?:the )?(?:(early|mid|late) )?((?:19|20)\d)0s$", _r_decade),
    (rf"^(?:(?:the )?(first|second|1|2) half|h([12])) (?:of )?{_YEAR}$", _r_half),
    (r"^(?:(?:the )?(first|second|third|fourth|final|last|[1-4]) quarter|q([1-4])) (?:of )?"
     + _YEAR + "$", _r_quarter),
    (r"^(?:(this|last|next) )?(?:the )?(spring|summer|autumn|fall|winter)(?: (?:of )?"
     + _YEAR + ")?$", _r_season),
    (rf"^{_QUAL}{_MON}(?: (\d{{1,2}}))?(?: (?:of )?{_YEAR})?$", _r_month),
    (rf"^(?:the )?(\d{{1,2}}) (?:of )?{_MON}(?: (?:of )?{_YEAR})?$", _r_day_month),
    (r"^(?:(earlier|later|early|mid|late|(?:the )?(?:beginning|start|middle|end) of) )?"
     + r"(this|last|next|(?:the )?previous) (week|month|year)$", _r_relative),
    ("^(?:(last|next|this) )?(" + "|".join(_WEEKDAYS)
     + r")(?: (?:morning|afternoon|evening|night))?(?: (.+))?$", _r_weekday),
    (rf"^{_N} {_UNIT} ago$", _r_ago),
    (rf"^(?:the (?:past|last|previous)|past) (?:{_N} )?{_UNIT}$", _r_past),
]]


def _resolve(s: str, anchor: date | None) -> Range | None:
    for rx, fn in _RULES:
        if (m := rx.match(s)) and (r := fn(m, anchor)) is not None:
            return r
    m = re.match(r"^(?:between (.+?) and|(.+?) (?:to|until|till|through|-)) (.+)$", s)
    if not m:  # below: a range "X to Y"; "March to May 2022" lends May's year to March
        return None
    left, right = m[1] or m[2], m[3]
    if (year := re.search(r" ((?:19|20)\d\d)$", right)) and not re.search(r"\d{4}", left):
        left = f"{left} {year[1]}"
    lr, rr = _resolve(left, anchor), _resolve(right, anchor)
    return (lr[0], rr[1]) if lr and rr and lr[0] <= rr[1] else None


def normalise(text: str, anchor: date | None) -> Range | None:
    """The inclusive date range `text` denotes (see the module docstring), or None."""
    s = _clean(text)
    try:
        if (m := _FORWARD_RE.match(s)) and anchor and (n := _count(m[1])):
            return anchor, _shift(anchor, n, m[2])
        since = False
        while (m := _PREFIX_RE.match(s)) and s[m.end():]:
            since, s = since or m[1] == "since", s[m.end():]
        r = _resolve(s, anchor)
    except (ValueError, OverflowError):  # dates beyond year 1..9999
        return None
    return (r[0], anchor) if r and since and anchor and r[0] <= anchor else r
