"""An unnamed member told by its alliance: "from another NATO ally", "to a fellow EU member state", "from other
African Union countries". The alliance (an intergovernmental body, actor kind "igo") only qualifies a member noun
([member_parties] member_heads: navy, member, state, country, ally, partner ...) that the text leaves unnamed, so
the alliance is no party of the row, and the row names no party on that side: it is dropped.

The alliance stays a party when it heads its own phrase ("NATO sent ...", "the EU's mission") or qualifies a noun
that is its own body ("NATO forces", "the NATO Support Agency": no member noun), and when the member noun is
definite ("the NATO member" named before is left to the resolver). Word lists: words.toml [member_parties]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

MEMBERS = lexicon.word_set("member_parties", "member_heads")
MODIFIER_DEPS = ("compound", "amod", "nmod")
DEFINITE = ("the", "this", "that", "these", "those")


def _member_noun(t: Token) -> Token | None:
    """The member noun t qualifies, over a chain of modifiers ("another NATO member state")."""
    while t.dep_ in MODIFIER_DEPS and t.head.i > t.i:
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in MEMBERS:
            return t
    return None


def unnamed_member(r: Row) -> bool:
    """A party of the row is an alliance that only qualifies an unnamed member (see the module)."""
    for party in (r.supplier, r.recipient):
        if party is None or party.actor.kind != "igo":
            continue
        noun = _member_noun(party.token)
        if noun is None:
            continue
        phrase = noun
        while phrase.dep_ in MODIFIER_DEPS and phrase.head.i > phrase.i:
            phrase = phrase.head
        if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in phrase.children):
            return True
    return False


__all__ = ["unnamed_member"]
