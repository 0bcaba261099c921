"""Read the number of items a quantity phrase states.

`parse_quantity` returns the exact count a phrase such as "300,000", "about 3,000",
"two dozen", "1.5 million" or "a pair of" states, and None when it states no exact count:
vague phrases ("hundreds", "several", "a number of"), shares ("50 per cent"), money
("$1.85 billion", "3.75 billion euros") and ranges ("10 to 12"). Hedges and bounds are
read as the number they hedge ("more than a million" -> 1000000, "up to 40" -> 40).
Integral values come back as int, others as float. Words after the number ("300 shells",
"a pair of") are ignored. Pure functions; the words are data (lexicon words.toml [quantities]).
"""
from __future__ import annotations

import re
from decimal import Decimal

from materiel import lexicon

__all__ = ["NUMBER_WORDS", "SCALE_WORDS", "is_vague_quantity", "parse_quantity"]

#: Cardinal number words, multipliers that close a group ("two thousand", "1.5 million", "2bn") and
#: multipliers inside one ("two dozen"): words.toml [quantities].
NUMBER_WORDS: dict[str, int] = lexicon.word_table("quantities", "number_words")
SCALE_WORDS: dict[str, int] = lexicon.word_table("quantities", "scale_words")
_MULTIPLIERS: dict[str, int] = lexicon.word_table("quantities", "multipliers")

# Leading hedges and bounds, stripped when a number follows them (longest first).
_QUALIFIERS = sorted(lexicon.word_list("quantities", "qualifiers"), key=len, reverse=True)
_QUALIFIER_RE = re.compile("^(?:" + "|".join(
    re.escape(q) + (r"\b" if q[-1].isalpha() else "") for q in _QUALIFIERS) + r")\s*")
_NUMBERISH_RE = re.compile(r"^(?:\d|(?:a|an|half|single|" + "|".join(
    [*NUMBER_WORDS, *SCALE_WORDS, *_MULTIPLIERS]) + r")\b)")

_VAGUE_RE = re.compile(r"""^(?:(?:a|an)\s+)?
    (?:(?:large|small|great|huge|vast|growing|significant|substantial|considerable|limited|
        modest|unknown|unspecified|undisclosed|sizeable|sizable|good|fair|certain|
        increasing|unprecedented|record)\s+)*
    (?:number|numbers|amount|amounts|quantity|quantities|lot|lots|host|handful|series|string|
       raft|range|variety|slew|plethora|bunch|batch|batches|few|multitude|myriad|array|
       shipment|consignment|tranche|fleet|stockpile|supply|dozens|hundreds|thousands|
       millions|billions|scores|tens|pairs|several|many|some|numerous|multiple|various|
       countless|innumerable|unknown|undisclosed|unspecified|more|plenty|most)\b""", re.VERBOSE)
_MONEY_RE = re.compile(
    r"[$€£¥₹₽₴]|\b(?:us\$|usd|eur|gbp|cny|rmb|inr|rub|jpy|dollars?|euros?|pounds?|sterling|"
    r"yen|yuan|renminbi|roubles?|rubles?|rupees?|won|francs?|kron[aeo]r?|shekels?|riyals?|"
    r"dirhams?|lira|liras|zloty|zlotys|hryvnias?|bucks)\b")
_PERCENT_RE = re.compile(r"%|\bper\s*cent\b|\bpercent(?:age)?\b|\bpct\b")
_TOKEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+|\S")
_DIGITS_RE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
_RANGE_WORDS = frozenset({"to", "or", "-", "–", "—", "/", "and"})


def _clean(text: str) -> str:
    s = text.lower().replace("\u2019", "'").strip()
    s = re.sub(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}\b)", "", s)  # 300 000 (narrow spaces)
    s = re.sub(r"(?<=\d)\s*[-–—]\s*(?=\d)", " to ", s)  # 10-12 is a range
    s = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", s)  # twenty-four
    s = s.strip(" \t\n\"'“”‘«»()[]{},;:!?").rstrip(".")
    return re.sub(r"\s+", " ", s)


def _strip_qualifiers(s: str) -> str:
    while True:
        m = _QUALIFIER_RE.match(s)
        if not m or not m.end() or not _NUMBERISH_RE.match(s[m.end():].lstrip(". ")):
            return s
        s = s[m.end():].lstrip(". ")


