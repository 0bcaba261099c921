"""An acronym with a faction's or a wing's letters in brackets glued to it ("the KLF(R)", "arms for ZPA(IM)",
"the TPP(Maoist)"): the way South Asian and African reporting tells apart the factions of a split movement. The
tokenizer splits the closing bracket off as a suffix ("KLF(R", ")"), so the name never matches as a whole and the
parser hangs the bracket on the verb. Such a written form stays one token: capitals (two or more, digits allowed
after the first), an opening bracket with no space before it, one to four capitals or one capitalised word, and
the closing bracket; punctuation after it is split off as usual."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language

FACTION_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z]\((?:[A-Z]{1,4}|[A-Z][a-z]{2,12})\)$")


def keep_faction_acronyms(nlp: Language) -> None:
    """A faction's acronym ("KLF(R)") is one token; the tokenizer's own token_match still applies to the rest."""
    tokenizer: Any = nlp.tokenizer
    if not hasattr(tokenizer, "token_match"):
        return  # a custom tokenizer keeps its own rules
    before: Callable[[str], Any] | None = tokenizer.token_match
    tokenizer.token_match = _matcher(before)


def _matcher(before: Callable[[str], Any] | None) -> Callable[[str], Any]:
    def match(text: str) -> Any:
        return FACTION_ACRONYM.match(text) or (before(text) if before is not None else None)
    return match
