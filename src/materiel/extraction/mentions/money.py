"""Amounts of money in a sentence: "$400m", "a €3.75bn contract", "2.5 billion rupees", "Rs 2,500 crore",
"US$1.2 billion", "EUR 300 million". An amount needs a currency, written before it (a symbol or an ISO code in capitals:
`currencies.csv`) or after it (a word, or a code in capitals); the number may be digits with a glued multiplier
("3.75bn"), digits or number words followed by multipliers ("1.2 billion", "two billion"). The currency
forms, multipliers and number words are data (lexicon `currencies.csv`, words.toml [money.scales] and
[quantities]). `find_money(sent)` returns each amount with its tokens, value and ISO 4217 code."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from spacy.tokens import Span

from materiel import lexicon
from materiel.extraction.mentions.quantities import NUMBER_WORDS, SCALE_WORDS
from materiel.lexicon.rates import currency_forms

SCALES: dict[str, int] = {**SCALE_WORDS, **lexicon.word_table("money", "scales")}
_NUMBER_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z]*)$")


@dataclass(frozen=True)
class Money:
    start: int  # token indices in the doc, end exclusive
    end: int
    amount: float | int
    currency: str
    text: str


def _number(text: str) -> tuple[Decimal, int] | None:
    """A token's number and glued multiplier ("3.75bn" -> (3.75, 10**9)), else None."""
    t = text.lower().replace("\u00a0", "")
    for form, (_, kind) in currency_forms().items():  # "US$500", "€300m": a symbol glued in front
        if kind == "symbol" and t.startswith(form) and len(t) > len(form) and t[len(form)].isdigit():
            t = t[len(form):]
            break
    m = _NUMBER_RE.match(t)
    if not m:
        return None
    suffix = m.group(3)
    if suffix and suffix not in SCALES:
        return None
    try:
        value = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
    except InvalidOperation:
        return None
    return value, SCALES.get(suffix, 1) if suffix else 1


def _glued_symbol(text: str) -> str | None:
    t = text.lower()
    for form, (code, kind) in sorted(currency_forms().items(), key=lambda kv: -len(kv[0])):
        if kind == "symbol" and t.startswith(form) and len(t) > len(form) and t[len(form)].isdigit():
            return code
    return None


def _before(sent: Span, i: int) -> tuple[str, int] | None:
    """The currency written just before token i ("$", "US$", "EUR", "Rs"), with its first token."""
    forms = currency_forms()
    for width in (2, 1):
        lo = i - width
        if lo < sent.start:
            continue
        if any(t.whitespace_ for t in sent.doc[lo:i - 1]):
            continue  # "US$" is one form, "a $" is not
        raw = "".join(t.text for t in sent.doc[lo:i])
        found = forms.get(raw.lower())
        if found and (found[1] == "symbol" or found[1] == "code" and raw.isupper()):
            return found[0], lo
    return None


def _after(sent: Span, j: int) -> tuple[str, int] | None:
    """The currency written from token j on ("euros", "Swiss francs", "USD"), with its end."""
    forms = currency_forms()
    for width in (2, 1):
        hi = j + width
        if hi > sent.end:
            continue
        raw = " ".join(t.text for t in sent.doc[j:hi])
        found = forms.get(raw.lower())
        if found and (found[1] == "word" or found[1] == "code" and raw.isupper()):
            return found[0], hi
    return None


def _scale(word: str) -> int:
    """The multiplier a word is ("m." at the end of a sentence is "m"), else 0."""
    return SCALES.get(word) or SCALES.get(word.rstrip("."), 0) if word not in ("a", "an") else 0


def _amount(sent: Span, i: int) -> tuple[Decimal, int] | None:
    """The amount that starts at token i (digits or number words, then multipliers), with its end."""
    doc = sent.doc
    first = _number(doc[i].text)
    j = i + 1
    if first is None:
        words = []
        while j - 1 < sent.end and doc[j - 1].lower_ in NUMBER_WORDS:
            words.append(NUMBER_WORDS[doc[j - 1].lower_])
            j += 1
        if not words:
            return None
        j -= 1
        value, scale = Decimal(sum(words)), 1
    else:
        value, scale = first
    while j < sent.end and _scale(doc[j].lower_) and scale * _scale(doc[j].lower_) <= 10**15:
        scale *= _scale(doc[j].lower_)
        j += 1
    return value * scale, j


def find_money(sent: Span) -> list[Money]:
    """Every amount of money in `sent`, in order."""
    out: list[Money] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        found = _amount(sent, i)
        if found is None:
            i += 1
            continue
        value, j = found
        glued = _glued_symbol(doc[i].text)
        before = None if glued else _before(sent, i)
        after = _after(sent, j)
        currency = glued or (before[0] if before else None) or (after[0] if after else None)
        if currency is None:
            i = j
            continue
        start = before[1] if before else i
        end = after[1] if after and not glued and not before else j
        amount = int(value) if value == value.to_integral_value() else float(value)
        text = doc.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1].text)]
        out.append(Money(start, end, amount, currency, text[:-1] if text.endswith(".") else text))
        i = end
    return out


__all__ = ["Money", "find_money"]
