"""The bulleted lines that follow a clause after a colon ("The package includes:" and one line per item,
"- 20 M577 armoured command vehicles;"), shared by `bullet_items` (a row of unnamed gear takes them) and
`contents_next` (a package that includes them names its items by them)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon

LIST_VERBS = lexicon.word_set("items", "list_verbs")
BULLETS = lexicon.word_set("items", "bullet_marks")
MAX_INTRO_WORDS = 12
MAX_GAP = 400  # characters from the row's verb to the colon


def bullet_lines(trigger: Token) -> list[Span]:
    """The bulleted lines that follow the clause of trigger after a colon (see the module's text)."""
    doc: Doc = trigger.doc
    text = doc.text
    colon = text.find(":", trigger.idx, trigger.idx + MAX_GAP)
    if colon < 0 or "\n" in text[trigger.idx: colon]:
        return []
    between = text[trigger.idx: colon]
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
            if stripped[0] not in BULLETS:
                break
            start = pos + 1 + line.index(stripped[0]) + 1
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span):
                out.append(span)
        if end >= len(text):
            break
        pos = end
    return out
