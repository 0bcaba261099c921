"""One item a transfer names (`ItemMention`), and one mention per item of a phrase (`distinct_mentions`)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token


@dataclass
class ItemMention:
    head: Token
    span: Span            # the item text (no determiner, no quantity)
    designation: str | None
    category: str
    quantity: int | float | None
    quantity_text: str | None
    definite: bool        # "the missiles": may refer back to an earlier item
    anaphoric: bool = False  # "the system": only an item if an earlier one is found
    whole: int | float | None = None  # "six of 24 helicopters": 24, the whole of which six are meant
    generic: Token | None = None  # "helicopters from X, including A and B": the noun the examples replace
    shares: dict[str, tuple[int | float, str]] | None = None  # "(five for X and four for Y)": by buyer
    antecedent: Span | None = None  # "the first" of "two patrol vessels": the mention it counts from
    pronoun: bool = False  # "pledged to provide both": the items of the transfer told just before


def distinct_mentions(mentions: list[ItemMention]) -> list[ItemMention]:
    """One mention per item: "A and B helicopters" parsed with "B" and "helicopters" as two
    conjuncts names B once (the mention whose span holds the other's head is kept)."""
    out: list[ItemMention] = []
    for m in mentions:
        inside = [o for o in out if o.span.start <= m.head.i < o.span.end]
        if inside:
            continue
        out = [o for o in out if not (m.span.start <= o.head.i < m.span.end)]
        out.append(m)
    return out
