"""Handovers of a donation or package told in one sentence and listed in the next, and deliveries paid for by a
state, as government and embassy releases tell them.

- "Y handed over a donation to X's army. The donation includes A and B": the parser may hang "to X" on the
  donation noun, so the verb's frame has the supplier and the noun's frame the recipient; together they are
  the parties the package named again takes (`packages.inherit_parties`).
- "Y delivered an aid package to X. The package includes:" and one line per item: a noun of offering named
  again ("the package", words.toml [handed_packages] offered_nouns' class) takes the stage of the verb whose
  object it was (delivered), not its own (offered); "Y announced a package for X" keeps the offer.
- "The N A, funded by Y, were delivered to X by FIRM": a state (or its body) that funds a delivery whose only
  supplier is a firm of no known state supplies it (funding verbs of words.toml [funding]).
- "N A were handed over to X on Monday, the Y embassy said": the embassy's state supplies a handover that names
  no supplier (`envoy_speakers`); so does the envoy at its ceremony ("at a ceremony attended by Y's
  ambassador", `ceremony_envoys`). A state that funds it, however told ("Funded by Y, ...", "the Y-funded A"),
  supplies a handover that names only a firm of no known state (`row_funders`)."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.lexicon.inflect import inflections

FUNDING = lexicon.word_set("funding", "verbs")
OBJECT_DEPS = lexicon.word_set("handed_packages", "object_deps")
TAKEN_STAGES = lexicon.word_set("handed_packages", "taken_stages")
STATE_KINDS = lexicon.word_set("handed_packages", "funder_kinds")
HANDOVER_CLASSES = lexicon.word_set("handed_packages", "handover_classes")
ENVOYS = lexicon.word_set("envoys", "titles")
FUNDED = frozenset(f for v in FUNDING for f in inflections(v) if f.endswith("ed"))
CEREMONY_VERBS = lexicon.word_set("handed_packages", "ceremony_verbs")
CEREMONY_NOUNS = lexicon.word_set("handed_packages", "ceremony_nouns")
CEREMONY_ENVOYS = lexicon.word_set("handed_packages", "ceremony_envoys")


def object_pairs(by_sentence: Sequence[tuple[Span, list[Frame]]]) -> Iterator[tuple[int, Resolved, Resolved, Frame]]:
    """(trigger, supplier, recipient, frame) of a verb whose object noun, a transfer noun of its own frame, holds
    the recipient the verb lacks ("handed over a donation to X")."""
    for _, frames in by_sentence:
        for f in frames:
            if f.trigger.pos_ != "VERB" or not f.roles["supplier"] or f.roles["recipient"]:
                continue
            for g in frames:
                t = g.trigger
                if g is not f and t.head.i == f.trigger.i and t.dep_ in OBJECT_DEPS and g.roles["recipient"] \
                        and not g.roles["supplier"]:
                    yield f.trigger.i, f.roles["supplier"][0], g.roles["recipient"][0], f


def take_stage(package: Frame, donor: Frame | None) -> None:
    """The package named again takes the stage of the verb whose object it was ("delivered a package")."""
    if donor is None or donor.stage not in TAKEN_STAGES or package.stage == donor.stage:
        return
    lemma = package.trigger.lemma_.lower()
    if any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() == lemma for c in donor.trigger.children):
        package.stage = donor.stage


def lend_funders(frames: list[Frame]) -> list[Frame]:
    """A state that funds ("funded by Y") the items another frame's firm of no known state delivers supplies
    them; the frames, changed in place."""
    funders = [f for f in frames if f.trigger.lemma_.lower() in FUNDING and f.trigger.pos_ == "VERB" and
               len(f.roles["supplier"]) == 1 and f.roles["supplier"][0].actor.kind in STATE_KINDS]
    for f in funders:
        heads = {m.head.i for m in f.items}
        for g in frames:
            sup = g.roles["supplier"]
            if g is f or not heads & {m.head.i for m in g.items} or len(sup) != 1 or sup[0].actor.country:
                continue
            if sup[0].actor.kind in STATE_KINDS:
                continue
            g.roles["supplier"] = list(f.roles["supplier"])
    return frames


def envoy_speakers(rows: list[Row]) -> None:
    """"N A were handed over to X on Monday, the Y embassy said": a handover verb that names no supplier, reported
    by another state's embassy or ambassador (words.toml [envoys] titles), is that state's; the rows, in place.
    Not a summary noun ("this year's deliveries included A and B"), whose supplier other fills give."""
    for r in rows:
        speaker = r.reading.speaker or r.reading.attribution_source
        if r.supplier is not None or r.recipient is None or speaker is None or r.frame.stage not in TAKEN_STAGES \
                or r.frame.cls not in HANDOVER_CLASSES or r.frame.trigger.pos_ != "VERB" or not _envoy(speaker.token):
            continue
        if speaker.actor.kind in STATE_KINDS and speaker.actor.country and \
                speaker.actor.country != r.recipient.actor.country:
            r.supplier, r.inherited = speaker, True


def _envoy(t: Token) -> bool:
    """An embassy or ambassador: the speaker's head noun, or the title it stands in apposition to."""
    return t.lemma_.lower() in ENVOYS or t.lower_ in ENVOYS or any(
        c.dep_ in ("appos", "compound") and c.lower_ in ENVOYS for c in t.children) or \
        (t.dep_ in ("appos", "compound") and t.head.lower_ in ENVOYS)


