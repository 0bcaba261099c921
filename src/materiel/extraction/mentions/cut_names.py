"""A designation the parser hung on the count instead of the noun it names: "requested 20 XK-9 fighters" parsed
with "XK-9" as a modifier of "20" ("preconj", "amod", "punct"), so the phrase's head "fighters" seems unnamed."""
from __future__ import annotations

from spacy.tokens import Token

COUNT_DEPS = ("nummod", "quantmod")


def to_count(name: Token, head: Token) -> bool:
    """name stands right before head and hangs on head's own count ("20 XK-9 fighters"), or on nothing in
    between: it names the head's phrase."""
    if name.i != head.i - 1:
        return False
    up = name.head
    return up.i < name.i and up.head.i == head.i and up.dep_ in COUNT_DEPS and up.like_num
