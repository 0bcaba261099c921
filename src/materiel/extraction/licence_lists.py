"""Transfers told inside the licences a report lists after its decision: "Seven applications were refused,
among them licences for the export of sniper rifles to A and of machine guns to B"; "Several licences were
granted, including ones for the export of armoured vehicles to C". The transfer noun hangs, through "for" and a
licence noun ("licences", "applications", or "ones" standing for them), under a list word ("among",
"including") or directly under the verb that decided it: a refusing verb refuses the transfer, a granting verb
makes it a licence granted (offered). Such rows mark the permit reading, so the report's one licensing state
decides them (licensing_state)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.halted_grants import halted
from materiel.extraction.joined_permits import segment_parties
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.revoked_licences import beside

GRANTING = lexicon.word_set("licence_lists", "granting_verbs")
REFUSING = lexicon.word_set("licence_lists", "refusing_verbs")
LICENCES = lexicon.word_set("licence_lists", "licence_nouns")
LIST_WORDS = lexicon.word_set("licence_lists", "list_words")
RULES = {"refused": ":refused-licence", "offered": ":granted-licence"}


def _deciding_verb(t: Token) -> str | None:
    """The stage the verb deciding the licence that holds t gives it: refused or offered; None when t's
    phrase rises to no such verb through "for", a licence noun and at most a list word."""
    through_licence = False
    for a in t.ancestors:
        lemma = a.lemma_.lower()
        if a.lower_ in LIST_WORDS or lemma in LIST_WORDS:
            continue
        if a.pos_ in ("VERB", "AUX"):
            if not through_licence or any(c.dep_ == "neg" for c in a.children):
                return None
            if lemma in GRANTING and halted(a):
                return "refused"  # "stopped approving permits for X", "will no longer issue licences for X"
            return "refused" if lemma in REFUSING else "offered" if lemma in GRANTING else None
        if a.pos_ in ("NOUN", "PRON", "NUM") and lemma in LICENCES:
            if any(c.dep_ == "det" and c.lower_ == "no" for c in a.children):
                return None  # "no licence was issued for the export of X": none decided
            through_licence = True
        elif a.pos_ != "ADP":
            return None
    return None


def _destination_after(obj: Token) -> Token | None:
    """The object of the first "to" after obj, before any other "of" or clause break ("of B to Y", however the
    parser hangs "to Y")."""
    for t in obj.doc[obj.i + 1: obj.sent.end]:
        if t.lower_ in ("of", ";", ",") or t.pos_ in ("VERB", "AUX"):
            return None
        if t.lower_ == "to" and t.dep_ == "prep":
            return next((p for p in t.children if p.dep_ == "pobj"), None)
    return None



def decided(rows: list[Row], res: ActorResolver) -> list[Row]:
    """Each delivery row of a transfer noun inside a decided licence at the stage of the decision, its recipient
    the destination after its item ("including ones for the export of X to Y", however the parser hangs "to
    Y"); a row whose sentence names no destination is left alone."""
    out: list[Row] = []
    frames: dict[int, object] = {}
    for r in rows:
        f = r.frame
        stage = _deciding_verb(f.trigger) if f.rule.startswith("noun:") and f.stage in ("delivered", "refused") and \
            not f.negated and r.reading.factuality in ("asserted", "denied") and not f.rule.endswith(tuple(RULES.values())) else None
        stage = None if f.stage == "refused" and stage != "refused" else stage  # "revoked": refused already
        if r.reading.factuality == "denied" and stage != "refused":
            stage = None  # "denied that licences were granted for X": a denial; "requests were denied": a refusal
        dest = _destination_after(r.item.head) if stage is not None else None
        who = res.resolve(dest) if dest is not None else r.recipient
        if stage is None or who is None or who.token.sent != f.trigger.sent:
            out.append(r)
            continue
        nf = frames.setdefault(id(f), replace(f, stage=stage, rule=f.rule + RULES[stage]))
        reading = replace(r.reading, factuality="asserted", denied_by=None)  # a licence refused, no claim denied
        out.append(replace(r, frame=nf, recipient=who, reading=reading))  # type: ignore[arg-type]
    return beside(out, res)  # "bought X from Y under licences that Y later revoked": a refusal beside

def _of_object(o: Token, finder: ItemFinder) -> Token | None:
    return next((p for p in o.children if p.dep_ == "pobj" and finder.is_materiel(p)), None)


def inner_destinations(rows: list[Row], finder: ItemFinder, res: ActorResolver) -> list[Row]:
    """"the export of A to X and of B to Y" with "to Y" parsed inside the second "of" phrase: a row of the
    frame that holds A, for B to Y, when no row of the sentence has Y."""
    out = list(rows)
    for r in rows:
        of = r.item.head.head
        if of.lower_ != "of" or r.recipient is None or of.head.i != r.frame.trigger.i:
            continue
        held = {x.recipient.token.i for x in out if x.recipient is not None and x.frame is r.frame}
        for o in (c for c in r.frame.trigger.subtree if c.lower_ == "of" and c.dep_ == "conj" and c.i > of.i):
            obj = _of_object(o, finder)
            dest = _destination_after(obj) if obj is not None else None
            dest = dest if dest is not None and dest.i not in held else None
            who = res.resolve(dest) if dest is not None else None
            mentions = finder.items(obj, 1) if obj is not None and who is not None else []
            if mentions and who is not None and dest is not None:
                out.append(replace(r, item=mentions[0], recipient=who))
                held.add(dest.i)
    return segment_parties(out, res)  # "permits for A ordered by X, and for B destined for Y"


def paired_of_phrases(rows: list[Row], finder: ItemFinder) -> list[Row]:
    """"licences for the export of A to X and of B to Y": the parser hangs the "to" phrases and the second "of"
    phrase where it can, so each destination may take either item; the sentence's coordinated "of" phrases
    naming materiel ("and of B") each open a segment, and a destination takes the item of the "of" phrase that
    opens its segment."""
    out: list[Row] = []
    dests = [r.recipient.token for r in rows if r.recipient is not None]
    for r in rows:
        dest = r.recipient.token if r.recipient is not None else None
        sent = r.item.head.sent
        ofs = [] if dest is None or dest.sent != sent else \
            [o for o in sent if o.lower_ == "of" and _of_object(o, finder) is not None]
        coordinated = [o for o in ofs[1:] if o.i > 0 and o.doc[o.i - 1].lower_ in ("and", "or", ",")]
        if not coordinated or dest is None or dest.i < ofs[0].i:
            out.append(r)
            continue
        openers = [ofs[0], *coordinated]
        opener = max((o for o in openers if o.i < dest.i), key=lambda o: o.i)
        if len({max(o.i for o in openers if o.i < d.i) for d in dests if d.sent == sent and d.i > ofs[0].i}) < 2:
            out.append(r)  # "the delivery of A and of B to X": one destination for both
            continue
        obj = _of_object(opener, finder)
        mentions = finder.items(obj, 1) if obj is not None and not (opener.i < r.item.head.i < dest.i) else []
        out.append(replace(r, item=mentions[0]) if mentions else r)
    return out
