"""A bare craft noun that names materiel only in a service's context: "Spain delivered four boats to the
Ghanaian navy", "the coast guard has received two boats from X". A noun of words.toml [role_nouns] nouns, not
already part of a recognised item and not after a civil modifier ("fishing boats"), is an item of its category
when a count opens it ("four boats", "two more boats"; "the boats" may be any craft told before) and its
sentence names a service of that category ([role_nouns] cues)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from materiel import lexicon

NOUNS: dict[str, str] = lexicon.word_table("role_nouns", "nouns")
CUES: dict[str, list[str]] = lexicon.word_table("role_nouns", "cues")
CIVIL = lexicon.word_set("role_nouns", "civil_modifiers")
COUNT_WORDS = lexicon.word_set("counted_names", "count_words")


def _cued(sent: Span, category: str) -> bool:
    words = [t.lower_ for t in sent]
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    return any(c in pairs if " " in c else c in words for c in CUES.get(category, []))


def role_nouns(doc: Doc, covered: set[int]) -> list[Span]:
    """The spans of the cued bare craft nouns of doc that no other item covers."""
    found: list[Span] = []
    for t in doc:
        category = NOUNS.get(t.lower_)
        if category is None or t.i in covered or t.i == 0 or doc[t.i - 1].lower_ in CIVIL:
            continue
        before = doc[t.i - 1]
        if not (before.like_num or before.lower_ in COUNT_WORDS):
            continue
        if t.pos_ in ("NOUN", "PROPN") and _cued(t.sent, category):
            found.append(Span(doc, t.i, t.i + 1, label=category, kb_id=""))
    return found
