"""Headline lines: capitalised word by word and without a closing full stop. The named-entity tagger
takes runs of their words for names ("Egypt Reinforce Commitment to Regional Security"), so an entity
found only by the tagger in such a line is never an actor (gazetteer names still are)."""
from __future__ import annotations

from spacy.tokens import Span, Token

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


DASHES = ("-", "\u2013", "\u2014")
DATELINE_SPAN = 8  # tokens from a dateline's dash back to its place ("OSLO, May 3, 2016 -")


def after_dateline(t: Token) -> bool:
    """A capitalised word that the tagger folded into a dateline's date: "OSLO, May 3, 2016 - Karvell Corp said",
    with "Karvell Corp" typed as part of the date. The word follows the dateline's dash, every word between
    them is of the date, and a year stands before the dash."""
    if t.ent_type_ != "DATE" or not t.text[:1].isupper() or not t.is_alpha:
        return False
    doc, k = t.doc, t.i - 1
    while k >= 0 and t.i - k <= 3 and doc[k].text not in DASHES:
        k -= 1
    if k < 1 or doc[k].text not in DASHES or any(doc[j].ent_type_ != "DATE" for j in range(k + 1, t.i)):
        return False
    return any(x.like_num and len(x.text) == 4 for x in doc[max(0, k - DATELINE_SPAN): k])
