"""An ambiguous system name ("Patriot", "Hawk": common English words in the gazetteer's
`materiel_ambiguous.csv`) is materiel when the text lists it beside a recognised one: "air defence
systems such as the Patriot; Hawk; IRIS-T; and Gepards". Repeated until no more name is taken, so a
run of ambiguous names next to one recognised name is taken whole. The words are data (`words.toml`
[listed_names])."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from materiel import lexicon

GLUE = lexicon.word_set("listed_names", "glue")
SEPARATORS = lexicon.word_set("listed_names", "separators")


def _next_member(doc: Doc, i: int, step: int) -> int | None:
    """The index of the first token after (step 1) or before (step -1) list glue that holds a separator."""
    seen_separator = False
    while 0 <= i < len(doc) and doc[i].lower_ in GLUE:
        seen_separator = seen_separator or doc[i].lower_ in SEPARATORS
        i += step
    return i if seen_separator and 0 <= i < len(doc) else None


def rescue(doc: Doc, doubtful: list[Span], accepted: list[Span]) -> list[Span]:
    """The doubtful spans listed next to an accepted span (or to one rescued before)."""
    starts = {s.start for s in accepted}
    ends = {s.end for s in accepted}
    taken: list[Span] = []
    left = list(doubtful)
    changed = True
    while changed:
        changed = False
        for s in list(left):
            after = _next_member(doc, s.end, 1)
            before = _next_member(doc, s.start - 1, -1)
            if (after is not None and after in starts) or (before is not None and before + 1 in ends):
                taken.append(s)
                left.remove(s)
                starts.add(s.start)
                ends.add(s.end)
                changed = True
    return taken
