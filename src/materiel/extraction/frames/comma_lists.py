"""Items of a comma list the parser broke up: "suspended the delivery of Su-30s, Mi-28 helicopters, Kh-35 missiles
and engine kits to X", where the parser hangs the later members on the verb (as an adverbial, an apposition or a
conjunct of another member). After an item of a frame, a run of ", <materiel noun phrase>" closed by "and"/"or"
and a last materiel noun phrase gives each member as an item of the frame. A member that is the subject of a
clause of its own ("F-16s, and helicopters were sent") ends the run."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from materiel.extraction.frames.framebase import FinderState, Frame

JOINS = ("and", "or")
MAX_MEMBER = 6  # tokens of one member's noun phrase


def member(finder: FinderState, doc: Doc, i: int) -> Token | None:
    """The head of the materiel noun phrase that starts at i, if the phrase is one."""
    for k in range(i, min(len(doc), i + MAX_MEMBER)):
        t = doc[k]
        if t.is_punct and t.text not in ("-", "/") or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
            return None
        if t.pos_ in ("NOUN", "PROPN") and finder.items.is_materiel(t) and \
                (k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN") and doc[k + 1].text not in ("-", "/")):
            return None if t.dep_ in ("nsubj", "nsubjpass") else t
    return None


def _run_after(finder: FinderState, head: Token) -> list[Token]:
    """The members of the list that the item with head `head` opens, when it is closed by "and"/"or"."""
    doc, i, closed = head.doc, head.i + 1, False
    out: list[Token] = []
    while i < len(doc) and doc[i].text == ",":
        i += 1
        if i < len(doc) and doc[i].lower_ in JOINS:
            i, closed = i + 1, True  # ", and Y": the last member
        m = member(finder, doc, i)
        if m is None:
            return []
        out.append(m)
        i = m.i + 1
        if closed:
            return out
        if i < len(doc) and doc[i].lower_ in JOINS:  # "... and engine kits": the list closes (its last one may be no item)
            m = member(finder, doc, i + 1)
            return out + [m] if m is not None else out
    return []


def listed_members(finder: FinderState, frames: list[Frame]) -> None:
    """Add to each frame the members of a broken comma list its item opens."""
    for f in frames:
        have = {m.head.i for m in f.items}
        for m in list(f.items):
            for t in _run_after(finder, m.head):
                if t.i not in have and not any(g is not f and t.i in {x.head.i for x in g.items} for g in frames):
                    have.add(t.i)
                    f.items.extend(finder.items.items(t)[:1])
