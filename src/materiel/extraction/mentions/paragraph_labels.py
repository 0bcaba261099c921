"""The state a paragraph's opening label names, in a digest of several states' news ("RURITANIA - A daily in
the capital said six jets bought from X had arrived"; also "Ruritania: ..."): a few words before a dash or a
colon at the paragraph's start that name one state. The paragraph is about that state."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.paragraphs import paragraph_start
from materiel.record.models import Actor

MAX_LABEL = 5  # tokens of a label before its dash or colon
MARKS = ("-", "–", "—", ":")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """A state's name or alias, in lower case, to its code."""
    return {n.lower(): c.iso3 for c in lexicon.load().countries.values() for n in (c.name, *c.aliases)}


def label_state(tok: Token) -> tuple[Actor, Token] | None:
    """The state the label opening tok's paragraph names, with the label's token; else None."""
    doc = tok.doc
    start = paragraph_start(doc, tok.i, max(0, tok.i - 2000))
    if start == 0 and "\n\n" not in doc[0].text:
        return None  # the text's first paragraph: a headline or dateline, not a digest's label
    label = doc[start: min(start + MAX_LABEL + 1, tok.i)]
    mark = next((t for t in label if t.text in MARKS), None)
    if mark is None or mark.i == start:
        return None
    text = doc[start: mark.i].text.strip()
    iso3 = _names().get(text.lower())
    if iso3 is None:
        return None
    c = lexicon.load().countries[iso3]
    return Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=text), doc[start]
