"""Search snippets whose matches are offsets, never markers in the text.

A document may itself contain whatever a marker would be (« », <b>), so the database marks matches with
`markers()`: a fresh random pair per search that no stored text can know, and `unmark` takes them out,
returning the snippet as plain text and the matches as (start, end) offsets into it.
"""
from __future__ import annotations

import secrets

Span = tuple[int, int]


def markers() -> tuple[str, str]:
    """An opening and a closing marker for one search (private-use characters around a random word)."""
    word = secrets.token_hex(8)
    return f"\ue000{word}\ue001", f"\ue002{word}\ue003"


def unmark(snippet: str, opening: str, closing: str) -> tuple[str, list[Span]]:
    """(plain text with runs of white space made one space, match offsets) of a snippet marked so."""
    snippet = " ".join(snippet.split())  # the markers hold no white space
    text: list[str] = []
    spans: list[Span] = []
    at, length = 0, 0
    while True:
        start = snippet.find(opening, at)
        end = snippet.find(closing, start + len(opening)) if start >= 0 else -1
        if start < 0 or end < 0:
            text.append(snippet[at:].replace(opening, "").replace(closing, ""))
            break
        before, inside = snippet[at:start], snippet[start + len(opening):end]
        text.append(before)
        length += len(before)
        text.append(inside)
        if inside:
            spans.append((length, length + len(inside)))
        length += len(inside)
        at = end + len(closing)
    return "".join(text), spans