def _foreign_supplier(r: Row, tokens: list[Token], resolvers: dict[int, ActorResolver]) -> None:
    """The first of tokens that resolves to a state other than the recipient's becomes r's supplier (in place);
    one resolver per document."""
    rec = r.recipient
    if rec is None:
        return
    for tok in tokens:
        if id(r.sent.doc) not in resolvers:
            resolvers[id(r.sent.doc)] = ActorResolver(r.sent.doc)
        found = resolvers[id(r.sent.doc)].resolve(tok)
        if found is not None and found.actor.kind in STATE_KINDS and found.actor.country and \
                found.actor.country != rec.actor.country:
            r.supplier, r.inherited = found, True
            return


def ceremony_envoys(rows: list[Row]) -> None:
    """"N A were handed over to X at a ceremony attended by Y's ambassador", "... in the presence of the Y envoy":
    the state of another country's envoy at the handover of a verb that names no supplier supplies it."""
    resolvers: dict[int, ActorResolver] = {}
    for r in rows:
        if r.supplier is not None or r.recipient is None or r.frame.stage not in TAKEN_STAGES or \
                r.frame.cls not in HANDOVER_CLASSES or r.frame.trigger.pos_ != "VERB":
            continue
        _foreign_supplier(r, _ceremony_envoys(r.sent), resolvers)


def _ceremony_envoys(sent: Span) -> list[Token]:
    """The envoys an attending verb ("attended by") or a noun of presence ("in the presence of") names."""
    out = []
    for t in sent:
        if t.lemma_.lower() in CEREMONY_VERBS and t.pos_ == "VERB":
            heads = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        elif t.lemma_.lower() in CEREMONY_NOUNS:
            heads = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
        else:
            continue
        out += [h for p in heads for h in (p, *p.conjuncts) if h.lemma_.lower() in ENVOYS | CEREMONY_ENVOYS]
    return out


def row_funders(rows: list[Row]) -> None:
    """"Funded by Y, the N A were delivered to X by FIRM", "the Y-funded A were handed over by FIRM": the state
    that funds a handover whose supplier is a firm of no known state (or no one) supplies it."""
    resolvers: dict[int, ActorResolver] = {}
    for r in rows:
        sup = r.supplier
        if r.recipient is None or r.frame.stage not in TAKEN_STAGES or r.frame.cls not in HANDOVER_CLASSES or \
                sup is not None and (sup.actor.country or sup.actor.kind in STATE_KINDS):
            continue
        _foreign_supplier(r, _funder_tokens(r.sent, {r.item.head.i, r.frame.trigger.i}), resolvers)


def _funder_tokens(sent: Span, heads: set[int]) -> list[Token]:
    """The agents of a participle of funding ("funded by Y") and the word before a hyphened one ("Y-funded"), on
    the item or the handover verb (heads): not "a further 16, financed by Y," of another clause."""
    out = []
    for t in sent:
        if t.head.i not in heads or not (t.tag_ == "VBN" and t.lemma_.lower() in FUNDING or t.lower_ in FUNDED):
            continue  # "Funded by Y," opening a text may be parsed as a name
        out += [p for c in t.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                for p in c.children if p.dep_ == "pobj"]
        if t.i >= 2 and t.doc[t.i - 1].text == "-":
            out.append(t.doc[t.i - 2])
    return out
