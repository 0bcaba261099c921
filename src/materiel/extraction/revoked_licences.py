"""Goods bought or received under licences later revoked: "Y bought thirty trucks from X under licences that X
later revoked", "Z had received rifles from X under licences approved in 2012, which the capital revoked in March".
Beside the delivery (or order) the text tells a refusal by the revoking state: a row of stage refused for each such
row, its supplier the subject of the revoking clause when it names a party (the capital for its state), else the
row's own. A revoking verb that is negated ("never revoked") or a clause that keeps the licence ("renewed") tells
none."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

PREPS = lexicon.word_set("revoked_licences", "licence_preps")
LICENCES = lexicon.word_set("revoked_licences", "licence_nouns")
REVOKING = lexicon.word_set("revoked_licences", "revoking_verbs")
RULE = ":revoked-licence"
CLAUSES = ("ROOT", "relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "pcomp", "csubj")  # a verb "dep": a misparse


def _in_clause(tok: Token, verb: Token) -> bool:
    """tok hangs under verb with no other verb between them."""
    for a in tok.ancestors:
        if a.i == verb.i:
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ in CLAUSES:
            return False
    return False


def _revoking(t: Token) -> Token | None:
    """The revoking verb of a relative clause or participle ("licences revoked in May") on the licence noun of an "under" phrase in the clause of t."""
    verb = t if t.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return None
    for p in verb.sent:
        if p.dep_ != "prep" or p.lower_ not in PREPS or not _in_clause(p, verb):
            continue
        for noun in (c for c in p.children if c.dep_ == "pobj" and c.lower_ in LICENCES):
            for v in noun.subtree:
                if v.dep_ in ("relcl", "acl") and v.lemma_.lower() in REVOKING and not any(c.dep_ == "neg" for c in v.children):
                    return v
    return None


def _revoker(v: Token, res: ActorResolver) -> Resolved | None:
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return res.resolve(subj) if subj is not None else None


def beside(rows: list[Row], res: ActorResolver) -> list[Row]:
    """rows, and after each delivery or order made under a licence later revoked, its refusal."""
    out: list[Row] = []
    frames: dict[int, object] = {}
    for r in rows:
        out.append(r)
        f = r.frame
        if f.stage not in ("delivered", "ordered") or f.negated or r.reading.factuality != "asserted" or \
                f.rule.endswith(RULE):
            continue
        v = _revoking(f.trigger)
        if v is None:
            continue
        who = _revoker(v, res) or r.supplier
        nf = frames.setdefault(id(f), replace(f, stage="refused", rule=f.rule + RULE))
        out.append(replace(r, frame=nf, supplier=who))  # type: ignore[arg-type]
    return out