def is_vague_quantity(text: str) -> bool:
    """True when the phrase names an inexact amount: "hundreds", "dozens of", "several",
    "a number of", "a few", "tens of thousands", "an undisclosed number of", ..."""
    return bool(_VAGUE_RE.match(_strip_qualifiers(_clean(text))))


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _parse_tokens(tokens: list[str]) -> tuple[Decimal | None, int]:
    """Read a number from the front of `tokens`; return (value or None, tokens consumed).

    `last` is the kind of the previous token: "" (none), "article", "digit", "unit" (0-19),
    "tens" (20-90), "mult" (hundred/dozen/pair), "scale" (thousand...), "and" or "half".
    """
    total, current, last, i = Decimal(0), Decimal(0), "", 0
    if tokens[:1] == ["single"] or tokens[:2] in (["a", "single"], ["an", "single"]):
        return Decimal(1), 1 if tokens[0] == "single" else 2
    if tokens[:1] in (["a"], ["an"]):
        nxt = tokens[1] if len(tokens) > 1 else ""
        if nxt in SCALE_WORDS or nxt in _MULTIPLIERS or nxt == "half":
            current, last = Decimal(1), "article"  # "a dozen", "a million", "a half million"
        elif not (nxt[:1].isdigit() or nxt in NUMBER_WORDS):
            return Decimal(1), 1  # "a", "a tank"
        i = 1
    while i < len(tokens):
        tok, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok[:1].isdigit() or tok[:1] == ".":
            if last or not _DIGITS_RE.match(tok):
                return None, i  # "2 3", "1,50"
            current, last = Decimal(tok.replace(",", "")), "digit"
        elif tok in NUMBER_WORDS:
            v = NUMBER_WORDS[tok]
            if last not in ("", "mult", "scale", "and") and not (last == "tens" and v < 10):
                return None, i  # "twelve five", "12 six"
            current, last = current + v, "tens" if v >= 20 else "unit"
        elif tok == "half" and last == "article":  # "a half million"
            current, last = Decimal("0.5"), "half"
        elif tok == "half" and not last and nxt in ("a", "an"):  # "half a million"
            current, last, i = Decimal("0.5"), "half", i + 1
        elif tok == "and" and last and tokens[i + 1:i + 3] == ["a", "half"]:
            current, last, i = current + Decimal("0.5"), "unit", i + 2  # "one and a half"
        elif tok == "and" and last in ("mult", "scale") and nxt in NUMBER_WORDS:
            last = "and"  # "one hundred and fifty"
        elif tok in _MULTIPLIERS and not (last == "mult" and tok == "hundred"):
            current, last = (current or Decimal(1)) * _MULTIPLIERS[tok], "mult"
        elif tok in SCALE_WORDS and last == "scale":
            return None, i  # "a thousand million": not read
        elif tok in SCALE_WORDS and last:
            total += (current or Decimal(1)) * SCALE_WORDS[tok]
            current, last = Decimal(0), "scale"
        else:
            break
        i += 1
    if last in ("", "half"):
        return None, i
    return total + current, i


def parse_quantity(text: str) -> int | float | None:
    """The number of items a quantity phrase states, or None when it states no exact number.

    >>> parse_quantity("about 3,000"), parse_quantity("two dozen"), parse_quantity("several")
    (3000, 24, None)
    """
    s = _clean(text)
    if not s or _MONEY_RE.search(s) or _PERCENT_RE.search(s):
        return None
    s = _strip_qualifiers(s)
    if _VAGUE_RE.match(s):
        return None
    tokens = _TOKEN_RE.findall(s)
    value, used = _parse_tokens(tokens)
    if value is None:
        return None
    rest = tokens[used:]
    if rest and rest[0] in _RANGE_WORDS and len(rest) > 1 and _NUMBERISH_RE.match(rest[1]) \
            and rest[1] not in ("a", "an"):
        return None  # "10 to 12", "12 or 14": not one number
    if rest and (rest[0][:1].isdigit() or rest[0] in NUMBER_WORDS or rest[0] in SCALE_WORDS
                 or rest[0] in _MULTIPLIERS):
        return None  # "2 3", "a hundred hundred": not read
    return _as_number(value)
