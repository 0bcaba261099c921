"""A quantifier floating after a list of parties: "A, B, C and D have each received X", "A and B both
ordered Y". The parser often takes the quantifier for the subject (and the list for adverbs or appositions), so
the quantifier's party is one state of the list, resolved as a pronoun. Each party of the list, read on the
words before the quantifier (names, commas, "and", "the"; the auxiliary between), plays that role instead."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

FLOATING = lexicon.word_set("offers", "floating_quantifiers")
LIST_WORDS = (",", "and", "the")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "appos", "advmod", "det")


def spread_over_list(f: Frame, res: ActorResolver) -> None:
    """Each party of the list before a floating quantifier in f's roles, in the quantifier's place."""
    for role, parties in f.roles.items():
        for p in parties:
            if p.token.lower_ not in FLOATING or p.token.dep_ not in SUBJECT_DEPS:
                continue
            listed = listed_before(p.token, res)
            if len(listed) >= 2:
                f.roles[role] = [q for q in parties if q is not p] + \
                    [r for r in listed if all(r.actor.id != q.actor.id for q in parties if q is not p)]
                break


def listed_before(q: Token, res: ActorResolver) -> list[Resolved]:
    """The parties named by the list of names that opens q's sentence and ends just before q (an auxiliary
    between): none unless every word of it is a name, a comma, "and" or "the"."""
    i = q.i - 1
    while i >= q.sent.start and q.doc[i].pos_ == "AUX":
        i -= 1
    out: list[Resolved] = []
    for t in q.doc[q.sent.start: i + 1]:
        if t.lower_ in LIST_WORDS:
            continue
        r = res.resolve(t) if res.is_actor_span(t) else None
        if r is None:
            return []
        if all(r.actor.id != o.actor.id for o in out):
            out.append(r)
    return out
