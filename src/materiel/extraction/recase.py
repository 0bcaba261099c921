"""A view of a text for the parser in which lines set all in capitals (an old cable's paragraphs, "1. (C) POST
LEARNED THAT RURITANIA SHIPPED 300 RIFLES TO BORDURIA.", a headline in capitals) are set in ordinary case: the
small English model tags and parses capitals as names, and such a line tells nothing. The view keeps every
character's offset (a letter is only recased, never added or dropped), so the rows' offsets are those of the
source text. A line counts when it has no small letter and at least MIN_WORDS words of letters; in it every
word is set small except the first of each sentence, the words of the names of states, capitals, peoples and
of states (`lexicon`) and the months and days (`recase.capitalised` in words.toml), and the words that hold a digit (a designation: "T-90S"; a word of four letters or more before
its number is capitalised: "Korvald-2") or a single letter ("(C)")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from materiel import lexicon
from materiel.record.models import Report

MIN_WORDS = 4
LETTERS = re.compile(r"^[^\W\d_]{2,}$")


@lru_cache(maxsize=1)
def proper_words() -> frozenset[str]:
    """The lower-case words of the names of states, their capitals and peoples."""
    lex = lexicon.load()
    names = [n for c in lex.countries.values() for n in (c.name, *c.aliases, *c.demonyms, *c.capitals)]
    words = {w.lower() for n in names for w in re.findall(r"[^\W\d_]+", n) if w[:1].isupper()}
    return frozenset(words | lexicon.word_set("recase", "capitalised"))


def _caps_line(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", line) if LETTERS.match(w)]
    return len(words) >= MIN_WORDS and not any(ch.islower() for ch in line)


def _recase_word(w: str, opens: bool) -> str:
    """One whitespace-separated word recased: its letters small, or capitalised when it opens a sentence or is a
    proper word; kept when it holds a digit or is a single letter."""
    core = w.strip("\"'“”‘’()[],.;:!?")
    if re.fullmatch(r"[^\W\d_]{4,}-\d\w*", core):  # a model's name of a word and a number: "Korvald-2"
        k = w.index(core)
        return w[:k + 1] + w[k + 1:].lower()
    if any(ch.isdigit() for ch in w) or len(core) < 2 or not re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", core):
        return w
    low = w.lower()
    if opens or re.split(r"['’-]", core.lower())[0] in proper_words():
        k = next(i for i, ch in enumerate(low) if ch.isalpha())
        low = low[:k] + low[k].upper() + low[k + 1:]
    return low if len(low) == len(w) else w


def _recase_line(line: str) -> str:
    out, pos, opens = [], 0, True
    for m in re.finditer(r"\S+", line):
        w = m.group(0)
        out += [line[pos: m.start()], _recase_word(w, opens)]
        if sum(ch.isalpha() for ch in w) >= 2 and not w.startswith("("):  # a mark "(C)", "(S/NF)" opens nothing
            opens = False
        if w.endswith((".", "?", "!", ":")) and not re.fullmatch(r"\(?[A-Z]\)?\.?", w):
            opens = True
        pos = m.end()
    return "".join(out) + line[pos:]


def view(text: str) -> str:
    """The text with its lines in capitals set in ordinary case (see the module's text); same length."""
    if not any(_caps_line(line) for line in text.splitlines()):
        return text
    lines = text.split("\n")
    out = "\n".join(_recase_line(line) if _caps_line(line) else line for line in lines)
    return out if len(out) == len(text) else text


class RecasingTokenizer:
    """The pipeline's tokenizer, given the view of the text (`view`): the doc's text is the view, offset for
    offset the source's."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Any:
        return self.inner(view(text))

    def __getattr__(self, name: str) -> Any:  # add_special_case, rules, to_disk ...: the inner tokenizer's
        if name == "inner":  # not set yet (a copy being unpickled)
            raise AttributeError(name)
        return getattr(self.inner, name)


def as_written(report: Report, text: str) -> Report:
    """The report with the evidence and item text of its rows (and its events' evidence) as the source text
    writes them, where the parser read the view (a line in capitals); changed in place."""
    if view(text) == text:
        return report
    for t in report.transfers:
        source = text[t.evidence.start: t.evidence.end]
        k = t.evidence.text.find(t.item.text)
        if source != t.evidence.text and k >= 0 and source[k: k + len(t.item.text)].lower() == t.item.text.lower():
            t.item.text = source[k: k + len(t.item.text)]
    for ev in [*(t.evidence for t in report.transfers), *(e.evidence for e in report.events)]:
        ev.text = text[ev.start: ev.end]
    return report
