"""The bulleted lines that follow a clause after a colon ("The package includes:" and one line per item,
"- 20 M577 armoured command vehicles;"), shared by `bullet_items` (a row of unnamed gear takes them) and
`contents_next` (a package that includes them names its items by them)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from materiel import lexicon

LIST_VERBS = lexicon.word_set("items", "list_verbs")
BULLETS = lexicon.word_set("items", "bullet_marks")
MAX_INTRO_WORDS = 12
NUMBERED = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s")  # "1. six patrol boats", "b) 40 trucks"
MAX_GAP = 400  # characters from the row's verb to the colon


def bullet_lines(trigger: Token, paragraph: bool = False) -> list[Span]:
    """The bulleted lines that follow the clause of trigger after a colon (see the module's text); with
    paragraph, the short sentence of a list verb that ends in the colon may open the next paragraph."""
    doc: Doc = trigger.doc
    text = doc.text
    colon = text.find(":", trigger.idx, trigger.idx + MAX_GAP)
    if colon < 0:
        return []
    between = text[trigger.idx: colon]
    if "\n" in between and (not paragraph or "." not in between or "\n" in between[between.rfind(".") + 1:].strip()):
        return []  # the list head may open a paragraph of its own after the row's sentence, no more
    if "." in between:
        intro = between[between.rfind(".") + 1:]
        span = doc.char_span(colon - len(intro), colon, alignment_mode="expand")
        if between.count(".") > 1 or span is None or len(span) > MAX_INTRO_WORDS or \
                not any(x.lemma_.lower() in LIST_VERBS for x in span):
            return []
    out: list[Span] = []
    pos = text.find("\n", colon)
    while pos >= 0:
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1: end]
        stripped = line.strip()
        if stripped:
            mark = _mark(stripped)
            if not mark:
                break
            start = pos + 1 + line.index(stripped[0]) + mark
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span):
                out.append(span)
        if end >= len(text):
            break
        pos = end
    return out


def _mark(line: str) -> int:
    """The length of the line's bullet ("-", "•") or number ("1.", "2)"), or 0 when it opens with neither."""
    if line[0] in BULLETS:
        return 1
    numbered = NUMBERED.match(line)
    if numbered is None or ". " in line[numbered.end():].rstrip(". "):
        return 0  # "3. Patrol boats. In May the navy ...": a numbered paragraph of prose, no line of a list
    return numbered.end() - 1
