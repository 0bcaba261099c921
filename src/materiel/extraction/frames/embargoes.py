"""A transfer that breaks an embargo goes to the embargo's target: "X violated the arms embargo on Y by
supplying Z", "breached the embargo on Y through the provision of Z", "sent Z in violation of the
embargo on Y" (the words are [embargoes] in `words.toml`). Only a transfer that names no recipient
takes the target, and an organisation that imposed the embargo ("the UN arms embargo") is none. An arms
embargo broken with no transfer named ("X violated the arms embargo on Y") stands for weapons X sent to Y."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

VIOLATION_VERBS = lexicon.word_set("embargoes", "violation_verbs")
VIOLATION_NOUNS = lexicon.word_set("embargoes", "violation_nouns")
EMBARGO_NOUNS = lexicon.word_set("embargoes", "embargo_nouns")
MEANS_PREPS = lexicon.word_set("embargoes", "means_preps")
ARMS_WORDS = lexicon.word_set("embargoes", "arms_words")
CLASSES = ("supply", "sell")


def _embargoes(t: Token) -> list[Token]:
    """The embargo nouns broken by the transfer whose predicate is t."""
    out: list[Token] = []
    if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in MEANS_PREPS and t.head.dep_ == "prep" and \
            t.head.head.lemma_.lower() in VIOLATION_VERBS:  # "violated the embargo on Y by supplying Z"
        out += [o for o in t.head.head.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
    breach = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "despite")
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in VIOLATION_NOUNS]
    out += [e for b in breach for c in b.children if c.dep_ == "prep" and c.lower_ == "of"
            for e in c.children if e.dep_ == "pobj"]  # "sent Z in violation of the embargo on Y"
    return [e for e in out if e.lemma_.lower() in EMBARGO_NOUNS or e.lower_ in EMBARGO_NOUNS]


def _targets(res: ActorResolver, embargo: Token) -> list[Resolved]:
    imposed = [c for c in embargo.children if c.dep_ == "acl"]  # "the arms embargo imposed on Y"
    found = [a for h in (embargo, *imposed) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
             for p in c.children if p.dep_ == "pobj" for a in res.resolve_all(p)]
    found += [a for c in embargo.children if c.dep_ in ("compound", "nmod", "poss") and res.is_actor_span(c)
              for a in res.resolve_all(c)]  # "the Libya arms embargo"
    return [a for a in found if a.actor.kind != "igo"]


def embargo_recipient(res: ActorResolver, f: Frame) -> None:
    """The target of the embargo the transfer of `f` breaks, as its recipient when it names none."""
    if f.cls not in CLASSES or f.roles["recipient"]:
        return
    for e in _embargoes(f.trigger):
        suppliers = {a.actor.id for a in f.roles["supplier"]}
        f.add("recipient", [a for a in _targets(res, e) if a.actor.id not in suppliers])


def embargo_frames(finder: FinderState, sent: Span) -> list[Frame]:
    """"X violated the arms embargo on Y", "denies breaching the arms embargo on Y": weapons from X to Y,
    when no "by"/"through" phrase names the transfer that broke it (that transfer carries the row)."""
    out: list[Frame] = []
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in VIOLATION_VERBS or \
                any(c.dep_ == "prep" and c.lower_ in MEANS_PREPS for c in v.children):
            continue
        embargoes = [o for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in EMBARGO_NOUNS and
                     any(c.dep_ in ("compound", "amod") and c.lower_ in ARMS_WORDS for c in o.children)]
        targets = [a for e in embargoes for a in _targets(finder.res, e)]
        subj = finder.subject_of(v)
        if not targets or subj is None:
            continue
        f = Frame(v, "supply", "delivered", rule="embargo:violate", confidence=0.6)
        f.add("supplier", finder.res.resolve_all(subj))
        f.add("recipient", [a for a in targets if a.actor.id not in {s.actor.id for s in f.roles["supplier"]}])
        f.implicit, f.negated = "weapons", any(c.dep_ == "neg" for c in v.children)
        out.append(f)
    return out
