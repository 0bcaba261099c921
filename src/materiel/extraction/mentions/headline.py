"""Headline lines: capitalised word by word and without a closing full stop. The named-entity tagger
takes runs of their words for names ("Egypt Reinforce Commitment to Regional Security"), so an entity
found only by the tagger in such a line is never an actor (gazetteer names still are)."""
from __future__ import annotations

from spacy.tokens import Span

# Share of a line's longer words (four letters or more) that must be capitalised for a headline.
TITLE_SHARE = 0.7
MIN_WORDS = 3


def is_headline(sent: Span) -> bool:
    if len(sent) and sent[-1].text in (".", "!", "?") and not sent[-1].is_space:
        last = [t for t in sent if not t.is_space]
        if last and last[-1].text in (".", "!", "?"):
            return False
    words = [t for t in sent if t.is_alpha and len(t.text) >= 4]
    if len(words) < MIN_WORDS:
        return False
    return sum(t.text[0].isupper() for t in words) / len(words) >= TITLE_SHARE
