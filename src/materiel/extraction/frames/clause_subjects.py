"""A second clause the parser folded into a noun phrase: in "X sold Y two A in 2014, and Z supplied B in 2011"
the tagger may hang "Z" and "supplied" on "B" as modifiers, so that "B" reads as a second object gapped from
"sold" and X becomes its giver too. A conjunct object whose modifiers are a party followed by a transfer verb in
the past tense is a clause of its own: the party is the subject of its transfer, and the verb is no part of the
item's name."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

PAST_TAGS = ("VBD", "VBN")
MODIFIER_DEPS = ("amod", "compound", "nmod")


def folded_verb(c: Token, verbs: Mapping[str, str]) -> Token | None:
    """The transfer verb among the modifiers before c ("Z supplied B": "supplied"), with a name before it."""
    for v in (x for x in c.children if x.i < c.i and x.dep_ in MODIFIER_DEPS):
        if v.tag_ in PAST_TAGS and v.lemma_.lower() in verbs and v.i >= 1 and v.doc[v.i - 1].pos_ == "PROPN":
            return v
    return None


def own_subject(g: Frame, c: Token, res: ActorResolver, verbs: Mapping[str, str],
                classes: Mapping[str, dict[str, Any]]) -> None:
    """Give the gapped frame g of conjunct c the subject of its folded clause, if it has one (see the module):
    the party named before the verb takes the subject's role of the verb's class, and the items start after
    the verb."""
    v = folded_verb(c, verbs)
    if v is None:
        return
    subject: Resolved | None = res.resolve(v.doc[v.i - 1])
    role = classes.get(verbs[v.lemma_.lower()], {}).get("subject")
    if subject is None or role not in ("supplier", "recipient"):
        return
    g.roles[role] = [subject]
    g.roles["recipient" if role == "supplier" else "supplier"] = [
        p for p in g.roles["recipient" if role == "supplier" else "supplier"] if p.actor.id != subject.actor.id]
    for m in g.items:
        if m.span.start <= v.i < m.span.end:
            m.span = v.doc[v.i + 1: m.span.end]
    g.rule += ":own-subject"
