"""A state's holdings in one sentence and their origin in the next: "Ruritania fields six Karvell-7 jets. They
were bought from Borduria in 2004", "The Ruritanian army still relies on four Ostrava-9 radars. The radars were
supplied by Borduria." The passive transfer's subject takes up the items held, and the holder is their recipient.
Only a passive with no recipient of its own whose subject is a pronoun or a definite noun with no count, right
after a sentence whose verb of holding ([held_origins] in words.toml) has a state or its body as subject."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.frames.holdings import NOUNS as HOLDING_NOUNS
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.resolve import Resolved

VERBS = lexicon.word_set("held_origins", "verbs")
OBJECT_PREPS = lexicon.word_set("held_origins", "object_preps")
PRONOUNS = lexicon.word_set("held_origins", "pronouns")
DETERMINERS = lexicon.word_set("held_origins", "determiners")
STATE_KINDS = ("state", "government_body")


def _taking_up(f: Frame) -> Token | None:
    """The passive subject that takes up items told before: "They", "The helicopters"."""
    t = f.trigger
    if t.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i != t.sent.start and subj.left_edge.i != t.sent.start or \
            any(r.token is None or r.token.i != subj.i for r in f.roles["recipient"]):
        return None  # a recipient of its own ("They" read as the state before is none)
    if subj.pos_ == "PRON" and subj.lower_ in PRONOUNS:
        return subj
    dets = [c for c in subj.children if c.dep_ in ("det", "poss")]
    plain = all(c.dep_ in ("det", "poss", "amod", "compound") for c in subj.children)
    return subj if subj.pos_ == "NOUN" and dets and dets[0].lower_ in DETERMINERS and plain else None


def _from_source(f: Frame) -> bool:
    """The supplier is named in the passive's own "by" or "from" phrase, and no "to" phrase names another taker."""
    t = f.trigger
    phrases = [c for c in t.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from"]
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in t.children) or not f.roles["supplier"]:
        return False
    return all(r.token is not None and any(r.token.i in range(p.left_edge.i, p.right_edge.i + 1) for p in phrases)
               for r in f.roles["supplier"])


def _held(finder: FinderState, sent: Span) -> tuple[list[Resolved], list[ItemMention]]:
    """The holder and the items of the sentence's verb of holding."""
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in VERBS:
            continue
        subj = finder.subject_of(v)
        holder = [r for r in finder.res.resolve_all(subj) if r.actor.kind in STATE_KINDS] if subj is not None else []
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")] + \
            [p for c in v.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for p in c.children
             if p.dep_ == "pobj"]
        objs = [p for o in objs for p in ([o] + [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                                 for g in c.children if g.dep_ == "pobj"]
                                          if o.lemma_.lower() in HOLDING_NOUNS else [o])]
        items = [m for o in objs for m in finder.items.items(o)]
        if holder and items:
            return holder, items
    return [], []


def _same_kind(subj: Token, told: list[ItemMention], items: list[ItemMention]) -> bool:
    """A pronoun, or a noun of the items held: the same word or an item of the same category."""
    return subj.pos_ == "PRON" or any(m.head.lemma_.lower() == subj.lemma_.lower() for m in items) or \
        any(t.category == m.category for t in told for m in items)


def held_origins(finder: FinderState, sent: Span, frames: list[Frame]) -> None:
    """Frames of the sentence whose subject takes up the holdings of the sentence before get their holder."""
    if sent.start == 0:
        return
    before = sent.doc[sent.start - 1].sent
    for f in frames:
        subj = _taking_up(f)
        if subj is None or not _from_source(f):
            continue
        holder, items = _held(finder, before)
        if not holder or not _same_kind(subj, f.items, items):
            continue
        f.roles["recipient"] = []
        f.add("recipient", holder)
        if subj.pos_ == "PRON" or all(m.designation is None for m in f.items):
            f.items = items
        f.rule += ":held_before"
