"""Denials of a charge told further back: "Maseru has dismissed the accusations" a paragraph or two after a
monitor said the insurgents got rifles smuggled across Lesotho.

The denial names no deal of its own: its verb ("reject", "deny", "dismiss", ...) takes a claim noun that points
back ("the accusations", "these allegations", "such claims"; not "the report", often a study telling many deals)
and carries no content of its own (not "rejected claims that it had sold ...", nor "denied reports of a sale":
those are told in the sentence and handled where they are). The charge it answers is the latest delivery told
earlier by someone else (an attributed or hedged row) whose supplier is the denier (a state or a body of it,
"Maseru" for Lesotho). That row gains a denied copy, unless the sentence has rows of its own (the denial of the
sentence before is `claim_denials`') or the text denies the pair in its own words elsewhere ("X has never sold
weapons to Y"). Run after `earlier_denials`.

The same holds for a pronoun that stands for the charge ("X denied it", "rejected this"), when the sentence before
has no row of its own (else the pronoun stands for that sentence: `claim_denials`), and for a claim noun or pronoun
labelled false (false_labels.py: "X called the charge baseless", "dismissed it as a fabrication")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.cues import REPORTING_CLAIMS, CueReader
from materiel.extraction.discourse import Row
from materiel.extraction.earlier_denials import STATE_KINDS, denial_targets
from materiel.extraction.false_labels import false_label, labelled_claim
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.non_answers import withheld

POINTING = lexicon.word_set("rejected_charges", "pointing_determiners")
RECORDS = lexicon.word_set("rejected_charges", "record_nouns")  # "rejected the findings", "denied the account"


def _pointing_claim(c: Token, cues: CueReader) -> bool:
    """A claim noun that points back and tells no content of its own ("the accusations", "these allegations")."""
    if c.lemma_.lower() not in cues.claim_nouns | RECORDS or c.tag_ not in ("NNS", "NN"):
        return False
    if c.lemma_.lower() in RECORDS and any(g.lower_ == "such" for g in c.children):
        return False  # "such findings": findings of a kind, a stance on all of them (claim_denials._record)
    if c.lower_ in REPORTING_CLAIMS:
        return False  # "rejected the report": often the study itself, which tells many deals, not one charge
    if any(g.dep_ in ("acl", "ccomp", "relcl", "prep", "appos", "amod", "compound") and g.lower_ not in POINTING
           for g in c.children):
        return False  # "claims that ...", "reports of a sale", "Indian claims": content or a source of its own
    return any(g.dep_ in ("det", "poss", "amod", "predet") and g.lower_ in POINTING for g in c.children)


def _pronoun(c: Token, verb: Token, cues: CueReader) -> bool:
    """A pronoun object standing for the charge ("denied it", "rejected this"), the verb's only object."""
    return c.lower_ in cues.denial_pronouns and c.pos_ == "PRON" and \
        not any(o.dep_ in ("dative", "iobj") or o.dep_ in ("dobj", "obj") and o.i != c.i for o in verb.children)


def _denied_object(tok: Token, cues: CueReader, pronoun: bool = False) -> Token | None:
    """What the verb denies, pointing back: a claim noun ("rejected the accusations", "called the allegation
    baseless": false_labels.py) or a pronoun for it ("denied it", "dismissed this as fabricated"); with
    `pronoun`, only a pronoun."""
    if tok.lemma_.lower() in cues.denial_verbs:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    else:
        label = false_label(tok)
        obj = labelled_claim(tok, label) if label is not None else None
    if obj is None:
        return None
    if _pronoun(obj, tok, cues):
        return obj
    return obj if not pronoun and _pointing_claim(obj, cues) else None


def _charged(r: Row) -> bool:
    """A row told as someone's claim: attributed to a source, or hedged."""
    return r.reading.factuality in ("uncertain",) or r.reading.attribution_source is not None or \
        bool(r.reading.attribution_text)


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Add a denied copy of the earlier charged delivery of the denier that a pointing denial answers."""
    cues = CueReader(res)
    for tok in res.doc:
        if tok.pos_ != "VERB" or withheld(tok) or _denied_object(tok, cues) is None:
            continue
        sent = tok.sent
        if any(r.sent.start == sent.start for r in rows):
            continue  # rows of its own, or a denial already drawn from the sentence before
        if _denied_object(tok, cues, pronoun=True) is not None and sent.start > 0 and \
                any(r.sent.start == res.doc[sent.start - 1].sent.start for r in rows):
            continue  # "it" stands for the sentence before, whose rows are another's (claim_denials)
        subj = cues._subject(tok)
        denier = res.resolve(subj) if subj is not None else None
        if denier is None or denier.actor.kind not in STATE_KINDS:
            continue
        rows.extend(_copies(sent, tok, denier, rows))


def _copies(sent: Span, tok: Token, denier: Resolved, rows: list[Row]) -> list[Row]:
    before = [r for r in rows if r.sent.start < sent.start and _charged(r)]
    targets = denial_targets(before, rows, denier, None)
    if not targets:
        return []
    r = max(targets, key=lambda t: t.sent.start)  # the charge answered is the latest one told
    return [replace(r, sent=sent, reading=replace(
        r.reading, factuality="denied", denied_by=denier, attribution_source=denier,
        attribution_text=sent.doc[tok.left_edge.i: tok.i].text.strip() or denier.actor.name))]
