"""The envoy who issues a text. Embassies publish their ambassadors' remarks and their own releases; the title
block names the envoy once ("Jane Doe / Canadian Ambassador to Ghana", "Embassy of Peru in Quito").

The title block is the lines before the first line of body text (a line of at least BODY_WORDS words), at most
HEADER_LINES of them. In it an envoy title (words.toml `[envoys] titles`: ambassador, embassy, high commissioner
...) with a state just before it (a name, "China's", a demonym: "Canadian Ambassador") or after "of" ("Ambassador
of Peru"), and a state after "to" or "in" ("to Ghana", "in Accra"), gives the pair: the envoy's state and the host
state. In such a text "we", "us" and "our" outside quotation marks are the envoy's state ("Today we hand over this
aircraft")."""
from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved


class ActorResolver(Protocol):
    """What this module asks of `mentions.resolve.ActorResolver`."""

    def resolve(self, tok: Token, _depth: int = 0) -> Resolved | None: ...

    def _demonym_modifier(self, tok: Token) -> Resolved | None: ...

BODY_WORDS = 12    # a line of this many words or more is body text
HEADER_LINES = 8   # the title block is at most this many lines
REACH = 3          # tokens between the title and the state before or after it
TITLES = lexicon.word_set("envoys", "titles")
HOST_PREPS = lexicon.word_set("envoys", "host_preps")
QUOTES = "\"\u201c\u201d"


def _header(doc: Doc) -> list[Token]:
    """The tokens of the title block: the lines before the first body line."""
    out: list[Token] = []
    start, lines = 0, 0
    text = doc.text
    while start < len(text) and lines < HEADER_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(line.split()) >= BODY_WORDS:
            break
        if line.strip():
            lines += 1
            out += [t for t in doc if start <= t.idx < end]
        start = end + 1
    return out


def _state(t: Token, res: ActorResolver) -> Resolved | None:
    r = res.resolve(t) or res._demonym_modifier(t)
    return r if r is not None and r.actor.kind == "state" else None


def _same_line(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in a.doc.text[lo:hi]


def envoy_pair(doc: Doc, res: ActorResolver) -> tuple[Resolved, Resolved] | None:
    """The envoy's state and the host state of the title block's envoy title (see the module)."""
    header = _header(doc)
    for t in header:
        if t.lower_ not in TITLES:
            continue
        after = [x for x in doc[t.i + 1: t.i + 2 + REACH] if _same_line(t, x)]
        before = [x for x in doc[max(0, t.i - REACH): t.i] if _same_line(t, x)]
        giver = next((r for x in reversed(before) for r in [_state(x, res)] if r), None)
        host = None
        for j, x in enumerate(after):
            if x.lower_ == "of" and giver is None and j + 1 < len(after):
                giver = _state(after[j + 1], res)
            if x.lower_ in HOST_PREPS:
                host = next((r for y in after[j + 1:] for r in [_state(y, res)] if r), None)
                break
        if giver is not None and host is not None and giver.actor.country != host.actor.country:
            return giver, host
    return None


def _quoted(t: Token) -> bool:
    """The token stands inside quotation marks of its paragraph."""
    start = t.doc.text.rfind("\n\n", 0, t.idx) + 1
    return sum(t.doc.text[start:t.idx].count(q) for q in QUOTES) % 2 == 1


def read_once(doc: Doc, res: ActorResolver) -> tuple[Resolved, Resolved] | None:
    """`envoy_pair` of the resolver's document, read once and kept on the resolver."""
    if not hasattr(res, "_envoy_pair"):
        res._envoy_pair = None  # type: ignore[attr-defined]  # guards against cycles while it is read
        res._envoy_pair = envoy_pair(doc, res)  # type: ignore[attr-defined]
    return res._envoy_pair  # type: ignore[attr-defined,no-any-return]


def first_person(tok: Token, res: ActorResolver) -> Resolved | None:
    """The envoy's state for a first-person pronoun outside quotation marks of a text an envoy issues."""
    pair = read_once(tok.doc, res)
    if pair is None or _quoted(tok) or tok.i <= pair[1].token.i:
        return None
    giver = pair[0]
    return Resolved(giver.actor.model_copy(update={"text": tok.text}), giver.confidence * 0.8, tok)
