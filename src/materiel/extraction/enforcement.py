"""Texts of sanctions enforcement: designation notices, arms-embargo and expert-panel reports,
export-control listings. Such a text is about the goods it charges a party with supplying, so a generic
dual-use item ("engines", "parts", "components") a party supplies there is military materiel, not a civil
sale. The text is one when it holds at least MIN_PHRASES distinct phrases of `[enforcement]` in words.toml
("is being designated", "pursuant to Executive Order", "Panel of Experts", "arms embargo")."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from materiel import lexicon

_KEY = "materiel_enforcement_text"
MIN_PHRASES = 2  # distinct phrases the text must hold: one ("arms embargo") is told in general news too


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern[str], ...]:
    words = lexicon.word_list("enforcement", "text_phrases")
    return tuple(re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)") for w in words)


def enforcement_text(doc: Doc) -> bool:
    """True when the document holds enough distinct phrases of sanctions enforcement (cached on the Doc)."""
    if _KEY not in doc.user_data:
        text = doc.text.lower()
        found = sum(1 for p in _phrases() if p.search(text))
        doc.user_data[_KEY] = found >= MIN_PHRASES
    return bool(doc.user_data[_KEY])


__all__ = ["enforcement_text"]
